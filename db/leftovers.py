"""Temporary files of the app: named after the process that makes them, swept when it is gone.

Work in progress lives in two kinds of places: private folders in the temporary folder (a checked
copy of an office file, a dry-run merge, a read-only copy) and hidden files beside an output being
written (``.annex.pdf.4242-1a2b3c4d.tmp``, renamed over the output when complete). Both carry the
number of the process that made them. A kill or a power cut leaves them behind; the next start
removes those whose process is no longer running on this computer, and nothing else: another
running program's work is never touched. Leftovers of older versions (no process number) are
removed once a day old. In a folder on a network share, where the process may be on another
computer, only age counts.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from db.sharing import _process_alive, on_network_share

FOLDER_KINDS = ("untrusted", "dry-run", "copy")
# habitat-untrusted-4242-k2j3h4 (this version), habitat-untrusted-k2j3h4 (older versions)
_FOLDER = re.compile(r"habitat-(?:%s)-(?:(?P<pid>\d+)-)?[^/\\]+" % "|".join(map(re.escape, FOLDER_KINDS)))
# .annex.pdf.4242-1a2b3c4d.tmp (this version), .annex.pdf.1a2b3c4d.tmp or .annex.pdf.x8_k2j.tmp
# (older versions), each perhaps with SQLite's -wal, -shm or -journal
_HIDDEN = re.compile(r"\..+\.(?:(?P<pid>\d+)-[0-9a-f]{8}|[0-9a-z_]{8})\.tmp(?:-wal|-shm|-journal)?")
OLD_ENOUGH_S = 24 * 3600


def private_folder(kind: str) -> tempfile.TemporaryDirectory:
    """A new private folder in the temporary folder, named after this process (see the module)."""
    assert kind in FOLDER_KINDS
    return tempfile.TemporaryDirectory(prefix=f"habitat-{kind}-{os.getpid()}-")


def make_private_folder(kind: str) -> Path:
    """As ``private_folder``, for a folder the caller removes itself."""
    assert kind in FOLDER_KINDS
    return Path(tempfile.mkdtemp(prefix=f"habitat-{kind}-{os.getpid()}-"))


def temporary_name(path: Path) -> Path:
    """The hidden name a file is written under before it is renamed to ``path``."""
    path = Path(path)
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def _abandoned(entry: Path, pid: str | None, by_age_only: bool, now: float) -> bool:
    if pid is not None and not by_age_only:
        number = int(pid)
        return number != os.getpid() and not _process_alive(number)
    try:
        return now - entry.lstat().st_mtime > OLD_ENOUGH_S
    except OSError:
        return False


def sweep(folders: Iterable[Path] = (), *, temp: Path | None = None) -> list[Path]:
    """Remove the app's abandoned temporary files: in the temporary folder, and hidden ``.tmp``
    files in ``folders`` (where outputs and results files were written). Returns what was removed.

    Never raises: a file that cannot be removed (in use, no permission) is left for next time.
    """
    now = time.time()
    removed: list[Path] = []
    temp = Path(temp or tempfile.gettempdir())
    for entry in _entries(temp):
        match = _FOLDER.fullmatch(entry.name)
        if match and entry.is_dir() and not entry.is_symlink() and _abandoned(entry, match["pid"], False, now):
            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                removed.append(entry)
    for folder in dict.fromkeys(Path(f) for f in folders):
        shared = on_network_share(folder)
        for entry in _entries(folder):
            match = _HIDDEN.fullmatch(entry.name)
            if match and entry.is_file() and not entry.is_symlink() and _abandoned(entry, match["pid"], shared, now):
                try:
                    entry.unlink()
                    removed.append(entry)
                except OSError:
                    pass
    return removed


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
