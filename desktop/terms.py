"""Words the user sees for stored codes (qualifiers, breakdowns, statuses), in the UI language."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication

from db.validation import AGE_GROUPS, DISABILITY, QUALIFIERS, SEXES, country_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Terms", text)


def qualifier_labels() -> dict[str, str]:
    labels = {
        "none": _t("exact"),
        "at_least": _t("at least"),
        "more_than": _t("more than"),
        "about": _t("about"),
    }
    return {code: labels[code] for code in QUALIFIERS}


def breakdown_labels(field: str) -> dict[str, str]:
    """Allowed values of a breakdown field (sex, age, disability), with an empty 'not broken down'."""
    words = {
        "sex": {"female": _t("female"), "male": _t("male")},
        "age": {"children": _t("children (0–14)"), "youth": _t("youth (15–24)"),
                "adults": _t("adults (25–64)"), "older": _t("older persons (65+)")},
        "disability": {"yes": _t("with disability"), "no": _t("without disability")},
    }[field]
    allowed = {"sex": SEXES, "age": AGE_GROUPS, "disability": DISABILITY}[field]
    return {"": "", **{code: words[code] for code in allowed}}


def status_labels() -> dict[str, str]:
    return {"draft": _t("draft"), "submitted": _t("submitted"), "validated": _t("validated"),
            "returned": _t("returned")}


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
