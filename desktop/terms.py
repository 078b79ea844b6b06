"""Words the user sees for stored codes (qualifiers, breakdowns, statuses), in the UI language."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

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


def number(value) -> str:
    """A count as the report prints it: with the UI language's thousands separators."""
    try:
        return QLocale().toString(int(value))
    except (TypeError, ValueError):
        return "" if value is None else str(value)


def local_time(stamp: str | None, with_time: bool = True) -> str:
    """A stored UTC time ("2024-05-02T09:30:00.000Z") as a local date (and time) in the UI language."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    moment = moment.toLocalTime()
    locale = QLocale()
    if with_time:
        return locale.toString(moment, QLocale.FormatType.ShortFormat)
    return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
