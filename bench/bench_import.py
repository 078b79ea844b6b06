"""Import speed: a 100,000-row CSV through the app's importer, next to plain executemany.

Run: ``.venv/bin/python bench/bench_import.py [--rows N]``. Both sides run in this one process,
on the same machine, into fresh files in a temporary folder; the floor inserts the same rows
(already parsed) with one ``executemany`` in one transaction into a bare table.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.framework import get_framework  # noqa: E402
from db.importer import import_table, read_rows  # noqa: E402
from db.officefile import Office, ResultsFile  # noqa: E402

COLUMNS = ["indicator", "year", "value", "country", "city", "entity", "qualifier", "narrative", "source"]


def make_rows(n: int, seed: int = 7, place: str = "City") -> list[list]:
    """``n`` rows as an office writes them: no two say the same thing (the importer refuses duplicates).

    Rows made with another ``place`` name their cities otherwise: they repeat none of these.
    """
    rng = random.Random(seed)
    plan = get_framework()
    sums = [i.code for i in plan.indicators() if i.rule == "sum"]
    cities = [i.code for i in plan.indicators() if i.entity == "city"]
    rows, seen = [], set()
    k = 0
    while len(rows) < n:
        k += 1
        if k % 3:
            row = [rng.choice(sums), rng.randint(2020, 2025), rng.randint(0, 500_000), "KEN",
                   f"{place} {rng.randint(1, 300)}", "", rng.choice(["", "at least", "more than"]),
                   "Community upgrading improved access to water and sanitation." if k % 5 == 0 else "",
                   "Project report"]
        else:
            row = [rng.choice(cities), rng.randint(2020, 2025), "", "KEN", f"{place} {rng.randint(1, 5000)}",
                   "", "", "在社区开展了参与式规划。" if k % 7 == 0 else "", "Municipal data"]
        key = tuple(row[:5])
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


def floor(path: Path, rows: list[list]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE record (id TEXT PRIMARY KEY, " + ", ".join(COLUMNS) + ")")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO record VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
                     [(str(uuid.uuid4()), *r) for r in rows])
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = tmp / "records.csv"
        with data.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        floor_s = floor(tmp / "floor.sqlite", rows)
        office = tmp / "office.habitat"
        ResultsFile.create(office, Office("KEN", "Kenya", "KEN")).close()
        with ResultsFile.open(office) as results:
            start = time.perf_counter()
            report = import_table(results, data)
            app_s = time.perf_counter() - start
            assert report.stored == args.rows
            # Where the time goes: reading the CSV, checking every row, then storing (with audit).
            start = time.perf_counter()
            _, _, raw = read_rows(data)
            read_s = time.perf_counter() - start
            start = time.perf_counter()
            results.add_records(raw, dry_run=True)
            check_s = time.perf_counter() - start
    print(f"import of {args.rows:,} CSV rows (validated, audited): {app_s:.2f} s "
          f"({args.rows / app_s:,.0f} rows/s)")
    print(f"floor, executemany of the same parsed rows:        {floor_s:.2f} s "
          f"({args.rows / floor_s:,.0f} rows/s)")
    print(f"ratio app / floor: {app_s / floor_s:.1f}")
    print(f"  of which reading the CSV {read_s:.2f} s, checking the rows {check_s:.2f} s, "
          f"storing records + audit log {app_s - read_s - check_s:.2f} s")
    if peak_mb():
        print(f"peak memory of the process: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
