"""The annex in the six official languages: PDF text extracted by poppler, XLSX reopened and opened by
LibreOffice, numbers as each language's UN documents write them, Arabic shaped and in logical order."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cli.main import main
from db.officefile import Office, ResultsFile
from exports import ANNEX_LANGUAGES, DocumentSettings, export_annex
from exports.numbers import format_count, format_percent, group_thousands
from tests.test_aggregate import build_known_hq

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
EGYPT = Office("EGY", "مكتب مصر", "EGY", "Arab States")
MASTHEAD = {"ar": "الأمم المتحدة", "en": "United Nations", "es": "Naciones Unidas", "fr": "Nations Unies",
            "ru": "Организация Объединенных Наций", "zh": "联合国"}
HEADINGS = {"ar": ("المرفق الأول", "المرفق الثاني", "المرفق الثالث"),
            "en": ("Annex I", "Annex II", "Annex III"), "es": ("Anexo I", "Anexo II", "Anexo III"),
            "fr": ("Annexe I", "Annexe II", "Annexe III"),
            "ru": ("Приложение I", "Приложение II", "Приложение III"), "zh": ("附件一", "附件二", "附件三")}
# The known totals (tests/test_aggregate.py) as each language writes them (no-break spaces as poppler
# extracts them: plain spaces).
FIGURES = {"ar": ("أكثر من 3.9 مليون", "17.6 مليون"), "en": ("more than 3.9 million", "at least 466,000"),
           "es": ("más de 3,9 millones", "al menos 466.000"), "fr": ("plus de 3,9 millions", "au moins 466 000"),
           "ru": ("более 3,9 миллиона", "не менее 466 000"), "zh": ("390多万", "至少 466 000")}
# The first words of indicators 1.1.b and 1.1.c as annex I prints them (the first line of their cells).
NAMES = {"ar": ("الأشخاص المستفيدون من خدمات جمع النفايات", "المدن التي حسّنت إدارة النفايات الصلبة البلدية"),
         "en": ("People benefiting from basic waste collection", "Cities that improved municipal solid waste"),
         "es": ("Personas que se benefician de servicios", "Ciudades que mejoraron la gestión"),
         "fr": ("Personnes bénéficiant de services de base", "Villes ayant amélioré la gestion des déchets"),
         "ru": ("Люди, пользующиеся базовыми услугами", "Города, улучшившие управление твердыми"),
         "zh": ("受益于基本废物收集服务的人数", "通过智慧减废城市方案")}
# Bidi controls poppler wraps right-to-left text in.
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def build_hq_with_egypt(path: Path) -> Path:
    """The known headquarters file, with an office named in Arabic that reported in 2021."""
    build_known_hq(path)
    with ResultsFile.open(path, who="test") as hq:
        hq.add_office(EGYPT, who="test")
        hq.add_records([{"indicator": "1.1.a", "year": 2021, "country": "EGY", "value": 250_000}],
                       office_code="EGY", who="test")
        hq.submit_year(2021, who="test")
    return path


@pytest.fixture(scope="module")
def hq_path(tmp_path_factory) -> Path:
    return build_hq_with_egypt(tmp_path_factory.mktemp("languages") / "hq.habitat")


@pytest.fixture(scope="module")
def pdfs(hq_path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    out = {}
    for lang in LANGS:
        out[lang] = folder / f"annex-{lang}.pdf"
        export_annex(hq_path, out[lang], "pdf", DocumentSettings(lang=lang))
    return out


def pdf_font_file(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face.filename


def pdftotext(path: Path, *args: str) -> str:
    text = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return MARKS.sub("", text).replace("\u00a0", " ")


def lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ("plus de 3,9 millions", "au moins 466\u00a0000", "1,2 million", "environ 62\u00a0%")),
    ("es", ("más de 3,9 millones", "al menos 466.000", "1,2 millones", "alrededor de 62%")),
    ("ru", ("более 3,9 миллиона", "не менее 466\u00a0000", "1,2 миллиона", "около 62\u00a0%")),
    ("ar", ("أكثر من 3.9 مليون", "ما لا يقل عن 466,000", "1.2 مليون", "نحو 62\u00a0في المائة")),
])
def test_figures_as_each_language_writes_them(lang, expected):
    got = (format_count(3_900_000, "more_than", lang), format_count(466_000, "at_least", lang),
           format_count(1_200_000, "none", lang), format_percent(62.5, "about", lang))
    assert got == expected


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("ru", 1_000_000, "1 миллион"), ("ru", 3_000_000, "3 миллиона"), ("ru", 5_000_000, "5 миллионов"),
    ("ru", 21_000_000, "21 миллион"), ("ar", 2_000_000, "2 مليونان"), ("ar", 5_000_000, "5 ملايين"),
    ("ar", 11_000_000, "11 مليون"), ("fr", 1_000_000, "1 million"), ("fr", 2_000_000, "2 millions"),
    ("es", 1_000_000, "1 millón"), ("es", 2_500_000_000, "2.500 millones"),
])
def test_million_agrees_with_its_number(lang, count, expected):
    assert format_count(count, "none", lang) == expected


def test_digit_groups_never_break_and_arabic_keeps_western_digits():
    assert group_thousands(1_234_567, "fr") == "1\u00a0234\u00a0567"  # no-break space, never U+202F
    assert group_thousands(1_234_567, "ru") == "1\u00a0234\u00a0567"
    assert group_thousands(1_500, "es") == "1.500"  # grouped from four digits, as UN Spanish does
    assert group_thousands(1_234_567, "ar") == "1,234,567"
    assert group_thousands(1_234_567, "en") == "1,234,567" and group_thousands(1_234_567, "zh") == "1 234 567"


def test_every_language_is_offered():
    assert sorted(ANNEX_LANGUAGES) == sorted(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_in_each_language_embeds_every_font_and_reads_back(pdfs, lang):
    fonts = subprocess.run(["pdffonts", str(pdfs[lang])], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts
    text = pdftotext(pdfs[lang], "-layout")
    flat = " ".join(lines(text))
    assert MASTHEAD[lang] in flat and "HSP/OECPR.2025/5" in flat
    for heading in HEADINGS[lang]:
        assert heading in flat, heading
    for name in NAMES[lang]:  # in logical order, Arabic too
        assert name in flat, name
    for figure in FIGURES[lang]:
        if lang == "ar":  # a line mixing directions is extracted in no reliable order: its words are
            assert any(all(word in line for word in figure.split()) for line in lines(text)), figure
        else:
            assert figure in flat, figure
    assert not PRESENTATION_FORMS.search(text) and not PRIVATE_USE.search(text)
    # Annex II names the office typed in Arabic, in any language: joined letters extracted as typed.
    assert "مكتب مصر" in flat


def test_arabic_pdf_reads_in_logical_order(pdfs):
    text = pdftotext(pdfs["ar"], "-layout")
    found = lines(text)
    for expected in ("الأمم المتحدة", "برنامج الأمم المتحدة للمستوطنات البشرية", "تقرير المديرة التنفيذية",
                     "المحتويات", "المرفق الأول"):
        assert expected in found or any(line.startswith(expected) or line.endswith(expected) for line in found), \
            expected
    letters = [c for c in text if unicodedata.bidirectional(c) == "AL"]
    assert letters and all("\u0600" <= c <= "\u06ff" for c in letters)


def test_arabic_tables_are_mirrored(pdfs):
    """Annex I's first column (the code) is on the right, the countries on the left."""
    import pdfplumber

    with pdfplumber.open(pdfs["ar"]) as pdf:
        page = next(p for p in pdf.pages if "1.1.a" in (p.extract_text() or ""))
        words = page.extract_words()
    code = next(w for w in words if w["text"] == "1.1.a")
    assert code["x0"] > page.width * 0.8


def test_english_and_chinese_masthead_unchanged(pdfs):
    en = " ".join(lines(pdftotext(pdfs["en"])))
    assert "Distr.: General" in en and "4 March 2025" in en and "Original: English" in en
    zh = " ".join(lines(pdftotext(pdfs["zh"])))
    assert "Distr.: General" in zh and "Original: English" in zh and "Chinese" in zh


def test_french_and_spanish_mastheads_are_translated(pdfs):
    fr = " ".join(lines(pdftotext(pdfs["fr"])))
    assert "Distr. générale" in fr and "4 mars 2025" in fr and "Original : anglais" in fr
    es = " ".join(lines(pdftotext(pdfs["es"])))
    assert "Distr. general" in es and "4 de marzo de 2025" in es and "Original: inglés" in es


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_in_each_language(hq_path, tmp_path, lang):
    out = tmp_path / f"annex-{lang}.xlsx"
    export_annex(hq_path, out, "xlsx", DocumentSettings(lang=lang))
    wb = load_workbook(out)
    assert all(bool(ws.sheet_view.rightToLeft) == (lang == "ar") for ws in wb.worksheets)
    assert wb.worksheets[0]["A1"].value.startswith(HEADINGS[lang][0])
    by_sex = wb.worksheets[4]
    groups = {row[4] for row in by_sex.iter_rows(min_row=2, values_only=True)}
    if lang != "en":
        assert not groups & {"female", "male"}, groups
    sources = {row[0]: row[1] for row in wb["Sources" if lang == "en" else wb.sheetnames[5]].iter_rows(values_only=True)
               if row[0]}
    if lang != "en":
        assert "headquarters" not in sources.values()
        assert not any("submitted" in str(v) for v in sources.values())
        assert "Chinese" not in sources.values()


def test_chinese_xlsx_speaks_chinese(hq_path, tmp_path):
    out = tmp_path / "annex-zh.xlsx"
    export_annex(hq_path, out, "xlsx", DocumentSettings(lang="zh"))
    wb = load_workbook(out)
    groups = {row[4] for row in wb["按性别、年龄、残疾"].iter_rows(min_row=2, values_only=True)}
    assert {"女性", "男性"} <= groups
    sources = {row[0]: row[1] for row in wb["来源"].iter_rows(values_only=True) if row[0]}
    assert sources["文件类型"] == "总部" and sources["计入的状态"] == "已提交、已核定"
    assert sources["语言"] == "中文"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_arabic_and_russian_workbooks(hq_path, tmp_path):
    for lang, figure in (("ar", "أكثر من 4,150,000"), ("ru", "более 4,150,000")):
        out = tmp_path / f"annex-{lang}.xlsx"
        export_annex(hq_path, out, "xlsx", DocumentSettings(lang=lang))
        converted = tmp_path / lang
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
             "--outdir", str(converted), str(out)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert not [line for line in (result.stdout + result.stderr).splitlines() if "repair" in line.lower()]
        sheet = next(converted.glob(f"*-{HEADINGS[lang][0]}.csv"))
        rows = {r[0]: r for r in csv.reader(sheet.open(encoding="utf-8")) if r}
        assert any(cell.startswith(figure) for cell in rows["1.1.a"]), rows["1.1.a"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_cli_exports_csv_and_json_in_each_language(hq_path, tmp_path, fmt):
    for lang in LANGS:
        out = tmp_path / f"annex-{lang}.{fmt}"
        result = CliRunner().invoke(main, ["export", str(hq_path), "--format", fmt, "--lang", lang, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8")


def test_a_translation_that_is_not_official_is_footnoted(pdfs):
    fr = " ".join(lines(pdftotext(pdfs["fr"])))
    assert "traduction non officielle" in fr
    en = " ".join(lines(pdftotext(pdfs["en"])))
    assert "unofficial translation" not in en


def test_the_builtin_plan_is_named_in_six_languages_marked_unofficial_where_ours():
    from db.framework import get_framework

    plan = get_framework()
    names = [plan.name, *plan.level_names.values(), *plan.units.values(),
             *(g.name for g in plan.domains), *(g.name for g in plan.outcomes()),
             *(i.name for i in plan.indicators())]
    for name in names:
        for lang in ("ar", "es", "fr", "ru"):
            assert name.texts.get(lang) and not name.is_official(lang), (name.texts["en"], lang)
        assert name.is_official("en")
    assert all(len(r.why.texts) == 6 for r in plan.rules if r.why)
    assert plan.indicator("1.1.a").name.get("fr").startswith("Personnes vivant dans des établissements informels")


def test_a_long_arabic_narrative_wraps_over_pages_in_order(tmp_path):
    hq = build_hq_with_egypt(tmp_path / "hq.habitat")
    sentence = "تحسنت خدمات جمع النفايات في الأحياء غير الرسمية بالتعاون مع البلدية (المرحلة 2) "
    with ResultsFile.open(hq, who="test") as results, results.transaction() as conn:
        conn.execute("INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, "
                     "changed_by) VALUES ('EGY', '1.1', 2021, ?, '2025-01-01T00:00:00Z', 1, 'test')",
                     (sentence * 150,))
    for lang in ("ar", "en"):
        out = tmp_path / f"annex-{lang}.pdf"
        export_annex(hq, out, "pdf", DocumentSettings(lang=lang))
        text = pdftotext(out, "-layout")
        assert text.count("بالتعاون مع البلدية") >= 100, lang  # each line extracted in logical order
        assert not PRESENTATION_FORMS.search(text) and not PRIVATE_USE.search(text)


def test_json_and_csv_name_the_indicators_in_the_language(hq_path, tmp_path):
    import json

    for lang, name in (("ar", "الأشخاص المقيمون في المستوطنات غير الرسمية"), ("ru", "Жители неформальных поселений"),
                       ("es", "Personas de asentamientos informales")):
        out = tmp_path / f"annex-{lang}.json"
        export_annex(hq_path, out, "json", DocumentSettings(lang=lang))
        row = next(r for r in json.loads(out.read_text(encoding="utf-8")) if r["code"] == "1.1.a")
        assert row["name"].startswith(name)
        out = tmp_path / f"annex-{lang}.csv"
        export_annex(hq_path, out, "csv", DocumentSettings(lang=lang))
        assert name in out.read_text(encoding="utf-8")


def test_a_language_the_annex_does_not_have_is_refused_with_a_code():
    from exports import ExportError

    with pytest.raises(ExportError) as refused:
        DocumentSettings(lang="de").resolved()
    assert (refused.value.code, refused.value.params["lang"]) == ("export_language_unknown", "de")
    assert "ar, en, es, fr, ru, zh" in str(refused.value)


def test_rare_chinese_characters_print_from_the_shipped_font(tmp_path):
    hq = build_known_hq(tmp_path / "hq.habitat")
    with ResultsFile.open(hq, who="test") as results:
        results.add_office(Office("TWN", "龘喆辦事處", "CHN", "Asia and the Pacific"), who="test")
        results.add_records([{"indicator": "1.1.a", "year": 2021, "country": "CHN", "value": 5}],
                            office_code="TWN", who="test")
        results.submit_year(2021, who="test")
    out = tmp_path / "annex-zh.pdf"
    export_annex(hq, out, "pdf", DocumentSettings(lang="zh"))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "resources/fonts" in str(pdf_font_file("HR-CJK")) and "WenQuanYiMicroHei" in fonts
    assert "龘喆辦事處" in pdftotext(out)
