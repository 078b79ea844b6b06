"""The record grid: the spreadsheet-like view, its filter bar, the problems panel, and the grid's
actions (add, duplicate, delete). It reads the records again whenever another writer changed them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QListWidget, QListWidgetItem,
                               QStyle, QTableView)

from desktop import accessible
from desktop.delegates import RecordDelegate
from desktop.grid_filter import GridFilterBar
from desktop.grid_habits import install as install_grid_habits
from desktop.record_model import RecordTableModel
from desktop.vocabulary import COLUMNS, column_titles
from desktop.session import Changes, WindowPiece

# Column widths in average characters × 7 (the grid's first look: values first, long texts wide).
WIDTHS = {"indicator": 64, "year": 52, "country": 140, "city": 110, "entity": 150, "value": 90,
          "qualifier": 96, "sex": 110, "age": 150, "disability": 150, "narrative": 240,
          "source": 150, "status": 80}


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
        header.setDefaultSectionSize(self.fontMetrics().height() + 5)  # 15 rows at 1366×768

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
    """The problems panel: five lines high (readable at once) unless the user drags it taller."""

    def sizeHint(self):
        return QSize(400, 5 * self.fontMetrics().lineSpacing() + 8)


class GridView(WindowPiece):
    """The grid, its filter bar and the problems panel of the window's record model."""

    def __init__(self, window):
        super().__init__(window)
        self.grid = RecordTableView()
        self.grid.setItemDelegate(RecordDelegate(window.lang, self.grid))
        install_grid_habits(self.grid, lambda column, order: self.model and self.model.sort(column, order))
        self.grid_filter = GridFilterBar()
        self.grid_filter.changed.connect(self._apply_filter)
        self.grid_filter.sort_by_office.connect(
            lambda on: self.model and self.model.sort_by("office_code" if on else None))

        self.problems_list = ProblemList()
        accessible.describe(self.problems_list, self.tr("Problems"),
                            self.tr("What the rows of the grid still lack, or why a value was refused; choose "
                                    "one to go to its cell."))
        self.grid.setAccessibleDescription(
            self.tr("The records of the selected outcome or indicator: type in a cell to change it; rows "
                    "pasted from a spreadsheet are added."))
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.problems_list.itemClicked.connect(self._go_to_problem)
        dock = QDockWidget(self.tr("Problems"), window)
        dock.setObjectName("problems")
        dock.setWidget(self.problems_list)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.problems_dock = dock

    @property
    def model(self) -> RecordTableModel | None:
        return self.window.record_model

    def on_changed(self, changes: Changes) -> None:
        # Another writer (an import, a merge, a review, feedback) changed records: read them again,
        # keeping a row being entered. The model's own edits are already shown.
        if self.model is not None and changes.touches_records() and changes.origin is not self.model:
            self.model.reload()

    def show_model(self, model: RecordTableModel, headquarters: bool) -> None:
        """Show a file's records: entered at an office, reviewed (whole rows, read-only) at headquarters."""
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if headquarters
                                  else RecordTableView.EDIT_TRIGGERS)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if headquarters
                                       else QAbstractItemView.SelectionBehavior.SelectItems)
        self.problems_dock.setVisible(not headquarters)  # nothing is typed at headquarters
        replace_model(self.grid, model)
        # A row typed again as a record holds: whether two identical records are meant (a dialog seam).
        model.ask_duplicate = lambda reason: self.window.confirm_duplicate_record(reason)
        self.grid.selectionModel().currentChanged.connect(self._on_current_cell)
        self.grid_filter.set_offices([o.code for o in self.session.results.offices()] if headquarters else None)
        # Each column at least as wide as its title (bold when its cell is current): no title cut in
        # a longer language.
        bold = QFont(self.grid.horizontalHeader().font())
        bold.setBold(True)
        title_width = QFontMetrics(bold).horizontalAdvance
        for column, field in enumerate(COLUMNS):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.grid.setColumnWidth(column, max(self.window.fontMetrics().averageCharWidth() * WIDTHS[field] // 7,
                                                 title_width(title) + 24))
        # A reviewer reads the status first; an office enters values first and sees the status last.
        header = self.grid.horizontalHeader()
        status = COLUMNS.index("status")
        header.moveSection(header.visualIndex(status), 1 if headquarters else len(COLUMNS) - 1)
        # Whole rows are selected at headquarters: bold titles on every column would be clipped.
        header.setHighlightSections(not headquarters)

    def _apply_filter(self) -> None:
        if self.model is not None:
            self.model.set_filter(**self.grid_filter.wanted())

    def show_relevant_columns(self) -> None:
        """Hide the columns none of the selected indicators use (breakdowns, entity, value)."""
        chosen = [i for code in self.model.indicators if (i := self.model.indicator_of(code)) is not None]
        used = {"sex": any("sex" in i.disaggregations for i in chosen),
                "age": any("age" in i.disaggregations for i in chosen),
                "disability": any("disability" in i.disaggregations for i in chosen),
                "entity": any(i.entity == "named" for i in chosen),
                "value": any(i.rule == "sum" for i in chosen),
                "qualifier": any(i.rule == "sum" for i in chosen),
                "indicator": len(chosen) != 1}
        for column, field in enumerate(COLUMNS):
            self.grid.setColumnHidden(column, chosen != [] and not used.get(field, True))

    def _on_current_cell(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        window = self.window
        indicator = self.model.value_at(current.row(), "indicator")
        if indicator and indicator != window.indicator_help.code:
            window.indicator_help.show_indicator(self.model.framework, indicator)
        record = current.data(RecordTableModel.RecordRole)
        status = current.siblingAtColumn(COLUMNS.index("status")).data()
        if record is not None and window.hq is not None:
            window.statusBar().showMessage(self.tr("Record of office {office}, version {version}: {status}").format(
                office=record.office_code, version=record.version, status=status), 8000)
        elif record is not None and record.locked:
            window.statusBar().showMessage(self.tr("This record is {status}: read-only until headquarters "
                                                   "returns it.").format(status=status), 8000)

    # --- records ----------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.grid.selectionModel().selectedIndexes()}
        if not rows and self.grid.currentIndex().isValid():
            rows = {self.grid.currentIndex().row()}
        return sorted(rows)

    def selected_record_ids(self) -> list[str]:
        if self.model is None:
            return []
        records = [self.model.record(row) for row in self.selected_rows()]
        return [r.id for r in records if r is not None]

    def add_record(self) -> None:
        if self.model is None or not self.model.indicators:
            return
        row = self.model.add_new_row()
        indicator = self.model.framework.indicator(self.model.indicators[0])
        # The first cell to type in, in the grid's order: the place (the country comes filled in
        # with the office's), then the value. Named items are named first.
        first = "entity" if indicator.entity == "named" else "city"
        if not self.model.value_at(row, "country"):
            first = "country"
        self.go_to(row, first)

    def duplicate_records(self) -> None:
        """Copies of the selected rows to change, the cursor on the first copy's city."""
        if self.model is not None:
            row = self.model.duplicate_rows(self.selected_rows())
            if row is not None:
                self.go_to(row, "city")

    def delete_records(self) -> None:
        if self.model is not None:
            self.model.delete_rows(self.selected_rows())

    def go_to(self, row: int, field: str) -> None:
        """Put the cursor on a row's cell and the focus in the grid."""
        column = COLUMNS.index(field) if field in COLUMNS else 0
        index = self.model.index(row, column)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        self.grid.setFocus()

    def refresh_problems(self) -> None:
        self.problems_list.clear()
        if self.model is None:
            return
        titles = column_titles()
        problems = self.model.problems()
        for problem in problems:
            item = QListWidgetItem(self.tr("Row {row} · {column}: {message}").format(
                row=problem.row + 1, column=titles.get(problem.field, problem.field),
                message=self.model.localize(problem)))
            item.setData(Qt.ItemDataRole.UserRole, (problem.row, problem.field))
            item.setIcon(self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            self.problems_list.addItem(item)
        self.problems_dock.setWindowTitle(self.tr("Problems ({count})").format(count=len(problems))
                                          if problems else self.tr("Problems"))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        row, field = item.data(Qt.ItemDataRole.UserRole)
        self.go_to(row, field)


def replace_model(view, model) -> None:
    """Give a view a new model; the old selection model is ours to delete (Qt does not)."""
    old_selection = view.selectionModel()
    view.setModel(model)
    if old_selection is not None and old_selection is not view.selectionModel():
        old_selection.deleteLater()
