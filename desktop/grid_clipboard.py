"""Copy and paste between the grid and a spreadsheet (Excel, LibreOffice): tab-separated text.

A block copied from a spreadsheet is pasted from the current cell on, over the visible columns in
their order, as a spreadsheet does: rows over existing records edit them, rows past the last one
become new records. New rows are checked as an import checks its rows (``db.quality.check_rows``):
the valid ones are stored in one transaction, the others are kept as incomplete rows with their
problems on the cells. The whole paste is one undo step.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from desktop.vocabulary import COLUMNS



def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text; a quoted cell may hold tabs, line breaks and quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # spreadsheets end the block with a line break
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"', strict=False)]


def block_text(rows: list[list[str]]) -> str:
    """Tab-separated text a spreadsheet pastes back as the same cells."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n").writerows(rows)
    return out.getvalue()


def visible_columns(view) -> list[int]:
    """Columns in the order the user sees them, hidden ones left out."""
    header = view.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in shown if not view.isColumnHidden(c)]


def copy_selection(view) -> str:
    """The selected cells (their bounding block, in the order shown) as tab-separated text."""
    model = view.model()
    current = view.currentIndex()
    indexes = view.selectionModel().selectedIndexes() or ([current] if current.isValid() else [])
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    chosen = {i.column() for i in indexes}
    columns = [c for c in visible_columns(view) if c in chosen]
    text = block_text([[model.cell_text(row, COLUMNS[c]) for c in columns] for row in rows])
    QGuiApplication.clipboard().setText(text)
    return text


def paste_into(view, text: str | None = None) -> int:
    """Paste a tab-separated block at the current cell; returns the number of rows pasted."""
    model = view.model()
    if text is None:
        text = QGuiApplication.clipboard().text()
    block = parse_block(text)
    current = view.currentIndex()
    if not block or model is None:
        return 0
    start_row = current.row() if current.isValid() else model.rowCount()
    columns = visible_columns(view)
    if current.isValid() and current.column() in columns:
        columns = columns[columns.index(current.column()):]
    fields = [COLUMNS[c] for c in columns]
    width = max(len(row) for row in block)
    if width > len(fields):
        model.refused.emit(QCoreApplication.translate(
            "GridClipboard", "Not pasted: the block has {count} columns, but only {room} columns follow "
                             "the current cell.").format(count=width, room=len(fields)))
        return 0
    model.paste(start_row, [dict(zip(fields, row)) for row in block])
    return len(block)


def install(view) -> None:
    """Ctrl+C / Ctrl+V on the grid (the window's own Copy/Paste shortcuts are not involved)."""
    from PySide6.QtGui import QAction, QKeySequence

    for key, slot, name in ((QKeySequence.StandardKey.Copy, lambda: copy_selection(view), "copy"),
                            (QKeySequence.StandardKey.Paste, lambda: paste_into(view), "paste")):
        action = QAction(view)
        action.setObjectName(f"grid-{name}")
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
