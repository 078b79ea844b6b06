"""Helpers for tests that drive the entry grid through the real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS


def open_window(qtbot, path: Path | None, lang: str = "en"):
    """The main window on ``path``, shown, closed by qtbot after the test."""
    win = create_window(path, Settings(), lang=lang)
    qtbot.addWidget(win)
    win.show()
    return win


def cell(window, row: int, field: str):
    return window.record_model.index(row, COLUMNS.index(field))


def records(path: Path, **filters):
    """The live records in the file, read through a connection of their own."""
    with ResultsFile.open(path) as results:
        return results.records(**filters)


def unfinished(path: Path):
    with ResultsFile.open(path) as results:
        return results.unfinished_rows()
