"""The main window: framework tree, year, entry grid, problems, outcome narratives.

Every modal dialog is opened through one small method (``ask_*``, ``confirm_*``, ``show_*``) so
that tests can replace it; nothing here writes SQL, everything goes through ``ResultsFile``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDockWidget, QFileDialog,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMainWindow, QMenu, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QStyle, QTableView, QToolBar, QTreeView,
                               QVBoxLayout, QWidget)

from db.errors import HabitatError
from db.officefile import Office, ResultsFile
from desktop import entry_template, i18n, plain_text, terms
from desktop.delegates import RecordDelegate
from desktop.dialogs import ImportProblemsDialog, OfficeProfileDialog, SubmitDialog
from desktop.grid_filter import GridFilterBar
from desktop.grid_habits import install as install_grid_habits
from desktop.indicator_help import IndicatorHelp
from desktop.narrative_panel import NarrativePanel
from desktop.paths import data_dir, default_office_file
from desktop.problem_text import error_text
from desktop.record_model import RecordTableModel
from desktop.settings import Settings
from desktop.tree_model import FrameworkTreeModel, IndicatorFilterProxy
from desktop.vocabulary import COLUMNS, column_titles

FILE_FILTER = "Habitat Results (*.habitat);;SQLite (*.sqlite *.db);;All files (*)"


class RecordTableView(QTableView):
    """A spreadsheet-like grid: typing starts editing, Tab moves right, Enter moves down."""

    EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                     | QAbstractItemView.EditTrigger.EditKeyPressed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._current_cell: tuple[str, int] | None = None
        self.setEditTriggers(self.EDIT_TRIGGERS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        # Fixed row heights: the view then never asks about every row, which keeps 200,000 rows fast.
        header = self.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.fontMetrics().height() + 10)

    def setModel(self, model):
        super().setModel(model)
        self._current_cell = None
        if model is not None:
            model.modelAboutToBeReset.connect(self._remember_current_cell)
            # Connected after the view's and the selection model's own handlers, which clear the
            # current cell on a reset: this one runs last and puts it back.
            model.modelReset.connect(self._restore_current_cell)

    def _remember_current_cell(self) -> None:
        index = self.currentIndex()
        self._current_cell = (self.model().key(index.row()), index.column()) if index.isValid() else None

    def _restore_current_cell(self) -> None:
        """After the record list is read again, stay on the same record (a new row: the record it became)."""
        if not self._current_cell:
            return
        model = self.model()
        key, column = self._current_cell
        row = model.row_of(model.stored_as.get(key, key))
        if row is not None:
            index = model.index(row, column)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def closeEditor(self, editor, hint):
        super().closeEditor(editor, hint)
        if hint == RecordDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def keyPressEvent(self, event):
        if self.state() != self.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self._clear_current()
                return
        super().keyPressEvent(event)

    def _clear_current(self) -> None:
        """Delete empties the cell, as in a spreadsheet (the validation says if it may be empty)."""
        index = self.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.model().setData(index, None if index.data(RecordTableModel.FieldRole) == "value" else "")

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))


class ProblemList(QListWidget):
    """The problems panel: a few lines high unless the user drags it taller."""

    def sizeHint(self):
        return QSize(400, 4 * self.fontMetrics().height() + 12)


class MainWindow(QMainWindow):
    """One office file at a time; with none open, a welcome page offers to create or open one."""

    file_opened = Signal(object)  # Path

    def __init__(self, settings: Settings | None = None, lang: str = "en"):
        super().__init__()
        self.settings = settings or Settings()
        self.lang = lang
        self.results: ResultsFile | None = None
        self.undo_stack = QUndoStack(self)
        self.record_model: RecordTableModel | None = None
        self.tree_model: FrameworkTreeModel | None = None
        self.year: int | None = None
        self._scope: tuple[str, str] | None = None  # (kind, code) of the selected tree node
        self._counts: dict[tuple[str, str], int] | None = None  # the year's records by indicator, status
        self._open_conflicts = 0  # records with rival versions, in a headquarters file
        self.resize(1280, 820)
        self._build_ui()

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
        self.setWindowTitle(self.tr("Habitat Results"))
        self._build_actions()
        self._build_menus()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_welcome())
        from desktop.overview import OverviewTabs

        self.overview_tabs = OverviewTabs(self, self._build_work_area())
        self.pages.addWidget(self.overview_tabs)
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(self.pages)

        self.problems_list = ProblemList()
        self.problems_list.setAccessibleName(self.tr("Problems"))
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.problems_list.itemClicked.connect(self._go_to_problem)
        dock = QDockWidget(self.tr("Problems"), self)
        dock.setObjectName("problems")
        dock.setWidget(self.problems_list)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.problems_dock = dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

        # Records headquarters returned, with its comments (office files only).
        self.todo_list = ProblemList()
        self.todo_list.setWordWrap(True)
        self.todo_list.itemActivated.connect(self._go_to_todo)
        self.todo_list.itemClicked.connect(self._go_to_todo)
        todo_dock = QDockWidget(self.tr("To do"), self)
        todo_dock.setObjectName("todo")
        todo_dock.setWidget(self.todo_list)
        todo_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.todo_dock = todo_dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, todo_dock)
        self.tabifyDockWidget(dock, todo_dock)
        todo_dock.hide()

        toolbar = QToolBar(self.tr("Records"), self)
        toolbar.setObjectName("records")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(self.tr("Reporting year") + " "))
        self.year_box = QComboBox()
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar.addWidget(self.year_box)
        toolbar.addSeparator()
        for action in (self.add_action, self.duplicate_action, self.delete_action, None,
                       self.undo_action, self.redo_action, None, self.submit_action,
                       self.validate_action, self.return_action, self.conflicts_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.records_toolbar = toolbar
        self.year_box.currentIndexChanged.connect(self._on_year_changed)
        self._show_file()

    def _build_actions(self) -> None:
        # On a language switch the actions are made again: the old ones must not linger.
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for action in self.findChildren(QAction, options=direct):
            action.deleteLater()
        for group in self.findChildren(QActionGroup, options=direct):
            group.deleteLater()
        icon = self.style().standardIcon
        self.new_action = QAction(self.tr("&New office file…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_office_file)
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file_dialog)
        self.demo_action = QAction(self.tr("Open the &demo data"), self)
        self.demo_action.triggered.connect(self.open_demo)
        self.import_action = QAction(self.tr("&Import CSV/XLSX…"), self)
        self.import_action.triggered.connect(self.import_file_dialog)
        self.export_action = QAction(self.tr("&Export annex…"), self)
        self.export_action.triggered.connect(self.open_export_dialog)
        self.template_action = entry_template.make_action(self)
        self.merge_action = QAction(self.tr("&Merge office files…"), self)
        self.merge_action.triggered.connect(self.open_merge_window)
        self.write_feedback_action = QAction(self.tr("Write &feedback for an office…"), self)
        self.write_feedback_action.triggered.connect(self.write_feedback_dialog)
        self.apply_feedback_action = QAction(self.tr("&Apply feedback from headquarters…"), self)
        self.apply_feedback_action.triggered.connect(self.apply_feedback_dialog)
        self.conflicts_action = QAction(icon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                                        self.tr("&Conflicts…"), self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.validate_action = QAction(icon(QStyle.StandardPixmap.SP_DialogYesButton),
                                       self.tr("&Validate selected"), self)
        self.validate_action.triggered.connect(self.validate_selected)
        self.return_action = QAction(icon(QStyle.StandardPixmap.SP_DialogNoButton),
                                     self.tr("&Return selected…"), self)
        self.return_action.triggered.connect(self.return_selected)
        self.status_action = QAction(self.tr("Offices and years &received…"), self)
        self.status_action.triggered.connect(self.open_status)
        self.todo_action = QAction(self.tr("&To do from headquarters"), self)
        self.todo_action.triggered.connect(self.show_todos)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon(QStyle.StandardPixmap.SP_ArrowForward))
        self.add_action = QAction(icon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&Add record"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_record)
        self.duplicate_action = QAction(icon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                        self.tr("D&uplicate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.triggered.connect(self.duplicate_records)
        self.delete_action = QAction(icon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence("Ctrl+Del"))
        self.delete_action.triggered.connect(self.delete_records)
        self.submit_action = QAction(icon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                     self.tr("&Submit year…"), self)
        self.submit_action.triggered.connect(self.submit_year)

        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, (_, name) in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.merge_action)
        file_menu.addAction(self.write_feedback_action)
        file_menu.addAction(self.apply_feedback_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.add_action,
                       self.duplicate_action, self.delete_action):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        year_menu = bar.addMenu(self.tr("&Year"))
        year_menu.addAction(self.submit_action)
        review_menu = bar.addMenu(self.tr("&Review"))
        for action in (self.validate_action, self.return_action, None, self.conflicts_action,
                       self.status_action, self.write_feedback_action, None, self.todo_action):
            if action is None:
                review_menu.addSeparator()
            else:
                review_menu.addAction(action)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Habitat Results"))
        about.triggered.connect(self.show_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self.settings.recent_files() if p.exists()]
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to Habitat Results"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Enter your office's strategic plan results offline, under each domain of "
                              "change. Everything you type is saved at once.\n\nYour office file will be "
                              "kept here: {path}").format(path=default_office_file()))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_profile_button = QPushButton(self.tr("Create the office profile…"))
        self.create_profile_button.clicked.connect(self.create_default_office)
        self.open_demo_button = QPushButton(self.tr("Open the demo data"))
        self.open_demo_button.clicked.connect(self.open_demo)
        open_button = QPushButton(self.tr("Open a file…"))
        open_button.clicked.connect(self.open_file_dialog)
        for button in (self.create_profile_button, self.open_demo_button, open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _build_work_area(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search indicators by code or words"))
        self.search_box.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Results framework"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree_proxy = IndicatorFilterProxy(self)
        self.tree.setModel(self.tree_proxy)
        # The proxy lives as long as this tree (whose source model changes with the file): connect once.
        self.tree.selectionModel().currentChanged.connect(self._on_node_selected)
        self.search_box.textChanged.connect(self._on_search)
        self._searching = False  # the search narrows the tree; it does not change the grid
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self.indicator_help = IndicatorHelp(self.lang)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.indicator_help)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.scope_title = plain_text.label()
        self.scope_title.setWordWrap(True)
        bold = QFont(self.scope_title.font())
        bold.setBold(True)
        bold.setPointSize(bold.pointSize() + 1)
        self.scope_title.setFont(bold)
        self.lock_banner = plain_text.label()
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px; "
                                       "border: 1px solid #ffe69c; border-radius: 3px")
        self.lock_banner.hide()
        self.grid = RecordTableView()
        self.grid.setItemDelegate(RecordDelegate(self.lang, self.grid))
        install_grid_habits(self.grid, lambda column, order: self.record_model and self.record_model.sort(column, order))
        self.grid_filter = GridFilterBar()
        self.grid_filter.changed.connect(self._apply_filter)
        self.grid_filter.sort_by_office.connect(
            lambda on: self.record_model and self.record_model.sort_by("office_code" if on else None))
        self.narrative_box = NarrativePanel()
        self.narrative_box.refused.connect(
            lambda exc: self.statusBar().showMessage(self.localize_error(exc), 15000))
        self.narrative_edit = self.narrative_box.edit
        right_layout.addWidget(self.scope_title)
        right_layout.addWidget(self.lock_banner)
        right_layout.addWidget(self.grid_filter)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(self.narrative_box)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 860])
        return splitter

    # --- files ------------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Open an office file (closing the current one); a refusal is shown, not raised."""
        path = Path(path)
        if not self.may_leave_file():
            return False
        try:
            results = ResultsFile.open(path)
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
        old = self.results
        self.results = results
        if self.record_model is not None:
            self.grid.setModel(None)
            self.record_model.deleteLater()
        self.record_model = None
        self._counts = None
        if old is not None and old is not results:
            old.close()
        self._show_file()

    def is_headquarters(self) -> bool:
        return self.results is not None and self.results.kind == "headquarters"

    def _show_file(self) -> None:
        has_file = self.results is not None
        headquarters = self.is_headquarters()
        for action in (self.import_action, self.export_action, self.add_action, self.duplicate_action,
                       self.delete_action, self.submit_action):
            action.setEnabled(has_file)
        # Headquarters reviews the offices' records; it does not enter or change them.
        for action in (self.import_action, self.template_action, self.add_action, self.duplicate_action,
                       self.delete_action, self.submit_action, self.apply_feedback_action, self.todo_action):
            action.setVisible(not headquarters)
            action.setEnabled(has_file and not headquarters)
        for action in (self.validate_action, self.return_action, self.conflicts_action,
                       self.write_feedback_action, self.status_action):
            action.setVisible(headquarters)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if headquarters
                                  else RecordTableView.EDIT_TRIGGERS)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if headquarters
                                       else QAbstractItemView.SelectionBehavior.SelectItems)
        self._count_conflicts()
        self._refresh_todos()
        self.pages.setCurrentIndex(1 if has_file else 0)
        self.problems_dock.setVisible(has_file and not headquarters)  # nothing is typed at headquarters
        self.records_toolbar.setVisible(has_file)
        if not has_file:
            self.setWindowTitle(self.tr("Habitat Results"))
            self.statusBar().showMessage(self.tr("No office file open"))
            return
        results = self.results
        try:
            office = results.office
            office_text = f"{office.name} ({office.code})"
        except HabitatError:
            office_text = self.tr("headquarters file")
        self.setWindowTitle(self.tr("{office} — Habitat Results").format(office=office_text))
        self.statusBar().showMessage(str(results.path))

        if self.record_model is None:
            if headquarters:
                from desktop.hq_model import HeadquartersRecordModel

                self.record_model = HeadquartersRecordModel(results, self.undo_stack, self.lang, self)
            else:
                self.record_model = RecordTableModel(results, self.undo_stack, self.lang, self)
            self.record_model.problemsChanged.connect(self._refresh_problems)
            self.record_model.stored.connect(self._refresh_counts)
            self.record_model.refused.connect(lambda message: self.statusBar().showMessage(message, 15000))
        else:
            self.record_model.retranslate(self.lang)
        self._replace_model(self.grid, self.record_model)
        self.grid.selectionModel().currentChanged.connect(self._on_current_cell)
        self.grid_filter.set_offices([o.code for o in results.offices()] if headquarters else None)
        widths = {"indicator": 64, "year": 52, "country": 140, "city": 110, "entity": 150, "value": 90,
                  "qualifier": 96, "sex": 110, "age": 150, "disability": 150, "narrative": 240,
                  "source": 150, "status": 80}
        for column, field in enumerate(COLUMNS):
            self.grid.setColumnWidth(column, self.fontMetrics().averageCharWidth() * widths[field] // 7)
        # A reviewer reads the status first; an office enters values first and sees the status last.
        header = self.grid.horizontalHeader()
        status = COLUMNS.index("status")
        header.moveSection(header.visualIndex(status), 1 if headquarters else len(COLUMNS) - 1)
        # Whole rows are selected at headquarters: bold titles on every column would be clipped.
        header.setHighlightSections(not headquarters)

        old_tree = self.tree_model
        self.tree_model = FrameworkTreeModel(results.framework, self.lang, self)
        self.tree_proxy.setSourceModel(self.tree_model)
        if old_tree is not None:
            old_tree.deleteLater()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.expandAll()

        years = list(results.framework.years)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        states = self._label_years()
        if self.year not in years:
            # The first year that still has drafts, else the plan's last year.
            self.year = next((y for y in years if states[y] == "open"), years[-1])
        self.year_box.setCurrentIndex(years.index(self.year))
        self.year_box.blockSignals(False)
        self._refresh_counts()
        if self.todo_list.count():
            self.show_todos()
        scope = self._scope or ("outcome", results.framework.outcomes()[0].code)
        self.select_node(*scope)
        self.overview_tabs.file_shown()

    @staticmethod
    def _replace_model(view, model) -> None:
        """Give a view a new model; the old selection model is ours to delete (Qt does not)."""
        old_selection = view.selectionModel()
        view.setModel(model)
        if old_selection is not None and old_selection is not view.selectionModel():
            old_selection.deleteLater()

    def _label_years(self) -> dict[int, str]:
        """Say in the year selector where each year stands: submitted, partly submitted, returned.

        Returns each year's state for choosing a year (empty/open/submitted).
        """
        states = {}
        for position in range(self.year_box.count()):
            year = self.year_box.itemData(position)
            states[year] = self._label_year(position, self.results.status_counts(year))
        return states

    def _label_year(self, position: int, counts: dict[str, int]) -> str:
        year = self.year_box.itemData(position)
        open_ = counts.get("draft", 0) + counts.get("returned", 0)
        if counts.get("returned"):
            text = self.tr("{year} (returned)").format(year=year)
        elif counts and not open_:
            text = self.tr("{year} (submitted)").format(year=year)
        elif open_ < sum(counts.values()):
            text = self.tr("{year} (partly submitted)").format(year=year)
        else:
            text = str(year)
        self.year_box.setItemText(position, text)
        return "open" if open_ else ("submitted" if counts else "empty")

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

    def open_export_dialog(self):
        """Choose an annex export, then write it in the background; returns the job (tests wait for it)."""
        from desktop.export_dialog import ExportDialog

        if self.results is None:
            return None
        # The export reads the file from its own connection: what is being typed must be stored first.
        self.save_outcome_narrative()
        years = self.results.framework.years
        official = [y for y in years if {"submitted", "validated"} & set(self.results.status_counts(y))]
        dialog = ExportDialog(self.results.path, years, self.settings, self.lang, self, official_years=official)
        try:
            if not self.ask_export(dialog):
                return None
            return self.export_annex(dialog.choices())
        finally:
            dialog.deleteLater()

    def export_annex(self, choices):
        """Write the annex file chosen in the export dialog, behind a progress bar with Cancel."""
        from desktop.jobs import run_with_progress

        source, target = self.results.path, choices.out_path
        adding = self.tr("Adding up the results…")
        writing = self.tr("Writing {file}…").format(file=target.name)

        def work(progress):
            from exports import export_annex

            def relay(done, total=None, message=""):
                # The core reports in English; the user reads one of two plain phases in the UI language.
                return progress(done, total, adding if total and done < 30 else writing)

            # The worker opens the file itself (export_annex does): one SQLite connection per thread.
            export_annex(source, target, choices.fmt, choices.document, relay, years=choices.years,
                         include_drafts=choices.include_drafts, working_draft=choices.working_draft)
            return target

        return run_with_progress(self, self.tr("Exporting the annex"), work, on_done=self._export_done,
                                 on_error=lambda message: self.show_error(
                                     self.tr("Export failed"),
                                     self.tr("The annex was not written.\n\n{reason}").format(reason=message)),
                                 on_cancel=lambda: self.statusBar().showMessage(
                                     self.tr("Export cancelled: no file was written."), 15000))

    def _export_done(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Annex written to {path}").format(path=path), 15000)
        self.show_export_done(path)

    # --- headquarters: merge, conflicts, review, feedback -------------------------------------------

    def open_merge_window(self):
        """Show the merge window (one at a time); returns it."""
        from desktop.merge_window import MergeWindow

        window = getattr(self, "merge_window", None)
        if window is None:
            window = MergeWindow(self.settings, self)
            window.merged.connect(self._merged_into)
            window.open_requested.connect(self.open_file)
            window.finished.connect(lambda result: setattr(self, "merge_window", None))
            window.finished.connect(window.deleteLater)
            if self.is_headquarters():
                window.hq_edit.setText(str(self.results.path))
            self.merge_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _merged_into(self, hq_path: Path) -> None:
        # The window may show the very file just merged into: read it again.
        if self.results is not None and Path(self.results.path).resolve() == Path(hq_path).resolve():
            self.reload_records()

    def reload_records(self) -> None:
        """Read the open file's records again after another connection wrote to it (merge, review, feedback)."""
        if self.results is None or self.record_model is None:
            return
        self.record_model.reload()
        self._count_conflicts()
        self._label_years()
        self._refresh_counts()

    def _count_conflicts(self) -> None:
        from db.merge import list_conflicts

        self._open_conflicts = 0
        if self.is_headquarters():
            try:
                self._open_conflicts = len(list_conflicts(self.results.path))
            except HabitatError:
                pass  # the banner then does not mention conflicts; the Conflicts dialog says why
        self.conflicts_action.setText(self.tr("&Conflicts ({count})…").format(count=self._open_conflicts)
                                      if self._open_conflicts else self.tr("&Conflicts…"))

    def open_status(self):
        """Headquarters: each office × year received, and the indicators' coverage; returns the dialog."""
        from db.completeness import completeness
        from desktop.status_dialog import StatusDialog

        if not self.is_headquarters():
            return None
        dialog = StatusDialog(completeness(self.results, self.results.framework.years), self.results.framework,
                              self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def selected_record_ids(self) -> list[str]:
        if self.record_model is None:
            return []
        records = [self.record_model.record(row) for row in self.selected_rows()]
        return [r.id for r in records if r is not None]

    def open_conflicts(self):
        """The open conflicts of the headquarters file, side by side; returns the dialog after it closed."""
        from desktop.conflicts_dialog import ConflictsDialog

        if not self.is_headquarters():
            return None
        dialog = ConflictsDialog(self.results.path, self.lang, self)
        dialog.resolved.connect(lambda record_id: self.reload_records())
        try:
            self.show_conflicts_dialog(dialog)
        finally:
            dialog.deleteLater()
        return dialog

    def validate_selected(self) -> int:
        return self._review_selected("validated")

    def return_selected(self) -> int:
        return self._review_selected("returned")

    def _review_selected(self, decision: str) -> int:
        from db.feedback import review_records

        if not self.is_headquarters():
            return 0
        ids = self.selected_record_ids()
        if not ids:
            self.show_info(self.tr("Review"), self.tr("Select the records to review in the grid first."))
            return 0
        comment = ""
        if decision == "returned":
            comment = self.ask_return_comment(len(ids))
            if comment is None:
                return 0
            if not comment.strip():
                self.show_info(self.tr("Return to the office"),
                               self.tr("Nothing was returned: say what the office should change."))
                return 0
        try:
            count = review_records(self.results.path, ids, decision, comment)
        except HabitatError as exc:
            self.show_error(self.tr("Cannot review the records"), self.localize_error(exc))
            return 0
        self.reload_records()
        message = (self.tr("{count} record(s) validated.") if decision == "validated"
                   else self.tr("{count} record(s) returned to their office."))
        self.statusBar().showMessage(message.format(count=count), 15000)
        return count

    def localize_error(self, exc: HabitatError) -> str:
        """The core's message, in the UI language where it is known."""
        return error_text(exc, self.lang, self.results.framework if self.results is not None else None)

    def write_feedback_dialog(self):
        """Choose an office and a file, then write headquarters' decisions for it; returns the summary."""
        from db.feedback import write_feedback

        if not self.is_headquarters():
            return None
        offices = [o for o in self.results.offices() if o.code != "HQ"]
        if not offices:
            self.show_info(self.tr("Write feedback"), self.tr("No office has been merged into this file yet."))
            return None
        code = self.ask_feedback_office(offices)
        if code is None:
            return None
        path = self.ask_feedback_path(Path(self.results.path).parent / f"{code.lower()}-feedback.json")
        if path is None:
            return None
        try:
            summary = write_feedback(self.results.path, code, path)
        except HabitatError as exc:
            self.show_error(self.tr("Cannot write the feedback"), self.localize_error(exc))
            return None
        self.show_info(self.tr("Feedback written"),
                       self.tr("Feedback for {office}: {validated} validated, {returned} returned record(s), "
                               "written to:\n{path}\n\nSend this file to the office; it applies it with File → "
                               "Apply feedback from headquarters.").format(
                           office=code, validated=summary.validated, returned=summary.returned, path=path))
        return summary

    def apply_feedback_dialog(self):
        path = self.ask_open_path(self.tr("Apply feedback from headquarters"),
                                  self.tr("Feedback from headquarters (*.json);;All files (*)"))
        return self.apply_feedback_file(path) if path is not None else None

    def apply_feedback_file(self, feedback: Path):
        """Apply a feedback file to the open office file in the background; returns the job."""
        from desktop.jobs import run_with_progress

        if self.results is None or self.is_headquarters():
            return None
        self.save_outcome_narrative()
        target, feedback = self.results.path, Path(feedback)

        def work(progress):
            from db.feedback import apply_feedback

            # apply_feedback opens the office file itself, on this worker thread.
            return apply_feedback(target, feedback, progress=progress)

        return run_with_progress(self, self.tr("Applying {file}").format(file=feedback.name), work,
                                 on_done=self._feedback_applied,
                                 on_error=lambda message: self.show_error(
                                     self.tr("Cannot apply the feedback"),
                                     self.tr("Nothing was changed.\n\n{reason}").format(reason=message)))

    def _feedback_applied(self, report) -> None:
        # Returned records are editable again, validated ones locked: nothing may be undone across that.
        self.undo_stack.clear()
        self.reload_records()  # keeps a row being entered, unlike choosing the scope again
        message = self.tr("{validated} record(s) validated and {returned} returned by headquarters.").format(
            validated=report.validated, returned=report.returned)
        if report.already:
            message += " " + self.tr("{count} decision(s) had been applied before.").format(count=report.already)
        if report.outdated:
            message += " " + self.tr("{count} decision(s) were about versions changed since, and were left "
                                     "out.").format(count=report.outdated)
        if report.unknown:
            message += " " + self.tr("{count} record(s) are not in this file.").format(count=len(report.unknown))
        self.statusBar().showMessage(message, 15000)
        if self.todo_list.count():
            self.show_todos()
        self.show_info(self.tr("Feedback applied"), message)

    def _refresh_todos(self) -> None:
        """List the records headquarters returned, with its comments (an office file only)."""
        from db.feedback import todos

        self.todo_list.clear()
        items = []
        if self.results is not None and not self.is_headquarters():
            try:
                items = todos(self.results)
            except HabitatError:
                items = []
        for todo in items:
            where = ", ".join(x for x in (terms.country_label(todo["country"], self.lang) if todo["country"] else "",
                                          todo["city"], todo["entity"]) if x)
            item = QListWidgetItem(self.tr("{indicator} {year} · {place}: {comment}").format(
                indicator=todo["indicator"], year=todo["year"], place=where, comment=todo["comment"]))
            # The comment and the reviewer's name come from a feedback file: shown as written.
            item.setToolTip(plain_text.tooltip(self.tr("Returned by {who} on {date}:\n{comment}").format(
                who=todo["reviewed_by"], date=(todo["reviewed_at"] or "")[:10], comment=todo["comment"])))
            item.setData(Qt.ItemDataRole.UserRole, (todo["id"], todo["indicator"], todo["year"]))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.todo_list.addItem(item)
        self.todo_dock.setWindowTitle(self.tr("To do ({count})").format(count=len(items)) if items
                                      else self.tr("To do"))
        self.todo_action.setEnabled(bool(items))
        if not items:
            self.todo_dock.hide()

    def show_todos(self) -> None:
        self.todo_dock.show()
        self.todo_dock.raise_()

    def _go_to_todo(self, item: QListWidgetItem) -> None:
        record_id, indicator, year = item.data(Qt.ItemDataRole.UserRole)
        position = self.year_box.findData(year)
        if position >= 0:
            self.year_box.setCurrentIndex(position)
        self.select_node("indicator", indicator)
        row = self.record_model.row_of(record_id)
        if row is not None:
            index = self.record_model.index(row, COLUMNS.index("value"))
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
            self.grid.setFocus()

    # --- import -----------------------------------------------------------------------------------

    def import_file_dialog(self) -> None:
        path = self.ask_open_path(self.tr("Import records"), self.tr("Tables (*.csv *.xlsx)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, source: Path, *, allow_duplicates: bool = False):
        """Import a CSV/XLSX file in the background; returns the job (tests wait for it)."""
        from desktop.jobs import run_with_progress

        target = self.results.path

        def work(progress):
            from db.importer import ImportRefused, import_table

            # The worker thread opens its own connection: one SQLite connection per thread.
            with ResultsFile.open(target) as results:
                try:
                    return import_table(results, Path(source), progress=progress,
                                        allow_duplicates=allow_duplicates)
                except ImportRefused as exc:
                    return exc.report

        return run_with_progress(self, self.tr("Importing {file}").format(file=Path(source).name), work,
                                 on_done=self._import_done,
                                 on_error=lambda message: self.show_error(self.tr("Import failed"), message))

    def _import_done(self, report) -> None:
        if report.ok:
            self.record_model.reload()
            self._refresh_counts()
            message = self.tr("{count} record(s) imported from {file}").format(count=report.stored,
                                                                                file=report.source.name)
            if report.separator != ",":  # Excel in many languages writes "CSV" with semicolons
                words = {";": self.tr("semicolons"), "\t": self.tr("tabs")}
                message += " " + self.tr("(columns separated by {separator})").format(
                    separator=words.get(report.separator, report.separator))
            self.statusBar().showMessage(message, 15000)
        elif report.only_duplicates:
            # Duplicates only: the user may know better (two projects reporting the same figure).
            if self.ask_import_duplicates(str(report.source), self._import_problems(report)):
                self.import_file(report.source, allow_duplicates=True)
        else:
            self.show_import_problems(str(report.source), self._import_problems(report))

    def _import_problems(self, report) -> list[str]:
        """The import's problems in the UI language, each with its line or cell."""
        from desktop.problem_text import import_problem_text

        framework = self.results.framework if self.results is not None else None
        return [import_problem_text(p, self.lang, framework) for p in report.problems]

    # --- navigation -------------------------------------------------------------------------------

    def select_node(self, kind: str, code: str) -> None:
        source = self.tree_model.index_of(kind, code)
        index = self.tree_proxy.mapFromSource(source)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def _on_search(self, text: str) -> None:
        """Narrow the tree; the grid keeps its indicator and its selection (the tree's cursor
        returns to that node whenever it is listed)."""
        self._searching = True
        try:
            self.tree_proxy.set_query(text)
            self.tree.expandAll()
            if self._scope is not None and self.tree_model is not None:
                self.select_node(*self._scope)
        finally:
            self._searching = False

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _apply_filter(self) -> None:
        if self.record_model is not None:
            self.record_model.set_filter(**self.grid_filter.wanted())

    def _on_node_selected(self, current: QModelIndex, previous: QModelIndex = QModelIndex()) -> None:
        if not current.isValid() or self._searching:
            return
        index = current.siblingAtColumn(0)
        kind = index.data(FrameworkTreeModel.KindRole)
        code = index.data(FrameworkTreeModel.CodeRole)
        if (self._outcome_of(kind, code) != self.narrative_box.outcome and self._scope is not None
                and not self._leave_narrative()):
            # The user stays with the narrative: back to the node it belongs to, once this change is over.
            QTimer.singleShot(0, self, lambda scope=self._scope: self.select_node(*scope))
            return
        self._scope = (kind, code)
        self._load_scope()

    def _on_year_changed(self, position: int) -> None:
        year = self.year_box.itemData(position)
        if year is None or year == self.year:
            return
        if not self._leave_narrative():
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(self.year_box.findData(self.year))
            self.year_box.blockSignals(False)
            return
        self.year = year
        self._refresh_counts()
        self._load_scope()
        self.overview_tabs.year_changed()

    def _load_scope(self) -> None:
        if self.results is None or self._scope is None:
            return
        kind, code = self._scope
        index = self.tree_model.index_of(kind, code)
        indicators = index.data(FrameworkTreeModel.IndicatorsRole) or []
        unfinished = self.record_model.unsaved_rows()
        self.record_model.set_scope(indicators, self.year)
        if unfinished:
            # They were never valid, so never stored: say so rather than let them vanish silently.
            self.statusBar().showMessage(self.tr("{count} unfinished row(s) were left out: they were not "
                                                 "complete, so they had not been stored.").format(count=unfinished),
                                         15000)
        self._show_relevant_columns()
        self.scope_title.setText(self.tr("{name} — {year}").format(name=index.data(), year=self.year))
        framework = self.results.framework
        self._load_outcome_narrative(self._outcome_of(kind, code))
        current = self.grid.currentIndex()
        if kind == "indicator" or not current.isValid():
            self.indicator_help.show_indicator(framework, code if kind == "indicator" else None)
        else:  # an outcome: the indicator of the row under the cursor
            self.indicator_help.show_indicator(framework, self.record_model.value_at(current.row(), "indicator"))
        self._update_lock_banner()
        enterable = bool(self.record_model.indicators)
        self.add_action.setEnabled(enterable)
        if not enterable and kind == "indicator":
            indicator = framework.indicator(code)
            self.lock_banner.setText(self.tr("{code} is computed from {numerator} ÷ {denominator}; it is not "
                                             "entered.").format(code=code, numerator=indicator.numerator,
                                                                denominator=indicator.denominator))
            self.lock_banner.show()

    def _show_relevant_columns(self) -> None:
        """Hide the columns none of the selected indicators use (breakdowns, entity, value)."""
        framework = self.results.framework
        chosen = [framework.indicator(code) for code in self.record_model.indicators]
        used = {"sex": any("sex" in i.disaggregations for i in chosen),
                "age": any("age" in i.disaggregations for i in chosen),
                "disability": any("disability" in i.disaggregations for i in chosen),
                "entity": any(i.entity == "named" for i in chosen),
                "value": any(i.rule == "sum" for i in chosen),
                "qualifier": any(i.rule == "sum" for i in chosen),
                "indicator": len(chosen) != 1}
        for column, field in enumerate(COLUMNS):
            self.grid.setColumnHidden(column, chosen != [] and not used.get(field, True))

    def _year_state(self) -> tuple[int, int]:
        """(live records, locked records) of the selected year, from the counts last read."""
        if self._counts is None:
            self._counts = self.results.counts_by_indicator_status(self.year)
        live = sum(self._counts.values())
        locked = sum(n for (_, status), n in self._counts.items() if status in ("submitted", "validated"))
        return live, locked

    def _update_lock_banner(self) -> None:
        live, locked = self._year_state()
        if self.is_headquarters():
            text = self.tr("Headquarters file: the offices' records are read-only here. Select records and "
                           "validate them, or return them to their office with a comment (Review menu).")
            if self._open_conflicts:
                text += " " + self.tr("{count} record(s) have rival versions: compare them and keep one under "
                                      "Review → Conflicts.").format(count=self._open_conflicts)
            self.lock_banner.setText(text)
            self.lock_banner.show()
            self.narrative_box.set_read_only(True)
            return
        if live and live == locked:
            self.lock_banner.setText(self.tr("{year} has been submitted: its records are read-only until "
                                             "headquarters returns them.").format(year=self.year))
            self.lock_banner.show()
        elif locked:
            self.lock_banner.setText(self.tr("Part of {year} has been submitted: the grey records are "
                                             "read-only until headquarters returns them.").format(year=self.year))
            self.lock_banner.show()
        else:
            self.lock_banner.hide()
        self.narrative_box.set_read_only(bool(live and live == locked))

    def _refresh_counts(self) -> None:
        if self.results is None or self.tree_model is None:
            return
        self._counts = self.results.counts_by_indicator_status(self.year)
        self.tree_model.update_counts(self._counts)
        by_status: dict[str, int] = {}
        for (_, status), n in self._counts.items():  # the year's label, from the counts just read
            by_status[status] = by_status.get(status, 0) + n
        self._label_year(self.year_box.findData(self.year), by_status)
        self._update_lock_banner()
        self._refresh_todos()  # a submitted or deleted returned record is no longer to do

    def _on_current_cell(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        indicator = self.record_model.value_at(current.row(), "indicator")
        if indicator and indicator != self.indicator_help.code:
            self.indicator_help.show_indicator(self.results.framework, indicator)
        record = current.data(RecordTableModel.RecordRole)
        if record is not None and self.is_headquarters():
            self.statusBar().showMessage(self.tr("Record of office {office}, version {version}: {status}").format(
                office=record.office_code, version=record.version,
                status=current.siblingAtColumn(COLUMNS.index("status")).data()), 8000)
        elif record is not None and record.locked:
            self.statusBar().showMessage(self.tr("This record is {status}: read-only until headquarters "
                                                 "returns it.").format(status=current.siblingAtColumn(
                                                     COLUMNS.index("status")).data()), 8000)

    # --- records ----------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.grid.selectionModel().selectedIndexes()}
        if not rows and self.grid.currentIndex().isValid():
            rows = {self.grid.currentIndex().row()}
        return sorted(rows)

    def add_record(self) -> None:
        if self.record_model is None or not self.record_model.indicators:
            return
        row = self.record_model.add_new_row()
        indicator = self.results.framework.indicator(self.record_model.indicators[0])
        first = "value" if indicator.rule == "sum" else ("entity" if indicator.entity == "named" else "city")
        index = self.record_model.index(row, COLUMNS.index(first))
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        self.grid.setFocus()

    def duplicate_records(self) -> None:
        if self.record_model is not None:
            self.record_model.duplicate_rows(self.selected_rows())

    def delete_records(self) -> None:
        if self.record_model is not None:
            self.record_model.delete_rows(self.selected_rows())

    def _refresh_problems(self) -> None:
        self.problems_list.clear()
        if self.record_model is None:
            return
        titles = column_titles()
        problems = self.record_model.problems()
        for problem in problems:
            item = QListWidgetItem(self.tr("Row {row} · {column}: {message}").format(
                row=problem.row + 1, column=titles.get(problem.field, problem.field), message=self.record_model.localize(problem)))
            item.setData(Qt.ItemDataRole.UserRole, (problem.row, problem.field))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.problems_list.addItem(item)
        self.problems_dock.setWindowTitle(self.tr("Problems ({count})").format(count=len(problems))
                                          if problems else self.tr("Problems"))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        row, field = item.data(Qt.ItemDataRole.UserRole)
        column = COLUMNS.index(field) if field in COLUMNS else 0
        index = self.record_model.index(row, column)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        self.grid.setFocus()

    # --- outcome narratives -----------------------------------------------------------------------

    def _load_outcome_narrative(self, outcome: str | None) -> None:
        # At headquarters each office has its own narrative for an outcome: one box cannot show them.
        if outcome is None or self.results is None or self.is_headquarters():
            self.narrative_box.unbind()
            return
        group = self.results.framework.group(outcome)
        live, locked = self._year_state()
        self.narrative_box.bind(self.results, outcome, self.year, read_only=bool(live and live == locked),
                                title=self.tr("Narrative for outcome {code} in {year}").format(
                                    code=outcome, year=self.year),
                                tooltip=group.name.get(self.lang) if group else "")

    def save_outcome_narrative(self) -> bool:
        """Store the outcome narrative being typed, to its own file (also after a pause in typing).

        Returns False if the file refused it (busy, locked): the text is then not stored.
        """
        return self.narrative_box.store()

    def _leave_narrative(self) -> bool:
        """Before the file, outcome, year or language changes: the narrative is stored, or the user
        chose to discard it (True); False: stay with it."""
        return self.narrative_box.leave(lambda: self.confirm_discard(0, True))

    def _outcome_of(self, kind: str, code: str) -> str | None:
        if kind == "outcome":
            return code
        return self.results.framework.indicator(code).group_code if kind == "indicator" else None

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

    # --- submitting a year ------------------------------------------------------------------------

    def submit_year(self):
        """Check the year in the background, show what will be submitted, then submit if confirmed."""
        if self.results is None:
            return None
        from desktop.jobs import run_with_progress
        from desktop.submission import summarize

        self.save_outcome_narrative()
        year, target, lang = self.year, self.results.path, self.lang
        # Rows kept as typed but not records (in any indicator of the year), and any the file refused.
        unsaved = self.results.count_unfinished(year) + (self.record_model.unsaved_rows() if self.record_model else 0)

        def work(progress):
            with ResultsFile.open(target) as results:  # the worker's own connection
                return summarize(results, year, progress, lang)

        return run_with_progress(self, self.tr("Checking {year}").format(year=year), work,
                                 on_done=lambda summary: self._submit_checked(summary, unsaved, target),
                                 on_error=lambda message: self.show_error(
                                     self.tr("Cannot submit {year}").format(year=year), message))

    def _submit_checked(self, summary, unsaved: int, checked: Path) -> bool:
        year = summary.year
        # Another file may have been opened while the check ran: the summary is not about it.
        if self.results is None or Path(self.results.path) != Path(checked):
            self.show_error(self.tr("Cannot submit {year}").format(year=year),
                            self.tr("{file} was checked, but another file is open now. Nothing was "
                                    "submitted.").format(file=Path(checked).name))
            return False
        if not self.confirm_submit(year, summary.to_submit, summary.problems, unsaved, summary.warnings):
            return False
        if self.results is None or Path(self.results.path) != Path(checked):
            return False
        try:
            count = self.results.submit_year(year)
        except HabitatError as exc:
            self.show_error(self.tr("Cannot submit {year}").format(year=year), self.localize_error(exc))
            return False
        # Submitted records are locked: undoing edits made before would now be refused.
        self.undo_stack.clear()
        self._label_years()
        self._refresh_counts()
        self._load_scope()
        self.statusBar().showMessage(self.tr("{count} record(s) of {year} submitted.").format(
            count=count, year=year), 15000)
        return True

    # --- language ---------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language now: rebuild the widgets in the new language, keep the state."""
        if not self._leave_narrative():
            self.language_actions[self.lang].setChecked(True)
            return
        self.narrative_box.unbind()  # the rebuilt window shows it again, read from the file
        self.lang = i18n.install_language(lang)
        self.settings.language = self.lang
        self._build_ui()

    # --- dialogs (one method each, so tests can replace them) -------------------------------------

    def ask_office_profile(self) -> Office | None:
        dialog = OfficeProfileDialog(self.lang, self)
        return dialog.office() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(data_dir()), filter_text)
        return Path(name) if name else None

    def ask_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New office file"), str(suggested), FILE_FILTER)
        return Path(name) if name else None

    def confirm_submit(self, year: int, to_submit: dict[str, int], problems: list[str], unsaved: int,
                       warnings: list[str] = ()) -> bool:
        dialog = SubmitDialog(year, to_submit, problems, unsaved, self, warnings=warnings)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_import_problems(self, source: str, problems: list[str]) -> None:
        ImportProblemsDialog(source, problems, self).exec()

    def ask_import_duplicates(self, source: str, problems: list[str]) -> bool:
        """Whether to import a file whose only problems are duplicates, keeping them."""
        dialog = ImportProblemsDialog(source, problems, self, duplicates=True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_export(self, dialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def export_done_box(self, path: Path) -> QMessageBox:
        """The message after an export: where the file is, and a button that opens it."""
        box = plain_text.message_box(self, QMessageBox.Icon.Information, self.tr("Annex exported"),
                                     self.tr("The annex was written to:\n{path}").format(path=path),
                                     QMessageBox.StandardButton.Close)
        box.open_button = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        box.open_button.clicked.connect(lambda: self.open_external(path))
        box.setDefaultButton(box.open_button)
        return box

    def show_export_done(self, path: Path) -> None:
        box = self.export_done_box(path)
        box.exec()
        box.deleteLater()

    def open_external(self, path: Path) -> bool:
        """Open a file in the program the system uses for it (the PDF reader, the spreadsheet)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_conflicts_dialog(self, dialog) -> None:
        dialog.exec()

    def ask_return_comment(self, count: int) -> str | None:
        """What the office should change; None if cancelled."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return to the office"),
            self.tr("Return {count} record(s) to their office. What should the office change?").format(count=count))
        return text.strip() if ok else None

    def ask_feedback_office(self, offices: list[Office]) -> str | None:
        names = [f"{o.code} — {o.name}" for o in offices]
        name, ok = QInputDialog.getItem(self, self.tr("Write feedback"), self.tr("Feedback for the office:"),
                                        names, 0, False)
        return offices[names.index(name)].code if ok and name in names else None

    def ask_feedback_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the feedback as"), str(suggested),
                                              self.tr("Feedback from headquarters (*.json)"))
        return Path(name) if name else None

    def show_error(self, title: str, message: str) -> None:
        plain_text.warn(self, title, message)  # messages quote files, office codes and comments

    def show_info(self, title: str, message: str) -> None:
        plain_text.inform(self, title, message)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Habitat Results"),
                          self.tr("Habitat Results: UN-Habitat strategic plan results, entered offline by "
                                  "country offices and merged at headquarters."))

    def confirm_discard(self, unsaved_rows: int, narrative_not_stored: bool) -> bool:
        """Discard what is not stored (True) or stay (False)."""
        lines = []
        if unsaved_rows:
            lines.append(self.tr("{count} row(s) in the grid are not complete or were refused, so they are "
                                 "not stored.").format(count=unsaved_rows))
        if narrative_not_stored:
            lines.append(self.tr("The outcome narrative could not be stored."))
        lines.append(self.tr("Discard them, or cancel and finish them first?"))
        box = plain_text.message_box(self, QMessageBox.Icon.Warning, self.tr("Unsaved work"), "\n\n".join(lines),
                                     QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return plain_text.show(box) == QMessageBox.StandardButton.Discard

    def stop_jobs(self, wait_ms: int = 30000) -> bool:
        """Cancel the background jobs of this window and wait for them (bounded); True if all ended.

        Their results are not delivered: the window they would report to is going away.
        """
        from desktop.jobs import Job

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
        if self.results is not None:
            self.results.close()
            self.results = None
        super().closeEvent(event)
