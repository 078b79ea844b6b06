"""The background job runner: progress, cancel, failures, all reported back on the GUI thread."""

from __future__ import annotations

import time

from db.errors import HabitatError
from db.progress import report
from desktop.jobs import Job, run_with_progress, start


def watch(job: Job) -> dict:
    seen = {"progress": [], "succeeded": [], "failed": [], "cancelled": 0, "ended": 0}
    job.progressed.connect(lambda done, total, message: seen["progress"].append(done))
    job.succeeded.connect(lambda result: seen["succeeded"].append(result))
    job.failed.connect(lambda message: seen["failed"].append(message))
    job.cancelled.connect(lambda: seen.__setitem__("cancelled", seen["cancelled"] + 1))
    job.ended.connect(lambda: seen.__setitem__("ended", seen["ended"] + 1))
    return seen


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    finished = []

    def work(progress):
        for n in range(2000):
            report(progress, n, 2000)
            time.sleep(0.002)
        finished.append(True)
        return "all done"

    job = Job(work)
    seen = watch(job)
    start(job)
    qtbot.waitUntil(lambda: len(seen["progress"]) > 3, timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=5000)
    assert seen["cancelled"] == 1 and not seen["succeeded"] and not finished


def test_work_that_ran_to_its_end_is_a_success_even_if_cancel_came_late(qtbot):
    job = Job(lambda progress: 42)
    job.cancel()  # pressed, but the work never asks again
    seen = watch(job)
    start(job)
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=5000)
    assert seen["succeeded"] == [42] and seen["cancelled"] == 0


def test_failures_come_back_as_messages(qtbot):
    def work(progress):
        raise HabitatError("the file is locked by another program")

    job = Job(work)
    seen = watch(job)
    start(job)
    qtbot.waitUntil(lambda: seen["ended"] == 1, timeout=5000)
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
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [("ok", True)]
