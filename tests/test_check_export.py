"""Exporting runs the pre-publication check: blocking problems refuse the annex, unless a working
draft is asked for, which is then marked on every PDF page, every sheet and in CSV/JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pdfplumber
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cli.main import main
from db.merge import merge_files
from exports import ExportRefused, export_annex
from tests.broken_demo import write_broken_headquarters

MARK_EN = "Working draft — not for publication"
MARK_ZH = "工作草稿——不得发布"


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.output


@pytest.fixture(scope="module")
def broken(demo_dir, tmp_path_factory) -> dict:
    return write_broken_headquarters(demo_dir, tmp_path_factory.mktemp("broken"))


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv", "json"])
def test_an_annex_with_blocking_problems_is_refused(broken, tmp_path, fmt):
    out = tmp_path / f"annex.{fmt}"
    code, _, text = run("export", broken["hq"], "-o", out)
    assert code == 1 and not out.exists()
    assert "not exported: the check found 6 blocking problems" in text
    assert f"record {broken['disputed']} (KEN 1.2.d 2025): 2 versions, none chosen" in text
    assert "and 3 more" in text and "working draft" in text
    assert list(tmp_path.iterdir()) == []  # no temporary file left either


def test_standard_output_is_refused_too(broken):
    code, stdout, text = run("export", broken["hq"], "-o", "-", "--format", "json")
    assert code == 1 and stdout == "" and "not exported" in text


def test_the_api_refusal_carries_the_report(broken, tmp_path):
    with pytest.raises(ExportRefused) as err:
        export_annex(broken["hq"], tmp_path / "annex.pdf", "pdf")
    assert len(err.value.report.blocking) == 6


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_working_draft_pdf_is_marked_on_every_page(broken, tmp_path, lang):
    out = tmp_path / "draft.pdf"
    code, stdout, _ = run("export", broken["hq"], "-o", out, "--draft", "--lang", lang)
    assert code == 0 and "a working draft, marked as not for publication" in stdout
    with pdfplumber.open(out) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) > 3
    for page in pages:
        flat = page.replace("\n", "")
        assert MARK_EN in flat and MARK_ZH in flat


def test_a_working_draft_workbook_is_marked_on_every_sheet(broken, tmp_path):
    out = tmp_path / "draft.xlsx"
    code, _, _ = run("export", broken["hq"], "-o", out, "--draft")
    assert code == 0
    wb = load_workbook(out)
    assert len(wb.worksheets) >= 6  # the annexes, breakdowns, sources and charts
    for ws in wb.worksheets:
        assert ws["A1"].value == f"{MARK_EN} / {MARK_ZH}", ws.title
        assert any(str(r).startswith("A1:") for r in ws.merged_cells.ranges)
        assert MARK_EN in ws.oddHeader.center.text
        assert ws.print_title_rows.startswith("$1:") or ws.print_title_rows.startswith("1:")
    first = wb.worksheets[0]
    # The sheet below the banner is intact: its own title and table one row lower.
    assert first["A2"].value and "Annex" in str(first["A2"].value)


def test_the_draft_banner_shows_in_libreoffice(broken, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "draft.xlsx"
    assert run("export", broken["hq"], "-o", out, "--draft")[0] == 0
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120)
    with pdfplumber.open(tmp_path / "draft.pdf") as pdf:
        pages = [(page.extract_text() or "").replace("\n", "") for page in pdf.pages]
    assert pages and all(MARK_EN in page for page in pages)


def test_working_draft_csv_and_json_say_so_on_every_row(broken, tmp_path):
    code, stdout, _ = run("export", broken["hq"], "-o", "-", "--format", "csv", "--draft")
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert code == 0 and rows and all(r["working_draft"] == f"{MARK_EN} / {MARK_ZH}" for r in rows)
    out = tmp_path / "draft.json"
    assert run("export", broken["hq"], "-o", out, "--draft", "--lang", "zh")[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data and all(r["working_draft"] == f"{MARK_ZH} / {MARK_EN}" for r in data)


def test_a_clean_annex_exports_without_any_mark(demo_dir, tmp_path):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, sorted(demo_dir.glob("*.habitat")))
    code, stdout, _ = run("export", hq, "-o", "-", "--format", "csv")
    assert code == 0 and "working_draft" not in stdout and "Working draft" not in stdout
    out = tmp_path / "annex.pdf"
    assert run("export", hq, "-o", out)[0] == 0
    with pdfplumber.open(out) as pdf:
        assert not any(MARK_EN in (p.extract_text() or "") for p in pdf.pages)
