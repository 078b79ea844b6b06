"""A figure of the overview explained in the window: right-click a chart, 'Explain this figure…' opens
the records behind it with what the counting rule did, the same as `explain` and the annex."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.feedback import review_records
from db.merge import merge_files
from db.officefile import ResultsFile
from exports.aggregate import aggregate_file
from exports.explain import explain_file
from tests.test_desktop_overview import open_window

pytestmark = pytest.mark.usefixtures("app_home")


@pytest.fixture(autouse=True)
def open_on_the_overview(app_home, monkeypatch):
    from desktop.overview import OverviewTabs

    monkeypatch.setattr(OverviewTabs, "start_on_overview", True)


@pytest.fixture
def hq(demo_dir, tmp_path) -> Path:
    folder = tmp_path / "offices"
    shutil.copytree(demo_dir, folder)
    path = tmp_path / "hq.habitat"
    merge_files(path, sorted(folder.glob("*.habitat")))
    with ResultsFile.open(path) as results:
        egy = [r.id for r in results.records(indicator="1.1.a") if r.office_code == "EGY"][:1]
    review_records(path, egy, "returned", "source missing")
    return path


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_figure_of_the_overview_opens_the_records_behind_it(qtbot, hq, lang):
    win = open_window(qtbot, hq, lang)
    page = win.overview_tabs.page
    chart = page.charts["1.1.a"]
    [action] = chart.actions()
    assert action.text() == ("Explain this figure…" if lang == "en" else "解释这个数字…")
    action.trigger()
    dialog = page.explanation_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    annex = aggregate_file(hq)
    expected = explain_file(hq, "1.1.a")
    assert dialog.explanation.figure == annex.result("1.1.a").total == expected.figure
    table = dialog.table
    assert table.rowCount() == len(expected.records)
    ids = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert ids == [r.record_id for r in expected.records]
    fates = [table.item(row, table.columnCount() - 1).text() for row in range(table.rowCount())]
    if lang == "en":
        assert any(f == "not counted: returned to the office" for f in fates)
        assert "1.1.a, 2020–2025:" in dialog.summary.text()
    else:
        assert any(f == "不计入：已退回办事处" for f in fates)
        assert table.horizontalHeaderItem(0).text() == "记录"
    counted = sum(int(table.item(row, 11).text() or 0) for row in range(table.rowCount()))
    assert counted == annex.result("1.1.a").total.value
    # One year's figure.
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2022))
    assert dialog.explanation.figure == annex.result("1.1.a").by_year[2022]
    dialog.grab().save(str(hq.parent / f"explain-{lang}.png"))
