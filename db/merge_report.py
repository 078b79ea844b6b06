"""What a merge did: per office file (``FileReport``) and in all (``MergeReport``).

Written by the merge's parts (``db.merge_read``, ``db.merge_store``) and read by its clients; importers
of ``db.merge`` find both there too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.errors import HabitatError
from db.merge_plan import COUNTED
from db.signing import SignatureState


@dataclass
class FileReport:
    """What merging one office file did (or, in a dry run, would do)."""

    path: Path
    office_code: str = ""
    file_id: str = ""
    sha256: str = ""
    content_sha256: str = ""  # of the checked copy: the file and its -wal (db.untrusted)
    records: int = 0
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    outdated: int = 0
    conflicts: int = 0
    narratives: int = 0
    refused: str = ""
    refusal: HabitatError | None = None  # what refused it, with its code (see db.errors)
    already_merged: bool = False
    upgraded_from: int | None = None
    batch_id: int | None = None
    # The office is held from another file: its code, so that the user can be asked to confirm.
    other_file_for: str = ""
    replaces_file_id: str = ""  # the office's earlier file, replaced by this one as confirmed
    office_years: dict = field(default_factory=dict)  # year -> status -> records, in the office's file
    signature: SignatureState | None = None  # signed or not, by which keys (db.signing)

    @property
    def ok(self) -> bool:
        return not self.refused

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.deleted + self.conflicts + self.narratives

    def rolled_back(self, reason: str) -> None:
        """The file was refused or its transaction undone: it added, changed and merged nothing."""
        self.refused = reason
        for name in COUNTED:
            setattr(self, name, 0)
        self.already_merged = False
        self.batch_id = None
        self.replaces_file_id = ""

    def summary(self) -> str:
        if self.refused:
            return self.refused
        text = (f"{self.path.name} ({self.office_code}): {self.added} added, {self.updated} updated, "
                f"{self.deleted} deleted, {self.unchanged} unchanged, {self.outdated} outdated, "
                f"{self.conflicts} conflicts, {self.narratives} narratives")
        if self.already_merged:
            text += "; already merged, nothing to do"
        if self.upgraded_from:
            text += f"; upgraded from schema {self.upgraded_from} on a copy"
        if self.replaces_file_id:
            text += f"; new file for {self.office_code} accepted, replacing file {self.replaces_file_id}"
        if self.signature is not None:
            text += f"; {self.signature.words()}"
        return text


@dataclass
class MergeReport:
    headquarters: Path
    files: list[FileReport] = field(default_factory=list)
    dry_run: bool = False
    created: bool = False

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if not f.ok]

    def totals(self) -> dict[str, int]:
        """What was merged, over the files that were (a refused file counts only as refused)."""
        out = {k: sum(getattr(f, k) for f in self.files if f.ok) for k in COUNTED}
        out["refused"] = len(self.refused)
        return out
