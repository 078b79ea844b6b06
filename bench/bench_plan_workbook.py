"""How long `plan check` takes, next to openpyxl reading the same workbook's values (its floor).

    python bench/bench_plan_workbook.py [--indicators 4900]

Two workbooks: the built-in plan 2020–2025 as shipped (36 indicators), and the made-up EXAMPLE
plan grown to about 5,000 indicators, the most rows a plan sheet may hold. The check streams every
part through the size guards, reads every cell with openpyxl and checks the plan; the floor only
reads the cells' values with openpyxl (read-only mode). Each side runs three times; the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.plan_workbook import MAX_PLAN_ROWS, check_workbook, write_workbook  # noqa: E402
from tools.plan_workbooks import PLANS, example_plan  # noqa: E402


def floor(path: Path) -> int:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    cells = sum(1 for ws in book.worksheets for row in ws.iter_rows(values_only=True) for _ in row)
    book.close()
    return cells


def median_time(work, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=MAX_PLAN_ROWS - 100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.xlsx"
        data = example_plan()
        first = data["indicators"][0]
        data["indicators"] += [dict(first, code=f"A.1.x{n}", name={"en": f"EXAMPLE indicator {n}"})
                               for n in range(args.indicators - len(data["indicators"]))]
        write_workbook(data, big)
        print(f"{'workbook':<40} {'check':>8} {'floor':>8} {'ratio':>6}")
        for label, path in (("built-in 2020–2025 (36 indicators)", PLANS / "sp-2020-2025.xlsx"),
                            (f"EXAMPLE grown to {len(data['indicators']):,} indicators", big)):
            assert check_workbook(path) == []
            checked = median_time(lambda path=path: check_workbook(path))
            read = median_time(lambda path=path: floor(path))
            print(f"{label:<40} {checked:>7.2f}s {read:>7.2f}s {checked / read:>6.1f}")


if __name__ == "__main__":
    main()
