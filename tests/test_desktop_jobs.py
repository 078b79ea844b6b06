"""The background job runner: progress, cancel, failures, all reported back on the GUI thread."""

from __future__ import annotations

import threading

from db.errors import HabitatError
from db.progress import report
from desktop.jobs import Job, run_with_progress, start

# Generous bounds: they only matter when something is broken, and CI runs on two busy cores.
WAIT_S = 20
WAIT_MS = WAIT_S * 1000


def watch(job: Job) -> dict:
    seen = {"progress": [], "succeeded": [], "failed": [], "cancelled": 0, "ended": 0}
    job.progressed.connect(lambda done, total, message: seen["progress"].append(done))
    job.succeeded.connect(lambda result: seen["succeeded"].append(result))
    job.failed.connect(lambda message: seen["failed"].append(message))
    job.cancelled.connect(lambda: seen.__setitem__("cancelled", seen["cancelled"] + 1))
    job.ended.connect(lambda: seen.__setitem__("ended", seen["ended"] + 1))
    return seen


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    reports = []
    cancel_pressed = threading.Event()

    def work(progress):
        report(progress, 0, 2)
        reports.append(0)
        # Wait until the test has pressed Cancel: the next report must then stop the work.
        assert cancel_pressed.wait(WAIT_S), "the test never pressed Cancel"
        report(progress, 1, 2)
        reports.append(1)
        return "all done"

    job = Job(work)
    seen = watch(job)
    start(job)
    try:
        qtbot.waitUntil(lambda: seen["progress"] == [0], timeout=WAIT_MS)
        job.cancel()
    finally:
        cancel_pressed.set()  # never leave the worker thread waiting, even when the test fails
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=WAIT_MS)
    assert seen["cancelled"] == 1 and not seen["succeeded"] and not seen["failed"]
    assert reports == [0]


def test_work_that_ran_to_its_end_is_a_success_even_if_cancel_came_late(qtbot):
    job = Job(lambda progress: 42)
    job.cancel()  # pressed, but the work never asks again
    seen = watch(job)
    start(job)
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=WAIT_MS)
    assert seen["succeeded"] == [42] and seen["cancelled"] == 0


def test_failures_come_back_as_messages(qtbot):
    def work(progress):
        raise HabitatError("the file is locked by another program")

    job = Job(work)
    seen = watch(job)
    start(job)
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=WAIT_MS)
    assert seen["failed"] == ["the file is locked by another program"]


def test_run_with_progress_calls_back_on_the_gui_thread(qtbot):
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    results = []

    def done(result):
        results.append((result, QThread.currentThread() is parent.thread()))

    run_with_progress(parent, "Working", lambda progress: report(progress, 1, 1) or "ok", on_done=done)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results == [("ok", True)]


# --- a job's end is handled from the event loop: its callbacks cannot delete what is on the stack ------

def long_work(progress):
    """Work long enough for the progress dialog to appear (it waits 300 ms), reporting often."""
    import time

    for step in range(60):
        time.sleep(0.01)
        report(progress, step + 1, 60, f"Step {step}")  # the last report comes just before the end
    return "done"


def test_a_done_handler_may_open_a_modal_box_after_the_dialog_appeared(qtbot):
    """The crash of issue 9: on_done opened its box from inside QProgressDialog.setValue(), the
    dialog was deleted in the box's event loop, and setValue() then ran on a deleted object."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = []

    def done(result):
        box = QMessageBox(QMessageBox.Icon.Information, "Done", "Written", QMessageBox.StandardButton.Close,
                          parent)
        QTimer.singleShot(200, box.accept)
        box.exec()
        seen.append(result)

    job = run_with_progress(parent, "Working", long_work, on_done=done)
    qtbot.waitUntil(lambda: parent.findChildren(QProgressDialog) and
                    parent.findChildren(QProgressDialog)[0].isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: seen == ["done"], timeout=WAIT_MS)
    qtbot.wait(100)  # anything left on the stack would now run on the deleted dialog
    assert seen == ["done"] and not parent.findChildren(QProgressDialog)
    del job


def test_a_done_handler_may_close_and_delete_the_window(qtbot):
    from PySide6.QtWidgets import QMainWindow, QProgressDialog

    window = QMainWindow()
    window.show()
    seen = []

    def done(result):
        seen.append(result)
        window.close()
        window.deleteLater()

    run_with_progress(window, "Working", long_work, on_done=done)
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog)[0].isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: seen == ["done"], timeout=WAIT_MS)
    qtbot.wait(100)
    assert seen == ["done"]


def test_a_done_handler_may_start_another_job(qtbot):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = []

    def first_done(result):
        seen.append("first")
        run_with_progress(parent, "Again", long_work, on_done=lambda result: seen.append("second"))

    run_with_progress(parent, "Working", long_work, on_done=first_done)
    qtbot.waitUntil(lambda: seen == ["first", "second"], timeout=WAIT_MS)
    qtbot.wait(100)
    assert seen == ["first", "second"] and not parent.findChildren(QProgressDialog)


def test_each_end_is_handled_once(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    calls = []

    def fail(progress):
        long_work(progress)
        raise HabitatError("the disk is full")

    run_with_progress(parent, "Working", long_work, on_done=lambda r: calls.append(("done", r)),
                      on_error=lambda m: calls.append(("error", m)))
    run_with_progress(parent, "Working", fail, on_done=lambda r: calls.append(("done", r)),
                      on_error=lambda m: calls.append(("error", m)))
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=WAIT_MS)
    qtbot.wait(200)
    assert sorted(calls) == [("done", "done"), ("error", "the disk is full")]
