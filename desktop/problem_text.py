"""The core's messages in the user-interface language.

Failures of the disk or of a lock (``db.storage.StorageError``) carry a code and parameters: they
are translated by code. The validation's messages are English text: in another UI language each
message the table below knows is shown translated (through Qt Linguist like every other string),
with the core's own words kept beside it in the tooltip; a message the table does not know is
shown exactly as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from db import storage
from db.errors import HabitatError
from db.framework import Framework
from desktop.vocabulary import column_titles

CODE = r"(?P<code>[\w.]+)"


def _table() -> list[tuple[str, str]]:
    """(pattern of the core's message, translated template); built per call: the language may change."""
    return [
        (r"required: an indicator code of (?P<framework>\S+), such as 1\.1\.a",
         QCoreApplication.translate("ProblemText", "required: an indicator code of {framework}, such as 1.1.a")),
        (r"'(?P<code>.*)' is not an indicator of (?P<framework>\S+) (?P<version>\S+)",
         QCoreApplication.translate("ProblemText", "'{code}' is not an indicator of {framework} {version}")),
        (CODE + r" is computed from (?P<numerator>\S+) ÷ (?P<denominator>\S+) and cannot be entered",
         QCoreApplication.translate("ProblemText",
                                    "{code} is computed from {numerator} ÷ {denominator} and cannot be entered")),
        (r"required: a year from (?P<first>\d+) to (?P<last>\d+)",
         QCoreApplication.translate("ProblemText", "required: a year from {first} to {last}")),
        (r"(?P<year>-?\d+) lies outside the plan period (?P<first>\d+)–(?P<last>\d+)",
         QCoreApplication.translate("ProblemText", "{year} lies outside the plan period {first}–{last}")),
        (r"too long \((?P<count>\d+) characters\); at most (?P<limit>\d+)",
         QCoreApplication.translate("ProblemText", "too long ({count} characters); at most {limit}")),
        (r"contains the control character (?P<char>U\+[0-9A-F]+(?: \(.*\))?) at character (?P<position>\d+), "
         r"which is not text; retype it",
         QCoreApplication.translate("ProblemText", "contains the control character {char} at character {position}, "
                                                   "which is not text; retype it")),
        (r"a line break at character (?P<position>\d+); this field is one line of text",
         QCoreApplication.translate("ProblemText", "a line break at character {position}; this field is one line "
                                                   "of text")),
        (r"a tab at character (?P<position>\d+); this field is one line of text",
         QCoreApplication.translate("ProblemText", "a tab at character {position}; this field is one line of text")),
        (r"'(?P<text>.*)' is not an ISO 3166-1 alpha-3 country code( \(e\.g\. KEN, BRA\))?",
         QCoreApplication.translate("ProblemText", "'{text}' is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)")),
        (r"'(?P<text>.*)' is not a country: type its name, its ISO 3166-1 alpha-3 code \(e\.g\. KEN\) "
         r"or the first letters of its name",
         QCoreApplication.translate("ProblemText", "'{text}' is not a country: type its name, its ISO 3166-1 "
                                                   "alpha-3 code (e.g. KEN) or the first letters of its name")),
        (r"'(?P<text>.*)' could be (?P<names>.+): type more letters or the code",
         QCoreApplication.translate("ProblemText", "'{text}' could be {names}: type more letters or the code")),
        (r"required when a city is given: the ISO 3166-1 alpha-3 code of the city's country",
         QCoreApplication.translate("ProblemText",
                                    "required when a city is given: the ISO 3166-1 alpha-3 code of the city's country")),
        (r"leave empty \(or 1\) for " + CODE + r": each record counts one (?P<entity>.+)",
         QCoreApplication.translate("ProblemText", "leave empty (or 1) for {code}: each record counts one {entity}")),
        (r"required for " + CODE + r", which counts cities \(with the city's country\)",
         QCoreApplication.translate("ProblemText", "required for {code}, which counts cities (with the city's country)")),
        (r"required for " + CODE + r": the ISO 3166-1 alpha-3 code",
         QCoreApplication.translate("ProblemText", "required for {code}: the ISO 3166-1 alpha-3 code")),
        (r"required for " + CODE + r": the name of the (?P<unit>.+) counted",
         QCoreApplication.translate("ProblemText", "required for {code}: the name of the {unit} counted")),
        (r"required for " + CODE + r": a whole number of (?P<unit>.+)",
         QCoreApplication.translate("ProblemText", "required for {code}: a whole number of {unit}")),
        (r"'(?P<text>.*)' is not a whole number of (?P<unit>.+?); the point may separate thousands "
         r"\(1\.200 = 1200 in many languages\) or decimals \(1\.2\): write the number without separators",
         QCoreApplication.translate("ProblemText", "'{text}' is not a whole number of {unit}; the point may separate "
                                                   "thousands (1.200 = 1200 in many languages) or decimals (1.2): "
                                                   "write the number without separators")),
        (r"'(?P<text>.*)' is not a whole number of (?P<unit>.+?); a count is a whole number, without decimals",
         QCoreApplication.translate("ProblemText", "'{text}' is not a whole number of {unit}; a count is a whole "
                                                   "number, without decimals")),
        (r"'(?P<text>.*)' is not a whole number of (?P<unit>.+)",
         QCoreApplication.translate("ProblemText", "'{text}' is not a whole number of {unit}")),
        (r"(?P<value>-\d+) is negative; counts are whole numbers of 0 or more",
         QCoreApplication.translate("ProblemText", "{value} is negative; counts are whole numbers of 0 or more")),
        (r"(?P<value>\d+) is implausibly large \(more than (?P<limit>[\d,]+)\)",
         QCoreApplication.translate("ProblemText", "{value} is implausibly large (more than {limit})")),
        (r"'(?P<text>.*)' is not one of: none, at least, more than, about",
         QCoreApplication.translate("ProblemText", "'{text}' is not one of: none, at least, more than, about")),
        (r"'(?P<text>.*)' is not one of: (?P<allowed>.+)",
         QCoreApplication.translate("ProblemText", "'{text}' is not one of: {allowed}")),
        (CODE + r" is not broken down by (?P<field>\w+); leave it empty",
         QCoreApplication.translate("ProblemText", "{code} is not broken down by {field}; leave it empty")),
        (r"required: the office's name",
         QCoreApplication.translate("ProblemText", "required: the office's name")),
        (r"the office code must be 1–20 letters, digits or hyphens",
         QCoreApplication.translate("ProblemText", "the office code must be 1–20 letters, digits or hyphens")),
    ]


def _entity_words() -> dict[str, str]:
    return {
        "city": QCoreApplication.translate("ProblemText", "city"),
        "country": QCoreApplication.translate("ProblemText", "country"),
        "named": QCoreApplication.translate("ProblemText", "named item"),
        "country or city": QCoreApplication.translate("ProblemText", "country or city"),
    }


def _unit(unit: str, lang: str, framework: Framework | None) -> str:
    """A unit as a noun in ``lang`` (the framework's Chinese units carry a measure word: 个城市)."""
    if framework is None or unit not in framework.units:
        return unit
    name = framework.unit_name(unit, lang)
    return re.sub(r"^[个家次]", "", name) if lang == "zh" else name


def localize(message: str, lang: str, framework: Framework | None = None) -> str:
    """The core's message in the UI language, or unchanged when it is English or not known here."""
    if lang == "en":
        return message
    for pattern, template in _table():
        match = re.fullmatch(pattern, message)
        if match is None:
            continue
        values = match.groupdict()
        if "unit" in values:
            values["unit"] = _unit(values["unit"], lang, framework)
        if "entity" in values:
            values["entity"] = _entity_words().get(values["entity"], values["entity"])
        if "field" in values:
            values["field"] = column_titles().get(values["field"], values["field"])
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return message
    return message


def _storage_templates() -> dict[str, str]:
    """The text of each storage failure, by code (see ``db.storage.MESSAGES``)."""
    tr = QCoreApplication.translate
    return {
        storage.DISK_FULL: tr("StorageError", "{path}: not saved: the disk is full. Nothing was changed; "
                                              "free some space and try again."),
        storage.LOCKED: tr("StorageError", "{path}: in use by {holder}; nothing was changed. Try again in a "
                                           "moment, or close the file there."),
        storage.READ_ONLY: tr("StorageError", "{path}: cannot be changed: the file or its folder is read-only "
                                              "(a write-protected disk, or no permission). Nothing was changed."),
        storage.VANISHED: tr("StorageError", "{path}: the file is gone (moved, deleted, or its disk removed). "
                                             "Nothing was saved; open it again from where it is now."),
        storage.CHANGED: tr("StorageError", "{path}: the file was changed by another program while it was "
                                            "being read; try again."),
        storage.DISK_ERROR: tr("StorageError", "{path}: the disk failed while reading or writing ({detail}). "
                                               "Nothing was changed; check the disk or network drive and try "
                                               "again."),
    }


def storage_text(error: storage.StorageError) -> str:
    """A storage failure in the UI language, chosen by its code (no parsing of the English)."""
    params = dict(error.params)
    if error.holder == storage.ANOTHER_PROGRAM:
        params["holder"] = QCoreApplication.translate("StorageError", "another program")
    template = _storage_templates().get(error.code)
    try:
        return template.format(**params) if template else str(error)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(error)


def error_text(error: HabitatError, lang: str, framework: Framework | None = None) -> str:
    """Any failure of the core, as the user should read it in ``lang``."""
    if isinstance(error, storage.StorageError):
        return storage_text(error)
    return localize(str(error), lang, framework)
