"""Duplicates and breakdowns ("of which") through the real window's import (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.dialogs import ImportProblemsDialog
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS
from exports.aggregate import aggregate_file

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

SIX = ("indicator,year,value,country,city\n1.1.d,2025,1200,KEN,Nairobi\n1.1.d,2025,600,KEN,Kisumu\n"
       "1.1.a,2025,300,KEN,Nairobi\n1.1.a,2025,50,KEN,Nakuru\n1.1.c,2025,,KEN,Nairobi\n1.1.c,2025,,KEN,Kisumu\n")


def records(path: Path) -> int:
    with ResultsFile.open(path) as results:
        return results.count_records()


def test_importing_a_file_twice_asks_and_refuses_by_default(qtbot, window, office_path, tmp_path, monkeypatch):
    data = tmp_path / "results-2025.csv"
    data.write_text(SIX, encoding="utf-8")
    window.office.import_file(data)
    qtbot.waitUntil(lambda: records(office_path) == 6, timeout=20000)
    asked, shown = [], []
    monkeypatch.setattr(window, "ask_import_duplicates", lambda source, problems: asked.append(problems) or False)
    monkeypatch.setattr(window, "show_import_problems", lambda source, problems: shown.append(problems))
    window.office.import_file(data)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert shown == []  # duplicates get the question, not the plain refusal
    assert "this file was already imported on" in asked[0][0]
    assert any(p.startswith("line 2: a duplicate of the record 1.1.d 2025 KEN Nairobi, 1,200") for p in asked[0])
    assert records(office_path) == 6
    assert aggregate_file(office_path, include_drafts=True).result("1.1.d").total.value == 1800
    # Answered "import anyway": the file is imported again, duplicates included.
    monkeypatch.setattr(window, "ask_import_duplicates", lambda source, problems: True)
    window.office.import_file(data)
    qtbot.waitUntil(lambda: records(office_path) == 12, timeout=20000)


def test_the_duplicates_dialog_offers_to_import_anyway(qtbot, window, tmp_path):
    problems = ["file: this file was already imported on 2026-12-01 10:00 UTC (as a.csv, 6 records)",
                "line 2: a duplicate of the record 1.1.d 2025 KEN Nairobi, 1,200 (draft, entered 2026-12-01)"]
    dialog = ImportProblemsDialog("a.csv", problems, window, duplicates=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.import_anyway is not None and dialog.listing.count() == 2
    dialog.grab().save(str(tmp_path / "duplicates.png"))
    QTimer.singleShot(0, dialog.import_anyway.click)
    assert dialog.exec() == ImportProblemsDialog.DialogCode.Accepted
    plain = ImportProblemsDialog("b.csv", ["line 2, year: 2031 lies outside"], window)
    qtbot.addWidget(plain)
    assert plain.import_anyway is None


def test_breakdown_rows_are_parts_of_their_total_in_the_window(qtbot, window, office_path, tmp_path, monkeypatch):
    header = window.record_model.headerData(COLUMNS.index("sex"), Qt.Orientation.Horizontal)
    assert header == "Of which: sex"
    tip = window.record_model.headerData(COLUMNS.index("sex"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "never added to the total" in tip
    shown, asked = [], []
    monkeypatch.setattr(window, "show_import_problems", lambda source, problems: shown.append(problems))
    monkeypatch.setattr(window, "ask_import_duplicates", lambda source, problems: asked.append(problems))
    too_many = tmp_path / "too-many.csv"
    too_many.write_text("indicator,year,value,country,city,sex\n1.1.d,2025,1200,KEN,Nairobi,\n"
                        "1.1.d,2025,1300,KEN,Nairobi,female\n", encoding="utf-8")
    window.office.import_file(too_many)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert asked == []  # not a duplicate: no "import anyway"
    assert any("line 3, sex: the parts by sex of 1.1.d 2025 KEN Nairobi (line 3: sex=female 1,300) add up to "
               "1,300, more than their total 1,200 (line 2)" in p for p in shown[0])
    assert records(office_path) == 0
    good = tmp_path / "good.csv"
    good.write_text("indicator,year,value,country,city,sex\n1.1.d,2025,1200,KEN,Nairobi,\n"
                    "1.1.d,2025,600,KEN,Nairobi,female\n", encoding="utf-8")
    window.office.import_file(good)
    qtbot.waitUntil(lambda: records(office_path) == 2, timeout=20000)
    result = aggregate_file(office_path, include_drafts=True).result("1.1.d")
    assert result.total.value == 1200 and result.by_disaggregation["sex"]["female"].value == 600


def test_the_grid_refuses_parts_above_their_total_on_the_cell(qtbot, office_path):
    with ResultsFile.open(office_path) as results:
        year = max(results.framework.years)
        total = results.add_record({"indicator": "1.1.d", "year": year, "value": 1200, "country": "KEN",
                                    "city": "Nairobi"})
        results.add_record({"indicator": "1.1.d", "year": year, "value": 600, "country": "KEN", "city": "Nairobi",
                            "sex": "female"})
    win = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    win.year_box.setCurrentIndex(win.year_box.findData(year))
    win.select_node("indicator", "1.1.d")
    model = win.record_model
    assert model.rowCount() == 2
    # The total cut below its part: refused, kept on the cell with both named.
    row = model.row_of(total.id)
    model.setData(model.index(row, COLUMNS.index("value")), "500")
    message = model.problem_for(total.id, "value")
    assert "more than their total 500 (this record)" in message and "sex=female 600" in message
    with ResultsFile.open(office_path) as results:
        assert results.record(total.id).value == 1200
    # A new part that would take the parts by sex above the total: refused on its sex cell.
    new = model.add_new_row({"indicator": "1.1.d", "city": "Nairobi", "value": 700})
    model.setData(model.index(new, COLUMNS.index("sex")), "male")
    assert "add up to 1,300, more than their total 1,200" in model.problem_for(model.key(new), "sex")
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 2
