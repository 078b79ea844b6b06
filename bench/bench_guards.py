"""What refusing a hostile import table costs: time and peak memory of each refusal, in a fresh
process, next to reading a small valid table (the floor: starting Python, openpyxl and the app).

    .venv/bin/python bench/bench_guards.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.tablefile import MAX_CSV_BYTES, MAX_ROWS  # noqa: E402
from tests import hostile_tables as hostile  # noqa: E402

CASES = {
    "valid workbook, 10 rows (floor)": lambda p: hostile.workbook(
        p / "ok.xlsx", [(hostile.data_row(n), 1) for n in range(2, 12)], dimension="A1:C11"),
    "XLSX declaring A1:XFD1048576": lambda p: hostile.whole_sheet_declared(p / "a.xlsx"),
    "XLSX with 5 M rows": lambda p: hostile.millions_of_rows(p / "b.xlsx", dimension=None),
    "XLSX with a 1 GiB cell": lambda p: hostile.giant_cell(p / "c.xlsx"),
    "XLSX with a 250 MB cell (under the unpacked limit)": lambda p: hostile.giant_cell(p / "d.xlsx", 250 * 2**20),
    "XLSX with a 250 MB shared text": lambda p: hostile.giant_cell(p / "e.xlsx", 250 * 2**20, shared=True),
    "CSV over the size limit (sparse)": lambda p: hostile.oversized_csv(p / "f.csv", MAX_CSV_BYTES + 1),
    "CSV with a 99 MB line": lambda p: hostile.long_line_csv(p / "g.csv", 99 * 2**20),
    f"CSV with {MAX_ROWS + 1:,} rows": lambda p: hostile.many_rows_csv(p / "h.csv", MAX_ROWS + 1),
    "CSV in Windows-1252, 90 MB, one byte on its last line": lambda p: hostile.windows_1252_csv(p / "i.csv"),
}

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from db.importer import read_rows
start = time.perf_counter()
report, _, rows = read_rows({path!r})
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "size": __import__("os").path.getsize({path!r}),
                  "result": "; ".join(map(str, report.problems)) or f"{{len(rows)}} rows read"}}))
"""


def main() -> None:
    print("| table | file size | refused in s | peak MB | result |")
    print("|---|--:|--:|--:|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in CASES.items():
            path = build(Path(folder))
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
                                 capture_output=True, text=True, check=True)
            figures = json.loads(out.stdout)
            assert time.perf_counter() - started >= figures["seconds"]
            print(f"| {name} | {figures['size']:,} | {figures['seconds']:.3f} | {figures['peak_mb']:.0f} | "
                  f"{figures['result'][:110]} |")
            path.unlink()


if __name__ == "__main__":
    main()
