"""Results files in a shared folder on the network: detected, and written by one person at a time.

SQLite's WAL mode keeps its locks in shared memory, which computers do not share over a network
file system, and the byte-range locks of NFS and SMB are not to be trusted either. So on a
network share a results file is written with a rollback journal, and a writer first makes a lock
file beside it (``.~lock.NAME#``, as office suites do) naming the user, the computer and the time;
a second writer finds it and is refused with that name. Readers (list, export) need no lock.

``HABITAT_RESULTS_NETWORK_FOLDERS`` (folders separated by ``os.pathsep``) makes the app treat
those folders as network shares: for tests, and for shares the detection misses.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

NETWORK_FOLDERS_ENV = "HABITAT_RESULTS_NETWORK_FOLDERS"
# File systems of /proc/mounts that live on another computer (or behave as if they did).
NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
                        "ceph", "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "vboxsf",
                        "fuse.sshfs", "fuse.glusterfs", "fuse.davfs2", "fuse.rclone", "fuse.cephfs"}
LOCK_PREFIX = ".~lock."
DRIVE_REMOTE = 4  # GetDriveTypeW: a network (mapped) drive


def on_network_share(path: Path) -> bool:
    """Whether ``path`` lies on a network share (a UNC path, a mapped drive, NFS, SMB...)."""
    path = _absolute(Path(path))
    for folder in filter(None, os.environ.get(NETWORK_FOLDERS_ENV, "").split(os.pathsep)):
        if path.is_relative_to(_absolute(Path(folder))):
            return True
    try:
        if os.name == "nt":
            return _windows_remote(path)
        if sys.platform.startswith("linux"):
            return _linux_file_system(path) in NETWORK_FILE_SYSTEMS
        if sys.platform == "darwin":
            return _mac_remote(path)
    except (OSError, ValueError, AttributeError):
        pass  # cannot tell: a local disk, as before
    return False


def _absolute(path: Path) -> Path:
    """The path with links resolved as far as it exists (the file itself may not exist yet)."""
    path = path.absolute()
    for parent in (path, *path.parents):
        if parent.exists():
            return parent.resolve() / path.relative_to(parent)
    return path


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share, or \\?\UNC\server\share
        return not text.startswith("\\\\?\\") or text.upper().startswith("\\\\?\\UNC\\")
    if sys.platform != "win32":  # a drive letter's type is known only on Windows
        return False
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == DRIVE_REMOTE


def _linux_file_system(path: Path, mounts: str = "/proc/self/mounts") -> str:
    """The type of the file system holding ``path``: the longest mount point above it wins."""
    best, kind = -1, ""
    with open(mounts, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 3:
                continue
            point = Path(parts[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\"))
            if path.is_relative_to(point) and len(point.parts) > best:
                best, kind = len(point.parts), parts[2]
    return kind


def _mac_remote(path: Path) -> bool:
    import ctypes

    class StatFs(ctypes.Structure):  # struct statfs of macOS (64-bit inodes)
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8)]

    libc = ctypes.CDLL(None)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    info = StatFs()
    existing = next(p for p in (path, *path.parents) if p.exists())
    if statfs(os.fsencode(existing), ctypes.byref(info)) != 0:
        return False
    mnt_local = 0x1000
    return not info.f_flags & mnt_local


# --- the writer's lock file ----------------------------------------------------------------------

@dataclass(frozen=True)
class Holder:
    """Who holds a results file open for writing, as its lock file says."""

    user: str
    machine: str
    since: str
    pid: int = 0

    def __str__(self) -> str:
        return f"{self.user} on {self.machine} (since {self.since})"

    @property
    def is_me(self) -> bool:
        return self.machine == socket.gethostname() and self.pid == os.getpid()


def lock_file(path: Path) -> Path:
    return Path(path).with_name(f"{LOCK_PREFIX}{Path(path).name}#")


def read_holder(path: Path) -> Holder | None:
    """The holder named by ``path``'s lock file; None if there is none (or it cannot be read)."""
    try:
        data = json.loads(lock_file(path).read_text(encoding="utf-8"))
        return Holder(str(data["user"]), str(data["machine"]), str(data["since"]), int(data.get("pid", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _settled_holder(path: Path, tries: int = 25) -> Holder | None:
    """The holder of ``path``'s lock file, read again for a moment while the file is empty or
    half written: its maker creates it, then writes its name (a reader in between would say
    "another program" instead of naming the person)."""
    for _ in range(tries):
        holder = read_holder(path)
        if holder is not None or not lock_file(path).exists():
            return holder
        time.sleep(0.02)
    return None


_held: dict[Path, int] = {}  # lock files this process holds, with how many opens use each
_held_guard = threading.Lock()


class FileInUse(Exception):
    """Another writer holds the lock file; ``holder`` names it (None if the file is unreadable)."""

    def __init__(self, holder: Holder | None):
        self.holder = holder
        super().__init__(str(holder) if holder else "")


def hold_writer_lock(path: Path, user: str) -> Callable[[], None]:
    """Take the lock file of ``path`` (or share this process's); returns the function releasing it.

    Raises FileInUse if another process holds it. A lock left by a process of this computer that
    is no longer running (a crash) is taken over.
    """
    lock = _absolute(lock_file(path))
    with _held_guard:
        if lock in _held:
            _held[lock] += 1
            return lambda: _release(lock)
        for attempt in range(2):
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = _settled_holder(path)
                if attempt == 0 and ((holder is not None and _stale(holder)) or not lock.exists()):
                    lock.unlink(missing_ok=True)  # a crashed holder's lock, or one released meanwhile
                    continue
                raise FileInUse(holder) from None
            me = {"user": user, "machine": socket.gethostname(), "pid": os.getpid(),
                  "since": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                  "app": "Habitat Results"}
            try:
                os.write(fd, json.dumps(me, ensure_ascii=False).encode("utf-8"))
                os.fsync(fd)
            except OSError:
                os.close(fd)
                lock.unlink(missing_ok=True)
                raise
            os.close(fd)
            _held[lock] = 1
            return lambda: _release(lock)
    raise AssertionError("unreachable")


def _release(lock: Path) -> None:
    with _held_guard:
        count = _held.get(lock, 0) - 1
        if count > 0:
            _held[lock] = count
            return
        _held.pop(lock, None)
        holder = read_holder(lock.with_name(lock.name[len(LOCK_PREFIX):-1]))
        if holder is not None and holder.is_me:  # never remove a lock another process took over
            lock.unlink(missing_ok=True)


def _stale(holder: Holder) -> bool:
    """A lock of this computer whose process is gone. Another computer's lock is never stale here."""
    if holder.machine != socket.gethostname() or holder.pid <= 0 or holder.pid == os.getpid():
        return False
    return not _process_alive(holder.pid)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
