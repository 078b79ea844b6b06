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

Where the parts are: ``db.merge_read`` reads the office's checked copy (untrusted), ``db.merge_store``
reads what headquarters holds and writes, ``db.merge_plan`` decides (a pure function, no SQL);
this module ties them together and keeps the public API (merging, conflicts, the merge log).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.errors import HabitatError, OfficeFileError, RecordNotFound
from db.leftovers import private_folder
from db.merge_plan import Copy, content_hash, needs_check, plan_merge
from db.rules import copy_marks, read_marks
from db.merge_read import check_records, office_years, read_office, read_office_file
from db.merge_report import FileReport, MergeReport
from db.merge_store import (CHUNK, HEADQUARTERS, HQ_CACHE_KIB, check_headquarters, conflict_copies,
                            fill_values, first_batch_of, held_for, held_full, merged_before,
                            open_headquarters,
                            same_office_other_file, write_plan, write_resolution)
from db.officefile import ResultsFile, default_user, utc_now
from db.progress import Cancelled, Progress, report as report_progress
from db.signing import check_keys, check_signatures, latest_signatures, read_signatures, record_keys
from db.storage import StorageError
from db.store.offices import require_office
from db.plans import office_plans_agree
from db.untrusted import open_untrusted, refuse

# Importers of db.merge find these here too.
__all__ = ["CHUNK", "HEADQUARTERS", "HQ_CACHE_KIB", "Conflict", "Copy", "FileReport", "MergeReport",
           "check_headquarters", "content_hash", "list_conflicts", "merge_file", "merge_files", "merge_log",
           "open_headquarters", "record_sources", "resolve_conflict"]


# --- merging ---------------------------------------------------------------------------------------

def merge_files(hq_path: Path, office_paths: list[Path], *, dry_run: bool = False, who: str | None = None,
                progress: Progress | None = None, accept_new_file_for=(), accept_new_key_for=()) -> MergeReport:
    """Merge office files into the headquarters file, each in its own transaction.

    A refused file is reported (``FileReport.refused``) and the others are still merged. With
    ``dry_run`` the same work runs on a temporary copy of the headquarters file, and the report
    shows what a real merge would do; the headquarters file is not touched (nor created). A file
    that is not a headquarters file is refused before anything is written to it, dry run or not.

    Cancelling through ``progress`` does not undo the whole merge: the files merged before the
    cancel stay merged (each was its own transaction), only the current one is rolled back.

    A file whose office headquarters holds from another file (another file id) is refused unless
    its office code is in ``accept_new_file_for`` (a reinstalled laptop, confirmed by headquarters).
    A file signed with a key headquarters does not know for its office (db.signing) is refused
    unless its office code is in ``accept_new_key_for``.
    """
    hq_path = Path(hq_path)
    office_paths = [Path(p) for p in office_paths]
    if not dry_run:
        return _merge(hq_path, office_paths, who, progress, accept_new_file_for, accept_new_key_for)
    with private_folder("dry-run") as folder:
        trial = Path(folder) / hq_path.name
        if hq_path.exists():
            check_headquarters(hq_path)
            # Read as every reading command reads (db.readonly): nothing is written to the file nor
            # beside it, and a file on a read-only medium can be tried too. An older file arrives
            # upgraded (in a copy of its own); the trial copy is then upgraded already.
            src = ResultsFile.open_readonly(hq_path)
            dst = sqlite3.connect(str(trial))
            try:
                src.conn.backup(dst)
            except sqlite3.DatabaseError as exc:
                raise OfficeFileError.of("hq_unreadable", path=str(hq_path), detail=str(exc)) from exc
            finally:
                dst.close()
                src.close()
        report = _merge(trial, office_paths, who, progress, accept_new_file_for, accept_new_key_for)
    report.headquarters = hq_path
    report.dry_run = True
    for f in report.files:
        f.batch_id = None  # batches of the trial copy, which is gone
    return report


def _merge(hq_path: Path, office_paths: list[Path], who: str | None, progress: Progress | None,
           accept_new_file_for=(), accept_new_key_for=()) -> MergeReport:
    hq, created = open_headquarters(hq_path, create=True)
    report = MergeReport(hq_path, created=created)
    who = who or default_user()
    try:
        for n, path in enumerate(office_paths):
            report_progress(progress, n, len(office_paths), f"merging {path.name}")
            file_report = FileReport(path)
            try:
                merge_file(hq, path, file_report, who=who, accept_new_file_for=accept_new_file_for,
                           accept_new_key_for=accept_new_key_for)
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
               accept_new_file_for=(), accept_new_key_for=(), again: bool = True) -> FileReport:
    """Check one office file and merge it into ``hq`` in one transaction (nothing on refusal).

    A file whose very content (its checked copy: the file and its -wal) headquarters merged before
    is not read record by record again (``_merge_again``); ``again`` False reads it all the same.
    """
    known = (lambda sha, content: merged_before(hq, sha, content)) if again else None
    with open_untrusted(path, kind="office", known=known) as safe:
        report.sha256 = safe.sha256
        report.content_sha256 = safe.content_sha256
        report.file_id = safe.meta["file_id"]
        report.upgraded_from = safe.upgraded_from
        fw_id, fw_version = safe.meta["framework_id"], safe.meta["framework_version"]
        if (fw_id, fw_version) != (hq.framework.id, hq.framework.version):
            raise refuse(path, "other_framework", framework=fw_id, version=fw_version,
                         held=f"{hq.framework.id} {hq.framework.version}")
        conn = safe.connect()
        try:
            office_plans_agree(path, conn, hq.plans)
            if isinstance(safe.known, dict):
                if _merge_again(hq, path, conn, safe.meta, report, safe.known, accept_new_file_for,
                                accept_new_key_for):
                    return report
            else:
                office, copies, narratives = read_office_file(path, conn, hq, report)
                report.office_years = office_years(conn, hq.plans.years)
                signed = read_signatures(path, conn, report.file_id, office.code)
                marks = read_marks(conn)
        finally:
            conn.close()
        created = safe.meta.get("created_at", "")
    if isinstance(safe.known, dict):  # not the same bytes after all: every check, every record
        return merge_file(hq, path, report, who=who, accept_new_file_for=accept_new_file_for,
                          accept_new_key_for=accept_new_key_for, again=False)
    report.office_code = office.code
    report.records = len(copies)
    # In id order: lookups and inserts then walk the B-trees once instead of jumping around.
    copies.sort(key=_copy_id)
    # Plan and write in one transaction, so that the plan is made on what is written over.
    with hq.transaction():
        held = held_for(hq, [c.id for c in copies], office.code)
        check_records(path, needs_check(copies, held), hq)
        plan = plan_merge(held, copies, narratives)
        if plan.foreign:
            record_id, theirs, ours = plan.foreign[0]
            raise refuse(path, "record_of_other_office", id=record_id, owner=theirs, office=ours)
        fill_values(hq, plan.partial)
        for name, n in plan.counts().items():
            setattr(report, name, n)
        signature = check_signatures(hq, path, office.code, signed, copies, narratives, accept_new_key_for)
        report.signature = signature
        same_office_other_file(hq, path, office, report, created, accept_new_file_for)
        already = first_batch_of(hq, report.sha256)
        if already is not None and not plan.writes():
            report.already_merged = True
            report.batch_id = already
            copy_marks(marks, hq.conn, office.code)  # a headquarters file merged before the marks existed
            return report
        write_plan(hq, path, office, plan, report, who)
        record_keys(hq, path, office.code, signature, report.batch_id, who)
        copy_marks(marks, hq.conn, office.code)  # the first version's parts counted as totals travel too
    return report


def _merge_again(hq: ResultsFile, path: Path, conn: sqlite3.Connection, meta: dict, report: FileReport,
                 merged: dict, accept_new_file_for, accept_new_key_for) -> bool:
    """A file whose very content headquarters merged before (``merged``: that merge's log entry):
    reported unchanged, its records not read, nothing written. False if it is not what that merge
    saw after all (then the caller merges it in full).

    What the same bytes cannot change is not checked again: the records and narratives, what they
    hold, which of them the signatures cover, and the integrity of the file. Merging them again
    would change nothing (a merge is idempotent, and headquarters' returns and resolutions since
    stay as they are). What headquarters may have changed since is checked as a first merge
    checks it, before: the framework and the plans it holds (by the caller), each signature's
    validity, the keys that signed (one revoked since, or held by another office, is refused; an
    unsigned file from an office now known by a key too), and the office held from another file.
    """
    office = read_office(path, conn)
    if office.code != merged.get("office"):
        return False
    signed = read_signatures(path, conn, report.file_id, office.code)
    latest = latest_signatures(signed)
    keys = {s.fingerprint: s.public_key for s in latest.values()}
    if bool(latest) != (merged["signature"] == "signed") or not set(merged["signed_by"]) <= set(keys):
        return False
    report.signature = check_keys(hq, path, office.code, bool(latest),
                                  {fp: keys[fp] for fp in merged["signed_by"]}, accept_new_key_for)
    same_office_other_file(hq, path, office, report, meta.get("created_at", ""), accept_new_file_for)
    report.office_code = office.code
    report.records = int(merged.get("records") or 0)
    for name, n in merged["counts"].items():
        setattr(report, name, n)
    report.office_years = merged.get("office_years") or {}
    report.already_merged = True
    report.batch_id = merged["batch"]
    return True


def _copy_id(copy: Copy) -> str:
    return copy.id


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
        return _open_conflicts(hq, office and require_office(hq, office))


def _open_conflicts(hq: ResultsFile, office: str | None = None) -> list[Conflict]:
    ids = [r[0] for r in hq.query(
        "SELECT DISTINCT record_id FROM conflict WHERE state = 'open'"
        + (" AND office_code = ?" if office else "") + " ORDER BY record_id", (office,) if office else ())]
    out = []
    for record_id in ids:
        current = held_full(hq, record_id)
        if current is None:  # a damaged file: rivals of a record it does not hold
            raise RecordNotFound.of("record_not_found", id=record_id, file=hq.path.name)
        rivals = [r for r in conflict_copies(hq, record_id) if r.state == "open"]
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
        with hq.transaction() as conn:
            current = held_full(hq, record_id)
            if current is None:
                raise RecordNotFound.of("record_not_found", id=record_id, file=Path(hq_path).name)
            rivals = [r for r in conflict_copies(hq, record_id) if r.state == "open"]
            if not rivals:
                raise HabitatError.of("no_open_conflict", id=record_id)
            by_choice = {c.choice: c for c in (current, *rivals)}
            if choice not in by_choice:
                shown = ", ".join(by_choice)
                if _CHOICE.fullmatch(choice):
                    raise HabitatError.of("version_replaced", choice=choice, id=record_id, shown=shown)
                raise HabitatError.of("not_a_version", choice=choice, id=record_id, shown=shown)
            kept = by_choice[choice]
            write_resolution(conn, current, kept, now, who)
            hq.audit("resolve", "record", record_id, None,
                     {"kept_version": kept.version, "kept_file": kept.file_name, "choice": choice}, who=who, at=now)
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
        for (new,) in hq.query("SELECT new FROM audit WHERE action = 'merge' AND target = 'file' "
                               "AND new LIKE '%replaces_file_id%'"):
            entry = json.loads(new)
            replaced[entry.get("batch")] = entry.get("replaces_file_id")
        return [{**dict(r), "replaces_file_id": replaced.get(r["id"], "")} for r in hq.query(
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
            return [dict(r) for r in hq.query(sql + " ORDER BY o.record_id")]
        out = []
        for start in range(0, len(record_ids), CHUNK):
            part = record_ids[start:start + CHUNK]
            out += [dict(r) for r in hq.query(
                sql + f" WHERE o.record_id IN ({', '.join('?' * len(part))})", part)]
        return out
    finally:
        hq.close()

