"""What submitting a reporting year would lock, and what is wrong first, in the words of the app.

The check itself is the core's (``exports.submission``), the same as the command line's; this
puts its findings into the user's language for the submit dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.officefile import ResultsFile
from db.progress import Progress
from exports.submission import SubmissionCheck, check_submission


@dataclass
class SubmissionSummary:
    year: int
    to_submit: dict[str, int] = field(default_factory=dict)  # indicator -> records to be submitted
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    found: SubmissionCheck | None = None  # the core's check, handed back when submitting


def summarize(results: ResultsFile, year: int, progress: Progress | None = None,
              lang: str = "en") -> SubmissionSummary:
    """Check the year as the core does, for the submit dialog (in ``lang``, the UI language)."""
    from desktop import check_text, problem_text

    found = check_submission(results, year, progress)
    return SubmissionSummary(
        year, dict(found.to_submit),
        problems=[f"{p.record.indicator} {p.where}: {problem_text.problem_line(p.problem, lang, results.framework)}"
                  for p in found.record_problems]
        + [check_text.text(f) for f in found.blocking],
        warnings=[check_text.text(f) for f in found.warnings], found=found)
