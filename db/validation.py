"""The rules a result record must satisfy, shared by the CLI, the importer and the GUI.

``check_record`` takes raw values (typed, or text from a CSV cell) and returns the cleaned values
together with every problem found, each naming the field and saying what is expected.
"""

from __future__ import annotations

import math
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
TEXT_LIMITS = {"city": 200, "entity": 300, "narrative": 20_000, "source": 2_000}
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
    text = _text(value).replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if text.startswith(("+", "-")):
        sign, digits = text[0], text[1:]
    else:
        sign, digits = "", text
    if digits.endswith(".0"):
        digits = digits[:-2]
    if not digits.isascii() or not digits.isdigit():
        return None
    return int(sign + digits)


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
        clean[field] = _text(values.get(field))
        limit = TEXT_LIMITS.get(field)
        if limit and len(clean[field]) > limit:
            fail(field, f"too long ({len(clean[field])} characters); at most {limit}")
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
        fail("value", f"'{_text(raw_value)}' is not a whole number of {indicator.unit if indicator else 'units'}")
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
