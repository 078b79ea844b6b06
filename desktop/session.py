"""The open results file, and word of what changed in it after each operation.

Every piece of the window that shows something read from the file (the grid, the tree's counts, the
year labels, the lock banner, the to-do list, the conflict count, the overview) subscribes to
``Session.changed`` and refreshes itself; whoever changes the file says what it changed with
``Session.notify`` and calls no other screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from db.officefile import ResultsFile


@dataclass(frozen=True)
class Changes:
    """What an operation changed; ``origin`` is who made it (it already shows the change itself)."""

    records: bool = False  # records added, edited, deleted, imported or merged
    conflicts: bool = False  # rival versions found or resolved (a headquarters file)
    reviews: bool = False  # statuses changed: submitted, validated, returned
    file: bool = False  # another file is open (or none)
    language: bool = False  # the user interface speaks another language
    plans: bool = False  # a plan was added: the years, the tree and the checks may follow another plan
    origin: object = None

    def touches_records(self) -> bool:
        """Whether the records shown may differ from the file's now."""
        return self.records or self.conflicts or self.reviews or self.plans


class Session(QObject):
    """Holds the open results file (one at a time) and announces each change made to it."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.results: ResultsFile | None = None
        self.generation = 0  # counts the changes announced: what was read before one is stale

    def is_headquarters(self) -> bool:
        return self.results is not None and self.results.kind == "headquarters"

    def set_results(self, results: ResultsFile | None) -> None:
        """Hold another file (closing the one held before); the announcement is the caller's."""
        old, self.results = self.results, results
        self.generation += 1
        if old is not None and old is not results:
            old.close()

    def close(self) -> None:
        if self.results is not None:
            self.results.close()
            self.results = None

    def notify(self, origin: object = None, **changed: bool) -> Changes:
        """Announce what an operation changed, e.g. ``notify(records=True)``; returns the changes."""
        changes = Changes(origin=origin, **changed)
        self.generation += 1
        self.changed.emit(changes)
        return changes


class WindowPiece(QObject):
    """A part of the main window that refreshes itself on the session's changes (``on_changed``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session: Session = window.session
        self._listening = [(self.session.changed, self.on_changed)]
        self.session.changed.connect(self.on_changed)

    @property
    def results(self) -> ResultsFile | None:
        """The file the window has open (pieces for one kind of file exist only while it is open)."""
        return self.session.results

    def listen(self, signal, slot) -> None:
        """Connect a signal of the window's (an action, a list) to this piece, until it is detached."""
        signal.connect(slot)
        self._listening.append((signal, slot))

    def on_changed(self, changes: Changes) -> None:
        """Refresh what this piece shows from the file; by default nothing."""

    def detach(self) -> None:
        """Stop listening (the window is rebuilt or shows another file); deleted later."""
        for signal, slot in self._listening:
            signal.disconnect(slot)
        self._listening.clear()
        self.deleteLater()
