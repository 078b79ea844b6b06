"""Hostile and oversized import tables are refused before they are loaded, each with its reason;
CSV files as Excel writes them in other languages are read or refused with a clear word."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from cli.main import main
from db.importer import ImportRefused, import_table
from db.tablefile import MAX_CELL_CHARS, MAX_CSV_BYTES, MAX_ROWS
from tests import hostile_tables as hostile


@pytest.fixture
def loads(monkeypatch):
    """The workbooks handed to openpyxl: a refused bomb must never get there."""
    handed = []
    real = openpyxl.load_workbook

    def load_workbook(path, *args, **kwargs):
        handed.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", load_workbook)
    return handed


def refusal(office, path) -> str:
    with pytest.raises(ImportRefused) as refused:
        import_table(office, path)
    assert office.count_records() == 0
    return "; ".join(str(p) for p in refused.value.report.problems)


@pytest.mark.parametrize("build, words", [
    (hostile.whole_sheet_declared, "declares the range A1:XFD1048576 (1,048,576 rows × 16,384 columns)"),
    (hostile.millions_of_rows, f"more than {MAX_ROWS:,} rows"),
    (lambda p: hostile.millions_of_rows(p, dimension=None), f"more than {MAX_ROWS:,} rows"),
    (hostile.giant_cell, "the workbook unpacks to 1,024.0 MB (xl/worksheets/sheet1.xml: 1,024.0 MB)"),
    (lambda p: hostile.giant_cell(p, 50 * 2**20), f"cell A2 holds more than {MAX_CELL_CHARS:,} characters"),
    (lambda p: hostile.giant_cell(p, 50 * 2**20, shared=True),
     f"a text shared by cells holds more than {MAX_CELL_CHARS:,} characters"),
    (hostile.far_column, "cell XFD2 lies beyond column CV; at most 100 columns"),
    (hostile.with_doctype, "document type declaration"),
], ids=["whole-sheet", "5M-rows", "5M-rows-no-dimension", "1GiB-cell", "50MB-cell", "50MB-shared-text",
        "far-column", "doctype"])
def test_workbook_bombs_are_refused_before_openpyxl_loads_them(office, tmp_path, loads, build, words):
    path = build(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 1_200_000  # each is small on disk
    assert words in refusal(office, path)
    assert loads == []


def test_a_workbook_within_the_limits_is_read(office, tmp_path, loads):
    path = hostile.workbook(tmp_path / "fine.xlsx", [(hostile.data_row(n, str(n)), 1) for n in range(2, 12)],
                            dimension="A1:C11")
    assert import_table(office, path).stored == 10
    assert loads == [path]


def test_an_oversized_csv_is_refused_by_its_size_without_reading_it(office, tmp_path):
    path = hostile.oversized_csv(tmp_path / "huge.csv", MAX_CSV_BYTES + 1)
    assert "the file is 104,857,601 bytes; at most 104,857,600 can be imported at once" in refusal(office, path)


def test_a_csv_line_without_end_is_refused_at_that_line(office, tmp_path):
    path = hostile.long_line_csv(tmp_path / "line.csv", 20 * 2**20)
    assert "line 2: longer than 131,072 characters" in refusal(office, path)


def test_a_csv_cell_longer_than_a_cell_may_be_is_refused(office, tmp_path):
    path = tmp_path / "cell.csv"
    path.write_text("indicator,year,value,narrative\n1.1.a,2022,5,\"" + "x" * (MAX_CELL_CHARS + 1) + "\"\n",
                    encoding="utf-8")
    assert f"line 2: a cell of {MAX_CELL_CHARS + 1:,} characters; at most {MAX_CELL_CHARS:,}" in refusal(office, path)


def test_a_csv_with_too_many_rows_is_refused(office, tmp_path):
    path = hostile.many_rows_csv(tmp_path / "rows.csv", MAX_ROWS + 1)
    assert f"line {MAX_ROWS + 2}: more than {MAX_ROWS:,} rows" in refusal(office, path)


def test_a_memory_error_still_gives_a_reason(office, tmp_path, monkeypatch):
    def out_of_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(openpyxl, "load_workbook", out_of_memory)
    path = hostile.workbook(tmp_path / "fine.xlsx", [(hostile.data_row(2), 1)], dimension="A1:C2")
    assert "cannot be read as a spreadsheet (MemoryError)" in refusal(office, path)


# --- CSV as Excel writes it outside English ---------------------------------------------------------

@pytest.mark.parametrize("separator, word", [(";", "semicolons"), ("\t", "tabs")])
def test_semicolon_and_tab_separated_files_are_recognised_and_said(office_path, tmp_path, separator, word):
    path = tmp_path / "excel-fr.csv"
    rows = [["indicator", "year", "value", "country", "city", "narrative"],
            ["1.1.a", "2022", "1200", "KEN", "Nairobi", "Logements; rénovés, 2022"],
            ["1.1.a", "2022", "30", "KEN", "Kisumu", ""]]
    text = "\r\n".join(separator.join(f'"{c}"' if separator in c else c for c in row) for row in rows)
    path.write_bytes(("\ufeff" + text + "\r\n").encode("utf-8"))
    result = CliRunner().invoke(main, ["import", str(office_path), str(path)])
    assert result.exit_code == 0, result.output
    assert f"excel-fr.csv: read as columns separated by {word}" in result.output
    assert "2 records imported" in result.output
    result = CliRunner().invoke(main, ["list", str(office_path), "--format", "json"])
    assert "Logements; rénovés, 2022" in result.output


def test_a_semicolon_header_with_a_misspelt_column_gets_a_hint(office, tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text("indicator;year;valeur\n1.1.a;2022;5\n", encoding="utf-8")
    assert "is the file separated by semicolons? then a column name is misspelt" in refusal(office, path)


def test_an_ambiguous_thousands_separator_stays_refused_with_a_word(office, tmp_path):
    path = tmp_path / "es.csv"
    path.write_text("indicator;year;value;country;city\n1.1.a;2022;1.200;KEN;Nairobi\n"
                    "1.1.a;2022;1,5;KEN;Kisumu\n1.1.a;2022;1 200;KEN;Mombasa\n", encoding="utf-8")
    problems = refusal(office, path)
    assert ("line 2, value: '1.200' is not a whole number of people; the point may separate thousands "
            "(1.200 = 1200 in many languages) or decimals (1.2)") in problems
    assert "line 3, value: '1,5' is not a whole number of people; a count is a whole number" in problems
    assert "line 4" not in problems  # a space between groups of three digits is a thousands separator


def test_windows_1252_csv_says_which_characters_are_not_utf8(office, tmp_path):
    path = tmp_path / "excel-windows.csv"
    path.write_bytes("indicator,year,value,country,city\n1.1.a,2022,5,BRA,São Paulo\n"
                     "1.1.a,2022,6,BRA,Brasília\n".encode("cp1252"))
    problems = refusal(office, path)
    assert "line 2, column 19: byte 0xE3 ('ã' in Windows-1252)" in problems
    assert "line 3, column 22: byte 0xED ('í' in Windows-1252)" in problems
    assert "'CSV UTF-8" in problems


def test_a_long_line_of_multibyte_characters_is_not_taken_for_windows_1252(office, tmp_path):
    path = tmp_path / "long.csv"
    for pad in range(3):  # shift the characters across the reading's block boundaries
        path.write_bytes(b"indicator,year,narrative\n1.1.a,2022," + b"a" * pad + "é€😀".encode() * 300_000)
        problems = refusal(office, path)
        assert "line 2: longer than 131,072 characters" in problems and "UTF-8" not in problems
