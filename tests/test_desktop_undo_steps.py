"""Undo takes back exactly the user's last step, and the grid keeps the rules the import keeps (issue 19).

Driven through the real window with real keys: typing opens the cell's editor, Enter stores, Ctrl+Z
undoes, Ctrl+D duplicates.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.officefile import ResultsFile
from exports.aggregate import aggregate_file
from exports.check import check_file
from tests.grid_helpers import cell, open_window, records, unfinished
from tests.test_desktop_typing import type_into_cell

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    win = open_window(qtbot, office_path)
    win.select_node("indicator", "1.1.a")
    return win


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, key, modifier)


def undo_text(window) -> str:
    return window.undo_action.text().replace("&", "")


def shown(window, row: int, field: str):
    return cell(window, row, field).data()


def problem(window, row: int, field: str):
    return cell(window, row, field).data(window.record_model.ProblemRole)


def a_record_typed(qtbot, window, city: str, value: str) -> None:
    window.add_action.trigger()
    row = window.record_model.rowCount() - 1
    type_into_cell(qtbot, window, row, "city", city)
    type_into_cell(qtbot, window, row, "value", value)


def all_records(path):
    with ResultsFile.open(path) as results:
        return results.records(include_deleted=True)


def test_ctrl_z_after_typing_in_an_incomplete_row_takes_back_the_typing_not_the_record_before(
        qtbot, window, office_path):
    a_record_typed(qtbot, window, "Nairobi", "1200")
    assert [(r.city, r.value) for r in records(office_path)] == [("Nairobi", 1200)]
    window.add_action.trigger()
    type_into_cell(qtbot, window, 1, "city", "Kisumu")
    type_into_cell(qtbot, window, 1, "value", "12a5")  # refused: kept as an incomplete row
    named = undo_text(window)

    press(qtbot, window, Qt.Key.Key_Z)
    assert [(r.city, r.value, r.deleted) for r in all_records(office_path)] == [("Nairobi", 1200, False)]
    assert named == "Undo typing in Kisumu · Value"
    assert [row.cells.get("city") for row in unfinished(office_path)] == ["Kisumu"]
    assert unfinished(office_path)[0].cells.get("value") in (None, "")
    assert shown(window, 1, "city") == "Kisumu" and shown(window, 1, "value") == ""
    assert undo_text(window) == "Undo typing in Kisumu · City"

    press(qtbot, window, Qt.Key.Key_Z)  # the city typed: nothing of the row is left in the file
    assert unfinished(office_path) == []
    assert [(r.city, r.value, r.deleted) for r in all_records(office_path)] == [("Nairobi", 1200, False)]

    press(qtbot, window, Qt.Key.Key_Y)
    press(qtbot, window, Qt.Key.Key_Y)
    assert [row.cells for row in unfinished(office_path)][0]["value"] == "12a5"
    assert [(r.city, r.value, r.deleted) for r in all_records(office_path)] == [("Nairobi", 1200, False)]


def test_ctrl_z_after_a_refused_edit_puts_back_the_stored_value_and_leaves_nothing_in_the_file(
        qtbot, window, office_path):
    a_record_typed(qtbot, window, "Mombasa", "300")
    type_into_cell(qtbot, window, 0, "value", "-5")
    assert problem(window, 0, "value")  # refused, kept on its cell
    named = undo_text(window)

    press(qtbot, window, Qt.Key.Key_Z)
    assert [(r.city, r.value, r.deleted) for r in all_records(office_path)] == [("Mombasa", 300, False)]
    assert unfinished(office_path) == []  # no invisible {"value": "-5"} left behind
    assert named == "Undo typing in Mombasa · Value"
    assert shown(window, 0, "value") == "300" and not problem(window, 0, "value")
    assert undo_text(window) == "Undo Add record Mombasa"


def test_an_accepted_edit_after_a_refused_one_undoes_to_the_refused_text(qtbot, window, office_path):
    a_record_typed(qtbot, window, "Mombasa", "300")
    type_into_cell(qtbot, window, 0, "value", "-5")
    type_into_cell(qtbot, window, 0, "value", "350")
    assert records(office_path)[0].value == 350 and unfinished(office_path) == []
    press(qtbot, window, Qt.Key.Key_Z)
    assert records(office_path)[0].value == 300
    assert shown(window, 0, "value") == "-5" and problem(window, 0, "value")
    assert [row.cells for row in unfinished(office_path)] == [{"value": "-5"}]


def test_duplicate_makes_a_copy_to_change_not_a_second_record(qtbot, window, office_path):
    a_record_typed(qtbot, window, "Nairobi", "1000")
    window.grid.setCurrentIndex(cell(window, 0, "city"))
    press(qtbot, window, Qt.Key.Key_D)
    assert len(records(office_path)) == 1
    assert window.record_model.is_new(1) and "a copy of" in problem(window, 1, "value")
    assert aggregate_file(office_path, include_drafts=True).result("1.1.a").total.value == 1000
    assert check_file(office_path, include_drafts=True).ok
    assert undo_text(window) == "Undo Duplicate 1 row(s)"

    type_into_cell(qtbot, window, 1, "city", "Kisumu")  # now it differs: a record of its own
    assert sorted(r.city for r in records(office_path)) == ["Kisumu", "Nairobi"]


def test_a_row_typed_as_a_record_already_says_is_refused_unless_two_are_meant(qtbot, window, office_path):
    asked = []
    window.confirm_duplicate_record = lambda reason: asked.append(reason) or False
    a_record_typed(qtbot, window, "Nairobi", "1000")
    a_record_typed(qtbot, window, "Nairobi", "1000")
    assert len(records(office_path)) == 1 and len(asked) == 1
    assert "a duplicate of the record 1.1.a" in problem(window, 1, "value")
    assert aggregate_file(office_path, include_drafts=True).result("1.1.a").total.value == 1000

    window.confirm_duplicate_record = lambda reason: asked.append(reason) or True
    type_into_cell(qtbot, window, 1, "source", "Second project")  # still the same figure: meant, and confirmed
    assert len(asked) == 2
    assert [r.value for r in records(office_path)] == [1000, 1000]
    found = check_file(office_path, include_drafts=True)
    assert found.ok and [w.code for w in found.warnings].count("duplicate_in_office") == 1


def test_deleting_a_total_whose_part_remains_is_refused_on_its_cell(qtbot, office_path):
    with ResultsFile.open(office_path) as office:
        year = 2025
        office.add_records([{"indicator": "1.1.a", "year": year, "value": 1000, "country": "KEN", "city": "Nairobi"},
                            {"indicator": "1.1.a", "year": year, "value": 600, "country": "KEN", "city": "Nairobi",
                             "sex": "female"}])
    window = open_window(qtbot, office_path)
    window.year_box.setCurrentIndex(window.year_box.findData(year))
    window.select_node("indicator", "1.1.a")
    total_row = next(r for r in range(2) if not window.record_model.record(r).sex)
    window.grid.setCurrentIndex(cell(window, total_row, "value"))
    window.delete_action.trigger()
    assert [r.deleted for r in all_records(office_path)] == [False, False]
    assert "breakdown part" in problem(window, total_row, "value")
    assert "Nothing was deleted" in window.statusBar().currentMessage()



def test_deleting_a_record_with_a_refused_value_leaves_nothing_unseen_and_undo_brings_both_back(
        qtbot, window, office_path):
    a_record_typed(qtbot, window, "Mombasa", "300")
    type_into_cell(qtbot, window, 0, "value", "-5")
    window.grid.setCurrentIndex(cell(window, 0, "city"))
    window.delete_action.trigger()
    assert records(office_path) == [] and unfinished(office_path) == []
    press(qtbot, window, Qt.Key.Key_Z)
    assert [r.value for r in records(office_path)] == [300]
    assert [row.cells for row in unfinished(office_path)] == [{"value": "-5"}]
    assert shown(window, 0, "value") == "-5" and problem(window, 0, "value")


def test_undo_and_redo_of_a_second_identical_record_that_was_meant(qtbot, window, office_path):
    window.confirm_duplicate_record = lambda reason: True
    a_record_typed(qtbot, window, "Nairobi", "1000")
    a_record_typed(qtbot, window, "Nairobi", "1000")  # confirmed: two projects, the same figure
    assert [r.value for r in records(office_path)] == [1000, 1000]
    press(qtbot, window, Qt.Key.Key_Z)
    assert [r.value for r in records(office_path)] == [1000]
    press(qtbot, window, Qt.Key.Key_Y)  # redone as it was confirmed, not refused as a repeat
    assert [r.value for r in records(office_path)] == [1000, 1000]
