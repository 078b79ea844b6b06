"""Reading a results file without writing anything: not to the file, nor a ``-wal`` or ``-shm``.

A plain read-only SQLite connection to a file in WAL mode still creates (and leaves) the two
sidecar files. So the way in depends on the file's state:

- closed cleanly (no ``-wal``): ``immutable``, which reads the file alone and takes no locks; the
  file's size and time are compared when reading ends, and a change made meanwhile by another
  program is reported rather than read half-old, half-new;
- open in another program (``-wal`` and ``-shm`` there): ``readonly_shm``, which sees that
  program's committed writes and creates nothing;
- a ``-wal`` without its ``-shm`` (a program was killed), or an older schema: a private copy in
  the temporary folder, recovered or upgraded there, removed when closed;
- a rollback journal (network shares): ``mode=ro`` with SQLite's ordinary locks.

The file's identity is checked first: another application's database, a negative or foreign
``user_version``, or a newer schema is refused.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from db import schema
from db.errors import OfficeFileError
from db.store.connection import connect, readonly_uri

WAL_MODE = 2  # the file format version bytes of the SQLite header in WAL mode


def sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def in_wal_mode(path: Path) -> bool:
    with Path(path).open("rb") as fh:
        head = fh.read(20)
    return len(head) == 20 and head[18] == WAL_MODE


def reading_uri(path: Path) -> str | None:
    """An SQLite URI that reads ``path`` and writes nothing; None when only a private copy can."""
    where = Path(path).resolve()
    if not in_wal_mode(path):
        return readonly_uri(where)
    wal, shm = sidecars(path)
    if wal.exists() and shm.exists():
        return readonly_uri(where, readonly_shm=True)
    if wal.exists() and wal.stat().st_size:
        return None
    return readonly_uri(where, immutable=True)


def check_identity(path: Path, conn: sqlite3.Connection) -> int:
    """The file's schema version, if it is a Habitat Results file this app can read; else refused."""
    version = schema.schema_version(conn)
    if version > schema.SCHEMA_VERSION:
        raise OfficeFileError.of("file_newer_version", path=str(path), version=version, known=schema.SCHEMA_VERSION)
    if version == 0:
        raise OfficeFileError.of("file_foreign_sqlite", path=str(path))
    if version < 0:
        raise OfficeFileError.of("file_bad_schema_number", path=str(path), version=version)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    steps = ([r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
             if "migrations" in tables else [])
    if "meta" not in tables or steps != [name for name, _ in schema.MIGRATIONS[:version]]:
        raise OfficeFileError.of("file_other_application", path=str(path), version=version)
    return version


def peek_version(path: Path) -> int:
    """Check the identity of ``path`` (see ``check_identity``) without writing anything."""
    try:
        _, conn = connect_reading(path, ignore_wal=True)
        assert conn is not None  # ignore_wal: always a connection
        try:
            return check_identity(path, conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise OfficeFileError.of("file_unopenable", path=str(path), detail=str(exc)) from exc


# How often a reading connection is tried when the file's -wal and -shm came or went between
# looking at them and opening (a writer closing its last connection removes both).
READ_ATTEMPTS = 5


def connect_reading(path: Path, *, ignore_wal: bool = False) -> tuple[str | None, sqlite3.Connection | None]:
    """A connection that reads ``path`` and writes nothing, and the URI it was opened with.

    (None, None) when only a private copy can read it (a -wal without its -shm), unless
    ``ignore_wal``: then the file is read without its -wal. The URI depends on the -wal and -shm
    beside the file, which another program may remove or create at any moment: when opening fails
    with "unable to open", they are looked at again and the opening is tried again.
    """
    for attempt in range(READ_ATTEMPTS):
        uri = reading_uri(path)
        if uri is None:
            if not ignore_wal:
                return None, None
            uri = reading_uri_ignoring_wal(path)  # a -wal left without its -shm: opening for writing recovers it
        conn = connect(path, uri=uri)
        try:
            conn.execute("PRAGMA user_version").fetchone()  # SQLite opens the -wal and -shm at the first read
            return uri, conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if exc.sqlite_errorcode != sqlite3.SQLITE_CANTOPEN or attempt == READ_ATTEMPTS - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def reading_uri_ignoring_wal(path: Path) -> str:
    return readonly_uri(Path(path).resolve(), immutable=True)
