"""The window across plans: the tree, its level names and the grid follow the selected year's plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.officefile import ResultsFile
from db.plans import add_plan, read_plan_file
from tests.grid_helpers import open_window
from tests.test_plans import three_levels

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

EXAMPLE = Path(__file__).parent / "data" / "example-plan-2026-2029.json"


def tree_codes(window) -> list[str]:
    model = window.tree_model
    codes = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            codes.append(index.data(model.CodeRole))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return codes


def test_the_tree_switches_plans_with_the_year(qtbot, office_path):
    with ResultsFile.open(office_path) as results:
        add_plan(results, read_plan_file(EXAMPLE))
        results.add_record({"indicator": "A.1.a", "year": 2026, "value": 40, "country": "KEN"})
    window = open_window(qtbot, office_path)
    years = [window.year_box.itemData(i) for i in range(window.year_box.count())]
    assert years == list(range(2020, 2030))
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    assert "1.1.a" in tree_codes(window) and "A.1.a" not in tree_codes(window)
    window.year_box.setCurrentIndex(window.year_box.findData(2026))
    assert tree_codes(window) == ["A", "A.1", "A.1.a", "A.1.b", "A.1.c", "B", "B.1", "B.1.a"]
    assert window.scope_title.text() == "A.1  EXAMPLE outcome: access to adequate housing — 2026"
    window.select_node("indicator", "A.1.a")
    assert window.record_model.rowCount() == 1
    assert window.record_model.framework.id == "EXAMPLE-SP2026-2029"
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    assert "1.1.a" in tree_codes(window) and window.record_model.framework.id == "SP2020-2025"


def test_add_plan_shows_what_the_plan_holds_and_adds_it(qtbot, office_path, monkeypatch, tmp_path):
    from desktop import add_plan as add_plan_ui

    window = open_window(qtbot, office_path)
    before = office_path.read_bytes()
    shown = []
    answers = iter([False, True])

    def ask_add(dialog):
        shown.append({key: label.text() for key, label in dialog.rows.items()})
        return next(answers)

    monkeypatch.setattr(add_plan_ui, "ask_plan_path", lambda w: EXAMPLE)
    monkeypatch.setattr(add_plan_ui, "ask_add", ask_add)
    assert window.add_plan_action.isEnabled() and window.add_plan_action.text() == "Add &plan…"

    window.add_plan_action.trigger()  # cancelled: nothing written
    assert shown[0]["id"] == "EXAMPLE-SP2026-2029 1.0" and shown[0]["years"] == "2026–2029"
    assert shown[0]["level:domain"] == "2" and shown[0]["level:outcome"] == "2" and shown[0]["indicators"] == "4"
    assert shown[0]["status"] == "final" and shown[0]["sha256"] == read_plan_file(EXAMPLE).plan.sha256
    assert office_path.read_bytes() == before
    assert window.year_box.findData(2026) == -1

    window.add_plan_action.trigger()  # added
    assert window.year_box.findData(2026) != -1
    assert "ken.habitat now holds the plan EXAMPLE-SP2026-2029 1.0: 2026–2029 are open for entry." in (
        window.statusBar().currentMessage())
    with ResultsFile.open_readonly(office_path) as results:
        assert [p.label() for p in results.plans] == ["SP2020-2025 1.0", "EXAMPLE-SP2026-2029 1.0"]
    window.year_box.setCurrentIndex(window.year_box.findData(2027))
    assert tree_codes(window)[:3] == ["A", "A.1", "A.1.a"]
    window.select_node("indicator", "A.1.b")
    window.add_action.trigger()
    assert window.record_model.rowCount() == 1  # a row of the new plan's year, ready to type in

    # A plan overlapping one the file holds is refused, by name, and changes nothing.
    overlapping = tmp_path / "other.json"
    data = __import__("json").loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(id="OTHER", period={"first_year": 2029, "last_year": 2030})
    overlapping.write_text(__import__("json").dumps(data), encoding="utf-8")
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    assert add_plan_ui.add_plan_dialog(window, overlapping) is None
    assert "overlaps the plan EXAMPLE-SP2026-2029 1.0 (2026–2029)" in errors[0]


def test_the_add_plan_strings_are_translated_in_every_language(tmp_path):
    from tests.conftest import strings_of, untranslated

    ours = strings_of(tmp_path, "add_plan.py", "office_work.py")
    assert ("AddPlan", "Add &plan…") in ours
    assert untranslated(ours) == []


def test_the_overview_follows_the_plan_of_the_year_chosen(qtbot, office_path, monkeypatch):
    from desktop.app import create_window
    from desktop.overview import OverviewTabs
    from desktop.settings import Settings

    monkeypatch.setattr(OverviewTabs, "start_on_overview", True)  # the tests' default is the records

    with ResultsFile.open(office_path) as results:
        results.add_record({"indicator": "1.1.a", "year": 2024, "value": 10, "country": "KEN"})
        add_plan(results, read_plan_file(EXAMPLE))
        results.add_record({"indicator": "A.1.a", "year": 2026, "value": 40, "country": "KEN"})
    window = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(window)
    page = window.overview_tabs.page
    with qtbot.waitSignal(page.ready, timeout=60_000):
        window.show()
    assert window.overview_tabs.currentWidget() is page
    with qtbot.waitSignal(page.ready, timeout=60_000):
        window.year_box.setCurrentIndex(window.year_box.findData(2026))
    assert set(page.charts) == {"A.1.a", "A.1.b", "A.1.c", "B.1.a"}
    assert [(b.label, b.value) for b in page.charts["A.1.a"].bars][:1] == [("2026", 40)]
    with qtbot.waitSignal(page.ready, timeout=60_000):
        window.year_box.setCurrentIndex(window.year_box.findData(2024))
    assert "1.1.a" in page.charts and "A.1.a" not in page.charts


def test_the_overview_trend_follows_a_crosswalked_indicator_across_the_two_plans(qtbot, office_path, monkeypatch):
    """The EXAMPLE plan's A.2.a continues 1.2.c of 2020–2025 (its crosswalk): its chart shows 1.2.c's years
    in grey before its own, and a click on one opens that year's records under the earlier plan."""
    from desktop.app import create_window
    from desktop.overview import OverviewTabs
    from desktop.settings import Settings

    example = Path(__file__).resolve().parents[1] / "resources" / "plans" / "examples" / "example-2026-2029.plan.json"
    monkeypatch.setattr(OverviewTabs, "start_on_overview", True)
    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.2.c", "year": 2023, "country": "KEN"},
                             {"indicator": "1.2.c", "year": 2024, "country": "KEN"},
                             {"indicator": "1.2.c", "year": 2024, "country": "UGA"}])
        add_plan(results, read_plan_file(example))
        results.add_record({"indicator": "A.2.a", "year": 2026, "country": "KEN"})
    window = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(window)
    window.resize(1360, 900)
    page = window.overview_tabs.page
    with qtbot.waitSignal(page.ready, timeout=60_000):
        window.show()
    with qtbot.waitSignal(page.ready, timeout=60_000):
        window.year_box.setCurrentIndex(window.year_box.findData(2026))
    bars = page.charts["A.2.a"].bars
    assert [(b.label, b.value, b.style) for b in bars][:6] == [
        ("2020", None, "earlier"), ("2021", None, "earlier"), ("2022", None, "earlier"), ("2023", 1, "earlier"),
        ("2024", 2, "earlier"), ("2025", None, "earlier")]
    assert [(b.label, b.value, b.style) for b in bars][6] == ("2026", 1, "selected")
    assert "grey: 1.2.c of SP2020-2025 1.0, which it continues" in page.charts["A.2.a"].note
    assert all(b.style != "earlier" for b in page.charts["A.1.a"].bars)  # not crosswalked
    page.charts["A.2.a"].activated.emit(bars[4].key)  # the 2024 bar: its records, under 2020–2025
    assert window.year == 2024 and window.record_model.indicators == ["1.2.c"]
    assert window.record_model.rowCount() == 2


def test_the_plan_strings_of_the_overview_are_translated_in_every_language(tmp_path):
    from tests.conftest import strings_of, untranslated

    ours = strings_of(tmp_path, "overview.py", "check_text.py", "tree_model.py", "navigation.py")
    assert ("OverviewPage", "grey: {code} of {plan}, which it continues") in ours
    assert untranslated(ours) == []


def test_a_plan_of_three_levels_shows_each_level_in_the_tree_and_takes_its_records(qtbot, office_path, tmp_path):
    with ResultsFile.open(office_path) as results:
        add_plan(results, read_plan_file(three_levels(tmp_path)))
        results.add_record({"indicator": "A.1.a", "year": 2026, "value": 40, "country": "KEN"})
        results.set_outcome_narrative("A.1.x", 2026, "EXAMPLE narrative of an output")
    window = open_window(qtbot, office_path)
    window.year_box.setCurrentIndex(window.year_box.findData(2026))
    assert tree_codes(window)[:5] == ["A", "A.1", "A.1.x", "A.1.a", "A.1.b"]
    model = window.tree_model
    assert model.index_of("domain", "A.1").isValid() and model.index_of("outcome", "A.1.x").isValid()
    assert model.index_of("outcome", "A.1.x").data(Qt.ItemDataRole.ToolTipRole).startswith("Output: ")
    assert model.index_of("domain", "A").data(Qt.ItemDataRole.ToolTipRole).startswith("Impact area: ")
    window.select_node("domain", "A")  # an impact area shows the records of every indicator under it
    assert window.record_model.rowCount() == 1
    window.select_node("outcome", "A.1.x")
    assert window.narrative_box.edit.toPlainText() == "EXAMPLE narrative of an output"


def test_feedback_that_brings_a_plan_opens_its_years_in_the_window(qtbot, office_path, tmp_path, monkeypatch):
    from db.feedback import write_feedback
    from db.merge import merge_files
    from db.merge_store import open_headquarters

    hq = tmp_path / "hq.habitat"
    headquarters, _ = open_headquarters(hq, create=True)
    with headquarters:
        add_plan(headquarters, read_plan_file(EXAMPLE))
    with ResultsFile.open(office_path) as results:
        results.add_record({"indicator": "1.1.a", "year": 2024, "value": 10, "country": "KEN"})
        results.submit_year(2024)
    merge_files(hq, [office_path], who="hq")
    write_feedback(hq, "KEN", tmp_path / "ken-feedback.json")
    window = open_window(qtbot, office_path)
    infos = []
    monkeypatch.setattr(window, "show_info", lambda title, message: infos.append(message))
    assert window.year_box.findData(2026) == -1
    window.office.apply_feedback_file(tmp_path / "ken-feedback.json")
    qtbot.waitUntil(lambda: bool(infos), timeout=60_000)
    assert "The plan EXAMPLE-SP2026-2029 1.0 from headquarters was added: its years are open for entry." in infos[0]
    assert window.year_box.findData(2026) != -1  # the window's own file knows the plan now
    window.year_box.setCurrentIndex(window.year_box.findData(2026))
    assert tree_codes(window)[:3] == ["A", "A.1", "A.1.a"]
    window.select_node("indicator", "A.1.a")
    window.add_action.trigger()
    assert window.record_model.rowCount() == 1


def test_records_of_an_indicator_a_newer_version_removed_are_shown_read_only(qtbot, office_path, tmp_path):
    import json

    with ResultsFile.open(office_path) as results:
        add_plan(results, read_plan_file(EXAMPLE))
        kept = results.add_record({"indicator": "B.1.a", "year": 2026, "country": "KEN", "city": "Nairobi"})
        data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["version"], data["domains"] = "1.1", data["domains"][:1]  # B and B.1.a removed
        (tmp_path / "v11.json").write_text(json.dumps(data), encoding="utf-8")
        add_plan(results, read_plan_file(tmp_path / "v11.json"))
    window = open_window(qtbot, office_path)
    window.year_box.setCurrentIndex(window.year_box.findData(2026))
    assert tree_codes(window)[-2:] == ["REMOVED", "B.1.a"]
    assert window.tree_model.index_of("domain", "REMOVED").data() == "Removed from the plan (read-only)"
    window.select_node("indicator", "B.1.a")
    model = window.record_model
    assert model.rowCount() == 1 and model.record(0).id == kept.id
    assert not any(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(model.columnCount()))
    assert not window.add_action.isEnabled()
    assert window.lock_banner.text() == ("B.1.a was removed from the plan by its newer version: its records are "
                                         "kept, read-only, and not counted.")
    window.select_node("indicator", "A.1.a")
    assert window.add_action.isEnabled()
