"""The plan workbook: a strategic plan as headquarters authors it in Excel, checked cell by cell.

Its sheets (``plan``, ``levels``, ``structure``, ``indicators``, ``units``, and optionally
``rules`` and ``crosswalk``) and their columns are those of ``db.plan_format`` (docs/plans.md).
A workbook is untrusted input: its size, parts, sheets and cells are checked before openpyxl reads
it, no formula is evaluated (a formula cell is a problem, as is a hidden sheet), and every problem
is named by sheet and cell, all at once. A valid workbook builds a plan file: canonical JSON
(``db.plan_format.plan_file_bytes``) whose SHA-256 identifies it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from db.errors import HabitatError, say
from db.framework import RULES, Framework
from db.plan_format import (
    COUNTS, PLAN_KEYS, QUALIFIERS, REQUIRED_COLUMNS, REQUIRED_SHEETS, SHEETS, TEXTS, PlanProblem, check_plan,
    column_kind, parse_plan, plan_data, plan_file_bytes, plan_file_sha256,
)
from db.tablefile import (
    TableError, _Cells, _column_letters, _column_number, _Handler, _local, _refused, _scan, _SharedStrings,
    open_workbook_zip,
)

MAX_PLAN_BYTES = 10 * 2**20
MAX_PLAN_UNPACKED = 100 * 2**20
MAX_PLAN_PARTS = 200
MAX_PLAN_ROWS = 5_000  # in one sheet, its first row included
MAX_PLAN_COLUMNS = 100
IGNORED_COLUMN = "comment"  # a column of notes for the authors, in any sheet: never read
SHEET_ORDER = ("plan", *SHEETS)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")
_DIMENSION = re.compile(r"(?:\$?[A-Z]{1,3}\$?[0-9]{1,7}:)?\$?([A-Z]{1,3})\$?([0-9]{1,7})")


class PlanWorkbookError(HabitatError):
    """A plan workbook with problems: nothing is built from it."""

    def __init__(self, path: Path, problems: list[PlanProblem]):
        self.problems = list(problems)
        shown = "; ".join(str(p) for p in self.problems[:5])
        more = f" and {len(self.problems) - 5} more" if len(self.problems) > 5 else ""
        super().__init__(f"{path}: not a valid plan workbook: {shown}{more}", code="plan_file_invalid",
                         params={"path": str(path), "problems": shown, "more_text": more})


@dataclass
class _Read:
    """A workbook read into plan data, with where each value came from."""

    data: dict = field(default_factory=lambda: {"format": 2})
    problems: list[tuple[tuple, PlanProblem]] = field(default_factory=list)  # (sort key, problem)
    titles: dict[str, str] = field(default_factory=dict)  # sheet -> its title in the workbook
    rows: dict[str, list[int]] = field(default_factory=dict)  # sheet -> row of each entry
    letters: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet -> column -> letter
    key_rows: dict[str, int] = field(default_factory=dict)  # plan key -> its row
    said: set[tuple[str, int | None, str]] = field(default_factory=set)  # cells a problem was named on
    missing_columns: dict[str, set[str]] = field(default_factory=dict)
    quiet_columns: dict[str, set[int]] = field(default_factory=dict)  # 'comment' columns, and unknown ones (said)

    def add(self, code: str, sheet: str, row: int, column: int, /, **params: Any) -> None:
        title = self.titles.get(sheet, sheet)
        cell = f"{_column_letters(column)}{row}" if row else ""
        place = f"{title}!{cell}" if cell else title
        self.problems.append(((_sheet_rank(sheet), row, column), PlanProblem.of(code, place, title, cell, **params)))

    def place(self, sheet: str, entry: int | None, column: str) -> tuple[str, str]:
        title = self.titles.get(sheet, sheet)
        if sheet == "plan":
            row = self.key_rows.get(column)
            return (f"{title}!B{row}", f"B{row}") if row else (title, "")
        rows = self.rows.get(sheet, [])
        if entry is None or entry >= len(rows):
            return title, ""
        letters = self.letters.get(sheet, {})
        letter = letters.get(column) or next(iter(letters.values()), "A")
        return f"{title}!{letter}{rows[entry]}", f"{letter}{rows[entry]}"


def _sheet_rank(sheet: str) -> int:
    return SHEET_ORDER.index(sheet) if sheet in SHEET_ORDER else len(SHEET_ORDER)


def check_workbook(path: Path) -> list[PlanProblem]:
    """Every problem of the plan workbook at ``path`` (empty when it is valid), by sheet and cell."""
    return _problems_and_data(Path(path))[0]


def build_plan(path: Path) -> dict:
    """The plan file's JSON of the valid workbook at ``path``; PlanWorkbookError naming every problem if not."""
    path = Path(path)
    problems, data = _problems_and_data(path)
    if problems:
        raise PlanWorkbookError(path, problems)
    return plan_data(parse_plan(data, str(path)))


def build_plan_file(path: Path, output: Path) -> str:
    """Write the plan file of the valid workbook ``path`` to ``output`` (whole or not at all); its SHA-256."""
    output = Path(output)
    if output.exists() and (output.resolve() == Path(path).resolve() or _starts_with(output, b"SQLite format 3\0")
                            or zipfile.is_zipfile(output)):
        raise PlanWorkbookError(Path(path), [PlanProblem.of("plan_over_other_file", str(output), path=str(output))])
    data = build_plan(path)
    _write_whole(output, plan_file_bytes(data))
    return plan_file_sha256(data)


def workbook_framework(path: Path) -> Framework:
    """The framework of the valid plan workbook at ``path``."""
    return parse_plan(build_plan(path), str(path))


def _starts_with(path: Path, header: bytes) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(header)) == header


def _write_whole(output: Path, content: bytes) -> None:
    """``content`` into ``output`` through a hidden temporary file beside it, renamed at the end."""
    output = output.resolve()
    handle, name = tempfile.mkstemp(prefix=f".{output.name}.{os.getpid()}-", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, output)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _problems_and_data(path: Path) -> tuple[list[PlanProblem], dict]:
    try:
        hidden = _check_file(path)
    except TableError as exc:
        return [PlanProblem(path.name, exc.message, exc.code, exc.params)], {}
    except OSError as exc:
        return [PlanProblem.of("plan_workbook_refused", path.name, path=path.name, detail=str(exc))], {}
    read = _read(path, hidden)
    if any(p.code in ("plan_sheet_missing", "not_workbook") for _, p in read.problems):
        return _in_order(read), {}  # the plan cannot be checked without its sheets
    for problem in check_plan(read.data, read.place):
        sheet, entry, column = problem.at or ("", None, "")
        if (sheet, entry, column) in read.said or column in read.missing_columns.get(sheet, ()):
            continue  # said already where the cell was read (or the column is missing altogether)
        if sheet == "plan" and problem.code == "plan_required" and column not in read.key_rows:
            problem = PlanProblem.of("plan_key_missing", problem.place, problem.sheet, "", text=column)
        row = read.key_rows.get(column, 0) if sheet == "plan" else (
            read.rows[sheet][entry] if entry is not None and entry < len(read.rows.get(sheet, [])) else 0)
        letter = problem.cell.rstrip("0123456789")
        read.problems.append(((_sheet_rank(sheet), row, _column_number(letter) if letter else 0), problem))
    return _in_order(read), read.data


def _in_order(read: _Read) -> list[PlanProblem]:
    """The problems by sheet (in the workbook's order of sheets), row and column."""
    return [p for _, p in sorted(read.problems, key=lambda kp: kp[0])]


# --- the file, before openpyxl ----------------------------------------------------------------------

@dataclass
class _Hidden:
    """The rows and columns a sheet hides (they may hold nothing: a plan shows all it holds)."""

    rows: set[int] = field(default_factory=set)
    columns: list[tuple[int, int]] = field(default_factory=list)  # (first, last), as <col min max> say

    def column(self, number: int) -> bool:
        return any(first <= number <= last for first, last in self.columns)


def _check_file(path: Path) -> dict[str, _Hidden]:
    """Refuse (TableError) a workbook too large, with too many parts, or a sheet beyond the limits.

    Returns the hidden rows and columns of each worksheet, by its part's name.
    """
    if not path.is_file():
        raise _refused("not_a_file")
    size = path.stat().st_size
    if size > MAX_PLAN_BYTES:
        raise _refused("file_too_large", size=f"{size / 2**20:,.1f} MB", limit=f"{MAX_PLAN_BYTES / 2**20:,.1f} MB")
    with open_workbook_zip(path, MAX_PLAN_PARTS, MAX_PLAN_UNPACKED) as book:
        names = {p.filename for p in book.infolist()}
        for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if part not in names:
                raise _refused("not_workbook", detail=f"no {part}")
        targets = _Targets()
        _scan(book, "xl/_rels/workbook.xml.rels", targets)
        if "xl/sharedStrings.xml" in names:
            _scan(book, "xl/sharedStrings.xml", _SharedStrings())
        hidden = {}
        for target in targets.worksheets:
            part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            if part in names:
                sheet = _PlanSheet(part)
                _scan(book, part, sheet)
                hidden[part] = sheet.hidden
        return hidden


class _Targets(_Handler):
    def __init__(self):
        self.worksheets: list[str] = []

    def start(self, name, attrs):
        if _local(name) == "Relationship" and attrs.get("Type", "").endswith("/worksheet") and "Target" in attrs:
            self.worksheets.append(attrs["Target"])


class _PlanSheet(_Cells):
    """Refuses a sheet whose declared range, rows or columns exceed a plan's, or a cell too long."""

    def __init__(self, part: str):
        super().__init__()
        self.part = part
        self.rows = 0
        self.hidden = _Hidden()

    def start(self, name, attrs):
        local = _local(name)
        if local == "c":
            self.chars = 0
            self.inside = True
            ref = attrs.get("r", "")
            self.label = f" {ref}" if len(ref) <= 12 else ""
            found = _CELL.fullmatch(ref)
            if found:
                self._check(_column_number(found.group(1)), int(found.group(2)))
        elif local == "row":
            self.rows += 1
            number = attrs.get("r", "")
            row = int(number) if number.isdigit() and len(number) < 10 else self.rows
            self._check(1, row)
            if attrs.get("hidden") in ("1", "true"):
                self.hidden.rows.add(row)
        elif local == "col" and attrs.get("hidden") in ("1", "true"):
            first, last = attrs.get("min", ""), attrs.get("max", "")
            if first.isdigit() and last.isdigit() and len(first) < 6 and len(last) < 6:
                self.hidden.columns.append((int(first), int(last)))
        elif local == "dimension":
            found = _DIMENSION.fullmatch(attrs.get("ref", "").upper())
            if found:
                self._check(_column_number(found.group(1)), int(found.group(2)))

    def _check(self, column: int, row: int) -> None:
        if column > MAX_PLAN_COLUMNS or max(row, self.rows) > MAX_PLAN_ROWS:
            raise _refused("plan_sheet_too_large", part=self.part, max_rows=f"{MAX_PLAN_ROWS:,}",
                           max_columns=MAX_PLAN_COLUMNS)


# --- the sheets, through openpyxl -------------------------------------------------------------------

def _read(path: Path, hidden: dict[str, _Hidden]) -> _Read:
    import openpyxl

    read = _Read()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file: each one is "not readable"
        params = {"detail": str(exc)[:200]}
        read.problems.append(((0, 0, 0), PlanProblem(path.name, say("not_workbook", params), "not_workbook", params)))
        return read
    try:
        sheets = {}
        for sheet in book.worksheets:
            name = sheet.title.strip().lower()
            if sheet.sheet_state != "visible":
                read.titles.setdefault(name, sheet.title)
                read.add("plan_sheet_hidden", name if name in SHEET_ORDER else sheet.title, 0, 0)
            if name in SHEET_ORDER and name not in sheets:
                sheets[name] = sheet
                read.titles[name] = sheet.title
        for name in REQUIRED_SHEETS:
            if name not in sheets:
                read.add("plan_sheet_missing", name, 0, 0, sheet=name, sheets=", ".join(SHEET_ORDER))
        for name, sheet in sheets.items():
            rows = [list(row) for row in sheet.iter_rows()]
            _hidden_values(read, name, rows, hidden.get(getattr(sheet, "_worksheet_path", ""), _Hidden()))
            if name == "plan":
                _read_plan(read, rows)
            else:
                _read_list(read, name, rows)
    finally:
        book.close()
    return read


def _hidden_values(read: _Read, sheet: str, rows: list[list], hidden: _Hidden) -> None:
    """A hidden row, or a hidden column below its name, that holds a value is a problem, said once.

    A column hidden while empty (a language the plan does not give) is fine.
    """
    said_columns: set[int] = set()
    for number, row in enumerate(rows, start=1):
        cells = _cells(row)
        if cells and number in hidden.rows:
            read.add("plan_row_hidden", sheet, number, cells[0][0])
        for column, _ in cells if number > 1 else []:
            if column not in said_columns and hidden.column(column):
                said_columns.add(column)
                read.add("plan_column_hidden", sheet, 1, column)


def _cells(row: list) -> list[tuple[int, Any]]:
    """The row's cells with their column number (1 = A), empty cells left out."""
    found = []
    for n, cell in enumerate(row, start=1):
        column = getattr(cell, "column", None) or n
        if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
            continue
        found.append((column, cell))
    return found


def _header(read: _Read, sheet: str, rows: list[list], allowed: tuple[str, ...]) -> dict[int, str]:
    """The columns named in the first row, by column number; unknown and repeated names said."""
    named: dict[int, str] = {}
    first_at: dict[str, int] = {}
    quiet = read.quiet_columns.setdefault(sheet, set())
    for column, cell in _cells(rows[0]) if rows else []:
        if cell.data_type == "f":
            read.add("plan_formula", sheet, 1, column, formula=_short(cell.value))
            quiet.add(column)
            continue
        text = str(cell.value).strip().lower()
        if text == IGNORED_COLUMN:
            quiet.add(column)
            continue
        if text not in allowed:
            read.add("plan_column_unknown", sheet, 1, column, text=_short(cell.value), columns=", ".join(allowed))
            quiet.add(column)
            continue
        if text in first_at:
            read.add("plan_column_twice", sheet, 1, column, text=text,
                     other=f"{read.titles.get(sheet, sheet)}!{_column_letters(first_at[text])}1")
            quiet.add(column)
            continue
        first_at[text] = column
        named[column] = text
    read.letters[sheet] = {name: _column_letters(column) for column, name in named.items()}
    return named


def _read_plan(read: _Read, rows: list[list]) -> None:
    header = _header(read, "plan", rows, ("key", "value"))
    by_name = {name: column for column, name in header.items()}
    for name in ("key", "value"):
        if name not in by_name:
            read.add("plan_column_missing", "plan", 1, 1, text=name)
    if len(by_name) < 2:
        return
    key_at, value_at = by_name["key"], by_name["value"]
    for number, row in enumerate(rows[1:], start=2):
        cells = dict(_cells(row))
        _no_header(read, "plan", number, cells, header)
        key_cell, value_cell = cells.get(key_at), cells.get(value_at)
        if key_cell is None:
            if value_cell is not None:
                read.add("plan_required", "plan", number, key_at)
            continue
        if key_cell.data_type == "f":
            read.add("plan_formula", "plan", number, key_at, formula=_short(key_cell.value))
            continue
        key = str(key_cell.value).strip()
        if key not in PLAN_KEYS:
            read.add("plan_key_unknown", "plan", number, key_at, text=_short(key_cell.value), keys=", ".join(PLAN_KEYS))
            continue
        if key in read.key_rows:
            read.add("plan_key_twice", "plan", number, key_at, text=key,
                     other=f"{read.titles['plan']}!{_column_letters(key_at)}{read.key_rows[key]}")
            continue
        read.key_rows[key] = number
        read.letters["plan"] = {"value": _column_letters(value_at)}
        if value_cell is None:
            continue  # an empty value: the check says whether the key is required
        value = _value(read, "plan", key, value_cell, number, value_at, None)
        if value is not None:
            _put(read.data, key, value)


def _read_list(read: _Read, sheet: str, rows: list[list]) -> None:
    columns = SHEETS[sheet]
    header = _header(read, sheet, rows, columns)
    present = set(header.values())
    missing = [c for c in REQUIRED_COLUMNS[sheet] if c not in present]
    read.missing_columns[sheet] = set(missing)
    after = max((column for column, _ in _cells(rows[0])), default=0) + 1 if rows else 1  # the first free cell
    for name in missing:
        read.add("plan_column_missing", sheet, 1, after, text=name)
    entries: list[dict] = []
    read.rows[sheet] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = dict(_cells(row))
        if not any(column in header for column in cells):
            _no_header(read, sheet, number, cells, header)
            continue
        _no_header(read, sheet, number, cells, header)
        entry: dict = {}
        index = len(entries)
        for column, name in header.items():
            cell = cells.get(column)
            if cell is None:
                continue
            value = _value(read, sheet, name, cell, number, column, index)
            if value is not None:
                _put(entry, name, value)
        entries.append(entry)
        read.rows[sheet].append(number)
    read.data[sheet] = entries


def _no_header(read: _Read, sheet: str, number: int, cells: dict, header: dict[int, str]) -> None:
    for column in cells:
        if column not in header and column not in read.quiet_columns.get(sheet, ()):
            read.add("plan_no_header", sheet, number, column)


def _put(entry: dict, name: str, value: Any) -> None:
    """A column's value into the entry: ``name_fr`` into ``entry['name']['fr']``."""
    prefix, _, lang = name.rpartition("_")
    if prefix in TEXTS and len(lang) == 2:
        entry.setdefault(prefix, {})[lang] = value
    else:
        entry[name] = value


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _value(read: _Read, sheet: str, name: str, cell, row: int, column: int, entry: int | None) -> Any:
    """The cell's value as its column's kind; None (the problem said on the cell) if it is not one."""
    def refuse(code: str, **params: Any) -> None:
        read.add(code, sheet, row, column, **params)
        read.said.add((sheet, entry, name))

    value = cell.value
    if cell.data_type == "f":
        return refuse("plan_formula", formula=_short(value))
    if cell.data_type == "e":
        return refuse("plan_error_value", text=_short(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return refuse("plan_date", text=_short(value))
    kind = column_kind(sheet, name)
    if isinstance(value, bool):
        return refuse("plan_not_text" if kind not in ("whole", "number") else "plan_not_number", text=str(value))
    if kind in ("whole", "number"):
        number = value
        if isinstance(value, str):
            text = value.strip()
            try:
                number = int(text) if re.fullmatch(r"[+-]?[0-9]+", text) else float(text)
            except ValueError:
                return refuse("plan_not_whole_number" if kind == "whole" else "plan_not_number", text=_short(value))
            if number != number or number in (float("inf"), float("-inf")):
                return refuse("plan_not_number", text=_short(value))
        if kind == "whole":
            if isinstance(number, float) and number.is_integer():
                number = int(number)
            if not isinstance(number, int):
                return refuse("plan_not_whole_number", text=_short(value))
        return number
    if isinstance(value, int | float):
        if kind == "strict" or (isinstance(value, float) and not value.is_integer()):
            return refuse("plan_number_for_text", text=_short(value))
        value = str(int(value))
    text = str(value)
    if kind == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


# --- writing a workbook from plan data (the built-in plan, the blank and the example) -------------------

def workbook_rows(data: Mapping, sheet: str) -> list[list[Any]]:
    """The rows of one sheet for plan data (its header first); ``plan`` as key and value rows."""
    if sheet == "plan":
        rows: list[list[Any]] = [["key", "value"]]
        for key in PLAN_KEYS:
            prefix, _, lang = key.rpartition("_")
            value = data.get(prefix, {}).get(lang) if prefix == "name" else data.get(key)
            rows.append([key, _cell(value)])  # every key, given or not: the sheet shows what may be given
        return rows
    columns = SHEETS[sheet]
    rows = [list(columns)]
    for entry in data.get(sheet, []):
        row = []
        for column in columns:
            prefix, _, lang = column.rpartition("_")
            value = entry.get(prefix, {}).get(lang) if prefix in TEXTS and len(lang) == 2 else entry.get(column)
            row.append(_cell(value))
        rows.append(row)
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(value)
    return value


# Columns whose cells the authors pick from a list in Excel (the check refuses anything else all the same).
_CHOICES = {("indicators", "rule"): RULES, ("indicators", "counts"): tuple(COUNTS),
            ("indicators", "report_qualifier"): QUALIFIERS}
_GROUPED = {"ceiling", "baseline", "target", "report_value"}  # shown with thousands separators (not years)


def write_workbook(data: Mapping, path: Path, banner: str = "") -> None:
    """Write plan data as a plan workbook; ``banner`` (an example's warning) in a 'comment' column of each sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    for sheet in SHEET_ORDER:
        ws = book.create_sheet(sheet)
        rows = workbook_rows(data, sheet)
        if banner:
            rows = [[*rows[0], IGNORED_COLUMN]] + [[*row, banner if n == 0 else None] for n, row in enumerate(rows[1:])]
            if len(rows) == 1:
                rows.append([None] * (len(rows[0]) - 1) + [banner])
            ws.sheet_properties.tabColor = "C00000"
        header = rows[0]
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                name = header[c - 1] if r > 1 else ""
                if isinstance(value, str):
                    cell.data_type = "s"  # a text starting with '=' stays text, never a formula
                    cell.number_format = "@"
                elif isinstance(value, int) and name in _GROUPED:
                    cell.number_format = "#,##0"
                if r == 1:
                    cell.font = Font(bold=True)
                    cell.fill = PatternFill("solid", fgColor="DDEBF7")
                elif name == IGNORED_COLUMN:
                    cell.font = Font(bold=True, color="C00000")
        for c in range(1, len(header) + 1):
            widest = max((len(str(row[c - 1])) for row in rows if c - 1 < len(row) and row[c - 1] is not None),
                         default=8)
            letter = _column_letters(c)
            ws.column_dimensions[letter].width = min(max(widest + 2, 8), 60)
            if sheet != "plan" and column_kind(sheet, header[c - 1]) not in ("whole", "number"):
                # Rows the authors add keep what they type: Excel would make a code typed 1.10 the number 1.1.
                ws.column_dimensions[letter].number_format = "@"
            choices = _CHOICES.get((sheet, header[c - 1]))
            if choices:
                check = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True,
                                       showErrorMessage=True, errorTitle=header[c - 1],
                                       error=f"One of: {', '.join(choices)}")
                ws.add_data_validation(check)
                check.add(f"{letter}2:{letter}{MAX_PLAN_ROWS}")
        ws.freeze_panes = "B2" if sheet != "plan" else "A2"
    book.properties.creator = "Habitat Results"
    book.properties.created = book.properties.modified = dt.datetime(2026, 1, 1)
    book.save(path)
