"""Named failures of the core, caught at the edge (CLI, GUI) and shown as one clear message."""

from __future__ import annotations

from dataclasses import dataclass


class HabitatError(Exception):
    """Base of every failure the user should see as a message, not a traceback."""


class OfficeFileError(HabitatError):
    """A results file that cannot be created, opened or upgraded."""


class RecordNotFound(HabitatError):
    pass


class RecordLocked(HabitatError):
    """A record submitted to or validated by headquarters cannot be edited in the office."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of a record: the field name and what is expected."""

    field: str
    message: str
    row: int | None = None  # position in a batch of records, when the problem belongs to one

    def __str__(self) -> str:
        where = f"record {self.row + 1}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(HabitatError):
    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))
