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
