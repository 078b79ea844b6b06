"""Work around a reference-counting bug of PySide6 6.12 on Python 3.11.

PySide6 6.12 turns an empty QVariant coming back from Qt (``index.data(role)`` for a role a model
does not fill, ``QStandardItem.data``, …) into ``None`` without taking a reference to it. Each
such call takes one reference away from ``None``; after enough of them Python aborts with
"Fatal Python error: none_dealloc" (measured: about one lost reference per call, and the test
suite alone crashes the interpreter at exit). From Python 3.12 on ``None`` is immortal and the bug
is harmless, so there we do nothing; on 3.11 we give ``None`` a reserve of references far larger
than any session can spend, which is what 3.12 does for it.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def apply() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or getattr(apply, "done", False):
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    apply.done = True
