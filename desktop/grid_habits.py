"""Spreadsheet habits on the entry grid: copy/paste blocks, sort by a column, Tab out of the grid.

Sorting asks the record model, which sorts in SQL (``RecordQuery``): a click on a column header
sorts by it, a second click reverses, a third returns to the framework's order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from desktop import grid_clipboard


def install(grid, on_sort: Callable[[int, Qt.SortOrder], None]) -> None:
    grid.setAccessibleName(QCoreApplication.translate("GridHabits", "Records"))
    # Tab leaves the grid for the next control (keyboard users are not trapped in it); while a
    # cell is being edited, Tab still stores it and moves to the next cell.
    grid.setTabKeyNavigation(False)
    grid_clipboard.install(grid)
    header = grid.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    state = {"column": -1, "order": Qt.SortOrder.AscendingOrder}

    def clicked(column: int) -> None:
        if state["column"] != column:
            state.update(column=column, order=Qt.SortOrder.AscendingOrder)
        elif state["order"] == Qt.SortOrder.AscendingOrder:
            state["order"] = Qt.SortOrder.DescendingOrder
        else:
            state.update(column=-1, order=Qt.SortOrder.AscendingOrder)  # back to the framework's order
        header.setSortIndicator(state["column"], state["order"])
        on_sort(state["column"], state["order"])

    header.sectionClicked.connect(clicked)
