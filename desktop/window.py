"""The main window: a shell that assembles the pieces showing one results file.

The pieces, each in its own file: the grid (``grid_view``), the tree, year and lock banner
(``navigation``), the export (``export_work``), an office's work (``office_work``, for an office
file only) or headquarters' work (``hq_work``, for a headquarters file only), and the dialogs
(``seams``). The open file is held by a ``Session``, which announces what each operation changed;
each piece refreshes itself from that. Nothing here writes SQL: everything goes through ``ResultsFile``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSplitter, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from db.errors import HabitatError
from db.officefile import Office, ResultsFile
from db.storage import on_read_only_medium
from desktop import accessible, i18n
from desktop.export_work import ExportWork
from desktop.grid_view import GridView
from desktop.hq_model import HeadquartersRecordModel
from desktop.jobs import Job
from desktop.narrative_panel import NarrativePanel
from desktop.navigation import Navigation
from desktop.office_work import OfficeWork
from desktop.overview import OverviewTabs
from desktop.paths import data_dir, default_office_file
from desktop.problem_text import error_text
from desktop.record_model import RecordTableModel
from desktop.seams import FILE_FILTER, DialogSeams
from desktop.session import Changes, Session
from desktop.settings import Settings
from desktop.undo_words import UndoWords
from desktop.window_frame import WindowFrame

if TYPE_CHECKING:
    from desktop.hq_work import HeadquartersWork


class MainWindow(WindowFrame, DialogSeams, QMainWindow):
    """One results file at a time; with none open, a welcome page offers to create or open one."""

    file_opened = Signal(object)  # Path

    def __init__(self, settings: Settings | None = None, lang: str = "en"):
        super().__init__()
        self.settings = settings or Settings()
        self.lang = lang
        self.session = Session(self)
        self.session.changed.connect(self._on_changed)
        self.undo_stack = QUndoStack(self)
        self.record_model: RecordTableModel | None = None
        # The pieces: made with the widgets (again on a language switch); office or headquarters per file.
        self.nav: Navigation | None = None
        self.grid_view: GridView | None = None
        self.export: ExportWork | None = None
        self.office: OfficeWork | None = None
        self.hq: HeadquartersWork | None = None
        self.merge_window = None
        self.resize(1280, 820)
        self._build_ui()

    @property
    def results(self) -> ResultsFile | None:
        return self.session.results

    @property
    def year(self) -> int | None:
        return self.nav.year

    def is_headquarters(self) -> bool:
        return self.hq is not None

    # --- building (again on a language switch) -----------------------------------------------------

    def _build_ui(self) -> None:
        self.menuBar().clear()
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.deleteLater()
        for dock in self.findChildren(QDockWidget):
            self.removeDockWidget(dock)
            dock.deleteLater()
        for piece in (self.nav, self.grid_view, self.export):
            if piece is not None:
                piece.detach()
        self.setWindowTitle(self.tr("Habitat Results"))
        self._build_actions()
        self._build_menus()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_welcome())
        self.overview_tabs = OverviewTabs(self, self._build_work_area())
        self.pages.addWidget(self.overview_tabs)
        self.nav.year_changed.connect(lambda year: self.overview_tabs.year_changed())
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(self.pages)
        self.export = ExportWork(self)

        self.problems_dock = self.grid_view.problems_dock
        self.problems_list = self.grid_view.problems_list
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self._build_bars()
        self._chain_tab_order()
        self._show_file()
        accessible.complete(self)  # the inputs the pieces made for this file, named for screen readers

    def _build_work_area(self) -> QWidget:
        self.nav = Navigation(self, before=self.nav)
        self.grid_view = GridView(self)
        self.add_action.triggered.connect(self.grid_view.add_record)
        self.duplicate_action.triggered.connect(self.grid_view.duplicate_records)
        self.delete_action.triggered.connect(self.grid_view.delete_records)
        # The widgets the pieces made, by their names here (the overview and the tests reach them so).
        nav, view = self.nav, self.grid_view
        self.search_box, self.tree, self.tree_proxy = nav.search_box, nav.tree, nav.tree_proxy
        self.indicator_help, self.year_box = nav.indicator_help, nav.year_box
        self.scope_title, self.lock_banner = nav.scope_title, nav.lock_banner
        self.grid, self.grid_filter = view.grid, view.grid_filter
        self.narrative_box = NarrativePanel()
        self.narrative_box.refused.connect(
            lambda exc: self.statusBar().showMessage(self.localize_error(exc), 15000))
        self.narrative_edit = self.narrative_box.edit

        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 0, 0, 0)
        records_layout.setSpacing(4)
        records_layout.addWidget(self.scope_title)
        records_layout.addWidget(self.lock_banner)
        records_layout.addWidget(self.grid_filter)
        records_layout.addWidget(self.grid, 1)
        # The narrative under the grid, a few lines high: on a laptop's screen the grid keeps the room
        # (15 rows at 1366×768); the user drags the handle for more.
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(records)
        right.addWidget(self.narrative_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        self.narrative_edit.setMaximumHeight(3 * self.narrative_edit.fontMetrics().lineSpacing() + 14)
        self.narrative_box.setMaximumHeight(self.narrative_box.sizeHint().height())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(nav.panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # The tree wide enough to read an indicator's name (about 60 characters) beside its counts.
        splitter.setSizes([500, 780])
        return splitter

    def _chain_tab_order(self) -> None:
        """Tab follows the screen: the year, the overview's tabs, the search, the tree, the filter, the
        grid, the narrative, the problems, and round again (not back and forth between the problems
        and the toolbar)."""
        f = self.grid_filter
        chain = [self.year_box, self.overview_tabs, self.search_box, self.tree, f.city, f.country, f.status,
                 f.value_min, f.value_max, f.office, f.by_office, f.clear_button, self.grid, self.narrative_edit,
                 self.problems_list, self.todo_list]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    @property
    def tree_model(self):
        return self.nav.tree_model

    def select_node(self, kind: str, code: str) -> None:
        """Show a node of the framework (a domain, an outcome, an indicator) in the tree and the grid."""
        self.nav.select_node(kind, code)

    # --- files ------------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open a results file (closing the current one); a refusal is shown, not raised."""
        path = Path(path)
        if not self.may_leave_file():
            return False
        try:
            # A CD, a write-protected stick, a read-only folder: shown for viewing (a banner says why).
            results = ResultsFile.open_readonly(path) if on_read_only_medium(path) else ResultsFile.open(path)
        except HabitatError as exc:
            self.show_error(self.tr("Cannot open the file"), error_text(exc, self.lang))
            return False
        self.set_results(results)
        self.settings.add_recent_file(path)
        self.file_opened.emit(path)
        return True

    def set_results(self, results: ResultsFile | None) -> None:
        self.narrative_box.unbind()  # stores what was typed, to the file it was typed in
        self.undo_stack.clear()
        if self.record_model is not None:
            self.grid.setModel(None)
            self.record_model.deleteLater()
        self.record_model = None
        self.session.set_results(results)
        self._show_file()
        accessible.complete(self)  # the inputs the pieces made for this file, named for screen readers
        self.session.notify(self, file=True)

    def _show_file(self) -> None:
        """Show the file the session holds (or the welcome page): office or headquarters is decided here."""
        results = self.results
        for piece in (self.office, self.hq):
            if piece is not None:
                piece.detach()
        self.office = self.hq = None
        has_file = results is not None
        headquarters = has_file and results.kind == "headquarters"
        for action in (self.import_action, self.export_action, self.add_action, self.duplicate_action,
                       self.delete_action, self.submit_action, self.history_action, self.add_plan_action):
            action.setEnabled(has_file)
        # Headquarters reviews the offices' records; it does not enter or change them.
        for action in (self.import_action, self.template_action, self.add_action, self.duplicate_action,
                       self.delete_action, self.submit_action, self.apply_feedback_action, self.todo_action):
            action.setVisible(not headquarters)
            action.setEnabled(has_file and not headquarters)
        for action in (self.validate_action, self.return_action, self.conflicts_action,
                       self.write_feedback_action, self.status_action):
            action.setVisible(headquarters)
        if has_file and results.readonly:  # a file of a read-only medium: nothing may be changed in it
            for action in self.editing_actions():
                action.setEnabled(False)
        self.conflicts_action.setText(self.tr("&Conflicts…"))
        self.pages.setCurrentIndex(1 if has_file else 0)
        self.problems_dock.setVisible(has_file and not headquarters)
        self.records_toolbar.setVisible(has_file)
        if not has_file:
            self.todo_action.setEnabled(False)
            self.setWindowTitle(self.tr("Habitat Results"))
            self.statusBar().showMessage(self.tr("No office file open"))
            self.overview_tabs.file_shown()
            return
        try:
            office = results.office
            office_text = f"{office.name} ({office.code})"
        except HabitatError:
            office_text = self.tr("headquarters file")
        self.setWindowTitle(self.tr("{office} — Habitat Results").format(office=office_text))
        self.statusBar().showMessage(str(results.path))

        if self.record_model is None:
            model_class = HeadquartersRecordModel if headquarters else RecordTableModel
            self.record_model = model_class(results, self.undo_stack, self.lang, self)
            model = self.record_model
            model.problemsChanged.connect(lambda: self.grid_view.refresh_problems())
            model.stored.connect(lambda: self.session.notify(model, records=True))
            model.refused.connect(lambda message: self.statusBar().showMessage(message, 15000))
        else:
            self.record_model.retranslate(self.lang)
        self.grid_view.show_model(self.record_model, headquarters)
        if headquarters:
            # Loaded with a headquarters file, not at start-up (it brings the merge and feedback code).
            from desktop.hq_work import HeadquartersWork

            self.hq = HeadquartersWork(self)
        self.nav.show_file()
        if not headquarters:
            self.office = OfficeWork(self)
            if self.todo_list.count():
                self.office.show_todos()
        self.nav.show_first_scope()
        self.overview_tabs.file_shown()

    def show_history(self):
        """The history of the selected record, in a window of its own; returns it (None if none is selected)."""
        # Imported here, not at start-up: few users open it
        from db.history import record_history
        from desktop.history_dialog import HistoryDialog

        ids = self.grid_view.selected_record_ids() if self.results is not None else []
        if not ids:
            self.statusBar().showMessage(self.tr("Select a record to see its history."), 15000)
            return None
        try:
            found = record_history(self.results, ids[0])
        except HabitatError as exc:
            self.show_error(self.tr("Cannot show the history"), self.localize_error(exc))
            return None
        dialog = HistoryDialog(found, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def editing_actions(self) -> list:
        """The actions that change the open file (disabled while it is open read-only)."""
        return [self.import_action, self.add_action, self.duplicate_action, self.delete_action,
                self.submit_action, self.apply_feedback_action, self.validate_action, self.return_action,
                self.add_plan_action]

    def read_only(self) -> bool:
        """Whether the open file is open for viewing only (it lies on a read-only medium)."""
        return self.results is not None and self.results.readonly

    def _on_changed(self, changes: Changes) -> None:
        if changes.reviews:
            # Statuses changed (submitted, validated, returned): nothing may be undone across that.
            self.undo_stack.clear()
        if changes.touches_records() and changes.origin is not self.record_model:
            self.overview_tabs.file_shown()  # the overview, if shown, is computed again

    def new_office_file(self) -> None:
        office = self.ask_office_profile()
        if office is None:
            return
        path = self.ask_save_path(data_dir() / f"{office.code.lower()}.habitat")
        if path is None:
            return
        self._create_and_open(path, office)

    def create_default_office(self) -> None:
        """First run: create the office file in the user's data folder."""
        office = self.ask_office_profile()
        if office is not None:
            self._create_and_open(default_office_file(), office)

    def _create_and_open(self, path: Path, office: Office) -> bool:
        if not self.may_leave_file():
            return False
        try:
            ResultsFile.create(path, office).close()
            from db.signing import ensure_key

            ensure_key(office.code)  # the office's key pair, in the user's profile: it signs submissions
        except HabitatError as exc:
            self.show_error(self.tr("Cannot create the office file"), self.localize_error(exc))
            return False
        return self.open_file(path)

    def open_file_dialog(self) -> None:
        path = self.ask_open_path(self.tr("Open an office file"), FILE_FILTER)
        if path is not None:
            self.open_file(path)

    def open_demo(self) -> None:
        """Write the demo office files once into the data folder and open Kenya's."""
        # Imported here, not at start-up: few users ever open it
        from db.demo import write_demo

        folder = data_dir() / "demo"
        target = folder / "ken.habitat"
        if not target.exists():
            try:
                write_demo(folder)
            except HabitatError as exc:
                self.show_error(self.tr("Cannot write the demo data"), self.localize_error(exc))
                return
        self.open_file(target)

    def open_merge_window(self):
        """Show the merge window (one at a time, whatever file is open here); returns it."""
        # Imported here, not at start-up: a window of its own
        from desktop.merge_window import MergeWindow

        window = self.merge_window
        if window is None:
            window = MergeWindow(self.settings, self)
            window.merged.connect(self._merged_into)
            window.open_requested.connect(self.open_file)
            window.finished.connect(lambda result: setattr(self, "merge_window", None))
            window.finished.connect(window.deleteLater)
            if self.hq is not None:
                window.hq_edit.setText(str(self.results.path))
            self.merge_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _merged_into(self, hq_path: Path) -> None:
        # The window may show the very file just merged into: its records and conflicts changed.
        if self.results is not None and Path(self.results.path).resolve() == Path(hq_path).resolve():
            self.session.notify(self.merge_window, records=True, conflicts=True)

    def localize_error(self, exc: HabitatError) -> str:
        """The core's message, in the UI language where it is known."""
        return error_text(exc, self.lang, self.results.framework if self.results is not None else None)

    # --- what is typed, before leaving it -----------------------------------------------------------

    def save_outcome_narrative(self) -> bool:
        """Store the outcome narrative being typed, to its own file (also after a pause in typing).

        Returns False if the file refused it (busy, locked): the text is then not stored.
        """
        return self.narrative_box.store()

    def leave_narrative(self) -> bool:
        """Before the file, outcome, year or language changes: the narrative is stored, or the user
        chose to discard it (True); False: stay with it."""
        return self.narrative_box.leave(lambda: self.confirm_discard(0, True))

    def may_leave_file(self) -> bool:
        """Before closing the window or opening another file: True if nothing typed would be lost,
        or the user chose to discard it."""
        if self.results is None:
            return True
        narrative_stored = self.save_outcome_narrative()
        rows = self.record_model.unsaved_rows() if self.record_model is not None else 0
        if narrative_stored and not rows:
            return True
        if not self.confirm_discard(rows, not narrative_stored):
            return False
        self.narrative_box.discard()  # given up: not stored later either, when the file is free again
        return True

    # --- language ---------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language now: rebuild the widgets in the new language, keep the state."""
        if not self.leave_narrative():
            self.language_actions[self.lang].setChecked(True)
            return
        self.narrative_box.unbind()  # the rebuilt window shows it again, read from the file
        undo_words = UndoWords()
        undo_words.remember()
        self.lang = i18n.install_language(lang)
        undo_words.retranslate(self.undo_stack)  # "Undo Paste 8 row(s)" in the new language too
        self.settings.language = self.lang
        self._build_ui()
        self.session.notify(self, language=True)

    def stop_jobs(self, wait_ms: int = 30000) -> bool:
        """Cancel the background jobs of this window and wait for them (bounded); True if all ended.

        Their results are not delivered: the window they would report to is going away.
        """
        jobs = self.findChildren(Job)
        for job in jobs:
            job.abandon()
        return QThreadPool.globalInstance().waitForDone(wait_ms) if jobs else True

    def closeEvent(self, event):
        if not self.may_leave_file():
            event.ignore()
            return
        self.stop_jobs()
        self.narrative_box.unbind()
        self.session.close()
        super().closeEvent(event)
