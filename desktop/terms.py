"""Words the user sees for stored codes (qualifiers, breakdowns, statuses), in the UI language."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication

from db.validation import AGE_GROUPS, DISABILITY, QUALIFIERS, SEXES, country_name


def qualifier_labels() -> dict[str, str]:
    labels = {
        "none": QCoreApplication.translate("Terms", "exact"),
        "at_least": QCoreApplication.translate("Terms", "at least"),
        "more_than": QCoreApplication.translate("Terms", "more than"),
        "about": QCoreApplication.translate("Terms", "about"),
    }
    return {code: labels[code] for code in QUALIFIERS}


def breakdown_labels(field: str) -> dict[str, str]:
    """Allowed values of a breakdown field (sex, age, disability), with an empty 'not broken down'."""
    words = {
        "sex": {
            "female": QCoreApplication.translate("Terms", "female"),
            "male": QCoreApplication.translate("Terms", "male"),
        },
        "age": {
            "children": QCoreApplication.translate("Terms", "children (0–14)"),
            "youth": QCoreApplication.translate("Terms", "youth (15–24)"),
            "adults": QCoreApplication.translate("Terms", "adults (25–64)"),
            "older": QCoreApplication.translate("Terms", "older persons (65+)"),
        },
        "disability": {
            "yes": QCoreApplication.translate("Terms", "with disability"),
            "no": QCoreApplication.translate("Terms", "without disability"),
        },
    }[field]
    allowed = {"sex": SEXES, "age": AGE_GROUPS, "disability": DISABILITY}[field]
    return {"": "", **{code: words[code] for code in allowed}}


def status_labels() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Terms", "draft"),
        "submitted": QCoreApplication.translate("Terms", "submitted"),
        "validated": QCoreApplication.translate("Terms", "validated"),
        "returned": QCoreApplication.translate("Terms", "returned"),
    }


@cache
def countries(lang: str) -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as (alpha-3 code, name in ``lang``), sorted by name."""
    found = [(c.alpha_3, country_name(c.alpha_3, lang) or c.name) for c in pycountry.countries]
    return sorted(found, key=lambda item: item[1].casefold())


def country_label(code: str, lang: str) -> str:
    if not code:
        return ""
    name = country_name(code, lang)
    return f"{name} ({code})" if name else code
