"""Qt item models: adapters over the ``db`` API (no SQL here).

``RecordTableModel`` shows the records of one or more indicators in one reporting year. It reads
an ordered list of record ids once and fetches the records a page at a time as the view asks for
them, so a file with 200,000 records opens and scrolls at once. Every accepted edit is written
immediately through ``ResultsFile`` (one transaction each) and pushed on the undo stack.
An edit the validation refuses is kept on the cell, marked, with the validation's message, until
the user corrects it; a new row is stored as soon as its values are valid.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from dataclasses import dataclass, replace

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel, QUndoStack

from db.countries import countries_containing, match_country
from db.errors import HabitatError, Problem, ValidationError
from db.framework import Framework
from db.officefile import Record, RecordQuery, ResultsFile
from db.validation import is_country_code
from desktop import plain_text, terms

# Column keys, in display order; each is a field of ``Record`` (and of ``check_record``).
COLUMNS = ("indicator", "year", "country", "city", "entity", "value", "qualifier", "sex", "age",
           "disability", "narrative", "source", "status")
BREAKDOWNS = ("sex", "age", "disability")

PROBLEM_BACKGROUND = QColor("#f8d7da")
PENDING_FOREGROUND = QColor("#8a1c1c")
LOCKED_BACKGROUND = QColor("#e4e4e4")
LOCKED_FOREGROUND = QColor("#555555")
NEW_ROW_BACKGROUND = QColor("#fff8dc")



def column_titles() -> dict[str, str]:
    return {
        "indicator": QCoreApplication.translate("RecordTableModel", "Indicator"),
        "year": QCoreApplication.translate("RecordTableModel", "Year"),
        "country": QCoreApplication.translate("RecordTableModel", "Country"),
        "city": QCoreApplication.translate("RecordTableModel", "City"),
        "entity": QCoreApplication.translate("RecordTableModel", "Entity"),
        "value": QCoreApplication.translate("RecordTableModel", "Value"),
        "qualifier": QCoreApplication.translate("RecordTableModel", "Qualifier"),
        # A breakdown makes the row a part of its place and year's total: "of which" (db/quality.py).
        "sex": QCoreApplication.translate("RecordTableModel", "Of which: sex"),
        "age": QCoreApplication.translate("RecordTableModel", "Of which: age group"),
        "disability": QCoreApplication.translate("RecordTableModel", "Of which: disability"),
        "narrative": QCoreApplication.translate("RecordTableModel", "Narrative"),
        "source": QCoreApplication.translate("RecordTableModel", "Source"),
        "status": QCoreApplication.translate("RecordTableModel", "Status"),
    }


def breakdown_tip() -> str:
    return QCoreApplication.translate(
        "RecordTableModel", "Empty: the row is the total of its place and year. Filled in: the row is a part "
                            "of that total (\"of which 600 women\"), shown in the breakdown tables and never "
                            "added to the total; the parts may not exceed it.")


def locked_message(status: str) -> str:
    if status == "validated":
        return QCoreApplication.translate("RecordTableModel", "Validated by headquarters: read-only.")
    return QCoreApplication.translate("RecordTableModel", "Submitted: read-only until headquarters returns it.")


def incomplete_label() -> str:
    return QCoreApplication.translate("RecordTableModel", "incomplete")


def incomplete_message() -> str:
    return QCoreApplication.translate(
        "RecordTableModel", "Incomplete: kept in the file as typed, but not a record yet. It is not "
                            "submitted or exported until what is marked is corrected.")


@dataclass(frozen=True)
class CellProblem:
    row: int
    field: str
    message: str


class RecordTableModel(QAbstractTableModel):
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
        self._titles: dict[str, str] = {}
        self._labels: dict[str, dict[str, str]] = {}
        self._locale = QLocale()
        self.retranslate(lang)

    # --- scope and reading ------------------------------------------------------------------------

    @property
    def framework(self) -> Framework:
        return self.results.framework

    def set_scope(self, indicators: list[str], year: int | None) -> None:
        """Show the records of these indicators in this year, with their unfinished rows from the file."""
        self.indicators = [code for code in indicators
                           if (i := self.framework.indicator(code)) is not None and i.enterable]
        self.year = year
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
                self._problems[row.id] = self._problems_of(row.cells)
            elif row.record_id in live:
                record = self.results.record(row.record_id)
                if record.locked:
                    continue  # submitted since: it cannot be edited, the row stays in the file
                self._pending[record.id] = dict(row.cells)
                self._pending_rows[record.id] = row.id
                self._problems[record.id] = self._problems_of({**record.values(), **row.cells})
        self._problems = {k: v for k, v in self._problems.items() if v}

    def _problems_of(self, values: dict) -> list[Problem]:
        values, refusals = self._match_country(values)
        return _with_refusals(self.results.check_values(values)[1], refusals)

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
        if field == "status":
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

    def _unlocked(self, row: int) -> bool:
        record = self.record(row)
        return record is not None and not record.locked

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
                shown = "\n".join(self.localize(line) for line in problem.split("\n"))
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

    def _from_pasted(self, cells: dict) -> dict:
        """Pasted text as the grid's values: the labels shown read back as codes, a year as a number."""
        values = {}
        for field, text in cells.items():
            if field == "status":
                continue  # the workflow sets it, not a paste
            text = text.strip() if field != "narrative" else text
            if field in self._labels:
                codes = {label.casefold(): code for code, label in self._labels[field].items() if label}
                text = codes.get(text.casefold(), text)
            elif field == "year" and text.isdigit():
                text = int(text)
            values[field] = text
        return values

    def paste(self, start_row: int, rows: list[dict]) -> None:
        """Paste rows of cells (field -> text) from ``start_row`` on, as one undo step.

        Rows over records edit them, rows past the end are new: checked as an import checks its
        rows (``db.quality.check_rows``: rules, duplicates, breakdowns), the valid ones stored in one
        transaction, the others kept as incomplete rows with their problems.
        """
        from db.quality import check_rows  # the importer's own checks: rules, duplicates, breakdowns
        from desktop.commands import AddRecordsCommand, KeepRowsCommand

        rows = [self._from_pasted(cells) for cells in rows]
        self.undo_stack.beginMacro(QCoreApplication.translate("RecordTableModel", "Paste {count} row(s)").format(
            count=len(rows)))
        try:
            new, locked = [], 0
            for offset, cells in enumerate(rows):
                row = start_row + offset
                if row >= self.rowCount():
                    new.append(self._new_values_from(cells))
                elif not self.is_new(row) and not self._unlocked(row):
                    locked += 1
                else:
                    changes = {f: v for f, v in cells.items() if self.field_editable(row, f)}
                    if changes:
                        self.edit(row, changes)
            if new:
                matched = [self._match_country(values) for values in new]
                found: dict[int, list[Problem]] = {}
                checked = check_rows(self.results, [values for values, _ in matched],
                                     label=lambda n: f"pasted row {n + 1}")
                for problem in checked.problems:
                    # A problem of the whole row (a duplicate) shows on its value.
                    found.setdefault(problem.row, []).append(Problem(problem.field or "value", problem.message))
                good = [values for n, (values, refusals) in enumerate(matched) if n not in found and not refusals]
                kept = [(values, _with_refusals(found.get(n, []), refusals))
                        for n, (values, refusals) in enumerate(matched) if n in found or refusals]
                if good:
                    self.undo_stack.push(AddRecordsCommand(self, good))
                if kept:
                    self.undo_stack.push(KeepRowsCommand(self, kept))
            if locked:
                self.refused.emit(QCoreApplication.translate(
                    "RecordTableModel", "{count} submitted record(s) were not changed: they are read-only.").format(
                        count=locked))
        finally:
            self.undo_stack.endMacro()

    def _new_values_from(self, cells: dict) -> dict:
        start = {"indicator": self.indicators[0] if self.indicators else "", "year": self.year,
                 "country": self._office_country(), "qualifier": "none", "value": None}
        return {**start, **cells}

    def store_many(self, rows: list[dict]) -> list[Record]:
        """Store valid new rows as draft records in one transaction (first redo of a paste)."""
        try:
            return self.results.add_records(rows)
        finally:
            self.reload()
            self.stored.emit()

    def keep_new_rows(self, rows: list[tuple[str, dict, list[Problem]]]) -> None:
        """Add rows being entered, as (key, values, problems), and keep them as typed in the file."""
        start = self.rowCount()
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        for key, values, problems in rows:
            self._new_keys.append(key)
            self._new_values[key] = dict(values)
            if problems:
                self._problems[key] = list(problems)
        self.endInsertRows()
        for key, values, _ in rows:
            self._keep_unfinished(key, values)
        self.problemsChanged.emit()

    def discard_keys(self, keys: list[str]) -> None:
        """Delete rows being entered (undo of a paste), in the view and in the file."""
        for key in keys:
            row = self.row_of(key)
            if row is not None:
                self.discard_new(row)

    # --- problems ---------------------------------------------------------------------------------

    def problem_for(self, key: str, field: str) -> str | None:
        messages = [p.message for p in self._problems.get(key, ()) if p.field == field]
        return "\n".join(messages) if messages else None

    def error_text(self, error: HabitatError) -> str:
        """A failure of the core in the UI language (see ``desktop.problem_text``)."""
        from desktop.problem_text import error_text

        return error_text(error, self.lang, self.framework)

    def localize(self, message: str) -> str:
        """A validation message in the UI language (see ``desktop.problem_text``)."""
        from desktop.problem_text import localize

        return localize(message, self.lang, self.framework)

    def problems(self) -> list[CellProblem]:
        """Every problem on the rows shown, in row order."""
        found = []
        for key, problems in self._problems.items():
            row = self.row_of(key)
            if row is None:
                continue
            found += [CellProblem(row, p.field, p.message) for p in problems]
        return sorted(found, key=lambda p: (p.row, COLUMNS.index(p.field) if p.field in COLUMNS else 0))

    def unsaved_rows(self) -> int:
        """Rows whose typed values the file does not hold: it refused to keep them (busy, locked)."""
        return len(self._unstored) + sum(1 for key in self._pending if key not in self._pending_rows)

    def unfinished_rows(self) -> int:
        """Rows shown that are kept as typed but are not records (new rows not valid yet, refused edits)."""
        return len(self._new_keys) + len(self._pending)

    # --- writing ----------------------------------------------------------------------------------

    def edit(self, row: int, changes: dict) -> bool:
        """Apply an edit from the grid: stored at once if valid, else kept on the cell with its problems."""
        key = self.key(row)
        if self.is_new(row):
            values, refusals = self._match_country({**self._new_values[key], **changes})
            self._new_values[key] = values
            clean, problems = self.results.check_values(values, new=True)
            problems = _with_refusals(problems, refusals)
            if problems:
                self._keep_unfinished(key, values)
                self._set_problems(key, problems)
                self._row_changed(row)
                return True
            from desktop.commands import AddRecordCommand

            self.undo_stack.push(AddRecordCommand(self, values, new_key=key))
            return True
        record = self.record(row)
        if record is None:
            return False
        wanted, refusals = self._match_country({**self._pending.get(key, {}), **changes})
        old = {field: getattr(record, field) for field in wanted}
        try:
            updated = self.results.update_record(key, wanted, unfinished=self._pending_rows.get(key))
        except ValidationError as exc:
            self._pending[key] = wanted
            self._keep_unfinished(key, wanted, record)
            self._set_problems(key, _with_refusals(exc.problems, refusals))
            self._row_changed(row)
            return True
        except HabitatError as exc:  # locked by another writer for too long, a full disk...
            self.refused.emit(self.error_text(exc))
            return False
        self._pending.pop(key, None)
        self._pending_rows.pop(key, None)
        self._set_problems(key, [])
        new = {field: getattr(updated, field) for field in wanted}
        if new != old:
            from desktop.commands import EditRecordCommand

            self.undo_stack.push(EditRecordCommand(self, key, old, new, already_done=True))
        self._after_update(updated)
        return True

    def _keep_unfinished(self, key: str, values: dict, record: Record | None = None) -> None:
        """Keep what was typed in the file's unfinished rows (``key``: a new row, or the record edited)."""
        scope = self.framework.indicator(values.get("indicator") or "")
        indicator = values["indicator"] if scope is not None and scope.enterable else (
            record.indicator if record else (self.indicators[0] if self.indicators else ""))
        year = values.get("year") if values.get("year") in self.framework.years else (
            record.year if record else self.year)
        try:
            if record is None:
                self.results.save_unfinished_row(values, row_id=key, indicator=indicator, year=year)
                self._unstored.discard(key)
            else:
                saved = self.results.save_unfinished_row(values, row_id=self._pending_rows.get(key),
                                                         record_id=key, indicator=indicator, year=year)
                self._pending_rows[key] = saved.id
        except HabitatError as exc:  # also a lock held elsewhere for too long, a full disk
            self._not_kept(key, record, self.error_text(exc))

    def _not_kept(self, key: str, record: Record | None, message: str) -> None:
        if record is None:
            self._unstored.add(key)
        self.refused.emit(message)

    def _match_country(self, values: dict) -> tuple[dict, list[Problem]]:
        """Typed country text as its code; text that names no single country is kept, with the reason."""
        typed = values.get("country")
        if not isinstance(typed, str) or is_country_code(typed):
            return values, []
        found = match_country(typed, self.lang)
        if found.code is not None:
            return {**values, "country": found.code}, []
        return values, [Problem("country", found.refusal(typed, self.lang))]

    def write_update(self, record_id: str, values: dict) -> Record:
        """Store values on a record (undo/redo of an edit) and show the result."""
        updated = self.results.update_record(record_id, values, unfinished=self._pending_rows.pop(record_id, None))
        self._pending.pop(record_id, None)
        self._set_problems(record_id, [])
        self._after_update(updated)
        return updated

    def _after_update(self, updated: Record) -> None:
        in_view = updated.year == self.year and updated.indicator in self.indicators
        row = self.row_of(updated.id)
        if in_view and row is not None:
            self._replace_record(updated)
            self._row_changed(row)
        else:
            self.reload()  # the record left the view, or came into it (another year or indicator)
            self.stored.emit()  # and the counts per indicator and year changed

    def add_new_row(self, values: dict | None = None) -> int:
        """Start entering a new record in a row at the end; returns its row."""
        key = str(uuid.uuid4())  # also the id of its unfinished row, once something is typed
        start = {"indicator": self.indicators[0] if self.indicators else "", "year": self.year,
                 "country": self._office_country(), "qualifier": "none", "value": None}
        start.update(values or {})
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._new_keys.append(key)
        self._new_values[key] = start
        self.endInsertRows()
        _, problems = self.results.check_values(start)
        self._set_problems(key, [p for p in problems if p.field not in ("value", "city", "entity")])
        return row

    def _office_country(self) -> str:
        try:
            return self.results.office.country
        except HabitatError:
            return ""

    def store_new(self, values: dict, new_key: str | None) -> Record:
        """Store a completed new row (first redo of an addition); its unfinished row goes with it."""
        if new_key is None:
            record = self.results.add_record(values)
        else:
            record = self.results.finish_unfinished_row(new_key, values)
        if new_key is not None:
            self.stored_as[new_key] = record.id  # so that the view can keep its place on the row
        self.reload()
        self.stored.emit()
        return record

    def discard_new(self, row: int) -> None:
        """Delete a new row, and its unfinished row in the file; False if the file refused."""
        key = self.key(row)
        try:
            self.results.discard_unfinished_row(key)
        except HabitatError as exc:  # also a lock held elsewhere for too long, a full disk
            self.refused.emit(self.error_text(exc))
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._forget_new(key)
        self.endRemoveRows()
        self.problemsChanged.emit()

    def set_deleted(self, record_ids: list[str], deleted: bool) -> None:
        """Delete (tombstone) or restore records, all in one transaction; used by the undo commands.

        A locked or missing record refuses the whole change, which raises; the grid is read again
        either way, so that it shows what the file holds.
        """
        try:
            self.results.set_deleted_many(record_ids, deleted)
            for record_id in record_ids:  # a refused edit stays in the file: it comes back on a restore
                self._pending.pop(record_id, None)
                self._pending_rows.pop(record_id, None)
                self._problems.pop(record_id, None)
        finally:
            self.reload()
            self.stored.emit()

    def delete_rows(self, rows: list[int]) -> None:
        """Delete the given rows: new rows are dropped, stored ones tombstoned (undoable)."""
        from desktop.commands import DeleteRecordsCommand

        stored, locked = [], []
        for row in sorted(set(rows), reverse=True):
            if self.is_new(row):
                self.discard_new(row)
                continue
            record = self.record(row)
            if record is None:
                continue
            (locked if record.locked else stored).append(record.id)
        if locked:
            text = QCoreApplication.translate("RecordTableModel",
                                              "{count} submitted record(s) were not deleted: they are read-only.")
            self.refused.emit(text.format(count=len(locked)))
        if stored:
            self.undo_stack.push(DeleteRecordsCommand(self, stored))

    def duplicate_rows(self, rows: list[int]) -> None:
        """Copy the given rows as new draft records (or new rows, if their values are not valid yet)."""
        for row in sorted(set(rows)):
            values = {k: v for k, v in self.values(row).items() if k != "status"}
            _, problems = self.results.check_values(values)
            if problems or self.is_new(row):
                self.add_new_row(values)
                self.edit(self.rowCount() - 1, {})
            else:
                from desktop.commands import AddRecordCommand

                self.undo_stack.push(AddRecordCommand(self, values))

    def _set_problems(self, key: str, problems: list[Problem]) -> None:
        if problems:
            self._problems[key] = list(problems)
        elif self._problems.pop(key, None) is None:
            return
        self.problemsChanged.emit()

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


def _with_refusals(problems: list[Problem], refusals: list[Problem]) -> list[Problem]:
    """The validation's problems, where a refusal of the typed text replaces its problem on the field."""
    fields = {p.field for p in refusals}
    return [p for p in problems if p.field not in fields] + refusals


# --- the framework tree ---------------------------------------------------------------------------


class FrameworkTreeModel(QStandardItemModel):
    """Domains of change → outcomes → indicators, with the year's record counts and status."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2  # domain | outcome | indicator
    IndicatorsRole = Qt.ItemDataRole.UserRole + 3  # enterable indicator codes under the node
    SearchRole = Qt.ItemDataRole.UserRole + 4  # text the search box matches (code and names)

    def __init__(self, framework: Framework, lang: str = "en", parent=None):
        super().__init__(parent)
        self.framework = framework
        self.lang = lang
        self._by_code: dict[str, list[QStandardItem]] = {}
        self.setHorizontalHeaderLabels([self.tr("Results framework"),
                                        self.tr("Records"), self.tr("Status")])
        self._build()

    def _row(self, code: str, text: str, kind: str, indicators: list[str], search: str,
             official: bool = True) -> list[QStandardItem]:
        name = QStandardItem(text)
        name.setData(code, self.CodeRole)
        name.setData(kind, self.KindRole)
        name.setData(indicators, self.IndicatorsRole)
        name.setData(search.casefold(), self.SearchRole)
        name.setToolTip(text if official else self.tr("{name}\n(not an official translation)").format(name=text))
        count = QStandardItem("")
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QStandardItem("")
        row = [name, count, status]
        for item in row:
            item.setEditable(False)
        self._by_code[f"{kind}:{code}"] = row
        return row

    def _official(self, names) -> bool:
        return self.lang == "en" or names.is_official(self.lang)

    def _build(self) -> None:
        fw, lang = self.framework, self.lang
        groups = [(d, d.children) for d in fw.domains]
        if fw.enablers:
            label = fw.level_names.get("enabler")
            groups.append((None, fw.enablers))
        for domain, outcomes in groups:
            if domain is not None:
                codes = [i.code for o in outcomes for i in o.indicators if i.enterable]
                top = self._row(domain.code, f"{domain.code}  {domain.name.get(lang)}", "domain", codes,
                                domain.code, self._official(domain.name))
            else:
                codes = [i.code for o in outcomes for i in o.indicators if i.enterable]
                top = self._row("E", label.get(lang) if label else "E", "domain", codes, "E")
            for outcome in outcomes:
                codes = [i.code for i in outcome.indicators if i.enterable]
                middle = self._row(outcome.code, f"{outcome.code}  {outcome.name.get(lang)}", "outcome", codes,
                                   outcome.code, self._official(outcome.name))
                for indicator in outcome.indicators:
                    search = " ".join([indicator.code, *indicator.name.texts.values()])
                    leaf = self._row(indicator.code, f"{indicator.code}  {indicator.name.get(lang)}",
                                     "indicator", [indicator.code] if indicator.enterable else [], search,
                                     self._official(indicator.name))
                    if not indicator.enterable:
                        leaf[0].setToolTip(self.tr("{name}\nComputed from {numerator} ÷ {denominator}; "
                                                   "not entered.").format(name=indicator.name.get(lang),
                                                                          numerator=indicator.numerator,
                                                                          denominator=indicator.denominator))
                        for item in leaf:
                            item.setForeground(QBrush(QColor("#777777")))
                    middle[0].appendRow(leaf)
                top[0].appendRow(middle)
            self.appendRow(top)

    def update_counts(self, counts: dict[tuple[str, str], int]) -> None:
        """Show each node's live records for the year and whether they are submitted."""
        live: dict[str, int] = {}
        locked: dict[str, int] = {}
        for (code, status), n in counts.items():
            live[code] = live.get(code, 0) + n
            if status in ("submitted", "validated"):
                locked[code] = locked.get(code, 0) + n
        for row in self._by_code.values():
            codes = row[0].data(self.IndicatorsRole) or []
            total = sum(live.get(c, 0) for c in codes)
            done = sum(locked.get(c, 0) for c in codes)
            row[1].setText(str(total) if total else "")
            if total == 0:
                row[2].setText("")
            elif done == total:
                row[2].setText(self.tr("submitted"))
            elif done == 0:
                row[2].setText(self.tr("draft"))
            else:
                row[2].setText(self.tr("partly submitted"))

    def index_of(self, kind: str, code: str) -> QModelIndex:
        row = self._by_code.get(f"{kind}:{code}")
        return row[0].index() if row else QModelIndex()


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Keeps the indicators whose code or name (in any language) holds every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, FrameworkTreeModel.KindRole) != "indicator":
            return False  # a group is shown when one of its indicators matches (recursive filtering)
        text = model.data(index, FrameworkTreeModel.SearchRole) or ""
        return all(word in text for word in self._words)

