"""Long work (import, merge, export, submit, feedback) off the GUI thread, with a progress dialog
and a cancel button.

The work is a plain function ``work(progress)`` from the core (see ``db.progress``); it runs on a
worker thread and must open its own results file there (one SQLite connection per thread). Its
result or its error comes back on the GUI thread through signals.

The end of a job is handled once, from the event loop, after the progress dialog has been closed:
a callback may then open a modal dialog, close the window or start another job without deleting
anything still on the call stack. The progress dialog is moved through its own bar and never through
``QProgressDialog.setValue()``, which runs the event loop (and so any callback) inside itself.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from db.errors import HabitatError
from db.progress import Cancelled
from desktop import plain_text

SHOW_AFTER_MS = 300  # a job that ends sooner never shows its dialog


class Job(QObject):
    """One piece of background work. Connect to its signals, or use ``run_with_progress``."""

    progressed = Signal(int, int, str)  # done, total (-1 when unknown), message
    succeeded = Signal(object)  # the work's return value
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, work: Callable, parent: QObject | None = None, lang: str = "en"):
        super().__init__(parent)
        self._work = work
        self.lang = lang  # the UI language its failures are told in
        self._stop = threading.Event()
        self.abandoned = False  # set by abandon(): the end is not reported to anyone

    def cancel(self) -> None:
        self._stop.set()

    def abandon(self) -> None:
        """Cancel, and deliver no result: what the job would report to is going away."""
        self.abandoned = True
        self.cancel()

    def _progress(self, done: int, total: int | None = None, message: str = "") -> bool:
        self.progressed.emit(done, -1 if total is None else total, message)
        return not self._stop.is_set()

    def run(self) -> None:
        """Runs on the worker thread; only signals cross back to the GUI thread."""
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except HabitatError as exc:
            from desktop.problem_text import error_text

            self.failed.emit(error_text(exc, self.lang))
        except Exception:  # an unexpected failure must still reach the user, not vanish in a thread
            self.failed.emit(traceback.format_exc())
        else:
            # The work ran to its end, so what it stored is stored: that is a success even if
            # Cancel was pressed after its last progress report.
            self.succeeded.emit(result)
        self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def start(job: Job) -> Job:
    """Start a job on Qt's global thread pool."""
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


class _ProgressRun(QObject):
    """Moves one job's progress dialog and, once the job has ended, hands its outcome to the callbacks.

    It is the receiver of the job's signals: if the window it belongs to is deleted, they reach nobody.
    """

    def __init__(self, job: Job, dialog: QProgressDialog, bar: QProgressBar,
                 callbacks: dict[str, Callable | None], parent: QObject):
        super().__init__(parent)
        self.job, self.dialog, self.bar, self.callbacks = job, dialog, bar, callbacks
        self.outcome: tuple[str, object] = ("cancelled", None)
        self.over = False
        job.progressed.connect(self.show_progress)
        job.succeeded.connect(lambda result: self._remember("done", result))
        job.failed.connect(lambda message: self._remember("error", message))
        job.cancelled.connect(lambda: self._remember("cancelled", None))
        job.ended.connect(self._ended)

    def show_progress(self, done: int, total: int, message: str) -> None:
        if self.over:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))  # the bar's own setValue runs no event loop
        if message:
            self.dialog.setLabelText(message)

    def show_dialog(self) -> None:
        if not self.over:  # a job that ended first never shows it (even if its deletion is still pending)
            self.dialog.show()  # window-modal, returns at once: no event loop of its own

    def _remember(self, kind: str, value: object) -> None:
        self.outcome = (kind, value)

    def _ended(self) -> None:
        # Not from here: whatever delivered this signal may still be on the stack.
        QTimer.singleShot(0, self, self._finish)

    def _finish(self) -> None:
        if self.over:
            return
        self.over = True
        self.dialog.close()
        self.dialog.deleteLater()
        self.job.deleteLater()
        self.deleteLater()
        if self.job.abandoned:
            return
        kind, value = self.outcome
        callback = self.callbacks[kind]
        # Last: the callback may open a modal dialog or close the window; nothing here is used after it.
        if callback is not None:
            callback(value) if kind != "cancelled" else callback()


def run_with_progress(parent: QWidget, title: str, work: Callable,
                      on_done: Callable[[object], None] | None = None,
                      on_error: Callable[[str], None] | None = None,
                      on_cancel: Callable[[], None] | None = None) -> Job:
    """Run ``work(progress)`` in the background behind a progress dialog with a Cancel button.

    Once the work has ended, exactly one callback runs, on the GUI thread, from the event loop:
    ``on_done(result)`` when it succeeded; ``on_error(message)`` when it failed (without it, a
    message box shows the failure); ``on_cancel()`` when it was cancelled. Cancelling stops the
    work at its next progress report; what it had already committed stays (a merge keeps the files
    merged before the cancel), what it was in the middle of is rolled back.
    """
    job = Job(work, lang=getattr(parent, "lang", "en"))
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    bar = QProgressBar(dialog)
    dialog.setBar(bar)
    bar.setRange(0, 0)  # busy until the work says how much there is

    def show_error(message: str) -> None:
        plain_text.warn(parent, title, message)  # the message may quote an untrusted file

    run = _ProgressRun(job, dialog, bar, {"done": on_done, "error": on_error or show_error,
                                          "cancelled": on_cancel}, parent)
    dialog.canceled.connect(job.cancel)
    QTimer.singleShot(SHOW_AFTER_MS, run, run.show_dialog)  # only if the work lasts
    job.setParent(parent)
    return start(job)
