"""Export the demo data as annex documents, in the six languages, and render sample pages.

    python bench/demo_annex.py OUT_FOLDER [--pages docs]

Writes the five demo office files, copies their records into one headquarters-like file (a
stand-in for the merge, for this demonstration only), exports PDF and XLSX in both languages,
and with ``--pages`` renders a few PDF pages to small PNGs (needs poppler's pdftoppm); the
Arabic, French and Russian pages at a resolution where joined letters can be checked.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.demo import write_demo  # noqa: E402
from db.officefile import Office, ResultsFile  # noqa: E402
from exports import DocumentSettings, export_annex  # noqa: E402

# (file, page, name in docs/, resolution)
SAMPLE_PAGES = [("annex-en.pdf", 1, "annex-en-masthead.png", 50), ("annex-en.pdf", 2, "annex-en-annex1.png", 50),
                ("annex-zh.pdf", 2, "annex-zh-annex1.png", 50), ("annex-ar.pdf", 2, "annex-ar-annex1.png", 80),
                ("annex-fr.pdf", 2, "annex-fr-annex1.png", 80), ("annex-ru.pdf", 2, "annex-ru-annex1.png", 80)]
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def combine(offices: list[Path], target: Path) -> Path:
    """Copy the demo offices' records and narratives into one headquarters-like file."""
    with ResultsFile.create(target, Office("HQ", "UN-Habitat headquarters", "KEN"), kind="headquarters",
                            who="demo") as hq:
        for path in offices:
            with ResultsFile.open(path) as office:
                hq.add_office(office.office, who="demo")
            hq.conn.execute("ATTACH DATABASE ? AS src", (str(path),))
            hq.conn.execute("BEGIN IMMEDIATE")
            hq.conn.execute("INSERT INTO record SELECT * FROM src.record")
            hq.conn.execute("INSERT INTO outcome_narrative SELECT * FROM src.outcome_narrative")
            hq.conn.execute("COMMIT")
            hq.conn.execute("DETACH DATABASE src")
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=Path, help="folder for sample page PNGs (e.g. docs)")
    parser.add_argument("--only", nargs="*", help="render only these sample pages (names in docs/)")
    args = parser.parse_args(argv)
    out = args.out
    shutil.rmtree(out / "offices", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    offices = write_demo(out / "offices")
    hq = out / "demo-hq.habitat"
    hq.unlink(missing_ok=True)
    combine(offices, hq)
    for lang in LANGUAGES:
        for fmt in ("pdf", "xlsx"):
            target = out / f"annex-{lang}.{fmt}"
            annex = export_annex(hq, target, fmt, DocumentSettings(lang=lang), years="2020-2024")
            print(f"{target}: {annex.source.records_counted} records from {len(annex.offices)} offices")
    if args.pages:
        args.pages.mkdir(parents=True, exist_ok=True)
        for pdf, page, name, resolution in SAMPLE_PAGES:
            if args.only and name not in args.only:
                continue
            stem = args.pages / name.removesuffix(".png")
            subprocess.run(["pdftoppm", "-r", str(resolution), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(out / pdf), str(stem)], check=True)
            print(f"{stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
