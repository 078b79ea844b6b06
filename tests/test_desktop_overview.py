"""The overview page in the real window (offscreen), on copies of the demo files: every chart's
numbers against the aggregation engine's for the same file, clicks that open the records behind a
bar or a cell, saving a chart, Chinese."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from db.completeness import office_years
from db.feedback import review_records
from db.merge import merge_files
from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.settings import Settings
from exports.aggregate import aggregate_file, open_for_export
from exports.overview import number
from tests.conftest import strings_of, untranslated

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture(autouse=True)
def open_on_the_overview(app_home, monkeypatch):
    """As the app does (tests/conftest.py opens files on their records for the grid's tests)."""
    from desktop.overview import OverviewTabs

    monkeypatch.setattr(OverviewTabs, "start_on_overview", True)


@pytest.fixture
def ken(demo_dir, tmp_path) -> Path:
    path = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", path)
    return path


@pytest.fixture
def hq(demo_dir, tmp_path) -> Path:
    folder = tmp_path / "offices"
    shutil.copytree(demo_dir, folder)
    path = tmp_path / "hq.habitat"
    merge_files(path, sorted(folder.glob("*.habitat")))
    with ResultsFile.open(path) as results:
        egy = [r.id for r in results.records(year=2021) if r.office_code == "EGY"][:2]
    review_records(path, egy, "returned", "source missing")
    return path


def open_window(qtbot, path: Path, lang: str = "en"):
    win = create_window(path, Settings(), lang=lang)
    qtbot.addWidget(win)
    win.resize(1360, 900)
    with qtbot.waitSignal(win.overview_tabs.page.ready, timeout=60_000):
        win.show()
    return win


def click(chart, key) -> None:
    rect = chart.key_rect(key)
    assert rect is not None, key
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_an_office_file_opens_on_its_overview_with_the_aggregations_figures(qtbot, ken):
    win = open_window(qtbot, ken)
    tabs, page = win.overview_tabs, win.overview_tabs.page
    assert tabs.currentWidget() is page
    annex = aggregate_file(ken, include_drafts=True)
    assert set(page.charts) == {r.code for r in annex.results}
    for result in annex.results:
        chart = page.charts[result.code]
        assert [(b.label, b.value) for b in chart.bars] == [(str(y), number(c)) for y, c in result.by_year.items()]
        assert [b.label for b in chart.bars if b.style == "selected"] == [str(win.year)]
    # The year's records per outcome: the same counts as the tree beside the grid.
    with ResultsFile.open(ken) as results:
        counts = results.counts_by_indicator_status(win.year)
        for row in page.status_chart.rows:
            _, outcome, year, _ = row.key
            codes = [i.code for i in results.framework.group(outcome).indicators if i.enterable]
            by_status = {s.status: s.value for s in row.segments}
            assert year == win.year
            assert sum(by_status.values()) == sum(n for (c, _), n in counts.items() if c in codes)
            assert by_status["submitted"] == sum(n for (c, s), n in counts.items()
                                                 if c in codes and s in ("submitted", "validated"))


def test_choosing_another_year_moves_the_highlight_without_recomputing(qtbot, ken):
    win = open_window(qtbot, ken)
    page = win.overview_tabs.page
    data = page.data
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    assert page.data is data
    assert [b.label for b in page.charts["1.1.a"].bars if b.style == "selected"] == ["2022"]
    assert "2022" in page.status_chart.title


def test_clicking_a_bar_opens_its_records_in_the_grid(qtbot, ken):
    win = open_window(qtbot, ken)
    page = win.overview_tabs.page
    chart = page.charts["1.1.a"]
    page.ensureWidgetVisible(chart)
    click(chart, ("indicator", "1.1.a", 2021, None))
    assert win.overview_tabs.currentWidget() is win.overview_tabs.records
    assert win.year == 2021 and win.nav.scope == ("indicator", "1.1.a")
    model = win.record_model
    with ResultsFile.open(ken) as results:
        assert model.rowCount() == results.count_records(indicator="1.1.a", year=2021)
    assert model.rowCount() > 0
    assert {model.record(row).indicator for row in range(model.rowCount())} == {"1.1.a"}


def test_clicking_an_outcome_opens_it_and_showing_the_overview_again_recomputes(qtbot, ken):
    win = open_window(qtbot, ken)
    page = win.overview_tabs.page
    click(page.status_chart, ("outcome", "1.2", win.year, None))
    assert win.nav.scope == ("outcome", "1.2")
    win.grid_view.add_record()
    model = win.record_model
    row = model.rowCount() - 1
    from desktop.vocabulary import COLUMNS
    for field, value in (("indicator", "1.2.a"), ("country", "KEN"), ("city", "Nakuru"), ("value", 1234)):
        assert model.setData(model.index(row, COLUMNS.index(field)), value)
    before = number(page.data.annex.result("1.2.a").by_year[win.year]) or 0
    with qtbot.waitSignal(page.ready, timeout=60_000):
        win.overview_tabs.setCurrentWidget(page)
    assert number(page.data.annex.result("1.2.a").by_year[win.year]) == before + 1234


def test_a_chart_is_saved_as_png_and_svg(qtbot, ken, tmp_path, monkeypatch):
    win = open_window(qtbot, ken, lang="zh")
    chart = win.overview_tabs.page.charts["1.1.a"]
    assert "非正规住区" in chart.title
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    monkeypatch.setattr(chart, "ask_save_path", lambda kind: str(png if kind == "png" else svg))
    chart.save_dialog("png")
    chart.save_dialog("svg")
    image = QImage(str(png))
    assert image.width() == 2 * chart.width() and image.height() == 2 * chart.height()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert "#0072b2" in colours  # the bars, in the palette's blue
    text = svg.read_text("utf-8")
    assert "非正规住区" in text and "2020" in text


def test_the_headquarters_overview_shows_completeness_and_merged_figures(qtbot, hq):
    win = open_window(qtbot, hq)
    page = win.overview_tabs.page
    annex = aggregate_file(hq)
    with open_for_export(hq) as results:
        states = office_years(results, annex.years)
    heat = page.heat_map
    assert {k: v[0] for k, v in heat.cells.items()} == {(s.office, s.year): s.state for s in states}
    assert heat.cells[("EGY", 2021)][0] == "returned"
    summary = page.widget().findChild(QLabel, "problem-summary")
    assert "2 records returned to their office" in summary.text()
    for dimension in ("year", "region", "office"):
        page.set_view("1", dimension)
        for indicator in [i for o in annex.framework.domains[0].children for i in o.indicators]:
            result = annex.result(indicator.code)
            bars = page.charts[indicator.code].bars
            expected = {"year": [number(c) for c in result.by_year.values()],
                        "region": [number(c) for c in result.by_region.values()],
                        "office": [number(c) for c in result.by_office.values()]}[dimension]
            assert [b.value for b in bars[:-2]] == expected
            assert (bars[-2].style, bars[-2].value) == ("total", number(result.total))
            assert (bars[-1].style, bars[-1].value) == ("report", indicator.report_value)


def test_clicking_a_heat_map_cell_selects_that_offices_records(qtbot, hq):
    win = open_window(qtbot, hq)
    page = win.overview_tabs.page
    click(page.heat_map, ("BRA", 2024))
    assert win.year == 2024 and win.nav.scope == ("domain", "1")
    model = win.record_model
    chosen = {index.row() for index in win.grid.selectionModel().selectedRows()}
    assert chosen and {model.record(row).office_code for row in chosen} == {"BRA"}
    assert chosen == {row for row in range(model.rowCount()) if model.record(row).office_code == "BRA"}


def test_every_string_of_the_overview_is_translated_into_chinese(tmp_path):
    """lupdate finds the strings of the overview and its charts; each has a Chinese translation."""
    ours = strings_of(tmp_path, "overview.py", "charts.py")
    assert len(ours) > 50
    assert untranslated(ours) == []



def test_a_to_do_clicked_in_its_panel_shows_the_records(qtbot, ken, monkeypatch):
    """The panels below belong to the records: using them leaves the overview (the list is rebuilt meanwhile)."""
    win = open_window(qtbot, ken)
    win.todo_list.addItem("a returned record")
    win.todo_list.itemClicked.disconnect()
    win.todo_list.itemClicked.connect(lambda item: win.todo_list.clear())
    item = win.todo_list.item(0)
    QTest.mouseClick(win.todo_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.todo_list.visualItemRect(item).center())
    assert win.overview_tabs.currentWidget() is win.overview_tabs.records


def test_the_export_dialog_asks_for_figures_in_the_pdf(qtbot, ken, monkeypatch):
    """File → Export annex…: the Figures box, for a PDF, gives a PDF whose last section draws the figures."""
    import pdfplumber
    from PySide6.QtWidgets import QDialog

    win = create_window(ken, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    finished, errors = [], []
    monkeypatch.setattr(win, "show_export_done", lambda path: finished.append(path))
    monkeypatch.setattr(win, "show_error", lambda title, message: errors.append(message))

    def ask_export(dialog):
        dialog.set_format("xlsx")
        assert not dialog.figures_box.isEnabled()  # the workbook always has its Charts sheet
        dialog.set_format("pdf")
        assert dialog.figures_box.isEnabled() and not dialog.figures_box.isChecked()
        dialog.figures_box.setChecked(True)
        assert dialog.choices().document.figures
        dialog.export_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(win, "ask_export", ask_export)
    win.export_action.trigger()
    qtbot.waitUntil(lambda: bool(finished or errors), timeout=240_000)
    assert errors == []
    with pdfplumber.open(finished[0]) as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "Each reported indicator's figure per reporting year" in text


def test_the_window_starts_without_loading_the_aggregation_engine(tmp_path):
    """Start-up does not pay for the overview: the exports package is loaded by the overview's worker."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from desktop.app import create_window\n"
            "app = QApplication([])\n"
            "window = create_window(None)\n"
            "window.show(); app.processEvents()\n"
            "print(sorted(m for m in sys.modules if m == 'exports' or m.startswith('exports.')))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HABITAT_RESULTS_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
