"""Rows entered in bulk (import, paste) checked against the file: duplicates and breakdowns.

**Duplicates.** A row is a duplicate when a record of the file, or an earlier row of the same
batch, says the same thing: same indicator, year, place, entity, breakdown (sex, age,
disability) and value. Places and entities are compared as the annex compares them (country
code; city and entity names with case, spacing and Unicode composition ignored), so that
"Nairobi" and " NAIROBI" are one place. Duplicates are refused unless the caller allows them.

**Breakdowns say "of which".** For an indicator that is summed, the records of one place and
year (same indicator, year, country, city and entity) without sex, age or disability are its
*total*; a record with any of them is a *part* of that total ("of which 600 women"), never an
addition to it. The parts of one breakdown (all the parts by sex, say) may not exceed their
total, unless the total is a lower bound ("at least", "more than"). A part needs a total: a batch
may not bring parts of a place and year for which neither it nor the file holds a total.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from db.errors import say
from db.validation import check_record

if TYPE_CHECKING:
    from db.plans import Plans


class _Office(Protocol):
    @property
    def code(self) -> str: ...


class OpenFile(Protocol):
    """What the checks read of an open results file (``db.store.results_file.ResultsFile``)."""

    kind: str
    plans: Plans

    @property
    def office(self) -> _Office: ...

    def query(self, sql: str, params: Sequence | dict = (), *, tuples: bool = False) -> sqlite3.Cursor: ...

BREAKDOWNS = ("sex", "age", "disability")
# The live breakdown parts in SQL, as ``is_part`` says it in Python: the partial index idx_record_parts
# (a migration in db.schema) is made with this condition, and the queries using it repeat it word for word.
PART_CONDITION = "deleted = 0 AND (sex <> '' OR age <> '' OR disability <> '')"
LOWER_BOUNDS = ("at_least", "more_than")
_normal_cache: dict[str, str] = {}


def normal_name(text: str) -> str:
    """A name as the annex compares it: composed the same way, case and spacing ignored."""
    found = _normal_cache.get(text)
    if found is None:
        found = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        if len(_normal_cache) < 200_000:
            _normal_cache[text] = found
    return found


def place_key(values: dict) -> tuple:
    """The place and year a record speaks of: indicator, year, country, city, entity (as compared)."""
    return (values["indicator"], values["year"], values["country"] or "",
            normal_name(values["city"] or ""), normal_name(values["entity"] or ""))


def meaning_key(values: dict) -> tuple:
    """What a record says, as the duplicate check compares it (its place, breakdown and value)."""
    return (*place_key(values), values["sex"] or "", values["age"] or "", values["disability"] or "",
            values["value"])


def is_part(values: dict) -> bool:
    """Whether a record is a part of a breakdown ("of which"), not a total."""
    return bool(values["sex"] or values["age"] or values["disability"])


def describe(values: dict) -> str:
    """A record in a few words: '1.1.d 2024 KEN Nairobi, sex=female, 600'."""
    words = [str(values["indicator"]), str(values["year"])]
    words += [w for w in (values["country"], values["city"], values["entity"]) if w]
    text = " ".join(words)
    parts = [f"{d}={values[d]}" for d in BREAKDOWNS if values[d]]
    if parts:
        text += ", " + ", ".join(parts)
    if values["value"] is not None:
        text += f", {values['value']:,}"
    return text


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row of a batch (``row``: its position, from 0)."""

    row: int
    field: str
    message: str
    kind: str = "invalid"  # "invalid" (a field), "duplicate" or "breakdown"
    code: str = ""  # what it is, for translation (see db.errors)
    params: dict = dataclasses.field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, row: int, field: str, kind: str, code: str, /, **params) -> "RowProblem":
        return cls(row, field, say(code, params), kind, code, params)


@dataclass
class CheckedRows:
    """A batch checked against a file: the cleaned rows, and every problem found."""

    clean: list[dict]
    problems: list[RowProblem] = field(default_factory=list)
    duplicates_allowed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def duplicates(self) -> list[RowProblem]:
        return [p for p in self.problems if p.kind == "duplicate"]


@dataclass(frozen=True)
class _Held:
    """A record of the file, as the checks need it."""

    id: str
    values: dict
    status: str
    created_at: str

    def name(self) -> str:
        return f"the record {describe(self.values)} ({self.status}, entered {self.created_at[:10]}, id {self.id})"


_HELD_COLUMNS = ("id", "indicator", "year", "value", "country", "city", "entity", "qualifier", "sex", "age",
                 "disability", "status", "created_at")


def _held_records(results: OpenFile, rows: list[dict], ignore: Iterable[str] = (),
                  office_code: str | None = None) -> list[_Held]:
    """The office's live records with the indicators (and, for a few rows, years) of ``rows``.

    The office: ``office_code``, else the office of an office file (a headquarters file holds many).
    """
    pairs = sorted({(r["indicator"], r["year"]) for r in rows})
    if not pairs:
        return []
    # A place's key holds its country as typed: an edit need not read other countries' records.
    places = sorted({(r["indicator"], r["year"], r["country"] or "") for r in rows})
    if office_code is None and results.kind == "office":
        office_code = results.office.code
    select = f"SELECT {', '.join(_HELD_COLUMNS)} FROM record WHERE deleted = 0 AND "
    mine = ([office_code], " AND office_code = ?") if office_code else ([], "")
    found: Iterable[tuple]
    if len(places) <= 20:  # an edit, a paste: through the (indicator, year) index
        by_place: list[tuple] = []
        for indicator, year, country in places:
            by_place += results.query(select + "indicator = ? AND year = ? AND IFNULL(country, '') = ?" + mine[1],
                                      [indicator, year, country, *mine[0]], tuples=True).fetchall()
        found = by_place
    else:
        indicators = sorted({p[0] for p in pairs})
        found = results.query(select + f"indicator IN ({', '.join('?' * len(indicators))})" + mine[1],
                              [*indicators, *mine[0]], tuples=True)
    skip = set(ignore)
    return [_Held(row[0], dict(zip(_HELD_COLUMNS[1:11], row[1:11])), row[11], row[12])
            for row in found if row[0] not in skip]


def check_rows(results: OpenFile, rows: Iterable[dict], *, allow_duplicates: bool = False,
               require_totals: bool = True, label: Callable[[int], str] | None = None) -> CheckedRows:
    """Check a batch of rows (raw values, as typed or read) against ``results``; stores nothing.

    Each row is validated (``check_record``); then rows repeating a record of the file or an
    earlier row are duplicates (refused unless ``allow_duplicates``), and breakdown parts are
    checked against their totals ("of which"). ``label(n)`` names row ``n`` in messages
    ("line 5" for a file; "row 6" by default). ``require_totals``: a part needs a total.
    """
    label = label or _row_label
    plans = results.plans
    clean_rows: list[dict] = []
    problems: list[RowProblem] = []
    valid: list[int] = []
    for n, values in enumerate(rows):
        clean, found = check_record(values, plans)
        clean_rows.append(clean)
        if found:
            problems += [RowProblem(n, p.field, p.message, code=p.code, params=dict(p.params)) for p in found]
        else:
            valid.append(n)
    held = _held_records(results, [clean_rows[n] for n in valid])
    if not allow_duplicates:
        problems += _duplicates(clean_rows, valid, held, label)
    problems += _breakdowns(results, clean_rows, valid, held, label, require_totals)
    problems.sort(key=lambda p: p.row)
    return CheckedRows(clean_rows, problems, allow_duplicates)


def breakdown_problems(results: OpenFile, clean_rows: list[dict], *, ignore: Iterable[str] = (),
                       label: Callable[[int], str] | None = None,
                       office_code: str | None = None) -> list[RowProblem]:
    """Parts that would exceed their total once ``clean_rows`` (valid, cleaned) join the file.

    ``ignore``: ids of records that these rows replace (an edit checks the record's new values);
    ``office_code``: the office the rows belong to (needed in a headquarters file).
    """
    if not any(is_part(row) for row in clean_rows) and not _parts_held(results, clean_rows, office_code):
        return []  # totals with no part anywhere near them: nothing to compare (an edit stays fast)
    held = _held_records(results, clean_rows, ignore, office_code)
    return _breakdowns(results, clean_rows, list(range(len(clean_rows))), held, label or _row_label, False)


def _parts_held(results: OpenFile, rows: list[dict], office_code: str | None) -> bool:
    """Whether the file holds a live breakdown part for the indicator, year and country of a row."""
    if office_code is None and results.kind == "office":
        office_code = results.office.code
    # NULL <> '' is not true, as IFNULL(x, '') <> '' is not: the same parts as is_part, read
    # through the partial index of parts (PART_CONDITION), so that a file without parts
    # answers at once. "country IS ?" lets SQLite use that index; an empty country may be stored
    # as '' or as NULL, so it asks for both.
    sql = (f"SELECT 1 FROM record WHERE {PART_CONDITION} AND indicator = ? AND year = ? AND country IS ?"
           + (" AND office_code = ?" if office_code else "") + " LIMIT 1")
    extra = [office_code] if office_code else []
    asked = {(r["indicator"], r["year"], country) for r in rows
             for country in ((r["country"],) if r["country"] else ("", None))}
    return any(results.query(sql, [*place, *extra]).fetchone() for place in asked)


def _row_label(n: int) -> str:
    return f"row {n + 1}"


def _duplicates(clean: list[dict], valid: list[int], held: list[_Held], label) -> list[RowProblem]:
    known: dict[tuple, _Held] = {}
    for record in held:
        known.setdefault(meaning_key(record.values), record)
    first_row: dict[tuple, int] = {}
    problems = []
    for n in valid:
        key = meaning_key(clean[n])
        held_record = known.get(key)
        if held_record is not None:
            problems.append(RowProblem.of(n, "", "duplicate", "duplicate_of_record", record=held_record.name()))
        elif key in first_row:
            problems.append(RowProblem.of(n, "", "duplicate", "duplicate_of_row", row=label(first_row[key]),
                                          described=describe(clean[n])))
        else:
            first_row[key] = n
    return problems


@dataclass
class _Entry:
    """A total or a part of one place and year: a row of the batch (``row``) or a record of the file."""

    values: dict
    row: int | None
    record: _Held | None = None

    def name(self, label) -> str:
        return label(self.row) if self.record is None else self.record.name()

    def short(self, label) -> str:
        where = label(self.row) if self.record is None else f"record {self.record.id}"
        parts = ", ".join(f"{d}={self.values[d]}" for d in BREAKDOWNS if self.values[d])
        return f"{where}: {parts} {self.values['value']:,}" if parts else f"{where}: {self.values['value']:,}"


def _breakdowns(results: OpenFile, clean: list[dict], rows: list[int], held: list[_Held], label,
                require_totals: bool) -> list[RowProblem]:
    plans = results.plans
    sums = {(i.code, y) for p in plans for y in p.framework.years for i in p.framework.indicators()
            if i.rule == "sum"}
    rows = [n for n in rows if (clean[n]["indicator"], clean[n]["year"]) in sums]
    if not any(is_part(clean[n]) for n in rows) and not any(is_part(h.values) for h in held):
        return []  # no breakdown anywhere near: the common import, 100,000 totals
    groups: dict[tuple, list[_Entry]] = {}
    for n in rows:
        groups.setdefault(place_key(clean[n]), []).append(_Entry(clean[n], n))
    if not groups:
        return []
    for record in held:
        group = groups.get(place_key(record.values))
        if group is not None:
            group.append(_Entry(record.values, None, record))
    problems = []
    for entries in groups.values():
        totals = [e for e in entries if not is_part(e.values)]
        parts = [e for e in entries if is_part(e.values)]
        if not parts:
            continue
        place = describe({**entries[0].values, "sex": "", "age": "", "disability": "", "value": None})
        if not totals:
            if require_totals:
                for e in parts:
                    if e.row is not None:
                        problems.append(RowProblem.of(e.row, "", "breakdown", "part_without_total", place=place))
            continue
        if any(e.values["qualifier"] in LOWER_BOUNDS for e in totals):
            continue  # "at least 1,200 people, of which 1,300 women" can be true
        total = sum(e.values["value"] or 0 for e in totals)
        for dimension in BREAKDOWNS:
            mine = [e for e in parts if e.values[dimension]]
            added = sum(e.values["value"] or 0 for e in mine)
            if added <= total:
                continue
            new = [(e.row, e) for e in (*mine, *totals) if e.row is not None]
            if not new:
                continue  # the file held this already: not this batch's doing
            listed = "; ".join(e.short(label) for e in mine)
            named = " and ".join(e.name(label) for e in totals)
            params = {"dimension": dimension, "place": place, "listed": listed, "added": f"{added:,}",
                      "total": f"{total:,}", "named": named}
            problems += [RowProblem.of(row, dimension if is_part(e.values) else "value", "breakdown",
                                       "parts_over_total", **params) for row, e in new]
    return problems


def place_sums(results: OpenFile, where: str, params: list) -> dict[tuple[str, str, int], int]:
    """Each office's figure per indicator and year, as the annex adds it up ("of which").

    The totals of each place and year are added; its parts only where it has no total and they
    are the first version's parts, marked at the upgrade (``db.rules``). ``where`` selects the
    records (SQL over ``record``).
    """
    rows = results.query(
        "SELECT office_code, indicator, year, country, city, entity, "
        "coalesce(sex, '') = '' AND coalesce(age, '') = '' AND coalesce(disability, '') = '' AS total, "
        "SUM(CASE WHEN coalesce(sex, '') = '' AND coalesce(age, '') = '' AND coalesce(disability, '') = '' "
        "OR id IN (SELECT record_id FROM part_counted_as_total) THEN value END) "
        f"FROM record WHERE {where} GROUP BY 1, 2, 3, 4, 5, 6, 7", params, tuples=True)
    places: dict[tuple, list[int]] = {}
    for office, code, year, country, city, entity, is_total, value in rows:
        place = places.setdefault((office, code, year, country or "", normal_name(city or ""),
                                   normal_name(entity or "")), [0, 0, 0])
        place[0 if is_total else 1] += value or 0
        place[2] |= bool(is_total)
    sums: dict[tuple[str, str, int], int] = {}
    for (office, code, year, *_), (totals, parts, has_total) in places.items():
        sums[(office, code, year)] = sums.get((office, code, year), 0) + (totals if has_total else parts)
    return sums
