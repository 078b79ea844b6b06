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
from typing import TYPE_CHECKING

import pycountry

from db.errors import Problem, say
from db.framework import Framework

if TYPE_CHECKING:
    from db.plans import Plans

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
    found = text_refusal(field, text)
    return say(*found) if found else None


def text_refusal(field: str, text: str) -> tuple[str, dict] | None:
    """Why ``text`` may not be stored in ``field``, as a code and its params (see db.errors), or None."""
    rule = TEXT_RULES[field]
    if len(text) > rule.limit:
        return "too_long", {"count": len(text), "limit": rule.limit}
    found = (_CONTROL_LINES if rule.lines else _CONTROL_ONE_LINE).search(text)
    if found is None:
        return None
    char = found.group()
    position = found.start() + 1
    if char in "\t\n\r":
        return ("tab" if char == "\t" else "line_break"), {"position": position}
    return "control_character", {"char": character_name(char), "position": position}


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


def check_narrative(outcome, year, text, framework: Framework | Plans) -> list[Problem]:
    """What is wrong with an outcome narrative (one office's text on an outcome in a year).

    ``framework``: one plan, or the plans of a file (the narrative's year picks its plan).
    """
    problems = []
    framework, outside = _plan_of_year(framework, year if type(year) is int else None)
    group = framework.group(outcome) if isinstance(outcome, str) else None
    if group is None or group.children:  # a group that holds indicators: an outcome, an enabler, …
        problems.append(Problem.of("outcome", "outcome_unknown", outcome=str(outcome)[:40], framework=framework.id))
    if type(year) is not int or year not in framework.years:
        problems.append(outside or Problem.of("year", "year_outside_period", year=str(year)[:40],
                                              first=framework.first_year, last=framework.last_year))
    reason = text_refusal("outcome_narrative", text) if isinstance(text, str) else ("not_text", {})
    if reason:
        problems.append(Problem.of("text", reason[0], **reason[1]))
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


def _not_whole(text: str) -> str:
    """The code saying why ``text`` is not a whole number (a point or a comma in it gets a hint)."""
    if re.fullmatch(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+", text):
        return "not_whole_number_point"
    if re.fullmatch(r"[+-]?[0-9]+[.,][0-9]+", text):
        return "not_whole_number_decimals"
    return "not_whole_number"


def _plan_of_year(plans: Framework | Plans, year: int | None) -> tuple[Framework, Problem | None]:
    """The framework ``year`` is checked under, and the problem of a year outside every plan.

    A single framework is its own plan. Of a file's plans, a year outside all of them is checked
    under the first (its indicators still named), with a problem listing the plans' periods.
    """
    if isinstance(plans, Framework):
        return plans, None
    framework = plans.for_year(year)
    if framework is not None:
        return framework, None
    first = plans.current[0].framework
    if len(plans) == 1 or year is None:
        return first, None
    return first, Problem.of("year", "year_outside_plans", year=str(year)[:40], periods=plans.periods())


def check_record(values: dict, framework: Framework | Plans) -> tuple[dict, list[Problem]]:
    """Clean one record's values and list what is wrong with them (empty list: valid).

    ``framework``: one plan, or the plans of a file: then the record's year picks the plan whose
    indicators it takes, and an indicator a newer version of that plan removed is named as such.
    """
    problems: list[Problem] = []
    clean: dict = {}

    def fail(field: str, code: str, /, **params) -> None:
        problems.append(Problem.of(field, code, **params))

    plans = framework
    year = _whole_number(values.get("year"))
    framework, outside = _plan_of_year(plans, year)
    code = _text(values.get("indicator"))
    if not isinstance(plans, Framework) and plans.for_year(year) is None and code:
        # No plan for the year: the indicator is still checked under the plan that has it.
        framework = next((p.framework for p in plans if p.framework.indicator(code) is not None), framework)
    clean["indicator"] = code
    indicator = framework.indicator(code) if code else None
    removed = None
    if indicator is None and code and not isinstance(plans, Framework):
        removed = plans.removed_by(code, year)
        if removed is not None:  # checked as its plan's earlier version had it, and named
            framework = removed.framework
            indicator = framework.indicator(code)
            current = plans.plan_for_year(year)
            fail("indicator", "indicator_removed", code=code, plan=removed.id,
                 version=current.version if current else "?")
    if not code:
        fail("indicator", "indicator_required", framework=framework.id)
    elif indicator is None:
        fail("indicator", "indicator_unknown", code=code, framework=framework.id, version=framework.version)
    elif not indicator.enterable:
        fail("indicator", "indicator_computed", code=code, numerator=indicator.numerator,
             denominator=indicator.denominator)

    clean["year"] = year
    if year is None:
        fail("year", "year_required", first=plans.first_year, last=plans.last_year)
    elif outside is not None:
        problems.append(outside)
    elif year not in framework.years:
        fail("year", "year_outside_period", year=year, first=framework.first_year, last=framework.last_year)

    for field in ("country", "city", "entity", "narrative", "source"):
        clean[field] = text = _text(values.get(field))
        if text and field in TEXT_RULES and (reason := text_refusal(field, text)):
            fail(field, reason[0], **reason[1])
    clean["country"] = clean["country"].upper()
    if clean["country"] and not is_country_code(clean["country"]):
        fail("country", "country_code_unknown", text=clean["country"])
    if clean["city"] and not clean["country"]:
        fail("country", "country_for_city")

    raw_value = values.get("value")
    value = _whole_number(raw_value)
    rule = indicator.rule if indicator else None
    unit = indicator.unit if indicator else "units"
    if rule == "distinct":
        entity = (indicator.entity if indicator else None) or ""
        if _text(raw_value) and value != 1:
            fail("value", "distinct_value", code=code, entity=entity.replace("_", " or "))
        value = None
        if entity == "city" and not clean["city"]:
            fail("city", "city_required", code=code)
        if entity in ("city", "country", "country_or_city") and not clean["country"]:
            fail("country", "country_required", code=code)
        if entity == "named" and not clean["entity"]:
            fail("entity", "entity_required", code=code, unit=unit)
    elif _text(raw_value) == "":
        if rule == "sum":
            fail("value", "value_required", code=code, unit=unit)
    elif value is None:
        typed = _text(raw_value)
        fail("value", _not_whole(typed), text=typed, unit=unit)
    elif value < 0:
        fail("value", "negative", value=value)
    elif value > MAX_VALUE:
        fail("value", "implausibly_large", value=value, limit=f"{MAX_VALUE:,}")
    clean["value"] = value

    qualifier = _QUALIFIER_WORDS.get(_text(values.get("qualifier")).lower())
    clean["qualifier"] = qualifier or "none"
    if qualifier is None:
        fail("qualifier", "qualifier_unknown", text=_text(values.get("qualifier")))

    for field, allowed in (("sex", SEXES), ("age", AGE_GROUPS), ("disability", DISABILITY)):
        text = _text(values.get(field)).lower()
        clean[field] = text
        if not text:
            continue
        if text not in allowed:
            fail(field, "not_one_of", text=text, allowed=", ".join(allowed))
        elif indicator is not None and field not in indicator.disaggregations:
            fail(field, "not_broken_down", code=code, field=field)
    return clean, problems
