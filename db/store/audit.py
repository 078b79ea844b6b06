"""The audit log: every write appends what changed, who changed it and when, in its transaction."""

from __future__ import annotations

import json
import socket
import sqlite3
from functools import cache

from db.store.base import Store
from db.store.connection import default_user, utc_now

# One encoder for every audit entry: json.dumps(..., ensure_ascii=False) builds a new one per call.
to_json = json.JSONEncoder(ensure_ascii=False).encode


def write_audit(conn, who, action, target, target_id, old, new, at=None) -> None:
    write_audits(conn, who or default_user(), at or utc_now(), [(action, target, target_id, old, new)])


def write_audits(conn, who, at, entries) -> None:
    rows = [(at, who, this_computer(), action, target, target_id,
             to_json(old) if old is not None else None,
             to_json(new) if new is not None else None)
            for action, target, target_id, old, new in entries]
    try:
        conn.executemany("INSERT INTO audit (at, who, machine, action, target, target_id, old, new) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    except sqlite3.OperationalError as exc:
        if "no column named machine" not in str(exc):
            raise
        # A file of a schema before 0007_audit_machine, written by the app of that schema (or a
        # test standing for it): its entries as that app wrote them. A failed statement leaves the
        # transaction as it was.
        conn.executemany("INSERT INTO audit (at, who, action, target, target_id, old, new) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", [row[:2] + row[3:] for row in rows])


@cache
def this_computer() -> str:
    """This computer's network name, as the audit log records where a change was made ('' if unknown)."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


class AuditLog(Store):
    """Reading the audit log (it is written by each store, in the write's own transaction)."""

    def audit_log(self, target_id: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM audit", []
        if target_id:
            sql += " WHERE target_id = ?"
            params.append(target_id)
        rows = []
        for r in self.conn.execute(sql + " ORDER BY id", params):
            entry = dict(r)
            entry["old"] = json.loads(entry["old"]) if entry["old"] else None
            entry["new"] = json.loads(entry["new"]) if entry["new"] else None
            rows.append(entry)
        return rows
