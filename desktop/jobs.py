"""Long work (import, merge, export) off the GUI thread, with a progress dialog and a cancel button.

The work is a plain function ``work(progress)`` from the core (see ``db.progress``); it runs on a
worker thread and must open its own results file there (one SQLite connection per thread). Its
result or its error comes back on the GUI thread through signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import HabitatError
from db.progress import Cancelled
from desktop import plain_text


class Job(QObject):
    """One piece of background work. Connect to its signals, or use ``run_with_progress``."""

    progressed = Signal(int, int, str)  # done, total (-1 when unknown), message
    succeeded = Signal(object)  # the work's return value
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, work: Callable, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

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
            self.failed.emit(str(exc))
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


def run_with_progress(parent: QWidget, title: str, work: Callable,
                      on_done: Callable[[object], None] | None = None,
                      on_error: Callable[[str], None] | None = None) -> Job:
    """Run ``work(progress)`` in the background behind a progress dialog with a Cancel button.

    ``on_done(result)`` is called on the GUI thread when the work succeeds; a failure is shown in
    a message box unless ``on_error(message)`` is given. Cancelling stops the work at its next
    progress report; what it had already committed stays (a merge keeps the files merged before
    the cancel), what it was in the middle of is rolled back.
    """
    job = Job(work)
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show_progress(done: int, total: int, message: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    def show_error(message: str) -> None:
        if on_error:
            on_error(message)
        else:
            plain_text.warn(parent, title, message)  # the message may quote an untrusted file

    dialog.canceled.connect(job.cancel)
    job.progressed.connect(show_progress)
    job.ended.connect(dialog.close)
    job.ended.connect(dialog.deleteLater)
    if on_done:
        job.succeeded.connect(on_done)
    job.failed.connect(show_error)
    job.setParent(parent)
    return start(job)
