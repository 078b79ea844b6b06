"""The headquarters file's side of a merge: opening it, reading what it holds, writing a plan.

Nothing here decides what a copy becomes (``db.merge_plan`` does); the writes run inside the
caller's transaction.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from pathlib import Path

from db.errors import HabitatError, OfficeFileError
from db.merge_plan import COUNTED, Copy, Held, Plan
from db.merge_report import FileReport
from db.officefile import (AUDITED_FIELDS, BUSY_TIMEOUT_MS, RECORD_COLUMNS, Office, ResultsFile, check_sqlite_header,
                           offices_named, utc_now)
from db.schema import SCHEMA_VERSION
from db.untrusted import readonly_uri, refuse

HEADQUARTERS = Office("HQ", "UN-Habitat Headquarters", "KEN", "")
COPY_COLUMNS = (*RECORD_COLUMNS[:RECORD_COLUMNS.index("status")],
                *RECORD_COLUMNS[RECORD_COLUMNS.index("status") + 1:])  # all but status
ORIGIN_COLUMNS = ("base_version", "content_hash", "file_name", "file_id", "sha256", "batch_id")
CHUNK = 900  # ids per IN (...) query, below SQLite's bound-parameter limit
HQ_CACHE_KIB = 128 * 1024  # SQLite's page cache for the headquarters file


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
    hq.query(f"PRAGMA cache_size = {-HQ_CACHE_KIB:d}")  # a setting of this connection: writes nothing
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


# --- what headquarters holds ----------------------------------------------------------------------

def held_for(hq: ResultsFile, ids: list[str], office_code: str) -> Held:
    """What headquarters holds for these record ids (best given in id order) and for the office."""
    records, disputed = _held(hq, ids)
    conflicts = {rid: conflict_copies(hq, rid) for rid in ids if rid in disputed and rid in records}
    narratives = {(r["office_code"], r["outcome"], r["year"]): r for r in map(dict, hq.query(
        "SELECT * FROM outcome_narrative WHERE office_code = ?", (office_code,)))}
    return Held(records, conflicts, narratives)


def _held(hq: ResultsFile, ids: list[str]) -> tuple[dict[str, Copy], set[str]]:
    """What headquarters holds for these ids, from the narrow provenance table.

    The copies returned carry only id, version, office_code and deleted in ``values``; use
    ``full`` before writing one back or showing it. Also: the ids that have rows in ``conflict``.
    """
    held = {}
    disputed: set[str] = set()
    # The provenance rows alone, then the few merge batches and conflicts they name: joining
    # them in SQL cost two more lookups per record, more than half of this function's time.
    batches: dict[int, tuple] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        marks = ", ".join("?" * len(part))
        rows = hq.query("SELECT record_id, version, deleted, base_version, content_hash, batch_id "
                        f"FROM record_origin WHERE record_id IN ({marks})", part, tuples=True).fetchall()
        if not rows:
            continue
        disputed.update(r[0] for r in hq.query(
            f"SELECT DISTINCT record_id FROM conflict WHERE record_id IN ({marks})", part, tuples=True))
        for rid, version, deleted, base, digest, batch in rows:
            found = batches.get(batch)
            if found is None:
                found = hq.query("SELECT office_code, file_name, file_id, sha256 FROM merge_batch WHERE id = ?",
                                 (batch,), tuples=True).fetchone()
                if found is None:
                    continue  # no batch (a damaged file): as the join did, no provenance
                batches[batch] = found
            office, name, file_id, sha = found
            copy = Copy({"id": rid, "version": version, "office_code": office, "deleted": deleted},
                        base, digest, name, file_id, sha, batch)
            held[rid] = copy
    return held, disputed


def full(hq: ResultsFile, copy: Copy) -> Copy:
    """``copy`` with all its values, read from the record table."""
    row = hq.query(f"SELECT {', '.join(COPY_COLUMNS)} FROM record WHERE id = ?", (copy.id,)).fetchone()
    if row is None:
        raise HabitatError.of("hq_damaged", id=copy.id)
    copy.values = dict(row)
    return copy


def held_full(hq: ResultsFile, record_id: str) -> Copy | None:
    copy = _held(hq, [record_id])[0].get(record_id)
    return full(hq, copy) if copy else None


def conflict_copies(hq: ResultsFile, record_id: str) -> list[Copy]:
    rows = hq.query("SELECT * FROM conflict WHERE record_id = ? ORDER BY id", (record_id,))
    out = []
    for row in rows:
        row = dict(row)
        values = {c: row[c] if c != "id" else row["record_id"] for c in COPY_COLUMNS}
        out.append(Copy(values, row["base_version"], row["content_hash"], row["file_name"] or "",
                        row["file_id"] or "", row["sha256"] or "", row["batch_id"], row["id"], row["state"]))
    return out


def fill_values(hq: ResultsFile, copies: list[Copy]) -> None:
    """Read the values of held copies known only by their provenance (a plan's ``partial``)."""
    for copy in copies:
        full(hq, copy)


# --- writing ---------------------------------------------------------------------------------------

def write_plan(hq: ResultsFile, path: Path, office: Office, plan: Plan, report: FileReport, who: str) -> None:
    """Carry out the plan in one transaction (the caller's, if it made the plan in one)."""
    with hq.transaction() as conn:
        _write_plan(hq, conn, path, office, plan, report, who)


def _write_plan(hq: ResultsFile, conn: sqlite3.Connection, path: Path, office: Office, plan: Plan,
                report: FileReport, who: str) -> None:
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
    put_records(conn, plan.adds, new=True)
    # What each update replaces, read before it is overwritten: the record's history tells both.
    replaced = _held_versions(conn, [c.id for c in plan.updates])
    put_records(conn, plan.updates)
    # Status stays: headquarters' review of this very copy still holds.
    put_records(conn, plan.origins, status=None)
    set_origins(conn, [*plan.adds, *plan.updates, *plan.origins])
    rival_sets = ", ".join(f"{c} = ?" for c in (*_BUT_ID, "file_name", "file_id", "sha256", "batch_id"))
    conn.executemany(f"UPDATE conflict SET {rival_sets} WHERE id = ?",
                     [(*_but_id(c.values), c.file_name, c.file_id, c.sha256, batch, conflict_id)
                      for conflict_id, c in plan.rival_origins])
    for record_id, (row, rivals, _dropped) in plan.heads.items():
        put_records(conn, [row])
        set_origins(conn, [row])
        conn.execute("DELETE FROM conflict WHERE record_id = ? AND state = 'open'", (record_id,))
        for rival in rivals:
            insert_conflict(conn, rival, "open")
    if plan.narratives:
        conn.executemany(
            "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
            "VALUES (:office_code, :outcome, :year, :text, :updated_at, :version, :changed_by) "
            "ON CONFLICT (office_code, outcome, year) DO UPDATE SET text = excluded.text, "
            "updated_at = excluded.updated_at, version = excluded.version, changed_by = excluded.changed_by",
            plan.narratives)
    # A record's history at headquarters (db.history): each version that replaced another, with
    # the fields it changed (old and new) and both batches; a new record's first version is known
    # from its provenance (record_origin) and the first replacement, so adds write nothing more.
    entries = [("merge", "record", c.id, *_replacement(replaced.get(c.id), c, batch)) for c in plan.updates]
    entries += [(kind, "record", c.id, None, _arrival(c, batch)) for row, rivals, _ in plan.heads.values()
                for kind, c in (("merge", row), *(("rival", r) for r in rivals)) if c.batch_id == batch]
    hq.audit_many(entries, who=who, at=now)
    counts = plan.counts()
    conn.execute(f"UPDATE merge_batch SET {', '.join(f'{k} = ?' for k in counts)} WHERE id = ?",
                 (*counts.values(), batch))
    # The merge log's entry also keeps what the office still had unsent per year (for completeness
    # at headquarters) and which earlier file of the office this one replaced, if confirmed.
    extra = {"replaces_file_id": report.replaces_file_id} if report.replaces_file_id else {}
    # ``content`` and ``records``: what lets a later merge of these very bytes skip them
    # (``merged_before``); this entry is the only place that knows the -wal's part of them.
    hq.audit("merge", "file", report.sha256, None,
             {"file": path.name, "office": office.code, "batch": batch, **counts,
              "office_years": report.office_years, "content": report.content_sha256,
              "records": report.records, **extra}, who=who, at=now)


def _held_versions(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict]:
    """The record rows held for ``ids``, with the version and batch of each (before a merge writes)."""
    found: dict[str, dict] = {}
    columns = ", ".join(f"r.{c}" for c in AUDITED_FIELDS if c != "status")
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        rows = conn.execute(f"SELECT r.id, r.deleted, o.version, o.batch_id, {columns} FROM record r "
                            f"JOIN record_origin o ON o.record_id = r.id WHERE r.id IN ({', '.join('?' * len(part))})",
                            part)
        for row in rows:
            found[row[0]] = dict(zip(row.keys(), row))
    return found


def _replacement(held: dict | None, copy: Copy, batch: int | None) -> tuple[dict | None, dict]:
    """(old, new) of an update for the audit log: the fields it changes, each version and batch."""
    new = {"version": copy.version, "batch": batch}
    if held is None:
        return None, {**_arrival(copy, batch)}
    fields = [f for f in (*AUDITED_FIELDS, "deleted") if f != "status"
              and (held.get(f) or None) != (copy.values.get(f) or None)]
    old = {f: held.get(f) for f in fields}
    return ({**old, "version": held["version"], "batch": held["batch_id"]},
            {**{f: copy.values.get(f) for f in fields}, **new})


def _arrival(copy: Copy, batch: int | None) -> dict:
    values = {k: v for k in AUDITED_FIELDS if (v := copy.values.get(k)) not in ("", None)}
    return {**values, **({"deleted": True} if copy.values.get("deleted") else {}),
            "version": copy.version, "batch": batch}


def write_resolution(conn: sqlite3.Connection, current: Copy, kept: Copy, at: str, who: str) -> None:
    """Keep ``kept`` as its record's row: the open rivals become 'dropped', and the record row too if
    another copy is kept (through ``conn``, in the caller's transaction)."""
    conn.execute("UPDATE conflict SET state = 'dropped', resolved_at = ?, resolved_by = ? "
                 "WHERE record_id = ? AND state = 'open'", (at, who, current.id))
    if kept is not current:
        conn.execute("UPDATE conflict SET state = 'kept' WHERE id = ?", (kept.conflict_id,))
        insert_conflict(conn, current, "dropped", at, who)
        put_records(conn, [kept])
        set_origins(conn, [kept])


def first_batch_of(hq: ResultsFile, sha256: str) -> int | None:
    """The first merge batch of the file with this SHA-256, if it was ever merged."""
    row = hq.query("SELECT id FROM merge_batch WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
    return row[0] if row else None


def merged_before(hq: ResultsFile, sha256: str, content: str) -> dict | None:
    """The merge log's entry of the first merge of exactly this content (the file and its -wal,
    ``SafeCopy.content_sha256``), with its batch's signature and what merging it again would count;
    None if headquarters never merged it, or cannot tell those counts without reading it.

    By content only: a file renamed, or sent again on another date, is the same file; one byte
    changed anywhere (its -wal included) is another. Entries are found by the file's SHA-256 (an
    indexed column of the audit log), then matched on the whole content.

    Merged again, each record copy of the file is one headquarters holds as it is (unchanged) or
    one a newer copy had replaced (outdated) when it arrived; only a later merge of the same
    office's records that replaced or disputed some (updated, deleted, conflicts) can turn an
    unchanged copy into an outdated one. If there was one, None: the file is read again in full.
    """
    if not content:
        return None
    rows = hq.query("SELECT new FROM audit WHERE target_id = ? AND action = 'merge' AND target = 'file' "
                    "ORDER BY id", (sha256,), tuples=True)
    for (new,) in rows:
        try:
            entry = json.loads(new)
        except (TypeError, ValueError):
            continue
        if not isinstance(entry, dict) or entry.get("content") != content:
            continue
        batch = hq.query(f"SELECT id, office_code, signature, signed_by, {', '.join(COUNTED)} FROM merge_batch "
                         "WHERE id = ?", (entry.get("batch"),)).fetchone()
        if batch is None or batch["office_code"] != entry.get("office"):
            continue  # a damaged file: nothing to lean on
        if hq.query("SELECT 1 FROM merge_batch WHERE office_code = ? AND id > ? "
                    "AND updated + deleted + conflicts > 0 LIMIT 1", (batch["office_code"], batch["id"])).fetchone():
            return None
        counts = {k: batch[k] or 0 for k in COUNTED}
        again = {k: 0 for k in COUNTED}
        again["outdated"] = counts["outdated"]
        again["unchanged"] = sum(counts[k] for k in ("added", "updated", "deleted", "unchanged", "conflicts"))
        return {**entry, "signature": batch["signature"] or "", "counts": again,
                "signed_by": [k for k in (batch["signed_by"] or "").split(", ") if k]}
    return None


def same_office_other_file(hq: ResultsFile, path: Path, office: Office, report: FileReport, created: str,
                            accept_new_file_for) -> None:
    """Refuse a file claiming an office that headquarters holds from another file, unless confirmed."""
    held = hq.query("SELECT file_id, file_name FROM merge_batch WHERE office_code = ? ORDER BY id DESC "
                           "LIMIT 1", (office.code,)).fetchone()
    if held is None or held[0] == report.file_id:
        return
    # Confirmed as typed ('ken' for KEN): matched like any code that finds an office.
    held_codes = [o.code for o in hq.offices()]
    if any(office.code in offices_named(held_codes, typed) for typed in accept_new_file_for):
        report.replaces_file_id = held[0]
        return
    first = hq.query("SELECT min(merged_at) FROM merge_batch WHERE office_code = ? AND file_id = ?",
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


def put_records(conn: sqlite3.Connection, copies: list[Copy], *, status: str | None = "submitted",
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


def set_origins(conn: sqlite3.Connection, copies: list[Copy]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO record_origin (record_id, version, deleted, base_version, content_hash, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(c.values["id"], c.values["version"], c.values["deleted"], c.base_version, c.content_hash, c.batch_id)
         for c in copies])


def insert_conflict(conn: sqlite3.Connection, copy: Copy, state: str, at: str | None = None,
                     who: str | None = None) -> None:
    cols = ["record_id", *_BUT_ID, *ORIGIN_COLUMNS, "state", "resolved_at", "resolved_by"]
    values = [copy.id, *_but_id(copy.values), copy.base_version, copy.content_hash,
              copy.file_name, copy.file_id, copy.sha256, copy.batch_id, state, at, who]
    conn.execute(f"INSERT INTO conflict ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values)
