"""The desktop app driven through its real window (offscreen): entry, validation, undo, submit, languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from db.officefile import Office, ResultsFile
from desktop import i18n, plain_text
from desktop.app import create_window
from desktop.paths import default_office_file
from desktop.record_model import RecordTableModel
from desktop.settings import Settings
from desktop.tree_model import FrameworkTreeModel
from desktop.vocabulary import COLUMNS

KENYA = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


def cell(window, row: int, field: str):
    return window.record_model.index(row, COLUMNS.index(field))


def stored(path: Path, **filters):
    with ResultsFile.open(path) as results:
        return results.records(**filters)


def type_into_cell(qtbot, window, row: int, field: str, text: str):
    """Edit a cell as a user does: move there, type (which opens the editor), press Enter."""
    index = cell(window, row, field)
    window.grid.setCurrentIndex(index)
    window.grid.setFocus()
    qtbot.keyClicks(window.grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not window.grid, "typing did not start editing"
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    value = editor.text() if isinstance(editor, QLineEdit) else None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call: let the event loop run it.
    qtbot.waitUntil(lambda: window.grid.state() != window.grid.State.EditingState, timeout=20000)
    return value


def test_first_run_offers_to_create_the_office_profile(qtbot, monkeypatch):
    win = create_window(None, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentIndex() == 0  # the welcome page
    assert not default_office_file().exists()
    monkeypatch.setattr(win, "ask_office_profile", lambda: KENYA)
    win.create_profile_button.click()
    assert default_office_file().exists()
    assert win.pages.currentIndex() == 1
    assert win.results.office == KENYA
    # Next start opens it straight away.
    win.close()
    again = create_window(None, Settings(), lang="en")
    qtbot.addWidget(again)
    assert again.results is not None and again.results.path == default_office_file()


def test_first_run_can_open_the_demo_data(qtbot):
    win = create_window(None, Settings(), lang="en")
    qtbot.addWidget(win)
    win.open_demo_button.click()
    assert win.results.office.code == "KEN"
    assert win.record_model.rowCount() > 0


def test_enter_records_through_the_grid_and_find_them_after_reopening(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.add_action.trigger()
    assert window.record_model.rowCount() == 1
    assert type_into_cell(qtbot, window, 0, "value", "12500") == "12500"
    # A valid row is stored at once, no Save button.
    records = stored(office_path, indicator="1.1.a")
    assert [(r.year, r.value, r.country) for r in records] == [(2024, 12500, "KEN")]
    type_into_cell(qtbot, window, 0, "city", "Nairobi")
    window.record_model.setData(cell(window, 0, "qualifier"), "at_least")
    window.record_model.setData(cell(window, 0, "narrative"), "Water kiosks\nin Mathare")
    window.record_model.setData(cell(window, 0, "source"), "Project report")
    record = stored(office_path, indicator="1.1.a")[0]
    assert (record.city, record.qualifier, record.narrative, record.source) == (
        "Nairobi", "at_least", "Water kiosks\nin Mathare", "Project report")
    assert cell(window, 0, "value").data() == "12,500"
    assert cell(window, 0, "country").data() == "Kenya (KEN)"

    window.close()
    again = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(again)
    again.year_box.setCurrentIndex(again.year_box.findData(2024))
    again.select_node("indicator", "1.1.a")
    assert again.record_model.rowCount() == 1
    assert cell(again, 0, "city").data() == "Nairobi"
    assert again.tree_model.index_of("indicator", "1.1.a").siblingAtColumn(1).data() == "1"


def test_validation_problem_shows_on_the_cell_and_in_the_problems_panel(qtbot, window, office_path):
    window.select_node("indicator", "1.1.c")  # counts cities: a city is required
    window.add_action.trigger()
    model = window.record_model
    model.setData(cell(window, 0, "source"), "Waste Wise Cities report")
    assert stored(office_path) == []  # not valid yet, so not stored
    problem = cell(window, 0, "city").data(RecordTableModel.ProblemRole)
    assert problem and "required for 1.1.c" in problem
    assert cell(window, 0, "city").data(Qt.ItemDataRole.ToolTipRole) == plain_text.tooltip(problem)
    panel = [window.problems_list.item(i).text() for i in range(window.problems_list.count())]
    assert any("required for 1.1.c" in text for text in panel)
    type_into_cell(qtbot, window, 0, "city", "Kisumu")
    assert [r.city for r in stored(office_path)] == ["Kisumu"]
    assert window.problems_list.count() == 0

    # A refused edit of a stored record stays on the cell, marked, and the file keeps the old value.
    model.setData(cell(window, 0, "country"), "")
    assert cell(window, 0, "country").data(RecordTableModel.ProblemRole)
    assert window.problems_list.count() >= 1
    window.problems_list.itemClicked.emit(window.problems_list.item(0))
    assert window.grid.currentIndex().row() == 0
    assert stored(office_path)[0].country == "KEN"
    model.setData(cell(window, 0, "country"), "KEN")
    assert window.problems_list.count() == 0


def test_undo_and_redo_edits_additions_and_deletions(qtbot, window, office_path):
    window.select_node("indicator", "1.1.b")
    window.add_action.trigger()
    model = window.record_model
    model.setData(cell(window, 0, "value"), 300)
    model.setData(cell(window, 0, "value"), 450)
    assert stored(office_path)[0].value == 450
    window.undo_action.trigger()
    assert stored(office_path)[0].value == 300
    assert cell(window, 0, "value").data() == "300"
    window.redo_action.trigger()
    assert stored(office_path)[0].value == 450
    window.undo_action.trigger()
    window.undo_action.trigger()  # undo the addition: the record is deleted (a tombstone)
    assert stored(office_path) == []
    assert len(stored(office_path, include_deleted=True)) == 1
    assert model.rowCount() == 1 and model.is_new(0)  # the row as it was before the value was typed
    assert cell(window, 0, "value").data() == ""
    window.redo_action.trigger()
    assert [r.value for r in stored(office_path)] == [300] and model.rowCount() == 1
    window.grid.setCurrentIndex(cell(window, 0, "value"))
    window.delete_action.trigger()
    assert stored(office_path) == [] and model.rowCount() == 0
    window.undo_action.trigger()
    assert len(stored(office_path)) == 1 and model.rowCount() == 1
    window.grid.setCurrentIndex(cell(window, 0, "value"))
    window.duplicate_action.trigger()  # a copy to change: not a record until it differs
    assert len(stored(office_path)) == 1 and model.rowCount() == 2 and model.is_new(1)
    window.undo_action.trigger()
    assert len(stored(office_path)) == 1 and model.rowCount() == 1


def test_submit_a_year_locks_its_records(qtbot, window, office_path, monkeypatch):
    window.select_node("outcome", "1.1")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 1000)
    year = window.year
    seen = {}

    def confirm(year, to_submit, problems, unsaved, warnings=()):
        seen.update(year=year, to_submit=to_submit, problems=problems)
        return True

    monkeypatch.setattr(window, "confirm_submit", confirm)
    window.submit_action.trigger()  # the check runs in the background, then asks
    qtbot.waitUntil(lambda: "year" in seen, timeout=20000)
    assert seen == {"year": year, "to_submit": {"1.1.a": 1}, "problems": []}
    assert [r.status for r in stored(office_path)] == ["submitted"]
    index = cell(window, 0, "value")
    assert not window.record_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not window.record_model.setData(index, 5)
    assert "read-only" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.lock_banner.isVisible() and str(year) in window.lock_banner.text()
    assert window.narrative_edit.isReadOnly()
    assert window.tree_model.index_of("indicator", "1.1.a").siblingAtColumn(2).data() == "submitted"
    assert not window.undo_action.isEnabled()
    assert window.year_box.currentText() == f"{year} (submitted)"


def test_a_record_changed_while_the_submit_dialog_was_open_stops_the_submission(qtbot, window, office_path,
                                                                              monkeypatch):
    window.select_node("outcome", "1.1")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 1000)
    errors, asked = [], []

    def confirm(year, to_submit, problems, unsaved, warnings=()):
        asked.append(year)
        with ResultsFile.open(office_path) as other:  # another program changes the year meanwhile
            other.add_record({"indicator": "1.1.a", "year": year, "value": 7, "country": "KEN"})
        return True

    monkeypatch.setattr(window, "confirm_submit", confirm)
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append((title, message)))
    window.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert errors and "changed since it was checked; nothing was submitted" in errors[0][1]
    assert sorted(r.status for r in stored(office_path)) == ["draft", "draft"]


def test_submit_dialog_lists_problems_and_refuses_to_submit(qtbot, window):
    from desktop.dialogs import SubmitDialog

    dialog = SubmitDialog(2025, {"1.1.a": 3}, ["1.1.a Nairobi: value: required"], 1, window)
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()
    dialog = SubmitDialog(2025, {"1.1.a": 3}, [], 0, window)
    qtbot.addWidget(dialog)
    assert dialog.submit_button.isEnabled()


def test_switch_to_chinese(qtbot, window):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 10)
    window.language_actions["zh"].trigger()
    assert window.lang == "zh" and Settings().language == "zh"
    menus = [a.text() for a in window.menuBar().actions()]
    assert any("文件" in m for m in menus), menus
    assert "基本服务" in window.tree_model.index_of("outcome", "1.1").data()
    assert cell(window, 0, "country").data() == "肯尼亚 (KEN)"
    assert window.record_model.headerData(COLUMNS.index("value"), Qt.Orientation.Horizontal) == "数值"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The state survives the switch, and undo still reaches the same records.
    assert window.record_model.rowCount() == 1
    window.undo_action.trigger()
    assert window.record_model.rowCount() == 1 and window.record_model.is_new(0)  # the row, before typing
    assert window.record_model.record(0) is None


def test_search_filters_indicators_by_code_or_words(qtbot, window):
    window.search_box.setText("waste")
    proxy = window.tree_proxy
    shown = []

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(FrameworkTreeModel.KindRole) == "indicator":
                shown.append(index.data(FrameworkTreeModel.CodeRole))
            walk(index)

    walk(proxy.index(-1, -1))
    assert shown == ["1.1.b", "1.1.c", "1.1.d", "1.1.g"]
    shown.clear()
    window.search_box.setText("2.3.a")
    walk(proxy.index(-1, -1))
    assert shown == ["2.3.a"]
    shown.clear()
    window.search_box.setText("废物")  # Chinese names are searched too
    walk(proxy.index(-1, -1))
    assert "1.1.b" in shown


def test_outcome_narrative_is_saved(qtbot, window, office_path):
    window.select_node("outcome", "1.2")
    assert window.narrative_box.isVisible()
    window.narrative_edit.setPlainText("Tenure security improved in three settlements.")
    # Typing schedules the save after a pause; it fires only from the event loop, which runs
    # inside waitSignal, so the signal cannot be missed.
    assert window.narrative_box.timer.isActive()
    with qtbot.waitSignal(window.narrative_box.timer.timeout, timeout=20000):
        pass
    assert not window.narrative_box.timer.isActive()
    with ResultsFile.open(office_path) as results:
        assert results.outcome_narratives()[("1.2", window.year)] == "Tenure security improved in three settlements."


def test_import_runs_in_the_background_and_shows_its_problems(qtbot, window, office_path, tmp_path, monkeypatch):
    window.select_node("indicator", "1.1.a")
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator,year,value,country\n1.1.a,2025,100,KEN\n1.1.a,2031,-3,KEN\n", encoding="utf-8")
    shown = {}
    monkeypatch.setattr(window, "show_import_problems", lambda source, problems: shown.update(problems=problems))
    window.office.import_file(bad)
    qtbot.waitUntil(lambda: "problems" in shown, timeout=20000)
    assert any("line 3" in p and "2031" in p for p in shown["problems"])
    assert stored(office_path) == []
    good = tmp_path / "good.csv"
    good.write_text("indicator,year,value,country,city\n1.1.a,2025,100,KEN,Nairobi\n1.1.a,2025,250,KEN,Kisumu\n",
                    encoding="utf-8")
    window.office.import_file(good)
    qtbot.waitUntil(lambda: window.record_model.rowCount() == 2, timeout=20000)
    assert sorted(r.value for r in stored(office_path)) == [100, 250]


def test_merge_opens_the_merge_window(qtbot, window):
    # The export dialog and the merge window have their own tests (test_desktop_export.py,
    # test_desktop_merge.py).
    window.merge_action.trigger()
    assert window.merge_window.isVisible()
    assert window.merge_window.headquarters_path().name == "headquarters.habitat"
    window.merge_window.close()


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, demo_dir, tmp_path):
    path = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", path)
    with ResultsFile.open(path) as results:
        model = RecordTableModel(results)
        model.set_scope([i.code for i in results.framework.indicators()], 2024)
        assert model.rowCount() > 10
        qtmodeltester.check(model, force_py=True)
        model.add_new_row()
        qtmodeltester.check(model, force_py=True)
        tree = FrameworkTreeModel(results.framework)
        tree.update_counts(results.counts_by_indicator_status(2024))
        qtmodeltester.check(tree, force_py=True)
        from desktop.tree_model import IndicatorFilterProxy

        proxy = IndicatorFilterProxy()
        proxy.setSourceModel(tree)
        proxy.set_query("cities")
        qtmodeltester.check(proxy, force_py=True)


def test_large_table_reads_only_the_pages_shown(qtbot, office_path):
    rows = [{"indicator": "1.1.a", "year": 2025, "value": n, "country": "KEN", "city": f"City {n}"}
            for n in range(3000)]
    with ResultsFile.open(office_path) as results:
        results.add_records(rows)
    win = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(win)
    with qtbot.waitExposed(win, timeout=20000):  # before that, a repaint paints nothing
        win.show()
    win.year_box.setCurrentIndex(win.year_box.findData(2025))
    win.select_node("indicator", "1.1.a")
    model = win.record_model
    assert model.rowCount() == 3000
    last_page = 2999 // model.PAGE_SIZE
    assert last_page >= 4  # else "only the pages shown" would prove nothing
    model._pages.clear()
    win.grid.doItemsLayout()  # the layout Qt would do later, after the model reset
    win.grid.viewport().repaint()  # paints now, without waiting for the event loop
    print("pages read for the top:", list(model._pages))
    assert 0 in model._pages and len(model._pages) <= 2
    model._pages.clear()
    win.grid.scrollToBottom()
    win.grid.viewport().repaint()
    print("pages read for the bottom:", list(model._pages))
    assert last_page in model._pages and len(model._pages) <= 2
    assert cell(win, 2999, "city").data().startswith("City ")


def test_translation_is_built_from_the_committed_ts(app_home):
    qm = i18n.qm_file("zh")
    assert qm.is_file() and qm.stat().st_size > 1000
    assert app_home in qm.parents


def test_narrative_cell_takes_several_lines(qtbot, window, office_path):
    from desktop.delegates import NarrativeEditor

    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 40)
    index = cell(window, 0, "narrative")
    window.grid.setCurrentIndex(index)
    window.grid.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, NarrativeEditor)
    qtbot.keyClicks(editor, "First line")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not the end of editing
    qtbot.keyClicks(editor, "second line")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.grid.state() != window.grid.State.EditingState, timeout=20000)
    assert stored(office_path)[0].narrative == "First line\nsecond line"
    assert index.data() == "First line …"


def test_a_file_that_is_not_an_office_file_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.habitat"
    bogus.write_text("not a database", encoding="utf-8")
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    before = window.results.path
    assert not window.open_file(bogus)
    assert errors and "not a Habitat Results file" in errors[0]
    assert window.results.path == before  # the open file stays open


def test_language_and_recent_files_are_remembered(qtbot, window, office_path, demo_dir, tmp_path):
    other = tmp_path / "egy.habitat"
    shutil.copy(demo_dir / "egy.habitat", other)
    window.open_file(other)
    window.set_language("zh")
    window.close()
    settings = Settings()
    assert settings.recent_files()[:2] == [other.resolve(), office_path.resolve()]
    again = create_window(None, settings)
    qtbot.addWidget(again)
    assert again.lang == "zh"
    assert again.menuBar().actions()[0].text() == "文件(&F)"


def test_delete_key_empties_a_cell_and_the_validation_says_if_it_may(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    model = window.record_model
    model.setData(cell(window, 0, "value"), 70)
    model.setData(cell(window, 0, "source"), "Survey")
    window.grid.setCurrentIndex(cell(window, 0, "source"))
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert stored(office_path)[0].source == ""
    window.grid.setCurrentIndex(cell(window, 0, "value"))
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert "required" in cell(window, 0, "value").data(RecordTableModel.ProblemRole)
    assert stored(office_path)[0].value == 70


def test_the_cursor_stays_on_a_new_record_once_it_is_stored(qtbot, window, office_path):
    window.select_node("outcome", "1.1")
    window.add_action.trigger()
    model = window.record_model
    model.setData(cell(window, 0, "value"), 5)  # another record, stored first
    window.add_action.trigger()
    window.grid.setCurrentIndex(cell(window, 1, "value"))
    model.setData(cell(window, 1, "value"), 9)
    current = window.grid.currentIndex()
    assert current.data(RecordTableModel.RecordRole).value == 9
    assert current.column() == COLUMNS.index("value")


def test_layout_direction_is_set_explicitly_for_right_to_left_languages():
    assert i18n.layout_direction("ar_EG") == Qt.LayoutDirection.RightToLeft
    assert i18n.layout_direction("he_IL") == Qt.LayoutDirection.RightToLeft
    assert i18n.layout_direction("zh_CN") == Qt.LayoutDirection.LeftToRight


def test_unofficial_chinese_names_say_so(qtbot, window):
    window.set_language("zh")
    framework = window.results.framework
    outcome = framework.group("1.3")  # the report gives no Chinese name: ours is marked unofficial
    assert not outcome.name.is_official("zh")
    tip = window.tree_model.index_of("outcome", "1.3").data(Qt.ItemDataRole.ToolTipRole)
    assert outcome.name.get("zh") in tip and "非正式译文" in tip
    official = window.tree_model.index_of("outcome", "1.1").data(Qt.ItemDataRole.ToolTipRole)
    assert "非正式译文" not in official


def test_the_submission_check_finds_records_that_break_the_rules(office_path):
    import sqlite3

    from desktop.submission import summarize

    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2025, "value": 5, "country": "KEN"},
                             {"indicator": "1.1.c", "year": 2025, "country": "KEN", "city": "Kisumu"}])
    # A file from an older version (or edited by hand) may hold a record today's rules refuse.
    conn = sqlite3.connect(office_path)
    conn.execute("UPDATE record SET city = '' WHERE indicator = '1.1.c'")
    conn.commit()
    conn.close()
    with ResultsFile.open(office_path) as results:
        summary = summarize(results, 2025)
    assert summary.to_submit == {"1.1.a": 1, "1.1.c": 1}
    assert len(summary.problems) == 1 and "required for 1.1.c" in summary.problems[0]


def test_new_office_file_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "som.habitat"
    somalia = Office("SOM", "UN-Habitat Somalia Country Office", "SOM", "Africa")
    monkeypatch.setattr(window, "ask_office_profile", lambda: somalia)
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: target)
    window.new_action.trigger()
    assert window.results.path == target and window.results.office == somalia
    assert window.record_model.rowCount() == 0
    assert "Somalia" in window.windowTitle()
    # An existing file is never overwritten: the app says why and keeps the open file.
    errors = []
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.append(message))
    window.new_action.trigger()
    assert errors and "already exists" in errors[0]
    assert window.results.path == target


def test_office_profile_dialog_refuses_an_incomplete_profile(qtbot):
    from desktop.dialogs import OfficeProfileDialog

    dialog = OfficeProfileDialog("en")
    qtbot.addWidget(dialog)
    dialog.code.setText("KEN")
    dialog.accept()
    assert dialog.result() == 0 and "office's name" in dialog.problems.text()
    dialog.name.setText("UN-Habitat Kenya Country Office")
    dialog.country.setEditText("Kenya (KEN)")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.office() == Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "")


def test_an_edit_while_another_program_holds_the_file_is_refused_not_lost_silently(qtbot, window, office_path):
    import sqlite3

    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 10)
    window.results.conn.execute("PRAGMA busy_timeout = 50")  # do not wait the usual 5 s in a test
    other = sqlite3.connect(office_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    messages = []
    window.record_model.refused.connect(messages.append)
    assert not window.record_model.setData(cell(window, 0, "value"), 20)
    assert messages and "in use by" in messages[0] and str(office_path) in messages[0]
    other.execute("ROLLBACK")
    other.close()
    assert window.record_model.setData(cell(window, 0, "value"), 20)
    assert stored(office_path)[0].value == 20


def test_changing_the_year_of_a_record_moves_it_to_that_year(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    year = window.year
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 10)
    window.record_model.setData(cell(window, 0, "year"), year - 1)
    assert window.record_model.rowCount() == 0
    assert [r.year for r in stored(office_path)] == [year - 1]
    assert window.tree_model.index_of("indicator", "1.1.a").siblingAtColumn(1).data() == ""
    window.undo_action.trigger()
    assert window.record_model.rowCount() == 1
    assert window.tree_model.index_of("indicator", "1.1.a").siblingAtColumn(1).data() == "1"


def test_the_paging_api_the_grid_relies_on(demo_dir, tmp_path):
    path = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", path)
    with ResultsFile.open(path) as results:
        records = results.records(year=2024)
        ids = results.record_ids(year=2024)
        assert ids == [r.id for r in records] and len(ids) > 5
        picked = [ids[3], "no-such-id", ids[0]]
        assert [r.id for r in results.records_by_id(picked)] == [ids[3], ids[0]]
        results.add_records([{"indicator": "1.1.b", "year": 2025, "value": n, "country": "KEN"}
                             for n in range(1200)])
        all_ids = results.record_ids()
        many = results.records_by_id(all_ids)  # more ids than one SQL statement may bind
        assert [r.id for r in many] == all_ids and len(all_ids) == results.count_records() > 1200
        counts = results.counts_by_indicator_status(2024)
        assert sum(counts.values()) == len(records)
        assert {status for _, status in counts} == {"submitted"}


def test_validation_messages_are_shown_in_chinese_with_the_core_words_kept(qtbot, window):
    import re

    from db.errors import Problem
    from db.framework import get_framework
    from db.officefile import Office, check_office
    from db.validation import check_record
    from desktop.problem_text import localize

    framework = get_framework()
    bad_rows = [
        {}, {"indicator": "9.9.z", "year": 2031}, {"indicator": "1.2.e", "year": 2025},
        {"indicator": "1.1.a", "year": 2025, "country": "XXX", "city": "A" * 300},
        {"indicator": "1.1.a", "year": 2025, "city": "Nairobi", "value": "lots", "qualifier": "maybe"},
        {"indicator": "1.1.a", "year": 2025, "value": -4, "sex": "other"},
        {"indicator": "1.1.a", "year": 2025, "value": 10**13},
        {"indicator": "1.1.a", "year": 2025, "value": ""},
        {"indicator": "1.1.c", "year": 2025, "value": 3},
        {"indicator": "1.1.e", "year": 2025, "country": "KEN"},
        {"indicator": "1.2.c", "year": 2025},
        {"indicator": "1.2.b", "year": 2025, "country": "KEN", "city": "Nairobi", "sex": "female"},
    ]
    problems = {p.message: p for row in bad_rows for p in check_record(row, framework)[1]}
    problems |= {p.message: p for p in check_office(Office("K E N!", "", "KEN"))}
    assert len(problems) >= 18
    i18n.install_language("zh")
    for message, problem in problems.items():
        shown = localize(problem, "zh", framework)
        assert re.search("[\u4e00-\u9fff]", shown), f"not translated: {message}"
    required = Problem.of("value", "value_required", None, code="1.1.a", unit="people")
    assert required.message == "required for 1.1.a: a whole number of people"
    assert localize(required, "zh", framework) == "1.1.a 必填：人数（整数）"
    unknown = Problem("value", "something new from the core", code="from_a_newer_core")
    assert localize(unknown, "zh", framework) == "something new from the core"
    # In the window: the panel in Chinese, the tooltip with the core's own words as well.
    window.set_language("zh")
    window.select_node("indicator", "1.1.c")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "source"), "Waste Wise Cities")
    panel = window.problems_list.item(0).text()
    assert "必填" in panel and "required" not in panel
    tip = cell(window, 0, "city").data(Qt.ItemDataRole.ToolTipRole)
    assert "必填" in tip and "required for 1.1.c" in tip
