"""Export times for a large headquarters file, next to floors measured in the same run.

    python bench/bench_export.py [--records 500000] [--offices 60] [--keep FOLDER]

Builds a headquarters file (plain executemany, one transaction), then times:
aggregation; the xlsx and pdf writers (the pdf in English and in Arabic); the whole ``export_annex``
for each; and the floors:
a bare SQL pass over the records, openpyxl write-only of the same cells as our workbook, and a
bare reportlab table (plain strings cut to 70 characters, repeated header) of the same cells as
the tables of our PDF.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.officefile import RECORD_COLUMNS, Office, ResultsFile  # noqa: E402
from exports.aggregate import aggregate_file  # noqa: E402
from exports.document import DocumentSettings  # noqa: E402
from exports.service import export_annex  # noqa: E402

REGIONS = ["Africa", "Arab States", "Asia and the Pacific", "Europe", "Latin America and the Caribbean"]
COUNTRIES = ["KEN", "UGA", "TZA", "ETH", "MOZ", "GHA", "NGA", "SEN", "EGY", "JOR", "LBN", "IRQ", "IND",
             "CHN", "PHL", "MMR", "IDN", "VNM", "BRA", "COL", "MEX", "PER", "CHL", "ECU", "POL", "UKR",
             "ESP", "ITA", "FRA", "DEU", "NPL", "BGD", "PAK", "AFG", "SOM", "SDN", "ZAF", "ZMB", "MWI",
             "RWA"]


def build(path: Path, records: int, offices: int, seed: int = 7) -> float:
    """Write a headquarters file with ``records`` submitted/draft records; returns seconds taken."""
    rng = random.Random(seed)
    start = time.perf_counter()
    hq = ResultsFile.create(path, Office("HQ", "UN-Habitat headquarters", "KEN"), kind="headquarters", who="bench")
    codes = []
    for n in range(offices):
        code = f"OFF{n:03d}"
        hq.add_office(Office(code, f"UN-Habitat office {n}", rng.choice(COUNTRIES), REGIONS[n % len(REGIONS)]),
                      who="bench")
        codes.append(code)
    indicators = [i for i in hq.framework.indicators() if i.enterable]
    cities = {c: [f"City {c} {k}" for k in range(60)] for c in COUNTRIES}
    now = "2025-03-01T00:00:00.000Z"
    rows = []
    for _ in range(records):
        ind = rng.choice(indicators)
        year = rng.randrange(2020, 2026)
        country = rng.choice(COUNTRIES)
        city = rng.choice(cities[country])
        value = entity = ""
        sex = ""
        qualifier = "none"
        if ind.rule == "sum":
            value = rng.randrange(10, 5000)
            qualifier = rng.choice(("none",) * 8 + ("more_than", "at_least"))
            if "sex" in ind.disaggregations and rng.random() < 0.3:
                sex = rng.choice(("female", "male"))
        elif ind.entity == "named":
            entity = f"{ind.unit} {rng.randrange(3000)}"
        elif ind.entity == "country":
            city = ""
        row = {"id": str(uuid.UUID(int=rng.getrandbits(128))), "office_code": rng.choice(codes),
               "indicator": ind.code, "year": year, "value": value if value != "" else None,
               "country": country, "city": city, "entity": entity,
               "qualifier": qualifier, "sex": sex, "age": "",
               "disability": "", "narrative": "", "source": "bench",
               "status": "draft" if year == 2025 else "submitted", "created_at": now, "updated_at": now,
               "version": 1, "changed_by": "bench", "deleted": 0}
        rows.append(tuple(row[c] for c in RECORD_COLUMNS))
    with hq.transaction() as conn:
        conn.executemany(f"INSERT INTO record ({', '.join(RECORD_COLUMNS)}) "
                         f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})", rows)
        conn.executemany(
            "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
            "VALUES (?, ?, ?, ?, ?, 1, 'bench')",
            [(code, outcome, year, f"Example of impact of {code} under {outcome} in {year}.", now)
             for code in codes for outcome in ("1.1", "1.2", "2.1") for year in range(2020, 2025)])
    hq.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hq.close()
    return time.perf_counter() - start


def timed(fn, *args, **kw):
    start = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - start, result


def floor_sql(path: Path) -> None:
    """A bare pass over the records: one GROUP BY for sums, one DISTINCT for entities."""
    from db.officefile import connect

    conn = connect(path, readonly=True)
    conn.execute("SELECT indicator, year, office_code, SUM(value) FROM record WHERE deleted = 0 "
                 "AND status IN ('submitted', 'validated') GROUP BY indicator, year, office_code").fetchall()
    conn.execute("SELECT DISTINCT indicator, year, office_code, country, city, entity FROM record "
                 "WHERE deleted = 0 AND status IN ('submitted', 'validated') AND value IS NULL").fetchall()
    conn.close()


def workbook_cells(annex, settings):
    """The cells of our workbook, sheet by sheet, as plain values."""
    from exports.xlsx import build_workbook

    wb = build_workbook(annex, settings)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}


def floor_xlsx(cells: dict, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


def pdf_table_cells(annex, settings) -> list[list[list[str]]]:
    """The cells of our PDF: the tables of annexes I and II and the narratives of annex III, as strings."""
    from reportlab.platypus import Paragraph, Table

    from exports.pdf import AnnexDocument, build_story, register_fonts

    register_fonts()
    doc = AnnexDocument(str(Path(tempfile.gettempdir()) / "unused.pdf"), settings, None)
    tables = []
    for flowable in build_story(annex, settings, doc):
        if isinstance(flowable, Table) and len(flowable._cellvalues) > 3:
            tables.append([[c.getPlainText() if isinstance(c, Paragraph) else str(c or "") for c in row]
                           for row in flowable._cellvalues])
    tables.append([["office", "year", "example of impact"]] +
                  [[n.office_code, str(n.year), n.text] for n in annex.narratives])
    return tables


def floor_pdf(tables: list, out: Path) -> None:
    """A bare reportlab table of the same cells: plain strings, repeated header, no paragraphs."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, PageBreak, SimpleDocTemplate

    from exports.pdf import SERIF

    story = []
    for rows in tables:
        table = LongTable([[text[:70] for text in row] for row in rows], repeatRows=1)
        table.setStyle([("FONT", (0, 0), (-1, -1), SERIF, 7)])
        story += [table, PageBreak()]
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build(story)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--offices", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="write the files here instead of a temporary folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "hq-bench.habitat"
        path.unlink(missing_ok=True)
        built = build(path, args.records, args.offices)
        print(f"built {args.records:,} records from {args.offices} offices in {built:.1f} s "
              f"({path.stat().st_size / 2**20:.0f} MiB)")
        settings = DocumentSettings().resolved()
        from exports.pdf import register_fonts

        t_fonts, _ = timed(register_fonts)  # once per process; the floor uses the same fonts
        print(f"loading the embedded fonts (once per process): {t_fonts:.2f} s")
        t_sql, _ = timed(floor_sql, path)
        t_agg, annex = timed(aggregate_file, path)
        from exports.pdf import write_pdf
        from exports.xlsx import write_xlsx

        t_xlsx_writer, _ = timed(write_xlsx, annex, folder / "writer.xlsx", settings)
        t_pdf_writer, _ = timed(write_pdf, annex, folder / "writer.pdf", settings)
        # The Arabic annex: every paragraph shaped by HarfBuzz and ordered by the bidi algorithm.
        t_pdf_arabic, _ = timed(write_pdf, annex, folder / "writer-ar.pdf", replace(settings, lang="ar"))
        # Random figures break the plan's consistency rules: the check blocks publication, so the
        # whole export is timed as a working draft (the same work, plus the watermark).
        t_xlsx, _ = timed(export_annex, path, folder / "annex.xlsx", "xlsx", settings, working_draft=True)
        t_pdf, _ = timed(export_annex, path, folder / "annex.pdf", "pdf", settings, working_draft=True)
        cells = workbook_cells(annex, settings)
        ncells = sum(len(r) for rows in cells.values() for r in rows)
        t_floor_xlsx, _ = timed(floor_xlsx, cells, folder / "floor.xlsx")
        tables = pdf_table_cells(annex, settings)
        t_floor_pdf, _ = timed(floor_pdf, tables, folder / "floor.pdf")
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "annex.pdf").pages)
        floor_pages = len(PdfReader(folder / "floor.pdf").pages)
        print(f"annex: {len(annex.results)} indicators, {len(annex.offices)} offices, "
              f"{annex.source.records_counted:,} records counted; workbook {ncells:,} cells; "
              f"PDF {pages} pages, its tables {sum(len(r) for t in tables for r in t):,} cells "
              f"(bare table {floor_pages} pages)")
        print(f"{'step':<44}{'seconds':>9}{'floor':>9}{'ratio':>8}")
        lines = [
            ("aggregation (SQL + Python)", t_agg, t_sql, "bare SQL GROUP BY + DISTINCT"),
            ("xlsx writer (from the aggregate)", t_xlsx_writer, t_floor_xlsx, "openpyxl write-only"),
            ("pdf writer (from the aggregate)", t_pdf_writer, t_floor_pdf, "bare reportlab table"),
            ("pdf writer, Arabic (shaped, bidi)", t_pdf_arabic, t_pdf_writer, "the English pdf writer"),
            ("export_annex xlsx (aggregate + write)", t_xlsx, t_sql + t_floor_xlsx, "sum of floors"),
            ("export_annex pdf (aggregate + write)", t_pdf, t_sql + t_floor_pdf, "sum of floors"),
        ]
        for name, seconds, floor, what in lines:
            print(f"{name:<44}{seconds:>9.2f}{floor:>9.2f}{seconds / floor:>7.1f}x  floor: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
