"""A read-only medium for tests: a folder and file that cannot be written, as on a CD.

Root may write anything whatever the permissions say (its capability CAP_DAC_OVERRIDE), and tests
run as root on CI. So while ``as_ordinary_user`` is active the test's thread gives up that one
capability (``capset``; taken back afterwards): the permissions then bind as they bind an office's
user, SQLite cannot open the file for writing nor make files beside it, and ``access`` says what a
read-only disk says. Reading stays as it was. Under an ordinary account the permissions alone do it.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="folder permissions, and capabilities for root, as Linux has them")
CAP_DAC_OVERRIDE = 1
_CAPABILITY_VERSION_3 = 0x20080522


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _capabilities(change=None) -> int:
    """This thread's effective capabilities (the low 32); with ``change``, set them to change(old) first."""
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _Header(_CAPABILITY_VERSION_3, 0), (_Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    old = data[0].effective
    if change is not None:
        data[0].effective = change(old)
        if libc.capset(ctypes.byref(header), data) != 0:
            raise OSError(ctypes.get_errno(), "capset")
    return old


@contextmanager
def as_ordinary_user() -> Iterator[None]:
    """Within the block, this thread writes only where the permissions let an ordinary user write."""
    if os.geteuid() != 0:
        yield
        return
    old = _capabilities(lambda caps: caps & ~(1 << CAP_DAC_OVERRIDE))
    try:
        yield
    finally:
        _capabilities(lambda caps: old)


class Medium:
    """``folder``: read-only, holding copies of the files given; ``desk``: a folder anyone may write."""

    def __init__(self, files: list[Path]):
        self.base = Path(tempfile.mkdtemp(prefix="medium-"))
        self.base.chmod(0o755)
        self.folder = self.base / "cd"
        self.desk = self.base / "desk"
        self.folder.mkdir()
        self.desk.mkdir()
        self.desk.chmod(0o777)
        self.files = []
        for file in files:
            copy = self.folder / file.name
            shutil.copyfile(file, copy)
            copy.chmod(0o444)
            self.files.append(copy)
        self.folder.chmod(0o555)

    def state(self) -> dict[str, bytes]:
        """Every file in the read-only folder with its bytes: what must not change."""
        return {p.name: p.read_bytes() for p in sorted(self.folder.iterdir())}

    def remove(self) -> None:
        self.folder.chmod(stat.S_IRWXU)
        shutil.rmtree(self.base, ignore_errors=True)


def media():
    """For a fixture (``yield from media()``): ``make(path, ...)`` puts copies of the files on a
    read-only medium; each is removed afterwards."""
    made: list[Medium] = []

    def make(*files: Path) -> Medium:
        made.append(Medium([Path(f) for f in files]))
        return made[-1]

    yield make
    for medium in made:
        medium.remove()
