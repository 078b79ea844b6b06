"""Killing the app in the middle of a stream of edits loses nothing that was acknowledged."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from db.officefile import ResultsFile

ROOT = Path(__file__).resolve().parents[1]

# Edits go through the grid's own model, exactly as the window makes them; one line is printed
# after each edit has been committed.
EDITOR = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    from db.officefile import ResultsFile
    from desktop.models import COLUMNS, RecordTableModel

    results = ResultsFile.open(sys.argv[1])
    model = RecordTableModel(results)
    model.set_scope(["1.1.a"], 2025)
    n = 0
    while True:
        n += 1
        row = model.add_new_row({"city": f"City {n}"})
        model.setData(model.index(row, COLUMNS.index("value")), n)
        print(f"add {n}", flush=True)
        model.setData(model.index(0, COLUMNS.index("source")), f"edit {n}")
        print(f"edit {n}", flush=True)
""")


def run_and_kill(path: Path, script: Path, acks_before_kill: int) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    acks = []
    try:
        while len(acks) < acks_before_kill:
            line = child.stdout.readline()
            assert line, f"the editor stopped early: {child.stderr.read()}"
            acks.append(line.strip())
        time.sleep(random.uniform(0, 0.02))  # land the kill anywhere inside the next edit
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
        rest, _ = child.communicate(timeout=10)
    # Lines already in the pipe were printed after their commit: they count as acknowledged too.
    return acks + [line.strip() for line in rest.splitlines() if line.strip()]


def test_killed_mid_stream_keeps_every_acknowledged_edit(office_path, tmp_path):
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    acknowledged_adds = 0
    for round_ in range(2):
        acks = run_and_kill(office_path, script, acks_before_kill=30 + 7 * round_)
        conn = sqlite3.connect(office_path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        with ResultsFile.open(office_path) as results:
            assert results.check() == []
            records = results.records(indicator="1.1.a", year=2025)
            added = [int(a.split()[1]) for a in acks if a.startswith("add ")]
            acknowledged_adds += len(added)
            assert set(added) <= {r.value for r in records}
            # A commit may land just before the kill, unacknowledged: never fewer, at most one more.
            assert acknowledged_adds <= len(records) <= acknowledged_adds + round_ + 1
            # Each round numbers its edits afresh; the first record carries the round's last edit.
            edits = [int(a.split()[1]) for a in acks if a.startswith("edit ")]
            assert int(records[0].source.split()[1]) >= max(edits)
