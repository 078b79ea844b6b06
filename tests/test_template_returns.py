"""Answering headquarters from the entry template: returned records are marked with its comment,
and a corrected returned record imports as its new version; other records stay as they are."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from cli.main import main
from db.entry_template import COMMENT_COLUMN, ENTRY_COLUMNS, ID_COLUMN, VERSION_COLUMN, column_letter
from db.feedback import apply_feedback, review_records, write_feedback
from db.importer import ImportRefused, import_table
from db.merge import merge_files
from db.officefile import ResultsFile
from exports.template import write_template

COMMENT = "Nairobi counted twice: give the survey's figure"


@pytest.fixture
def returned(office_path, tmp_path):
    """Kenya's 2024 records submitted and merged; headquarters returned Nairobi's with a comment."""
    with ResultsFile.open(office_path) as results:
        nairobi, _ = results.add_records([
            {"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN", "city": "Nairobi"},
            {"indicator": "1.1.a", "year": 2024, "value": 300, "country": "KEN", "city": "Kisumu"}])
        results.submit_year(2024)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [office_path])
    review_records(hq, [nairobi.id], "returned", COMMENT)
    write_feedback(hq, "KEN", tmp_path / "feedback.json")
    apply_feedback(office_path, tmp_path / "feedback.json")
    return nairobi.id


def columns(ws) -> dict[str, str]:
    return {c.value: column_letter(c.column - 1) for c in ws[1] if c.value}


def row_of(ws, record_id) -> int:
    col = columns(ws)[ID_COLUMN]
    return next(r for r in range(2, ws.max_row + 1) if ws[f"{col}{r}"].value == record_id)


def test_the_template_marks_a_returned_record_with_headquarters_comment(office_path, returned, tmp_path):
    out = tmp_path / "ken-2024.xlsx"
    write_template(office_path, out, 2024)
    ws = openpyxl.load_workbook(out)["Entry"]
    col = columns(ws)
    assert list(col) == [*ENTRY_COLUMNS, ID_COLUMN, VERSION_COLUMN, COMMENT_COLUMN]
    row = row_of(ws, returned)
    assert ws[f"{col[COMMENT_COLUMN]}{row}"].value == COMMENT
    assert ws[f"{col['value']}{row}"].fill.fgColor.rgb.endswith("FCE5CD")
    assert not ws[f"{col['value']}{row}"].protection.locked  # open for the correction
    other = next(r for r in (2, 3) if r != row)
    assert ws[f"{col['value']}{other}"].protection.locked and not ws[f"{col[COMMENT_COLUMN]}{other}"].value


def test_a_corrected_returned_record_imports_as_its_new_version(office_path, returned, tmp_path):
    out = tmp_path / "ken-2024.xlsx"
    write_template(office_path, out, 2024)
    book = openpyxl.load_workbook(out)
    ws = book["Entry"]
    ws[f"{columns(ws)['value']}{row_of(ws, returned)}"] = 950
    ws[f"{columns(ws)['source']}{row_of(ws, returned)}"] = "County survey 2024"
    book.save(out)
    with ResultsFile.open(office_path) as results:
        before = results.record(returned)
        count = results.count_records()
    result = CliRunner().invoke(main, ["import", str(office_path), str(out)])
    assert result.exit_code == 0, result.output
    assert "1 returned record corrected, each stored as its new version" in result.output
    with ResultsFile.open(office_path) as results:
        after = results.record(returned)
        assert results.count_records() == count  # the same record, not a new one
        assert (after.value, after.source, after.version) == (950, "County survey 2024", before.version + 1)
        assert after.status == "returned"  # corrected, to submit again
        history = [e for e in results.audit_log(returned) if e["action"] == "update"]
        assert history[-1]["old"] == {"value": 1200, "source": ""} and history[-1]["new"]["value"] == 950


def test_other_stored_records_stay_read_only_in_the_template(office_path, returned, tmp_path):
    out = tmp_path / "ken-2024.xlsx"
    write_template(office_path, out, 2024)
    book = openpyxl.load_workbook(out)
    ws = book["Entry"]
    kisumu = next(r for r in (2, 3) if r != row_of(ws, returned))
    ws[f"{columns(ws)['value']}{kisumu}"] = 999
    book.save(out)
    with ResultsFile.open(office_path) as results:
        with pytest.raises(ImportRefused) as refused:
            import_table(results, out)
        assert "records already in the file are changed in the app, not by import" in str(refused.value.report.problems)
        assert {r.value for r in results.records(year=2024)} == {1200, 300}


def test_a_wrong_correction_is_named_by_its_cell_and_nothing_is_stored(office_path, returned, tmp_path):
    out = tmp_path / "ken-2024.xlsx"
    write_template(office_path, out, 2024)
    book = openpyxl.load_workbook(out)
    ws = book["Entry"]
    row = row_of(ws, returned)
    ws[f"{columns(ws)['value']}{row}"] = "12a5"
    ws[f"{columns(ws)['city']}{ws.max_row + 1}"] = "Lamu"  # and a new row, which must not be stored either
    book.save(out)
    with ResultsFile.open(office_path) as results:
        with pytest.raises(ImportRefused) as refused:
            import_table(results, out)
        cells = [p.cell for p in refused.value.report.problems]
        assert f"Entry!{columns(ws)['value']}{row}" in cells
        assert results.record(returned).value == 1200 and results.count_records() == 2


def test_a_country_typed_by_name_in_the_template_is_taken_as_the_grid_takes_it(office_path, tmp_path):
    out = tmp_path / "ken-2025.xlsx"
    write_template(office_path, out, 2025)
    book = openpyxl.load_workbook(out)
    ws = book["Entry"]
    col = columns(ws)
    for name, value in {"indicator": "1.1.a", "year": 2025, "value": 40, "country": "Kenya", "city": "Lamu"}.items():
        ws[f"{col[name]}2"] = value
    for name, value in {"indicator": "1.1.c", "year": 2025, "country": "肯尼亚", "city": "Nakuru"}.items():
        ws[f"{col[name]}3"] = value
    book.save(out)
    with ResultsFile.open(office_path) as results:
        report = import_table(results, out)
        assert report.stored == 2
        assert {(r.city, r.country) for r in results.records(year=2025)} == {("Lamu", "KEN"), ("Nakuru", "KEN")}
