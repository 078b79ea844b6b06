"""The pre-publication check: what must be fixed before the annex is published, and what to look at.

Blocking problems: open conflicts (the annex would count whichever version is held), broken
consistency rules of the framework (``checks.rules``: one indicator's figure at most another's),
shares above 100 %, values above their indicator's ceiling, and the rules of ``db.rules`` among
each office's counted records: a breakdown part whose total is not counted (returned, deleted;
the annex leaves the part out) and parts adding up to more than their total. Warnings: the same
figure (place, breakdown, value) counted twice, by two offices or twice in one. A rule's indicator
reported where the one it is compared with is not, a year far from the office's own earlier years
(the framework's ``year_on_year_factor``), offices whose year is not fully received, records
headquarters has not validated yet, and records not submitted, which the check leaves out with the annex.

The rules and shares are checked on the figures the annex shows (per year, for the period, per
office, region and country), so the check sees what a reader of the annex would see. It reads
the file read-only, like an export, and never writes to it. No Qt here.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path

from db.framework import Framework, Rule
from db.officefile import ResultsFile
from db.progress import Progress, report
from db.quality import place_sums
from db.rules import place_problems, repeated_figures
from exports.aggregate import (COUNTED_STATUSES, DRAFT_STATUSES, Annex, Cell, IndicatorResult, _in,
                               aggregate, latest_plan, open_for_export, parse_years,
                               plan_of_years)
from exports.numbers import share_value

# Where a figure of the annex sits: the dimensions in the order problems are looked for. A break
# found per country or office names what to fix; the coarser figures are named only when no
# finer one explains the break.
FINE = ("country", "office")
COARSE = ("year", "region", "period")
MAX_RECORDS_LISTED = 200  # per kind of problem; the count is always given


@dataclass(frozen=True)
class Finding:
    """One problem: a code (for programs and translations), its words, and where it is."""

    code: str  # open_conflict, rule_broken, share_above_100, above_ceiling, outlier, incomplete, unvalidated,
    # drafts_not_checked, unsigned
    blocking: bool
    message: str
    indicator: str = ""
    office: str = ""
    year: int | None = None
    scope: str = ""  # country, office, year, region, period (figures of the annex) or record
    where: str = ""  # the country, office, region or year of a figure; the record id of a record
    params: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class CheckReport:
    """The result of the check of one file over some reporting years."""

    path: str
    kind: str
    years: tuple[int, ...]
    include_drafts: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.blocking]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.blocking]

    @property
    def ok(self) -> bool:
        """Nothing blocks publication (warnings may remain)."""
        return not self.blocking

    def summary(self) -> str:
        verdict = "ready to publish" if self.ok else "not ready to publish"
        return (f"{len(self.blocking)} blocking problem{'s' * (len(self.blocking) != 1)}, "
                f"{len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}: {verdict}")

    def to_json(self) -> dict:
        return {"file": self.path, "kind": self.kind, "years": list(self.years),
                "include_drafts": self.include_drafts, "ok": self.ok,
                "blocking": [f.to_json() for f in self.blocking],
                "warnings": [f.to_json() for f in self.warnings]}


def check_file(path: Path, *, years=None, include_drafts: bool = False,
               progress: Progress | None = None) -> CheckReport:
    """Open ``path`` read-only and check it; ``years`` may be text such as '2020-2024'."""
    with open_for_export(path) as results:
        if years is None or isinstance(years, str):
            years = parse_years(years, results)
        return check(results, years=years, include_drafts=include_drafts, progress=progress)


def check(results: ResultsFile, *, years=None, include_drafts: bool = False, annex: Annex | None = None,
          progress: Progress | None = None) -> CheckReport:
    """Check an open results file (office or headquarters); ``annex``: its aggregate, if already made."""
    years = tuple(sorted(years)) if years else tuple(latest_plan(results).framework.years)
    statuses = COUNTED_STATUSES + (DRAFT_STATUSES if include_drafts else ())
    out = CheckReport(str(results.path), results.kind, years, include_drafts)
    if annex is None:
        annex = aggregate(results, years=years, include_drafts=include_drafts)
    report(progress, 1, 5, "Looking for open conflicts")
    out.findings += open_conflicts(results, years)
    report(progress, 2, 5, "Checking the rules and shares")
    out.findings += broken_rules(annex)
    out.findings += shares_above_100(annex)
    report(progress, 3, 5, "Checking values against their ceilings")
    out.findings += above_ceiling(results, years, statuses)
    out.findings += broken_breakdowns(results, years, statuses)
    out.findings += repeated(results, years, statuses)
    report(progress, 4, 5, "Comparing years with each office's history")
    out.findings += outliers(results, years, statuses)
    out.findings += removed_indicator_records(results, years)
    out.findings += no_longer_valid(results, years, statuses)
    if not include_drafts:
        out.findings += drafts_not_checked(results, years)
    if results.kind == "headquarters":
        from db.completeness import office_years

        out.findings += incomplete_offices(office_years(results, years))
        out.findings += unvalidated(results, years)
        out.findings += unsigned(results)
    report(progress, 5, 5, "Checked")
    return out


# --- blocking ------------------------------------------------------------------------------------

def open_conflicts(results: ResultsFile, years) -> list[Finding]:
    """Records with rival versions not resolved: the annex would count whichever one is held."""
    year_sql, params = _in("r.year", years)
    # CROSS JOIN keeps this order: the conflicts (a few), then each one's record by its id. Left to
    # choose, SQLite read every record of the years and looked up its conflicts: 2 s at 2,000,000
    # records with no conflict at all.
    rows = results.query(
        "SELECT c.record_id, r.office_code, r.indicator, r.year, count(*) FROM conflict c "
        f"CROSS JOIN record r ON r.id = c.record_id WHERE c.state = 'open' AND {year_sql} "
        "GROUP BY c.record_id ORDER BY r.office_code, r.indicator, r.year, c.record_id", params).fetchall()
    return [Finding("open_conflict", True,
                    f"record {rid} ({office} {code} {year}): {rivals + 1} versions, none chosen; "
                    f"the annex would count the one held now (resolve it: 'conflicts', then 'resolve')",
                    indicator=code, office=office, year=year, scope="record", where=rid,
                    params={"versions": rivals + 1})
            for rid, office, code, year, rivals in rows]


def _cells(result: IndicatorResult, annex: Annex) -> dict[str, dict]:
    """An indicator's annex figures by dimension. Where the annex has one year, office or region
    only, that dimension repeats the period and is left out."""
    tables: dict[str, dict]
    tables = {"country": result.by_country,
              "office": result.by_office if len(annex.offices) > 1 else {},
              "year": {y: c for y, c in result.by_year.items() if c.value is not None} if len(annex.years) > 1 else {},
              "region": result.by_region if len(annex.regions()) > 1 else {}}
    tables["period"] = {annex.period: result.total} if result.total.value is not None else {}
    return tables


def _scope_words(dimension: str, key) -> str:
    if dimension == "region":
        return f"region {key or '(none)'}"
    return {"country": "country {}", "office": "office {}", "year": "{}",
            "period": "period {}"}[dimension].format(key)


def _finer_first(found: dict[str, list[Finding]]) -> list[Finding]:
    fine = [f for dim in FINE for f in found.get(dim, [])]
    if fine:
        return fine
    for dim in COARSE:
        if found.get(dim):
            return found[dim]
    return []


def _figure(value, result: IndicatorResult, framework: Framework) -> str:
    unit = framework.unit_name(result.unit, "en")
    if value == 1 and unit != "people":  # "1 country", "1 public space", "1 country or city"
        unit = " ".join(w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
                        for w in unit.split())
    return f"{value:,} {unit}"


def broken_rules(annex: Annex) -> list[Finding]:
    """Each rule of the framework on each figure of the annex: the left figure at most the right one.

    Where both are reported and the left one is larger, the rule is broken (blocking). Where only
    the left one is reported, no share can be computed there: a warning.
    """
    framework = annex.framework
    found = []
    for rule in framework.rules:
        left, right = annex.result(rule.indicator), annex.result(rule.at_most)
        broken: dict[str, list[Finding]] = {}
        unmatched: dict[str, list[Finding]] = {}
        right_cells = _cells(right, annex)
        for dim, cells in _cells(left, annex).items():
            for key, cell in cells.items():
                if not cell.value:
                    continue
                other = right_cells.get(dim, {}).get(key) or Cell(None)
                if other.value is not None and cell.value <= other.value:
                    continue
                into = unmatched if other.value is None else broken
                into.setdefault(dim, []).append(_rule_finding(rule, framework, left, right, dim, key, cell, other))
        found += _finer_first(broken) + _finer_first(unmatched)
    return found


def _rule_finding(rule: Rule, framework: Framework, left: IndicatorResult, right: IndicatorResult,
                  dim: str, key, cell: Cell, other: Cell) -> Finding:
    why = f" ({rule.why.get('en')})" if rule.why else ""
    if other.value is None:
        return Finding(
            "rule_unmatched", False,
            f"{_scope_words(dim, key)}: {rule.indicator} is {_figure(cell.value, left, framework)} but "
            f"{rule.at_most} is not reported, so rule {rule.text} cannot be checked there{why}",
            indicator=rule.indicator, office=key if dim == "office" else "", year=key if dim == "year" else None,
            scope=dim, where=str(key), params={"rule": rule.text, "at_most": rule.at_most, "value": cell.value})
    return Finding(
        "rule_broken", True,
        f"{_scope_words(dim, key)}: {rule.indicator} is {_figure(cell.value, left, framework)} but "
        f"{rule.at_most} is {_figure(other.value, right, framework)}; rule {rule.text}{why}",
        indicator=rule.indicator, office=key if dim == "office" else "", year=key if dim == "year" else None,
        scope=dim, where=str(key),
        params={"rule": rule.text, "at_most": rule.at_most, "value": cell.value, "limit": other.value})


def shares_above_100(annex: Annex) -> list[Finding]:
    """Shares (derived indicators) above 100 %: a part larger than its whole."""
    found = []
    for result in annex.results:
        if result.rule != "derived":
            continue
        by_dimension: dict[str, list[Finding]] = {}
        for dim, cells in _cells(result, annex).items():
            for key, cell in cells.items():
                if cell.value is not None and cell.value > 100:
                    percent = share_value(cell.value)
                    by_dimension.setdefault(dim, []).append(Finding(
                        "share_above_100", True,
                        f"{_scope_words(dim, key)}: {result.code} is {percent:,g} % "
                        f"({result.indicator.numerator} ÷ {result.indicator.denominator}), above 100 %",
                        indicator=result.code, office=key if dim == "office" else "",
                        year=key if dim == "year" else None, scope=dim, where=str(key),
                        params={"percent": percent}))
        found += _finer_first(by_dimension)
    return found


def _record_where(country: str, city: str, entity: str) -> str:
    return ", ".join(x for x in (country, city, entity) if x)


def above_ceiling(results: ResultsFile, years, statuses) -> list[Finding]:
    """Records whose value is above the plausible ceiling of their indicator (a typo, not a result)."""
    framework = plan_of_years(results, years)
    capped = [i for i in framework.indicators() if i.ceiling]
    if not capped:
        return []
    year_sql, year_params = _in("year", years)
    status_sql, status_params = _in("status", statuses)
    tests = " OR ".join("(indicator = ? AND value > ?)" for _ in capped)
    rows = results.query(
        # NOT INDEXED here and below: these read most of the records, and one pass through the table
        # beats an index lookup per record (as in the aggregation).
        f"SELECT id, office_code, indicator, year, value, country, city, entity FROM record NOT INDEXED "
        f"WHERE deleted = 0 AND {status_sql} AND {year_sql} AND ({tests}) "
        f"ORDER BY office_code, indicator, year, id LIMIT {MAX_RECORDS_LISTED:d}",
        status_params + year_params + [x for i in capped for x in (i.code, i.ceiling)]).fetchall()
    found = []
    by_code = {i.code: i for i in capped}
    for rid, office, code, year, value, country, city, entity in rows:
        indicator = by_code[code]
        unit = framework.unit_name(indicator.unit, "en")
        found.append(Finding(
            "above_ceiling", True,
            f"record {rid} ({office} {code} {year}, {_record_where(country, city, entity)}): "
            f"{value:,} {unit} is above the ceiling of {indicator.ceiling:,} for one record",
            indicator=code, office=office, year=year, scope="record", where=rid,
            params={"value": value, "ceiling": indicator.ceiling}))
    return found


def _counted(years, statuses) -> tuple[str, list]:
    year_sql, year_params = _in("year", years)
    status_sql, status_params = _in("status", statuses)
    return f"deleted = 0 AND {status_sql} AND {year_sql}", status_params + year_params


def broken_breakdowns(results: ResultsFile, years, statuses) -> list[Finding]:
    """Parts ("of which") without a counted total, or above it, within each office's counted records.

    What a path could not refuse: a total returned or deleted at headquarters, a conflict resolved,
    a file written by another version. The annex never counts such a part as the total.
    """
    where, params = _counted(years, statuses)
    found = []
    for p in place_problems(results, where, params)[:MAX_RECORDS_LISTED]:
        ids = p["records"]
        listed = "; ".join(f"{d} (id {i})" for d, i in zip(p["described"], ids))
        if p["code"] == "part_without_total":
            message = (f"{p['office']} {p['place']}: {len(ids)} breakdown part(s) counted without their total "
                       f"({listed}); the annex leaves them out: count the total, or delete the parts")
            params_ = {"place": p["place"], "records": ids, "count": len(ids)}
        else:
            message = (f"{p['office']} {p['place']}: the parts by {p['dimension']} add up to {p['added']:,}, "
                       f"more than their counted total {p['total']:,} ({listed})")
            params_ = {"place": p["place"], "records": ids, "dimension": p["dimension"], "added": p["added"],
                       "total": p["total"]}
        found.append(Finding(p["code"], True, message, indicator=p["indicator"], office=p["office"],
                             year=p["year"], scope="record", where=ids[0], params=params_))
    return found


# --- warnings ------------------------------------------------------------------------------------

def no_longer_valid(results: ResultsFile, years, statuses) -> list[Finding]:
    """Records that a newer version of their year's plan no longer accepts (its breakdowns, its checks).

    Only the years of a plan the file holds a replaced version of: a record of any other year was
    checked against its plan when it was stored, and nothing changed since. Records of removed
    indicators are named by ``removed_indicator_records`` instead.
    """
    from db.validation import check_record

    plans = results.plans
    revised = [y for y in years if (p := plans.plan_for_year(y)) is not None
               and any(old.id == p.id for old in plans.replaced)]
    found: list[Finding] = []
    for year in revised:
        for status in statuses:
            for record in results.records(year=year, status=status):
                _, problems = check_record(record.values(), plans)
                problems = [p for p in problems if p.code != "indicator_removed"]
                if not problems or len(found) >= MAX_RECORDS_LISTED:
                    continue
                plan = plans.plan_for_year(year)
                found.append(Finding(
                    "no_longer_valid", True,
                    f"record {record.id} ({record.office_code} {record.indicator} {year}): no longer passes the "
                    f"plan's version {plan.version if plan else '?'}: " + "; ".join(str(p) for p in problems),
                    indicator=record.indicator, office=record.office_code, year=year, scope="record",
                    where=record.id, params={"version": plan.version if plan else "?",
                                             "problems": [{"field": p.field, "code": p.code, "params": dict(p.params),
                                                           "message": p.message} for p in problems]}))
    return found


def removed_indicator_records(results: ResultsFile, years) -> list[Finding]:
    """Records of indicators a newer version of their plan removed: kept, read-only, never counted silently."""
    from db.plans import removed_records

    return [Finding("removed_indicator", False,
                    f"{n} record{'s' * (n != 1)} of {code} {year}: the indicator was removed from the plan by its "
                    f"newer version (it was in {plan}); kept, read-only, and not counted",
                    indicator=code, year=year, scope="records", params={"records": n, "plan": plan})
            for code, year, plan, n in removed_records(results, years)]


def repeated(results: ResultsFile, years, statuses) -> list[Finding]:
    """The same figure counted twice: by two offices (one result reported by both?), or twice in one
    office (allowed on purpose, as two projects reporting the same figure, or by an older version)."""
    where, params = _counted(years, statuses)
    found = []
    for r in repeated_figures(results, where, params)[:MAX_RECORDS_LISTED]:
        ids = ", ".join(r["records"])
        offices = r["offices"]
        if len(offices) > 1:
            found.append(Finding(
                "same_figure_offices", False,
                f"{r['described']}: reported by {' and '.join(offices)} (records {ids}); the annex counts it "
                f"{len(r['records'])} times: make sure they are different results",
                indicator=r["indicator"], office=offices[0], year=r["year"], scope="record",
                where=r["records"][0], params={"offices": offices, "records": r["records"],
                                               "described": r["described"]}))
        else:
            found.append(Finding(
                "duplicate_in_office", False,
                f"{offices[0]} {r['described']}: {len(r['records'])} identical records ({ids}); the annex counts "
                f"each: make sure they are different results",
                indicator=r["indicator"], office=offices[0], year=r["year"], scope="record",
                where=r["records"][0], params={"records": r["records"], "described": r["described"]}))
    return found


def outliers(results: ResultsFile, years, statuses) -> list[Finding]:
    """An office's yearly figure far from its own earlier years (factor times their median, or a fraction)."""
    framework = plan_of_years(results, years)
    factors = {i.code: f for i in framework.indicators() if i.rule == "sum" and (f := framework.outlier_factor(i))}
    if not factors:
        return []
    status_sql, status_params = _in("status", statuses)
    ind_sql, ind_params = _in("indicator", factors)
    history: dict[tuple[str, str], dict[int, int]] = {}
    # Breakdown parts are "of which" figures: the office's yearly figure is what the annex adds up.
    sums = place_sums(results, f"deleted = 0 AND {status_sql} AND {ind_sql}", status_params + ind_params)
    for (office, code, year), total in sums.items():
        history.setdefault((office, code), {})[year] = total
    found = []
    order = {i.code: n for n, i in enumerate(framework.indicators())}
    for (office, code), totals in sorted(history.items(), key=lambda kv: (kv[0][0], order[kv[0][1]])):
        factor = factors[code]
        for year in sorted(totals):
            earlier = [totals[y] for y in totals if y < year]
            if year not in years or not earlier:
                continue
            median = statistics.median(earlier)
            value = totals[year]
            if median <= 0 or not (value > factor * median or value * factor < median):
                continue
            ratio = value / median
            how = f"{ratio:,.0f} times" if ratio > 1 else f"{ratio:.2g} of"
            found.append(Finding(
                "outlier", False,
                f"{office} {code} {year}: {value:,} is {how} the office's earlier years (median {median:,.0f}); "
                f"check it is not a typo",
                indicator=code, office=office, year=year, scope="office", where=office,
                params={"value": value, "median": median, "factor": factor}))
    return found


def incomplete_offices(states) -> list[Finding]:
    """Office-years at headquarters that are not fully submitted."""
    return [Finding("incomplete", False, f"{s.office} {s.year}: {s.words()}", office=s.office, year=s.year,
                    scope="office", where=s.office, params={"state": s.state})
            for s in states if s.state not in ("submitted",)]


def unvalidated(results: ResultsFile, years) -> list[Finding]:
    """Submitted records headquarters has not validated yet, per office."""
    year_sql, params = _in("year", years)
    rows = results.query(
        f"SELECT office_code, count(*), min(year), max(year) FROM record NOT INDEXED WHERE deleted = 0 "
        f"AND status = 'submitted' "
        f"AND {year_sql} GROUP BY office_code ORDER BY office_code", params).fetchall()
    return [Finding("unvalidated", False,
                    f"{office}: {count:,} submitted record{'s' * (count != 1)} "
                    f"({first if first == last else f'{first}–{last}'}) not yet validated",
                    office=office, scope="office", where=office, params={"records": count})
            for office, count, first, last in rows]


def drafts_not_checked(results: ResultsFile, years) -> list[Finding]:
    """Records not signed off (draft, returned) in the years: the annex leaves them out, and so did
    the check; said, so that "ready to publish" is never read as "every record was checked"."""
    year_sql, params = _in("year", years)
    status_sql, statuses = _in("status", DRAFT_STATUSES)
    count = results.query(f"SELECT count(*) FROM record WHERE deleted = 0 AND {status_sql} AND {year_sql}",
                          [*statuses, *params]).fetchone()[0]
    if not count:
        return []
    return [Finding("drafts_not_checked", False,
                    f"{count:,} record{'s' * (count != 1)} not submitted (draft or returned) "
                    f"{'were' if count != 1 else 'was'} not checked: the annex does not count "
                    f"{'them' if count != 1 else 'it'} (check them with --include-drafts)",
                    scope="file", params={"records": count})]


def rule_descriptions(framework: Framework, lang: str = "en") -> list[str]:
    """The framework's rules in words, for help texts and the README."""
    return [f"{r.text}: {r.why.get(lang)}" if r.why else r.text for r in framework.rules]


def unsigned(results: ResultsFile) -> list[Finding]:
    """Offices whose file was merged unsigned (an earlier version's), never seen signing (db/signing.py)."""
    from db.signing import unsigned_offices

    return [Finding("unsigned", False,
                    f"{office}: its file was merged unsigned (made by an earlier version of the app): nothing "
                    "shows that it came from the office", office=office, scope="office", where=office)
            for office in unsigned_offices(results)]
