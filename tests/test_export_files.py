"""The export files read back: JSON and CSV parsed, PDF text extracted, XLSX reopened and converted
by LibreOffice, all checked against the totals known by construction (see test_aggregate)."""

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from cli.main import main
from db.officefile import Office, ResultsFile
from db.progress import Cancelled
from exports import DocumentSettings, ExportError, export_annex
from tests.test_aggregate import NARRATIVE, build_known_hq


@pytest.fixture
def hq_path(tmp_path) -> Path:
    return build_known_hq(tmp_path / "hq.habitat")


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdf_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_json_holds_one_object_per_indicator(hq_path, tmp_path):
    out = tmp_path / "annex.json"
    export_annex(hq_path, out, "json")
    data = {row["code"]: row for row in json.loads(out.read_text(encoding="utf-8"))}
    a = data["1.1.a"]
    assert {"code", "unit", "rule", "by_year", "total", "qualifier", "offices", "countries"} <= set(a)
    assert (a["total"], a["qualifier"], a["offices"], a["countries"]) == (3_900_000, "more_than", 2, 1)
    assert a["by_year"]["2020"] == 3_000_000 and a["by_year"]["2022"] is None
    c = data["1.1.c"]
    assert (c["rule"], c["total"], c["by_year"]["2021"], c["by_year"]["2022"]) == ("distinct", 3, 1, 3)
    assert (c["offices"], c["countries"]) == (3, 2)
    assert data["1.2.e"]["total"] == 42.7 and data["1.2.e"]["rule"] == "derived"
    assert data["1.2.h"]["total"] == 62.5
    assert data["1.2.a"]["by_disaggregation"]["sex"]["female"]["value"] == 4_000_000
    assert data["1.2.f"]["by_region"]["Africa"]["value"] == 6


def test_csv_has_the_same_table(hq_path, tmp_path):
    out = tmp_path / "annex.csv"
    export_annex(hq_path, out, "csv", years="2020-2024")
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert list(next(iter(rows.values())))[4:9] == ["2020", "2021", "2022", "2023", "2024"]
    assert (rows["1.1.a"]["total"], rows["1.1.a"]["qualifier"]) == ("3900000", "more_than")
    assert (rows["1.1.c"]["total"], rows["1.1.c"]["2021"], rows["1.1.c"]["2022"]) == ("3", "1", "3")
    assert rows["1.1.c"]["offices"] == "3" and rows["1.1.c"]["countries"] == "2"
    assert rows["1.2.e"]["total"] == "42.7"
    assert rows["1.2.b"]["total"] == ""


def test_pdf_text_shows_the_totals_in_english(hq_path, tmp_path):
    out = tmp_path / "annex.pdf"
    export_annex(hq_path, out, "pdf", DocumentSettings(job_number="K9999999"))
    text = pdf_text(out)
    for expected in ("United Nations", "HSP/OECPR.2025/5", "Distr.: General", "4 March 2025",
                     "Original: English", "Report of the Executive Director", "K9999999",
                     "Annex I", "Annex II", "Annex III",
                     "more than 3.9 million", "17.6 million", "at least 466,000", "43%", "62%",
                     "Distinct count", "weakest qualifier"):
        assert expected in text, expected
    # Page furniture: the symbol runs at the head of every page after the first.
    pages = pdf_pages(out)
    assert all("HSP/OECPR.2025/5" in page for page in pages[1:])
    assert "K9999999" not in "".join(pages[1:])


def test_pdf_in_chinese_embeds_its_fonts(hq_path, tmp_path):
    out = tmp_path / "annex-zh.pdf"
    export_annex(hq_path, out, "pdf", DocumentSettings(lang="zh"))
    text = pdf_text(out)
    for expected in ("联合国", "Distr.: General", "4 March 2025", "Chinese", "Original: English",
                     "执行主任的报告", "附件一", "1 760 万", "390多万", "至少 466 000", "43%"):
        assert expected in text, expected
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else font.get("/FontDescriptor")
            # A font without a descriptor (a standard font such as Helvetica) is not embedded.
            fonts.add((str(font["/BaseFont"]), descriptor is not None and "/FontFile2" in descriptor.get_object()))
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("HR-CJK" in name or "WenQuanYi" in name or "Hei" in name for name, _ in fonts)


def test_user_text_prints_as_typed(hq_path, tmp_path):
    out = tmp_path / "annex.pdf"
    export_annex(hq_path, out, "pdf", DocumentSettings(title="Results <draft> & annexes", symbol="X/<1>&2"),
                 include_drafts=True)
    flat = " ".join(pdf_text(out).split())
    assert "<b>not bold</b> & 100% of <i>Nairobi</i>" in flat
    assert "人居署 & partners" in flat
    assert "Results <draft> & annexes" in flat and "X/<1>&2" in flat
    assert "Working view: draft records are included" in flat


def test_long_tables_split_with_repeated_headers(tmp_path):
    path = tmp_path / "many.habitat"
    with ResultsFile.create(path, Office("HQ", "Headquarters", "KEN"), kind="headquarters") as hq:
        for n in range(40):
            code = f"O{n:02d}"
            hq.add_office(Office(code, f"Office {n}", "KEN", f"Region {n % 4}"))
            hq.add_records([{"indicator": i, "year": 2021, "value": 1000 + n, "country": "KEN"}
                            for i in ("1.1.a", "1.1.b", "1.1.d", "1.1.f", "1.2.a", "1.2.d")], office_code=code)
        hq.submit_year(2021)
    out = tmp_path / "many.pdf"
    export_annex(path, out, "pdf")
    annex2 = [p for p in pdf_pages(out) if "By office" in p]
    assert len(annex2) >= 2  # annex II runs over several pages, each with its column headings
    assert all("Indicator" in p and "Total 2020–2025" in p for p in annex2)


def test_xlsx_cells_hold_the_totals(hq_path, tmp_path):
    out = tmp_path / "annex.xlsx"
    export_annex(hq_path, out, "xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Annex I", "Annex II", "Annex III", "By country", "By sex, age, disability",
                             "Sources", "Charts", "Explained"]
    ws = wb["Annex I"]
    header = [c.value for c in ws[4]]
    year_col = {v: n for n, v in enumerate(header, start=1) if isinstance(v, int)}
    head3 = [c.value for c in ws[3]]
    total_col = next(n for n, v in enumerate(head3, start=1) if v and str(v).startswith("Total"))
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    r = rows["1.1.a"]
    assert ws.cell(r, total_col).value == 3_900_000
    assert ws.cell(r, total_col).number_format == '"more than "#,##0'
    assert ws.cell(r, year_col[2020]).value == 3_000_000
    r = rows["1.1.c"]
    assert [ws.cell(r, year_col[y]).value for y in (2021, 2022)] == [1, 3]
    assert [ws.cell(r, total_col + k).value for k in (0, 2, 3)] == [3, 3, 2]
    assert ws.cell(rows["1.2.e"], total_col).value == pytest.approx(0.42718, abs=1e-5)
    assert ws.freeze_panes == "C5"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$3:$4"
    assert f"E3:{get_column_letter(4 + len(year_col))}3" in {str(m) for m in ws.merged_cells.ranges}
    sources = {row[0].value: row[1].value for row in wb["Sources"].iter_rows() if row[0].value}
    assert sources["File kind"] == "headquarters" and sources["Records counted"] == 29
    by_sex = {(r[0], r[4]): r[5] for r in wb["By sex, age, disability"].iter_rows(min_row=2, values_only=True)}
    assert by_sex == {("1.2.a", "female"): 4_000_000, ("1.2.a", "male"): 3_500_000}
    assert wb["By sex, age, disability"]["D1"].value == "Of which, by"
    # 1.2.a 2022 has its total: no place of the first version counted as the sum of its parts.
    assert sources["Places and years without a total (their parts added up)"] == 0
    by_country = {(r[0], r[3]): r[5] for r in wb["By country"].iter_rows(min_row=2, values_only=True)}
    assert by_country[("1.1.c", "KEN")] == 2 and by_country[("1.1.c", "BRA")] == 1
    narrative = wb["Annex III"]["E3"].value
    assert narrative == NARRATIVE


def test_xlsx_neutralises_formula_like_user_text(tmp_path):
    path = tmp_path / "evil.habitat"
    evil = '=HYPERLINK("http://example.invalid","x")'
    with ResultsFile.create(path, Office("EVL", evil, "KEN", "@region")) as office:
        office.add_records([{"indicator": "1.1.a", "year": 2021, "value": 10, "country": "KEN"}])
        office.set_outcome_narrative("1.1", 2021, "-1+2 cmd|' /C calc'!A0")
        office.submit_year(2021)
    out = tmp_path / "evil.xlsx"
    export_annex(path, out, "xlsx")
    wb = load_workbook(out)
    values = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in values if c.value.startswith(("=", "+", "-", "@"))]
    assert {c.value for c in risky} >= {evil, "@region", "-1+2 cmd|' /C calc'!A0"}
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_xlsx_and_the_values_survive(hq_path, tmp_path):
    out = tmp_path / "annex.xlsx"
    export_annex(hq_path, out, "xlsx")
    converted = tmp_path / "lo"
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
         "--outdir", str(converted), str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    sheet = next(converted.glob("*Annex I*.csv"))
    rows = {r[0]: r for r in csv.reader(sheet.open(encoding="utf-8")) if r}
    assert "more than 3,900,000" in rows["1.1.a"]
    assert "17,600,000" in rows["1.2.a"]
    assert "42.7%" in rows["1.2.e"]
    assert "3" in rows["1.1.c"]
    broken = [line for line in (result.stdout + result.stderr).splitlines() if "repair" in line.lower()]
    assert not broken


def test_cli_writes_json_to_standard_output(hq_path):
    result = CliRunner().invoke(main, ["export", str(hq_path), "--format", "json", "-o", "-",
                                       "--years", "2020-2021"])
    assert result.exit_code == 0, result.output
    data = {row["code"]: row for row in json.loads(result.stdout)}
    assert data["1.1.a"]["total"] == 3_900_000 and list(data["1.1.a"]["by_year"]) == ["2020", "2021"]
    assert data["1.1.c"]["total"] == 1


def test_cli_writes_files_and_counts_drafts_on_request(hq_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "working.csv"
    result = runner.invoke(main, ["export", str(hq_path), "-o", str(out), "--include-drafts"])
    assert result.exit_code == 0, result.output
    rows = {r["code"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["1.1.c"]["total"] == "4"
    result = runner.invoke(main, ["export", str(hq_path), "--lang", "zh", "--format", "pdf"])
    assert result.exit_code == 0, result.output
    assert (hq_path.parent / "hq-annex-zh.pdf").exists()


@pytest.mark.parametrize("args, message", [
    (["--years", "2019-2020"], "plan period"),
    (["--format", "pdf", "-o", "-"], "standard output"),
])
def test_cli_refuses_bad_requests_with_a_message(hq_path, args, message):
    result = CliRunner().invoke(main, ["export", str(hq_path), *args])
    assert result.exit_code == 1
    assert message in result.output


def test_not_a_results_file(tmp_path):
    bogus = tmp_path / "notes.habitat"
    bogus.write_text("hello")
    result = CliRunner().invoke(main, ["export", str(bogus), "-o", "-", "--format", "csv"])
    assert result.exit_code == 1 and "not a Habitat Results file" in result.output


def test_cancelled_export_leaves_no_file(hq_path, tmp_path):
    out = tmp_path / "annex.pdf"
    seen = []

    def progress(done, total=None, message=""):
        seen.append((done, message))
        return done < 30  # the writing phase starts at 30 per cent

    with pytest.raises(Cancelled):
        export_annex(hq_path, out, "pdf", progress=progress)
    assert not out.exists() and not list(tmp_path.glob(".annex.pdf*"))
    assert seen[-1][0] == 30 and seen[0][0] == 0
    with pytest.raises(ExportError):
        export_annex(hq_path, out, "docx")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_demo_offices_export_in_both_languages(demo_dir, tmp_path, lang):
    source = tmp_path / "roap.habitat"
    shutil.copy(demo_dir / "roap.habitat", source)  # the shared demo files stay untouched
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"roap-{lang}.{fmt}"
        annex = export_annex(source, out, fmt, DocumentSettings(lang=lang))
        assert out.stat().st_size > 5000
    assert annex.source.records_counted > 0


def test_a_file_without_submitted_results_still_exports(office_path, tmp_path):
    for fmt in ("pdf", "xlsx", "csv", "json"):
        export_annex(office_path, tmp_path / f"empty.{fmt}", fmt, years="2022")
    text = pdf_text(tmp_path / "empty.pdf")
    assert "No results were reported for this period." in text
    assert "No examples of impact were reported for this period." in text
    assert all(row["total"] is None for row in json.loads((tmp_path / "empty.json").read_text()))


def test_a_region_with_many_offices_still_fits_the_pages(tmp_path):
    path = tmp_path / "big-region.habitat"
    with ResultsFile.create(path, Office("HQ", "Headquarters", "KEN"), kind="headquarters") as hq:
        for n in range(150):
            code = f"AF{n:03d}"
            hq.add_office(Office(code, "Regional office with a long name " * 8 + str(n), "KEN", "Africa"))
            hq.add_records([{"indicator": "1.1.a", "year": 2021, "value": 1_000_001 + n, "country": "KEN",
                             "qualifier": "more_than"}], office_code=code)
        hq.submit_year(2021)
    out = tmp_path / "big-region.pdf"
    export_annex(path, out, "pdf")
    flat = " ".join(pdf_text(out).split())
    assert "Africa (150 offices)" in flat
    assert "AF149: more than 1 million" in flat


def test_an_export_never_replaces_a_results_file(tmp_path, office_path):
    other = tmp_path / "other.habitat"
    shutil.copy(office_path, other)
    for target in (office_path, other):
        before = target.read_bytes()
        with pytest.raises(ExportError, match="choose another name for the annex"):
            export_annex(office_path, target, "json")
        assert target.read_bytes() == before
    result = CliRunner().invoke(main, ["export", str(office_path), "--format", "json", "-o", str(office_path)])
    assert result.exit_code == 1 and "choose another name" in result.output


def test_the_export_reports_its_declared_phases_in_order(hq_path, tmp_path):
    from exports import ADDING_UP, EXPORT_PHASES, WRITING, export_phase

    seen = []
    export_annex(hq_path, tmp_path / "annex.xlsx", "xlsx",
                 progress=lambda done, total=None, message="": seen.append((done, message)) or True)
    phases = [export_phase(done) for done, _ in seen]
    assert phases == sorted(phases, key=[ADDING_UP, WRITING].index)  # adding up first, then writing
    assert {ADDING_UP, WRITING} <= set(phases) and seen[-1][0] == 100
    adding = [message for done, message in seen if export_phase(done) == ADDING_UP]
    assert "Adding up counted values" in adding and max(d for d, _ in seen if d < 100) <= EXPORT_PHASES[WRITING][1]
