"""The Undo and Redo entries name their step in the language shown, also after a language switch.

A step's name is translated when the step is made ("Paste 8 row(s)"); switching to Chinese then
left "撤销(&U) Paste 8 row(s)". Before a switch, ``remember()`` keeps how each message of the
steps (the contexts below) reads in the old language; after it, ``retranslate(stack)`` finds the
message each step's name was made from, takes its values back out ("8"), and writes the name
again from the new language's message, column titles translated too. A name matching no message
is left as it is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from desktop import i18n
from desktop.vocabulary import column_titles

# Where the names of undo steps are translated: the commands, and the grid's paste.
CONTEXTS = ("Commands", "RecordTableModel")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _messages() -> list[tuple[str, str]]:
    """(context, source) of the messages that may name a step, from the Chinese file (it lists all)."""
    ts = i18n.ts_file("zh")
    if ts is None:
        return []
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(ts).getroot().iter("context") if context.findtext("name") in CONTEXTS
            for message in context.iter("message")]


def _pattern(template: str) -> re.Pattern | None:
    """A regular expression matching ``template`` filled in, a group per placeholder."""
    names = _PLACEHOLDER.findall(template)
    if len(set(names)) != len(names):
        return None
    parts = _PLACEHOLDER.split(template)
    text = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(text, re.DOTALL)


class UndoWords:
    """Remembers the step names' messages before a language switch and writes the names again after."""

    def __init__(self):
        self._before: list[tuple[tuple[str, str], re.Pattern]] = []
        self._titles: dict[str, str] = {}

    def remember(self) -> None:
        """Call before the new language is installed."""
        self._before = []
        for key in _messages():
            pattern = _pattern(QCoreApplication.translate(*key))
            if pattern is not None:
                self._before.append((key, pattern))
        # Longest first: a message with more fixed words is the better match.
        self._before.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[1].pattern)))
        self._titles = column_titles()

    def retranslate(self, stack: QUndoStack) -> None:
        """Call after the new language is installed: every step of ``stack`` named in it."""
        now = column_titles()
        titles = {old: now.get(field, old) for field, old in self._titles.items()}
        for i in range(stack.count()):
            command = stack.command(i)
            for key, pattern in self._before:
                found = pattern.fullmatch(command.text())
                if found is None:
                    continue
                values = dict(found.groupdict())
                if "fields" in values:
                    values["fields"] = ", ".join(titles.get(t, t) for t in values["fields"].split(", "))
                try:
                    command.setText(QCoreApplication.translate(*key).format(**values))
                except (KeyError, IndexError, ValueError):
                    pass  # a translation with a broken placeholder: the old name stays
                break
