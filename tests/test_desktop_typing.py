"""What is typed in the grid is kept exactly: refused text stays on its cell with the reason."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from db.countries import match_country
from tests.grid_helpers import cell, open_window, records
from desktop.record_model import RecordTableModel


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    return open_window(qtbot, office_path)


def type_into_cell(qtbot, window, row: int, field: str, text: str) -> str:
    """Type into a cell as a user does (typing opens the editor), press Enter; returns the editor's text."""
    # Offscreen, a completer popup that closed leaves no window active (a desktop gives it back).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = cell(window, row, field)
    window.grid.setCurrentIndex(index)
    window.grid.setFocus()
    if text.isascii():
        qtbot.keyClicks(window.grid, text[0])
        editor = QApplication.focusWidget()
        assert editor is not window.grid, "typing did not start editing"
        if len(text) > 1:
            qtbot.keyClicks(editor, text[1:])
    else:  # Chinese comes from an input method: F2 opens the editor, the method commits the text
        qtbot.keyClick(window.grid, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not window.grid, "F2 did not start editing"
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
    popup = editor.completer().popup() if isinstance(editor, QLineEdit) and editor.completer() else None
    if popup is not None and popup.isVisible():
        popup.hide()  # Enter then goes to the cell, as when the user does not pick from the list
    typed = editor.text() if isinstance(editor, QLineEdit) else ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.grid.state() != window.grid.State.EditingState, timeout=20000)
    return typed


def a_stored_record(window, office_path) -> None:
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(cell(window, 0, "value"), 70)
    assert records(office_path)[0].value == 70


@pytest.mark.parametrize("typed, reason", [
    ("-250", "-250 is negative; counts are whole numbers of 0 or more"),
    ("12a5", "'12a5' is not a whole number of people"),
])
def test_a_refused_value_keeps_every_keystroke_and_says_why(qtbot, window, office_path, typed, reason):
    a_stored_record(window, office_path)
    assert type_into_cell(qtbot, window, 0, "value", typed) == typed
    assert cell(window, 0, "value").data() == typed
    assert cell(window, 0, "value").data(RecordTableModel.ProblemRole) == reason
    assert html.escape(reason) in cell(window, 0, "value").data(Qt.ItemDataRole.ToolTipRole)
    assert records(office_path)[0].value == 70  # refused: the file keeps the last accepted value
    # The editor opens again on what was typed, to be corrected.
    window.grid.setCurrentIndex(cell(window, 0, "value"))
    window.grid.edit(cell(window, 0, "value"))
    assert QApplication.focusWidget().text() == typed


def test_a_value_typed_with_thousands_separators_is_stored(qtbot, window, office_path):
    a_stored_record(window, office_path)
    type_into_cell(qtbot, window, 0, "value", "1,250")
    assert records(office_path)[0].value == 1250
    assert cell(window, 0, "value").data(RecordTableModel.ProblemRole) is None


@pytest.mark.parametrize("typed, code", [
    ("Somalia", "SOM"), ("som", "SOM"), ("ethiop", "ETH"), ("Uganda (UGA)", "UGA"), ("tanz", "TZA"),
])
def test_country_cell_takes_a_name_code_or_unique_prefix(qtbot, window, office_path, typed, code):
    a_stored_record(window, office_path)
    assert type_into_cell(qtbot, window, 0, "country", typed) == typed  # replaces, never appends
    assert records(office_path)[0].country == code
    assert cell(window, 0, "country").data(RecordTableModel.ProblemRole) is None


def test_kenya_typed_without_picking_from_the_list_is_kenya(qtbot, window, office_path):
    a_stored_record(window, office_path)
    type_into_cell(qtbot, window, 0, "country", "Somalia")
    type_into_cell(qtbot, window, 0, "country", "Kenya")
    assert records(office_path)[0].country == "KEN"


@pytest.mark.parametrize("typed", ["Narnia", "XYZ"])
def test_an_unknown_country_stays_on_the_cell_with_a_message(qtbot, window, office_path, typed):
    a_stored_record(window, office_path)
    assert type_into_cell(qtbot, window, 0, "country", typed) == typed
    assert cell(window, 0, "country").data() == typed
    problem = cell(window, 0, "country").data(RecordTableModel.ProblemRole)
    assert problem.startswith(f"'{typed}' is not a country")
    assert records(office_path)[0].country == "KEN"
    assert window.problems_list.count() == 1


def test_an_ambiguous_prefix_names_the_countries_it_could_be(qtbot, window, office_path):
    a_stored_record(window, office_path)
    type_into_cell(qtbot, window, 0, "country", "Nig")
    problem = cell(window, 0, "country").data(RecordTableModel.ProblemRole)
    assert problem == "'Nig' could be Niger, Nigeria: type more letters or the code"
    assert cell(window, 0, "country").data() == "Nig"


def test_country_names_in_chinese_match_in_the_chinese_interface(qtbot, office_path):
    win = open_window(qtbot, office_path, lang="zh")
    a_stored_record(win, office_path)
    type_into_cell(qtbot, win, 0, "country", "索马里")
    assert records(office_path)[0].country == "SOM"
    type_into_cell(qtbot, win, 0, "country", "纳尼亚")
    assert "纳尼亚" in cell(win, 0, "country").data(Qt.ItemDataRole.ToolTipRole)
    assert records(office_path)[0].country == "SOM"


def test_match_country_without_the_window():
    assert match_country("Kenya").code == "KEN"
    assert match_country("  kenya  ").code == "KEN"
    assert match_country("").code == ""
    assert match_country("Narnia").code is None and match_country("Narnia").candidates == ()
    assert set(match_country("Nig").candidates) == {"NER", "NGA"}
    assert match_country("肯尼亚", "zh").code == "KEN"


def test_text_past_the_limit_is_kept_and_refused_with_the_limit(qtbot, window, office_path):
    a_stored_record(window, office_path)
    typed = "Nairobi " + "x" * 196  # 204 characters; a city name holds at most 200
    assert type_into_cell(qtbot, window, 0, "city", typed) == typed
    assert cell(window, 0, "city").data() == typed
    assert cell(window, 0, "city").data(RecordTableModel.ProblemRole) == "too long (204 characters); at most 200"
    assert records(office_path)[0].city == ""
