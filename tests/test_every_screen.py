"""Every window and dialog in the pseudo-language (every text 40 % longer and bracketed) and in
Arabic (right to left), on a laptop's screen (1366×768 less the title bar and task bar): no text
cut at an edge, no window too big, no text left untranslated, every input named for a screen
reader. The pseudo-language is generated from the Chinese file's messages (tools/translations.py),
never shipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabBar, QWidget

from db.history import record_history
from db.merge import merge_files
from db.officefile import ResultsFile
from db.plans import read_plan_file
from desktop import i18n
from desktop.add_plan import AddPlanDialog
from desktop.app import create_window
from desktop.conflicts_dialog import ConflictsDialog
from desktop.dialogs import ImportProblemsDialog, OfficeProfileDialog, SubmitDialog
from desktop.entry_template import EntryTemplateDialog
from desktop.export_dialog import ExportDialog
from desktop.history_dialog import HistoryDialog
from desktop.settings import Settings
from desktop.status_dialog import StatusDialog
from desktop.vocabulary import COLUMNS
from tests.screens import SCREEN_HEIGHT, SCREEN_WIDTH, cut_texts, too_big, unnamed_inputs, untranslated_texts
from tools.translations import pseudo_translation

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

LANGUAGES = ["pseudo", "ar"]
EXAMPLE_PLAN = Path(__file__).parent / "data" / "example-plan-2026-2029.json"


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory) -> Path:
    if i18n.lrelease_program() is None:
        pytest.skip("lrelease is not shipped with this PySide6")
    folder = tmp_path_factory.mktemp("pseudo")
    return i18n.build_qm(pseudo_translation(folder / "habitat_pseudo.ts"), folder)


@pytest.fixture
def speak(pseudo_qm, monkeypatch):
    """Install a language of the screens: 'pseudo' (in French's place, so that the core's words are
    looked up by code and the window rebuilt in it on a switch) or a real one; returns the language
    code the window is given."""
    def install(lang: str) -> str:
        if lang == "pseudo":
            monkeypatch.setattr(i18n, "qm_file", lambda code: pseudo_qm if code == "fr" else None)
            return i18n.install_language("fr")
        return i18n.install_language(lang)
    return install


@pytest.fixture
def offices(demo_dir, tmp_path) -> dict[str, Path]:
    folder = tmp_path / "offices"
    folder.mkdir()
    out = {}
    for path in sorted(demo_dir.glob("*.habitat")):
        out[path.stem] = folder / path.name
        shutil.copy(path, out[path.stem])
    return out


def settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()


def look_at(screen: QWidget, lang: str, data=()) -> list[str]:
    """Everything wrong with ``screen`` as shown now."""
    settle(screen)
    found = too_big(screen) + cut_texts(screen) + unnamed_inputs(screen)
    if lang == "pseudo":
        found += untranslated_texts(screen, data)
    if lang == "ar":
        found += [] if screen.isRightToLeft() else [f"{type(screen).__name__} is not laid out right to left"]
    return found


def main_window(qtbot, path, lang):
    window = create_window(path, Settings(), lang=lang)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    return window


def data_of(window) -> list[QWidget]:
    """Widgets showing the file's own words (framework names, places, narratives, problems)."""
    return [window.scope_title, window.indicator_help, window.narrative_box, window.statusBar()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_office_window(qtbot, offices, speak, lang):
    code = speak(lang)
    window = main_window(qtbot, offices["ken"], code)
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("outcome", "1.1")
    window.grid_view.add_record()  # a row being entered, with its problems shown below
    model = window.record_model
    model.setData(model.index(model.rowCount() - 1, 0), "1.1.c")
    window.grid.setCurrentIndex(model.index(model.rowCount() - 1, COLUMNS.index("country")))
    assert look_at(window, lang, data_of(window)) == []
    window.overview_tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.overview_tabs.page.data is not None, timeout=60000)
    assert look_at(window, lang, data_of(window) + [window.overview_tabs.page]) == []
    box = window.export_done_box(offices["ken"].with_name("ken-annex.pdf"))  # after an export
    qtbot.addWidget(box)
    box.show()
    assert look_at(box, lang, [w for w in box.findChildren(QLabel) if "ken-annex.pdf" in w.text()]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_headquarters_window_and_its_dialogs(qtbot, offices, speak, tmp_path, lang):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, sorted(offices.values()))
    code = speak(lang)
    window = main_window(qtbot, hq, code)
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.select_node("outcome", "1.1")
    assert look_at(window, lang, data_of(window)) == []

    status = StatusDialog(window.results.framework, code, window)
    qtbot.addWidget(status)
    status.show()
    assert look_at(status, lang) == []
    conflicts = ConflictsDialog(hq, code, window)
    qtbot.addWidget(conflicts)
    conflicts.show()
    assert look_at(conflicts, lang) == []
    merge = window.open_merge_window()
    qtbot.addWidget(merge)
    assert look_at(merge, lang) == []
    window.overview_tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.overview_tabs.page.data is not None, timeout=60000)
    assert look_at(window, lang, data_of(window) + [window.overview_tabs.page]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_welcome_page(qtbot, speak, lang):
    window = main_window(qtbot, None, speak(lang))
    assert window.pages.currentIndex() == 0
    assert look_at(window, lang, [window.statusBar()]) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_dialogs_of_an_office(qtbot, offices, speak, lang):
    code = speak(lang)
    dialogs = [
        OfficeProfileDialog(code),
        SubmitDialog(2024, {"1.1.a": 3, "2.1.b": 1}, ["1.1.a 2024 · Nairobi: a problem to fix first"], 2,
                     warnings=["2.1.b: a figure far from the office's earlier years"]),
        ImportProblemsDialog("results-2024.csv", ["line 3, value: a problem"]),
        ImportProblemsDialog("results-2024.csv", ["line 3: a duplicate"], duplicates=True),
        EntryTemplateDialog(range(2020, 2026), 2024, code),
    ]
    for details in (False, True):
        export = ExportDialog(offices["ken"], range(2020, 2026), Settings(), code)
        export.show_details(details)
        dialogs.append(export)
    dialogs.append(AddPlanDialog(read_plan_file(EXAMPLE_PLAN), "ken.habitat", code, replaces="1"))
    with ResultsFile.open(offices["ken"]) as results:
        record = results.records(year=2024)[0]
        dialogs.append(HistoryDialog(record_history(results, record.id), code))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        data = [w for w in dialog.findChildren(QWidget) if w.objectName() == "data"]
        if isinstance(dialog, AddPlanDialog):  # the plan file's own name, years, counts and hash
            data = [label for key, label in dialog.rows.items() if key not in ("status", "replaces")]
            data += [dialog.layout().labelForField(label) for key, label in dialog.rows.items()
                     if key.startswith("level:")]  # the plan's names of its levels
        if isinstance(dialog, HistoryDialog):  # the record's own values and who changed them
            data = [dialog.summary, dialog.table]
        assert look_at(dialog, lang, data) == [], type(dialog).__name__


def test_a_planted_untranslated_string_and_a_cut_label_fail_the_checks(qtbot, speak):
    """The checks themselves: a label cut at its edge and a button left in English are found."""
    from PySide6.QtWidgets import QLabel, QPushButton

    speak("pseudo")
    dialog = OfficeProfileDialog("fr")
    qtbot.addWidget(dialog)
    layout = dialog.layout()
    planted = QPushButton("Export everything")  # not through tr(): stays English
    layout.addWidget(planted)
    cut = QLabel(dialog)
    cut.setText(QApplication.translate("OfficeProfileDialog", "Office name") * 20)
    cut.setGeometry(0, 0, 60, 20)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any("Export everything" in found for found in untranslated_texts(dialog))
    assert any("needs" in found and "QLabel" in found for found in cut_texts(dialog))


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_access_keys_are_unique_in_every_menu(qtbot, offices, lang, tmp_path):
    from tests.screens import duplicate_access_keys

    for path in (offices["ken"], None):
        window = create_window(path, Settings(), lang=lang)
        qtbot.addWidget(window)
        assert duplicate_access_keys(window) == []


def test_arabic_mirrors_the_window(qtbot, offices):
    window = main_window(qtbot, offices["ken"], "ar")
    assert window.isRightToLeft() and window.grid.isRightToLeft() and window.tree.isRightToLeft()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The tree sits on the right, the grid on its left.
    tree_x = window.tree.mapTo(window, window.tree.rect().topLeft()).x()
    grid_x = window.grid.mapTo(window, window.grid.rect().topLeft()).x()
    assert tree_x > grid_x
    # Codes keep their order inside Arabic text: "1.1.a", not "a.1.1".
    outcome = window.tree_proxy.index(0, 0, window.tree_proxy.index(0, 0))
    assert outcome.data().startswith("\u20661.1\u2069  ")
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.select_node("outcome", "1.1")
    window.grid_view.add_record()
    model = window.record_model
    model.setData(model.index(model.rowCount() - 1, 0), "1.1.c")
    window.grid.setCurrentIndex(model.index(model.rowCount() - 1, COLUMNS.index("country")))
    settle(window)
    problems = [window.problems_list.item(i).text() for i in range(window.problems_list.count())]
    assert any("\u20661.1.c\u2069" in text for text in problems), problems


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_a_laptop_screen_shows_15_rows_readable_names_and_problems(qtbot, offices, lang):
    window = main_window(qtbot, offices["ken"], lang)
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.select_node("outcome", "1.1")
    settle(window)
    assert window.size().toTuple() == (SCREEN_WIDTH, SCREEN_HEIGHT)
    assert window.grid.viewport().height() >= 15 * window.grid.rowHeight(0)
    # An indicator's name readable in the tree: about 55 characters beside the counts.
    assert window.tree.columnWidth(0) >= 55 * window.tree.fontMetrics().averageCharWidth()
    assert window.problems_list.height() >= 5 * window.problems_list.fontMetrics().lineSpacing()


def test_tab_follows_the_screen_and_esc_clears_the_search(qtbot, offices):
    from PySide6.QtTest import QTest

    window = main_window(qtbot, offices["ken"], "en")
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.select_node("outcome", "1.1")
    window.activateWindow()
    qtbot.waitActive(window)

    def tabbing(start, presses):
        start.setFocus(Qt.FocusReason.TabFocusReason)
        seen = []
        for _ in range(presses):
            focused = window.focusWidget()
            assert focused is not None, seen
            QTest.keyClick(focused, Qt.Key.Key_Tab)
            seen.append(window.focusWidget())
        return seen

    f = window.grid_filter
    assert tabbing(window.search_box, 8) == [window.tree, f.city, f.country, f.status, f.value_min, f.value_max,
                                             f.clear_button, window.grid]
    # From the problems, round to the year and the search, not back and forth with the toolbar.
    after = tabbing(window.problems_list, 4)
    docks = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]  # Problems | To do
    if after[0] in docks:  # the docks' tabs, under the problems
        after.pop(0)
    assert after[:3] == [window.year_box, window.overview_tabs.tabBar(), window.search_box]

    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, "water")
    assert window.search_box.text() == "water"
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""


@pytest.mark.parametrize("lang, unit", [("zh", "单位："), ("fr", "Unité\u00a0:"), ("en", "Unit:")])
def test_the_help_panel_writes_each_languages_colon(qtbot, offices, lang, unit):
    window = main_window(qtbot, offices["ken"], lang)
    window.select_node("indicator", "1.1.a")
    text = window.indicator_help.text.text()  # the label's own text: plain text turns U+00A0 into a space
    assert unit in text
    assert "单位:" not in text


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_charts_run_right_to_left_in_arabic(qtbot, direction):
    """Years from the right and bars growing to the left in a right-to-left window; clicks follow."""
    from desktop.charts import Bar, BarChart

    years = BarChart("1.1.a", [Bar("2024", 10, 2024), Bar("2025", 20, 2025)])
    qtbot.addWidget(years)
    years.setLayoutDirection(direction)
    years.resize(400, 200)
    first, last = years.key_rect(2024), years.key_rect(2025)
    assert (first.left() > last.left()) == (direction == Qt.LayoutDirection.RightToLeft)
    assert years.hit_at(first.center())[0] == 2024


def test_a_language_switch_keeps_the_laptop_layout(qtbot, offices):
    """Rebuilt in another language, the window keeps its 15 rows: the problems panel does not grow."""
    window = main_window(qtbot, offices["ken"], "en")
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.select_node("outcome", "1.1")
    settle(window)
    height = window.problems_dock.height()
    for lang in ("ar", "zh", "en"):
        window.set_language(lang)
        window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
        settle(window)
        assert window.problems_dock.height() <= height + 2, lang
        assert window.grid.viewport().height() >= 15 * window.grid.rowHeight(0), lang
