"""What a user types for a country, matched to its ISO 3166-1 alpha-3 code.

People type "Kenya", "ken", "肯尼亚", "Kenya (KEN)" or the first letters of a name; the file
stores the code. ``match_country`` finds the one country meant, or says why it cannot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from db.errors import Problem
from db.validation import country_name, is_country_code

LABEL = re.compile(r".*\(\s*([A-Za-z]{3})\s*\)\s*")  # "Kenya (KEN)", as the grid shows a country


@dataclass(frozen=True)
class CountryMatch:
    code: str | None  # the country meant; "" for nothing typed; None when no single one fits
    candidates: tuple[str, ...] = ()  # the codes a prefix fits, when it fits several

    def refusal(self, typed: str, lang: str = "en") -> str:
        """Why ``typed`` names no country (English: the core's words; the UI translates them)."""
        return self.problem(typed, lang).message

    def problem(self, typed: str, lang: str = "en") -> Problem:
        """Why ``typed`` names no country, as a problem of the country field (names in ``lang``)."""
        if self.candidates:
            names = ", ".join(country_name(code, lang) or code for code in self.candidates[:4])
            more = ", …" if len(self.candidates) > 4 else ""
            return Problem.of("country", "country_ambiguous", text=typed, names=names + more)
        return Problem.of("country", "country_not_found", text=typed)


@cache
def _names(lang: str) -> tuple[tuple[str, str], ...]:
    """(folded name, code) for every country, in ``lang`` and in English."""
    found = {}
    for country in pycountry.countries:
        code = country.alpha_3
        for language in dict.fromkeys((lang, "en")):
            name = country_name(code, language)
            if name:
                found[name.casefold()] = code
        found.setdefault(country.name.casefold(), code)  # the official name too: "Kenya, Republic of"
    return tuple(sorted(found.items()))


def match_country(typed: str, lang: str = "en") -> CountryMatch:
    """The country ``typed`` names: its code, its name (UI language or English), or a unique prefix."""
    text = " ".join(str(typed or "").split())
    if not text:
        return CountryMatch("")
    label = LABEL.fullmatch(text)
    if label and is_country_code(label.group(1).upper()):
        return CountryMatch(label.group(1).upper())
    if len(text) == 3 and is_country_code(text.upper()):
        return CountryMatch(text.upper())
    folded = text.casefold()
    names = _names(lang)
    exact = {code for name, code in names if name == folded}
    if len(exact) == 1:
        return CountryMatch(exact.pop())
    starting = tuple(dict.fromkeys(code for name, code in names if name.startswith(folded)))
    if len(starting) == 1:
        return CountryMatch(starting[0])
    return CountryMatch(None, tuple(sorted(starting, key=lambda c: country_name(c, lang) or c)))


@cache
def codes_by_name(lang: str = "en") -> tuple[str, ...]:
    """Every country code, in the order of the countries' names in ``lang``."""
    codes = [c.alpha_3 for c in pycountry.countries]
    return tuple(sorted(codes, key=lambda code: (country_name(code, lang) or code).casefold()))


def countries_containing(text: str, lang: str = "en") -> tuple[str, ...]:
    """The codes of the countries whose code, or name in ``lang`` or English, contains ``text``."""
    folded = " ".join(text.split()).casefold()
    if not folded:
        return ()
    return tuple(sorted({code for name, code in _names(lang) if folded in name}
                        | {c.alpha_3 for c in pycountry.countries if folded == c.alpha_3.casefold()}))
