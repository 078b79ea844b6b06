"""Opening a results file that came from elsewhere (e-mail, USB stick) without trusting it.

The original is never opened by SQLite for writing and never modified, and no file is created
next to it: its bytes are hashed (the SHA-256 of the file itself, as ``sha256sum`` shows it) while
being copied, with a ``-wal`` sidecar if any, into a private folder, and every check and any schema
upgrade run on that copy. The checks come in this order, each refusing the file with a
message of its own before the next runs:

1. the path (missing, a folder, unreadable, in use by another program);
2. the bytes: empty, truncated, text, binary that is not SQLite (encrypted or damaged);
3. SQLite with ``trusted_schema=OFF`` and ``cell_size_check=ON``: ``PRAGMA quick_check``;
4. the schema version (another application's database, a newer version of the app);
5. the schema itself, compared with the one this app builds for that version: any trigger, view,
   extra or missing table or index, or a table whose columns differ, is refused. No SQL text from
   the file is ever executed;
6. the file's kind and framework, the plans it holds (each parsed as data and compared with
   headquarters': ``db.plans.office_plans_agree``), its office, and every record that would travel
   (canonical unique ids, known indicator of its year's plan, valid values).
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass, field
from collections.abc import Callable
from functools import cache
from pathlib import Path

from db import schema
from db.errors import OfficeFileError, say
from db.leftovers import private_folder
from db.officefile import SQLITE_HEADER, readonly_uri, utc_now
from db.words import count

HEADER_SIZE = 100
READ_CHUNK = 1 << 20
LOCK_PROBE_TIMEOUT_S = 0.5
# SQLite keeps statistics here after ANALYZE; they only guide the query planner.
HARMLESS_TABLES = ("sqlite_stat1", "sqlite_stat4")


class UntrustedFileError(OfficeFileError):
    """An office (or feedback) file refused before anything was taken from it."""


@dataclass
class SafeCopy:
    """A checked private copy of an untrusted results file; ``close()`` removes it."""

    original: Path
    copy: Path
    sha256: str
    size: int
    schema_version: int = 0
    upgraded_from: int | None = None
    meta: dict = field(default_factory=dict)
    # SHA-256 of what the copy holds: the file and its -wal (``content_digest``).
    content_sha256: str = ""
    # What ``open_untrusted``'s ``known`` said of this content (None: not known; then every check ran).
    known: object = None
    _folder: tempfile.TemporaryDirectory | None = None

    def connect(self) -> sqlite3.Connection:
        return _connect(self.copy)

    def close(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self) -> "SafeCopy":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def refuse(path: Path, code: str, /, **params) -> UntrustedFileError:
    """The error refusing an untrusted file: its path, 'refused', and why (``code``, see db.errors)."""
    return UntrustedFileError(f"{path}: refused: {say(code, params)}", code=code,
                              params={"path": str(path), **params})


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    # Defences for files written elsewhere (SQLite's "defense against the dark arts").
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    return conn


# --- 1. the path --------------------------------------------------------------------------------

def _check_path(path: Path) -> None:
    if not path.exists():
        if path.is_symlink():
            raise refuse(path, "broken_link")
        raise refuse(path, "no_such_file")
    if path.is_dir():
        raise refuse(path, "is_folder")
    if not path.is_file():
        raise refuse(path, "not_regular_file")


def _check_not_in_use(path: Path) -> None:
    """Refuse a file that another program is writing right now.

    A program writing has a ``-wal`` (WAL mode) or a ``-journal`` (rollback mode) next to the file;
    a file closed cleanly has neither, and is not probed. The probe must create and change nothing
    there: a plain read-only connection would create a missing ``-shm`` and write to an existing
    one, so a WAL file is probed with ``readonly_shm`` (which creates no ``-shm``; without one it
    may fail to open, and the copy decides), and a rollback-mode file with ``mode=ro`` alone.
    """
    wal, journal = (path.with_name(path.name + s) for s in ("-wal", "-journal"))
    if journal.is_file() and journal.stat().st_size:
        # A rollback journal holds the half of an interrupted write: a copy without it would lie.
        raise refuse(path, "interrupted_write", journal=journal.name)
    if wal.exists():
        uri = readonly_uri(path.resolve(), readonly_shm=True)
    elif journal.exists():
        uri = readonly_uri(path.resolve())
    else:
        return
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=LOCK_PROBE_TIMEOUT_S)
    except sqlite3.Error:
        return  # cannot even probe: the copy below decides
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise refuse(path, "in_use") from exc
    except sqlite3.DatabaseError:
        pass  # damaged files are reported by the checks on the copy
    finally:
        conn.close()


# --- 2. the bytes -------------------------------------------------------------------------------

def _copy_and_hash(path: Path, target: Path) -> tuple[str, str, int, bytes]:
    """Copy the file (and a -wal sidecar) to ``target``; return the file's SHA-256, the copy's
    content digest, the file's size and header.

    The SHA-256 is of the file alone, so that it matches ``sha256sum`` of the file headquarters
    keeps (a WAL is checkpointed into it when the file is next closed). The content digest is of
    the bytes copied, the WAL's too (see ``content_digest``): what the copy holds, and so what
    every check below reads."""
    digest = hashlib.sha256()
    content = hashlib.sha256()
    size = wal_size = 0
    head = b""
    try:
        with path.open("rb") as src, target.open("wb") as dst:
            while chunk := src.read(READ_CHUNK):
                if len(head) < HEADER_SIZE:
                    head += chunk[:HEADER_SIZE - len(head)]
                digest.update(chunk)
                content.update(chunk)
                dst.write(chunk)
                size += len(chunk)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file() and wal.stat().st_size:
            # Committed changes not yet checkpointed live in the WAL: they are part of the file.
            with wal.open("rb") as src, target.with_name(target.name + "-wal").open("wb") as dst:
                while chunk := src.read(READ_CHUNK):
                    content.update(chunk)
                    dst.write(chunk)
                    wal_size += len(chunk)
    except PermissionError as exc:
        raise refuse(path, "permission_denied") from exc
    except OSError as exc:
        raise refuse(path, "unreadable", reason=str(exc.strerror or exc)) from exc
    # The two sizes end the digest: where the file ends and the WAL begins is part of the content.
    content.update(size.to_bytes(8, "big") + wal_size.to_bytes(8, "big"))
    return digest.hexdigest(), content.hexdigest(), size, head


def content_digest(path: Path) -> str:
    """The content digest ``open_untrusted`` gives a copy of ``path`` (and its -wal), for tests and tools."""
    with private_folder("untrusted") as folder:
        return _copy_and_hash(Path(path), Path(folder) / "copy.habitat")[1]


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(head) - 3
    return True


def _check_bytes(path: Path, size: int, head: bytes) -> None:
    if size == 0:
        raise refuse(path, "empty_file")
    if not head.startswith(SQLITE_HEADER):
        if size < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(head):
            raise refuse(path, "truncated_signature", size=size)
        if _looks_like_text(head):
            raise refuse(path, "text_file")
        if size % 512 == 0 and size >= 1024:
            raise refuse(path, "encrypted")
        raise refuse(path, "not_sqlite")
    if size < HEADER_SIZE:
        raise refuse(path, "truncated_header", size=size, header=HEADER_SIZE)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise refuse(path, "bad_page_size", page_size=page_size)
    if size % page_size:
        raise refuse(path, "truncated_pages", size=size, page_size=page_size)
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is only reliable when written by the same change.
    header_valid = head[24:28] == head[92:96]
    if header_valid and pages and size < pages * page_size:
        raise refuse(path, "truncated_short", size=size, pages=pages, page_size=page_size,
                     expected=pages * page_size)


# --- 3.–5. SQLite, version, schema --------------------------------------------------------------

@cache
def expected_schema(version: int) -> dict[tuple[str, str], tuple]:
    """What sqlite_master and the table layouts look like in a file of schema ``version``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        import sqlite_utils  # here, not at the top: a slow import that the desktop start-up need not pay

        db = sqlite_utils.Database(conn)
        # The same steps, in the same order, as schema.migrate.
        db.table("migrations").create({"name": str, "applied_at": str}, pk="name")
        for _, step in schema.MIGRATIONS[:version]:
            step(db)
        return describe_schema(conn)
    finally:
        conn.close()


def describe_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """Every schema object by (type, name), with a layout read through PRAGMAs (not its SQL)."""
    out: dict[tuple[str, str], tuple] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql IS NULL FROM sqlite_master").fetchall()
    for kind, name, table, no_sql in rows:
        if kind == "table":
            if name in HARMLESS_TABLES:
                continue
            cols = tuple(tuple(r[1:6]) for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,)))
            fks = tuple(sorted(tuple(r[2:5]) for r in conn.execute(
                "SELECT * FROM pragma_foreign_key_list(?)", (name,))))
            flags = tuple(conn.execute("SELECT type, wr, strict FROM pragma_table_list(?)", (name,)).fetchone() or ())
            out[(kind, name)] = (table, cols, fks, flags)
        elif kind == "index":
            cols = tuple(tuple(r[1:6]) for r in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)))
            info = tuple(r[2:5] for r in conn.execute("SELECT * FROM pragma_index_list(?)", (table,))
                         if r[1] == name)
            out[(kind, name)] = (table, bool(no_sql), cols, tuple(tuple(i) for i in info))
        else:
            out[(kind, name)] = (table,)
    return out


def _check_schema(path: Path, conn: sqlite3.Connection, version: int) -> None:
    found = describe_schema(conn)
    for kind in ("trigger", "view"):
        names = sorted(n for k, n in found if k == kind)
        if names:
            raise refuse(path, "forbidden_object", kind=kind, name=names[0])
    expected = expected_schema(version)
    extra = sorted(n for k, n in found if (k, n) not in expected and k == "table")
    if extra:
        raise refuse(path, "extra_table", name=extra[0])
    extra = sorted(n for k, n in found if (k, n) not in expected)
    if extra:
        raise refuse(path, "extra_index", name=extra[0])
    missing = sorted(n for k, n in expected if (k, n) not in found)
    if missing:
        raise refuse(path, "missing_part", name=missing[0])
    differs = sorted(n for key, n in ((key, key[1]) for key in expected) if found[key] != expected[key])
    if differs:
        raise refuse(path, "layout_differs", name=differs[0])


def open_untrusted(path: Path, *, kind: str = "office", upgrade: bool = True,
                   known: Callable[[str, str], object] | None = None) -> SafeCopy:
    """Check ``path`` and return a private copy that is safe to read (upgraded to this app's schema).

    Raises UntrustedFileError naming the file and what is wrong with it. The original is never
    written to. The caller must ``close()`` the result (it removes the copy).

    ``known(sha256, content_sha256)``: whether these very bytes (the file and its -wal) passed
    every check before, as the caller knows (e.g. headquarters merged them): then the integrity
    check, which reads every page and can only say again what it said of the same bytes, is not
    run again. Its answer is kept as ``SafeCopy.known``. Every other check runs.
    """
    path = Path(path)
    _check_path(path)
    _check_not_in_use(path)
    folder = private_folder("untrusted")
    try:
        copy = Path(folder.name) / "copy.habitat"
        sha, content, size, head = _copy_and_hash(path, copy)
        _check_bytes(path, size, head)
        safe = SafeCopy(path, copy, sha, size, content_sha256=content, _folder=folder)
        if known is not None:
            safe.known = known(sha, content) or None
        conn = _connect(copy)
        try:
            _check_database(path, conn, safe, kind, upgrade)
        finally:
            conn.close()
        return safe
    except BaseException:
        folder.cleanup()
        raise


def _check_database(path: Path, conn: sqlite3.Connection, safe: SafeCopy, kind: str, upgrade: bool) -> None:
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")] if safe.known is None else ["ok"]
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "not a database" in text or "encrypted" in text:
            raise refuse(path, "sqlite_unreadable") from exc
        raise refuse(path, "damaged", detail=text) from exc
    if problems != ["ok"]:
        lines = [ln for p in problems for ln in str(p).splitlines() if ln and not ln.startswith("***")]
        first = (lines or ["?"])[0]
        if len(lines) > 1:
            raise refuse(path, "integrity_more", detail=first, more=len(lines) - 1,
                         more_text=count(len(lines) - 1, "more problem"))
        raise refuse(path, "integrity", detail=first)
    version = schema.schema_version(conn)
    safe.schema_version = version
    if version == 0:
        raise refuse(path, "another_application")
    if version > schema.SCHEMA_VERSION:
        raise refuse(path, "newer_version", version=version, known=schema.SCHEMA_VERSION)
    _check_schema(path, conn, version)
    try:
        done = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    except sqlite3.DatabaseError as exc:
        raise refuse(path, "damaged_steps", detail=str(exc)) from exc
    if done != [name for name, _ in schema.MIGRATIONS[:version]]:
        raise refuse(path, "steps_mismatch", steps=", ".join(done) or "none", version=version)
    meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM meta")}
    safe.meta = meta
    for key in ("file_id", "kind", "framework_id", "framework_version"):
        if not isinstance(meta.get(key), str) or not meta[key]:
            raise refuse(path, "identity_incomplete", key=key)
    if meta["kind"] != kind:
        raise refuse(path, "not_office_file" if kind == "office" else "not_headquarters_file", found=meta["kind"])
    if version < schema.SCHEMA_VERSION and upgrade:
        # Only now, with the schema known to be ours, do we let our own migrations write (to the copy).
        conn.execute("BEGIN IMMEDIATE")
        try:
            schema.migrate(conn, utc_now())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        safe.upgraded_from = version
        safe.schema_version = schema.SCHEMA_VERSION


def is_canonical_uuid(text) -> bool:
    """True for a lower-case, hyphenated UUID, the only form the app writes."""
    if not isinstance(text, str) or len(text) != 36:
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False
