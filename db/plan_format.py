"""Plan files (format 2): a plan as headquarters builds it from a plan workbook.

A plan file is JSON whose lists mirror the workbook's sheets (docs/plans.md): ``levels``,
``structure``, ``indicators``, ``units``, ``rules`` and ``crosswalk``, each entry keyed by the
sheet's column names; the ``name_xx`` (``definition_xx``, ``text_xx``, ``note_xx``) columns become
one ``name`` (…) object by language, comma lists become lists, an empty cell an absent key.

``check_plan`` names every problem of such data at once, each at a place that the caller names
(a workbook cell, or ``indicators[3].unit`` in a plan file); ``parse_plan`` builds the
``Framework``; ``plan_data`` writes any framework (the built-in 2020–2025 one too) as plan data.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Self

from db.errors import say
from db.framework import (
    DISAGGREGATIONS, MAX_LEVELS, PLAN_LANGUAGES, PLAN_STATUSES, RULES, CrosswalkEntry, Framework, FrameworkError,
    Group, Indicator, Level, Milestone, Names, Rule, builtin_frameworks, substance_sha256,
)

PLAN_FORMAT = 2
COUNTS = {"city": "city", "country": "country", "entity": "named", "country_or_city": "country_or_city"}
QUALIFIERS = ("none", "at_least", "more_than", "about")
MAX_CODE = 30
MAX_NAME = 1_000
MAX_TEXT = 10_000  # a definition, a rule's text, a crosswalk's note
MAX_PLAN_PROBLEMS_SAID = 20  # in a refused plan file's message; `plan check` names them all

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LEVEL_KEY = re.compile(r"[a-z][a-z0-9_]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _names(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{lang}" for lang in PLAN_LANGUAGES)


# Each sheet's columns, in the order a workbook shows them; the first sheets are required.
PLAN_KEYS = ("id", "version", "first_year", "last_year", "status", "symbol", *_names("name"), "unofficial",
             "source", "year_on_year_factor")
SHEETS: dict[str, tuple[str, ...]] = {
    "levels": ("level", "key", *_names("name"), "unofficial"),
    "structure": ("code", "parent", "level", *_names("name"), "unofficial"),
    "indicators": ("code", "parent", *_names("name"), "unofficial", "unit", "rule", "counts", "numerator",
                   "denominator", "ceiling", "breakdowns", "baseline_year", "baseline", "target_year", "target",
                   "sdg", *_names("definition"), "report_value", "report_qualifier", "report_para",
                   "year_on_year_factor"),
    "units": ("unit", *_names("name"), "unofficial"),
    "rules": ("indicator", "at_most", *_names("text")),
    "crosswalk": ("from_plan", "from_code", "to_code", *_names("note")),
}
REQUIRED_SHEETS = ("plan", "levels", "structure", "indicators", "units")
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "levels": ("level", "key", "name_en"),
    "structure": ("code", "parent", "level", "name_en"),
    "indicators": ("code", "parent", "name_en", "unit", "rule"),
    "units": ("unit", "name_en"),
    "rules": ("indicator", "at_most"),
    "crosswalk": ("from_plan", "from_code", "to_code"),
}
TEXTS = ("name", "definition", "text", "note")  # the columns written once per language

# What a cell holds, by column: the workbook reads each cell as this kind, the check verifies it.
WHOLE = {"level", "first_year", "last_year", "ceiling", "baseline_year", "target_year", "report_para"}
NUMBERS = {"baseline", "target", "report_value", "year_on_year_factor"}
LISTS = {"unofficial", "breakdowns", "sdg"}
STRICT_TEXT = {"version"}  # never a number: Excel turns 1.0 into 1
CODES = {"id", "code", "parent", "numerator", "denominator", "indicator", "at_most", "from_plan", "from_code",
         "to_code", "key"}


def column_kind(sheet: str, column: str) -> str:
    """How a column's cells are read: whole, number, list, strict (text only), code or text."""
    if sheet == "structure" and column == "level":
        return "code"  # a key of the sheet levels; the level's number is in that sheet
    if column in WHOLE:
        return "whole"
    if column in NUMBERS:
        return "number"
    if column in LISTS:
        return "list"
    if column in STRICT_TEXT:
        return "strict"
    if column in CODES:
        return "code"
    return "text"


@dataclass(frozen=True)
class PlanProblem:
    """One problem of a plan: where (``indicators!F12`` in a workbook, ``indicators[10].unit`` in a file) and what.

    ``sheet`` and ``cell`` say the place apart (``cell`` is empty for a whole sheet or file);
    ``code`` and ``params`` say the problem for translation (``db.errors.MESSAGES``).
    """

    place: str
    message: str
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    sheet: str = ""
    cell: str = ""
    at: tuple[str, int | None, str] | None = field(default=None, compare=False)  # (sheet, entry, column) checked

    @classmethod
    def of(cls, code: str, place: str, sheet: str = "", cell: str = "", /, **params: Any) -> Self:
        return cls(place, say(code, params), code, params, sheet, cell)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


# A place: (sheet, entry number in the sheet's list or None on the plan sheet, column or plan key).
Place = Callable[[str, int | None, str], tuple[str, str]]


def file_place(sheet: str, entry: int | None, column: str) -> tuple[str, str]:
    """The place of a value in a plan file (``indicators[3].unit``, ``plan.id``), and no cell."""
    if sheet == "plan":
        return (f"plan.{column}" if column else "plan"), ""
    if entry is None:
        return sheet, ""
    return (f"{sheet}[{entry}].{column}" if column else f"{sheet}[{entry}]"), ""


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


class _Checker:
    """Collects every problem of plan data, each at the place ``place`` gives it."""

    def __init__(self, data: Mapping, place: Place):
        self.data, self.place = data, place
        self.problems: list[PlanProblem] = []
        self.said: set[tuple[str, int | None, str]] = set()

    def add(self, code: str, sheet: str, entry: int | None, column: str, /, **params: Any) -> None:
        if (sheet, entry, column) in self.said:
            return  # one problem per cell: the first says what blocks the rest
        self.said.add((sheet, entry, column))
        place, cell = self.place(sheet, entry, column)
        self.problems.append(replace(PlanProblem.of(code, place, sheet, cell, **params), at=(sheet, entry, column)))

    def where(self, sheet: str, entry: int | None, column: str) -> str:
        return self.place(sheet, entry, column)[0]

    # --- values of one kind ------------------------------------------------------------------------

    def value(self, sheet: str, entry: int | None, raw: Mapping, column: str, required: bool = False) -> Any:
        """The entry's value of ``column`` if it is of the column's kind; None (said) if not, or absent."""
        value = raw.get(column)
        if value is None or value == "" or value == []:
            if required:
                self.add("plan_required", sheet, entry, column)
            return None
        kind = column_kind(sheet, column)
        if kind in ("whole", "number"):
            if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
                self.add("plan_not_number" if kind == "number" else "plan_not_whole_number", sheet, entry, column,
                         text=_show(value))
                return None
            if kind == "whole" and not isinstance(value, int):
                self.add("plan_not_whole_number", sheet, entry, column, text=_show(value))
                return None
            return value
        if kind == "list":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                self.add("plan_not_text", sheet, entry, column, text=_show(value))
                return None
            return value
        if not isinstance(value, str):
            self.add("plan_not_text", sheet, entry, column, text=_show(value))
            return None
        if not value.strip():
            if required:
                self.add("plan_required", sheet, entry, column)
            return None
        if kind == "code" and (len(value) > MAX_CODE or not _CODE.fullmatch(value)):
            self.add("plan_code_invalid", sheet, entry, column, text=_show(value), limit=MAX_CODE)
            return None
        return self.text(sheet, entry, column, value, MAX_NAME)

    def text(self, sheet: str, entry: int | None, column: str, value: str, limit: int,
             lines: bool = False) -> str | None:
        if len(value) > limit:
            self.add("plan_too_long", sheet, entry, column, count=f"{len(value):,}", limit=f"{limit:,}")
            return None
        found = _CONTROL.search(value.replace("\n", "") if lines else value)
        if found:
            self.add("plan_control_character", sheet, entry, column, char=f"U+{ord(found.group()):04X}")
            return None
        return value

    def names(self, sheet: str, entry: int | None, raw: Mapping, prefix: str, required: bool) -> Names | None:
        """The texts of ``prefix`` by language (``name``: the English one required), with the unofficial ones."""
        texts = raw.get(prefix)
        column = f"{prefix}_en"
        if texts is None or texts == {}:
            if required:
                self.add("plan_required", sheet, entry, column)
            return None
        if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
            self.add("plan_not_text", sheet, entry, column, text=_show(texts))
            return None
        unknown = sorted(set(texts) - set(PLAN_LANGUAGES))
        if unknown:
            self.add("plan_language_unknown", sheet, entry, f"{prefix}_{unknown[0]}", text=_show(unknown[0]),
                     allowed=", ".join(PLAN_LANGUAGES))
            return None
        kept = {}
        for lang in PLAN_LANGUAGES:
            if lang in texts and texts[lang].strip():
                text = self.text(sheet, entry, f"{prefix}_{lang}", texts[lang],
                                 MAX_NAME if prefix == "name" else MAX_TEXT, lines=prefix != "name")
                if text is None:
                    return None
                kept[lang] = text
        if "en" not in kept:
            other = next((f"{prefix}_{lang}" for lang in kept), column)
            self.add("plan_required" if required or not kept else "plan_english_required", sheet, entry, column,
                     column=other)
            return None
        unofficial: tuple[str, ...] = ()
        if prefix == "name":
            listed = self.value(sheet, entry, raw, "unofficial") or []
            bad = [lang for lang in listed if lang not in PLAN_LANGUAGES or lang == "en"]
            if bad:
                self.add("plan_not_one_of", sheet, entry, "unofficial", text=_show(bad[0]),
                         allowed=", ".join(lang for lang in PLAN_LANGUAGES if lang != "en"))
            else:
                unofficial = tuple(listed)
        return Names(kept, unofficial)

    def one_of(self, sheet: str, entry: int | None, raw: Mapping, column: str, allowed, required=False):
        value = self.value(sheet, entry, raw, column, required)
        if value is not None and value not in allowed:
            self.add("plan_not_one_of", sheet, entry, column, text=_show(value), allowed=", ".join(allowed))
            return None
        return value

    def entries(self, sheet: str, required: bool) -> list[Mapping]:
        found = self.data.get(sheet)
        if found is None and not required:
            return []
        if not isinstance(found, list) or not all(isinstance(e, dict) for e in found):
            self.add("plan_not_a_list", sheet, None, "", sheet=sheet)
            return []
        unknown = sorted({k for e in found for k in e} - _entry_keys(sheet))
        for n, entry in enumerate(found):
            for key in unknown:
                if key in entry:
                    self.add("plan_column_unknown", sheet, n, key, text=_show(key),
                             columns=", ".join(SHEETS[sheet]))
        return found


def _entry_keys(sheet: str) -> set[str]:
    keys = set(SHEETS[sheet])
    for prefix in TEXTS:
        if any(c.startswith(prefix + "_") for c in keys):
            keys -= set(_names(prefix))
            keys.add(prefix)
    return keys


@dataclass
class _Parsed:
    """What the check found usable, for building the framework once nothing is wrong."""

    head: dict = field(default_factory=dict)
    levels: list[Level] = field(default_factory=list)
    units: dict[str, Names] = field(default_factory=dict)
    groups: list[dict] = field(default_factory=list)  # code, parent, level, name
    unit_keys: set[str] = field(default_factory=set)  # every unit listed, its names right or not
    in_cycle: set[str] = field(default_factory=set)  # groups under themselves (said once, on the structure)
    indicator_rules: dict[str, Any] = field(default_factory=dict)  # every indicator code listed, with its rule
    indicators: list[Indicator] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    crosswalk: list[CrosswalkEntry] = field(default_factory=list)


def check_plan(data: Mapping, place: Place = file_place, beside_builtin: bool = True) -> list[PlanProblem]:
    """Every problem of plan data (a plan file's JSON, or a workbook read), each at its ``place``.

    ``beside_builtin``: also refuse a plan that would collide with a plan built into the app (the same
    id and version counting otherwise, or years that overlap another plan's), as a new plan must not.
    """
    return _check(data, place, beside_builtin)[0]


def _check(data: Mapping, place: Place, beside_builtin: bool) -> tuple[list[PlanProblem], _Parsed]:
    c = _Checker(data, place)
    out = _Parsed()
    allowed = {"format", *PLAN_KEYS, *SHEETS} - set(_names("name")) | {"name"}
    for key in data:
        if key not in allowed:
            c.add("plan_key_unknown", "plan", None, str(key), text=_show(key), keys=", ".join(PLAN_KEYS))
    _check_head(c, data, out)
    _check_levels(c, out)
    _check_units(c, out)
    codes = _check_structure(c, out)
    _check_indicators(c, out, codes)
    _check_rules(c, out)
    _check_crosswalk(c, out)
    if beside_builtin and not c.problems:
        _check_against_builtin(c, out)
    return c.problems, out


def _check_head(c: _Checker, data: Mapping, out: _Parsed) -> None:
    head = out.head
    for key in ("id", "version", "status"):
        head[key] = c.value("plan", None, data, key, required=True)
    if head["status"] is not None and head["status"] not in PLAN_STATUSES:
        c.add("plan_not_one_of", "plan", None, "status", text=_show(head["status"]), allowed=", ".join(PLAN_STATUSES))
        head["status"] = None
    for key in ("symbol", "source"):
        head[key] = c.value("plan", None, data, key) or ""
    head["name"] = c.names("plan", None, data, "name", required=True)
    years = {}
    for key in ("first_year", "last_year"):
        year = c.value("plan", None, data, key, required=True)
        if year is not None and not 1900 <= year <= 2100:
            c.add("plan_year_invalid", "plan", None, key, text=_show(year))
            year = None
        years[key] = year
    if None not in years.values() and years["first_year"] > years["last_year"]:
        c.add("plan_years_reversed", "plan", None, "last_year", first=years["first_year"], last=years["last_year"])
    head.update(years)
    head["year_on_year_factor"] = _factor(c, "plan", None, data)


def _factor(c: _Checker, sheet: str, entry: int | None, raw: Mapping) -> float | None:
    value = c.value(sheet, entry, raw, "year_on_year_factor")
    if value is not None and not value > 1:
        c.add("plan_factor", sheet, entry, "year_on_year_factor", text=_show(value))
        return None
    return None if value is None else float(value)


def _first_seen(c: _Checker, sheet: str, column: str, seen: dict[str, int], value: str, entry: int) -> bool:
    """True the first time ``value`` is seen; a repeat is said at its place, naming the first."""
    if value in seen:
        c.add("plan_duplicate", sheet, entry, column, text=_show(value), other=c.where(sheet, seen[value], column))
        return False
    seen[value] = entry
    return True


def _check_levels(c: _Checker, out: _Parsed) -> None:
    seen: dict[str, int] = {}
    entries = c.entries("levels", required=True)
    if not entries and isinstance(c.data.get("levels"), list):
        c.add("plan_sheet_empty", "levels", None, "", sheet="levels")
    for n, raw in enumerate(entries):
        number = c.value("levels", n, raw, "level", required=True)
        if number is not None and not 1 <= number <= MAX_LEVELS:
            c.add("plan_level_number", "levels", n, "level", text=_show(number), most=MAX_LEVELS)
            number = None
        key = c.value("levels", n, raw, "key", required=True)
        if key is not None and not _LEVEL_KEY.fullmatch(key):
            c.add("plan_level_key_invalid", "levels", n, "key", text=_show(key))
            key = None
        name = c.names("levels", n, raw, "name", required=True)
        if key is not None and _first_seen(c, "levels", "key", seen, key, n) and number and name:
            out.levels.append(Level(number, key, name))
    numbers = {level.number for level in out.levels}
    for level in out.levels:
        if level.number > 1 and level.number - 1 not in numbers:
            c.add("plan_level_gap", "levels", seen[level.key], "level", number=level.number, missing=level.number - 1)


def _check_units(c: _Checker, out: _Parsed) -> None:
    seen: dict[str, int] = {}
    entries = c.entries("units", required=True)
    if not entries and isinstance(c.data.get("units"), list):
        c.add("plan_sheet_empty", "units", None, "", sheet="units")
    for n, raw in enumerate(entries):
        unit = c.value("units", n, raw, "unit", required=True)
        if unit is not None:
            out.unit_keys.add(unit)
        name = c.names("units", n, raw, "name", required=True)
        if unit is not None and _first_seen(c, "units", "unit", seen, unit, n) and name:
            out.units[unit] = name


def _check_structure(c: _Checker, out: _Parsed) -> dict[str, tuple[str, int]]:
    """The groups, each under a group of the level above; the codes seen (of groups and indicators)."""
    levels = {level.key: level for level in out.levels}
    codes: dict[str, tuple[str, int]] = {}  # code -> (sheet, entry): one namespace for groups and indicators
    rows: list[tuple[int, str, str | None, str | None]] = []  # entry, code, parent, level key
    entries = c.entries("structure", required=True)
    if not entries and isinstance(c.data.get("structure"), list):
        c.add("plan_sheet_empty", "structure", None, "", sheet="structure")
    for n, raw in enumerate(entries):
        code = c.value("structure", n, raw, "code", required=True)
        parent = c.value("structure", n, raw, "parent")
        level = c.value("structure", n, raw, "level", required=True)
        if level is not None and level not in levels:
            c.add("plan_level_unknown", "structure", n, "level", text=_show(level))
            level = None
        name = c.names("structure", n, raw, "name", required=True)
        if code is None:
            continue
        if code in codes:
            c.add("plan_duplicate", "structure", n, "code", text=_show(code), other=c.where("structure", codes[code][1],
                                                                                            "code"))
            continue
        codes[code] = ("structure", n)
        rows.append((n, code, parent, level))
        out.groups.append({"code": code, "parent": parent, "level": level, "name": name, "entry": n})
    parents = {code: parent for _, code, parent, _ in rows}
    in_cycle = out.in_cycle
    for n, code, parent, _ in rows:
        path, at = [code], parent
        while at is not None and at in parents and at not in path:
            path.append(at)
            at = parents[at]
        if at == code:
            out.in_cycle.add(code)
            c.add("plan_cycle", "structure", n, "parent", code=code, path=" → ".join([*path, code]))
    for n, code, parent, level in rows:
        if code in in_cycle:
            continue
        if parent is not None and parent not in parents:
            c.add("plan_parent_unknown", "structure", n, "parent", text=_show(parent))
            continue
        if level is None:
            continue
        number = levels[level].number
        if parent is None:
            if number > 1:
                c.add("plan_parent_required", "structure", n, "parent", number=number, level=level, above=number - 1)
            continue
        if number == 1:
            c.add("plan_parent_at_top", "structure", n, "parent", level=level)
            continue
        above = next((g["level"] for g in out.groups if g["code"] == parent), None)
        if above is not None and levels[above].number != number - 1:
            c.add("plan_parent_level", "structure", n, "parent", parent=_show(parent), found=levels[above].number,
                  parent_level=above, number=number, level=level, above=number - 1)
    return codes


def _check_indicators(c: _Checker, out: _Parsed, codes: dict[str, tuple[str, int]]) -> None:
    groups = {g["code"]: g for g in out.groups}
    holders = {g["parent"] for g in out.groups if g["parent"] is not None and g["code"] not in out.in_cycle}
    entries = c.entries("indicators", required=True)
    if not entries and isinstance(c.data.get("indicators"), list):
        c.add("plan_sheet_empty", "indicators", None, "", sheet="indicators")
    raws: dict[str, tuple[int, Mapping]] = {}
    for n, raw in enumerate(entries):
        code = c.value("indicators", n, raw, "code", required=True)
        if code is None:
            continue
        if code in codes:
            sheet, first = codes[code]
            c.add("plan_duplicate", "indicators", n, "code", text=_show(code), other=c.where(sheet, first, "code"))
            continue
        codes[code] = ("indicators", n)
        raws[code] = (n, raw)
    out.indicator_rules = {code: raw.get("rule") for code, (_, raw) in raws.items()}
    for n, raw in enumerate(entries):
        before = len(c.problems)
        code = raw.get("code") if isinstance(raw.get("code"), str) else None
        own = code is not None and raws.get(code, (None,))[0] == n  # not a repeated code
        indicator = _indicator(c, n, raw, code if own and code else "", groups, holders, out)
        if indicator is not None and len(c.problems) == before:
            out.indicators.append(indicator)


def _indicator(c: _Checker, n: int, raw: Mapping, code: str, groups: dict, holders: set,
               out: _Parsed) -> Indicator | None:
    """The indicator of one entry, its problems said (None if it has any: it is said, and not built)."""
    s = "indicators"
    rules = out.indicator_rules
    parent = c.value(s, n, raw, "parent", required=True)
    if parent is not None and parent not in groups:
        c.add("plan_parent_unknown", s, n, "parent", text=_show(parent))
    elif parent is not None and parent in holders:
        under = [g["code"] for g in out.groups if g["parent"] == parent]
        c.add("plan_group_holds_groups", s, n, "parent", text=_show(parent), groups=", ".join(under[:5]))
    name = c.names(s, n, raw, "name", required=True)
    unit = c.value(s, n, raw, "unit", required=True)
    if unit is not None and unit not in out.unit_keys:
        c.add("plan_unit_unknown", s, n, "unit", text=_show(unit))
    rule = c.one_of(s, n, raw, "rule", RULES, required=True)
    counts = c.value(s, n, raw, "counts")
    if rule == "distinct" and counts is None:
        c.add("plan_counts_required", s, n, "counts", allowed=", ".join(COUNTS))
    elif counts is not None and rule is not None and rule != "distinct":
        c.add("plan_only_for", s, n, "counts", rule="distinct")
    elif counts is not None and counts not in COUNTS:
        c.add("plan_not_one_of", s, n, "counts", text=_show(counts), allowed=", ".join(COUNTS))
    parts = {}
    for column in ("numerator", "denominator"):
        part = c.value(s, n, raw, column, required=rule == "derived")
        if part is not None and rule is not None and rule != "derived":
            c.add("plan_only_for", s, n, column, rule="derived")
        elif part is not None and part not in rules:
            c.add("plan_indicator_unknown", s, n, column, text=_show(part))
        elif part is not None and rules[part] == "derived":
            c.add("plan_derived_from_derived", s, n, column, text=_show(part))
        parts[column] = part
    if rule == "derived" and parts["numerator"] and parts["numerator"] == parts["denominator"]:
        c.add("plan_derived_same", s, n, "denominator", text=_show(parts["numerator"]))
    ceiling = c.value(s, n, raw, "ceiling")
    if ceiling is not None and rule is not None and rule != "sum":
        c.add("plan_only_for", s, n, "ceiling", rule="sum")
    elif ceiling is not None and ceiling < 1:
        c.add("plan_not_above_zero", s, n, "ceiling", text=_show(ceiling))
    breakdowns = c.value(s, n, raw, "breakdowns") or []
    bad = [b for b in breakdowns if b not in DISAGGREGATIONS]
    if bad:
        c.add("plan_not_one_of", s, n, "breakdowns", text=_show(bad[0]), allowed=", ".join(DISAGGREGATIONS))
    elif breakdowns and rule == "derived":
        c.add("plan_only_for", s, n, "breakdowns", rule="sum, distinct")
    elif len(set(breakdowns)) != len(breakdowns):
        c.add("plan_duplicate", s, n, "breakdowns", text=_show(next(b for b in breakdowns if breakdowns.count(b) > 1)),
              other=c.where(s, n, "breakdowns"))
    baseline = _milestone(c, n, raw, "baseline", rule)
    target = _milestone(c, n, raw, "target", rule)
    if baseline and target and not target.year > baseline.year:
        c.add("plan_target_year", s, n, "target_year", target=target.year, baseline=baseline.year)
    elif baseline and target and target.value == baseline.value:
        c.add("plan_target_equals_baseline", s, n, "target", value=_show(target.value))
    sdg = c.value(s, n, raw, "sdg") or []
    definition = c.names(s, n, raw, "definition", required=False)
    report_value = c.value(s, n, raw, "report_value")
    if report_value is not None and report_value < 0:
        c.add("plan_negative", s, n, "report_value", text=_show(report_value))
    qualifier = c.one_of(s, n, raw, "report_qualifier", QUALIFIERS) or "none"
    para = c.value(s, n, raw, "report_para")
    for column in ("report_qualifier", "report_para"):
        if raw.get(column) not in (None, "") and raw.get("report_value") in (None, ""):
            c.add("plan_required_with", s, n, "report_value", other=column)
    if para is not None and para < 1:
        c.add("plan_not_above_zero", s, n, "report_para", text=_show(para))
    factor = _factor(c, s, n, raw)
    if not code or parent is None or name is None or unit is None or rule is None:
        return None
    return Indicator(
        code=code, name=name, unit=unit, rule=rule,
        entity=COUNTS.get(counts) if rule == "distinct" and counts else None,
        numerator=parts["numerator"] if rule == "derived" else None,
        denominator=parts["denominator"] if rule == "derived" else None,
        disaggregations=tuple(breakdowns), sdg=tuple(sdg), report_value=report_value, report_qualifier=qualifier,
        report_para=para, group_code=parent, ceiling=ceiling, year_on_year_factor=factor, baseline=baseline,
        target=target, definition=definition,
    )


def _milestone(c: _Checker, n: int, raw: Mapping, key: str, rule: str | None) -> Milestone | None:
    """A baseline or target: a year and a value not below 0 (a share at most 100), both given or neither."""
    year = c.value("indicators", n, raw, f"{key}_year")
    value = c.value("indicators", n, raw, key)
    given = {column: raw.get(column) not in (None, "") for column in (f"{key}_year", key)}
    if len(set(given.values())) == 2:
        missing, other = sorted(given, key=lambda column: given[column])  # the empty one first
        c.add("plan_required_with", "indicators", n, missing, other=other)
        return None
    if year is not None and not 1900 <= year <= 2100:
        c.add("plan_year_invalid", "indicators", n, f"{key}_year", text=_show(year))
        return None
    if value is not None and value < 0:
        c.add("plan_negative", "indicators", n, key, text=_show(value))
        return None
    if value is not None and rule == "derived" and value > 100:
        c.add("plan_share_above_100", "indicators", n, key, text=_show(value))
        return None
    if year is None or value is None:
        return None
    return Milestone(year, float(value) if type(value) is float else value)


def _check_rules(c: _Checker, out: _Parsed) -> None:
    enterable = {code for code, rule in out.indicator_rules.items() if rule != "derived"}
    for n, raw in enumerate(c.entries("rules", required=False)):
        left = c.value("rules", n, raw, "indicator", required=True)
        right = c.value("rules", n, raw, "at_most", required=True)
        why = c.names("rules", n, raw, "text", required=False)
        for column, code in (("indicator", left), ("at_most", right)):
            if code is not None and code not in enterable:
                c.add("plan_rule_not_enterable", "rules", n, column, text=_show(code))
        if left is not None and left == right:
            c.add("plan_rule_same", "rules", n, "at_most", text=_show(left))
        if left in enterable and right in enterable and left != right:
            out.rules.append(Rule(left, right, why))


def _check_crosswalk(c: _Checker, out: _Parsed) -> None:
    plans = {fw.id: fw for fw in builtin_frameworks().values()}
    seen: dict[str, int] = {}
    for n, raw in enumerate(c.entries("crosswalk", required=False)):
        plan = c.value("crosswalk", n, raw, "from_plan", required=True)
        code = c.value("crosswalk", n, raw, "from_code", required=True)
        to = c.value("crosswalk", n, raw, "to_code", required=True)
        note = c.names("crosswalk", n, raw, "note", required=False)
        if plan is not None and plan == out.head.get("id"):
            c.add("plan_crosswalk_self", "crosswalk", n, "from_plan", text=_show(plan))
            plan = None
        earlier = plans.get(plan) if plan else None
        if earlier is not None and code is not None and earlier.indicator(code) is None:
            c.add("plan_crosswalk_unknown", "crosswalk", n, "from_code", text=_show(code), plan=earlier.id,
                  version=earlier.version)
            code = None
        first = out.head.get("first_year")
        if earlier is not None and first is not None and earlier.last_year >= first:
            c.add("plan_crosswalk_overlap", "crosswalk", n, "from_plan", plan=earlier.id, first=earlier.first_year,
                  last=earlier.last_year, own_first=first)
        if to is not None and to not in out.indicator_rules:
            c.add("plan_indicator_unknown", "crosswalk", n, "to_code", text=_show(to))
            to = None
        if plan is None or code is None:
            continue
        if _first_seen(c, "crosswalk", "from_code", seen, f"{plan} {code}", n) and to is not None:
            out.crosswalk.append(CrosswalkEntry(plan, code, to, note))


def _check_against_builtin(c: _Checker, out: _Parsed) -> None:
    """A plan that would stand beside the app's built-in plan in one file must not collide with it."""
    fw = _framework(out)
    for (fid, version), builtin in builtin_frameworks().items():
        if fid == fw.id and version == fw.version:
            if substance_sha256(builtin) != substance_sha256(fw):
                c.add("plan_builtin_other_counting", "plan", None, "version", id=fid, version=version)
        elif fid != fw.id and builtin.first_year <= fw.last_year and fw.first_year <= builtin.last_year:
            c.add("plan_years_overlap_builtin", "plan", None, "first_year", first=fw.first_year, last=fw.last_year,
                  other=fid, other_first=builtin.first_year, other_last=builtin.last_year)


def _framework(out: _Parsed) -> Framework:
    by_parent: dict[str | None, list[dict]] = {}
    for group in out.groups:
        by_parent.setdefault(group["parent"], []).append(group)
    held: dict[str, list[Indicator]] = {}
    for indicator in out.indicators:
        held.setdefault(indicator.group_code, []).append(indicator)

    def build(entry: dict) -> Group:
        return Group(entry["code"], entry["name"], entry["level"],
                     children=tuple(build(child) for child in by_parent.get(entry["code"], [])),
                     indicators=tuple(held.get(entry["code"], [])), parent=entry["parent"])

    roots = [build(entry) for entry in by_parent.get(None, [])]
    # The first level-1 key is the plan's main branch ("domains"); other level-1 keys stand beside it
    # (in 2020–2025 the enablers), so that code written for domains and enablers keeps working.
    main = next((level.key for level in out.levels if level.number == 1), None)
    head = out.head
    return Framework(
        id=head["id"], version=head["version"], name=head["name"], first_year=head["first_year"],
        last_year=head["last_year"],
        domains=tuple(g for g in roots if g.level == main), enablers=tuple(g for g in roots if g.level != main),
        units=dict(out.units), level_names={level.key: level.name for level in out.levels}, source=head["source"],
        rules=tuple(out.rules), year_on_year_factor=head["year_on_year_factor"], status=head["status"],
        symbol=head["symbol"], levels=tuple(out.levels), crosswalk=tuple(out.crosswalk),
    )


def parse_plan(data: Mapping, source: str) -> Framework:
    """The framework of a format-2 plan file; refused (FrameworkError) naming its problems if it has any."""
    problems, out = _check(data, file_place, beside_builtin=False)
    if problems:
        shown = "; ".join(str(p) for p in problems[:MAX_PLAN_PROBLEMS_SAID])
        more = len(problems) - MAX_PLAN_PROBLEMS_SAID
        raise FrameworkError.of("plan_file_invalid", path=source, problems=shown,
                                more_text=f" and {more} more" if more > 0 else "")
    return _framework(out)


# --- writing any framework as plan data ---------------------------------------------------------------

def _texts(prefix: str, names: Names | None) -> dict:
    if names is None:
        return {}
    out: dict[str, Any] = {prefix: {lang: names.texts[lang] for lang in PLAN_LANGUAGES if lang in names.texts}}
    if prefix == "name" and names.unofficial:
        out["unofficial"] = list(names.unofficial)
    return out


def _present(entry: dict) -> dict:
    """The entry without its empty values (an empty cell is an absent key)."""
    return {k: v for k, v in entry.items() if v not in (None, "", [], {})}


def plan_data(fw: Framework) -> dict:
    """The plan file's JSON of a framework (format 2): the same framework when parsed again."""
    counts = {v: k for k, v in COUNTS.items()}
    return _present({
        "format": PLAN_FORMAT,
        "id": fw.id, "version": fw.version, "first_year": fw.first_year, "last_year": fw.last_year,
        "status": fw.status, "symbol": fw.symbol, **_texts("name", fw.name), "source": fw.source,
        "year_on_year_factor": _number(fw.year_on_year_factor),
        "levels": [_present({"level": level.number, "key": level.key, **_texts("name", level.name)})
                   for level in fw.levels],
        "structure": [_present({"code": g.code, "parent": g.parent, "level": g.level, **_texts("name", g.name)})
                      for g in fw.groups()],
        "indicators": [_present({
            "code": i.code, "parent": i.group_code, **_texts("name", i.name), "unit": i.unit, "rule": i.rule,
            "counts": counts.get(i.entity) if i.entity else None, "numerator": i.numerator,
            "denominator": i.denominator, "ceiling": i.ceiling, "breakdowns": list(i.disaggregations),
            **_milestone_data("baseline", i.baseline), **_milestone_data("target", i.target),
            "sdg": list(i.sdg), **_texts("definition", i.definition), "report_value": i.report_value,
            "report_qualifier": i.report_qualifier if i.report_value is not None else None,
            "report_para": i.report_para, "year_on_year_factor": _number(i.year_on_year_factor),
        }) for i in fw.indicators()],
        "units": [_present({"unit": unit, **_texts("name", names)}) for unit, names in fw.units.items()],
        "rules": [_present({"indicator": r.indicator, "at_most": r.at_most, **_texts("text", r.why)})
                  for r in fw.rules],
        "crosswalk": [_present({"from_plan": x.from_plan, "from_code": x.from_code, "to_code": x.to_code,
                                **_texts("note", x.note)}) for x in fw.crosswalk],
    })


def _milestone_data(key: str, milestone: Milestone | None) -> dict:
    return {f"{key}_year": milestone.year, key: milestone.value} if milestone else {}


def _number(value: float | None) -> int | float | None:
    """A whole float written as a whole number (10.0 as 10), as a person types it."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def plan_file_bytes(data: Mapping) -> bytes:
    """A plan file's canonical bytes: UTF-8 JSON with sorted keys, one space of indent, a final line break."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def plan_file_sha256(data: Mapping) -> str:
    """The SHA-256 (hex) of the plan file's canonical bytes."""
    return hashlib.sha256(plan_file_bytes(data)).hexdigest()
