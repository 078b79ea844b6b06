"""Files as earlier versions of the app wrote them, made from a file of today's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import schema
from db.untrusted import describe_schema, expected_schema


def turn_into_schema(path: Path, version: int) -> None:
    """Take out of ``path`` what the steps after ``version`` added (tables, indexes, columns), so
    that it is exactly a file of that schema; the records stay. The app of today writes every
    column of today's schema, so an older file cannot be made by running fewer steps."""
    old = expected_schema(version)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        now = expected_schema(schema.SCHEMA_VERSION)
        for kind, name in now:
            automatic = name.startswith("sqlite_autoindex_")  # goes with its table
            if kind in ("index", "trigger", "view") and (kind, name) not in old and not automatic:
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        for kind, name in now:
            if kind == "table" and (kind, name) not in old:
                conn.execute(f'DROP TABLE "{name}"')
            elif kind == "table":
                kept = {column[0] for column in old[(kind, name)][1]}
                for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{name}')").fetchall():
                    if column not in kept:
                        conn.execute(f'ALTER TABLE "{name}" DROP COLUMN "{column}"')
        later = [name for name, _ in schema.MIGRATIONS[version:]]
        conn.execute(f"DELETE FROM migrations WHERE name IN ({', '.join('?' * len(later))})", later)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.commit()
        assert describe_schema(conn) == old, f"{path} is not exactly a schema-{version} file"
    finally:
        conn.close()
