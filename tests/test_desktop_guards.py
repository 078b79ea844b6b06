"""What the desktop app guards against: half-applied deletions, text from files shown as rich
text, unsaved work dropped on close, a confirmation applied to another file, jobs outliving the
window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.errors import RecordLocked, RecordNotFound
from db.officefile import ResultsFile
from desktop import i18n
from desktop.app import create_window
from desktop.models import COLUMNS
from desktop.settings import Settings

WAIT_MS = 20000  # only reached when something is broken; CI runs on two busy cores


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch):
    """Settings, data and caches of the app under the test's own folder; English to start with."""
    home = tmp_path / "home"
    monkeypatch.setenv("HABITAT_RESULTS_HOME", str(home))
    yield home
    if QApplication.instance() is not None:
        i18n.install_language("en")


@pytest.fixture
def window(qtbot, office_path):
    win = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


def cell(window, row: int, field: str):
    return window.record_model.index(row, COLUMNS.index(field))


def add_cities(path: Path, *cities: str) -> list[str]:
    """Store one 1.1.a draft record of 2025 per city; returns their ids."""
    with ResultsFile.open(path) as results:
        return [r.id for r in results.add_records(
            [{"indicator": "1.1.a", "year": 2025, "value": 100 + n, "country": "KEN", "city": city}
             for n, city in enumerate(cities)])]


def lock_behind_the_windows_back(path: Path, record_id: str) -> None:
    """Another program (a second window, a script) submits one record meanwhile."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE record SET status = 'submitted' WHERE id = ?", (record_id,))
    conn.close()


# --- 1.4: deleting several rows is one transaction -------------------------------------------------

def test_deleting_several_records_is_all_or_nothing_in_the_file(office_path):
    ids = add_cities(office_path, "Nairobi", "Kisumu", "Mombasa")
    lock_behind_the_windows_back(office_path, ids[1])
    with ResultsFile.open(office_path) as results:
        audit_before = len(results.audit_log())
        with pytest.raises(RecordLocked):
            results.set_deleted_many(ids, True)
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]
        assert len(results.audit_log()) == audit_before
        with pytest.raises(RecordNotFound):
            results.set_deleted_many([ids[0], "no-such-record"], True)
        assert not results.record(ids[0]).deleted

        done = results.set_deleted_many([ids[2], ids[0]], True, who="tester")
        assert [(r.id, r.deleted, r.version) for r in done] == [(ids[2], True, 2), (ids[0], True, 2)]
        log = results.audit_log()
        assert [(e["action"], e["who"]) for e in log[-2:]] == [("delete", "tester")] * 2
        results.set_deleted_many([ids[0], ids[2]], False)
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]


def test_a_locked_record_in_the_selection_deletes_nothing_and_keeps_undo(qtbot, window, office_path):
    ids = add_cities(office_path, "Nairobi", "Kisumu", "Mombasa")
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    model = window.record_model
    assert model.rowCount() == 3
    model.setData(cell(window, 0, "source"), "Field survey")  # an edit that can be undone
    assert window.undo_stack.count() == 1
    for row in range(3):
        assert not model.record(row).locked  # what the grid shows when the user presses Delete
    refusals = []
    model.refused.connect(refusals.append)
    middle = model.record(1).id
    lock_behind_the_windows_back(office_path, middle)

    window.grid.selectAll()
    window.delete_records()

    with ResultsFile.open(office_path) as results:
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]
    assert len(refusals) == 1 and "locked" in refusals[0]
    # The grid shows the file as it is now: three rows, the middle one submitted and read-only.
    assert model.rowCount() == 3
    assert model.record(model.row_of(middle)).locked
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()
    window.undo_action.trigger()
    with ResultsFile.open(office_path) as results:
        assert all(r.source == "" for r in results.records_by_id(ids))
