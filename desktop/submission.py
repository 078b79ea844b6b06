"""What submitting a reporting year would lock, and what is wrong first (read in the background):
each record's own problems, then the pre-publication check of the year as it would be submitted
(the framework's rules, shares, ceilings: blocking; outliers: warnings)."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.officefile import ResultsFile
from db.progress import Progress, report

CHUNK = 2000


@dataclass
class SubmissionSummary:
    year: int
    to_submit: dict[str, int] = field(default_factory=dict)  # indicator -> records to be submitted
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def summarize(results: ResultsFile, year: int, progress: Progress | None = None) -> SubmissionSummary:
    """Count the year's draft and returned records by indicator and check each one again."""
    summary = SubmissionSummary(year)
    for (code, status), n in sorted(results.counts_by_indicator_status(year).items()):
        if status in ("draft", "returned"):
            summary.to_submit[code] = summary.to_submit.get(code, 0) + n
    ids = results.record_ids(year=year, status="draft") + results.record_ids(year=year, status="returned")
    for start in range(0, len(ids), CHUNK):
        report(progress, start, len(ids))
        for record in results.records_by_id(ids[start:start + CHUNK]):
            _, found = results.check_values(record.values())
            where = record.city or record.entity or record.country
            summary.problems += [f"{record.indicator} {where}: {p}" for p in found]
    report(progress, len(ids), len(ids))
    if not summary.problems:  # the check adds up the records: they must be valid first
        from desktop import check_text
        from exports.check import check

        found = check(results, years=(year,), include_drafts=True)
        summary.problems += [check_text.text(f) for f in found.blocking]
        summary.warnings += [check_text.text(f) for f in found.warnings]
    return summary
