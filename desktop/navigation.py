"""Finding one's way: the framework tree with its search and counts, the reporting year with its
labels (submitted, returned), the scope shown in the grid, and the banner saying what is read-only."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from db.schema import LOCKED_STATUSES
from desktop import accessible, plain_text
from desktop.indicator_help import IndicatorHelp
from desktop.tree_model import FrameworkTreeModel, IndicatorFilterProxy
from desktop.session import Changes, WindowPiece



class SearchBox(QLineEdit):
    """The indicator search: Esc clears it, as a browser's search box does."""

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class Navigation(WindowPiece):
    """The tree, the search box, the year selector, the scope's title and the lock banner."""

    year_changed = Signal(int)
    outcome_shown = Signal(object)  # the outcome of the scope shown (None: a domain)

    def __init__(self, window, before: Navigation | None = None):
        super().__init__(window)
        # Rebuilt in another language: the year and the scope stay as they were.
        self.year: int | None = before.year if before else None
        self.scope: tuple[str, str] | None = before.scope if before else None  # (kind, code) of the tree node
        self.tree_model: FrameworkTreeModel | None = None
        self._counts: dict[tuple[str, str], int] | None = None  # the year's records by indicator, status
        self._searching = False  # the search narrows the tree; it does not change the grid

        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(self.tr("Search indicators by code or words"))
        self.search_box.setClearButtonEnabled(True)
        accessible.describe(self.search_box, self.tr("Search indicators"),
                            self.tr("Shows only the indicators whose code or name holds what you type; Esc "
                                    "clears the search."))
        self.tree = QTreeView()
        accessible.describe(self.tree, self.tr("Results framework"),
                            self.tr("The plan's domains of change, outcomes and indicators with the year's "
                                    "records; select one to show its records in the grid."))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree_proxy = IndicatorFilterProxy(self)
        self.tree.setModel(self.tree_proxy)
        # The proxy lives as long as this tree (whose source model changes with the file): connect once.
        self.tree.selectionModel().currentChanged.connect(self._on_node_selected)
        self.search_box.textChanged.connect(self._on_search)
        find = QAction(window)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        window.addAction(find)
        self.indicator_help = IndicatorHelp(window.lang)
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.indicator_help)

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

        self.year_box = QComboBox()
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Announced by what it is, not by its value ("2025").
        accessible.describe(self.year_box, self.tr("Reporting year"),
                            self.tr("The year whose records are shown, entered and submitted."))
        self.year_box.currentIndexChanged.connect(self._on_year_changed)

    def on_changed(self, changes: Changes) -> None:
        if changes.plans and self.results is not None:
            # The file holds another plan now (added here, or by feedback applied on a worker thread).
            self.results.reload_plans()
            self.show_file()
            self.show_first_scope()
            self.load_scope()
            return
        if changes.touches_records() and self.tree_model is not None:
            if changes.origin is not self.window.record_model:  # an edit in the grid is of this year only
                self.label_years()
            self.refresh_counts()

    # --- a file shown -----------------------------------------------------------------------------

    def show_file(self) -> None:
        """Show the open file's framework and years, on the scope chosen before (else its first outcome)."""
        results = self.results
        self._counts = None
        old_tree = self.tree_model
        years = results.plans.years  # the years of every plan the file holds
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        states = self.label_years()
        if self.year not in years and results.kind == "headquarters":
            # The latest year received: headquarters reviews what arrived, not a year still empty.
            self.year = next((y for y in reversed(years) if states[y] != "empty"), years[-1])
        elif self.year not in years:
            # The first year that still has drafts, else the last year of the file's built-in plan.
            default = results.framework.last_year if results.framework.last_year in years else years[-1]
            self.year = next((y for y in years if states[y] == "open"), default)
        self.year_box.setCurrentIndex(years.index(self.year))
        self.year_box.blockSignals(False)
        self.tree_model = FrameworkTreeModel(self.framework, self.window.lang, self,
                                             removed=results.plans.removed_indicators(self.year))
        self.tree_proxy.setSourceModel(self.tree_model)
        if old_tree is not None:
            old_tree.deleteLater()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.expandAll()
        self.refresh_counts()

    @property
    def framework(self):
        """The plan of the year shown: the tree, level names and help follow it."""
        return self.results.framework_for(self.year) or self.results.framework

    def show_first_scope(self) -> None:
        scope = self.scope or ("outcome", self.framework.outcomes()[0].code)
        self.select_node(*scope)

    # --- the year's labels, counts and lock -------------------------------------------------------

    def label_years(self) -> dict[int, str]:
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

    def year_state(self) -> tuple[int, int]:
        """(live records, locked records) of the selected year, from the counts last read."""
        if self._counts is None:
            self._counts = self.results.counts_by_indicator_status(self.year)
        live = sum(self._counts.values())
        locked = sum(n for (_, status), n in self._counts.items() if status in LOCKED_STATUSES)
        return live, locked

    def year_locked(self) -> bool:
        """Whether every record of the selected year is submitted or validated."""
        live, locked = self.year_state()
        return bool(live and live == locked)

    def refresh_counts(self) -> None:
        if self.results is None or self.tree_model is None:
            return
        self._counts = self.results.counts_by_indicator_status(self.year)
        self.tree_model.update_counts(self._counts)
        by_status: dict[str, int] = {}
        for (_, status), n in self._counts.items():  # the year's label, from the counts just read
            by_status[status] = by_status.get(status, 0) + n
        self._label_year(self.year_box.findData(self.year), by_status)
        self.update_lock_banner()

    def update_lock_banner(self) -> None:
        live, locked = self.year_state()
        narrative = self.window.narrative_box
        if self.window.read_only():
            self.lock_banner.setText(self.tr("This file is on a read-only medium (a CD, a write-protected disk, "
                                             "a read-only folder): it is open for viewing only. To change it, "
                                             "copy it to a folder you can write to and open the copy."))
            self.lock_banner.show()
            narrative.set_read_only(True)
            return
        if self.window.hq is not None:
            self.lock_banner.setText(self.window.hq.banner_text())
            self.lock_banner.show()
            narrative.set_read_only(True)
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
        narrative.set_read_only(bool(live and live == locked))

    # --- the tree, the search and the scope -------------------------------------------------------

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
            if self.scope is not None and self.tree_model is not None:
                self.select_node(*self.scope)
        finally:
            self._searching = False

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_node_selected(self, current: QModelIndex, previous: QModelIndex = QModelIndex()) -> None:
        if not current.isValid() or self._searching:
            return
        index = current.siblingAtColumn(0)
        kind = index.data(FrameworkTreeModel.KindRole)
        code = index.data(FrameworkTreeModel.CodeRole)
        if (self.outcome_of(kind, code) != self.window.narrative_box.outcome and self.scope is not None
                and not self.window.leave_narrative()):
            # The user stays with the narrative: back to the node it belongs to, once this change is over.
            QTimer.singleShot(0, self, lambda scope=self.scope: self.select_node(*scope))
            return
        self.scope = (kind, code)
        self.load_scope()

    def _on_year_changed(self, position: int) -> None:
        year = self.year_box.itemData(position)
        if year is None or year == self.year:
            return
        if not self.window.leave_narrative():
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(self.year_box.findData(self.year))
            self.year_box.blockSignals(False)
            return
        before = self.tree_model.framework if self.tree_model is not None else None
        self.year = year
        if self.framework is not before:  # another plan's year: its own tree, from its first outcome
            self.scope = None
            self.show_file()
            self.show_first_scope()
        self.refresh_counts()
        self.load_scope()
        self.year_changed.emit(year)

    def load_scope(self) -> None:
        if self.results is None or self.scope is None:
            return
        window = self.window
        model = window.record_model
        kind, code = self.scope
        index = self.tree_model.index_of(kind, code)
        indicators = index.data(FrameworkTreeModel.IndicatorsRole) or []
        unfinished = model.unsaved_rows()
        model.set_scope(indicators, self.year)
        if unfinished:
            # They were never valid, so never stored: say so rather than let them vanish silently.
            window.statusBar().showMessage(self.tr("{count} unfinished row(s) were left out: they were not "
                                                   "complete, so they had not been stored.").format(count=unfinished),
                                           15000)
        window.grid_view.show_relevant_columns()
        self.scope_title.setText(self.tr("{name} — {year}").format(name=index.data(), year=self.year))
        framework = self.framework
        self.outcome_shown.emit(self.outcome_of(kind, code))
        current = window.grid.currentIndex()
        if kind == "indicator" or not current.isValid():
            self.indicator_help.show_indicator(framework, code if kind == "indicator" else None)
        else:  # an outcome: the indicator of the row under the cursor
            self.indicator_help.show_indicator(framework, model.value_at(current.row(), "indicator"))
        self.update_lock_banner()
        enterable = any(not model.removed(code) for code in model.indicators)  # removed ones: read-only
        window.add_action.setEnabled(enterable and not window.read_only())
        if kind == "indicator" and model.removed(code):
            self.lock_banner.setText(self.tr("{code} was removed from the plan by its newer version: its records "
                                             "are kept, read-only, and not counted.").format(code=code))
            self.lock_banner.show()
        elif not enterable and kind == "indicator" and (indicator := framework.indicator(code)) is not None:
            self.lock_banner.setText(self.tr("{code} is computed from {numerator} ÷ {denominator}; it is not "
                                             "entered.").format(code=code, numerator=indicator.numerator,
                                                                denominator=indicator.denominator))
            self.lock_banner.show()

    def outcome_of(self, kind: str, code: str) -> str | None:
        if kind == "outcome":
            return code
        indicator = self.framework.indicator(code) if kind == "indicator" else None
        return indicator.group_code if indicator is not None else None  # a removed indicator: no narrative
