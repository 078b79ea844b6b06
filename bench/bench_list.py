"""``habitat-results list`` on a large headquarters file, next to ``validate`` and a floor, same run.

    python bench/bench_list.py [--records 120000] [--offices 12] [--keep FOLDER]

Builds a headquarters file (``bench_export.build``), then runs each command in its own process
and times it, with its peak memory: ``list`` as a table, as CSV and as JSON; ``validate``; and the
floor, a bare read of the same columns in the same order with Python's sqlite3, written out as
tab-separated lines. Issue 14 asked for ``list`` as fast as ``validate`` or faster.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_export import build  # noqa: E402

FLOOR = """
import sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro&immutable=1", uri=True)
rows = conn.execute("SELECT office_code, indicator, year, value, qualifier, country, city, entity, status "
                    "FROM record WHERE deleted = 0 ORDER BY +indicator, year, created_at, rowid").fetchall()
sys.stdout.write("\\n".join("\\t".join("" if v is None else str(v) for v in r) for r in rows))
"""


def timed(args: list[str]) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one command in a child process, its output discarded."""
    start = time.perf_counter()
    child = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL)
    if not hasattr(os, "wait4"):  # Windows: no peak memory from the system
        child.wait()
        return time.perf_counter() - start, float("nan")
    _, _, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=120_000)
    parser.add_argument("--offices", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="build the file here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-list-"))
    folder.mkdir(parents=True, exist_ok=True)
    hq = folder / f"hq-{args.records}.habitat"
    if not hq.exists():
        print(f"building {hq} ({build(hq, args.records, args.offices):.1f} s)", flush=True)
    cli = [sys.executable, "-m", "cli.main"]
    runs = {
        "floor: bare SELECT, tab-separated": [sys.executable, "-c", FLOOR, str(hq)],
        "list (table)": [*cli, "list", str(hq)],
        "list --format csv": [*cli, "list", str(hq), "--format", "csv"],
        "list --format json": [*cli, "list", str(hq), "--format", "json"],
        "validate": [*cli, "validate", str(hq)],
    }
    results = {name: timed(command) for name, command in runs.items()}
    floor = results["floor: bare SELECT, tab-separated"][0]
    print(f"{args.records:,} records; peak memory of each process")
    print(f"{'':36} {'seconds':>8} {'x floor':>8} {'peak MB':>8}")
    for name, (seconds, peak) in results.items():
        print(f"{name:36} {seconds:8.2f} {seconds / floor:8.1f} {peak:8.0f}")


if __name__ == "__main__":
    main()
