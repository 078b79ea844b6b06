"""Small things a new user met beside the rules: what the status bar, `list`, `submit` and `check`
say, where Add record puts the cursor, which year a headquarters file opens on."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cli.main import main
from db.feedback import review_records
from db.merge import merge_files
from db.officefile import ResultsFile
from tests.grid_helpers import open_window, records
from desktop.vocabulary import COLUMNS


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


# --- the command line ----------------------------------------------------------------------------

def test_list_says_qualifiers_in_words(office_path):
    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN",
                              "city": "Nairobi", "qualifier": "at least"},
                             {"indicator": "1.1.a", "year": 2024, "value": 300, "country": "KEN", "city": "Lamu"}])
    table = run("list", office_path).output
    assert "at_least" not in table and " none " not in table
    nairobi = next(line for line in table.splitlines() if "Nairobi" in line)
    assert "at least" in nairobi
    csv = run("list", office_path, "--format", "csv").output
    assert ",at least," in csv and ",none," not in csv
    assert {r["qualifier"] for r in json.loads(run("list", office_path, "--format", "json").output)} == \
        {"at_least", "none"}  # JSON, for programs, keeps the stored codes


def test_a_second_submit_says_the_year_is_already_submitted(office_path):
    with ResultsFile.open(office_path) as results:
        results.add_record({"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN", "city": "Nairobi"})
    assert run("submit", office_path, "--year", "2024").exit_code == 0
    again = run("submit", office_path, "--year", "2024")
    assert again.exit_code == 1
    assert "ken.habitat: 2024 is already submitted; nothing to submit" in again.output
    assert "warning" not in again.output and "0 records" not in again.output
    empty = run("submit", office_path, "--year", "2023")
    assert empty.exit_code == 1 and "2023 has no records to submit" in empty.output


def test_one_record_sent_back_is_said_in_the_singular(office_path, tmp_path):
    with ResultsFile.open(office_path) as results:
        nairobi = results.add_record({"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN",
                                      "city": "Nairobi"})
        results.submit_year(2024)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [office_path])
    review_records(hq, [nairobi.id], "returned", "Source missing")
    out = run("check", hq, "--years", "2024").output
    assert "KEN 2024: returned (1 record sent back to the office, not yet received again)" in out
    assert "1 records" not in out


# --- the window ----------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, office_path, app_home):
    return open_window(qtbot, office_path)


def test_after_add_record_the_cursor_is_on_the_empty_city(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    assert window.grid.currentIndex().column() == COLUMNS.index("city")
    qtbot.keyClicks(window.grid, "N")  # typing opens the editor on the cell under the cursor
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "airobi")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell, the value (entity is between them)
    window.record_model.setData(window.record_model.index(0, COLUMNS.index("value")), 1200)
    assert [(r.city, r.value) for r in records(office_path)] == [("Nairobi", 1200)]


def test_a_declined_import_does_not_leave_the_earlier_import_on_the_status_bar(qtbot, window, office_path, tmp_path,
                                                                               monkeypatch):
    data = tmp_path / "results-2025.csv"
    data.write_text("indicator,year,value,country,city\n" + "".join(
        f"1.1.a,2025,{n}00,KEN,{city}\n" for n, city in enumerate(("Nairobi", "Lamu", "Kisumu", "Nakuru"), 1)),
        encoding="utf-8")
    window.office.import_file(data)
    qtbot.waitUntil(lambda: "imported" in window.statusBar().currentMessage(), timeout=20000)
    assert window.statusBar().currentMessage() == "4 record(s) imported from results-2025.csv"
    asked = []
    monkeypatch.setattr(window, "ask_import_duplicates", lambda source, problems: asked.append(problems) or False)
    window.office.import_file(data)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    qtbot.wait(50)  # the window settles after the question
    assert window.statusBar().currentMessage() == "Nothing imported from results-2025.csv"
    assert len(records(office_path)) == 4


def test_a_headquarters_file_opens_on_the_latest_year_received(qtbot, app_home, demo_dir, tmp_path):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [demo_dir / "ken.habitat", demo_dir / "bra.habitat"])
    with ResultsFile.open_readonly(hq) as results:
        latest = max(y for y in results.framework.years if results.status_counts(y))
    assert latest < results.framework.last_year  # the plan's last year has nothing received here
    window = open_window(qtbot, hq)
    assert window.year == latest
    assert window.year_box.currentData() == latest
