"""Text given to an export (the document symbol, the title) and typed by offices never becomes a
live formula in the workbook: a real spreadsheet program (LibreOffice) shows it as typed."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cli.main import main
from db.officefile import Office, ResultsFile

SYMBOL = '=2+3&"HSP"'
TITLE = "+4+5"
OFFICE_NAME = "-6+7"
NARRATIVE = "@SUM(8,9)"
TYPED = (SYMBOL, TITLE, OFFICE_NAME, NARRATIVE)


@pytest.fixture
def exported(tmp_path):
    path = tmp_path / "office.habitat"
    with ResultsFile.create(path, Office("EVL", OFFICE_NAME, "KEN", "Africa")) as office:
        office.add_records([{"indicator": "1.1.a", "year": 2021, "value": 10, "country": "KEN"}])
        office.set_outcome_narrative("1.1", 2021, NARRATIVE)
        office.submit_year(2021)
    out = tmp_path / "annex.xlsx"
    result = CliRunner().invoke(main, ["export", str(path), "-o", str(out), "--symbol", SYMBOL, "--title", TITLE])
    assert result.exit_code == 0, result.output
    return out


def test_no_cell_of_the_workbook_is_a_formula(exported):
    wb = load_workbook(exported)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert f"{SYMBOL}  {TITLE}" in texts  # Annex I's title row, where the symbol was a live formula
    assert {SYMBOL, OFFICE_NAME, NARRATIVE} <= texts
    assert all(c.quotePrefix for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_evaluates_nothing(exported, tmp_path):
    converted = tmp_path / "lo"
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
         "--outdir", str(converted), str(exported)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    shown = [cell for sheet in converted.glob("*.csv") for row in csv.reader(sheet.open(encoding="utf-8"))
             for cell in row]
    assert f"{SYMBOL}  {TITLE}" in shown
    assert {SYMBOL, OFFICE_NAME, NARRATIVE} <= set(shown)
    assert not [cell for cell in shown if "5HSP" in cell]  # what the symbol's formula showed before
