"""Write the plan workbooks shipped with the app, and the example's plan file, from their data.

    python -m tools.plan_workbooks                # write them all again
    python -m tools.plan_workbooks --check        # exit 1 if a shipped one differs from what would be written
    python -m tools.plan_workbooks --screenshots  # docs/plans-*.png: the example's sheets as Calc prints them

- ``resources/plans/sp-2020-2025.xlsx``: the built-in plan (``resources/frameworks/sp-2020-2025.json``)
  as a plan workbook. Write it again whenever that file changes (new names, new languages).
- ``resources/plans/blank.xlsx``: every sheet and column, no entries.
- ``resources/plans/examples/example-2026-2029.xlsx``: a made-up plan, EXAMPLE — NOT the official
  framework (its content is below, invented to show the format), and its plan file built from the
  workbook by the same code as ``habitat-results plan build``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from db.framework import get_framework
from db.plan_format import PLAN_FORMAT, SHEETS, plan_data, plan_file_bytes
from db.plan_workbook import build_plan, workbook_rows, write_workbook

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "resources" / "plans"
EXAMPLES = PLANS / "examples"
EXAMPLE_BANNER = "EXAMPLE — NOT the official framework: made up to show how a plan workbook is filled in"


def _n(en: str, zh: str | None = None, **more: str) -> dict:
    return {"en": en, **({"zh": zh} if zh else {}), **more}


def example_plan() -> dict:
    """A made-up plan 2026–2029 in two levels (impact areas, outcomes): EXAMPLE — NOT the official framework.

    Nothing here is the content of the strategic plan 2026–2029, whose results framework is
    issued by headquarters; every name says it is an example.
    """
    def group(code, parent, level, en, zh):
        return {"code": code, **({"parent": parent} if parent else {}), "level": level,
                "name": _n(f"EXAMPLE {en}", f"示例：{zh}"), "unofficial": ["zh"]}

    def indicator(code, parent, en, zh, unit, rule, **more):
        return {"code": code, "parent": parent, "name": _n(f"EXAMPLE: {en}", f"示例：{zh}"), "unofficial": ["zh"],
                "unit": unit, "rule": rule, **more}

    return {
        "format": PLAN_FORMAT,
        "id": "EXAMPLE-2026-2029",
        "version": "1.0",
        "first_year": 2026,
        "last_year": 2029,
        "status": "final",
        "symbol": "EXAMPLE/NOT-OFFICIAL",
        "name": _n("EXAMPLE — NOT the official framework: a made-up plan for 2026–2029",
                   "示例——并非正式框架：虚构的 2026–2029 年计划"),
        "unofficial": ["zh"],
        "source": "Made up for the documentation of Habitat Results (docs/plans.md); not a UN-Habitat document",
        "year_on_year_factor": 10,
        "levels": [
            {"level": 1, "key": "impact_area", "name": _n("Impact area", "影响领域"), "unofficial": ["zh"]},
            {"level": 2, "key": "outcome", "name": _n("Outcome", "成果"), "unofficial": ["zh"]},
        ],
        "structure": [
            group("A", None, "impact_area", "impact area A: homes and services", "影响领域 A：住房和服务"),
            group("A.1", "A", "outcome", "outcome A.1: more people in adequate homes",
                  "成果 A.1：更多人住进适足住房"),
            group("A.2", "A", "outcome", "outcome A.2: countries with housing policies",
                  "成果 A.2：制定住房政策的国家"),
            group("B", None, "impact_area", "impact area B: climate and environment", "影响领域 B：气候和环境"),
            group("B.1", "B", "outcome", "outcome B.1: cities planning for climate",
                  "成果 B.1：为气候做规划的城市"),
            group("C", None, "impact_area", "impact area C: crisis settings", "影响领域 C：危机环境"),
            group("C.1", "C", "outcome", "outcome C.1: places recovering from crises", "成果 C.1：从危机中恢复的地方"),
        ],
        "indicators": [
            indicator("A.1.a", "A.1", "people who moved into adequate housing", "搬入适足住房的人数", "people", "sum",
                      ceiling=50_000_000, breakdowns=["sex", "age", "disability"], baseline_year=2025, baseline=0,
                      target_year=2029, target=1_000_000, sdg=["11.1.1"],
                      definition=_n("EXAMPLE: people who lived in inadequate housing at the start of the year and "
                                    "in adequate housing at its end, through a programme the office supported")),
            indicator("A.1.b", "A.1", "households with secure tenure", "获得有保障的权属的住户", "households", "sum",
                      ceiling=20_000_000, sdg=["1.4.2"]),
            indicator("A.1.c", "A.1", "cities where housing programmes were supported", "获得住房方案支持的城市",
                      "cities", "distinct", counts="city"),
            indicator("A.2.a", "A.2", "countries supported on housing policy", "获得住房政策支持的国家", "countries",
                      "distinct", counts="country"),
            indicator("A.2.b", "A.2", "countries that adopted a housing policy", "通过住房政策的国家", "countries",
                      "distinct", counts="country"),
            indicator("A.2.c", "A.2", "share of supported countries that adopted a policy",
                      "获得支持的国家中通过政策的比例", "per cent", "derived", numerator="A.2.b",
                      denominator="A.2.a", baseline_year=2025, baseline=20, target_year=2029, target=60),
            indicator("B.1.a", "B.1", "climate action plans adopted", "通过的气候行动计划", "plans", "distinct",
                      counts="entity"),
            indicator("B.1.b", "B.1", "people in cities with a climate action plan", "所在城市有气候行动计划的人数",
                      "people", "sum", ceiling=200_000_000, breakdowns=["sex"]),
            indicator("C.1.a", "C.1", "people reached by recovery and reconstruction", "恢复和重建惠及的人数",
                      "people", "sum", ceiling=50_000_000, breakdowns=["sex", "age", "disability"]),
            indicator("C.1.b", "C.1", "countries or cities with a recovery plan", "有恢复计划的国家或城市",
                      "countries or cities", "distinct", counts="country_or_city"),
        ],
        "units": [
            {"unit": "people", "name": _n("people", "人")},
            {"unit": "households", "name": _n("households", "户")},
            {"unit": "cities", "name": _n("cities", "个城市")},
            {"unit": "countries", "name": _n("countries", "个国家")},
            {"unit": "countries or cities", "name": _n("countries or cities", "个国家和城市")},
            {"unit": "plans", "name": _n("plans", "个计划")},
            {"unit": "per cent", "name": _n("per cent", "%")},
        ],
        "rules": [
            {"indicator": "A.2.b", "at_most": "A.2.a",
             "text": _n("EXAMPLE: the countries that adopted a policy (A.2.b) are among the supported countries "
                        "(A.2.a); A.2.c is their share")},
        ],
        "crosswalk": [
            {"from_plan": "SP2020-2025", "from_code": "1.2.i", "to_code": "A.1.b",
             "note": _n("EXAMPLE: households with improved tenure security, as counted in 2020–2025")},
            {"from_plan": "SP2020-2025", "from_code": "1.2.c", "to_code": "A.2.a",
             "note": _n("EXAMPLE: countries supported, as counted in 2020–2025")},
        ],
    }


def blank_plan() -> dict:
    """No entries: the sheets and their columns only."""
    return {"format": PLAN_FORMAT, **{sheet: [] for sheet in SHEETS}}


def targets() -> dict[Path, tuple[dict, str]]:
    """Each workbook shipped: its plan data and its banner."""
    return {
        PLANS / "sp-2020-2025.xlsx": (plan_data(get_framework("SP2020-2025")), ""),
        PLANS / "blank.xlsx": (blank_plan(), ""),
        EXAMPLES / "example-2026-2029.xlsx": (example_plan(), EXAMPLE_BANNER),
    }


def example_plan_file() -> Path:
    return EXAMPLES / "example-2026-2029.plan.json"


def write_all() -> list[Path]:
    written = []
    for path, (data, banner) in targets().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_workbook(data, path, banner)
        written.append(path)
    example_plan_file().write_bytes(plan_file_bytes(build_plan(EXAMPLES / "example-2026-2029.xlsx")))
    written.append(example_plan_file())
    return written


def stale() -> list[Path]:
    """The shipped files whose content differs from what would be written now (compared by cells)."""
    from openpyxl import load_workbook

    found = []
    for path, (data, banner) in targets().items():
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / path.name
            write_workbook(data, fresh, banner)
            if not path.exists() or _cells(load_workbook(path)) != _cells(load_workbook(fresh)):
                found.append(path)
    if not example_plan_file().exists() or (EXAMPLES / "example-2026-2029.xlsx") in found or \
            example_plan_file().read_bytes() != plan_file_bytes(build_plan(EXAMPLES / "example-2026-2029.xlsx")):
        found.append(example_plan_file())
    return found


SCREENSHOTS = {"plan": "plans-workbook-plan.png", "structure": "plans-workbook-structure.png",
               "indicators": "plans-workbook-indicators.png"}


def screenshots(folder: Path = ROOT / "docs") -> list[Path]:
    """The example's sheets printed by LibreOffice Calc (soffice, pdftoppm), each cropped to its table."""
    import shutil
    import subprocess

    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from PIL import Image, ImageChops

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book = load_workbook(EXAMPLES / "example-2026-2029.xlsx")
        for ws in book.worksheets:
            if ws.title not in SCREENSHOTS:
                ws.sheet_state = "hidden"  # in this printed copy only
                continue
            header = [c.value for c in ws[1]]
            for c in range(1, ws.max_column + 1):  # the languages the example leaves empty are not shown
                if all(ws.cell(row=r, column=c).value in (None, "") for r in range(2, ws.max_row + 1)):
                    ws.column_dimensions[get_column_letter(c)].hidden = True
                elif (ws.column_dimensions[get_column_letter(c)].width or 0) > 45:
                    ws.column_dimensions[get_column_letter(c)].width = 45
            last = header.index("sdg") + 1 if ws.title == "indicators" else ws.max_column
            ws.print_area = f"A1:{get_column_letter(last)}{ws.max_row}"
            ws.page_setup.orientation = "landscape"
            ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.print_options.headings = ws.print_options.gridLines = True  # the cells' names, as problems say them
        book.save(work / "example.xlsx")
        subprocess.run([shutil.which("soffice") or "soffice", "--headless", "--convert-to", "pdf", "--outdir",
                        str(work), str(work / "example.xlsx")], check=True, capture_output=True, timeout=300)
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(work / "example.pdf"), str(work / "page")], check=True,
                       timeout=300)
        pages = sorted(work.glob("page-*.png"))
        for page, name in zip(pages, SCREENSHOTS.values(), strict=True):
            image = Image.open(page).convert("RGB")
            box = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
            if box:
                image = image.crop((max(box[0] - 20, 0), max(box[1] - 20, 0), box[2] + 20, box[3] + 20))
            image.save(folder / name, optimize=True)
            written.append(folder / name)
    return written


def _cells(book) -> list:
    return [(ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in book.worksheets]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="Only say which shipped files are out of date.")
    parser.add_argument("--screenshots", action="store_true", help="Render the example's sheets for docs/plans.md.")
    args = parser.parse_args(argv)
    if args.screenshots:
        for path in screenshots():
            print(path.relative_to(ROOT))
        return 0
    if args.check:
        out_of_date = stale()
        for path in out_of_date:
            print(f"{path.relative_to(ROOT)} is out of date: run python -m tools.plan_workbooks")
        return 1 if out_of_date else 0
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


__all__ = ["example_plan", "workbook_rows"]

if __name__ == "__main__":
    sys.exit(main())
