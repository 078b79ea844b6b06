"""The plan workbook: a strategic plan as headquarters authors it in Excel, checked cell by cell.

A workbook is untrusted input: its size, parts, sheets and cells are checked before openpyxl
reads it, no formula is evaluated (a formula cell is a problem, as is a hidden sheet), and every
problem is named by sheet and cell, all at once (see docs/plans.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from db.errors import HabitatError, say


@dataclass(frozen=True)
class PlanProblem:
    """One problem of a plan workbook: its sheet and cell (``B3``, or empty for the whole sheet or file)."""

    sheet: str
    cell: str
    message: str
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, code: str, sheet: str, cell: str = "", /, **params: Any) -> Self:
        return cls(sheet, cell, say(code, params), code, params)

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{where}: {self.message}" if where else self.message


class PlanWorkbookError(HabitatError):
    """A plan workbook with problems: nothing is built from it."""

    def __init__(self, path: Path, problems: list[PlanProblem]):
        self.problems = list(problems)
        super().__init__(f"{path}: " + "; ".join(str(p) for p in self.problems))


def check_workbook(path: Path) -> list[PlanProblem]:
    """Every problem of the plan workbook at ``path`` (empty when it is valid)."""
    raise NotImplementedError("plan workbooks are read from the next change on")


def build_plan_file(path: Path, output: Path) -> str:
    """Write the plan file of the valid workbook ``path`` to ``output``; its SHA-256."""
    raise NotImplementedError("plan workbooks are read from the next change on")
