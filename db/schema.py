"""The results file's schema, built and upgraded by recorded migrations.

Each migration runs once, inside the caller's transaction, and is recorded in the
``migrations`` table; ``PRAGMA user_version`` mirrors the number of steps applied so that a
file made by a newer version of the app is recognised before anything else is read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from db.quality import PART_CONDITION, is_part, place_key

if TYPE_CHECKING:
    import sqlite_utils

STATUSES = ("draft", "submitted", "validated", "returned")
# Statuses an office may not edit: signed off, until headquarters returns them.
LOCKED_STATUSES = ("submitted", "validated")
# Statuses an office may still edit and submit: the others.
OPEN_STATUSES = tuple(s for s in STATUSES if s not in LOCKED_STATUSES)


def _initial(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("office").create(
        {"code": str, "name": str, "country": str, "region": str},
        pk="code", not_null={"name", "country"},
    )
    db.table("record").create(
        {
            "id": str,  # UUID: records from different offices never collide on merge
            "office_code": str,
            "indicator": str,
            "year": int,
            "value": int,
            "country": str,
            "city": str,
            "entity": str,
            "qualifier": str,
            "sex": str,
            "age": str,
            "disability": str,
            "narrative": str,
            "source": str,
            "status": str,
            "created_at": str,
            "updated_at": str,
            "version": int,
            "changed_by": str,
            "deleted": int,
        },
        pk="id",
        not_null={"office_code", "indicator", "year", "qualifier", "status", "created_at",
                  "updated_at", "version", "changed_by", "deleted"},
        defaults={"country": "", "city": "", "entity": "", "qualifier": "none", "sex": "", "age": "",
                  "disability": "", "narrative": "", "source": "", "status": "draft", "version": 1,
                  "deleted": 0},
        foreign_keys=[("office_code", "office", "code")],
    )
    db.table("record").create_index(["indicator", "year"])
    db.table("record").create_index(["year", "status"])
    db.table("outcome_narrative").create(
        {"office_code": str, "outcome": str, "year": int, "text": str, "updated_at": str,
         "version": int, "changed_by": str},
        pk=("office_code", "outcome", "year"),
        not_null={"text", "updated_at", "version", "changed_by"},
        foreign_keys=[("office_code", "office", "code")],
    )
    db.table("audit").create(
        {"id": int, "at": str, "who": str, "action": str, "target": str, "target_id": str,
         "old": str, "new": str},
        pk="id", not_null={"at", "who", "action", "target", "target_id"},
    )
    db.table("audit").create_index(["target_id"])


def _merge_and_review(db: sqlite_utils.Database) -> None:
    """Headquarters' merge log, provenance, conflicts, and the review (send-back) loop.

    The tables exist in every results file (office files keep them empty, except ``review``,
    which holds the headquarters decisions an office has applied), so that one schema serves both.
    """
    db.table("merge_batch").create(
        {"id": int, "merged_at": str, "merged_by": str, "file_name": str, "file_id": str,
         "sha256": str, "office_code": str, "added": int, "updated": int, "deleted": int,
         "unchanged": int, "outdated": int, "conflicts": int, "narratives": int},
        pk="id", not_null={"merged_at", "merged_by", "file_name", "file_id", "sha256", "office_code"},
    )
    db.table("merge_batch").create_index(["sha256"])
    # Where each record held at headquarters came from: the merge batch (which names the office,
    # the file and its SHA-256), with what a merge compares (version, deletion, content hash) so
    # that merging reads this narrow table rather than the records. base_version: the version
    # headquarters had returned when the office made this copy (0: first submission).
    # WITHOUT ROWID: one B-tree keyed by record id, not a table plus an index.
    db.execute(
        "CREATE TABLE record_origin (record_id TEXT NOT NULL PRIMARY KEY, version INTEGER NOT NULL, "
        "deleted INTEGER NOT NULL, base_version INTEGER NOT NULL, content_hash TEXT NOT NULL, "
        "batch_id INTEGER NOT NULL REFERENCES merge_batch (id)) WITHOUT ROWID")
    db.table("record_origin").create_index(["batch_id"])
    conflict_columns = {
        "id": int, "record_id": str, "office_code": str, "indicator": str, "year": int,
        "value": int, "country": str, "city": str, "entity": str, "qualifier": str, "sex": str,
        "age": str, "disability": str, "narrative": str, "source": str, "created_at": str,
        "updated_at": str, "version": int, "changed_by": str, "deleted": int,
        "base_version": int, "content_hash": str, "file_name": str, "file_id": str, "sha256": str,
        "batch_id": int, "state": str, "resolved_at": str, "resolved_by": str,
    }
    # Rival versions of a record: 'open' until headquarters picks one ('kept') and the
    # others become 'dropped'; dropped copies are remembered so that they never come back.
    db.table("conflict").create(conflict_columns, pk="id",
                                not_null={"record_id", "version", "base_version", "content_hash", "state"})
    db.table("conflict").create_index(["record_id"])
    db.table("review").create(
        {"id": int, "record_id": str, "version": int, "decision": str, "comment": str,
         "reviewed_at": str, "reviewed_by": str},
        pk="id", not_null={"record_id", "version", "decision", "comment", "reviewed_at", "reviewed_by"},
    )
    db.table("review").create_index(["record_id"])


def _data_quality(db: sqlite_utils.Database) -> None:
    """The import log (what was imported, so that a file is not imported twice), and breakdowns.

    Breakdowns now say "of which" (db/quality.py): a record with sex, age or disability is a part
    of its place and year's total, not an addition to it. Files written before added every record
    up; where a place and year holds parts but no total, the annex still adds its parts up (that
    sum was, and stays, its published total). Nothing is rewritten: the audit log says how many
    places and years are read that way.
    """
    db.table("import_log").create(
        {"id": int, "imported_at": str, "imported_by": str, "file_name": str, "sha256": str,
         "records": int},
        pk="id", not_null={"imported_at", "imported_by", "file_name", "sha256", "records"},
    )
    db.table("import_log").create_index(["sha256"])
    groups: dict[tuple, list[bool]] = {}
    columns = ("office_code", "indicator", "year", "value", "country", "city", "entity", "sex", "age",
               "disability")
    for row in db.execute(f"SELECT {', '.join(columns)} FROM record WHERE deleted = 0 AND value IS NOT NULL"):
        values = dict(zip(columns, row))
        groups.setdefault((values["office_code"], *place_key(values)), []).append(is_part(values))
    without_total = sorted(k for k, parts in groups.items() if all(parts))
    if without_total:
        note = {"breakdowns": "of which", "places_without_total": len(without_total),
                "counted_as": "the sum of their parts, as before",
                "first": [" ".join(str(v) for v in k if v) for k in without_total[:20]]}
        db.execute("INSERT INTO audit (at, who, action, target, target_id, old, new) VALUES "
                   "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'habitat-results', 'upgrade', 'file', "
                   "'0003_data_quality', NULL, ?)", [json.dumps(note, ensure_ascii=False)])


def _unfinished_rows(db: sqlite_utils.Database) -> None:
    """Rows typed in the grid that the rules do not accept yet, kept exactly as typed.

    A new row that is not complete (or a refused edit of a record, ``record_id``) is stored here,
    so that it survives navigation, a language switch and closing the file. It is never a record:
    it is not submitted, merged, exported or counted; once valid it becomes a record (the row is
    deleted in the same transaction). ``cells``: the typed values as JSON.
    """
    db.table("unfinished_row").create(
        {"id": str, "office_code": str, "record_id": str, "indicator": str, "year": int, "cells": str,
         "created_at": str, "updated_at": str, "changed_by": str},
        pk="id", not_null={"office_code", "indicator", "cells", "created_at", "updated_at", "changed_by"},
        defaults={"indicator": ""},
        foreign_keys=[("office_code", "office", "code")],
    )
    db.table("unfinished_row").create_index(["year", "indicator"])
    db.table("unfinished_row").create_index(["record_id"])


def _breakdown_index(db: sqlite_utils.Database) -> None:
    """An index of the breakdown parts alone (records with sex, age or disability).

    Saving a total checks whether a part of its indicator, year and country exists
    (db/quality.py); without this index that question read every record of the indicator and
    year. Partial: it holds only parts, so it costs nothing in files without breakdowns. The
    query must repeat this WHERE clause word for word for SQLite to use it.
    """
    db.execute("CREATE INDEX idx_record_parts ON record (indicator, year, country) "
               f"WHERE {PART_CONDITION}")


def _plans(db: sqlite_utils.Database) -> None:
    """The plans added to the file (db/plans.py); the built-in plan of ``meta`` stays implicit.

    ``content``: the plan file's canonical JSON, ``sha256`` its hash, ``substance_sha256`` the hash
    of what counting depends on (compared at merge). A newer version of a plan replaces the one
    held: the old row stays, with ``replaced_at``, so that the records of indicators it removed are
    still known for what they are. ``format``: the plan-file format, refused whole if newer than the app.
    """
    db.table("plan").create(
        {"id": str, "version": str, "format": int, "first_year": int, "last_year": int, "status": str,
         "sha256": str, "substance_sha256": str, "content": str, "added_at": str, "added_by": str,
         "replaced_at": str},
        pk=("id", "version"),
        not_null={"format", "first_year", "last_year", "status", "sha256", "substance_sha256", "content",
                  "added_at", "added_by"},
    )


def _audit_machine(db: sqlite_utils.Database) -> None:
    """The computer each audit entry was written on (its network name), for a record's history
    (db/history.py): who changed a figure, and where. Entries written before stay without it."""
    db.execute("ALTER TABLE audit ADD COLUMN machine TEXT")


def _signed_submissions(db: sqlite_utils.Database) -> None:
    """Signed submissions (db/signing.py): an office file's signatures, the office keys headquarters
    knows, and whether each merged file was signed. Files merged before are left as they were."""
    db.execute("CREATE TABLE submission_signature (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, "
               "signed_at TEXT NOT NULL, manifest TEXT NOT NULL, signature TEXT NOT NULL, public_key TEXT NOT NULL)")
    db.execute("CREATE TABLE office_key (office_code TEXT NOT NULL, fingerprint TEXT NOT NULL, "
               "public_key TEXT NOT NULL, state TEXT NOT NULL, first_seen_at TEXT NOT NULL, "
               "first_seen_file TEXT NOT NULL, accepted_by TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT, "
               "PRIMARY KEY (office_code, fingerprint)) WITHOUT ROWID")
    for column in ("signature", "signed_by", "key_change"):
        db.execute(f"ALTER TABLE merge_batch ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _parts_counted_as_total(db: sqlite_utils.Database) -> None:
    """The first version's parts counted as their place's total, marked (see ``db/rules.py``).

    A place and year holding breakdown parts only kept, at step 0003, its published figure: the
    sum of its parts. Which parts those are is now written down, so that the mark travels with the
    records to headquarters and a part left without its total later is never counted as one.
    """
    from db.rules import create_marks

    create_marks(db)



# Append new steps at the end; never edit or reorder a step that has shipped.
MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("0001_initial", _initial),
    ("0002_merge_and_review", _merge_and_review),
    ("0003_data_quality", _data_quality),
    ("0004_unfinished_rows", _unfinished_rows),
    ("0005_breakdown_index", _breakdown_index),
    ("0006_plans", _plans),
    ("0007_audit_machine", _audit_machine),
    ("0008_signed_submissions", _signed_submissions),
    ("0009_parts_counted_as_total", _parts_counted_as_total),
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, applied_at: str) -> list[str]:
    """Apply the steps this file lacks; the caller holds the write transaction."""
    import sqlite_utils  # here, not at the top: it costs the desktop app 50 ms at every start

    db = sqlite_utils.Database(conn)
    if not db.table("migrations").exists():
        db.table("migrations").create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db.table("migrations").rows}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(db)
        conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, applied_at))
        applied.append(name)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
    return applied
