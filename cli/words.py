"""Counted nouns and stored codes, as the command line says them ('1 record', 'at least')."""

from db.validation import QUALIFIERS
from db.words import count

__all__ = ["count", "qualifier_words"]

# A qualifier as typed on input (the first words each code accepts): 'at least', '' for none.
_QUALIFIER_WORDS = {code: words[0] for code, words in QUALIFIERS.items()}


def qualifier_words(code: str) -> str:
    """The words of a stored qualifier code ('at_least' -> 'at least', 'none' -> ''); unknown codes as stored."""
    return _QUALIFIER_WORDS.get(code, code)
