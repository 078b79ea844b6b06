"""Opening an SQLite results file and writing to it in transactions that nest.

The connection is the app's (``connect``); a write is a ``transaction`` (BEGIN IMMEDIATE … COMMIT,
a SAVEPOINT when nested); on a network share the writer holds a lock file (``hold_if_shared``).
"""

from __future__ import annotations

import getpass
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path, PurePath
from urllib.parse import quote

from db.errors import OfficeFileError
from db.sharing import FileInUse, hold_writer_lock, lock_file, on_network_share
from db.storage import LOCKED, StorageError, storage_error

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name is set
        return "unknown"


def readonly_uri(path: PurePath, **options: bool) -> str:
    """An SQLite URI opening ``path`` (absolute) read-only; ``options`` such as ``immutable=True``.

    Built by hand rather than with ``Path.as_uri()``: that turns a Windows share
    ``\\\\server\\share\\f`` into ``file://server/share/f``, whose authority SQLite refuses. Here a
    share becomes ``file:////server/share/f`` and a drive ``file:///C:/f``; '?', '#' and '%' in
    names are escaped.
    """
    text = path.as_posix()
    uri = "file://" + ("" if text.startswith("/") else "/") + quote(text, safe="/:")
    return uri + "?mode=ro" + "".join(f"&{k}=1" for k, on in options.items() if on)


def connect(path: Path, *, readonly: bool = False, uri: str | None = None) -> sqlite3.Connection:
    """A connection with the app's settings; transactions are managed explicitly.

    ``uri`` opens through that SQLite URI instead (see ``db.readonly``). A failure of the disk or
    a lock is raised as ``StorageError``.
    """
    if uri is None and readonly:
        uri = readonly_uri(Path(path).resolve())
    try:
        conn = sqlite3.connect(uri or str(path), uri=uri is not None, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        # Files travel between offices: never let their schema run functions on our side.
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        if uri is None:
            # WAL lets the app and a command read while one writes; it needs shared memory, which
            # a network share cannot give between machines: there, a rollback journal.
            conn.execute(f"PRAGMA journal_mode = {'DELETE' if on_network_share(Path(path)) else 'WAL'}")
            # FULL: an acknowledged edit survives a power cut, not only a crash.
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc, path) or exc
        raise
    return conn


def check_sqlite_header(path: Path) -> None:
    """Refuse anything that is not an SQLite database before SQLite itself touches it."""
    path = Path(path)
    if not path.exists():
        raise OfficeFileError.of("file_not_found", path=str(path))
    if path.is_dir():
        raise OfficeFileError.of("file_is_folder", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise OfficeFileError.of("file_unreadable", path=str(path), detail=str(exc.strerror or exc)) from exc
    if not head:
        raise OfficeFileError.of("file_empty", path=str(path))
    if head != SQLITE_HEADER:
        raise OfficeFileError.of("file_not_sqlite", path=str(path))


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; on any failure, the COMMIT's included, everything is rolled back.

    Inside an open transaction it nests (as sqlite-utils' ``atomic``): the block is a SAVEPOINT,
    released at its end, and a failure rolls back that block only; the outermost COMMIT stores all
    of it or none. With the file's ``path``, a full disk, a lock held too long, a read-only or
    vanished file is raised as ``StorageError`` naming it.
    """
    try:
        if conn.in_transaction:
            with _savepoint(conn):
                yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolls back by itself when the disk fails; keep the first error
            raise
    except sqlite3.Error as exc:
        error = storage_error(exc, path) if path is not None else None
        if error is None:
            raise
        raise error from exc


_savepoints = itertools.count(1)


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A block inside the open transaction: on failure its changes alone are undone."""
    name = f"habitat_{next(_savepoints)}"  # unique, so that a block can only release its own
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back everything already (a full disk)
            try:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            except sqlite3.Error:
                pass  # keep the first error; the outermost level rolls back all
        raise
    conn.execute(f"RELEASE {name}")


def hold_if_shared(path: Path, who: str | None) -> Callable[[], None] | None:
    """On a network share, take the writer's lock file; None elsewhere (SQLite's locks suffice)."""
    if not on_network_share(path):
        return None
    try:
        return hold_writer_lock(path, who or default_user())
    except FileInUse as exc:
        holder = str(exc.holder) if exc.holder else f"another program (see {lock_file(path).name})"
        raise StorageError(LOCKED, path, holder=holder) from None
    except OSError as exc:
        raise storage_error(exc, path) or OfficeFileError.of("file_not_lockable", path=str(path),
                                                             detail=str(exc)) from exc

