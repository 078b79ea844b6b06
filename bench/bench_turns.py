"""Two builds of the app taking turns with the floor, in one run: merge and re-merge, old and new.

    python bench/bench_turns.py --old DIR [--scales 1,4] [--rounds 3] [--what merge,remerge,publish]

``DIR`` holds another build of the app (e.g. ``git archive main | tar -x -C DIR``). On a shared
machine the noise between two runs is often larger than a change; so each round runs the old
build, this build and the floor one after the other, each in a fresh process (its peak memory its
own), and the table gives the median of each side and its ratio to the floor's median.

  merge      the scale's office files into an empty headquarters file   vs ATTACH + INSERT ... SELECT
  remerge    the same files again, all unchanged                         vs INSERT OR IGNORE ... SELECT
  keys       merge of files with random keys (v4) vs the same files with time-ordered keys (v7,
             ``--keyed DIR``, from ``bench/synthetic.py --ids v7``), this build both times
  publish    check + the annex in every language as PDF and XLSX         (this build only: one
             aggregation and one check) vs one export per language and format, as before

Scales as ``bench/run_all.py``'s: 1x = 6 office files of 20,000 records, 4x = 25 (16x = 100).
Office files come from ``bench/synthetic.py`` and are kept in ``--data``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from run_all import FULL, files_at  # noqa: E402


def side(build: Path, name: str, **params) -> dict:
    """One side in a fresh interpreter of ``build``'s bench/run_all.py."""
    out = subprocess.run([sys.executable, str(build / "bench" / "run_all.py"), "--side", name, json.dumps(params)],
                         capture_output=True, text=True, cwd=build,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(build)})
    if out.returncode:
        raise SystemExit(f"{build}: side '{name}' failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(runs: list[dict]) -> dict:
    return {"seconds": statistics.median(r["seconds"] for r in runs), "peak_mb": max(r["peak_mb"] or 0 for r in runs),
            "n": len(runs)}


def turns(rounds: int, sides: dict) -> dict:
    """``sides``: name -> function(round) returning one run; each round runs every side once, in turn."""
    found: dict[str, list[dict]] = {name: [] for name in sides}
    for n in range(rounds):
        for name, run in sides.items():
            found[name].append(run(n))
            print(f"  round {n + 1} {name:<10} {found[name][-1]['seconds']:8.3f} s", file=sys.stderr, flush=True)
    return {name: median(runs) for name, runs in found.items()}


def run_scale(args, old: Path, new: Path, work: Path, scale: int, offices: list[Path], what: set[str],
              row, lines: list[str], first: bool) -> None:
    """One scale's benchmarks, each side taking turns."""
    n = files_at(scale, FULL.offices)
    files = [str(p) for p in offices[:n]]

    def hq(kind: str, r: int) -> str:
        return str(work / f"{kind}-{n}-{r}.habitat")

    print(f"merge {scale}x ({n} files)", file=sys.stderr, flush=True)
    rounds = args.rounds if "merge" in what else 1
    got = turns(rounds, {"old": lambda r: side(old, "merge_app", hq=hq("old", r), files=files),
                         "new": lambda r: side(new, "merge_app", hq=hq("new", r), files=files),
                         "floor": lambda r: side(new, "merge_floor", hq=hq("floor", r), files=files)})
    if "merge" in what:
        row("merge into empty HQ", scale, n, got)
    if "remerge" in what:
        print(f"re-merge {scale}x", file=sys.stderr, flush=True)
        got = turns(args.rounds, {"old": lambda r: side(old, "merge_app", hq=hq("old", 0), files=files),
                                  "new": lambda r: side(new, "merge_app", hq=hq("new", 0), files=files),
                                  "floor": lambda r: side(new, "remerge_floor", hq=hq("floor", 0), files=files)})
        row("re-merge, all unchanged", scale, n, got)
    if "publish" in what and first:
        print(f"publish {scale}x", file=sys.stderr, flush=True)
        got = turns(args.rounds, {
            "old": lambda r: side(new, "publish_each", hq=hq("new", 0), out=str(work / f"each-{r}")),
            "new": lambda r: side(new, "publish_app", hq=hq("new", 0), out=str(work / f"once-{r}")),
            "floor": lambda r: side(new, "check_app", hq=hq("new", 0))})
        lines.append("| publish: old = one export per language and format; floor = one check | | | | | | | | |")
        row("publish (6 languages x PDF, XLSX)", scale, n, got)
    if "keys" in what:
        print(f"keys {scale}x", file=sys.stderr, flush=True)
        timed_files = [str(p) for p in args.keyed[:n]]
        got = turns(args.rounds, {
            "old": lambda r: side(new, "merge_app", hq=hq("v4", r), files=files),
            "new": lambda r: side(new, "merge_app", hq=hq("v7", r), files=timed_files),
            "floor": lambda r: side(new, "merge_floor", hq=hq("floor-v4", r), files=files)})
        lines.append("| keys: old = random keys (v4), new = time-ordered keys (v7), same build | | | | | | | | |")
        row("merge into empty HQ, v4 / v7 keys", scale, n, got)
        got = turns(1, {"old": lambda r: side(new, "merge_floor", hq=hq("floor-v4b", r), files=files),
                        "new": lambda r: side(new, "merge_floor", hq=hq("floor-v7", r), files=timed_files),
                        "floor": lambda r: side(new, "merge_floor", hq=hq("floor-v4c", r), files=files)})
        row("floor (INSERT ... SELECT), v4 / v7 keys", scale, n, got)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", type=Path, required=True, help="the other build's folder")
    parser.add_argument("--scales", default="1,4")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--what", default="merge,remerge")
    parser.add_argument("--data", type=Path, default=HERE / ".bench-data" / "turns")
    parser.add_argument("--keyed", type=Path, help="for 'keys': where the files with time-ordered keys are kept")
    args = parser.parse_args(argv)
    import synthetic

    new = HERE.parent
    old = args.old.resolve()
    what = set(args.what.split(","))
    scales = [int(s) for s in args.scales.split(",")]
    count = max(files_at(s, FULL.offices) for s in scales)
    offices = synthetic.write_offices(args.data / "offices", count, FULL.records, seed=1, workers=1)
    if "keys" in what:
        args.keyed = synthetic.write_offices(args.keyed / "offices", count, FULL.records, seed=1, workers=1, ids="v7")
    work = args.data / "run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    lines = ["| operation | scale | files x records | old s | new s | floor s | old ratio | new ratio | "
             "old / new peak MB |", "|---|---|---|--:|--:|--:|--:|--:|--:|"]

    def row(op: str, scale: int, n: int, got: dict) -> None:
        o, w, f = got["old"], got["new"], got["floor"]
        lines.append(f"| {op} | {scale}x | {n} x {FULL.records:,} | {o['seconds']:.2f} | {w['seconds']:.2f} | "
                     f"{f['seconds']:.2f} | {o['seconds'] / f['seconds']:.2f} | {w['seconds'] / f['seconds']:.2f} | "
                     f"{o['peak_mb']:.0f} / {w['peak_mb']:.0f} |")
        print(lines[-1], flush=True)

    for scale in scales:
        run_scale(args, old, new, work, scale, offices, what, row, lines, scale == scales[0])
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
