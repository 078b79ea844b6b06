"""Every figure explained: the records behind one figure of the annex, and what the counting rule did with each.

"Where does 3.9 million come from?" The answer lists each record of the indicator in the years
asked (and the office, if one is asked), by its id as ``list`` prints it, with its office and the
office file it was merged from, and its fate:

- counted (its value added, or its entity counted);
- counted once: a distinct entity (a city, a country, a named item) another record counts already;
- not counted: a draft or returned record (unless a working view counts drafts), a part ("of
  which") of a total that is counted, a deleted record, a rival version of a record in conflict.

The fates come from the rules of ``exports.aggregate`` (the statuses counted, the entity a distinct
record counts, a part and its place's total as ``db.quality`` compares them), so that the counted
values add up to the annex figure; the tests hold both to that on the report scenario.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from db.errors import HabitatError
from db.feedback import require_office
from db.framework import Indicator
from db.officefile import ResultsFile
from db.quality import BREAKDOWNS, is_part, place_key
from exports.aggregate import Cell, counted_statuses, entity_key, parse_years
from exports.numbers import combine_qualifiers, percent, share_qualifier

# What the counting rule did with a record (code -> English; the app words them by code).
FATES: dict[str, str] = {
    "counted": "counted",
    "counted_part_alone": "counted: a part whose place and year hold no total, counted as its total "
                          "(as files of the first version were)",
    "same_entity": "counted once: the same {entity} as record {other}",
    "part_of_total": "not counted: a part ({of_which}) of the total record {other}",
    "draft": "not counted: draft",
    "returned": "not counted: returned to the office",
    "deleted": "not counted: deleted",
    "in_conflict": "not counted: a rival version of record {other}, in conflict until headquarters chooses",
}
COUNTED_FATES = ("counted", "counted_part_alone")
# The fates whose records give the figure its qualifier ("about", "at least"), as the aggregation does.
QUALIFYING_FATES = (*COUNTED_FATES, "same_entity")
ENTITY_WORDS = {"city": "city", "country": "country", "named": "item"}
COLUMNS = ("record", "office", "source", "year", "value", "qualifier", "country", "city", "entity", "of_which",
           "status", "counted", "fate")


@dataclass(frozen=True)
class Explained:
    """One record behind a figure and what the counting rule did with it."""

    record_id: str
    office: str
    source: str  # the office file it was merged from; at an office, the file itself
    year: int
    value: int | float | None
    qualifier: str
    country: str
    city: str
    entity: str
    of_which: str  # 'sex=female' for a part, empty for a total
    status: str
    fate: str  # a code of FATES
    other: str = ""  # the record a fate names (the total of a part, the first of an entity)
    counts: int | float = 0  # what this record adds to the figure: its value, 1 for a new entity, or 0
    key: tuple = ()  # the entity a distinct record counts

    @property
    def counted(self) -> bool:
        return self.fate in COUNTED_FATES

    def words(self) -> str:
        """The fate in English, as the command line prints it."""
        kind = self.key[0] if self.key else ""
        return FATES[self.fate].format(other=self.other, of_which=self.of_which,
                                       entity=ENTITY_WORDS.get(kind, "entity"))

    def row(self) -> tuple:
        value = "" if self.value is None else self.value
        counts = self.counts if self.counted else ""
        return (self.record_id, self.office, self.source, self.year, value, self.qualifier, self.country,
                self.city, self.entity, self.of_which, self.status, counts, self.words())


@dataclass
class Explanation:
    """The records behind one figure: an indicator in some years, at one office or all."""

    indicator: Indicator
    years: tuple[int, ...]
    office: str | None
    include_drafts: bool
    records: list[Explained] = field(default_factory=list)
    # For a share (derived indicator): the explanations of its numerator and denominator.
    components: tuple[Explanation, ...] = ()

    @property
    def figure(self) -> Cell:
        """The figure the counted records make, as the annex shows it."""
        if self.indicator.rule == "derived":
            num, den = (c.figure for c in self.components)
            if num.value is None or den.value is None:
                return Cell(None)
            value = percent(num.value, den.value)
            return Cell(None) if value is None else Cell(value, share_qualifier(num.qualifier, den.qualifier))
        counted = [r for r in self.records if r.counted]
        if not counted:
            return Cell(None)
        qualifier = combine_qualifiers({r.qualifier for r in self.records if r.fate in QUALIFYING_FATES})
        if self.indicator.rule == "distinct":
            return Cell(len({r.key for r in counted}), qualifier)
        total: int | float | Fraction = sum(r.counts for r in counted)
        return Cell(total, qualifier)

    def not_counted(self) -> list[Explained]:
        return [r for r in self.records if not r.counted]


_READ = ("id", "office_code", "indicator", "year", "value", "qualifier", "country", "city", "entity", "sex",
         "age", "disability", "status", "deleted")


def explain(results: ResultsFile, code: str, *, years: Iterable[int] | str | None = None,
            office: str | None = None, include_drafts: bool = False) -> Explanation:
    """The records behind indicator ``code``'s figure in ``results`` (office or headquarters file).

    ``years``: the reporting years of the figure (all the plan's years by default; text such as
    '2020-2024' too); ``office``: one office's figure (as the annex's table by office).
    """
    framework = results.framework
    indicator = framework.indicator(code)
    if indicator is None:
        raise HabitatError.of("indicator_unknown", code=code, framework=framework.id, version=framework.version)
    chosen = parse_years(years, framework) if years is None or isinstance(years, str) else tuple(sorted(years))
    if office is not None:
        office = require_office(results, office)
    if indicator.rule == "derived":
        assert indicator.numerator and indicator.denominator  # parse_framework requires both
        parts = tuple(explain(results, c, years=chosen, office=office, include_drafts=include_drafts)
                      for c in (indicator.numerator, indicator.denominator))
        return Explanation(indicator, chosen, office, include_drafts, components=parts)
    explanation = Explanation(indicator, chosen, office, include_drafts)
    rows = _rows(results, indicator.code, chosen, office)
    sources = _sources(results)
    statuses = counted_statuses(include_drafts)
    live = [r for r in rows if not r["deleted"] and r["status"] in statuses]
    fates: dict[str, tuple[str, str, int | float, tuple]] = {}  # record id -> fate, other, counts, key
    if indicator.rule == "distinct":
        first: dict[tuple, str] = {}
        for r in live:  # in the order of the years, then offices: the first record of an entity counts it
            key = entity_key(indicator.entity, r["country"] or "", r["city"] or "", r["entity"] or "")
            if key in first:
                fates[r["id"]] = ("same_entity", first[key], 0, key)
            else:
                first[key] = r["id"]
                fates[r["id"]] = ("counted", "", 1, key)
    else:
        totals: dict[tuple, str] = {}  # a place and year of an office -> its first total
        for r in live:
            if not is_part(r):
                totals.setdefault((r["office_code"], *place_key(r)), r["id"])
                fates[r["id"]] = ("counted", "", r["value"] or 0, ())
        for r in live:
            if is_part(r):
                total = totals.get((r["office_code"], *place_key(r)))
                fates[r["id"]] = (("part_of_total", total, 0, ()) if total else
                                  ("counted_part_alone", "", r["value"] or 0, ()))
    for r in rows:
        if r["id"] in fates:
            fate, other, counts, key = fates[r["id"]]
        else:
            fate = "deleted" if r["deleted"] else "returned" if r["status"] == "returned" else "draft"
            other, counts, key = "", 0, ()
        explanation.records.append(_explained(r, sources.get(r["id"], results.path.name), fate, other,
                                              counts, key))
    explanation.records += _rivals(results, indicator.code, chosen, office)
    return explanation


def _rows(results: ResultsFile, code: str, years: tuple[int, ...], office: str | None) -> list[dict]:
    where = f"indicator = ? AND year IN ({', '.join('?' * len(years))})"
    params: list = [code, *years]
    if office is not None:
        where += " AND office_code = ?"
        params.append(office)
    # rowid: records in the order they were written, so that the first to name an entity is the earliest.
    cursor = results.query(f"SELECT {', '.join(_READ)} FROM record WHERE {where} "
                           f"ORDER BY year, office_code, rowid", params, tuples=True)
    return [dict(zip(_READ, row)) for row in cursor]


def _sources(results: ResultsFile) -> dict[str, str]:
    """At headquarters: the office file each record came from (the merge that last brought it)."""
    if results.kind != "headquarters":
        return {}
    return dict(results.query("SELECT o.record_id, b.file_name FROM record_origin o "
                              "JOIN merge_batch b ON b.id = o.batch_id", tuples=True).fetchall())


def _rivals(results: ResultsFile, code: str, years: tuple[int, ...], office: str | None) -> list[Explained]:
    """Rival versions of records still in conflict: never counted until headquarters chooses one."""
    where = f"state = 'open' AND indicator = ? AND year IN ({', '.join('?' * len(years))})"
    params: list = [code, *years]
    if office is not None:
        where += " AND office_code = ?"
        params.append(office)
    columns = ("record_id", "office_code", "year", "value", "qualifier", "country", "city", "entity", "sex", "age",
               "disability", "file_name")
    out = []
    for row in results.query(f"SELECT {', '.join(columns)} FROM conflict WHERE {where} ORDER BY year, id", params,
                             tuples=True):
        r = dict(zip(columns, row))
        r["id"], r["status"] = r["record_id"], "conflict"
        out.append(_explained(r, r["file_name"] or "", "in_conflict", r["record_id"], 0, ()))
    return out


def _explained(r: dict, source: str, fate: str, other: str, counts, key: tuple) -> Explained:
    of_which = ", ".join(f"{d}={r[d]}" for d in BREAKDOWNS if r[d])
    return Explained(r["id"], r["office_code"], source, r["year"], r["value"], r["qualifier"] or "none",
                     r["country"] or "", r["city"] or "", r["entity"] or "", of_which, r["status"], fate, other or "",
                     counts, key)


def explain_file(path, code: str, *, years=None, office: str | None = None,
                 include_drafts: bool = False) -> Explanation:
    """Open ``path`` read-only and explain indicator ``code``'s figure."""
    with ResultsFile.open_readonly(path) as results:
        return explain(results, code, years=years, office=office, include_drafts=include_drafts)
