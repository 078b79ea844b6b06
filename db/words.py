"""Counted nouns for messages: '1 record', '2 records'."""

from __future__ import annotations

IRREGULAR = {"copy": "copies", "entry": "entries"}


def count(n: int, noun: str) -> str:
    """``n`` and ``noun``, singular for exactly one: count(1, 'record') == '1 record'."""
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {IRREGULAR.get(noun, noun + 's')}"
