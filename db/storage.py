"""Failures of the disk and of SQLite under a results file, in the users' words.

SQLite and the operating system say "database or disk is full", "database is locked",
"attempt to write a readonly database", ``[Errno 28]``... ``storage_error`` turns each into one
``StorageError`` with a code (what the app translates by) and the file's path; its English text
is what the command line prints. Where the other holder of a lock can be known (Linux, through the
lock itself; a network share, through the app's lock file) it is named.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import shutil
import struct
import sys
from pathlib import Path

from db import errors
from db.errors import HabitatError

# SQLite's primary result codes (sqlite3.h), as Python 3.11+ reports them in sqlite_errorcode.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_FULL, SQLITE_CANTOPEN = 13, 14

DISK_FULL = "disk_full"
LOCKED = "locked"
READ_ONLY = "read_only"
OUTPUT_READ_ONLY = "output_read_only"  # a file being written (an export, a template), not a results file
VANISHED = "vanished"
CHANGED = "changed"
DISK_ERROR = "disk_error"

# The English text of each code (registered with every other code in db.errors); {path},
# {holder} and {detail} are filled in. The app translates by code (desktop/problem_text.py).
MESSAGES = {code: errors.MESSAGES[code] for code in (DISK_FULL, LOCKED, READ_ONLY, VANISHED, CHANGED,
                                                     DISK_ERROR, OUTPUT_READ_ONLY)}
ANOTHER_PROGRAM = "another program"
ALMOST_FULL = 1 << 20  # bytes free below which an I/O error is taken for a full disk


class StorageError(HabitatError):
    """The disk or the file refused a read or a write; ``code`` says which (see ``MESSAGES``)."""

    def __init__(self, code: str, path: Path | str, *, holder: str = "", detail: str = ""):
        self.path = str(path)
        self.holder = holder or ANOTHER_PROGRAM
        self.detail = detail
        params = {"path": self.path, "holder": self.holder, "detail": detail}
        super().__init__(errors.say(code, params), code=code, params=params)


_OS_CODES = {errno.ENOSPC: DISK_FULL, errno.EFBIG: DISK_FULL, errno.EROFS: READ_ONLY,
             errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY, errno.ENOENT: VANISHED,
             errno.EIO: DISK_ERROR}
if hasattr(errno, "EDQUOT"):
    _OS_CODES[errno.EDQUOT] = DISK_FULL
# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (another program has the file open).
_WINDOWS_LOCKED = (32, 33)


def storage_error(exc: BaseException, path: Path | str) -> StorageError | None:
    """The StorageError that ``exc`` (from SQLite or the OS) means for ``path``; None if none does."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc)
        if primary == SQLITE_FULL or "disk is full" in text:
            return StorageError(DISK_FULL, path)
        if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
            return StorageError(LOCKED, path, holder=lock_holder(Path(path)))
        if primary == SQLITE_READONLY or "readonly database" in text:
            return StorageError(READ_ONLY, path)
        if primary == SQLITE_IOERR or "disk I/O error" in text:
            if not Path(path).exists():
                return StorageError(VANISHED, path)
            # A full disk often shows as an I/O error (the -shm cannot grow): say what it is.
            return StorageError(DISK_FULL if _almost_full(Path(path)) else DISK_ERROR, path, detail=text)
        if primary == SQLITE_CANTOPEN and not Path(path).parent.exists():
            return StorageError(VANISHED, path)
        if primary == SQLITE_CANTOPEN and on_read_only_medium(Path(path)):
            return StorageError(READ_ONLY, path)  # its -wal, -shm or journal cannot be made there
        return None
    if isinstance(exc, OSError):
        if getattr(exc, "winerror", None) in _WINDOWS_LOCKED:
            return StorageError(LOCKED, path)
        code = _OS_CODES.get(exc.errno) if exc.errno is not None else None
        if code == DISK_ERROR and _almost_full(Path(path)):
            code = DISK_FULL
        if code is not None:
            return StorageError(code, path, detail=exc.strerror or str(exc))
    return None


def output_error(exc: BaseException, path: Path | str) -> StorageError | None:
    """What ``exc`` means for an output being written (an export, a template, feedback): a full
    disk in the same words as for a results file; a read-only folder asks for another folder."""
    error = storage_error(exc, path)
    if error is not None and error.code == READ_ONLY:
        return StorageError(OUTPUT_READ_ONLY, path, detail=error.detail)
    if error is not None and error.code in (DISK_FULL, LOCKED):
        return error
    return None


def on_read_only_medium(path: Path) -> bool:
    """Whether ``path`` (or, if it does not exist yet, its folder) cannot be written, nor files
    made beside it: a CD, a write-protected stick, a read-only folder or file, no permission.

    Asked of the system (``access``), so nothing is written to find out. SQLite needs its folder
    too: it makes the ``-wal`` and ``-shm`` (or the journal) beside the file.
    """
    path = Path(path)
    # The rights this process acts with (a program started by another user on its behalf).
    effective = os.access in os.supports_effective_ids
    try:
        folder = path.absolute().parent
        if path.exists() and not os.access(path, os.W_OK, effective_ids=effective):
            return True
        return folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective)
    except (OSError, ValueError):
        return False


def refuse_read_only_medium(path: Path) -> None:
    """Raise ``StorageError`` (READ_ONLY) before a write is tried on a file of a read-only medium."""
    if on_read_only_medium(path):
        raise StorageError(READ_ONLY, path)


def _almost_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < ALMOST_FULL
    except OSError:
        return False


def lock_holder(path: Path) -> str:
    """Who holds the write lock on ``path``: a person, a program, or '' if that cannot be known.

    The app's lock file names a person (network shares); else, on Linux only, through the lock
    itself (``F_GETLK`` names the process): in WAL mode the writer holds byte 120 of the ``-shm``
    file, in rollback mode the RESERVED byte of the file.
    """
    from db.sharing import read_holder

    holder = read_holder(path)  # a network share: the writer's lock file names a person
    if holder is not None:
        return str(holder)
    if not sys.platform.startswith("linux"):
        return ""
    for target, offset in ((path.with_name(path.name + "-shm"), 120), (path, 0x40000001),
                           (path, 0x40000000)):
        pid = _locking_pid(target, offset)
        if pid and pid != os.getpid():
            return describe_process(pid)
    return ""


def _locking_pid(target: Path, offset: int) -> int | None:
    import fcntl

    try:
        fd = os.open(target, os.O_RDONLY)
    except OSError:
        return None
    try:
        # struct flock on Linux: l_type, l_whence (short), l_start, l_len (off_t), l_pid (pid_t).
        query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, offset, 1, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query + b"\0" * 4)
        kind, _, _, _, pid = struct.unpack("hhqqi", answer[:struct.calcsize("hhqqi")])
        return pid if kind != fcntl.F_UNLCK else None
    except OSError:
        return None
    finally:
        os.close(fd)


def describe_process(pid: int) -> str:
    """'python3 (process 4242, user alice)' from /proc; 'process 4242' if that cannot be read."""
    proc = Path("/proc") / str(pid)
    try:
        name = (proc / "comm").read_text(encoding="utf-8", errors="replace").strip()
        import pwd

        user = pwd.getpwuid(proc.stat().st_uid).pw_name
        return f"{name} (process {pid}, user {user})"
    except (OSError, KeyError, ImportError):
        return f"process {pid}"
