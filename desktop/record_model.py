"""The record grid's Qt model: an adapter over the ``db`` API (no SQL here).

``RecordTableModel`` shows the records of one or more indicators in one reporting year. It reads
an ordered list of record ids once and fetches the records a page at a time as the view asks for
them, so a file with 200,000 records opens and scrolls at once. What it writes (edits, new rows,
pastes, deletions) and the problems of refused values are in ``desktop.record_editing``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack

from db.countries import countries_containing
from db.errors import Problem
from db.framework import Framework
from db.officefile import Record, RecordQuery, ResultsFile
from desktop import plain_text, terms
from desktop.record_editing import RecordEditing, _with_refusals
from desktop.vocabulary import (BREAKDOWNS, COLUMNS, breakdown_tip, column_titles, incomplete_label,
                                incomplete_message, locked_message)

PROBLEM_BACKGROUND = QColor("#f8d7da")
PENDING_FOREGROUND = QColor("#8a1c1c")
LOCKED_BACKGROUND = QColor("#e4e4e4")
LOCKED_FOREGROUND = QColor("#555555")
NEW_ROW_BACKGROUND = QColor("#fff8dc")


class RecordTableModel(RecordEditing, QAbstractTableModel):
    """The records of the selected indicators in the selected year, edited in place."""

    PAGE_SIZE = 256
    MAX_PAGES = 64  # pages kept in memory; older ones are read again when scrolled back to
    RecordRole = Qt.ItemDataRole.UserRole + 1
    ProblemRole = Qt.ItemDataRole.UserRole + 2
    FieldRole = Qt.ItemDataRole.UserRole + 3

    problemsChanged = Signal()
    stored = Signal()  # records were added, deleted or moved: counts per indicator and year changed
    refused = Signal(str)  # a write the file refused (locked, gone): a message for the user

    def __init__(self, results: ResultsFile, undo_stack: QUndoStack | None = None, lang: str = "en",
                 parent=None):
        super().__init__(parent)
        self.results = results
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.lang = lang
        self.indicators: list[str] = []
        self.year: int | None = None
        self._ids: list[str] = []
        self._row_by_id: dict[str, int] | None = None
        self._pages: OrderedDict[int, dict[str, Record]] = OrderedDict()
        # Rows being entered, not valid yet: kept as typed in the file's unfinished rows, keyed by
        # their unfinished-row id (``_unstored``: typed, but the file refused to keep them).
        self._new_keys: list[str] = []
        self._new_values: dict[str, dict] = {}
        self._unstored: set[str] = set()
        self._pending: dict[str, dict] = {}  # refused edits of stored records, kept on their cells
        self._pending_rows: dict[str, str] = {}  # record id -> the unfinished row keeping its refused edit
        self._problems: dict[str, list[Problem]] = {}
        self._query = RecordQuery(lang=lang)  # the user's sort and filter, run in SQL
        self._returns: dict[str, dict | None] = {}  # returned record id -> headquarters' decision
        self.stored_as: dict[str, str] = {}  # key of a row being entered -> id of the record it became
        self._copy_of: dict[str, dict] = {}  # key of a duplicated row -> the values it copies
        # Asks whether a row repeating a record is meant as a second record (the window's dialog seam);
        # None: never (the row stays incomplete, saying what it repeats).
        self.ask_duplicate: Callable[[str], bool] | None = None
        self._titles: dict[str, str] = {}
        self._labels: dict[str, dict[str, str]] = {}
        self._locale = QLocale()
        self.retranslate(lang)

    # --- scope and reading ------------------------------------------------------------------------

    @property
    def framework(self) -> Framework:
        """The plan of the year shown (each year is entered under its own plan)."""
        return (self.year is not None and self.results.framework_for(self.year)) or self.results.framework

    def set_scope(self, indicators: list[str], year: int | None) -> None:
        """Show the records of these indicators in this year, with their unfinished rows from the file."""
        self.year = year
        # A removed indicator (a newer plan version dropped it) is shown too, read-only (``_unlocked``).
        self.indicators = [code for code in indicators
                           if (i := self.indicator_of(code)) is not None and i.enterable]
        self.reload(drop_unsaved=True)

    def reload(self, drop_unsaved: bool = False) -> None:
        """Read the record list again (after additions and deletions).

        ``drop_unsaved`` (a new scope): forget the rows in memory and read the scope's unfinished
        rows from the file again; only rows the file refused to keep are lost (``unsaved_rows``).
        """
        self.beginResetModel()
        # Rows change only between begin and end of the reset, so views can note their place first.
        for key in [k for k in self._new_keys if drop_unsaved or k in self.stored_as]:
            self._forget_new(key)
        if drop_unsaved:
            self._pending.clear()
            self._pending_rows.clear()
            self._problems.clear()
        if self.indicators and self.year is not None:
            self._ids = self.results.record_ids(indicators=self.indicators, year=self.year, query=self._query)
        else:
            self._ids = []
        self._pages.clear()
        self._returns.clear()
        self._row_by_id = None
        if drop_unsaved:
            self._read_unfinished()
        if self._pending:
            live = set(self._ids)
            for key in [k for k in self._pending if k not in live]:
                self._pending.pop(key)
                self._pending_rows.pop(key, None)
                self._problems.pop(key, None)
        self.endResetModel()
        self.problemsChanged.emit()

    def _read_unfinished(self) -> None:
        """The scope's unfinished rows, as typed, with what is still wrong with them."""
        if not self.indicators or self.year is None:
            return
        live = set(self._ids)
        for row in self.results.unfinished_rows(indicators=self.indicators, year=self.year):
            if row.record_id is None:
                self._new_keys.append(row.id)
                self._new_values[row.id] = dict(row.cells)
                self._problems[row.id] = self._problems_of(row.cells, new=True)
            elif row.record_id in live:
                record = self.results.record(row.record_id)
                if record.locked:
                    continue  # submitted since: it cannot be edited, the row stays in the file
                self._pending[record.id] = dict(row.cells)
                self._pending_rows[record.id] = row.id
                self._problems[record.id] = self._problems_of({**record.values(), **row.cells})
        self._problems = {k: v for k, v in self._problems.items() if v}

    def _problems_of(self, values: dict, new: bool = False) -> list[Problem]:
        values, refusals = self._match_country(values)
        return _with_refusals(self.results.check_values(values, new=new)[1], refusals)

    def _forget_new(self, key: str) -> None:
        self._new_keys.remove(key)
        self._new_values.pop(key, None)
        self._problems.pop(key, None)
        self._unstored.discard(key)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids) + len(self._new_keys)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def key(self, row: int) -> str:
        if row < len(self._ids):
            return self._ids[row]
        return self._new_keys[row - len(self._ids)]

    def is_new(self, row: int) -> bool:
        return row >= len(self._ids)

    def row_of(self, key: str) -> int | None:
        if key in self._new_values:
            return len(self._ids) + self._new_keys.index(key)
        if self._row_by_id is None:  # built on first need: most views never look a row up by id
            self._row_by_id = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_by_id.get(key)

    def record(self, row: int) -> Record | None:
        """The stored record shown in ``row`` (None for a row still being entered)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * self.PAGE_SIZE:(number + 1) * self.PAGE_SIZE]
            page = {r.id: r for r in self.results.records_by_id(ids)}
            self._pages[number] = page
            if len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def values(self, row: int) -> dict:
        """What the row shows: stored values with any refused edit on top, or a new row's values."""
        key = self.key(row)
        if self.is_new(row):
            return dict(self._new_values[key])
        record = self.record(row)
        if record is None:
            return {}
        return {**record.values(), "status": record.status, **self._pending.get(key, {})}

    def _replace_record(self, record: Record) -> None:
        for page in self._pages.values():
            if record.id in page:
                page[record.id] = record

    # --- Qt model interface -----------------------------------------------------------------------

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS) and COLUMNS[section] in BREAKDOWNS):
            return breakdown_tip()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None
        if self.is_new(section):
            return "*"
        # A record headquarters returned is marked where the eye runs down the rows. Only from the
        # pages already read (the rows are painted before their headers): a header never reads the file.
        page = self._pages.get(section // self.PAGE_SIZE) if section < len(self._ids) else None
        record = page.get(self._ids[section]) if page else None
        return f"↩ {section + 1}" if record is not None and record.status == "returned" else str(section + 1)

    def returned_by(self, row: int) -> dict | None:
        """Headquarters' decision that returned the record in ``row`` (comment, who, when), or None."""
        record = self.record(row)
        if record is None or record.status != "returned":
            return None
        if record.id not in self._returns:
            from db.feedback import review_status

            found = review_status(self.results, [record.id]).get(record.id)
            self._returns[record.id] = found if found and found.get("decision") == "returned" else None
        return self._returns[record.id]

    def returned_text(self, row: int) -> str | None:
        review = self.returned_by(row)
        if review is None:
            return None
        return QCoreApplication.translate("RecordTableModel", "Returned by {who} on {date}:\n{comment}").format(
            who=review["reviewed_by"], date=terms.local_time(review["reviewed_at"], with_time=False),
            comment=review["comment"])

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.field_editable(index.row(), COLUMNS[index.column()]):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def field_editable(self, row: int, field: str) -> bool:
        if field == "status" or self.results.readonly:  # a file of a read-only medium is only viewed
            return False
        if field == "indicator":
            return len(self.indicators) > 1 and (self.is_new(row) or self._unlocked(row))
        if not self.is_new(row) and not self._unlocked(row):
            return False
        indicator = self.framework.indicator(self.value_at(row, "indicator") or "")
        if indicator is None:
            return True
        if field in ("value", "qualifier"):
            return indicator.rule == "sum"
        if field in BREAKDOWNS:
            return field in indicator.disaggregations
        return True

    def indicator_of(self, code: str):
        """The indicator ``code`` of the year's plan, or as the plan's earlier version had it (removed since)."""
        return self.results.plans.indicator_of(code, self.year) if self.year is not None else \
            self.framework.indicator(code)

    def removed(self, code: str) -> bool:
        """Whether ``code`` is an indicator a newer version of the year's plan removed (its records: read-only)."""
        return self.framework.indicator(code) is None and self.indicator_of(code) is not None

    def _unlocked(self, row: int) -> bool:
        record = self.record(row)
        return record is not None and not record.locked and not self.removed(record.indicator)

    def value_at(self, row: int, field: str):
        """One field as the row shows it (called for every painted cell: no dictionaries built)."""
        key = self.key(row)
        if self.is_new(row):
            return self._new_values[key].get(field)
        pending = self._pending.get(key)
        if pending and field in pending:
            return pending[field]
        record = self.record(row)
        return None if record is None else getattr(record, field)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, field = index.row(), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "status" and self.is_new(row):
                return incomplete_label()
            return self.display_text(field, self.value_at(row, field))
        if role == self.FieldRole:
            return field
        key = self.key(row)
        problem = self.problem_for(key, field) if key in self._problems else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem:
                return QBrush(PROBLEM_BACKGROUND)
            if self.is_new(row):
                return QBrush(NEW_ROW_BACKGROUND)
            if not self._unlocked(row):
                return QBrush(LOCKED_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if field in self._pending.get(key, ()):
                return QBrush(PENDING_FOREGROUND)
            if not self.is_new(row) and not self._unlocked(row):
                return QBrush(LOCKED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if field in ("value", "year"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.EditRole:
            value = self.value_at(row, field)
            return "" if value is None else value
        if role == self.RecordRole:
            return None if self.is_new(row) else self.record(row)
        if role == self.ProblemRole:
            return problem
        if role == Qt.ItemDataRole.DecorationRole:
            if field == "status" and not self.is_new(row) and self.returned_by(row) is not None:
                from PySide6.QtWidgets import QApplication, QStyle

                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                shown = "\n".join(self.localize(p) for p in self._problems[key] if p.field == field)
                # In another language, the core's own words stay beside the translation.
                return plain_text.tooltip(shown if shown == problem else f"{shown}\n\n{problem}")
            if not self.is_new(row) and not self._unlocked(row):
                return locked_message(self.value_at(row, "status"))
            if self.is_new(row):
                return incomplete_message()
            returned = self.returned_text(row)
            if returned:  # the comment and name come from a feedback file: shown as written
                return plain_text.tooltip(returned)
            value = self.value_at(row, field)
            if field in ("narrative", "source") and value:
                return plain_text.tooltip(str(value))
            if field == "indicator" and (indicator := self.framework.indicator(value or "")):
                return indicator.name.get(self.lang)
            return None
        return None

    def retranslate(self, lang: str) -> None:
        """Show headers and words in another UI language (after the translator changed)."""
        self.lang = lang
        self._query = replace(self._query, lang=lang)
        self._locale = QLocale()
        self._titles = column_titles()
        self._labels = {"qualifier": terms.qualifier_labels(), "status": terms.status_labels(),
                        **{field: terms.breakdown_labels(field) for field in BREAKDOWNS}}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def display_text(self, field: str, value) -> str:
        if value is None or value == "":
            return ""
        if field == "value":
            try:
                return self._locale.toString(int(value))
            except (TypeError, ValueError):
                return str(value)
        if field == "country":
            return terms.country_label(str(value), self.lang)
        if field == "qualifier" and value == "none":
            return ""  # "exact" on every row is noise: only qualified figures say so
        if field in self._labels:
            return self._labels[field].get(value, str(value))
        if field == "narrative":
            text = str(value)
            return text.splitlines()[0] + (" …" if "\n" in text.strip() else "") if text else ""
        return str(value)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        field = COLUMNS[index.column()]
        if isinstance(value, str) and field != "narrative":
            value = value.strip()
        return self.edit(index.row(), {field: value})

    # --- sorting, filtering, copying and pasting ---------------------------------------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records by a column (in SQL, through ``ResultsFile``); rows being entered stay last."""
        field = COLUMNS[column] if 0 <= column < len(COLUMNS) else None
        self.sort_by(field, order == Qt.SortOrder.DescendingOrder)

    def sort_by(self, field: str | None, descending: bool = False) -> None:
        """Sort by a record field (``office_code`` too), or None for the framework's order."""
        self._query = replace(self._query, order=field, descending=descending)
        self.reload()

    def set_filter(self, city: str = "", country: str = "", status: str | None = None,
                   value_min: str = "", value_max: str = "", office: str | None = None) -> None:
        """Show only the records that match (new rows being entered always show)."""
        self._query = replace(
            self._query, city=city.strip(), status=status or None, office=office or None,
            countries=countries_containing(country, self.lang) if country.strip() else None,
            value_min=_number(value_min), value_max=_number(value_max))
        self.reload()

    def cell_text(self, row: int, field: str) -> str:
        """A cell as copied out: what it shows, a narrative whole."""
        value = self.value_at(row, field)
        if field == "status" and self.is_new(row):
            return incomplete_label()
        if field == "narrative":
            return "" if value is None else str(value)
        return self.display_text(field, value)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)


def _number(text: str) -> int | None:
    """A whole number typed in a filter ("1 200", "1,200"), or None."""
    digits = text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip()
    try:
        return int(digits) if digits else None
    except ValueError:
        return None

