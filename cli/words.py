"""Counted nouns for the command line's messages (the same as db/'s)."""

from db.words import count

__all__ = ["count"]
