"""Benchmark of the desktop app, each figure next to a floor measured in the same run.

    python bench/bench_desktop.py [--records 200000] [--repeat 3]

- start-up to a shown window (a fresh process, file open, first paint) vs. a bare QMainWindow;
- opening and scrolling an office file whose 200,000 records sit under one indicator and year
  (the worst case for the grid) vs. plain SQLite reads of the same rows;
- saving one edit through the grid (validated, audited, synchronous=FULL) vs. a plain SQLite
  UPDATE in its own transaction with the same durability settings.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_APP = """
import sys, time
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
app = QApplication([])
window = create_window(sys.argv[1] if len(sys.argv) > 1 else None)
window.show()
app.processEvents()
window.grab()  # the first full paint
print(time.time())
"""

STARTUP_BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 820)
window.show()
app.processEvents()
window.grab()
print(time.time())
"""


def process_time(code: str, *args: str, env: dict) -> float:
    """From launching a fresh interpreter to the point where ``code`` prints the wall clock."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def make_file(path: Path, records: int) -> None:
    from db.officefile import Office, ResultsFile

    with ResultsFile.create(path, Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")) as results:
        chunk = 20_000
        for start in range(0, records, chunk):
            results.add_records([{"indicator": "1.1.a", "year": 2025, "value": 100 + n, "country": "KEN",
                                  "city": f"City {n % 700}", "source": "benchmark",
                                  "narrative": "Community-led upgrading improved access to water."}
                                 for n in range(start, min(records, start + chunk))], who="bench")


def median_of(fn, repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HABITAT_RESULTS_HOME": str(tmp / "home")}
        os.environ["HABITAT_RESULTS_HOME"] = env["HABITAT_RESULTS_HOME"]
        big = tmp / "big.habitat"
        t = time.perf_counter()
        make_file(big, args.records)
        print(f"made {args.records:,} records through the API in {time.perf_counter() - t:.1f} s "
              f"({big.stat().st_size / 1e6:.0f} MB)")
        small = tmp / "small.habitat"
        from db.officefile import Office, ResultsFile

        ResultsFile.create(small, Office("KEN", "Kenya", "KEN")).close()
        # Warm the .qm build and the OS file cache so that every run measures the same thing.
        process_time(STARTUP_APP, str(small), env=env)
        process_time(STARTUP_BARE, env=env)

        rows = []
        bare = median_of(lambda: process_time(STARTUP_BARE, env=env), args.repeat)
        app_small = median_of(lambda: process_time(STARTUP_APP, str(small), env=env), args.repeat)
        app_big = median_of(lambda: process_time(STARTUP_APP, str(big), env=env), args.repeat)
        rows.append(("start-up to a shown window, empty office file", app_small, "bare QMainWindow start", bare))
        rows.append((f"start-up to a shown window, {args.records:,}-record file", app_big,
                     "bare QMainWindow start", bare))

        # --- in-process: open, scroll, edit ----------------------------------------------------------
        from PySide6.QtWidgets import QApplication

        from desktop.app import create_window
        from desktop.models import COLUMNS
        from desktop.settings import Settings

        app = QApplication.instance() or QApplication([])
        window = create_window(small, Settings(), lang="en")
        window.show()
        app.processEvents()

        def open_big() -> float:
            window._scope = None  # the default view: the first outcome, 1.1, holding all the rows
            start = time.perf_counter()
            window.open_file(big)
            app.processEvents()
            window.grid.viewport().repaint()
            return time.perf_counter() - start

        def plain_open() -> float:
            start = time.perf_counter()
            conn = sqlite3.connect(big)
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM record WHERE indicator = ? AND year = ? AND deleted = 0 "
                "ORDER BY indicator, year, created_at, id", ("1.1.a", 2025))]
            conn.execute(f"SELECT * FROM record WHERE id IN ({','.join('?' * 256)})", ids[:256]).fetchall()
            conn.close()
            return time.perf_counter() - start

        open_time = median_of(open_big, args.repeat)
        open_floor = median_of(plain_open, args.repeat)
        model = window.record_model
        assert model.rowCount() == args.records, model.rowCount()
        rows.append((f"open the file and show the {args.records:,} rows of outcome 1.1 in 2025", open_time,
                     "plain SQLite: ordered ids + one page", open_floor))

        rng = random.Random(1)
        bar = window.grid.verticalScrollBar()
        jumps = [rng.randrange(bar.maximum()) for _ in range(40)]

        def scroll() -> float:
            times = []
            for position in jumps:
                start = time.perf_counter()
                bar.setValue(position)
                app.processEvents()
                window.grid.viewport().repaint()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        conn = sqlite3.connect(big)
        all_ids = [r[0] for r in conn.execute(
            "SELECT id FROM record WHERE indicator = '1.1.a' AND year = 2025 AND deleted = 0 "
            "ORDER BY indicator, year, created_at, id")]

        def plain_page() -> float:
            times = []
            for position in jumps:
                page = all_ids[position:position + 256]
                start = time.perf_counter()
                conn.execute(f"SELECT * FROM record WHERE id IN ({','.join('?' * len(page))})", page).fetchall()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        model._pages.clear()
        scroll_time = scroll()  # pages not yet read: the worst case
        scroll_floor = plain_page()
        rows.append(("scroll to a random place and repaint (median of 40 jumps)", scroll_time,
                     "plain SQLite read of one 256-row page", scroll_floor))
        conn.close()

        # The same jumps in a bare QTableView over an in-memory model of the same shape.
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QTableView

        bare_model = QStandardItemModel(args.records, len(COLUMNS))
        for r in range(0, args.records, max(1, args.records // 2000)):
            for c in range(len(COLUMNS)):
                bare_model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
        view = QTableView()
        view.setModel(bare_model)
        view.resize(window.grid.size())
        view.verticalHeader().setDefaultSectionSize(window.grid.verticalHeader().defaultSectionSize())
        view.show()
        app.processEvents()
        bare_bar = view.verticalScrollBar()

        def bare_scroll() -> float:
            times = []
            for position in jumps:
                start = time.perf_counter()
                bare_bar.setValue(min(position, bare_bar.maximum()))
                app.processEvents()
                view.viewport().repaint()
                times.append(time.perf_counter() - start)
            return statistics.median(times)

        rows.append(("scroll to a random place and repaint (median of 40 jumps)", scroll_time,
                     "bare QTableView over an in-memory model", bare_scroll()))
        view.close()

        # --- one edit -------------------------------------------------------------------------------
        column = COLUMNS.index("value")
        edits = []
        for n in range(30):
            row = rng.randrange(model.rowCount())
            index = model.index(row, column)
            start = time.perf_counter()
            assert model.setData(index, 5000 + n)
            edits.append(time.perf_counter() - start)
        conn = sqlite3.connect(big, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        plain = []
        for n in range(30):
            record_id = rng.choice(all_ids)
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE record SET value = ? WHERE id = ?", (7000 + n, record_id))
            conn.execute("COMMIT")
            plain.append(time.perf_counter() - start)
        conn.close()
        rows.append(("save one edit from the grid (median of 30)", statistics.median(edits),
                     "plain SQLite UPDATE, own transaction, FULL sync", statistics.median(plain)))
        window.close()

    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'app':>9}  {'floor':>9}  ratio  floor is")
    for name, value, floor_name, floor in rows:
        print(f"{name:<{width}}  {value * 1000:7.1f}ms  {floor * 1000:7.1f}ms  {value / floor:5.1f}  {floor_name}")


if __name__ == "__main__":
    main()
