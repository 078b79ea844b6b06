"""How long work (import, merge, export) reports progress and learns that it was cancelled.

A ``Progress`` is a callable ``progress(done, total, message) -> bool``: the work calls it now and
then; a False return means the user cancelled, and the work stops there without leaving a
half-done step (what a piece of work keeps, such as the files a merge had finished, its
docstring says). The CLI passes one that draws a bar, the desktop app one that moves a dialog.
"""

from __future__ import annotations

from typing import Protocol

from db.errors import HabitatError


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None, message: str = "") -> bool: ...


class Cancelled(HabitatError):
    """The user cancelled long work; it stopped without leaving a half-done step."""


def report(progress: Progress | None, done: int, total: int | None = None, message: str = "") -> None:
    """Tell ``progress`` how far the work is; raise Cancelled if the user asked to stop."""
    if progress is not None and progress(done, total, message) is False:
        raise Cancelled("cancelled by the user")
