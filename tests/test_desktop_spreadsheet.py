"""Spreadsheet habits in the entry grid: paste and copy blocks, sort, filter, search, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from db.officefile import RecordQuery, ResultsFile
from desktop import grid_clipboard
from desktop.record_model import RecordTableModel
from desktop.vocabulary import COLUMNS
from tests.grid_helpers import cell, open_window, records, unfinished


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    return open_window(qtbot, office_path)


def shown(window, field: str) -> list[str]:
    model = window.record_model
    return [model.index(row, COLUMNS.index(field)).data() for row in range(model.rowCount())]


def paste_at(window, row: int, field: str, text: str) -> None:
    """Put text on the clipboard, move to the cell, press Ctrl+V as a user does."""
    QGuiApplication.clipboard().setText(text)
    window.grid.setCurrentIndex(cell(window, row, field))
    window.grid.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(window.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


# What LibreOffice puts on the clipboard for three rows of country, city, value (one value is wrong).
BLOCK = "Kenya\tNairobi\t1,200\nUganda\tKampala\t12a5\nKEN\tMombasa\t300\n"


def test_paste_a_block_from_a_spreadsheet_stores_valid_rows_and_keeps_the_others(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()  # a new row, to paste over
    paste_at(window, 0, "country", BLOCK)
    stored = sorted((r.country, r.city, r.value) for r in records(office_path))
    assert stored == [("KEN", "Mombasa", 300), ("KEN", "Nairobi", 1200)]
    [kept] = unfinished(office_path)
    assert (kept.cells["country"], kept.cells["city"], kept.cells["value"]) == ("UGA", "Kampala", "12a5")
    row = window.record_model.row_of(kept.id)
    assert cell(window, row, "value").data() == "12a5"
    assert "not a whole number" in cell(window, row, "value").data(RecordTableModel.ProblemRole)
    # One undo step takes the whole paste back, one redo puts it again.
    window.undo_action.trigger()
    assert records(office_path) == [] and unfinished(office_path) == []
    assert window.record_model.rowCount() == 1  # the empty row pasted over, as it was
    window.redo_action.trigger()
    assert len(records(office_path)) == 2 and len(unfinished(office_path)) == 1


CITIES = ["Nairobi", "Kisumu", "Mombasa", "Nakuru", "Eldoret", "Thika", "Malindi", "Garissa"]


def test_pasted_rows_keep_the_order_they_had_in_the_spreadsheet(qtbot, window, office_path):
    """The rows of one paste share their creation time: they stay in the pasted order, records and
    rows not accepted yet alike, in the grid, in the file and when the file is opened again."""
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    paste_at(window, 0, "country", "".join(f"KEN\t{city}\t{n}\n" for n, city in enumerate(CITIES, 1)))
    assert shown(window, "city") == CITIES
    assert [r.city for r in records(office_path)] == CITIES
    window.select_node("indicator", "1.1.b")
    window.add_action.trigger()
    paste_at(window, 0, "country", "".join(f"KEN\t{city}\t{n}x\n" for n, city in enumerate(CITIES, 1)))
    assert [row.cells["city"] for row in unfinished(office_path)] == CITIES
    again = open_window(qtbot, office_path)
    again.select_node("indicator", "1.1.a")
    assert shown(again, "city") == CITIES
    again.select_node("indicator", "1.1.b")
    assert shown(again, "city") == CITIES


def test_pasted_rows_are_checked_as_imported_rows(qtbot, window, office_path):
    """A row repeating a record is refused as an import refuses it (db.quality, the importer's checks)."""
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    paste_at(window, 0, "country", "Kenya\tNairobi\t5\nKenya\tKisumu\t6\nKenya\tNairobi\t5")
    assert sorted(r.city for r in records(office_path)) == ["Kisumu", "Nairobi"]
    [kept] = unfinished(office_path)
    row = window.record_model.row_of(kept.id)
    assert "duplicate" in window.record_model.index(row, COLUMNS.index("value")).data(RecordTableModel.ProblemRole)


def test_paste_over_records_edits_them_and_refuses_submitted_ones(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), "10")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 1, "value"), "20")
    paste_at(window, 0, "value", "11\n21")
    assert sorted(r.value for r in records(office_path)) == [11, 21]
    window.undo_action.trigger()
    assert sorted(r.value for r in records(office_path)) == [10, 20]


def test_a_block_wider_than_the_grid_is_refused_with_a_word(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    messages = []
    window.record_model.refused.connect(messages.append)
    paste_at(window, 0, "status", "a\tb\tc")
    assert messages and "columns" in messages[0]
    assert records(office_path) == []


def test_copy_a_block_as_tab_separated_text_and_paste_it_back(qtbot, window, office_path):
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    paste_at(window, 0, "country", "Kenya\tNairobi\t1200")
    window.record_model.setData(cell(window, 0, "narrative"), "Two lines\nof text, with \"quotes\"")
    grid = window.grid
    selection = grid.selectionModel()
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    block = QItemSelection(cell(window, 0, "country"), cell(window, 0, "value"))
    block.select(cell(window, 0, "narrative"), cell(window, 0, "narrative"))
    selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    grid.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == 'Kenya (KEN)\tNairobi\t1,200\t"Two lines\nof text, with ""quotes"""\n'
    assert grid_clipboard.parse_block(text) == [
        ["Kenya (KEN)", "Nairobi", "1,200", 'Two lines\nof text, with "quotes"']]


def some_records(window, office_path) -> None:
    with ResultsFile.open(office_path) as results:
        results.add_records([
            {"indicator": "1.1.a", "year": window.year, "country": "UGA", "city": "kampala", "value": 30},
            {"indicator": "1.1.a", "year": window.year, "country": "KEN", "city": "Nairobi", "value": 200},
            {"indicator": "1.1.a", "year": window.year, "country": "DEU", "city": "Berlin", "value": 1},
        ])
    window.select_node("outcome", "1.2")
    window.select_node("indicator", "1.1.a")


def click_header(window, field: str) -> None:
    window.grid.horizontalHeader().sectionClicked.emit(COLUMNS.index(field))


def test_sort_by_clicking_a_column_header(qtbot, window, office_path):
    some_records(window, office_path)
    unsorted = shown(window, "city")
    click_header(window, "city")
    assert shown(window, "city") == ["Berlin", "kampala", "Nairobi"]  # case does not scatter names
    click_header(window, "city")
    assert shown(window, "city") == ["Nairobi", "kampala", "Berlin"]
    click_header(window, "value")
    assert shown(window, "value") == ["1", "30", "200"]
    click_header(window, "country")  # by the name shown, not the code
    assert shown(window, "country") == ["Germany (DEU)", "Kenya (KEN)", "Uganda (UGA)"]
    click_header(window, "country")
    click_header(window, "country")  # a third click: the framework's order again
    assert shown(window, "city") == unsorted


def test_filter_by_city_country_status_and_value(qtbot, window, office_path):
    some_records(window, office_path)
    bar = window.grid_filter
    bar.city.setText("rob")
    bar.city.returnPressed.emit()
    assert shown(window, "city") == ["Nairobi"]
    bar.clear()
    bar.country.setText("uga")
    bar.country.returnPressed.emit()
    assert shown(window, "city") == ["kampala"]
    bar.clear()
    bar.value_min.setText("10")
    bar.value_max.setText("1,000")
    bar.value_max.returnPressed.emit()
    assert sorted(shown(window, "city")) == ["Nairobi", "kampala"]
    bar.clear()
    bar.status.setCurrentIndex(bar.status.findData("submitted"))
    assert window.record_model.rowCount() == 0
    bar.clear()
    assert window.record_model.rowCount() == 3


def test_sorting_and_filtering_run_in_sql(office):
    office.add_records([{"indicator": "1.1.a", "year": 2024, "country": c, "city": city, "value": v}
                        for c, city, v in (("KEN", "b_x", 5), ("KEN", "b%x", 7), ("UGA", "bax", 9))])
    ids = office.record_ids(indicators=["1.1.a"], year=2024, query=RecordQuery(city="b_"))
    assert [r.city for r in office.records_by_id(ids)] == ["b_x"]  # LIKE wildcards are typed text
    ids = office.record_ids(indicators=["1.1.a"], year=2024, query=RecordQuery(order="value", descending=True))
    assert [r.value for r in office.records_by_id(ids)] == [9, 7, 5]
    assert office.record_ids(indicators=["1.1.a"], year=2024, query=RecordQuery(countries=())) == []


def test_search_filters_the_tree_without_changing_the_grid(qtbot, window, office_path):
    some_records(window, office_path)
    window.grid.setCurrentIndex(cell(window, 1, "city"))
    window.search_box.setText("waste")  # 1.1.a is not among the matches
    assert window.record_model.indicators == ["1.1.a"]
    assert window.grid.currentIndex().row() == 1 and window.grid.currentIndex().column() == COLUMNS.index("city")
    window.search_box.setText("")
    assert window.record_model.indicators == ["1.1.a"]
    current = window.tree.currentIndex().siblingAtColumn(0)
    assert current.data().startswith("1.1.a")


def test_ctrl_f_focuses_the_search_and_tab_leaves_the_grid(qtbot, window):
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.grid.setFocus()
    QTest.keyClick(window.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    window.grid.setFocus()
    QTest.keyClick(window.grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.grid


def test_tree_grid_and_problems_have_accessible_names(window):
    assert window.tree.accessibleName() == "Results framework"
    assert window.grid.accessibleName() == "Records"
    assert window.problems_list.accessibleName() == "Problems"


def test_at_headquarters_filter_and_sort_by_office(qtbot, tmp_path):
    from db.merge import merge_files
    from tests.test_merge import EGYPT, make_office

    egy, ken = tmp_path / "egy.habitat", tmp_path / "ken.habitat"
    make_office(egy, EGYPT, n=2)
    make_office(ken, n=2)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken, egy])
    win = open_window(qtbot, hq, lang="en")
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("indicator", "1.1.a")
    model = win.record_model
    bar = win.grid_filter
    assert not bar.office.isHidden() and not bar.by_office.isHidden()
    bar.office.setCurrentIndex(bar.office.findData("EGY"))
    assert {model.record(r).office_code for r in range(model.rowCount())} == {"EGY"}
    bar.office.setCurrentIndex(0)
    bar.by_office.setChecked(True)
    offices = [model.record(r).office_code for r in range(model.rowCount())]
    assert offices == sorted(offices) and len(set(offices)) == 2


def test_undo_names_the_paste_in_the_language_switched_to(qtbot, window, office_path):
    """Pasted in English, then Chinese chosen: the undo entry is all Chinese (it read
    "撤销(U) Paste 8 row(s)"); and back in English after French."""
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    paste_at(window, 0, "country", "".join(f"KEN\t{city}\t{n}\n" for n, city in enumerate(CITIES, 1)))
    window.grid.setCurrentIndex(cell(window, 0, "value"))
    window.record_model.setData(cell(window, 0, "value"), "9")  # an edit: "Edit Value"
    assert window.undo_stack.text(window.undo_stack.count() - 2) == "Paste 8 row(s)"
    window.set_language("zh")
    assert window.undo_stack.text(window.undo_stack.count() - 2) == "粘贴 8 行"
    assert window.undo_action.text() == "撤销(&U) " + window.undo_stack.undoText()
    assert "Value" not in window.undo_stack.undoText() and "数值" in window.undo_stack.undoText()
    window.set_language("fr")
    assert window.undo_stack.text(window.undo_stack.count() - 2) == "Coller 8 ligne(s)"
    window.set_language("en")
    assert window.undo_stack.text(window.undo_stack.count() - 2) == "Paste 8 row(s)"
    window.undo_action.trigger()  # still undoes the edit, then the paste
    window.undo_action.trigger()
    assert records(office_path) == []
