"""Benchmark: merge 100 office files of 20,000 submitted records each into headquarters.

    python bench/bench_merge.py [--files 100] [--records 20000] [--workdir DIR]

Phases, each in its own child process so that its peak memory (max RSS) is its own:
  generate      100 office files (ResultsFile.create, then plain executemany; reused across runs)
  merge-empty   merge them into an empty headquarters file (db.merge.merge_files)
  remerge       merge the same 100 files again into the now full file (all unchanged: the
                "full headquarters file" case of the default run)
  floor-empty   the same rows copied with plain ATTACH; INSERT ... SELECT; DETACH, one transaction
                per file, into an empty file: SQLite's own speed limit, with none of the checks,
                provenance or conflict logic
  floor-remerge the same plain copy again into the full file (INSERT OR IGNORE)
With --second-batch, also (about 5 more minutes):
  merge-full    merge a second batch of 100 new files into the full file (2 M -> 4 M records)
  floor-full    the plain copy of that second batch into the full floor file
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from db.framework import get_framework  # noqa: E402
from db.merge import HQ_CACHE_KIB  # noqa: E402
from db.officefile import RECORD_COLUMNS, Office, ResultsFile, connect  # noqa: E402
from db.untrusted import expected_schema  # noqa: E402
from db.schema import SCHEMA_VERSION  # noqa: E402

COUNTRIES = ["KEN", "EGY", "BRA", "IND", "MOZ", "GHA", "ETH", "COL", "PHL", "MMR", "JOR", "SOM",
             "NGA", "MEX", "PER", "LBN", "IRQ", "AFG", "PAK", "BGD"]


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows: no resource module
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)


def office_files(folder: Path, batch: str, files: int) -> list[Path]:
    return [folder / f"{batch}-{n:03d}.habitat" for n in range(files)]


def generate(folder: Path, batch: str, files: int, records: int) -> None:
    """Office files with ``records`` submitted records each; existing complete files are kept."""
    fw = get_framework()
    sums = [i.code for i in fw.indicators() if i.enterable and i.rule == "sum"]
    rng = random.Random(f"{batch}-{files}-{records}")
    marks = ", ".join("?" * len(RECORD_COLUMNS))
    for n, path in enumerate(office_files(folder, batch, files)):
        if path.exists():
            continue
        country = COUNTRIES[n % len(COUNTRIES)]
        tmp = path.with_name(path.name + ".part")
        for leftover in folder.glob(tmp.name + "*"):
            leftover.unlink()
        code = f"{batch.upper()}{n:03d}"
        ResultsFile.create(tmp, Office(code, f"Office {code}", country, "Bench")).close()
        now = "2025-01-15T10:00:00.000Z"
        rows = []
        for i in range(records):
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), code, rng.choice(sums),
                         2020 + i % 5, rng.randrange(1, 500_000), country, f"City {i % 300}", "", "none",
                         "", "", "", "", "Bench data", "submitted", now, now, 2, "bench", 0))
        conn = connect(tmp)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO record ({', '.join(RECORD_COLUMNS)}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        tmp.replace(path)


def phase_merge(hq: Path, paths: list[Path]) -> dict:
    from db.merge import merge_files

    report = merge_files(hq, paths, who="bench")
    assert not report.refused, report.refused[0].refused
    return report.totals()


def phase_floor(hq: Path, paths: list[Path], verb: str = "INSERT") -> dict:
    if not hq.exists():
        ResultsFile.create(hq, Office("HQ", "Headquarters", "KEN"), kind="headquarters").close()
    conn = connect(hq)
    conn.execute(f"PRAGMA cache_size = {-HQ_CACHE_KIB:d}")  # the same page cache as the merge
    cols = ", ".join(RECORD_COLUMNS)
    copied = 0
    for path in paths:
        conn.execute("ATTACH DATABASE ? AS src", (str(path),))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR IGNORE INTO office SELECT * FROM src.office")
        copied += conn.execute(f"{verb} INTO record ({cols}) SELECT {cols} FROM src.record "
                               "WHERE status = 'submitted'").rowcount
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    conn.close()
    return {"added": copied}


def data_folder(workdir: str) -> Path:
    """Generated files are reused across runs, but only by a build with the same schema."""
    import hashlib

    layout = hashlib.sha256(repr(sorted(expected_schema(SCHEMA_VERSION).items())).encode()).hexdigest()[:10]
    return Path(workdir) / f"schema-{SCHEMA_VERSION}-{layout}"


def child(args) -> None:
    folder = data_folder(args.workdir)
    first = office_files(folder, "a", args.files)
    second = office_files(folder, "b", args.files)
    start = time.perf_counter()
    if args.phase == "generate":
        generate(folder, "a", args.files, args.records)
        if args.second_batch:
            generate(folder, "b", args.files, args.records)
        result = {}
    elif args.phase == "merge-empty":
        result = phase_merge(folder / "hq.habitat", first)
    elif args.phase == "remerge":
        result = phase_merge(folder / "hq.habitat", first)
    elif args.phase == "merge-full":
        result = phase_merge(folder / "hq.habitat", second)
    elif args.phase == "floor-empty":
        result = phase_floor(folder / "floor.habitat", first)
    elif args.phase == "floor-remerge":
        result = phase_floor(folder / "floor.habitat", first, "INSERT OR IGNORE")
    elif args.phase == "floor-full":
        result = phase_floor(folder / "floor.habitat", second)
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    seconds = time.perf_counter() - start
    print(json.dumps({"phase": args.phase, "seconds": round(seconds, 2), "peak_rss_mb": peak_rss_mb(),
                      **result}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--workdir", default=str(HERE / ".bench-data"))
    parser.add_argument("--second-batch", action="store_true",
                        help="also merge 100 new files into the full file (longer)")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return
    folder = data_folder(args.workdir)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("hq.habitat", "floor.habitat"):
        for p in folder.glob(name + "*"):
            p.unlink()
    results = []
    phases = ["generate", "merge-empty", "remerge", "floor-empty", "floor-remerge"]
    if args.second_batch:
        phases += ["merge-full", "floor-full"]
    for phase in phases:
        out = subprocess.run([sys.executable, __file__, "--phase", phase, "--files", str(args.files),
                              "--records", str(args.records), "--workdir", args.workdir,
                              *(["--second-batch"] if args.second_batch else [])],
                             capture_output=True, text=True, env={**os.environ})
        if out.returncode:
            sys.exit(f"phase {phase} failed:\n{out.stderr}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result), flush=True)
    rows = args.files * args.records
    print(f"\n{args.files} office files x {args.records} records ({rows:,} records per batch)")
    print(f"{'phase':<12} {'seconds':>8} {'records/s':>10} {'peak MB':>8}")
    for r in results:
        speed = f"{rows / r['seconds']:,.0f}" if r["phase"] != "generate" and r["seconds"] else ""
        print(f"{r['phase']:<12} {r['seconds']:>8.2f} {speed:>10} {r['peak_rss_mb'] or 0:>8.0f}")
    size = (folder / "hq.habitat").stat().st_size / 1e6
    print(f"headquarters file: {size:,.0f} MB")


if __name__ == "__main__":
    main()
