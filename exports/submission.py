"""Submitting a reporting year: the rule both clients follow, and the checks that come first.

An office submits a year's draft and returned records to headquarters; they are then locked. The
year is refused while a record has a problem of its own (the rules of ``check_record``, its
breakdown), or while the pre-publication check of the year as it would be submitted finds
something blocking (the framework's rules, shares, ceilings); its warnings do not stop it.

The check reads; ``submit_year`` writes, and submits exactly the records that were checked: if
one changed meanwhile, it refuses and asks for a new check. It sits beside the check, which it runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db import schema
from db.errors import HabitatError, Problem
from db.officefile import Record, ResultsFile
from db.progress import Progress, report
from db.signing import ensure_key, sign_submission
from exports.check import CheckReport, Finding, check

CHUNK = 2000
SHOWN_IN_REFUSAL = 10


@dataclass(frozen=True)
class RecordProblem:
    """One problem of one record about to be submitted."""

    record: Record
    problem: Problem

    @property
    def where(self) -> str:
        return self.record.city or self.record.entity or self.record.country

    def __str__(self) -> str:
        return f"record {self.record.id} ({self.record.indicator} {self.where}): {self.problem}"


@dataclass
class SubmissionCheck:
    """What submitting ``year`` would lock, and what is wrong first."""

    year: int
    to_submit: dict[str, int] = field(default_factory=dict)  # indicator -> records to be submitted
    record_problems: list[RecordProblem] = field(default_factory=list)
    report: CheckReport | None = None  # the year's check; not run while records have problems
    unfinished: int = 0  # rows kept as typed, not records: they are not submitted
    checked: frozenset[tuple[str, int]] = frozenset()  # (id, version) of the records checked

    @property
    def blocking(self) -> list[Finding]:
        return self.report.blocking if self.report else []

    @property
    def warnings(self) -> list[Finding]:
        return self.report.warnings if self.report else []

    @property
    def ok(self) -> bool:
        """Nothing stops the submission (there may be nothing to submit)."""
        return not self.record_problems and not self.blocking

    def problem_lines(self) -> list[str]:
        """Every problem in English, the records' own first (as the CLI shows them)."""
        return [str(p) for p in self.record_problems] + [f.message for f in self.blocking]


class SubmissionRefused(HabitatError):
    """The year has problems to fix first; nothing was submitted."""

    def __init__(self, path, found: SubmissionCheck):
        self.found = found
        lines = found.problem_lines()
        listed = "; ".join(lines[:SHOWN_IN_REFUSAL])
        more = f"; and {len(lines) - SHOWN_IN_REFUSAL} more" if len(lines) > SHOWN_IN_REFUSAL else ""
        super().__init__(f"{path}: {found.year} not submitted: {len(lines)} problem{'s' * (len(lines) != 1)} "
                         f"to fix first: {listed}{more}")


def check_submission(results: ResultsFile, year: int, progress: Progress | None = None) -> SubmissionCheck:
    """Count the year's draft and returned records by indicator, check each one, then the year."""
    found = SubmissionCheck(year, unfinished=results.count_unfinished(year))
    for (code, status), n in sorted(results.counts_by_indicator_status(year).items()):
        if status in schema.OPEN_STATUSES:
            found.to_submit[code] = found.to_submit.get(code, 0) + n
    ids = [i for status in schema.OPEN_STATUSES for i in results.record_ids(year=year, status=status)]
    checked = set()
    for start in range(0, len(ids), CHUNK):
        report(progress, start, len(ids))
        for record in results.records_by_id(ids[start:start + CHUNK]):
            checked.add((record.id, record.version))
            _, problems = results.check_values(record.values())
            found.record_problems += [RecordProblem(record, p) for p in problems]
    found.checked = frozenset(checked)
    report(progress, len(ids), len(ids))
    if not found.record_problems:  # the check adds up the records: they must be valid first
        found.report = check(results, years=(year,), include_drafts=True)
    return found


def submit_year(results: ResultsFile, year: int, *, who: str | None = None,
                checked: SubmissionCheck | None = None, keys: Path | None = None) -> int:
    """Submit ``year`` if its check finds nothing to fix first (else ``SubmissionRefused``), and sign it.

    ``checked``: the check already made and shown (the app runs it in the background); without
    it, the year is checked now. The submission is signed with the office's key from the user's
    profile (``keys``: another folder; see ``db.signing``), in the same transaction: a submission
    is never stored unsigned. Submitting a year again signs it again. Returns how many records
    were submitted.
    """
    if checked is None or checked.year != year:
        checked = check_submission(results, year)
    if not checked.ok:
        raise SubmissionRefused(results.path, checked)
    ensure_key(results.office.code, keys)  # before the transaction: a key file is written outside the file
    with results.transaction():
        submitted = results.submit_year(year, who=who, checked=checked.checked)
        sign_submission(results, year, folder=keys)
    return submitted
