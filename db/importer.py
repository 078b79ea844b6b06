"""Import result records from a CSV or XLSX table: every row checked, then all stored or none."""

from __future__ import annotations

from pathlib import Path

from db.entry_template import import_entry_template, is_entry_template
from db.errors import HabitatError
from db.import_report import ImportProblem, ImportRefused, ImportReport, file_sha256, imported_before
from db.officefile import ResultsFile
from db.progress import Progress, report as report_progress
from db.quality import check_rows
from db.tablefile import SEPARATORS, TableError, open_table

# Importers of db.importer find the report's names here too (they live in db.import_report).
__all__ = ["COLUMNS", "REQUIRED_COLUMNS", "ImportProblem", "ImportRefused", "ImportReport", "file_sha256",
           "import_table", "imported_before", "read_rows"]

REQUIRED_COLUMNS = ("indicator", "year")
COLUMNS = ("indicator", "year", "value", "country", "city", "entity", "qualifier", "narrative",
           "source", "sex", "age", "disability")


def read_rows(path: Path, progress: Progress | None = None) -> tuple[ImportReport, list[int], list[dict]]:
    """Read a table's rows as raw values, with their line numbers; file-level problems go in the report."""
    path = Path(path)
    report = ImportReport(path)
    lines: list[int] = []
    rows: list[dict] = []
    if not path.is_file():
        report.problems.append(ImportProblem.of(0, "", "no_such_file" if not path.exists() else "not_a_file"))
        return report, lines, rows
    try:
        table = open_table(path, COLUMNS)
        report.separator = table.separator
        header = None
        for line, cells in table.rows:
            if header is None:
                header = [str(c).strip().lower() for c in cells]
                while header and not header[-1]:
                    header.pop()
                report.problems += _check_header(header)
                if report.problems:
                    return report, [], []
                continue
            if not any(str(c).strip() for c in cells):
                continue  # blank line
            report.rows += 1
            if len(cells) > len(header) and any(str(c).strip() for c in cells[len(header):]):
                report.problems.append(ImportProblem.of(line, "", "cells_over_header",
                                                        {"cells": len(cells), "header": len(header)}))
                continue
            lines.append(line)
            rows.append(dict(zip(header, cells)))
            if report.rows % 5000 == 0:
                report_progress(progress, report.rows, None, f"reading {path.name}")
        if header is None:
            report.problems.append(ImportProblem.of(0, "", "empty_table"))
    except TableError as exc:
        report.problems.append(ImportProblem(exc.line, exc.column, exc.message, code=exc.code, params=exc.params))
    except HabitatError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged workbooks
        # str(MemoryError()) is empty: the kind of error is then the reason.
        report.problems.append(ImportProblem.of(0, "", "spreadsheet_unreadable",
                                                {"detail": str(exc) or exc.__class__.__name__}))
    return report, lines, rows


def _check_header(header: list[str]) -> list[ImportProblem]:
    problems = []
    for name in header:
        if name and name not in COLUMNS:
            word = next((word for separator, word in SEPARATORS.items() if separator in name), "")
            problems.append(ImportProblem.of(1, name[:200], "unknown_column_separator" if word else "unknown_column",
                                             {"separator": word, "columns": ", ".join(COLUMNS)}))
        elif not name:
            problems.append(ImportProblem.of(1, "", "unnamed_column"))
    seen = set()
    for name in header:
        if name in seen and name:
            problems.append(ImportProblem.of(1, name, "column_twice"))
        seen.add(name)
    for name in REQUIRED_COLUMNS:
        if name not in header:
            problems.append(ImportProblem.of(1, name, "column_missing"))
    return problems


def import_table(results: ResultsFile, path: Path, *, dry_run: bool = False, who: str | None = None,
                 progress: Progress | None = None, allow_duplicates: bool = False) -> ImportReport:
    """Import a CSV/XLSX file as draft records. Raises ImportRefused (and stores nothing) on any problem.

    Rows repeating a record of the file or another row, and a file imported before, are refused
    unless ``allow_duplicates``; breakdown rows must fit their totals (``db.quality``). A filled-in
    data-entry template is read by ``db.entry_template``, its problems named by cell.
    """
    if is_entry_template(path):
        return import_entry_template(results, path, dry_run=dry_run, who=who, progress=progress,
                                     allow_duplicates=allow_duplicates)
    report, lines, rows = read_rows(path, progress)
    if report.ok:
        path = Path(path)
        sha, again = imported_before(results, path, allow_duplicates)
        report.problems += again
        report_progress(progress, report.rows, report.rows, f"checking {path.name}")
        checked = check_rows(results, rows, allow_duplicates=allow_duplicates,
                             label=lambda n: f"line {lines[n]}")
        report.problems += [ImportProblem(lines[p.row], p.field, p.message, p.kind, p.code, p.params)
                            for p in checked.problems]
        if report.ok:
            stored = results.add_checked(checked, who=who, dry_run=dry_run, imported=(path.name, sha))
            report.stored = 0 if dry_run else len(stored)
    if not report.ok:
        raise ImportRefused(report)
    return report
