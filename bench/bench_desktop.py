"""Benchmark of the desktop app, each figure next to a floor measured in the same run.

    python bench/bench_desktop.py [--records 200000] [--repeat 3]

- start-up to a shown window (a fresh process, file open, first paint) vs. a bare QMainWindow;
- opening and scrolling an office file whose 200,000 records sit under one indicator and year
  (the worst case for the grid) vs. plain SQLite reads of the same rows, and vs. a bare
  QTableView over a minimal Python model of the same shape;
- saving one edit through the grid (validated, audited, synchronous=FULL) vs. a plain SQLite
  UPDATE in its own transaction with the same durability settings.

``bench/run_all.py`` calls the functions below, each side in its own process.
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
INDICATOR, YEAR = "1.1.a", 2025  # where make_file puts every record
JUMPS = 40
EDITS = 30
PAGE = 256


def process_time(code: str, *args: str, env: dict) -> float:
    """From launching a fresh interpreter to the point where ``code`` prints the wall clock."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def make_file(path: Path, records: int) -> None:
    """An office file with ``records`` draft records under one indicator and year, made by the API."""
    from db.officefile import Office, ResultsFile

    with ResultsFile.create(path, Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")) as results:
        chunk = 20_000
        for start in range(0, records, chunk):
            results.add_records([{"indicator": INDICATOR, "year": YEAR, "value": 100 + n, "country": "KEN",
                                  "city": f"City {n % 700}", "source": "benchmark",
                                  "narrative": "Community-led upgrading improved access to water."}
                                 for n in range(start, min(records, start + chunk))], who="bench")
        results.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def median_of(fn, repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def _env(home: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "HABITAT_RESULTS_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen"}


def startup(app: bool, file: Path | None, repeat: int, home: Path) -> float:
    """Median start-up to a shown, painted window: the app with ``file`` open, or a bare QMainWindow."""
    env = _env(home)
    code, args = (STARTUP_APP, [str(file)] if file else []) if app else (STARTUP_BARE, [])
    process_time(code, *args, env=env)  # warm the .qm build and the OS file cache
    return median_of(lambda: process_time(code, *args, env=env), repeat)


def _qapp():
    from PySide6.QtWidgets import QApplication

    # Not ``QApplication.instance() or ...``: asking for the instance before one exists has crashed
    # this PySide6 ("deallocating None") later in the process.
    try:
        return QApplication([])
    except RuntimeError:  # one exists already (main() runs both sides in one process)
        return QApplication.instance()


def _jumps(records: int) -> list[int]:
    rng = random.Random(1)
    return [rng.randrange(max(1, records - 50)) for _ in range(JUMPS)]


def grid_app(big: Path, small: Path, repeat: int, home: Path) -> dict:
    """Open ``big`` in the window, jump around its grid, save edits; seconds, and the grid geometry."""
    os.environ["HABITAT_RESULTS_HOME"] = str(home)
    from desktop.app import create_window
    from desktop.vocabulary import COLUMNS
    from desktop.overview import OverviewTabs
    from desktop.settings import Settings

    OverviewTabs.start_on_overview = False  # the grid is measured: files open on their records
    app = _qapp()
    window = create_window(small, Settings(), lang="en")
    window.show()
    app.processEvents()

    def open_big() -> float:
        window.nav.scope = None  # the default view: the first outcome, 1.1, holding all the rows
        start = time.perf_counter()
        window.open_file(big)
        app.processEvents()
        window.grid.viewport().repaint()
        return time.perf_counter() - start

    opened = median_of(open_big, repeat)
    model = window.record_model
    bar = window.grid.verticalScrollBar()
    model._pages.clear()  # pages not yet read: the worst case
    times = []
    for position in _jumps(model.rowCount()):
        start = time.perf_counter()
        bar.setValue(min(position, bar.maximum()))
        app.processEvents()
        window.grid.viewport().repaint()
        times.append(time.perf_counter() - start)
    scrolled = statistics.median(times)

    column = COLUMNS.index("value")
    rng = random.Random(2)
    edits = []
    for n in range(EDITS):
        index = model.index(rng.randrange(model.rowCount()), column)
        start = time.perf_counter()
        assert model.setData(index, 5000 + n)
        edits.append(time.perf_counter() - start)
    size = window.grid.size()
    result = {"rows": model.rowCount(), "open": opened, "scroll": scrolled, "edit": statistics.median(edits),
              "width": size.width(), "height": size.height(),
              "row_height": window.grid.verticalHeader().defaultSectionSize(), "columns": len(COLUMNS)}
    window.close()
    return result


def overview_app(hq: Path, repeat: int, home: Path) -> dict:
    """The overview of ``hq``: from showing its tab to the page drawn (figures computed off the GUI thread).

    The window has the file open on its records; showing the overview computes it (the annex
    aggregation, the office × year completeness, the check's blocking problems) and draws it.
    The floor, measured by ``bench/run_all.py`` in its own process, is that aggregation alone.
    """
    os.environ["HABITAT_RESULTS_HOME"] = str(home)
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.app import create_window
    from desktop.overview import OverviewTabs
    from desktop.settings import Settings

    OverviewTabs.start_on_overview = False
    app = _qapp()
    times = []
    for _ in range(repeat):
        window = create_window(hq, Settings(), lang="en")
        window.show()
        app.processEvents()
        page = window.overview_tabs.page
        # Waiting in Qt's event loop, as the app does: a loop polling every millisecond would take
        # the GIL from the thread computing the figures a thousand times a second.
        waiting, done = QEventLoop(), []
        page.ready.connect(lambda loop=waiting, done=done: (done.append(True), loop.quit()))
        start = time.perf_counter()
        window.overview_tabs.setCurrentWidget(page)
        if not done:
            QTimer.singleShot(600_000, waiting.quit)
            waiting.exec()
        if not done:
            raise RuntimeError(f"the overview of {hq} was not drawn within 10 minutes")
        window.grab()  # the page drawn
        times.append(time.perf_counter() - start)
        charts = len(page.charts)
        window.close()
        window.deleteLater()
        app.processEvents()
    return {"seconds": statistics.median(times), "charts": charts}


def grid_floor(big: Path, repeat: int, width: int, height: int, row_height: int, columns: int) -> dict:
    """The floors of ``grid_app``: plain SQLite reads, a bare QTableView, a plain UPDATE."""
    def plain_open() -> float:
        start = time.perf_counter()
        conn = sqlite3.connect(big)
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM record WHERE indicator = ? AND year = ? AND deleted = 0 "
            "ORDER BY indicator, year, created_at, rowid", (INDICATOR, YEAR))]
        conn.execute(f"SELECT * FROM record WHERE id IN ({','.join('?' * PAGE)})", ids[:PAGE]).fetchall()
        conn.close()
        return time.perf_counter() - start

    opened = median_of(plain_open, repeat)
    conn = sqlite3.connect(big)
    all_ids = [r[0] for r in conn.execute(
        "SELECT id FROM record WHERE indicator = ? AND year = ? AND deleted = 0 "
        "ORDER BY indicator, year, created_at, rowid", (INDICATOR, YEAR))]
    times = []
    for position in _jumps(len(all_ids)):
        page = all_ids[position:position + PAGE]
        start = time.perf_counter()
        conn.execute(f"SELECT * FROM record WHERE id IN ({','.join('?' * len(page))})", page).fetchall()
        times.append(time.perf_counter() - start)
    page_read = statistics.median(times)
    conn.close()

    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView

    app = _qapp()
    rows = len(all_ids)

    class BareModel(QAbstractTableModel):
        """The least a Python table model does: a count, and a text made on demand per cell."""

        def rowCount(self, parent=None):
            return 0 if parent is not None and parent.isValid() else rows

        def columnCount(self, parent=None):
            return 0 if parent is not None and parent.isValid() else columns

        def data(self, index, role=Qt.DisplayRole):
            return f"cell {index.row()} {index.column()}" if role == Qt.DisplayRole else None

    bare_model = BareModel()
    view = QTableView()
    view.setModel(bare_model)
    view.resize(width, height)
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    times = []
    for position in _jumps(rows):
        start = time.perf_counter()
        bar.setValue(min(position, bar.maximum()))
        app.processEvents()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    scrolled = statistics.median(times)
    view.close()

    conn = sqlite3.connect(big, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    rng = random.Random(2)
    plain = []
    for n in range(EDITS):
        record_id = rng.choice(all_ids)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE record SET value = ? WHERE id = ?", (7000 + n, record_id))
        conn.execute("COMMIT")
        plain.append(time.perf_counter() - start)
    conn.close()
    return {"rows": rows, "open": opened, "page_read": page_read, "scroll": scrolled,
            "edit": statistics.median(plain)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        big = tmp / "big.habitat"
        t = time.perf_counter()
        make_file(big, args.records)
        print(f"made {args.records:,} records through the API in {time.perf_counter() - t:.1f} s "
              f"({big.stat().st_size / 1e6:.0f} MB)")
        small = tmp / "small.habitat"
        from db.officefile import Office, ResultsFile

        ResultsFile.create(small, Office("KEN", "Kenya", "KEN")).close()
        bare = startup(False, None, args.repeat, home)
        app_small = startup(True, small, args.repeat, home)
        app_big = startup(True, big, args.repeat, home)
        grid = grid_app(big, small, args.repeat, home)
        floor = grid_floor(big, args.repeat, grid["width"], grid["height"], grid["row_height"], grid["columns"])
        rows = [
            ("start-up to a shown window, empty office file", app_small, "bare QMainWindow start", bare),
            (f"start-up to a shown window, {args.records:,}-record file", app_big, "bare QMainWindow start", bare),
            (f"open the file and show the {args.records:,} rows of outcome 1.1 in 2025", grid["open"],
             "plain SQLite: ordered ids + one page", floor["open"]),
            ("scroll to a random place and repaint (median of 40 jumps)", grid["scroll"],
             "plain SQLite read of one 256-row page", floor["page_read"]),
            ("scroll to a random place and repaint (median of 40 jumps)", grid["scroll"],
             "bare QTableView over a minimal Python model", floor["scroll"]),
            ("save one edit from the grid (median of 30)", grid["edit"],
             "plain SQLite UPDATE, own transaction, FULL sync", floor["edit"]),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'measure':<{width}}  {'app':>9}  {'floor':>9}  ratio  floor is")
    for name, value, floor_name, floor_s in rows:
        print(f"{name:<{width}}  {value * 1000:7.1f}ms  {floor_s * 1000:7.1f}ms  {value / floor_s:5.1f}  {floor_name}")


if __name__ == "__main__":
    main()
