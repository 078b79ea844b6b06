"""Incomplete rows are kept in the file exactly as typed: across navigation, languages and reopening.

They are never records: not submitted, merged or exported.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.old_files import turn_into_schema
from db import schema
from db.merge import merge_files
from db.officefile import ResultsFile
from db.storage import StorageError
from exports.aggregate import aggregate_file
from tests.conftest import KENYA
from tests.grid_helpers import cell, open_window, records, unfinished
from desktop.record_model import RecordTableModel


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    return open_window(qtbot, office_path)


def start_a_city_row(window) -> None:
    """1.1.c counts cities: a row with a source but no city is not complete."""
    window.select_node("indicator", "1.1.c")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "source"), "Waste Wise Cities report ")


def test_an_incomplete_row_survives_clicking_another_node(qtbot, window, office_path):
    start_a_city_row(window)
    window.select_node("outcome", "1.2")
    assert window.record_model.rowCount() == 0
    window.select_node("indicator", "1.1.c")
    assert window.record_model.rowCount() == 1
    assert cell(window, 0, "source").data() == "Waste Wise Cities report"
    assert cell(window, 0, "status").data() == "incomplete"
    assert "required for 1.1.c" in cell(window, 0, "city").data(RecordTableModel.ProblemRole)
    assert window.problems_list.count() >= 1
    assert records(office_path) == []  # never a record while incomplete
    [row] = unfinished(office_path)
    assert (row.indicator, row.year, row.record_id) == ("1.1.c", window.year, None)
    assert row.cells["source"] == "Waste Wise Cities report"


def test_an_incomplete_row_survives_a_language_switch_and_reopening_the_file(qtbot, window, office_path):
    start_a_city_row(window)
    window.record_model.setData(cell(window, 0, "country"), "Narnia")
    window.set_language("zh")
    assert window.record_model.rowCount() == 1
    assert cell(window, 0, "country").data() == "Narnia"
    window.set_language("en")
    window.close()
    again = open_window(qtbot, office_path)
    again.select_node("indicator", "1.1.c")
    assert again.record_model.rowCount() == 1
    assert cell(again, 0, "country").data() == "Narnia"
    assert cell(again, 0, "country").data(RecordTableModel.ProblemRole).startswith("'Narnia' is not a country")
    assert again.record_model.unsaved_rows() == 0  # nothing to ask about on closing: it is kept


def test_completing_an_unfinished_row_makes_it_a_record_in_one_step(qtbot, window, office_path):
    start_a_city_row(window)
    window.record_model.setData(cell(window, 0, "city"), "Kisumu")
    [record] = records(office_path)
    assert (record.city, record.source, record.country) == ("Kisumu", "Waste Wise Cities report", "KEN")
    assert unfinished(office_path) == []
    with ResultsFile.open(office_path) as results:
        actions = [(e["action"], e["target"]) for e in results.audit_log()]
    assert ("finish", "unfinished_row") in actions and ("insert", "record") in actions
    window.undo_action.trigger()  # undo the addition: the record is deleted again
    assert records(office_path) == []


def test_deleting_an_unfinished_row_removes_it_from_the_file(qtbot, window, office_path):
    start_a_city_row(window)
    window.grid.setCurrentIndex(cell(window, 0, "source"))
    window.delete_action.trigger()
    assert window.record_model.rowCount() == 0
    assert unfinished(office_path) == []
    with ResultsFile.open(office_path) as results:
        assert results.audit_log()[-1]["action"] == "delete"


def test_a_refused_edit_of_a_record_survives_navigation_and_is_cleared_once_corrected(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), "70")
    window.record_model.setData(cell(window, 0, "value"), "12a5")
    window.select_node("outcome", "1.2")
    window.select_node("indicator", "1.1.a")
    assert cell(window, 0, "value").data() == "12a5"
    assert "not a whole number" in cell(window, 0, "value").data(RecordTableModel.ProblemRole)
    assert records(office_path)[0].value == 70
    [row] = unfinished(office_path)
    assert row.record_id == records(office_path)[0].id
    window.record_model.setData(cell(window, 0, "value"), "125")
    assert records(office_path)[0].value == 125
    assert unfinished(office_path) == []


def test_unfinished_rows_are_never_submitted_merged_or_exported(qtbot, window, office_path, tmp_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), "40")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 1, "country"), "Narnia")  # refused: stays unfinished
    window.record_model.setData(cell(window, 1, "value"), "500")
    [row] = unfinished(office_path)
    assert row.record_id is None and row.cells["value"] == "500"
    with ResultsFile.open(office_path) as results:
        assert results.submit_year(window.year) == 1
        assert results.count_unfinished(window.year) == 1
    annex = aggregate_file(office_path, years=[window.year], include_drafts=True)
    assert annex.result("1.1.a").total.value == 40
    window.close()
    # The office file with an unfinished row is accepted at headquarters; the row does not travel.
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [office_path])
    assert report.files[0].ok and report.files[0].added == 1
    with ResultsFile.open(hq) as results:
        assert results.unfinished_rows() == [] and len(results.records()) == 1


def test_a_file_from_before_unfinished_rows_opens_and_merges(tmp_path):
    old = tmp_path / "old.habitat"
    with ResultsFile.create(old, KENYA) as results:
        results.add_record({"indicator": "1.1.a", "year": 2023, "value": 5, "country": "KEN"})
        results.submit_year(2023)
    assert schema.MIGRATIONS[3][0] == "0004_unfinished_rows"
    turn_into_schema(old, 3)
    raw = sqlite3.connect(old)
    assert "unfinished_row" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()
    report = merge_files(tmp_path / "hq.habitat", [old])  # headquarters upgrades a copy: the file is untouched
    assert report.files[0].ok and report.files[0].added == 1
    with ResultsFile.open(old) as results:  # the office app upgrades it
        assert results.unfinished_rows() == []
        results.save_unfinished_row({"indicator": "1.1.a", "year": 2024, "value": "x"})
        assert results.count_unfinished(2024) == 1


def test_saving_an_unfinished_row_is_one_audited_transaction(office_path):
    with ResultsFile.open(office_path) as results:
        row = results.save_unfinished_row({"indicator": "1.1.c", "year": 2023, "city": ""})
        again = results.save_unfinished_row({"indicator": "1.1.c", "year": 2023, "city": "Kisu"}, row_id=row.id)
        assert again.id == row.id and again.cells["city"] == "Kisu"
        entries = [e for e in results.audit_log() if e["target"] == "unfinished_row"]
        assert [e["action"] for e in entries] == ["insert", "update"]
        assert entries[1]["old"] == {"indicator": "1.1.c", "year": 2023, "city": ""}
        blocker = sqlite3.connect(office_path, timeout=0)
        blocker.execute("BEGIN IMMEDIATE")
        try:
            results.conn.execute("PRAGMA busy_timeout = 0")
            with pytest.raises(StorageError, match="in use by"):  # a lock held elsewhere, in words
                results.save_unfinished_row({"indicator": "1.1.c", "year": 2023, "city": "Kisumu"}, row_id=row.id)
        finally:
            blocker.rollback()
            blocker.close()
        assert results.unfinished_row(row.id).cells["city"] == "Kisu"
