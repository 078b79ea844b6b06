"""The annex workbook as a spreadsheet program lays it out: rows tall enough for their wrapped
text, columns wide enough for their labels (LibreOffice renders it; the PDF it makes is read back)."""

import shutil
import subprocess

import pdfplumber
import pytest

from db.merge import merge_files
from exports import DocumentSettings, export_annex
from exports.xlsx import wrapped_lines

SOLID_WASTE = "Cities that improved municipal solid waste management (Waste Wise Cities)"


def test_a_name_longer_than_its_column_takes_two_lines():
    assert wrapped_lines(SOLID_WASTE, 60) == 2
    assert wrapped_lines("People benefiting from basic waste collection services", 60) == 1
    assert wrapped_lines("实施创新融资伙伴关系以支持贫民窟改造和低成本住房的伙伴城市", 60) == 1
    assert wrapped_lines("实施创新融资伙伴关系以支持贫民窟改造和低成本住房的伙伴城市" * 2, 60) == 2
    assert wrapped_lines("one\ntwo", 60) == 2


def _overlaps(chars):
    """Pairs of characters on different lines whose boxes overlap: text running over other text.

    (A row too low for its wrapped text draws its last line over the next row's first.)"""
    grid: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        if c["text"].strip():
            grid.setdefault((int(c["x0"] // 10), int(c["top"] // 10)), []).append(c)
    found = []
    for (gx, gy), cell in grid.items():
        near = [c for dx in (-1, 0, 1) for dy in (-1, 0, 1) for c in grid.get((gx + dx, gy + dy), [])]
        for a in cell:
            for b in near:
                across = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                down = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                if (abs(a["top"] - b["top"]) > 0.3 and across > 0.3 * min(a["width"], b["width"])
                        and down > 0.3 * min(a["height"], b["height"])):
                    found.append((a["text"], b["text"], round(a["top"]), round(b["top"])))
    return found


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_text_of_the_annex_runs_over_other_text_in_libreoffice(demo_dir, tmp_path, lang):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, sorted(demo_dir.glob("*.habitat")))
    out = tmp_path / f"annex-{lang}.xlsx"
    export_annex(hq, out, "xlsx", DocumentSettings(lang=lang))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / f"annex-{lang}.pdf") as pdf:
        first = pdf.pages[0]  # annex I, where the indicator names wrap
        assert len(first.chars) > 1000 and _overlaps(first.chars) == []
