"""Issue 9 through the real window: long jobs whose progress dialog appeared end without a crash,
and outcome narratives stay with the file, outcome and year they were typed for."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.settings import Settings

WAIT_MS = 30000  # only reached when something is broken; CI runs on two busy cores

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, office_path):
    win = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


def add_cities(path: Path, *cities: str, year: int = 2025) -> None:
    with ResultsFile.open(path) as results:
        results.add_records([{"indicator": "1.1.a", "year": year, "value": 100 + n, "country": "KEN",
                              "city": city} for n, city in enumerate(cities)])


class Stall(QObject):
    """Lets the worker make the GUI thread busy for a moment, as a large grid or a loaded machine does."""

    requested = Signal()

    def __init__(self):
        super().__init__()
        self.requested.connect(lambda: time.sleep(0.3))  # runs on the GUI thread (queued)


def slowed(real, progress_at: int, stall: Stall):
    """The real work, paused after its first progress report so that its progress dialog appears (it
    waits 300 ms). Its last report, as in the reported crash, reaches a busy GUI thread together with
    the job's end: the progress dialog handles the report while the end waits in the queue."""
    def work(*args, **kwargs):
        progress = args[progress_at]
        reports = []

        def slow(done, total=None, message=""):
            if reports and total and done >= total:
                stall.requested.emit()
                time.sleep(0.1)  # the GUI thread is now asleep in the stall
            going_on = progress(done, total, message)
            if not reports:
                time.sleep(0.8)
            reports.append(done)
            return going_on

        return real(*args[:progress_at], slow, *args[progress_at + 1:], **kwargs)
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
    window.reload_records()
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    stall = Stall()
    monkeypatch.setattr(submission, "summarize", slowed(submission.summarize, 2, stall))
    seen = []
    timer = answer_dialogs(seen)
    try:
        window.submit_year()
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
        window.export_annex(ExportChoices(fmt="csv", lang="en", first_year=2020, last_year=2025,
                                          include_drafts=True, document=DocumentSettings(), out_path=target))
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: seen == ["QMessageBox"], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=WAIT_MS)
    finally:
        timer.stop()
    assert target.read_text(encoding="utf-8-sig").startswith("code,indicator")  # written, and said so
