"""Every benchmark of the app, each next to a floor measured in the same run, in one table.

    python bench/run_all.py [--quick] [--data DIR] [--only import,merge,aggregate,check,export,desktop]

Each figure is an operation of the app and, beside it, the floor: the simplest way this machine
does the same work (plain SQLite, openpyxl write-only, a bare reportlab table, a bare Qt window).
The table shows both times, the ratio app ÷ floor, and the peak memory (max RSS) of each side:
every side of every benchmark runs in a fresh process of its own, so its peak is its own.

Sizes (full run; ``--quick`` runs everything at a small size in well under a minute):
  import     a 100,000-row CSV                       vs executemany of the same parsed rows
             (also: duplicates allowed, into a file holding 100,000, the refused re-import)
  merge      100 office files x 20,000 records       vs ATTACH; INSERT ... SELECT; DETACH per file
  re-merge   the same 100 files again (all unchanged) vs INSERT OR IGNORE of the same rows
  aggregate  the annex of the 2,000,000-record file   vs one GROUP BY query
  check      the pre-publication check of that file   vs the aggregation it starts from
  export     XLSX and PDF of that annex              vs openpyxl write-only / bare reportlab table
  desktop    start-up, open and scroll 200,000 records vs bare QMainWindow / SQLite / QTableView
  overview   the overview page of the 120,000 and 2,000,000-record files vs the aggregation it uses,
             taking turns three times (median of each)
  publish    every annex language as PDF and XLSX of the 1x file (120,000 records), one aggregation and
             one check (``publish_annex``) vs one export each, as before; taking turns three times
  proof      signing one office file's submission   vs reading and hashing the same records
             merging signed office files (verified)  vs merging the same files unsigned
             explaining a figure (1.1.a, 2.1.b) of the 2,000,000-record file vs reading its records
Merge and aggregation also run at 1/16 and 1/4 of the office files (the scaling table).

Generated inputs (synthetic office files, the CSV, the grid's file) are kept under ``--data``
(default ``bench/.bench-data``, ignored by git) and reused by later runs; the headquarters files
are remade by every run. Every run but ``--quick`` writes the rows it measured, dated, into
``bench/RESULTS.md`` (replacing those rows, keeping the others) and the README's table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

SCALES = (1, 4, 16)  # 16: the full size; 1 and 4: 1/16 and 1/4 of the office files
GENERATOR_VERSION = 3  # bump when synthetic.py or the CSV maker changes what they write
BENCHMARKS = ("import", "merge", "aggregate", "check", "export", "desktop", "overview", "proof", "publish")


@dataclass(frozen=True)
class Sizes:
    import_rows: int
    offices: int
    records: int  # per office file
    grid_records: int
    repeat: int


FULL = Sizes(import_rows=100_000, offices=100, records=20_000, grid_records=200_000, repeat=3)
QUICK = Sizes(import_rows=2_000, offices=16, records=150, grid_records=2_000, repeat=1)


def peak_rss_mb() -> float | None:
    """The peak memory of this process and, if larger, of the processes it waited for."""
    try:
        import resource
    except ImportError:  # Windows: no resource module
        return None
    scale = 1024 * (1024 if sys.platform == "darwin" else 1)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / scale


def timed(fn, *args, **kw) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


# --- the sides: each runs alone in a child process ---------------------------------------------------

def side_import_app(csv: str, office: str, held: str = "", allow_duplicates: bool = False,
                    dry_run: bool = False) -> dict:
    """The app's import of ``csv``; with ``held``, into a file that first imported that CSV (untimed)."""
    from db.importer import ImportRefused, import_table
    from db.officefile import Office, ResultsFile

    ResultsFile.create(Path(office), Office("KEN", "Kenya", "KEN", "Africa")).close()
    with ResultsFile.open(Path(office)) as results:
        if held:
            import_table(results, Path(held), who="bench")
        start = time.perf_counter()
        try:
            report = import_table(results, Path(csv), who="bench", allow_duplicates=allow_duplicates,
                                  dry_run=dry_run)
        except ImportRefused as exc:  # the re-import: refused, every duplicate named
            report = exc.report
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "stored": report.stored, "problems": len(report.problems)}


def side_import_floor(csv: str, office: str) -> dict:
    """Plain executemany of the rows as the CSV holds them, ids made here, in one transaction."""
    import csv as csv_module
    import uuid

    with open(csv, encoding="utf-8", newline="") as fh:
        reader = csv_module.reader(fh)
        header = next(reader)
        rows = list(reader)
    conn = sqlite3.connect(office, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # as the app: durability is part of the work
    conn.execute(f"CREATE TABLE record (id TEXT PRIMARY KEY, {', '.join(header)})")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO record VALUES ({', '.join('?' * (len(header) + 1))})",
                     [(str(uuid.uuid4()), *r) for r in rows])
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "stored": len(rows)}


def side_merge_app(hq: str, files: list[str]) -> dict:
    from db.merge import merge_files

    seconds, report = timed(merge_files, Path(hq), [Path(f) for f in files], who="bench")
    if report.refused:
        raise SystemExit(report.refused[0].refused)
    return {"seconds": seconds, **report.totals()}


def side_merge_floor(hq: str, files: list[str], verb: str = "INSERT") -> dict:
    """SQLite's own copy: ATTACH, INSERT ... SELECT of the submitted records, DETACH, per file."""
    from db.merge import HQ_CACHE_KIB, HEADQUARTERS
    from db.officefile import RECORD_COLUMNS, ResultsFile, connect

    if not Path(hq).exists():
        ResultsFile.create(Path(hq), HEADQUARTERS, kind="headquarters").close()
    conn = connect(Path(hq))
    conn.execute(f"PRAGMA cache_size = {-HQ_CACHE_KIB:d}")  # the same page cache as the merge
    cols = ", ".join(RECORD_COLUMNS)
    copied = 0
    start = time.perf_counter()
    for path in files:
        conn.execute("ATTACH DATABASE ? AS src", (path,))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR IGNORE INTO office SELECT * FROM src.office")
        copied += conn.execute(f"{verb} INTO record ({cols}) SELECT {cols} FROM src.record "
                               "WHERE status IN ('submitted', 'validated')").rowcount
        conn.execute(f"{verb} INTO outcome_narrative SELECT * FROM src.outcome_narrative")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "added": copied}


def side_remerge_floor(hq: str, files: list[str]) -> dict:
    return side_merge_floor(hq, files, "INSERT OR IGNORE")


def side_aggregate_app(hq: str, annex_out: str | None = None) -> dict:
    import pickle

    from exports.aggregate import aggregate_file

    seconds, annex = timed(aggregate_file, Path(hq))
    if annex_out:  # the export sides start from this very annex
        Path(annex_out).write_bytes(pickle.dumps(annex))
    return {"seconds": seconds, "records": annex.source.records_counted}


def side_check_app(hq: str) -> dict:
    """The pre-publication check: the aggregation, then rules, shares, ceilings, outliers, completeness."""
    from exports.check import check_file

    seconds, report = timed(check_file, Path(hq))
    return {"seconds": seconds, "findings": len(report.findings)}


PUBLISHED = ("pdf", "xlsx")


def side_publish_app(hq: str, out: str) -> dict:
    """Every annex language as PDF and XLSX from one aggregation and one check (a working draft,
    as the synthetic data breaks rules)."""
    from exports.service import ANNEX_LANGUAGES, publish_annex

    Path(out).mkdir(parents=True, exist_ok=True)
    seconds, (_, written) = timed(publish_annex, Path(hq), Path(out), list(ANNEX_LANGUAGES), list(PUBLISHED),
                                  working_draft=True)
    return {"seconds": seconds, "files": len(written)}


def side_publish_each(hq: str, out: str) -> dict:
    """The same files as before 'publish': one export (an aggregation, a check, a writer) each."""
    from exports.document import DocumentSettings
    from exports.service import ANNEX_LANGUAGES, annex_file_name, export_annex

    Path(out).mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for lang in ANNEX_LANGUAGES:
        for fmt in PUBLISHED:
            export_annex(Path(hq), Path(out) / annex_file_name(Path(hq), lang, fmt), fmt, DocumentSettings(lang=lang),
                         working_draft=True)
    return {"seconds": time.perf_counter() - start, "files": len(ANNEX_LANGUAGES) * len(PUBLISHED)}


def side_aggregate_floor(hq: str, annex_out: str | None = None) -> dict:
    """One GROUP BY over the counted records: the sums, and the distinct places and names."""
    from db.officefile import connect

    conn = connect(Path(hq), readonly=True)
    start = time.perf_counter()
    rows = conn.execute(
        "SELECT indicator, year, office_code, SUM(value), COUNT(DISTINCT country || '/' || city || '/' || entity), "
        "COUNT(*) FROM record WHERE deleted = 0 AND status IN ('submitted', 'validated') "
        "GROUP BY indicator, year, office_code").fetchall()
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "records": sum(r[-1] for r in rows)}


def _annex(path: str):
    import pickle

    return pickle.loads(Path(path).read_bytes())


def side_xlsx_app(annex: str, out: str) -> dict:
    from exports.document import DocumentSettings
    from exports.xlsx import write_xlsx

    annex = _annex(annex)
    seconds, _ = timed(write_xlsx, annex, Path(out), DocumentSettings().resolved())
    return {"seconds": seconds}


def side_xlsx_floor(annex: str, out: str) -> dict:
    from bench_export import floor_xlsx, workbook_cells
    from exports.document import DocumentSettings

    cells = workbook_cells(_annex(annex), DocumentSettings().resolved())  # the same cells, untimed
    seconds, _ = timed(floor_xlsx, cells, Path(out))
    return {"seconds": seconds, "cells": sum(len(r) for rows in cells.values() for r in rows)}


def side_pdf_app(annex: str, out: str) -> dict:
    from exports.document import DocumentSettings
    from exports.pdf import register_fonts, write_pdf

    annex = _annex(annex)
    register_fonts()  # once per process, as in the app; the floor loads the same fonts untimed
    seconds, _ = timed(write_pdf, annex, Path(out), DocumentSettings().resolved())
    return {"seconds": seconds, "pages": _pages(out)}


def side_pdf_floor(annex: str, out: str) -> dict:
    from bench_export import floor_pdf, pdf_table_cells
    from exports.document import DocumentSettings

    tables = pdf_table_cells(_annex(annex), DocumentSettings().resolved())  # registers the fonts too
    seconds, _ = timed(floor_pdf, tables, Path(out))
    return {"seconds": seconds, "pages": _pages(out)}


def _pages(path: str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def side_startup_app(file: str, repeat: int, home: str) -> dict:
    from bench_desktop import startup

    return {"seconds": startup(True, Path(file), repeat, Path(home))}


def side_startup_bare(file: str, repeat: int, home: str) -> dict:
    from bench_desktop import startup

    return {"seconds": startup(False, None, repeat, Path(home))}


def side_grid_app(big: str, small: str, repeat: int, home: str) -> dict:
    from bench_desktop import grid_app

    return grid_app(Path(big), Path(small), repeat, Path(home))


def side_overview_app(hq: str, repeat: int, home: str) -> dict:
    from bench_desktop import overview_app

    return overview_app(Path(hq), repeat, Path(home))


def side_grid_floor(big: str, repeat: int, width: int, height: int, row_height: int, columns: int) -> dict:
    from bench_desktop import grid_floor

    return grid_floor(Path(big), repeat, width, height, row_height, columns)


def side_sign_app(office: str, keys: str) -> dict:
    """Sign an office file's submission: every year's travelling records and narratives, signed."""
    from db.officefile import ResultsFile
    from db.signing import ensure_key, sign_submission

    ensure_key_folder = Path(keys)
    with ResultsFile.open(Path(office)) as results:
        ensure_key(results.office.code, ensure_key_folder)  # made once, as when the file was made: untimed
        year = results.query("SELECT max(year) FROM record").fetchone()[0]
        seconds, years = timed(sign_submission, results, year, folder=ensure_key_folder)
        records = results.query("SELECT count(*) FROM record").fetchone()[0]
    return {"seconds": seconds, "years": len(years), "records": records}


def side_sign_floor(office: str, keys: str) -> dict:
    """The same records read and hashed (SHA-256 of their text), nothing signed nor written."""
    import hashlib

    from db.officefile import connect

    conn = connect(Path(office), readonly=True)
    start = time.perf_counter()
    digest = hashlib.sha256()
    n = 0
    for row in conn.execute("SELECT id, version, deleted, office_code, indicator, year, value, country, city, "
                            "entity, qualifier, sex, age, disability, narrative, source FROM record"):
        digest.update(repr(tuple(row)).encode("utf-8"))
        n += 1
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "records": n}


def side_explain_app(hq: str, code: str) -> dict:
    from exports.explain import explain_file

    seconds, explanation = timed(explain_file, Path(hq), code)
    return {"seconds": seconds, "records": len(explanation.records)}


def side_explain_floor(hq: str, code: str) -> dict:
    """The indicator's records of the period read by one indexed SELECT."""
    from db.officefile import connect

    conn = connect(Path(hq), readonly=True)
    start = time.perf_counter()
    rows = conn.execute("SELECT id, office_code, year, value, country, city, entity, sex, age, disability, status, "
                        "deleted FROM record WHERE indicator = ? ORDER BY year, office_code, rowid", (code,)).fetchall()
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "records": len(rows)}


def child(name: str, params: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = globals()[f"side_{name}"](**json.loads(params))
    print(json.dumps({**result, "peak_mb": peak_rss_mb()}))


def run_side(name: str, **params) -> dict:
    """Run one side in a fresh interpreter; its result, with the peak memory of that process."""
    out = subprocess.run([sys.executable, __file__, "--side", name, json.dumps(params)],
                         capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if out.returncode:
        raise SystemExit(f"benchmark side '{name}' failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def taking_turns(rounds: int, *sides: tuple[str, dict]) -> list[dict]:
    """Run ``sides`` one after the other, ``rounds`` times: per side, the median seconds and the
    largest peak memory of its runs."""
    runs: list[list[dict]] = [[] for _ in sides]
    for _ in range(rounds):
        for found, (name, params) in zip(runs, sides):
            found.append(run_side(name, **params))
    return [{**found[-1], "seconds": statistics.median(r["seconds"] for r in found),
             "peak_mb": max(r["peak_mb"] for r in found)} for found in runs]


# --- inputs ----------------------------------------------------------------------------------------

def data_folder(root: Path, sizes: Sizes) -> Path:
    """Inputs are reused across runs, but only by a build with the same schema and generator."""
    from db.schema import SCHEMA_VERSION
    from db.untrusted import expected_schema

    layout = hashlib.sha256(repr(sorted(expected_schema(SCHEMA_VERSION).items())).encode()).hexdigest()[:8]
    return root / f"schema{SCHEMA_VERSION}-{layout}-gen{GENERATOR_VERSION}"


def office_files(folder: Path, sizes: Sizes) -> list[Path]:
    import synthetic

    return synthetic.write_offices(folder / "offices", sizes.offices, sizes.records, seed=1,
                                   workers=os.cpu_count() or 1)


def import_csv(folder: Path, rows: int, seed: int = 7) -> Path:
    import csv

    from bench_import import COLUMNS, make_rows

    path = folder / (f"import-{rows}.csv" if seed == 7 else f"import-{rows}-seed{seed}.csv")
    if not path.exists():
        part = path.with_suffix(".part")
        with part.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(make_rows(rows, seed, "City" if seed == 7 else f"Town{seed}"))
        part.replace(path)
    return path


def grid_file(folder: Path, records: int) -> Path:
    from bench_desktop import make_file

    path = folder / f"grid-{records}.habitat"
    if not path.exists():
        part = folder / f"grid-{records}.part.habitat"
        for leftover in folder.glob(part.name + "*"):
            leftover.unlink()
        make_file(part, records)
        part.replace(path)
    return path


# --- the run ---------------------------------------------------------------------------------------

@dataclass
class Row:
    benchmark: str
    size: str
    app: dict
    floor: dict
    floor_is: str
    app_key: str = "seconds"
    floor_key: str = "seconds"

    @property
    def app_s(self) -> float:
        return self.app[self.app_key]

    @property
    def floor_s(self) -> float:
        return self.floor[self.floor_key]

    @property
    def ratio(self) -> float:
        return self.app_s / self.floor_s if self.floor_s else float("inf")


def files_at(scale: int, offices: int) -> int:
    return max(1, round(offices * scale / SCALES[-1]))


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(sizes: Sizes, data: Path, only: set[str]) -> tuple[list[Row], list[tuple[str, int, int, Row]]]:
    folder = data_folder(data, sizes)
    folder.mkdir(parents=True, exist_ok=True)
    work = folder / "run"  # remade by every run: merges start from an empty headquarters file
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    rows: list[Row] = []
    scaling: list[tuple[str, int, int, Row]] = []

    def add(row: Row) -> Row:
        rows.append(row)
        say(f"  {row.benchmark:<34} {row.size:>22}  app {row.app_s:8.3f} s  floor {row.floor_s:8.3f} s  "
            f"x{row.ratio:.1f}")
        return row

    if "import" in only:
        say("import")
        csv = import_csv(folder, sizes.import_rows)
        floor = run_side("import_floor", csv=str(csv), office=str(work / "import-floor.sqlite"))
        size = f"{sizes.import_rows:,} rows"
        app = run_side("import_app", csv=str(csv), office=str(work / "import.habitat"))
        assert app["stored"] == sizes.import_rows, app
        add(Row("import CSV (checked, audited)", size, app, floor, "executemany of the same rows"))
        # What finding duplicates costs: the same import without the check, into a file holding
        # another CSV of as many rows, and the refusal of a file imported before (every row named).
        add(Row("import CSV, duplicates allowed", size,
                run_side("import_app", csv=str(csv), office=str(work / "import-allow.habitat"),
                         allow_duplicates=True), floor, "executemany of the same rows"))
        other = import_csv(folder, sizes.import_rows, seed=8)
        app = run_side("import_app", csv=str(csv), office=str(work / "import-held.habitat"), held=str(other))
        assert app["stored"] == sizes.import_rows, app
        add(Row("import CSV into a file holding as many", size, app, floor, "executemany of the same rows"))
        app = run_side("import_app", csv=str(csv), office=str(work / "import-again.habitat"), held=str(csv),
                       dry_run=True)
        assert app["stored"] == 0 and app["problems"] == sizes.import_rows + 1, app
        add(Row("re-import refused (dry run, all duplicates)", size, app, floor, "executemany of the same rows"))

    need_hq = only & {"merge", "aggregate", "check", "export", "overview", "proof", "publish"}
    if need_hq:
        say("office files")
        started = time.perf_counter()
        paths = office_files(folder, sizes)
        say(f"  {len(paths)} x {sizes.records:,} records ready in {time.perf_counter() - started:.1f} s")
    hqs = {}
    for scale in SCALES if need_hq else ():
        count = files_at(scale, sizes.offices)
        files = [str(p) for p in paths[:count]]
        hq = work / f"hq-{count}.habitat"
        records = count * sizes.records
        if ("merge" in only or scale == SCALES[-1] or only & {"aggregate", "check"}
                or (only & {"overview", "proof", "publish"} and scale == 1)):
            say(f"merge {scale}x")
            app = run_side("merge_app", hq=str(hq), files=files)
            if "merge" in only:
                row = add(Row(f"merge into empty HQ ({scale}x)", f"{count} x {sizes.records:,}", app,
                              run_side("merge_floor", hq=str(work / f"floor-{count}.habitat"), files=files),
                              "ATTACH + INSERT ... SELECT"))
                scaling.append(("merge", scale, records, row))
        hqs[scale] = hq
    if "merge" in only:
        count = files_at(SCALES[-1], sizes.offices)
        files = [str(p) for p in paths[:count]]
        say("re-merge 16x")
        add(Row("re-merge, all unchanged (16x)", f"{count} x {sizes.records:,}",
                run_side("merge_app", hq=str(hqs[SCALES[-1]]), files=files),
                run_side("remerge_floor", hq=str(work / f"floor-{count}.habitat"), files=files),
                "INSERT OR IGNORE ... SELECT"))
    annex = work / "annex.pickle"
    for scale in SCALES if only & {"aggregate", "export"} else ():
        if scale != SCALES[-1] and "aggregate" not in only:
            continue
        say(f"aggregate {scale}x")
        hq = hqs[scale]
        records = files_at(scale, sizes.offices) * sizes.records
        app = run_side("aggregate_app", hq=str(hq), annex_out=str(annex) if scale == SCALES[-1] else None)
        if "aggregate" in only:
            row = add(Row(f"aggregate the annex ({scale}x)", f"{records:,} records", app,
                          run_side("aggregate_floor", hq=str(hq)), "one GROUP BY query"))
            scaling.append(("aggregation", scale, records, row))
    for scale in SCALES if "check" in only else ():
        say(f"check {scale}x")
        records = files_at(scale, sizes.offices) * sizes.records
        add(Row(f"check before publishing ({scale}x)", f"{records:,} records",
                run_side("check_app", hq=str(hqs[scale])), run_side("aggregate_app", hq=str(hqs[scale])),
                "its aggregation (aggregate_file)"))
    if "export" in only:
        records = sizes.offices * sizes.records
        say("export")
        add(Row("XLSX writer (annex)", f"of {records:,} records",
                run_side("xlsx_app", annex=str(annex), out=str(work / "annex.xlsx")),
                run_side("xlsx_floor", annex=str(annex), out=str(work / "floor.xlsx")),
                "openpyxl write-only, same cells"))
        add(Row("PDF writer (annex)", f"of {records:,} records",
                run_side("pdf_app", annex=str(annex), out=str(work / "annex.pdf")),
                run_side("pdf_floor", annex=str(annex), out=str(work / "floor.pdf")),
                "bare reportlab table, same cells"))
    if "publish" in only:
        say("publish 1x")
        count = files_at(1, sizes.offices)
        app, each = taking_turns(sizes.repeat, ("publish_app", {"hq": str(hqs[1]), "out": str(work / "publish")}),
                                 ("publish_each", {"hq": str(hqs[1]), "out": str(work / "publish-each")}))
        add(Row("publish: 6 languages x PDF, XLSX (1x)", f"{count * sizes.records:,} records", app, each,
                "one export each (12 checks)"))
    if "desktop" in only:
        say("desktop")
        from db.officefile import Office, ResultsFile

        home = str(work / "home")
        small = work / "small.habitat"
        ResultsFile.create(small, Office("KEN", "Kenya", "KEN", "Africa")).close()
        cached = grid_file(folder, sizes.grid_records)
        big = work / cached.name
        shutil.copyfile(cached, big)  # the grid's edits change the file: work on a copy
        bare = run_side("startup_bare", file="", repeat=sizes.repeat, home=home)
        add(Row("start-up to a shown window", "empty office file",
                run_side("startup_app", file=str(small), repeat=sizes.repeat, home=home), bare,
                "bare QMainWindow"))
        grid = run_side("grid_app", big=str(big), small=str(small), repeat=sizes.repeat, home=home)
        floor = run_side("grid_floor", big=str(big), repeat=sizes.repeat, width=grid["width"],
                         height=grid["height"], row_height=grid["row_height"], columns=grid["columns"])
        size = f"{grid['rows']:,} records"
        add(Row("open a file in the grid", size, grid, floor, "SQLite: ordered ids + 1 page", "open", "open"))
        add(Row("scroll the grid (median jump)", size, grid, floor, "bare QTableView", "scroll", "scroll"))
        add(Row("save one edit from the grid", size, grid, floor, "plain UPDATE, FULL sync", "edit", "edit"))
    if "overview" in only:
        say("overview")
        for scale in (SCALES[0], SCALES[-1]):
            records = files_at(scale, sizes.offices) * sizes.records
            hq = hqs[scale]
            # Side by side: the page drawn, and the aggregation it uses, each in its own process,
            # taking turns (the machine's speed drifts by a third within minutes), median of each.
            app, floor = taking_turns(sizes.repeat, ("overview_app", {"hq": str(hq), "repeat": 1,
                                                                       "home": str(work / "home")}),
                                      ("aggregate_app", {"hq": str(hq)}))
            add(Row(f"overview drawn, headquarters ({scale}x)", f"{records:,} records", app, floor,
                    "the annex aggregation alone"))
    if "proof" in only:
        say("proof")
        count = files_at(SCALES[0], sizes.offices)
        keys = work / "keys"
        signed_folder = work / "signed"
        signed_folder.mkdir()
        signed = []
        for n, path in enumerate(paths[:count]):
            copy = signed_folder / path.name
            shutil.copyfile(path, copy)
            app = run_side("sign_app", office=str(copy), keys=str(keys))
            if n == 0:
                add(Row("sign a submission (all years)", f"{app['records']:,} records", app,
                        run_side("sign_floor", office=str(copy), keys=str(keys)), "read + SHA-256, same rows"))
            signed.append(str(copy))
        records = count * sizes.records
        add(Row(f"merge signed files, verified ({SCALES[0]}x)", f"{count} x {sizes.records:,}",
                run_side("merge_app", hq=str(work / "signed-hq.habitat"), files=signed),
                run_side("merge_app", hq=str(work / "unsigned-hq.habitat"), files=[str(p) for p in paths[:count]]),
                "merge of the same files unsigned"))
        hq = hqs[SCALES[-1]]
        records = files_at(SCALES[-1], sizes.offices) * sizes.records
        for code in ("1.1.a", "2.1.b"):
            add(Row(f"explain a figure ({code}, the period)", f"of {records:,} records",
                    run_side("explain_app", hq=str(hq), code=code), run_side("explain_floor", hq=str(hq), code=code),
                    "one SELECT of its records"))
    return rows, scaling


def tables(rows: list[Row], scaling: list[tuple[str, int, int, Row]], stamp: str = "") -> tuple[list[str], list[str]]:
    """The lines of the main table and of the scaling table (without headings); ``stamp``: a last
    column saying when each row was measured."""
    def mb(side: dict) -> str:
        return f"{side['peak_mb']:.0f}" if side.get("peak_mb") else "-"

    def sec(value: float) -> str:
        return f"{value:.3f}" if value >= 0.1 else f"{value:.4f}" if value >= 0.001 else f"{value:.6f}"

    when = f" {stamp} |" if stamp else ""
    main = [f"| {r.benchmark} | {r.size} | {sec(r.app_s)} | {sec(r.floor_s)} | {r.ratio:.1f} | "
            f"{mb(r.app)} | {mb(r.floor)} | {r.floor_is} |{when}" for r in rows]
    lines = []
    first = {}
    for name, scale, records, r in scaling:
        base = first.setdefault(name, (r.app_s, records))
        lines.append(f"| {name} | {scale}x | {records:,} | {r.app_s:.2f} | {r.floor_s:.2f} | {r.ratio:.1f} | "
                     f"{r.app_s / records * 1e6:.1f} | {r.app_s / base[0]:.1f} | {records / base[1]:.1f} |{when}")
    return main, lines


MAIN_HEAD = ["| benchmark | size | app s | floor s | ratio | app peak MB | floor peak MB | floor is |",
             "|---|---|--:|--:|--:|--:|--:|---|"]
SCALING_HEAD = ["| scaling | scale | records | app s | floor s | ratio | app µs/record | "
                "app time ÷ 1x time | size ÷ 1x size |", "|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
README_START = "<!-- benchmark tables: written by bench/run_all.py, do not edit -->"
README_END = "<!-- end of benchmark tables -->"


def _key(line: str) -> tuple[str, str]:
    cells = [c.strip() for c in line.strip("|").split("|")]
    return cells[0], cells[1]


def merged(old: list[str], new: list[str]) -> list[str]:
    """``old`` rows with those measured again replaced in place by ``new``; rows never measured before last."""
    fresh = {_key(line): line for line in new}
    kept = [fresh.pop(_key(line), line) for line in old]
    return kept + [line for line in new if _key(line) in fresh]


def _rows_of(text: str, head: list[str]) -> list[str]:
    """The rows of the table under ``head`` in ``text`` (nothing if it has none)."""
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if line.startswith(head[0].rsplit(" |", 1)[0]):
            rows = []
            for row in lines[n + 2:]:
                if not row.startswith("| "):
                    break
                rows.append(row)
            return rows
    return []


def publish(results: Path, readme: Path | None, main: list[str], scaling: list[str]) -> str:
    """Write the measured rows into ``results`` (bench/RESULTS.md) and between the README's markers.

    A run of some benchmarks (``--only``) replaces their rows and keeps the others, each row
    dated by its last column."""
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    when = " when (UTC) |"
    main = merged(_rows_of(old, MAIN_HEAD), main)
    scaling = merged(_rows_of(old, SCALING_HEAD), scaling)
    body = [MAIN_HEAD[0] + when, MAIN_HEAD[1] + "---|", *main]
    if scaling:
        body += ["", SCALING_HEAD[0] + when, SCALING_HEAD[1] + "---|", *scaling]
    table = "\n".join(body)
    results.write_text(f"# Benchmark results\n\nMeasured on {machine()}. Reproduce with "
                       f"`python bench/run_all.py` (see its `--help`).\n\n{table}\n", encoding="utf-8")
    if readme is not None and readme.exists():
        text = readme.read_text(encoding="utf-8")
        if README_START in text and README_END in text:
            head, rest = text.split(README_START, 1)
            readme.write_text(f"{head}{README_START}\n{table}\n{README_END}{rest.split(README_END, 1)[1]}",
                              encoding="utf-8")
    return table


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="everything at a small size (a smoke test)")
    parser.add_argument("--data", type=Path, default=HERE / ".bench-data",
                        help="where generated inputs are kept and reused")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help="comma-separated: " + ", ".join(BENCHMARKS))
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md",
                        help="where the measured rows are kept, each with its date (not by --quick); "
                             "the README's table is written too when it is bench/RESULTS.md")
    parser.add_argument("--side", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.side:
        child(*args.side)
        return 0
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = only - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    rows, scaling = run(sizes, args.data, only)
    took = time.perf_counter() - started
    main_rows, scaling_rows = tables(rows, scaling)
    print("\n".join([*MAIN_HEAD, *main_rows]))
    if scaling_rows:
        print("\n".join(["", *SCALING_HEAD, *scaling_rows]))
    print(f"\n{'quick' if args.quick else 'full'} run on {machine()}: {took:.0f} s in all")
    if not args.quick and args.results:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
        # The README shows the project's own results file, not one kept elsewhere for a trial.
        ours = args.results.resolve() == (HERE / "RESULTS.md").resolve()
        publish(args.results, ROOT / "README.md" if ours else None, *tables(rows, scaling, stamp))
        print(f"rows written to {args.results}{' and README.md' if ours else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
