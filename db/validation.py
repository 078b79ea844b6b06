"""The rules a result record must satisfy, shared by the CLI, the importer and the GUI.

``check_record`` takes raw values (typed, or text from a CSV cell) and returns the cleaned values
together with every problem found, each naming the field and saying what is expected.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import pycountry

from db.errors import Problem
from db.framework import Framework

# Stored code -> words accepted on input (the code itself is always accepted).
QUALIFIERS = {
    "none": ("", "none", "exact"),
    "at_least": ("at least", "至少"),
    "more_than": ("more than", "over", "多", "超过"),
    "about": ("about", "approximately", "around", "约"),
}
SEXES = ("female", "male")
AGE_GROUPS = ("children", "youth", "adults", "older")  # 0-14, 15-24, 25-64, 65 and over
DISABILITY = ("yes", "no")


@dataclass(frozen=True)
class TextRule:
    """What a text field may hold: at most ``limit`` characters, line breaks and tabs only if ``lines``."""

    limit: int
    lines: bool = False


# Every text field's limits, in one place: the office's editors, the importer, ``validate``, the
# merge at headquarters and the feedback files all apply these.
TEXT_RULES = {
    "city": TextRule(200),
    "entity": TextRule(300),
    "narrative": TextRule(20_000, lines=True),
    "source": TextRule(2_000, lines=True),
    "outcome_narrative": TextRule(20_000, lines=True),
    "office_name": TextRule(300),
    "region": TextRule(100),
    "comment": TextRule(5_000, lines=True),  # headquarters' word on a returned record
    "author": TextRule(200),  # who changed or reviewed something: a login or a person's name
    "time": TextRule(40),  # an ISO 8601 time such as 2024-03-01T09:30:00.000Z
}
TEXT_LIMITS = {name: rule.limit for name, rule in TEXT_RULES.items()}
# NUL, escape and the other C0/C1 control characters, and lone surrogates: never text a person
# typed ("Nai\0robi" is not Nairobi, ESC starts a terminal command). Tabs and line breaks are
# allowed only in multi-line fields.
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_VALUE = 10**12  # more people than have ever lived: a typo, not a result

RECORD_FIELDS = (
    "indicator", "year", "value", "country", "city", "entity", "qualifier",
    "sex", "age", "disability", "narrative", "source",
)


def _accepted(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {}
    for code, spellings in words.items():
        table[code] = code
        table[code.replace("_", " ")] = code
        for s in spellings:
            table[s] = code
    return table


_QUALIFIER_WORDS = _accepted(QUALIFIERS)


@cache
def country_name(code: str, lang: str = "en") -> str | None:
    """The country's short name for an ISO 3166-1 alpha-3 code, or None if the code is unknown."""
    country = pycountry.countries.get(alpha_3=code) if code and len(code) == 3 else None
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    if lang != "en":
        import gettext

        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[_locale(lang)])
            name = tr.gettext(country.name)
        except OSError:
            pass
    return name


def _locale(lang: str) -> str:
    return {"zh": "zh_CN"}.get(lang, lang)


def is_country_code(code: str) -> bool:
    return country_name(code) is not None


def check_text(field: str, text: str) -> str | None:
    """Why ``text`` may not be stored in ``field`` (a key of TEXT_RULES), or None if it may."""
    rule = TEXT_RULES[field]
    if len(text) > rule.limit:
        return f"too long ({len(text)} characters); at most {rule.limit}"
    found = (_CONTROL_LINES if rule.lines else _CONTROL_ONE_LINE).search(text)
    if found is None:
        return None
    char = found.group()
    position = found.start() + 1
    if char in "\t\n\r":
        kind = "a tab" if char == "\t" else "a line break"
        return f"{kind} at character {position}; this field is one line of text"
    return (f"contains the control character {character_name(char)} at character {position}, "
            "which is not text; retype it")


def character_name(char: str) -> str:
    """A character shown safely: its code point and name, e.g. 'U+0000 (NUL)'."""
    names = {"\x00": "NUL", "\x07": "BEL", "\x08": "BACKSPACE", "\x1b": "ESC", "\x7f": "DEL",
             "\x9b": "CSI", "\x9d": "OSC"}
    name = names.get(char) or unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def check_time(text) -> str | None:
    """Why ``text`` is not a time as the app writes it (ISO 8601 with a time zone), or None."""
    if not isinstance(text, str) or len(text) > TEXT_LIMITS["time"]:
        return "is not a time"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return f"'{text}' is not a time (expected ISO 8601, such as 2024-03-01T09:30:00Z)"
    if moment.tzinfo is None:
        return f"'{text}' has no time zone (expected UTC, such as 2024-03-01T09:30:00Z)"
    return None


def check_narrative(outcome, year, text, framework: Framework) -> list[Problem]:
    """What is wrong with an outcome narrative (one office's text on an outcome in a year)."""
    problems = []
    group = framework.group(outcome) if isinstance(outcome, str) else None
    if group is None or group.level not in ("outcome", "enabler"):
        problems.append(Problem("outcome", f"'{str(outcome)[:40]}' is not an outcome of {framework.id}"))
    if type(year) is not int or year not in framework.years:
        problems.append(Problem("year", f"{str(year)[:40]} lies outside the plan period "
                                        f"{framework.first_year}–{framework.last_year}"))
    reason = check_text("outcome_narrative", text) if isinstance(text, str) else "is not text"
    if reason:
        problems.append(Problem("text", reason))
    return problems


def _text(value) -> str:
    if value.__class__ is str:  # the common case (every CSV cell): skip the checks below
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _whole_number(value) -> int | None:
    """An int from an int, an integral float or text such as '1200', '1,200' or '1 200'; else None."""
    if value.__class__ is str:
        text = value.strip()
        if text.isdigit() and text.isascii():  # plain digits, the common case: no clean-up needed
            return int(text)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    text = _text(value)
    if text.startswith(("+", "-")):
        sign, digits = text[0], text[1:].lstrip()
    else:
        sign, digits = "", text
    if digits.endswith(".0"):
        digits = digits[:-2]
    if not digits.isascii() or not digits.isdigit():
        # Thousands separated by commas or spaces, in groups of three: "1,5" is a decimal comma.
        if not _GROUPED.fullmatch(digits):
            return None
        digits = re.sub(r"[^0-9]", "", digits)
    return int(sign + digits)


_GROUPED = re.compile("[0-9]{1,3}(?:([, \u00a0\u202f])[0-9]{3})(?:\\1[0-9]{3})*")


def _number_hint(text: str) -> str:
    """Why a number with a point or a comma in it is not taken as a whole number."""
    if re.fullmatch(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+", text):
        return ("; the point may separate thousands (1.200 = 1200 in many languages) or decimals "
                "(1.2): write the number without separators")
    if re.fullmatch(r"[+-]?[0-9]+[.,][0-9]+", text):
        return "; a count is a whole number, without decimals"
    return ""


def check_record(values: dict, framework: Framework) -> tuple[dict, list[Problem]]:
    """Clean one record's values and list what is wrong with them (empty list: valid)."""
    problems: list[Problem] = []
    clean: dict = {}

    def fail(field: str, message: str) -> None:
        problems.append(Problem(field, message))

    code = _text(values.get("indicator"))
    clean["indicator"] = code
    indicator = framework.indicator(code) if code else None
    if not code:
        fail("indicator", f"required: an indicator code of {framework.id}, such as 1.1.a")
    elif indicator is None:
        fail("indicator", f"'{code}' is not an indicator of {framework.id} {framework.version}")
    elif not indicator.enterable:
        fail("indicator", f"{code} is computed from {indicator.numerator} ÷ {indicator.denominator} "
                          "and cannot be entered")

    year = _whole_number(values.get("year"))
    clean["year"] = year
    if year is None:
        fail("year", f"required: a year from {framework.first_year} to {framework.last_year}")
    elif year not in framework.years:
        fail("year", f"{year} lies outside the plan period {framework.first_year}–{framework.last_year}")

    for field in ("country", "city", "entity", "narrative", "source"):
        clean[field] = text = _text(values.get(field))
        if text and field in TEXT_RULES and (reason := check_text(field, text)):
            fail(field, reason)
    clean["country"] = clean["country"].upper()
    if clean["country"] and not is_country_code(clean["country"]):
        fail("country", f"'{clean['country']}' is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)")
    if clean["city"] and not clean["country"]:
        fail("country", "required when a city is given: the ISO 3166-1 alpha-3 code of the city's country")

    raw_value = values.get("value")
    value = _whole_number(raw_value)
    rule = indicator.rule if indicator else None
    if rule == "distinct":
        if _text(raw_value) and value != 1:
            fail("value", f"leave empty (or 1) for {code}: each record counts one {indicator.entity.replace('_', ' or ')}")
        value = None
        entity = indicator.entity
        if entity == "city" and not clean["city"]:
            fail("city", f"required for {code}, which counts cities (with the city's country)")
        if entity in ("city", "country", "country_or_city") and not clean["country"]:
            fail("country", f"required for {code}: the ISO 3166-1 alpha-3 code")
        if entity == "named" and not clean["entity"]:
            fail("entity", f"required for {code}: the name of the {indicator.unit} counted")
    elif _text(raw_value) == "":
        if rule == "sum":
            fail("value", f"required for {code}: a whole number of {indicator.unit}")
    elif value is None:
        fail("value", f"'{_text(raw_value)}' is not a whole number of {indicator.unit if indicator else 'units'}"
                      + _number_hint(_text(raw_value)))
    elif value < 0:
        fail("value", f"{value} is negative; counts are whole numbers of 0 or more")
    elif value > MAX_VALUE:
        fail("value", f"{value} is implausibly large (more than {MAX_VALUE:,})")
    clean["value"] = value

    qualifier = _QUALIFIER_WORDS.get(_text(values.get("qualifier")).lower())
    clean["qualifier"] = qualifier or "none"
    if qualifier is None:
        fail("qualifier", f"'{_text(values.get('qualifier'))}' is not one of: none, at least, more than, about")

    for field, allowed in (("sex", SEXES), ("age", AGE_GROUPS), ("disability", DISABILITY)):
        text = _text(values.get(field)).lower()
        clean[field] = text
        if not text:
            continue
        if text not in allowed:
            fail(field, f"'{text}' is not one of: {', '.join(allowed)}")
        elif indicator is not None and field not in indicator.disaggregations:
            fail(field, f"{code} is not broken down by {field}; leave it empty")
    return clean, problems
