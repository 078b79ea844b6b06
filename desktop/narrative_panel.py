"""The outcome narrative box under the grid: one office file, one outcome, one year at a time.

The panel knows the file, outcome and year its text belongs to, and stores what was typed to that
file only, never to the one open when the store happens: switching files, nodes, years or the
language first calls ``leave()``, which stores the text (or asks the user when the file refuses it).
Nothing is written unless the user typed: loading, rebuilding or hiding the box writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from db.errors import HabitatError
from db.officefile import ResultsFile
from db.validation import TEXT_LIMITS
from desktop.delegates import NarrativeEditor

SAVE_AFTER_MS = 800  # a pause in typing stores the text


class NarrativePanel(QGroupBox):
    """Edits the narrative of one outcome and year in one results file; stores typed text to that file."""

    refused = Signal(object)  # the HabitatError of a file that refused the text (full, locked elsewhere)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.edit = NarrativeEditor(limit=TEXT_LIMITS["outcome_narrative"])
        self.edit.setPlaceholderText(self.tr("What changed under this outcome in the year, in a few "
                                             "sentences. Saved as you type."))
        self.edit.setMaximumHeight(110)
        layout.addWidget(self.edit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.store)
        self.results: ResultsFile | None = None
        self.outcome: str | None = None
        self.year: int | None = None
        self.typed = False  # the text on screen is the user's and not stored yet
        self._loading = False
        self.edit.textChanged.connect(self._on_typed)
        self.hide()

    def key(self) -> tuple[ResultsFile, str, int] | None:
        return (self.results, self.outcome, self.year) if self.results is not None else None

    def bind(self, results: ResultsFile, outcome: str, year: int, *, read_only: bool, title: str,
             tooltip: str = "") -> None:
        """Show the narrative of ``outcome`` in ``year`` from ``results``.

        The same file, outcome and year again keeps what is being typed; another one first stores it
        to the file it was typed in (callers ask the user through ``leave()`` before that)."""
        if self.key() != (results, outcome, year):
            self.store()
            self._load(results.outcome_narratives(year).get((outcome, year), ""))
            self.results, self.outcome, self.year = results, outcome, year
        elif not self.typed:
            self._load(results.outcome_narratives(year).get((outcome, year), ""))  # read again: may have changed
        self.setTitle(title)
        self.edit.setAccessibleName(title)
        self.setToolTip(tooltip)
        self.set_read_only(read_only)
        self.show()

    def unbind(self) -> None:
        """Show nothing (no file, or a headquarters file); stores what was typed first."""
        self.store()
        self.timer.stop()
        self.results = self.outcome = self.year = None
        self.typed = False
        self._load("")
        self.hide()

    def set_read_only(self, read_only: bool) -> None:
        if read_only and not self.edit.isReadOnly():
            self.store()  # what was typed before the year was locked is kept
        self.edit.setReadOnly(read_only)

    def store(self) -> bool:
        """Store the typed text to the file it was typed in; False if the file refused it (then it stays pending)."""
        self.timer.stop()
        if not self.typed or self.results is None:
            return True
        try:
            self.results.set_outcome_narrative(self.outcome, self.year, self.edit.toPlainText())
        except HabitatError as exc:  # a full disk, a lock held elsewhere, a refused text
            self.refused.emit(exc)
            return False
        self.typed = False
        return True

    def leave(self, ask_discard: Callable[[], bool]) -> bool:
        """Before the file, outcome, year or language changes: store the typed text, or, if the file
        refuses it, ask ``ask_discard()`` (True: give the text up). False: stay where the text is."""
        if self.store():
            return True
        if not ask_discard():
            return False
        self.discard()
        return True

    def discard(self) -> None:
        """The user gave the typed text up: it is not stored, now or later."""
        self.timer.stop()
        self.typed = False

    def _load(self, text: str) -> None:
        self.timer.stop()
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.typed = False

    def _on_typed(self) -> None:
        if self._loading or self.results is None or self.edit.isReadOnly():
            return
        self.typed = True
        self.timer.start()
