"""The PySide6 desktop app (the only package that imports Qt)."""

from desktop import _qtfix

_qtfix.apply()
