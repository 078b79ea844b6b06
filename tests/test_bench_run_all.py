"""The benchmark runner works end to end at its quick size, so the scripts cannot rot unnoticed."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
ROWS = ["import CSV (checked, audited)", "import CSV, duplicates allowed", "import CSV into a file holding as many",
        "re-import refused (dry run, all duplicates)", "merge into empty HQ (1x)", "merge into empty HQ (4x)",
        "merge into empty HQ (16x)", "re-merge, all unchanged (16x)", "aggregate the annex (1x)",
        "aggregate the annex (16x)", "check before publishing (1x)", "check before publishing (16x)",
        "XLSX writer (annex)", "PDF writer (annex)",
        "start-up to a shown window", "open a file in the grid", "scroll the grid (median jump)",
        "save one edit from the grid", "publish: 6 languages x PDF, XLSX (1x)"]


def table_rows(text: str) -> dict[str, list[str]]:
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 8 and cells[0] not in ("benchmark", "---"):
            rows[cells[0]] = cells[1:]
    return rows


def test_quick_run_prints_every_benchmark_with_app_floor_ratio_and_memory(tmp_path):
    results = tmp_path / "RESULTS.md"
    out = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--quick", "--data", str(tmp_path / "data"),
                          "--results", str(results)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    rows = table_rows(out.stdout)
    assert set(ROWS) <= set(rows), sorted(set(ROWS) - set(rows))
    for name in ROWS:
        size, app, floor, ratio, app_mb, floor_mb, _ = rows[name]
        assert float(app) >= 0 and float(floor) >= 0 and float(ratio) > 0, (name, rows[name])
        # Quick-size times are tiny and printed rounded: recompute the ratio only where rounding cannot
        # move it much.
        if float(floor) >= 0.1 and float(app) >= 0.1:
            assert abs(float(ratio) - float(app) / float(floor)) < 0.1 * float(ratio) + 0.1, (name, rows[name])
        assert float(app_mb) > 20 and float(floor_mb) > 20, (name, rows[name])
    # The merges counted every record: 16 quick office files of 150 records.
    assert rows["aggregate the annex (16x)"][0] == "2,400 records"
    assert "| merge | 16x | 2,400 |" in out.stdout and "| aggregation | 1x | 150 |" in out.stdout
    assert not results.exists()  # a quick run never overwrites the full run's results
    # Inputs are kept and reused: a second run of one benchmark finds them.
    data = list((tmp_path / "data").glob("*/offices/*.habitat"))
    assert len(data) == 16


def test_unknown_benchmark_is_refused(tmp_path):
    out = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--quick", "--only", "nothing",
                          "--data", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "unknown benchmark" in out.stderr


def test_a_run_of_some_benchmarks_replaces_their_rows_and_keeps_the_others(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        import run_all
    finally:
        sys.path.remove(str(BENCH))
    results, readme = tmp_path / "RESULTS.md", tmp_path / "README.md"
    readme.write_text(f"# App\n\nBefore.\n\n{run_all.README_START}\nold\n{run_all.README_END}\n\nAfter.\n",
                      encoding="utf-8")
    first = ["| import | 10 rows | 1.000 | 0.500 | 2.0 | 50 | 40 | floor | 2026-11-01 10:00 |",
             "| open | 10 records | 0.300 | 0.100 | 3.0 | 60 | 40 | floor | 2026-11-01 10:00 |"]
    run_all.publish(results, readme, first, [])
    again = ["| open | 10 records | 0.200 | 0.100 | 2.0 | 60 | 40 | floor | 2026-12-01 16:00 |",
             "| overview | 10 records | 0.400 | 0.400 | 1.0 | 60 | 40 | floor | 2026-12-01 16:00 |"]
    table = run_all.publish(results, readme, again, [])
    rows = table_rows(table.replace(" 2026-11-01 10:00 |", "").replace(" 2026-12-01 16:00 |", ""))
    assert list(rows) == ["import", "open", "overview"]
    assert rows["import"][1] == "1.000" and rows["open"][1] == "0.200"
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# App\n\nBefore.") and text.endswith("After.\n") and "old" not in text
    assert table in text and table in results.read_text(encoding="utf-8")
