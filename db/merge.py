"""Merging office files into the headquarters file: idempotent, order-independent, with provenance.

What travels: an office's submitted (or already validated) records, and tombstones of records
that headquarters had returned and the office then deleted. Drafts and records being reworked
after a return stay in the office. The office row and the outcome narratives of years with
submitted records travel too. Incomplete rows (``unfinished_row``: typed, not yet records) never
travel: they are not read here, and the headquarters file's table stays empty.

Versions and conflicts. Every change in the office bumps a record's ``version``. A submitted
record is locked in the office until headquarters returns it, so every edit of a record after its
first submission starts from a version that headquarters returned: the copy's **base version**
(taken from the office's ``review`` table, where applied feedback is kept; 0 for a first
submission). A copy Y *supersedes* a copy X when ``Y.base >= X.version``: Y was made after
headquarters had seen X. That relation is transitive, so headquarters keeps, for every record, the
copies that no other copy supersedes ("heads"):

- one head: it is the record, with its provenance in ``record_origin`` (-> ``merge_batch``);
- several heads (two edits from the same base, e.g. one office file edited on two laptops): a
  conflict. The head with the highest (version, content hash) is the record row, the others are
  'open' rows of ``conflict``; none is chosen for the user, who resolves it with
  ``resolve_conflict`` (the losers become 'dropped' and are never re-opened by the same copy).
  The user's choice names a copy by its version and content hash ("7-3f2a..."), which no later
  merge changes (which copy is the record row, and the ``conflict`` row ids, may change).

The set of heads depends only on the set of copies seen, never on the order of the files, and a
copy already seen (same version and content) changes nothing: merging is idempotent and
order-independent, an older file arriving late rolls nothing back, and tombstones are copies like
any other. Each file is merged in its own transaction; a refused file leaves headquarters as it was.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import HabitatError, OfficeFileError, RecordNotFound
from db.leftovers import private_folder
from db.officefile import (BUSY_TIMEOUT_MS, EDITABLE_FIELDS, RECORD_COLUMNS, Office, ResultsFile, _audit,
                           check_office, check_sqlite_header, connect, default_user, utc_now)
from db.progress import Cancelled, Progress, report as report_progress
from db.schema import SCHEMA_VERSION, STATUSES
from db.storage import StorageError
from db.untrusted import open_untrusted, readonly_uri, refuse
from db.validation import TEXT_LIMITS, check_narrative, check_record, check_text

HEADQUARTERS = Office("HQ", "UN-Habitat Headquarters", "KEN", "")
# Records that leave the office: signed off, or deleted after headquarters returned them.
TRAVELS = "(status IN ('submitted', 'validated') OR (deleted = 1 AND status = 'returned'))"
CONTENT_FIELDS = ("office_code", *EDITABLE_FIELDS, "deleted")
COPY_COLUMNS = (*RECORD_COLUMNS[:RECORD_COLUMNS.index("status")],
                *RECORD_COLUMNS[RECORD_COLUMNS.index("status") + 1:])  # all but status
ORIGIN_COLUMNS = ("base_version", "content_hash", "file_name", "file_id", "sha256", "batch_id")
READ_COLUMNS = (*EDITABLE_FIELDS, "id", "office_code", "created_at", "updated_at", "version", "changed_by",
                "deleted")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CHUNK = 900  # ids per IN (...) query, below SQLite's bound-parameter limit
HQ_CACHE_KIB = 128 * 1024  # SQLite's page cache for the headquarters file
MAX_PROBLEMS_SHOWN = 3
COUNTED = ("added", "updated", "deleted", "unchanged", "outdated", "conflicts", "narratives")


@dataclass
class FileReport:
    """What merging one office file did (or, in a dry run, would do)."""

    path: Path
    office_code: str = ""
    file_id: str = ""
    sha256: str = ""
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


@dataclass
class Copy:
    """One version of one record, as carried by a file or held at headquarters."""

    values: dict  # COPY_COLUMNS
    base_version: int
    content_hash: str
    file_name: str
    file_id: str
    sha256: str
    batch_id: int | None = None
    conflict_id: int | None = None  # its row in ``conflict``, if it is held there
    state: str = "head"

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def version(self) -> int:
        return self.values["version"]

    @property
    def key(self) -> tuple[int, str]:
        return self.values["version"], self.content_hash

    @property
    def choice(self) -> str:
        """How the user names this copy when resolving a conflict: stable across merges."""
        return f"{self.version}-{self.content_hash}"

    def supersedes(self, other: "Copy") -> bool:
        return self.base_version >= other.version


def content_hash(values: dict) -> str:
    """A digest of what the office entered (not of when or by whom): equal content, equal hash."""
    return _content_digest(_content(values))


_content = operator.itemgetter(*CONTENT_FIELDS)


def _content_digest(content: tuple) -> str:
    # repr: unambiguous for str, int, None. 96 bits: only copies of one record at one version
    # are ever compared.
    return hashlib.blake2b(repr(content).encode("utf-8"), digest_size=12).hexdigest()


# --- the headquarters file -----------------------------------------------------------------------

def open_headquarters(path: Path, *, create: bool = False) -> tuple[ResultsFile, bool]:
    """Open (or, if asked, create) the headquarters file; refuse any other file, leaving it unchanged."""
    path = Path(path)
    created = False
    if not path.exists() and create:
        ResultsFile.create(path, HEADQUARTERS, kind="headquarters").close()
        created = True
    else:
        check_headquarters(path)
    hq = ResultsFile.open(path)
    # Record ids are random: lookups and inserts touch pages all over a large file.
    hq.conn.execute(f"PRAGMA cache_size = {-HQ_CACHE_KIB:d}")
    if hq.kind != "headquarters":  # changed between the check and the opening
        hq.close()
        raise OfficeFileError.of("hq_not_headquarters", path=str(path))
    return hq, created


def check_headquarters(path: Path) -> None:
    """Refuse a file that is not a headquarters file before anything could write to it.

    ``ResultsFile.open`` switches a file to WAL and upgrades its schema; an office file or another
    application's database given by mistake must not be changed by that. So the schema version
    and the file's kind are read first through a read-only connection that creates no sidecar
    file: with ``readonly_shm`` while another program has the file open (a ``-wal`` is there), so
    that its writes are seen whole; else (or if that cannot open) ``immutable``, which reads the
    main file alone and takes no locks.
    """
    path = Path(path)
    check_sqlite_header(path)
    where = path.resolve()
    uris = [readonly_uri(where, readonly_shm=True)] if path.with_name(path.name + "-wal").exists() else []
    uris.append(readonly_uri(where, immutable=True))
    for uri in uris:
        try:
            version, kind = _identity(uri)
            break
        except sqlite3.DatabaseError as exc:  # readonly_shm cannot open without a -shm: try the next
            if uri == uris[-1]:
                raise OfficeFileError.of("hq_unreadable", path=str(path), detail=str(exc)) from exc
    if version == 0:
        raise OfficeFileError.of("hq_another_application", path=str(path))
    if version > SCHEMA_VERSION:
        raise OfficeFileError.of("hq_newer_version", path=str(path), version=version, known=SCHEMA_VERSION)
    if kind != "headquarters":
        raise OfficeFileError.of("hq_office_file" if kind == "office" else "hq_not_habitat", path=str(path))


def _identity(uri: str) -> tuple[int, str | None]:
    """The schema version and the kind (None if not known) of the file that ``uri`` opens read-only."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not 0 < version <= SCHEMA_VERSION:
            return version, None
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
            return version, None  # another application that numbers its schema too
        kind = conn.execute("SELECT value FROM meta WHERE key = 'kind'").fetchone()
        return version, kind[0] if kind else None
    finally:
        conn.close()


# --- merging ---------------------------------------------------------------------------------------

def merge_files(hq_path: Path, office_paths: list[Path], *, dry_run: bool = False, who: str | None = None,
                progress: Progress | None = None, accept_new_file_for=()) -> MergeReport:
    """Merge office files into the headquarters file, each in its own transaction.

    A refused file is reported (``FileReport.refused``) and the others are still merged. With
    ``dry_run`` the same work runs on a temporary copy of the headquarters file, and the report
    shows what a real merge would do; the headquarters file is not touched (nor created). A file
    that is not a headquarters file is refused before anything is written to it, dry run or not.

    Cancelling through ``progress`` does not undo the whole merge: the files merged before the
    cancel stay merged (each was its own transaction), only the current one is rolled back.

    A file whose office headquarters holds from another file (another file id) is refused unless
    its office code is in ``accept_new_file_for`` (a reinstalled laptop, confirmed by headquarters).
    """
    hq_path = Path(hq_path)
    office_paths = [Path(p) for p in office_paths]
    if not dry_run:
        return _merge(hq_path, office_paths, who, progress, accept_new_file_for)
    with private_folder("dry-run") as folder:
        trial = Path(folder) / hq_path.name
        if hq_path.exists():
            check_headquarters(hq_path)
            # Known now to be a headquarters file (already in WAL): a read-write connection that
            # only reads removes the WAL sidecars when it closes, unlike a read-only one, and it
            # upgrades nothing (the copy is upgraded).
            src = connect(hq_path)
            dst = sqlite3.connect(str(trial))
            try:
                src.backup(dst)
            except sqlite3.DatabaseError as exc:
                raise OfficeFileError.of("hq_unreadable", path=str(hq_path), detail=str(exc)) from exc
            finally:
                src.close()
                dst.close()
        report = _merge(trial, office_paths, who, progress, accept_new_file_for)
    report.headquarters = hq_path
    report.dry_run = True
    for f in report.files:
        f.batch_id = None  # batches of the trial copy, which is gone
    return report


def _merge(hq_path: Path, office_paths: list[Path], who: str | None, progress: Progress | None,
           accept_new_file_for=()) -> MergeReport:
    hq, created = open_headquarters(hq_path, create=True)
    report = MergeReport(hq_path, created=created)
    who = who or default_user()
    try:
        for n, path in enumerate(office_paths):
            report_progress(progress, n, len(office_paths), f"merging {path.name}")
            file_report = FileReport(path)
            try:
                merge_file(hq, path, file_report, who=who, accept_new_file_for=accept_new_file_for)
            except Cancelled:
                raise
            except StorageError as exc:  # headquarters' disk or lock; its transaction was rolled back
                file_report.rolled_back(f"{path}: not merged, headquarters unchanged: {exc}")
            except HabitatError as exc:
                file_report.rolled_back(str(exc) if str(exc).startswith(str(path)) else f"{path}: refused: {exc}")
                file_report.refusal = exc
            except sqlite3.Error as exc:  # on the headquarters side; its transaction was rolled back
                file_report.rolled_back(f"{path}: not merged, headquarters unchanged: {exc}")
            report.files.append(file_report)
        report_progress(progress, len(office_paths), len(office_paths), "merged")
    finally:
        hq.close()
    return report


def merge_file(hq: ResultsFile, path: Path, report: FileReport, *, who: str,
               accept_new_file_for=()) -> FileReport:
    """Check one office file and merge it into ``hq`` in one transaction (nothing on refusal)."""
    with open_untrusted(path, kind="office") as safe:
        report.sha256 = safe.sha256
        report.file_id = safe.meta["file_id"]
        report.upgraded_from = safe.upgraded_from
        fw_id, fw_version = safe.meta["framework_id"], safe.meta["framework_version"]
        if (fw_id, fw_version) != (hq.framework.id, hq.framework.version):
            raise refuse(path, "other_framework", framework=fw_id, version=fw_version,
                         held=f"{hq.framework.id} {hq.framework.version}")
        conn = safe.connect()
        try:
            office, copies, narratives = read_office_file(path, conn, hq, report)
            report.office_years = _office_years(conn, hq.framework.years)
        finally:
            conn.close()
        created = safe.meta.get("created_at", "")
    report.office_code = office.code
    report.records = len(copies)
    # Plan and write in one transaction, so that the plan is made on what is written over.
    with hq._write():
        plan = _plan(hq, path, office, copies, narratives, report)
        _same_office_other_file(hq, path, office, report, created, accept_new_file_for)
        already = hq.conn.execute("SELECT id FROM merge_batch WHERE sha256 = ? ORDER BY id LIMIT 1",
                                  (report.sha256,)).fetchone()
        if already and not plan.writes():
            report.already_merged = True
            report.batch_id = already[0]
            return report
        _write(hq, path, office, plan, report, who)
    return report


def read_office_file(path: Path, conn: sqlite3.Connection, hq: ResultsFile,
                     report: FileReport) -> tuple[Office, list[Copy], list[dict]]:
    """The office, the travelling record copies and narratives of a checked copy; refuses bad data."""
    offices = [Office(*r) for r in conn.execute("SELECT code, name, country, region FROM office")]
    if len(offices) != 1:
        raise refuse(path, "office_count", count=len(offices))
    office = offices[0]
    kinds = [name for name, v in (("code", office.code), ("name", office.name), ("country", office.country),
                                  ("region", office.region or "")) if not isinstance(v, str)]
    if kinds:
        raise refuse(path, "office_not_text", office=repr(office.code), fields=" and ".join(kinds))
    office = Office(office.code, office.name, office.country, office.region or "")
    problems = check_office(office)
    if problems:
        raise refuse(path, "office_invalid", office=repr(office.code), problems="; ".join(map(str, problems)))
    dup = conn.execute("SELECT lower(id), count(*) FROM record GROUP BY lower(id) HAVING count(*) > 1 "
                       "LIMIT 1").fetchone()
    if dup:
        raise refuse(path, "duplicate_record_id", id=dup[0], count=dup[1])
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: this loop runs once per record
    rows = cursor.execute(
        f"SELECT {', '.join('r.' + c for c in READ_COLUMNS)}, (SELECT max(v.version) FROM review v "
        "WHERE v.record_id = r.id AND v.decision = 'returned' AND v.version < r.version) "
        f"FROM record r WHERE {TRAVELS}")
    copies: list[Copy] = []
    problems: list[str] = []
    name, file_id, sha = path.name, report.file_id, report.sha256
    n_fields = len(EDITABLE_FIELDS)
    for row in rows:
        # READ_COLUMNS: the editable fields, then id, office_code, created_at, updated_at,
        # version, changed_by, deleted; then the base version.
        rid, office_code, created_at, updated_at, version, changed_by, deleted = row[n_fields:n_fields + 7]
        if not isinstance(rid, str) or not _UUID.fullmatch(rid):
            problems.append(f"record id {rid!r} is not a valid record id")
        if office_code != office.code:
            problems.append(f"record {rid} belongs to office {office_code!r}, not to {office.code}")
        if type(version) is not int or version < 1:
            problems.append(f"record {rid}: version: {_brief(version)} is not a whole number of 1 or more")
        if deleted not in (0, 1):
            problems.append(f"record {rid}: deleted: {_brief(deleted)} is not 0 or 1")
        for column, moment in (("created_at", created_at), ("updated_at", updated_at)):
            if type(moment) is not str or len(moment) > TEXT_LIMITS["time"]:
                problems.append(f"record {rid}: {column}: is not a time")
        if reason := (check_text("author", changed_by) if type(changed_by) is str else "is not text"):
            problems.append(f"record {rid}: changed_by: {reason}")
        if problems:
            if len(problems) >= MAX_PROBLEMS_SHOWN:
                break
            continue
        values = dict(zip(READ_COLUMNS, row))  # the last column, the base version, is left out
        # Checked against the framework in _plan, unless headquarters already holds this very copy.
        copies.append(Copy(values, row[-1] or 0, _content_digest((office_code, *row[:n_fields], deleted)),
                           name, file_id, sha))
    if problems:
        raise refuse(path, "invalid_records", problems="; ".join(problems[:MAX_PROBLEMS_SHOWN]))
    narratives = []
    years = {c.values["year"] for c in copies}
    for row in conn.execute("SELECT * FROM outcome_narrative"):
        row = dict(row)
        if row["year"] not in years:
            continue  # the narrative of a year still in draft stays in the office
        problems = [str(p) for p in check_narrative(row["outcome"], row["year"], row["text"], hq.framework)]
        if row["office_code"] != office.code:
            problems.append(f"office_code: {_brief(row['office_code'])} is not this file's office {office.code}")
        if type(row["version"]) is not int or row["version"] < 1:
            problems.append(f"version: {_brief(row['version'])} is not a whole number of 1 or more")
        if problems:
            raise refuse(path, "narrative_invalid", outcome=_brief(row["outcome"]), year=_brief(row["year"]),
                         problems="; ".join(problems))
        narratives.append(row)
    return office, copies, narratives


def _brief(value) -> str:
    """A value from an untrusted file, short enough to quote in a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class _Plan:
    adds: list[Copy] = field(default_factory=list)
    updates: list[Copy] = field(default_factory=list)
    # The same copy from another file: the row and its provenance then name the file with the
    # smaller SHA-256 (with its times and author), so that no detail depends on the order of merges.
    origins: list[Copy] = field(default_factory=list)
    rival_origins: list[tuple[int, Copy]] = field(default_factory=list)  # (conflict row id, copy)
    heads: dict[str, tuple[Copy, list[Copy], list[Copy]]] = field(default_factory=dict)
    narratives: list[dict] = field(default_factory=list)

    def writes(self) -> bool:
        return bool(self.adds or self.updates or self.origins or self.rival_origins or self.heads
                    or self.narratives)


def _held(hq: ResultsFile, ids: list[str]) -> dict[str, Copy]:
    """What headquarters holds for these ids, from the narrow provenance table.

    The copies returned carry only id, version, office_code and deleted in ``values``; use
    ``_full`` before writing one back or showing it.
    """
    held = {}
    # The provenance rows alone, then the few merge batches and conflicts they name: joining
    # them in SQL cost two more lookups per record, more than half of this function's time.
    batches: dict[int, tuple] = {}
    cursor = hq.conn.cursor()
    cursor.row_factory = None
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        marks = ", ".join("?" * len(part))
        rows = cursor.execute("SELECT record_id, version, deleted, base_version, content_hash, batch_id "
                              f"FROM record_origin WHERE record_id IN ({marks})", part).fetchall()
        if not rows:
            continue
        disputed = {r[0] for r in cursor.execute(
            f"SELECT DISTINCT record_id FROM conflict WHERE record_id IN ({marks})", part).fetchall()}
        for rid, version, deleted, base, digest, batch in rows:
            found = batches.get(batch)
            if found is None:
                found = cursor.execute("SELECT office_code, file_name, file_id, sha256 FROM merge_batch "
                                       "WHERE id = ?", (batch,)).fetchone()
                if found is None:
                    continue  # no batch (a damaged file): as the join did, no provenance
                batches[batch] = found
            office, name, file_id, sha = found
            copy = Copy({"id": rid, "version": version, "office_code": office, "deleted": deleted},
                        base, digest, name, file_id, sha, batch)
            copy.state = "disputed" if rid in disputed else "head"
            held[rid] = copy
    return held


def _full(hq: ResultsFile, copy: Copy) -> Copy:
    """``copy`` with all its values, read from the record table."""
    row = hq.conn.execute(f"SELECT {', '.join(COPY_COLUMNS)} FROM record WHERE id = ?", (copy.id,)).fetchone()
    if row is None:
        raise HabitatError.of("hq_damaged", id=copy.id)
    copy.values = dict(row)
    return copy


def _held_full(hq: ResultsFile, record_id: str) -> Copy | None:
    copy = _held(hq, [record_id]).get(record_id)
    return _full(hq, copy) if copy else None


def _conflict_copies(hq: ResultsFile, record_id: str) -> list[Copy]:
    rows = hq.conn.execute("SELECT * FROM conflict WHERE record_id = ? ORDER BY id", (record_id,))
    out = []
    for row in rows:
        row = dict(row)
        values = {c: row[c] if c != "id" else row["record_id"] for c in COPY_COLUMNS}
        out.append(Copy(values, row["base_version"], row["content_hash"], row["file_name"] or "",
                        row["file_id"] or "", row["sha256"] or "", row["batch_id"], row["id"], row["state"]))
    return out


def _plan(hq: ResultsFile, path: Path, office: Office, copies: list[Copy], narratives: list[dict],
          report: FileReport) -> _Plan:
    plan = _Plan()
    # In id order: lookups and inserts then walk the B-trees once instead of jumping around.
    copies = sorted(copies, key=_copy_id)
    held = _held(hq, [c.values["id"] for c in copies])
    # Every copy is checked against the framework, except those headquarters already holds
    # unchanged (checked when they first arrived, against the same framework).
    _check_records(path, [c for c in copies if (h := held.get(c.id)) is None or h.key != c.key], hq)
    for copy in copies:
        current = held.get(copy.id)
        if current is None:
            plan.adds.append(copy)
            report.added += 1
            continue
        if current.values["office_code"] != copy.values["office_code"]:
            raise refuse(path, "record_of_other_office", id=copy.id, owner=current.values["office_code"],
                         office=copy.values["office_code"])
        if current.state == "head":
            if current.key == copy.key:
                report.unchanged += 1
                if copy.sha256 < current.sha256:
                    plan.origins.append(copy)
            elif current.supersedes(copy):
                report.outdated += 1
            elif copy.supersedes(current):
                plan.updates.append(copy)
                if copy.values["deleted"] and not current.values["deleted"]:
                    report.deleted += 1
                else:
                    report.updated += 1
            else:
                plan.heads[copy.id] = _heads([_full(hq, current)], [], copy)
                report.conflicts += 1
            continue
        rivals = _conflict_copies(hq, copy.id)
        known = [current, *rivals]
        same = next((k for k in known if k.key == copy.key), None)
        if same is not None:
            report.unchanged += 1
            if copy.sha256 < same.sha256:
                if same is current:
                    plan.origins.append(copy)
                elif same.state != "kept":  # a kept copy is the record row too: it matched above
                    plan.rival_origins.append((same.conflict_id, copy))
        elif any(k.supersedes(copy) for k in known):
            report.outdated += 1
        else:
            current = _full(hq, current)
            current.state = "head"
            heads = [current, *(r for r in rivals if r.state == "open")]
            dropped = [r for r in rivals if r.state in ("dropped", "kept")]
            plan.heads[copy.id] = _heads(heads, dropped, copy)
            if len(plan.heads[copy.id][1]) > 0:
                report.conflicts += 1
            elif copy.values["deleted"] and not current.values["deleted"]:
                report.deleted += 1
            else:
                report.updated += 1
    held_narratives = {(r["office_code"], r["outcome"], r["year"]): r for r in map(dict, hq.conn.execute(
        "SELECT * FROM outcome_narrative WHERE office_code = ?", (office.code,)))}
    for row in narratives:
        old = held_narratives.get((row["office_code"], row["outcome"], row["year"]))
        if old is None or _narrative_rank(row) > _narrative_rank(old):
            plan.narratives.append(row)
    report.narratives = len(plan.narratives)
    return plan


def _narrative_rank(row: dict) -> tuple:
    # Newer wins; at equal versions the larger text (then the later edit), so that the order of
    # files never matters.
    return row["version"], row["text"], row["updated_at"] or "", row["changed_by"] or ""


def _copy_id(copy: Copy) -> str:
    return copy.values["id"]


def _check_records(path: Path, copies: list[Copy], hq: ResultsFile) -> None:
    """Refuse the file if a record breaks the framework's rules or is not stored as the app stores it."""
    problems = []
    for copy in copies:
        values = copy.values
        clean, found = check_record(values, hq.framework)
        for p in found:
            problems.append(f"record {copy.id} ({values['indicator']} {values['year']}): {p}")
        if not found and _not_as_stored(clean, values):
            problems.append(f"record {copy.id}: its values are not stored as Habitat Results stores them")
        if len(problems) >= MAX_PROBLEMS_SHOWN:
            break
    if problems:
        raise refuse(path, "invalid_records", problems="; ".join(problems[:MAX_PROBLEMS_SHOWN]))


def _not_as_stored(clean: dict, values: dict) -> bool:
    """Whether cleaning changed a value or its type (1.0 for 1, True for 1, ' KEN' for 'KEN'...)."""
    mine = list(clean.values())
    theirs = [values[k] for k in clean]
    return mine != theirs or list(map(type, mine)) != list(map(type, theirs))


def _heads(heads: list[Copy], dropped: list[Copy], new: Copy) -> tuple[Copy, list[Copy], list[Copy]]:
    """The record row and the open rivals after ``new`` joins ``heads`` (dropped ones stay dropped)."""
    remaining = [h for h in heads if not new.supersedes(h)]
    new.state = "open"
    for h in remaining:
        h.state = "open"
    everyone = sorted([*remaining, new], key=lambda c: c.key, reverse=True)
    return everyone[0], everyone[1:], dropped


def _write(hq: ResultsFile, path: Path, office: Office, plan: _Plan, report: FileReport, who: str) -> None:
    """Carry out the plan; the caller holds the write transaction."""
    conn = hq.conn
    now = utc_now()
    batch = conn.execute(
        "INSERT INTO merge_batch (merged_at, merged_by, file_name, file_id, sha256, office_code) "
        "VALUES (?, ?, ?, ?, ?, ?)", (now, who, path.name, report.file_id, report.sha256, office.code)).lastrowid
    report.batch_id = batch
    # Copies from this file join this batch; copies already held keep theirs.
    for c in (*plan.adds, *plan.updates, *plan.origins,
              *(c for row, rivals, _ in plan.heads.values() for c in (row, *rivals))):
        if c.batch_id is None:
            c.batch_id = batch
    conn.execute("INSERT INTO office (code, name, country, region) VALUES (?, ?, ?, ?) ON CONFLICT (code) "
                 "DO UPDATE SET name = excluded.name, country = excluded.country, region = excluded.region",
                 (office.code, office.name, office.country, office.region))
    _put_records(conn, plan.adds, new=True)
    _put_records(conn, plan.updates)
    # Status stays: headquarters' review of this very copy still holds.
    _put_records(conn, plan.origins, status=None)
    _set_origins(conn, [*plan.adds, *plan.updates, *plan.origins])
    rival_sets = ", ".join(f"{c} = ?" for c in (*_BUT_ID, "file_name", "file_id", "sha256", "batch_id"))
    conn.executemany(f"UPDATE conflict SET {rival_sets} WHERE id = ?",
                     [(*_but_id(c.values), c.file_name, c.file_id, c.sha256, batch, conflict_id)
                      for conflict_id, c in plan.rival_origins])
    for record_id, (row, rivals, _dropped) in plan.heads.items():
        _put_records(conn, [row])
        _set_origins(conn, [row])
        conn.execute("DELETE FROM conflict WHERE record_id = ? AND state = 'open'", (record_id,))
        for rival in rivals:
            _insert_conflict(conn, rival, "open")
    if plan.narratives:
        conn.executemany(
            "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
            "VALUES (:office_code, :outcome, :year, :text, :updated_at, :version, :changed_by) "
            "ON CONFLICT (office_code, outcome, year) DO UPDATE SET text = excluded.text, "
            "updated_at = excluded.updated_at, version = excluded.version, changed_by = excluded.changed_by",
            plan.narratives)
    counts = {k: getattr(report, k) for k in ("added", "updated", "deleted", "unchanged", "outdated",
                                               "conflicts", "narratives")}
    conn.execute(f"UPDATE merge_batch SET {', '.join(f'{k} = ?' for k in counts)} WHERE id = ?",
                 (*counts.values(), batch))
    # The merge log's entry also keeps what the office still had unsent per year (for completeness
    # at headquarters) and which earlier file of the office this one replaced, if confirmed.
    extra = {"replaces_file_id": report.replaces_file_id} if report.replaces_file_id else {}
    _audit(conn, who, "merge", "file", report.sha256, None,
           {"file": path.name, "office": office.code, "batch": batch, **counts,
            "office_years": report.office_years, **extra}, at=now)


def _office_years(conn: sqlite3.Connection, years) -> dict:
    """Records per year and status in an office's file (drafts included): what it has not sent yet."""
    out: dict = {}
    for year, status, n in conn.execute("SELECT year, status, count(*) FROM record WHERE deleted = 0 "
                                        "GROUP BY year, status"):
        if type(year) is int and year in years and status in STATUSES:
            out.setdefault(str(year), {})[status] = n
    return out


def _same_office_other_file(hq: ResultsFile, path: Path, office: Office, report: FileReport, created: str,
                            accept_new_file_for) -> None:
    """Refuse a file claiming an office that headquarters holds from another file, unless confirmed."""
    held = hq.conn.execute("SELECT file_id, file_name FROM merge_batch WHERE office_code = ? ORDER BY id DESC "
                           "LIMIT 1", (office.code,)).fetchone()
    if held is None or held[0] == report.file_id:
        return
    if office.code in accept_new_file_for:
        report.replaces_file_id = held[0]
        return
    first = hq.conn.execute("SELECT min(merged_at) FROM merge_batch WHERE office_code = ? AND file_id = ?",
                            (office.code, held[0])).fetchone()[0]
    report.other_file_for = office.code
    raise refuse(path, "office_held_elsewhere", office=office.code, held=held[0], name=held[1], first=first[:10],
                 file_id=report.file_id, created=str(created)[:10] or "on an unknown date")


_BUT_ID = tuple(c for c in COPY_COLUMNS if c != "id")
_copy_row = operator.itemgetter(*COPY_COLUMNS)
_but_id = operator.itemgetter(*_BUT_ID)
_INSERT_RECORD = (f"INSERT INTO record ({', '.join(COPY_COLUMNS)}, status) "
                  f"VALUES ({', '.join('?' * len(COPY_COLUMNS))}, ?)")
_UPDATE_RECORD = f"UPDATE record SET {', '.join(f'{c} = ?' for c in _BUT_ID)}"


def _put_records(conn: sqlite3.Connection, copies: list[Copy], *, status: str | None = "submitted",
                 new: bool = False) -> None:
    """Write copies into the record table: insert them (``new``) or update the rows of their ids.

    ``status`` None keeps each row's status (for a copy headquarters already holds and reviewed).
    """
    if new:
        conn.executemany(_INSERT_RECORD, [(*_copy_row(c.values), status) for c in copies])
    elif status is None:
        conn.executemany(f"{_UPDATE_RECORD} WHERE id = ?", [(*_but_id(c.values), c.id) for c in copies])
    else:
        conn.executemany(f"{_UPDATE_RECORD}, status = ? WHERE id = ?",
                         [(*_but_id(c.values), status, c.id) for c in copies])


def _set_origins(conn: sqlite3.Connection, copies: list[Copy]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO record_origin (record_id, version, deleted, base_version, content_hash, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(c.values["id"], c.values["version"], c.values["deleted"], c.base_version, c.content_hash, c.batch_id)
         for c in copies])


def _insert_conflict(conn: sqlite3.Connection, copy: Copy, state: str, at: str | None = None,
                     who: str | None = None) -> None:
    cols = ["record_id", *_BUT_ID, *ORIGIN_COLUMNS, "state", "resolved_at", "resolved_by"]
    values = [copy.id, *_but_id(copy.values), copy.base_version, copy.content_hash,
              copy.file_name, copy.file_id, copy.sha256, copy.batch_id, state, at, who]
    conn.execute(f"INSERT INTO conflict ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values)


# --- conflicts -------------------------------------------------------------------------------------

_CHOICE = re.compile(r"\d+-[0-9a-f]{24}")


@dataclass
class Conflict:
    """A record with rival versions. ``copies[0]`` is the record row (``held``), then the rivals.

    Each copy's ``choice`` ("version-content hash") is what ``resolve_conflict`` takes to keep it.
    """

    record_id: str
    copies: list[dict]

    @property
    def office_code(self) -> str:
        return self.copies[0]["office_code"]


def _copy_dict(copy: Copy, held: bool) -> dict:
    return {**copy.values, "choice": copy.choice, "held": held, "base_version": copy.base_version,
            "file_name": copy.file_name, "file_id": copy.file_id, "sha256": copy.sha256,
            "batch_id": copy.batch_id}


def list_conflicts(hq_path: Path, *, office: str | None = None) -> list[Conflict]:
    """Open conflicts, each with the record row and its rival copies side by side (reads only)."""
    check_headquarters(Path(hq_path))
    with ResultsFile.open_readonly(hq_path) as hq:
        return _open_conflicts(hq, office)


def _open_conflicts(hq: ResultsFile, office: str | None = None) -> list[Conflict]:
    ids = [r[0] for r in hq.conn.execute(
        "SELECT DISTINCT record_id FROM conflict WHERE state = 'open'"
        + (" AND office_code = ?" if office else "") + " ORDER BY record_id", (office,) if office else ())]
    out = []
    for record_id in ids:
        current = _held_full(hq, record_id)
        rivals = [r for r in _conflict_copies(hq, record_id) if r.state == "open"]
        out.append(Conflict(record_id, [_copy_dict(current, True)] + [_copy_dict(r, False) for r in rivals]))
    return out


def resolve_conflict(hq_path: Path, record_id: str, choice: str, *, who: str | None = None) -> dict:
    """Keep one version of a conflicting record: the copy whose ``choice`` ``list_conflicts`` showed.

    The other versions are kept as 'dropped' (they will not reopen the conflict if a file carrying
    them is merged again). A choice that a merge since then has replaced (a newer edit of that
    version arrived) is refused, and nothing changes. Returns the version kept.
    """
    who = who or default_user()
    choice = str(choice).strip().lower()
    hq, _ = open_headquarters(hq_path)
    try:
        now = utc_now()
        with hq._write() as conn:
            current = _held_full(hq, record_id)
            if current is None:
                raise RecordNotFound.of("record_not_found", id=record_id, file=Path(hq_path).name)
            rivals = [r for r in _conflict_copies(hq, record_id) if r.state == "open"]
            if not rivals:
                raise HabitatError.of("no_open_conflict", id=record_id)
            by_choice = {c.choice: c for c in (current, *rivals)}
            if choice not in by_choice:
                shown = ", ".join(by_choice)
                if _CHOICE.fullmatch(choice):
                    raise HabitatError.of("version_replaced", choice=choice, id=record_id, shown=shown)
                raise HabitatError.of("not_a_version", choice=choice, id=record_id, shown=shown)
            kept = by_choice[choice]
            conn.execute("UPDATE conflict SET state = 'dropped', resolved_at = ?, resolved_by = ? "
                         "WHERE record_id = ? AND state = 'open'", (now, who, record_id))
            if kept is not current:
                conn.execute("UPDATE conflict SET state = 'kept' WHERE id = ?", (kept.conflict_id,))
                _insert_conflict(conn, current, "dropped", now, who)
                _put_records(conn, [kept])
                _set_origins(conn, [kept])
            _audit(conn, who, "resolve", "record", record_id, None,
                   {"kept_version": kept.version, "kept_file": kept.file_name, "choice": choice}, at=now)
        return _copy_dict(kept, True)
    finally:
        hq.close()


def merge_log(hq_path: Path) -> list[dict]:
    """Every merge into the headquarters file, oldest first.

    ``held``: how many of the records headquarters holds now came from that merge (the rest were
    replaced by newer versions since); what a sources sheet needs to trace totals to files.
    """
    hq, _ = open_headquarters(hq_path)
    try:
        replaced = {}
        for (new,) in hq.conn.execute("SELECT new FROM audit WHERE action = 'merge' AND target = 'file' "
                                      "AND new LIKE '%replaces_file_id%'"):
            entry = json.loads(new)
            replaced[entry.get("batch")] = entry.get("replaces_file_id")
        return [{**dict(r), "replaces_file_id": replaced.get(r["id"], "")} for r in hq.conn.execute(
            "SELECT b.*, (SELECT count(*) FROM record_origin o WHERE o.batch_id = b.id) AS held "
            "FROM merge_batch b ORDER BY b.id")]
    finally:
        hq.close()


def record_sources(hq_path: Path, record_ids: list[str] | None = None) -> list[dict]:
    """Provenance of records at headquarters: office, source file, its SHA-256 and the merge batch."""
    hq, _ = open_headquarters(hq_path)
    try:
        sql = ("SELECT o.record_id, b.office_code, b.file_name, b.file_id, b.sha256, o.batch_id, "
               "b.merged_at FROM record_origin o JOIN merge_batch b ON b.id = o.batch_id")
        if record_ids is None:
            return [dict(r) for r in hq.conn.execute(sql + " ORDER BY o.record_id")]
        out = []
        for start in range(0, len(record_ids), CHUNK):
            part = record_ids[start:start + CHUNK]
            out += [dict(r) for r in hq.conn.execute(
                sql + f" WHERE o.record_id IN ({', '.join('?' * len(part))})", part)]
        return out
    finally:
        hq.close()

