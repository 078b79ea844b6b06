"""The audit log: every write appends what changed, who changed it and when, in its transaction."""

from __future__ import annotations

import json
import socket
from functools import cache

from db.store.base import Store
from db.store.connection import default_user, utc_now

# One encoder for every audit entry: json.dumps(..., ensure_ascii=False) builds a new one per call.
to_json = json.JSONEncoder(ensure_ascii=False).encode


def write_audit(conn, who, action, target, target_id, old, new, at=None) -> None:
    write_audits(conn, who or default_user(), at or utc_now(), [(action, target, target_id, old, new)])


def write_audits(conn, who, at, entries) -> None:
    machine = this_computer()
    conn.executemany(
        "INSERT INTO audit (at, who, machine, action, target, target_id, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(at, who, machine, action, target, target_id,
          to_json(old) if old is not None else None,
          to_json(new) if new is not None else None)
         for action, target, target_id, old, new in entries])


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
