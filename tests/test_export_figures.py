"""Charts in the exports, read back: the XLSX's native charts point at cells holding the annex's
figures (and LibreOffice opens the workbook), the PDF's Figures section says the annex's figures."""

from __future__ import annotations

import re
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from cli.main import main
from db.merge import merge_files
from exports.aggregate import aggregate_file
from exports.document import DocumentSettings
from exports.figures import WORDS, bar_labels, charted
from exports.service import export_annex


@pytest.fixture(scope="module")
def hq(demo_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hq")
    offices = folder / "offices"
    shutil.copytree(demo_dir, offices)
    path = folder / "hq.habitat"
    merge_files(path, sorted(offices.glob("*.habitat")))
    return path


def cells_of(wb, ref: str) -> list:
    """The values of a one-row range such as 'Charts'!$C$4:$H$4."""
    sheet, cells = ref.rsplit("!", 1)
    ws = wb[sheet.strip("'")]
    first, last = (re.match(r"\$([A-Z]+)\$(\d+)", part).groups() for part in cells.split(":"))
    assert first[1] == last[1]
    row = int(first[1])
    return [ws.cell(row=row, column=c).value
            for c in range(column_index_from_string(first[0]), column_index_from_string(last[0]) + 1)]


def as_sheet_number(cell):
    """A figure as the workbook holds it: shares as fractions of one."""
    if cell.value is None:
        return None
    return float(cell.value / 100) if isinstance(cell.value, Fraction) else cell.value


@pytest.mark.parametrize("lang, sheet", [("en", "Charts"), ("zh", "图表")])
def test_each_excel_chart_reads_the_cells_holding_its_indicators_figures(hq, tmp_path, lang, sheet):
    out = tmp_path / f"annex-{lang}.xlsx"
    export_annex(hq, out, "xlsx", DocumentSettings(lang=lang))
    annex = aggregate_file(hq)
    wb = load_workbook(out)
    ws = wb[sheet]
    results = charted(annex)
    assert len(results) > 20 and len(ws._charts) == len(results)
    for chart, result in zip(ws._charts, results):
        title = "".join(run.t for p in chart.title.tx.rich.p for run in p.r)
        assert title.startswith(result.code + " ")
        series = chart.series[0]
        values = cells_of(wb, series.val.numRef.f)
        expected = [as_sheet_number(result.by_year[y]) for y in annex.years]
        assert [v is None for v in values] == [e is None for e in expected]
        assert [v for v in values if v is not None] == pytest.approx([e for e in expected if e is not None],
                                                                     rel=1e-12)
        assert cells_of(wb, series.cat.numRef.f if series.cat.numRef else series.cat.strRef.f) == [
            str(y) for y in annex.years]
        # The row the chart reads names the indicator.
        row = int(re.search(r"\$(\d+)$", series.val.numRef.f).group(1))
        assert ws.cell(row=row, column=1).value == result.code
    if lang == "zh":
        assert any("非正规住区" in "".join(r.t for p in c.title.tx.rich.p for r in p.r) for c in ws._charts)


def test_libreoffice_opens_the_workbook_and_draws_the_charts(hq, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (python3 tasks.py test installs it)")
    out = tmp_path / "annex-zh.xlsx"
    export_annex(hq, out, "xlsx", DocumentSettings(lang="zh"))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", str(tmp_path / "annex-zh.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    annex = aggregate_file(hq)
    assert "按报告年度列示的数字" in text
    # The chart titles are drawn by LibreOffice (a chart it could not read would be an empty frame).
    for result in charted(annex)[:6]:
        assert re.search(re.escape(result.code) + r"\s", text)
    assert "非正规住区获得城市基本服务的人数" in text


def chart_labels(pdf_path: Path, codes: set[str], lang: str) -> dict[str, list[str]]:
    """Per chart of the Figures section: the bar labels, left to right, as the PDF's text says them."""
    found = {}
    started = False
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            started = started or WORDS[lang]["figures_intro"][:12] in (page.extract_text() or "")
            if not started:
                continue  # annex I names the same codes
            words = page.extract_words(extra_attrs=["size"])
            for word in words:
                if word["text"] not in codes or word["text"] in found or word["size"] > 9:
                    continue
                # The chart sits under its title, in its half of the page (80 mm wide).
                left = word["x0"] - 2
                below = [w["top"] for w in words if w["text"] in codes and abs(w["x0"] - word["x0"]) < 5
                         and w["top"] > word["top"] + 5]
                bottom = min(below, default=word["top"] + 200)
                box = [w for w in words if left <= w["x0"] < left + 226 and word["top"] < w["top"] < bottom
                       and abs(w["size"] - 6.5) < 0.3]
                found[word["text"]] = [w["text"] for w in sorted(box, key=lambda w: w["x0"])]
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_pdf_figures_say_the_annexs_figures(hq, tmp_path, lang):
    out = tmp_path / f"annex-{lang}.pdf"
    export_annex(hq, out, "pdf", DocumentSettings(lang=lang, figures=True))
    annex = aggregate_file(hq)
    results = charted(annex)
    labels = chart_labels(out, {r.code for r in results}, lang)
    assert set(labels) == {r.code for r in results}
    for result in results:
        assert labels[result.code] == [text for text in bar_labels(result, annex.years, lang) if text], result.code
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout if shutil.which(
        "pdffonts") else ""
    assert "WenQuanYi" in fonts or not fonts or lang == "en"


def test_figures_are_asked_for_on_the_command_line(hq, tmp_path):
    plain, with_figures = tmp_path / "plain.pdf", tmp_path / "figures.pdf"
    for path, extra in ((plain, []), (with_figures, ["--figures"])):
        result = CliRunner().invoke(main, ["export", str(hq), "-o", str(path), *extra], catch_exceptions=False)
        assert result.exit_code == 0, result.output

    def says(path):
        with pdfplumber.open(path) as pdf:
            return "Each reported indicator's figure per reporting year" in " ".join(
                page.extract_text() or "" for page in pdf.pages)
    assert not says(plain) and says(with_figures)
    assert "--figures" in CliRunner().invoke(main, ["export", "--help"]).output
