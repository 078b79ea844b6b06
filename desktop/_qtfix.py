"""Work around reference-counting bugs of PySide6 6.12 on Python 3.11.

PySide6 6.12 turns an empty QVariant coming back from Qt (``index.data(role)`` for a role a model
does not fill, ``QStandardItem.data``, …) into ``None`` without taking a reference to it, and
``Signal.emit()`` returns ``True`` without taking one either. Each such call takes one reference
away from ``None`` or ``True``; after enough of them Python aborts with "Fatal Python error:
none_dealloc" or "bool_dealloc" (measured: one lost reference per call; the test suite alone
crashed the interpreter at exit, and a job reporting progress a few hundred times crashed it in
the middle of a session). From Python 3.12 on ``None``, ``True`` and ``False`` are immortal and the
bugs are harmless, so there we do nothing; on 3.11 we give them a reserve of references far larger
than any session can spend, which is what 3.12 does for them.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def apply() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or getattr(apply, "done", False):
        return
    # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += RESERVE
    apply.done = True
