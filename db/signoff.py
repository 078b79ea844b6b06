"""Whether a year has anything for an office to sign off (submit), said before anything is checked."""

from __future__ import annotations

from db import schema
from db.errors import HabitatError
from db.officefile import ResultsFile


def refuse_nothing_to_submit(results: ResultsFile, year: int) -> None:
    """Refuse a year without draft or returned records: submitted already, or empty (HabitatError)."""
    counts = results.status_counts(year)
    if any(counts.get(status) for status in schema.OPEN_STATUSES):
        return
    if any(counts.get(status) for status in schema.LOCKED_STATUSES):
        raise HabitatError.of("year_already_submitted", path=str(results.path), year=year)
    raise HabitatError.of("year_nothing_to_submit", path=str(results.path), year=year)
