"""Review → Offices and years received… through the real window (offscreen), on real headquarters
files: the dialog opens at once saying that it counts, the counting runs off the GUI thread, its
figures are those of ``db.completeness``; closing it (or the window) while it counts is safe, and a
failure is told in the dialog."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from db.completeness import completeness, completeness_file
from db.officefile import ResultsFile
from desktop import check_text
from desktop.app import create_window
from desktop.hq_work import HeadquartersWork
from desktop.settings import Settings
from desktop.status_dialog import StatusDialog
from tests.broken_demo import write_broken_headquarters

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py
SHOTS = Path(os.environ["HABITAT_SHOTS"]) if os.environ.get("HABITAT_SHOTS") else None  # to look at them
COUNTING = "Counting the records of every office and year…"


@pytest.fixture(scope="module")
def broken(demo_dir, tmp_path_factory) -> dict:
    return write_broken_headquarters(demo_dir, tmp_path_factory.mktemp("broken"))


@pytest.fixture
def hq(broken, tmp_path) -> Path:
    path = tmp_path / "hq.habitat"
    shutil.copy(broken["hq"], path)
    return path


@pytest.fixture
def held(monkeypatch):
    """The counting waits until the test sets this event (the real counting, then)."""
    release = threading.Event()

    def count(path, years):
        assert release.wait(60), "the test never released the counting"
        return completeness_file(path, years)

    monkeypatch.setattr(HeadquartersWork, "count_status", staticmethod(count))
    yield release
    release.set()  # a test that failed half-way must not leave a worker waiting
    QThreadPool.globalInstance().waitForDone(60000)


def open_window(qtbot, path: Path, lang: str = "en"):
    if lang != "en":
        from desktop import i18n

        i18n.install_language(lang)  # app_home puts English back afterwards
    win = create_window(path, Settings(), lang=lang)
    qtbot.addWidget(win)
    win.show()
    return win


def open_status(win) -> StatusDialog:
    """Review → Offices and years received…, as a user chooses it; the dialog it opened."""
    win.status_action.trigger()
    dialogs = win.findChildren(StatusDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    return dialogs[0]


def shot(dialog, name: str) -> None:
    if SHOTS:
        dialog.grab().save(str(SHOTS / name))


def test_the_dialog_shows_the_figures_of_the_file(qtbot, hq):
    win = open_window(qtbot, hq)
    dialog = open_status(win)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=60000)
    assert not dialog.message.isVisible() and not dialog.computing()
    with ResultsFile.open_readonly(hq) as results:
        expected = completeness(results, results.framework.years)
    assert dialog.found.to_json() == expected.to_json()
    # What the tables show, cell by cell
    assert [dialog.states.verticalHeaderItem(r).text() for r in range(dialog.states.rowCount())] == expected.offices
    for entry in expected.office_years:
        assert dialog.state(entry.office, entry.year) == check_text.state_text(entry.state)
    assert {dialog.state("KEN", 2025), dialog.state("EGY", 2025)} == {"submitted", "draft only in the office"}
    shown = {dialog.coverage.item(r, 0).text().split()[0]: (dialog.coverage.item(r, 1).text(),
                                                            dialog.coverage.item(r, 2).text())
             for r in range(dialog.coverage.rowCount())}
    assert shown == {c.indicator: (f"{len(c.offices)} of {len(expected.offices)}", f"{c.records:,}")
                     for c in expected.coverage}
    shot(dialog, "status-done-en.png")


def test_the_dialog_says_it_counts_and_the_window_answers_meanwhile(qtbot, hq, held):
    win = open_window(qtbot, hq)
    before = hq.read_bytes()
    dialog = open_status(win)
    # The action returned while the counting is held: the dialog is up and says why it is empty.
    assert dialog.computing() and dialog.found is None and dialog.states is None
    assert dialog.message.isVisible() and dialog.message.text() == COUNTING
    shot(dialog, "status-counting-en.png")
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append("the event loop runs"))
    qtbot.waitUntil(lambda: bool(ticks), timeout=5000)
    held.set()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=60000)
    assert not dialog.message.isVisible() and dialog.states.rowCount() == len(dialog.found.offices)
    assert hq.read_bytes() == before  # read-only


def test_closing_the_dialog_or_the_window_while_it_counts_is_safe(qtbot, hq, held):
    win = open_window(qtbot, hq)
    dialog = open_status(win)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    held.set()  # the counting ends after its dialog is gone: its figures reach nobody
    assert QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(100)  # deliver whatever the worker sent
    assert win.findChildren(StatusDialog) == []

    held.clear()
    again = open_status(win)  # the window still works, and counts again
    assert again.computing()
    threading.Timer(0.3, held.set).start()  # the window waits for its jobs when it closes
    win.close()
    assert QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(100)


def test_a_failure_to_count_is_told_in_the_dialog(qtbot, hq, tmp_path, monkeypatch):
    gone = tmp_path / "moved-away.habitat"
    monkeypatch.setattr(HeadquartersWork, "count_status",
                        staticmethod(lambda path, years: completeness_file(gone, years)))
    win = open_window(qtbot, hq)
    dialog = open_status(win)
    qtbot.waitUntil(lambda: dialog.failure != "", timeout=60000)
    assert dialog.message.isVisible() and dialog.message.text() == dialog.failure
    assert dialog.failure.startswith("The offices and years could not be counted: ")
    assert "moved-away.habitat" in dialog.failure and "Traceback" not in dialog.failure
    assert not dialog.computing() and dialog.found is None
    shot(dialog, "status-failed-en.png")


def test_the_dialog_counts_in_chinese(qtbot, hq, held):
    win = open_window(qtbot, hq, "zh")
    dialog = open_status(win)
    assert dialog.message.text() == "正在统计各办事处和各年份的记录…"
    shot(dialog, "status-counting-zh.png")
    held.set()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=60000)
    assert dialog.state("EGY", 2025) == check_text.state_text("draft only in the office") != "draft only in the office"
    shot(dialog, "status-done-zh.png")
