"""Printing text that came from files to a terminal: control characters are shown, never obeyed.

An office name, a comment from headquarters or a refused cell may hold ESC, BEL or an OSC
sequence; printed raw, they would recolour, retitle or rewrite the user's terminal. Every command
prints through ``echo``, which writes each control character except the line break and the tab as
a visible ``\\u001b`` (a JSON escape too, so JSON output stays valid and reads back unchanged).
"""

from __future__ import annotations

import re
from pathlib import Path

import click

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with its control characters (all but line breaks and tabs) written as \\uXXXX."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(message=None, **kwargs) -> None:
    """click.echo for text that may come from a file."""
    click.echo(printable(str(message)) if message is not None else None, **kwargs)


class Refusal(click.ClickException):
    """A refusal shown as one message (exit code 1), its quoted file contents made printable."""

    exit_code = 1

    def format_message(self) -> str:
        return printable(self.message)


def say_office(file, typed: str, stored: str) -> None:
    """Name the stored code when the user typed it otherwise ('ken' for KEN), on stderr: JSON output stays JSON."""
    if stored != typed:
        echo(f"{Path(file).name} holds office {typed} as {stored}.", err=True)
