"""Issue 9 through the real window: long jobs whose progress dialog appeared end without a crash,
and outcome narratives stay with the file, outcome and year they were typed for."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from db.officefile import Office, ResultsFile

WAIT_MS = 30000  # only reached when something is broken; CI runs on two busy cores

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


def add_cities(path: Path, *cities: str, year: int = 2025) -> None:
    with ResultsFile.open(path) as results:
        results.add_records([{"indicator": "1.1.a", "year": year, "value": 100 + n, "country": "KEN",
                              "city": city} for n, city in enumerate(cities)])


class Stall(QObject):
    """Lets the worker make the GUI thread busy for a moment, as a large grid or a loaded machine does."""

    requested = Signal()

    def __init__(self):
        super().__init__()
        self.requested.connect(lambda: time.sleep(0.2))  # runs on the GUI thread (queued)


def slowed(real, progress_at: int, stall: Stall):
    """The real work, long enough for its progress dialog to appear (it waits 300 ms), and ending as
    in the reported crash: a last progress report reaches a busy GUI thread together with the job's
    end, so the progress dialog handles the report while the end waits in the queue."""
    def work(*args, **kwargs):
        progress = args[progress_at]
        progress(0, 1, "")  # the dialog's clock starts
        time.sleep(0.5)
        result = real(*args, **kwargs)
        stall.requested.emit()
        time.sleep(0.05)  # the GUI thread is now asleep in the stall
        progress(1, 1, "")
        return result
    return work


def answer_dialogs(seen: list) -> QTimer:
    """Close (Cancel, Close) each modal box as a user would, naming it in ``seen``; not the progress dialog."""
    def look():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and not isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(type(widget).__name__)
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    return timer


def test_submit_year_then_cancel_after_the_progress_dialog_appeared(qtbot, window, office_path, monkeypatch):
    """Submit year… → Cancel on a large file crashed: the confirmation opened from inside
    QProgressDialog.setValue(), and the dialog was deleted under it."""
    from desktop import submission

    add_cities(office_path, "Nairobi", "Mombasa")
    window.session.notify(records=True)
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    stall = Stall()
    monkeypatch.setattr(submission, "summarize", slowed(submission.summarize, 2, stall))
    seen = []
    timer = answer_dialogs(seen)
    try:
        window.office.submit_year()
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: seen == ["SubmitDialog"], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=WAIT_MS)
    finally:
        timer.stop()
    with ResultsFile.open(office_path) as results:
        assert results.status_counts(2025) == {"draft": 2}  # cancelled: nothing submitted


def test_export_whose_progress_dialog_appeared_then_shows_where_the_file_is(qtbot, window, office_path, tmp_path,
                                                                             monkeypatch):
    """The reported crash after an export: the "Annex exported" box opened inside setValue()."""
    import exports
    from desktop.export_dialog import ExportChoices
    from exports import DocumentSettings

    add_cities(office_path, "Nairobi")
    stall = Stall()
    monkeypatch.setattr(exports, "export_annex", slowed(exports.export_annex, 4, stall))
    seen = []
    target = tmp_path / "annex.csv"
    timer = answer_dialogs(seen)
    try:
        window.export.export_annex(ExportChoices(fmt="csv", lang="en", first_year=2020, last_year=2025,
                                          include_drafts=True, document=DocumentSettings(), out_path=target))
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: seen == ["QMessageBox"], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=WAIT_MS)
    finally:
        timer.stop()
    assert target.read_text(encoding="utf-8-sig").startswith("code,indicator")  # written, and said so


# --- narratives stay with the file, outcome and year they were typed for ----------------------------

UGANDA = Office("UGA", "UN-Habitat Uganda Country Office", "UGA", "Africa")


def narratives(path: Path) -> dict:
    with ResultsFile.open(path) as results:
        return results.outcome_narratives()


def narrative_audit(path: Path) -> list:
    with ResultsFile.open(path) as results:
        return [(e["target_id"], e["new"]) for e in results.audit_log() if e["target"] == "outcome_narrative"]


def store_narrative(path: Path, outcome: str, year: int, text: str) -> None:
    with ResultsFile.open(path) as results:
        results.set_outcome_narrative(outcome, year, text)


@pytest.fixture
def uganda_path(tmp_path) -> Path:
    path = tmp_path / "uga" / "uga.habitat"
    path.parent.mkdir()
    ResultsFile.create(path, UGANDA).close()
    return path


@pytest.mark.parametrize("stored_first", [False, True], ids=["while typing", "after it was stored"])
def test_opening_a_second_office_file_does_not_give_it_the_first_files_narrative(
        qtbot, window, office_path, uganda_path, stored_first):
    window.select_node("outcome", "1.1")
    year = window.year
    window.narrative_edit.setPlainText("Kenya: tenure security improved.")
    if stored_first:
        assert window.save_outcome_narrative()
    assert window.open_file(uganda_path)
    assert window.narrative_edit.toPlainText() == ""
    assert narratives(uganda_path) == {} and narrative_audit(uganda_path) == []
    assert narratives(office_path) == {("1.1", year): "Kenya: tenure security improved."}


def test_opening_the_demo_keeps_the_office_files_narrative(qtbot, window, office_path):
    year = window.year
    store_narrative(office_path, "1.1", year, "Our own words.")
    window.select_node("indicator", "1.1.a")
    window.select_node("outcome", "1.1")
    assert window.narrative_edit.toPlainText() == "Our own words."
    window.open_demo()
    demo = Path(window.results.path)
    demo_before = narratives(demo)
    assert window.open_file(office_path)
    assert window.narrative_edit.toPlainText() == "Our own words."
    window.open_demo()
    assert narratives(office_path) == {("1.1", year): "Our own words."}
    assert narrative_audit(office_path) == [(f"KEN/1.1/{year}", {"text": "Our own words."})]
    assert narratives(demo) == demo_before


@pytest.mark.parametrize("typed", [False, True], ids=["stored", "being typed"])
def test_switching_the_language_keeps_the_outcome_narrative(qtbot, window, office_path, typed):
    year = window.year
    store_narrative(office_path, "1.1", year, "Stored before.")
    window.select_node("outcome", "1.1")
    text = "Typed just now." if typed else "Stored before."
    if typed:
        window.narrative_edit.setPlainText(text)
    window.set_language("zh")
    assert window.narrative_edit.toPlainText() == text
    window.set_language("en")
    assert window.narrative_edit.toPlainText() == text
    assert narratives(office_path) == {("1.1", year): text}
    assert all(new["text"] for _, new in narrative_audit(office_path)), "a narrative was set to an empty text"


def test_a_narrative_typed_for_one_year_is_stored_for_that_year(qtbot, window, office_path):
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.select_node("outcome", "2.1")
    window.narrative_edit.setPlainText("Written for 2024.")
    window.year_box.setCurrentIndex(window.year_box.findData(2025))  # before the pause stored it
    assert window.narrative_edit.toPlainText() == ""
    window.select_node("outcome", "1.1")
    assert narratives(office_path) == {("2.1", 2024): "Written for 2024."}


def test_a_narrative_the_file_refuses_at_a_switch_is_asked_about_and_cancel_stays(qtbot, window, office_path):
    import sqlite3

    window.select_node("outcome", "1.1")
    year = window.year
    window.narrative_edit.setPlainText("Must not vanish.")
    asked = []
    window.confirm_discard = lambda rows, narrative: asked.append((rows, narrative)) or False
    blocker = sqlite3.connect(office_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.results.conn.execute("PRAGMA busy_timeout = 0")
        window.select_node("outcome", "2.1")
        qtbot.wait(50)
        assert asked == [(0, True)]
        assert window.narrative_edit.toPlainText() == "Must not vanish."
        assert "1.1" in window.narrative_box.title()
        window.set_language("zh")
        assert window.lang == "en" and window.narrative_edit.toPlainText() == "Must not vanish."
    finally:
        blocker.rollback()
        blocker.close()
    window.select_node("outcome", "2.1")
    assert narratives(office_path) == {("1.1", year): "Must not vanish."}
