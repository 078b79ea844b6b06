"""Help where the number is typed, and a workflow state that tells the truth (year, returned rows, conflicts)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import merge_files
from db.officefile import ResultsFile
from tests.test_merge import make_office
from tests.grid_helpers import open_window
from desktop.vocabulary import COLUMNS


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    return open_window(qtbot, office_path)


def test_selecting_an_indicator_shows_how_it_counts(qtbot, window):
    window.select_node("indicator", "1.1.c")
    text = window.indicator_help.plain_text()
    assert text.startswith("1.1.c")
    assert "Unit: cities" in text
    assert "a city counts once, however many records name it" in text
    assert "Nairobi entered in two records" in text  # an example of what counts once
    assert "Breakdowns: none" in text and "SDG indicators: 11.6.1" in text
    assert "2025 report: 38 in 2020–2025 (HSP/OECPR.2025/5, para. 23)" in text
    window.select_node("indicator", "1.1.a")
    text = window.indicator_help.plain_text()
    assert "Unit: people" in text and "adds up the records" in text
    assert "Breakdowns: sex, age group, disability" in text
    assert "2025 report: more than 3,900,000 in 2020–2025" in text


def test_at_an_outcome_the_help_follows_the_row_under_the_cursor(qtbot, window, office_path):
    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.1.b", "year": window.year, "country": "KEN", "value": 5}])
    window.select_node("outcome", "1.2")
    window.select_node("outcome", "1.1")
    assert window.indicator_help.code is None
    window.grid.setCurrentIndex(window.record_model.index(0, COLUMNS.index("value")))
    assert window.indicator_help.code == "1.1.b"
    assert window.indicator_help.plain_text().startswith("1.1.b")


def test_the_help_is_in_chinese_in_the_chinese_interface(qtbot, office_path):
    win = open_window(qtbot, office_path, lang="zh")
    win.select_node("indicator", "1.1.c")
    text = win.indicator_help.plain_text()
    assert "通过智慧减废城市方案" in text  # the indicator's own name
    assert "单位" in text and "计算方式" in text and "Unit" not in text


def returned_office(tmp_path):
    """An office file with 2022 submitted, one record returned by headquarters with a comment."""
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, years=(2022,), n=3)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    review_records(hq, [ids[0]], "returned", "The figure double-counts Kisumu; please split it.", who="amina")
    feedback = tmp_path / "ken-feedback.json"
    write_feedback(hq, "KEN", feedback)
    apply_feedback(ken, feedback)
    return ken, ids


def year_label(window, year: int) -> str:
    return window.year_box.itemText(window.year_box.findData(year))


def test_the_year_selector_says_submitted_partly_submitted_or_returned(qtbot, tmp_path):
    ken, ids = returned_office(tmp_path)
    win = open_window(qtbot, ken)
    assert year_label(win, 2022) == "2022 (returned)"
    with ResultsFile.open(ken) as results:
        results.submit_year(2022)
    win.session.notify(records=True)
    assert year_label(win, 2022) == "2022 (submitted)"
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("indicator", "1.1.a")
    win.add_action.trigger()
    win.record_model.setData(win.record_model.index(win.record_model.rowCount() - 1, COLUMNS.index("value")), "7")
    assert year_label(win, 2022) == "2022 (partly submitted)"
    assert year_label(win, 2023) == "2023"


def test_a_returned_record_shows_the_comment_who_and_when_on_its_row(qtbot, tmp_path):
    ken, ids = returned_office(tmp_path)
    win = open_window(qtbot, ken)
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    with ResultsFile.open(ken) as results:
        indicator = results.record(ids[0]).indicator
    win.select_node("indicator", indicator)
    model = win.record_model
    row = model.row_of(ids[0])
    tip = model.index(row, COLUMNS.index("value")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Returned by amina on" in tip and "double-counts Kisumu" in tip
    assert model.headerData(row, Qt.Orientation.Vertical).startswith("↩")
    assert model.index(row, COLUMNS.index("status")).data(Qt.ItemDataRole.DecorationRole) is not None
    others = [r for r in range(model.rowCount()) if r != row]
    assert all(not model.headerData(r, Qt.Orientation.Vertical).startswith("↩") for r in others)
