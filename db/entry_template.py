"""Importing a filled-in data-entry template (the workbook ``exports.template`` writes).

The template's first sheet, ``Entry``, has the import columns, drop-down values such as
``1.1.a — Number of people…`` or ``KEN — Kenya`` (read back as their code), and the office's
records of the year pre-filled with their record id and version in hidden columns. Importing it:
pre-filled rows left as they were are recognised and not added again; a record headquarters
returned (marked, with its comment) and corrected in its row is stored as its new version (the
same record); every other row is checked as an import row, and a problem is named by its cell
(``Entry!C14``); the corrections and the new rows are stored in one transaction, or nothing is.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from db.countries import match_country
from db.errors import HabitatError, ValidationError
from db.import_report import ImportProblem, ImportRefused, ImportReport, imported_before
from db.officefile import EDITABLE_FIELDS, ResultsFile
from db.progress import Progress, report as report_progress
from db.quality import check_rows
from db.tablefile import TableError, open_table
from db.validation import check_record

ENTRY_SHEET = "Entry"
# The import columns, in the order a person fills them in.
ENTRY_COLUMNS = ("indicator", "year", "value", "qualifier", "country", "city", "entity", "sex", "age",
                 "disability", "narrative", "source")
ID_COLUMN = "record id"
VERSION_COLUMN = "record version"
COMMENT_COLUMN = "headquarters comment"  # beside a returned record: shown, not imported
SEPARATOR = " — "  # between a code and its name in a drop-down value
SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True)
class CellProblem(ImportProblem):
    """An import problem located by its cell, e.g. ``Entry!C14``."""

    cell: str = ""

    def __str__(self) -> str:
        where = self.cell or (f"{ENTRY_SHEET}!{self.line}:{self.line}" if self.line else "file")
        return f"{where} ({self.column}): {self.message}" if self.column else f"{where}: {self.message}"


@dataclass
class TemplateReport(ImportReport):
    already_in_file: int = 0  # pre-filled rows recognised as records of the file
    corrected: int = 0  # returned records corrected in their rows, stored as their new version


def is_entry_template(path: Path) -> bool:
    """True for a workbook whose first sheet is ``Entry`` (a data-entry template, filled or not).

    Only the workbook's small table of sheets is read here; the sheet itself is checked against
    the import limits before it is loaded.
    """
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > 1_000_000:  # a table of sheets takes a few KB: this is no template
                return False
            root = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, RuntimeError):
        return False  # a damaged workbook: the ordinary importer names the problem
    first = next(root.iter(f"{{{SPREADSHEET_NS}}}sheet"), None)
    return first is not None and first.get("name") == ENTRY_SHEET


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based position: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def code_of(value, known: set[str]):
    """A drop-down value 'CODE — name' as its code; anything else unchanged (checked later)."""
    if isinstance(value, str) and SEPARATOR in value:
        code = value.split(SEPARATOR, 1)[0].strip()
        if code in known:
            return code
    return value


def country_code_of(value):
    """A drop-down value 'KEN — Kenya' as 'KEN'; a country typed as the grid takes it ('Kenya',
    'ken', '肯尼亚') as its code (``db.countries``); anything else unchanged (refused later)."""
    if isinstance(value, str) and SEPARATOR in value:
        code = value.split(SEPARATOR, 1)[0].strip()
        if len(code) == 3 and code.isascii() and code.isalpha():
            return code
    if isinstance(value, str) and value.strip():
        for lang in ("en", "zh"):  # the template is in either; English names are known in both
            found = match_country(value, lang)
            if found.code:
                return found.code
    return value


@dataclass
class _Row:
    line: int
    values: dict
    record_id: str
    version: str


def _read_entry_sheet(path: Path, report: TemplateReport) -> tuple[dict[str, int], list[_Row]]:
    # Entry is the first sheet (the workbook's structure is locked), so the importer's guards on
    # size, declared range, rows and cells (db.tablefile) check it before openpyxl reads it.
    header: dict[str, int] = {}
    rows: list[_Row] = []
    for line, cells in open_table(path).rows:
        if line == 1:
            for i, cell in enumerate(cells):
                name = _text(cell).lower()
                if not name:
                    continue
                where = f"{ENTRY_SHEET}!{column_letter(i)}1"
                if name == COMMENT_COLUMN:
                    continue  # headquarters' words, for reading: never imported
                if name not in ENTRY_COLUMNS and name not in (ID_COLUMN, VERSION_COLUMN):
                    report.problems.append(CellProblem.of(1, name, "unknown_column",
                                                          {"columns": ", ".join(ENTRY_COLUMNS)}, cell=where))
                elif name in header:
                    report.problems.append(CellProblem.of(1, name, "column_twice", cell=where))
                else:
                    header[name] = i
            for name in ("indicator", "year"):
                if name not in header:
                    report.problems.append(CellProblem.of(1, name, "column_missing", cell=f"{ENTRY_SHEET}!1:1"))
            if report.problems:
                return header, []
            continue

        def get(name):  # called for this row only, before the loop moves on
            i = header.get(name)
            return cells[i] if i is not None and i < len(cells) else None  # noqa: B023

        values = {name: get(name) for name in ENTRY_COLUMNS if name in header}
        record_id, version = _text(get(ID_COLUMN)), _text(get(VERSION_COLUMN))
        if not record_id and not any(_text(v) for v in values.values()):
            continue  # an empty row of the template
        rows.append(_Row(line, values, record_id, version))
    if not header:
        report.problems.append(CellProblem.of(0, "", "sheet_empty", {"sheet": ENTRY_SHEET}))
    return header, rows


def import_entry_template(results: ResultsFile, path: Path, *, dry_run: bool = False, who: str | None = None,
                          progress: Progress | None = None, allow_duplicates: bool = False) -> TemplateReport:
    """Import the new rows of a filled-in template; raises ImportRefused (storing nothing) on any problem.

    Pre-filled rows left as they were are recognised by their record id; the other rows follow
    the importer's rules (``db.quality``: duplicates refused unless ``allow_duplicates``).
    """
    path = Path(path)
    report = TemplateReport(path)
    try:
        header, rows = _read_entry_sheet(path, report)
    except TableError as exc:
        report.problems.append(CellProblem(exc.line, exc.column, exc.message, code=exc.code, params=exc.params))
        raise ImportRefused(report) from exc
    except HabitatError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged workbooks
        report.problems.append(CellProblem.of(0, "", "spreadsheet_unreadable",
                                              {"detail": str(exc) or exc.__class__.__name__}))
        raise ImportRefused(report) from exc
    if report.problems:
        raise ImportRefused(report)
    report.rows = len(rows)

    def cell(field: str, line: int) -> str:
        index = header.get(field, header["indicator"])  # a header without indicator was refused above
        return f"{ENTRY_SHEET}!{column_letter(index)}{line}"

    framework = results.plans  # each row's year picks its plan
    indicators = {i.code for p in framework for i in p.framework.indicators()}
    for row in rows:
        if "indicator" in row.values:
            row.values["indicator"] = code_of(row.values["indicator"], indicators)
        if "country" in row.values:
            row.values["country"] = country_code_of(row.values["country"])

    report_progress(progress, 0, len(rows), f"checking {path.name}")
    known = {r.id: r for r in results.records_by_id(r.record_id for r in rows if r.record_id)}
    new_rows: list[_Row] = []
    corrections: list[tuple[_Row, dict]] = []  # returned records corrected: (row, changed fields)
    for row in rows:
        if not row.record_id:
            new_rows.append(row)
            continue
        record = known.get(row.record_id)
        changes, found = _correction(row, record, framework, cell)
        if found:
            report.problems += found
        elif changes:
            corrections.append((row, changes))
        else:
            problem = _prefilled_problem(row, record, framework, cell)
            if problem:
                report.problems.append(problem)
            else:
                report.already_in_file += 1

    sha, again = imported_before(results, path, allow_duplicates)
    report.problems += again
    # New rows: checked as import rows are, duplicates of the file's records (the pre-filled ones
    # included) and of each other refused unless allowed; problems named by cell.
    checked = check_rows(results, [r.values for r in new_rows], allow_duplicates=allow_duplicates,
                         label=lambda n: f"{ENTRY_SHEET} row {new_rows[n].line}")
    for p in checked.problems:
        line = new_rows[p.row].line
        report.problems.append(CellProblem(line, p.field, p.message, p.kind, p.code, p.params,
                                           cell=cell(p.field, line)))
    if report.problems:
        report.problems.sort(key=lambda p: p.line)
        raise ImportRefused(report)
    stored: list = []
    if not dry_run and (new_rows or corrections):
        # One transaction: the corrections (each checked by the rules as any edit is) and the new rows.
        with results.transaction():
            for row, changes in corrections:
                try:
                    results.update_record(row.record_id, changes, who=who)
                except ValidationError as exc:
                    report.problems += [CellProblem(row.line, p.field, p.message, "invalid", p.code, dict(p.params),
                                                    cell=cell(p.field, row.line)) for p in exc.problems]
                    raise ImportRefused(report) from exc
            stored = results.add_checked(checked, who=who, imported=(path.name, sha))
    report.stored = len(stored)
    report.corrected = len(corrections)
    report_progress(progress, len(rows), len(rows), f"checking {path.name}")
    return report


def _correction(row: _Row, record, framework, cell) -> tuple[dict, list[CellProblem]]:
    """The fields a returned record's row changes, checked; ({}, []) for any other row.

    A record headquarters returned is corrected in the office: in its row of the template as in
    the app. Its row must carry the version the template was made from (else the record changed
    since, and the row would undo that change).
    """
    if record is None or record.deleted or record.status != "returned":
        return {}, []
    if not any(_text(v) for v in row.values.values()):
        return {}, []  # cleared: refused as for any pre-filled row
    clean, problems = check_record({**record.values(), **row.values}, framework)
    typed = [f for f in EDITABLE_FIELDS if f in row.values]
    if problems:
        return {}, [CellProblem(row.line, p.field, p.message, "invalid", p.code, dict(p.params),
                                cell=cell(p.field, row.line)) for p in problems]
    changes = {f: clean[f] for f in typed if clean[f] != getattr(record, f)}
    if changes and row.version and row.version != str(record.version):
        return {}, []  # changed in the file since: refused below, naming both versions
    return changes, []


def _prefilled_problem(row: _Row, record, framework, cell) -> CellProblem | None:
    """Why a row carrying a record id cannot be taken as that record, left unchanged; None if it can."""
    id_cell = cell(ID_COLUMN, row.line)
    if record is None or record.deleted:
        return CellProblem.of(row.line, ID_COLUMN, "prefilled_not_in_file" if record is None else "prefilled_deleted",
                              {"id": row.record_id}, cell=id_cell)
    if not any(_text(v) for v in row.values.values()):
        return CellProblem.of(row.line, "", "prefilled_cleared", {"id": record.id}, cell=id_cell)
    clean, _ = check_record({**record.values(), **row.values}, framework)
    for field in EDITABLE_FIELDS:
        if field in row.values and clean[field] != getattr(record, field):
            was = getattr(record, field)
            changed = bool(row.version and row.version != str(record.version))
            params = {"id": record.id, "here": _text(row.values[field]), "there": "" if was is None else was,
                      "version": record.version, "template_version": row.version}
            return CellProblem.of(row.line, field, "prefilled_differs_changed" if changed else "prefilled_differs",
                                  params, cell=cell(field, row.line))
    return None
