"""The app's text fields follow the limits of the rule set in db/validation.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from db.officefile import ResultsFile
from db.validation import TEXT_LIMITS
from desktop.delegates import NarrativeEditor
from desktop.dialogs import OfficeProfileDialog
from desktop.vocabulary import COLUMNS

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


def test_the_outcome_narrative_box_stops_at_the_limit_and_what_it_keeps_is_stored(qtbot, window, office_path):
    limit = TEXT_LIMITS["outcome_narrative"]
    window.select_node("outcome", "1.2")
    assert isinstance(window.narrative_edit, NarrativeEditor)
    window.narrative_edit.setPlainText("y" * (limit + 500))  # a paste longer than a narrative may be
    assert len(window.narrative_edit.toPlainText()) == limit
    assert window.save_outcome_narrative()
    with ResultsFile.open(office_path) as results:
        assert len(results.outcome_narratives()[("1.2", window.year)]) == limit
        assert results.check() == []


def test_grid_text_editors_take_their_limits_from_the_rule_set(qtbot, window):
    """A grid cell keeps text past its limit (nothing typed is dropped) and refuses it, naming the limit."""
    from desktop.record_model import RecordTableModel

    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    window.record_model.setData(window.record_model.index(0, COLUMNS.index("value")), "5")  # a stored record
    for field in ("city", "entity", "source"):
        index = window.record_model.index(0, COLUMNS.index(field))
        window.grid.setCurrentIndex(index)
        window.grid.edit(index)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.setText("x" * (TEXT_LIMITS[field] + 1))
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.grid.state() != window.grid.State.EditingState, timeout=20000)
        assert len(index.data()) == TEXT_LIMITS[field] + 1
        assert index.data(RecordTableModel.ProblemRole) == (
            f"too long ({TEXT_LIMITS[field] + 1} characters); at most {TEXT_LIMITS[field]}")
    index = window.record_model.index(0, COLUMNS.index("narrative"))
    window.grid.setCurrentIndex(index)
    window.grid.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, NarrativeEditor) and editor.limit == TEXT_LIMITS["narrative"]


def test_the_office_profile_stops_at_the_limits(qtbot):
    dialog = OfficeProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.name.maxLength() == TEXT_LIMITS["office_name"]
    assert dialog.region.maxLength() == TEXT_LIMITS["region"]
