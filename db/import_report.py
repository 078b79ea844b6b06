"""What an import found and did: its problems, its report, its refusal, and a file imported before.

Shared by the two readers, ``db.importer`` (tables) and ``db.entry_template`` (the data-entry
template); importers of ``db.importer`` find these names there too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import HabitatError, say
from db.officefile import ResultsFile
from db.words import count


@dataclass(frozen=True)
class ImportProblem:
    line: int  # line in the file (the header is line 1); 0 for the file as a whole
    column: str
    message: str
    kind: str = "invalid"  # "duplicate" (the user may import anyway), "breakdown" or "invalid"
    code: str = ""  # what it is, for translation (see db.errors)
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, line: int, column: str, code: str, /, params: dict | None = None, **fields):
        """The problem ``code`` with ``params``; ``fields``: the dataclass's other fields (kind, ...)."""
        params = params or {}
        return cls(line, column, say(code, params), code=code, params=params, **fields)

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        return f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


@dataclass
class ImportReport:
    source: Path
    separator: str = ","  # of a CSV file: Excel in many languages writes semicolons
    rows: int = 0
    stored: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems if p.line})

    @property
    def only_duplicates(self) -> bool:
        """Refused for duplicates alone: importing with ``allow_duplicates`` would store it."""
        return bool(self.problems) and all(p.kind == "duplicate" for p in self.problems)


class ImportRefused(HabitatError):
    def __init__(self, report: ImportReport):
        self.report = report
        lines = report.bad_lines()
        params = {"source": str(report.source), "problems": len(report.problems), "rows": len(lines),
                  "problems_text": count(len(report.problems), "problem"),
                  "rows_text": f" on {count(len(lines), 'row')}" if lines else ""}
        super().__init__(say("nothing_imported", params), code="nothing_imported", params=params)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def imported_before(results: ResultsFile, path: Path, allow_duplicates: bool) -> tuple[str, list[ImportProblem]]:
    """The file's SHA-256, and a problem if this very file was imported before (unless allowed)."""
    sha = file_sha256(path)
    earlier = results.imports(sha)
    if not earlier or allow_duplicates:
        return sha, []
    first = earlier[0]
    when = first["imported_at"][:16].replace("T", " ")
    return sha, [ImportProblem.of(0, "", "imported_before",
                                  {"when": when, "name": first["file_name"], "records": first["records"]},
                                  kind="duplicate")]
