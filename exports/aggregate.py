"""Aggregation of a results file into the annex tables: one engine behind every format and the GUI.

Counting rules, per indicator:

- *sum*: the values of the totals are added. A record with sex, age or disability is a part
  ("of which") of its place and year's total: it is shown in the breakdown tables (by sex, age,
  disability) and never added to the total. A part whose place has no total is not counted at all
  (``exports.check`` names it as a blocking problem), except the parts that files of the first
  version wrote as their place's only figures: marked at the upgrade, they count as the sum of
  their parts, as they always did (see ``db/rules.py``).
- *distinct*: distinct entities are counted across offices and years. A city is its country and
  its name (case, accents composed the same way and spacing ignored), a country its ISO code, a
  named item its name. A city reported by two offices, or in two years, counts once in the
  period total; a yearly column counts the entities of that year.
- *derived*: one indicator's aggregate divided by another's, as a percentage; never added up.

Only submitted and validated records count, unless drafts are asked for (a working view).
The same code reads an office file and a headquarters file: offices come from the ``office``
table, each record names its office. The file is opened read-only and read in two passes, one
over the summed indicators' records and one over the distinct ones', which group the records by
indicator, year, office and country; every table of the annex is made from those groups.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from functools import partial
from importlib import metadata
from pathlib import Path
from sys import intern

from db.errors import HabitatError
from db.framework import Framework, Indicator
from db.officefile import Office, ResultsFile
from db.plans import HeldPlan
from db.progress import Progress, report
from db.quality import normal_name
from db.rules import COUNTED_AS_TOTAL
from db.schema import LOCKED_STATUSES, OPEN_STATUSES
from exports.numbers import QUALIFIER_RANK as RANK
from exports.numbers import combine_qualifiers, percent, share_qualifier

COUNTED_STATUSES = LOCKED_STATUSES  # the annex counts what the offices signed off
DRAFT_STATUSES = OPEN_STATUSES  # counted too only in a working view
NO_REGION = ""  # offices without a region are listed under this key


class ExportError(HabitatError):
    """An export that cannot be made: bad years, unknown format, unwritable destination."""


@dataclass(frozen=True)
class Cell:
    """One figure of the annex and the qualifier it carries ("more than", "at least", "about")."""

    value: int | float | Fraction | None  # float: a reported figure given with decimals
    qualifier: str = "none"


EMPTY = Cell(None)


@dataclass
class IndicatorResult:
    """Everything the annex says about one indicator."""

    indicator: Indicator
    by_year: dict[int, Cell]
    total: Cell
    offices: tuple[str, ...]
    countries: tuple[str, ...]
    records: int = 0
    by_region: dict[str, Cell] = field(default_factory=dict)
    by_office: dict[str, Cell] = field(default_factory=dict)
    by_country: dict[str, Cell] = field(default_factory=dict)
    by_disaggregation: dict[str, dict[str, Cell]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.indicator.code

    @property
    def rule(self) -> str:
        return self.indicator.rule

    @property
    def unit(self) -> str:
        return self.indicator.unit

    @property
    def reported(self) -> bool:
        return self.total.value is not None


@dataclass(frozen=True)
class Narrative:
    """An office's example of impact for an outcome and a reporting year."""

    outcome: str
    office_code: str
    year: int
    text: str


@dataclass(frozen=True)
class SourceInfo:
    """Where the annex figures come from, recorded in every export."""

    path: str
    kind: str
    file_id: str
    framework: str
    generated_at: str  # when the data last changed (UTC), not when exported: no clock in the annex
    app_version: str
    include_drafts: bool
    records_counted: int
    statuses: tuple[str, ...]
    # At headquarters: the office files merged in (file, office, SHA-256, when, records held now)
    # so that a total can be traced back to the files behind it, and the conflicts still open.
    merged_files: tuple[dict, ...] = ()
    open_conflicts: int = 0
    # Places and years of the first version with breakdown parts but no total: counted as the sum
    # of their parts.
    places_without_total: int = 0
    # Breakdown parts whose place has no total, not counted (check names them).
    parts_not_counted: int = 0


@dataclass
class Annex:
    """The aggregated results of one file over the chosen reporting years."""

    framework: Framework
    years: tuple[int, ...]
    results: list[IndicatorResult]
    offices: list[Office]
    narratives: list[Narrative]
    source: SourceInfo
    plan_status: str = "final"  # "provisional": its annex is exported only as a working draft, marked so

    @property
    def provisional(self) -> bool:
        return self.plan_status == "provisional"

    @property
    def period(self) -> str:
        """The reporting years as a heading shows them: "2020–2024", "2022" or "2020, 2022"."""
        first, last = self.years[0], self.years[-1]
        if first == last:
            return str(first)
        if len(self.years) == last - first + 1:
            return f"{first}–{last}"
        return ", ".join(str(y) for y in self.years)

    def result(self, code: str) -> IndicatorResult:
        return self._by_code[code]

    @property
    def _by_code(self) -> dict[str, IndicatorResult]:
        return {r.code: r for r in self.results}

    def regions(self) -> list[str]:
        """Regions of the offices, alphabetically; offices without one last."""
        found = {o.region for o in self.offices}
        return sorted(r for r in found if r) + ([NO_REGION] if NO_REGION in found else [])

    def offices_in(self, region: str) -> list[Office]:
        return [o for o in self.offices if o.region == region]


def app_version() -> str:
    try:
        return metadata.version("habitat-results")
    except metadata.PackageNotFoundError:
        return "unknown"


def open_for_export(path: Path) -> ResultsFile:
    """Open a results file read-only: an export never writes to it, nor beside it."""
    return ResultsFile.open_readonly(path)


def latest_plan(results: ResultsFile) -> HeldPlan:
    """The plan of the latest year holding records: what export, check and template take without years.

    A file without records takes its built-in plan (its default, as before plans were added).
    """
    row = results.query("SELECT max(year) FROM record WHERE deleted = 0", tuples=True).fetchone()
    plan = results.plans.plan_for_year(row[0]) if row and row[0] is not None else None
    return plan or results.plans.plan_for_year(results.framework.first_year) or results.plans.current[0]


def default_plan_note(path: Path) -> str | None:
    """What export, check and template take without years, said when the file holds several plans."""
    with open_for_export(path) as results:
        if len(results.plans) < 2:
            return None
        plan = latest_plan(results)
        row = results.query("SELECT max(year) FROM record WHERE deleted = 0", tuples=True).fetchone()
    latest = f"of {row[0]}, the latest year holding records" if row and row[0] is not None else "built in"
    return (f"{Path(path).name}: no years given: the plan {latest}, {plan.label()} "
            f"({plan.first_year}–{plan.last_year})")


def plan_of_years(results: ResultsFile, years) -> Framework:
    """The framework of the one plan ``years`` lie under; years of two plans are refused (one annex, one plan)."""
    held = results.plans.plans_of_years(years)
    if len(held) > 1:
        raise ExportError.of("export_years_many_plans", years=_years_text(years), count=len(held),
                             plans=", ".join(f"{p.label()}: {p.first_year}–{p.last_year}" for p in held),
                             example=f"{held[-1].first_year}-{held[-1].last_year}")
    return held[0].framework if held else results.framework


def held_plan(results: ResultsFile, years) -> HeldPlan | None:
    """The plan (as the file holds it: status, SHA-256) ``years`` lie under."""
    held = results.plans.plans_of_years(years)
    return held[0] if len(held) == 1 else None


def _years_text(years) -> str:
    return ", ".join(str(y) for y in sorted(set(years)))


def parse_years(text: str | None, framework: Framework | ResultsFile) -> tuple[int, ...]:
    """'2020-2024', '2022' or '2020,2022' → reporting years of the plan; None → the whole period.

    Given a results file, the years may be those of any one plan it holds; None gives the years
    of the plan of the latest year holding records (``latest_plan``).
    """
    if not isinstance(framework, Framework):
        return _years_of_file(text, framework)
    if not text:
        return tuple(framework.years)
    years = _read_years(text)
    outside = [y for y in years if y not in framework.years]
    if outside or not years:
        raise ExportError.of("export_years_outside_plan", first=framework.first_year, last=framework.last_year,
                             text=text)
    return tuple(sorted(set(years)))


def _years_of_file(text: str | None, results: ResultsFile) -> tuple[int, ...]:
    plans = results.plans
    if len(plans) == 1:
        return parse_years(text, plans.current[0].framework)
    if not text:
        return tuple(latest_plan(results).framework.years)
    years = _read_years(text)
    if not years or any(plans.plan_for_year(y) is None for y in years):
        raise ExportError.of("export_years_outside_plans", file=results.path.name, periods=plans.periods(),
                             text=text)
    plan_of_years(results, years)
    return tuple(sorted(set(years)))


def _read_years(text: str) -> list[int]:
    years: list[int] = []
    try:
        for part in str(text).replace("–", "-").split(","):
            part = part.strip()
            if "-" in part:
                first, last = (int(p) for p in part.split("-", 1))
                years.extend(range(first, last + 1))
            elif part:
                years.append(int(part))
    except ValueError:
        raise ExportError.of("export_years_invalid", text=text) from None
    return years


class _Sum:
    """What the counted records of a summed indicator add up to in one year, office and country
    (or, in a breakdown table, the parts of one group such as "female")."""

    __slots__ = ("total", "qualifier", "records")

    def __init__(self):
        self.total = 0
        self.qualifier = "none"  # the strongest of the records' qualifiers (exports.numbers)
        self.records = 0

    def add(self, value, qualifier: str) -> None:
        self.total += value or 0
        self.records += 1
        if RANK.get(qualifier, 0) > RANK[self.qualifier]:
            self.qualifier = qualifier


class _Distinct:
    """The entities counted by the records of a distinct indicator in one year, office and country."""

    __slots__ = ("keys", "qualifier", "records")

    def __init__(self):
        self.keys: set = set()
        self.qualifier = "none"
        self.records = 0


class _IndicatorTally:
    """The groups of one indicator, filed under each table of the annex they count in."""

    def __init__(self, distinct: bool):
        self.distinct = distinct
        self.groups: list = []  # of _Sum or of _Distinct
        self.years: dict[int, list] = defaultdict(list)
        self.regions: dict[str, list] = defaultdict(list)
        self.offices: dict[str, list] = defaultdict(list)
        self.countries: dict[str, list] = defaultdict(list)
        self.dis: dict[str, dict[str, _Sum]] = {}
        self.records = 0

    def add(self, group: _Sum | _Distinct, year, office, region, country) -> None:
        self.records += group.records
        self.groups.append(group)
        self.years[year].append(group)
        self.offices[office].append(group)
        self.regions[region].append(group)
        if country:
            self.countries[country].append(group)

    def add_part(self, value, qualifier, breakdown) -> None:
        """A breakdown part ("of which"): in the breakdown tables only."""
        for dimension, name in breakdown:
            if name:
                groups = self.dis.setdefault(dimension, {})
                part = groups.get(name) or groups.setdefault(name, _Sum())
                part.add(value, qualifier)

    def cell(self, groups: list) -> Cell:
        """The figure of some groups: their values added up, or their distinct entities counted."""
        if self.distinct:
            value = len(set().union(*(g.keys for g in groups)))
        else:
            value = sum(g.total for g in groups)
        return Cell(value, combine_qualifiers({g.qualifier for g in groups}))

    def result(self, indicator: Indicator, years) -> IndicatorResult:
        cell = self.cell
        return IndicatorResult(
            indicator=indicator,
            by_year={y: cell(self.years[y]) if y in self.years else EMPTY for y in years},
            total=cell(self.groups) if self.records else EMPTY,
            offices=tuple(sorted(self.offices)),
            countries=tuple(sorted(self.countries)),
            records=self.records,
            by_region={k: cell(t) for k, t in sorted(self.regions.items())},
            by_office={k: cell(t) for k, t in sorted(self.offices.items())},
            by_country={k: cell(t) for k, t in sorted(self.countries.items())},
            by_disaggregation={d: {name: Cell(part.total, part.qualifier)
                                   for name, part in sorted(parts.items())} for d, parts in self.dis.items()},
        )


def counted_statuses(include_drafts: bool) -> tuple[str, ...]:
    """The statuses the annex counts: signed off, and the drafts too in a working view."""
    return COUNTED_STATUSES + (DRAFT_STATUSES if include_drafts else ())


def entity_key(kind: str | None, country: str, city: str, entity: str) -> tuple:
    """The identity of what a distinct record counts."""
    if kind == "city":
        return ("city", country, normal_name(city))
    if kind == "country":
        return ("country", country)
    if kind == "country_or_city":
        return ("city", country, normal_name(city)) if city.strip() else ("country", country)
    return ("named", normal_name(entity))


def _in(column: str, values) -> tuple[str, list]:
    values = list(values)
    return f"{column} IN ({', '.join('?' * len(values))})", values


def aggregate(results: ResultsFile, *, years=None, include_drafts: bool = False,
              progress: Progress | None = None) -> Annex:
    """Aggregate an open results file (office or headquarters) into the annex figures."""
    years = tuple(sorted(years)) if years else tuple(latest_plan(results).framework.years)
    framework = plan_of_years(results, years)  # one annex, one plan: its indicators, names and levels
    statuses = counted_statuses(include_drafts)
    offices = results.offices()
    office_by_code = {o.code: o for o in offices}
    read = partial(results.query, tuples=True)  # plain tuples: the loops below run once per record
    indicators = framework.indicators()
    tallies = {i.code: _IndicatorTally(i.rule == "distinct") for i in indicators if i.rule != "derived"}

    status_sql, status_params = _in("status", statuses)
    year_sql, year_params = _in("year", years)
    where = f"deleted = 0 AND {status_sql} AND {year_sql}"
    params = status_params + year_params
    # The counted records of each indicator, year, office and country: the tallies are built from
    # these groups (9,000 at 120,000 records) rather than from each record.
    sums: dict[tuple, _Sum] = defaultdict(_Sum)
    distinct: dict[tuple, _Distinct] = defaultdict(_Distinct)
    parts_only: set[tuple] = set()  # the first version's places and years with breakdown parts and no total
    not_counted: list[int] = [0]  # parts without their total, left out

    # NOT INDEXED: every query below reads most of the records, and one pass through the table
    # beats a lookup per record through the (indicator, year) index (a third faster at 2,000,000).
    # The records are grouped here, not by GROUP BY: SQLite groups by sorting, which took twice as
    # long (0.5 s against 0.25 s for the distinct entities of the benchmark's 120,000 records).
    report(progress, 0, 4, "Adding up counted values")
    summed = [i.code for i in indicators if i.rule == "sum"]
    if summed:
        _add_sums(read, where, params, summed, sums, tallies, parts_only, not_counted)

    report(progress, 1, 4, "Counting distinct entities")
    kinds = {i.code: i.entity for i in indicators if i.rule == "distinct"}
    if kinds:
        ind_sql, ind_params = _in("indicator", kinds)
        rows = read(f"SELECT indicator, year, office_code, country, city, entity, qualifier "
                    f"FROM record NOT INDEXED WHERE {where} AND {ind_sql}", params + ind_params)
        # Counter groups a batch in C, so that a name repeated by several records is compared once;
        # batches keep the memory flat at 2,000,000 records. The entities counted are kept to the
        # end, and SQLite gives a copy of each word per record: intern() keeps one copy of each
        # country code (with the batches, 426 MB down to 340 MB at the peak at 2,000,000 records).
        for batch in iter(partial(rows.fetchmany, 20_000), []):
            for (code, year, office_code, country, city, entity, qualifier), count in Counter(batch).items():
                country = intern(country or "")
                group = distinct[code, year, office_code, country]
                group.keys.add(entity_key(kinds[code], country, city or "", entity or ""))
                group.records += count
                if RANK.get(qualifier, 0) > RANK[group.qualifier]:
                    group.qualifier = qualifier

    # Records naming an office the file does not list still count, under no region.
    unknown: dict[str, Office] = {}
    groups: dict[tuple, _Sum | _Distinct] = {**sums, **distinct}  # no indicator is both
    for (code, year, office_code, country), counted_here in groups.items():
        office = office_by_code.get(office_code) or unknown.setdefault(
            office_code, Office(office_code, office_code, "", NO_REGION))
        tallies[code].add(counted_here, year, office_code, office.region, country)

    report(progress, 2, 4, "Computing shares")
    out: dict[str, IndicatorResult] = {}
    for indicator in indicators:
        if indicator.rule != "derived":
            out[indicator.code] = tallies[indicator.code].result(indicator, years)
    for indicator in indicators:
        if indicator.rule == "derived":
            assert indicator.numerator and indicator.denominator  # parse_framework requires both
            out[indicator.code] = _derived(indicator, out[indicator.numerator],
                                           out[indicator.denominator], years)

    report(progress, 3, 4, "Collecting examples of impact")
    # A part whose place has a total counts in the total's group: every counted office-year has a group.
    counted = {(office_code, year) for _, year, office_code, _ in groups}
    narratives = _narratives(read, framework, years, counted)
    source = SourceInfo(
        path=str(results.path), kind=results.kind, file_id=results.file_id,
        framework=f"{framework.id} {framework.version}",
        generated_at=data_as_of(read),  # no clock: the same file gives the same annex (exports/reproducible.py)
        app_version=app_version(), include_drafts=include_drafts,
        records_counted=sum(r.records for r in out.values()),
        statuses=statuses, merged_files=_merged_files(read),
        open_conflicts=read("SELECT count(DISTINCT record_id) FROM conflict WHERE state = 'open'").fetchone()[0],
        places_without_total=len(parts_only), parts_not_counted=not_counted[0])
    report(progress, 4, 4, "Aggregated")
    plan = held_plan(results, years)
    return Annex(framework, years, [out[i.code] for i in indicators],
                 sorted([*offices, *unknown.values()], key=lambda o: (o.region == NO_REGION, o.region, o.code)),
                 narratives, source, plan.status if plan else "final")


def _add_sums(read, where, params, codes, groups: dict[tuple, _Sum], tallies, parts_only: set,
              not_counted: list[int]) -> None:
    """The records of summed indicators: totals into their groups, breakdown parts ("of which") into
    the breakdown tables and never into the total.

    A place and year (indicator, year, office, country, city, entity, names compared as for
    distinct counts) with parts but no total is not counted (``not_counted``), unless its parts
    are those files of the first version wrote: marked at the upgrade (db/rules.py), they count as
    the sum of their parts, as they were published; the place is noted in ``parts_only``.
    """
    ind_sql, ind_params = _in("indicator", codes)
    parts: list[tuple] = []
    totals_at: dict[tuple, set] = defaultdict(set)  # a group's places with a total, names as stored
    # The mark is asked of parts only: "IN (SELECT …)" is read once into a temporary index.
    marked = (f"CASE WHEN sex <> '' OR age <> '' OR disability <> '' THEN id IN "
              f"(SELECT record_id FROM {COUNTED_AS_TOTAL}) END")
    for row in read(f"SELECT indicator, year, office_code, country, city, entity, sex, age, disability, "
                    f"qualifier, value, {marked} FROM record NOT INDEXED WHERE {where} AND {ind_sql}",
                    params + ind_params):
        code, year, office_code, country, city, entity, sex, age, disability, qualifier, value, _ = row
        if sex or age or disability:  # held until every total is read: one copy of each word
            parts.append(tuple(intern(v) if isinstance(v, str) else v for v in row))
            continue
        key = (code, year, office_code, country or "")
        groups[key].add(value, qualifier)
        totals_at[key].add((intern(city or ""), intern(entity or "")))  # intern: see the distinct pass
    compared: dict[tuple, set] = {}  # a group's places with a total, names as compared
    for code, year, office_code, country, city, entity, sex, age, disability, qualifier, value, first in parts:
        key = (code, year, office_code, country or "")
        places = totals_at.get(key, ())
        place = (city or "", entity or "")
        has_total = place in places  # spelled the same: no need to compare names
        if not has_total:
            names = compared.get(key)
            if names is None:
                names = compared[key] = {(normal_name(c), normal_name(e)) for c, e in places}
            place = (normal_name(city or ""), normal_name(entity or ""))
            has_total = place in names
        if has_total:
            tallies[code].records += 1
        elif first:
            parts_only.add((*key, *place))
            groups[key].add(value, qualifier)
        else:
            not_counted[0] += 1
            continue  # never a total, nor in the breakdown tables: check names it
        tallies[code].add_part(value, qualifier, (("sex", sex), ("age", age), ("disability", disability)))


def data_as_of(read) -> str:
    """When the file's data last changed (UTC, to the second): its newest audit or merge entry."""
    # The audit log grows in time order: its last row is its newest, found without a scan.
    moments = [read("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone(),
               read("SELECT max(merged_at) FROM merge_batch").fetchone()]
    found = sorted(str(m[0]) for m in moments if m and m[0])
    return (found[-1][:19] + "Z") if found else ""


def _merged_files(read) -> tuple[dict, ...]:
    rows = read(
        "SELECT b.file_name, b.office_code, b.sha256, b.file_id, b.merged_at, "
        "(SELECT count(*) FROM record_origin o WHERE o.batch_id = b.id) AS held, b.signature, b.signed_by "
        "FROM merge_batch b ORDER BY b.id")
    return tuple(dict(zip(("file_name", "office_code", "sha256", "file_id", "merged_at", "held", "signature",
                           "signed_by"), r)) for r in rows)


def _share(numerator: Cell | None, denominator: Cell | None) -> Cell:
    if numerator is None or denominator is None or numerator.value is None or denominator.value is None:
        return EMPTY
    value = percent(numerator.value, denominator.value)
    if value is None:
        return EMPTY
    return Cell(value, share_qualifier(numerator.qualifier, denominator.qualifier))


def _derived(indicator: Indicator, num: IndicatorResult, den: IndicatorResult, years) -> IndicatorResult:
    """A share computed from two aggregates: per year, for the period and per breakdown; never summed."""

    def table(a: dict, b: dict) -> dict:
        cells = {k: _share(a.get(k), b.get(k)) for k in sorted(set(a) | set(b))}
        return {k: c for k, c in cells.items() if c.value is not None}

    total = _share(num.total, den.total)
    known = total.value is not None
    return IndicatorResult(
        indicator=indicator,
        by_year={y: _share(num.by_year.get(y), den.by_year.get(y)) for y in years},
        total=total,
        offices=tuple(sorted(set(num.offices) | set(den.offices))) if known else (),
        countries=tuple(sorted(set(num.countries) | set(den.countries))) if known else (),
        records=0,
        by_region=table(num.by_region, den.by_region),
        by_office=table(num.by_office, den.by_office),
        by_country=table(num.by_country, den.by_country),
    )


def _narratives(read, framework: Framework, years, counted: set[tuple[str, int]]) -> list[Narrative]:
    """Outcome narratives of the chosen years, for the office-years in ``counted`` (those with counted records)."""
    year_sql, year_params = _in("year", years)
    rows = read(f"SELECT outcome, office_code, year, text FROM outcome_narrative WHERE {year_sql}",
                year_params).fetchall()
    order = {g.code: n for n, g in enumerate(framework.outcomes())}
    found = [Narrative(o, office, year, text) for o, office, year, text in rows
             if o in order and isinstance(text, str) and text.strip() and (office, year) in counted]
    return sorted(found, key=lambda n: (order[n.outcome], n.year, n.office_code))


def aggregate_file(path: Path, *, years=None, include_drafts: bool = False,
                   progress: Progress | None = None) -> Annex:
    """Open ``path`` read-only and aggregate it; ``years`` may be text such as '2020-2024'."""
    with open_for_export(path) as results:
        if years is None or isinstance(years, str):
            years = parse_years(years, results)
        return aggregate(results, years=years, include_drafts=include_drafts, progress=progress)
