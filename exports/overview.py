"""The overview of a results file: the figures behind the app's overview page and the export charts.

Every figure comes from the annex aggregation (``exports.aggregate``) and, at headquarters, from
the office × year completeness (``db.completeness``) and the pre-publication check's blocking
problems (``exports.check``): there is no second way of adding up. What is added here is only
what neither gives: record counts per outcome and status (an office's progress through a year)
and the records changed since the year was last submitted. Read-only, no Qt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from db.completeness import OfficeYear, office_years
from db.framework import Framework, Indicator
from db.officefile import ResultsFile
from db.progress import Progress, report
from exports.aggregate import (COUNTED_STATUSES, Annex, Cell, IndicatorResult, aggregate, latest_plan,
                               open_for_export)
from exports.numbers import share_value


@dataclass(frozen=True)
class OutcomeYear:
    """An outcome (or enabler) in one reporting year of an office: its records by status."""

    outcome: str
    year: int
    entered: int = 0  # live records, whatever their status
    submitted: int = 0  # submitted or validated
    returned: int = 0
    no_data: tuple[str, ...] = ()  # enterable indicators without a live record in the year

    @property
    def draft(self) -> int:
        return self.entered - self.submitted - self.returned


@dataclass(frozen=True)
class Change:
    """Records of one indicator changed in a year since the year was last submitted."""

    indicator: str
    added: int = 0
    changed: int = 0
    deleted: int = 0


@dataclass
class Overview:
    """What the overview page shows, for an office or a headquarters file."""

    kind: str  # office | headquarters
    annex: Annex
    outcome_years: list[OutcomeYear] = field(default_factory=list)  # office
    last_submitted: dict[int, str] = field(default_factory=dict)  # office: year → when (UTC)
    changes: dict[int, list[Change]] = field(default_factory=dict)  # office: year → changes since then
    office_years: list[OfficeYear] = field(default_factory=list)  # headquarters
    blocking: list = field(default_factory=list)  # headquarters: the check's blocking findings
    returned: int = 0  # headquarters: records returned to their office, not received again
    # An indicator that continues one of an earlier plan the file holds (the plan's crosswalk):
    # that indicator's figures over the earlier plan's years, so that the trend crosses plans.
    earlier: dict[str, Earlier] = field(default_factory=dict)

    @property
    def framework(self) -> Framework:
        return self.annex.framework

    def outcomes_in(self, year: int) -> list[OutcomeYear]:
        return [o for o in self.outcome_years if o.year == year]


@dataclass(frozen=True)
class Earlier:
    """The figures of the earlier plan's indicator that an indicator continues."""

    plan: str  # "SP2020-2025 1.0"
    code: str  # the earlier plan's indicator
    years: list[tuple[int, float | None]]


def _earlier(results: ResultsFile, framework: Framework, include_drafts: bool) -> dict[str, Earlier]:
    """The crosswalk's earlier figures: one aggregation per earlier plan the file holds, none without one."""
    by_plan: dict[str, list] = {}
    for entry in framework.crosswalk:
        held = results.plans.plan(entry.from_plan)
        if (framework.indicator(entry.to_code) is None or held is None or held.id == framework.id
                or held.framework.indicator(entry.from_code) is None):
            continue
        by_plan.setdefault(held.id, []).append(entry)
    out: dict[str, Earlier] = {}
    for plan_id, entries in by_plan.items():
        held = results.plans.plan(plan_id)
        assert held is not None  # found above
        annex = aggregate(results, years=tuple(held.framework.years), include_drafts=include_drafts)
        for entry in entries:
            out.setdefault(entry.to_code, Earlier(held.label(), entry.from_code,
                                                  year_series(annex.result(entry.from_code))))
    return out


def number(cell: Cell) -> float | None:
    """A figure of the annex as a plain number for a chart (shares as percentages), or None."""
    if cell.value is None:
        return None
    return share_value(cell.value) if not isinstance(cell.value, int) else cell.value


def year_series(result: IndicatorResult) -> list[tuple[int, float | None]]:
    """An indicator's figure per reporting year, as the annex gives it."""
    return [(year, number(cell)) for year, cell in result.by_year.items()]


def progress_to_target(indicator: Indicator, result: IndicatorResult) -> float | None:
    """How far the period's figure has come from the baseline to the target (1.0 = reached).

    None where the framework gives no target (the 2020–2025 plan gives none) or nothing is reported.
    """
    achieved = number(result.total)
    if indicator.target is None or achieved is None:
        return None
    start = indicator.baseline.value if indicator.baseline else 0
    span = indicator.target.value - start
    if span == 0:
        return None
    return (achieved - start) / span


def _outcome_years(results: ResultsFile, framework: Framework) -> list[OutcomeYear]:
    counts: dict[tuple[str, int], dict[str, int]] = {}
    for code, year, status, n in results.query(
            "SELECT indicator, year, status, count(*) FROM record WHERE deleted = 0 "
            "GROUP BY indicator, year, status"):
        counts.setdefault((code, year), {})[status] = n
    out = []
    for group in framework.outcomes():
        for year in framework.years:
            entered = submitted = returned = 0
            empty = []
            for indicator in group.indicators:
                if not indicator.enterable:
                    continue
                found = counts.get((indicator.code, year), {})
                if not found:
                    empty.append(indicator.code)
                entered += sum(found.values())
                submitted += sum(found.get(s, 0) for s in COUNTED_STATUSES)
                returned += found.get("returned", 0)
            out.append(OutcomeYear(group.code, year, entered, submitted, returned, tuple(empty)))
    return out


def _changes(results: ResultsFile, framework: Framework) -> tuple[dict[int, str], dict[int, list[Change]]]:
    """Per year: when it was last submitted, and the records added, changed or deleted since then."""
    last = dict(results.query(
        "SELECT r.year, max(a.at) FROM audit a JOIN record r ON r.id = a.target_id "
        "WHERE a.action = 'submit' AND a.target = 'record' GROUP BY r.year").fetchall())
    changes: dict[int, list[Change]] = {}
    for year, when in sorted(last.items()):
        rows = results.query(
            "SELECT indicator, sum(deleted = 0 AND created_at > ?), "
            "sum(deleted = 0 AND created_at <= ? AND updated_at > ?), sum(deleted = 1 AND created_at <= ?) "
            "FROM record WHERE year = ? AND updated_at > ? GROUP BY indicator",
            (when, when, when, when, year, when)).fetchall()
        order = {i.code: n for n, i in enumerate(framework.indicators())}
        found = [Change(code, added or 0, changed or 0, deleted or 0) for code, added, changed, deleted in rows
                 if (added or changed or deleted)]
        changes[year] = sorted(found, key=lambda c: order.get(c.indicator, len(order)))
    return last, changes


def _records_side(path: Path, years, out: dict) -> None:
    """What headquarters' overview reads beside the aggregation, on a connection of its own."""
    from exports import check

    try:
        with open_for_export(path) as results:
            out["states"] = office_years(results, years)
            out["conflicts"] = check.open_conflicts(results, years)
            out["above_ceiling"] = check.above_ceiling(results, years, COUNTED_STATUSES)
    except BaseException as exc:  # handed to the caller's thread
        out["error"] = exc


def overview(results: ResultsFile, progress: Progress | None = None, year: int | None = None) -> Overview:
    """The overview of an open results file over the years of one plan: ``year``'s (by default the
    plan of the latest year holding records).

    An office sees its working figures (drafts included: nothing of its own is hidden from it);
    headquarters sees what the annex counts (submitted and validated records).
    """
    framework = (results.framework_for(year) if year is not None else None) or latest_plan(results).framework
    years = tuple(framework.years)
    if results.kind != "headquarters":
        annex = aggregate(results, years=years, include_drafts=True, progress=progress)
        report(progress, 4, 5, "Counting records")
        last, changes = _changes(results, framework)
        return Overview("office", annex, _outcome_years(results, framework), last, changes,
                        earlier=_earlier(results, framework, True))
    # The completeness and the record-level checks are read on a second connection while the
    # aggregation runs (SQLite lets go of the GIL while it reads): at 2,000,000 records the page
    # then takes little more than the aggregation itself (bench/run_all.py --only overview).
    side: dict = {}
    reader = threading.Thread(target=_records_side, args=(results.path, years, side), name="overview-records")
    reader.start()
    try:
        annex = aggregate(results, years=years, include_drafts=False, progress=progress)
    finally:
        reader.join()
    if "error" in side:
        raise side["error"]
    from exports import check

    # In the check's order: conflicts, rules, shares, ceilings.
    blocking = side["conflicts"] + check.broken_rules(annex) + check.shares_above_100(annex) + side["above_ceiling"]
    return Overview("headquarters", annex, office_years=side["states"], blocking=blocking,
                    returned=sum(s.returned for s in side["states"]), earlier=_earlier(results, framework, False))


def overview_file(path: Path, progress: Progress | None = None, year: int | None = None) -> Overview:
    """Open ``path`` read-only (on the caller's thread) and make its overview (of ``year``'s plan)."""
    with open_for_export(path) as results:
        return overview(results, progress, year)
