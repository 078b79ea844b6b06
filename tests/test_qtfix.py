"""The work-around for PySide6's lost references (desktop/_qtfix.py), in a child interpreter: the
bug shows as an abort of the whole process, which a test inside this one could not report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import desktop  # applies the work-around
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal

app = QCoreApplication([])

class Reporter(QObject):
    progressed = Signal(int)

reporter = Reporter()
seen = []
reporter.progressed.connect(seen.append)
for step in range(20000):  # a long import or export reports progress this often
    reporter.progressed.emit(step)
    QModelIndex().data()  # an empty QVariant comes back as None
assert len(seen) == 20000
print("survived")
"""


def test_signals_and_empty_values_do_not_use_up_true_false_or_none():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
