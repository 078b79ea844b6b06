"""Plan workbooks: checked cell by cell, built into plan files; the built-in plan round-trips exactly."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from db.errors import MESSAGES
from db.framework import get_framework, load_framework_file, substance_sha256
from db.plan_format import SHEETS, plan_data, plan_file_bytes
from db.plan_workbook import (
    MAX_PLAN_ROWS, PlanWorkbookError, build_plan, build_plan_file, check_workbook, workbook_framework,
    write_workbook,
)
from tools import plan_workbooks

ROOT = Path(__file__).resolve().parents[1]
BUILTIN_WORKBOOK = ROOT / "resources" / "plans" / "sp-2020-2025.xlsx"
EXAMPLE_WORKBOOK = ROOT / "resources" / "plans" / "examples" / "example-2026-2029.xlsx"
EXAMPLE_PLAN_FILE = ROOT / "resources" / "plans" / "examples" / "example-2026-2029.plan.json"


# --- the built-in plan, round trip -----------------------------------------------------------------------

def test_the_shipped_workbook_of_the_builtin_plan_builds_todays_framework_exactly():
    builtin = get_framework("SP2020-2025")
    assert check_workbook(BUILTIN_WORKBOOK) == []
    built = workbook_framework(BUILTIN_WORKBOOK)
    assert built == builtin, "run: python -m tools.plan_workbooks (the built-in plan's JSON changed)"
    assert substance_sha256(built) == substance_sha256(builtin)
    assert build_plan(BUILTIN_WORKBOOK) == plan_data(builtin)
    # Every field the framework has today is in the workbook, not only the counting.
    first = built.indicator("1.1.a")
    assert (first.report_value, first.report_qualifier, first.report_para) == (3_900_000, "more_than", 23)
    assert built.indicator("1.1.e").entity == "named" and built.indicator("2.1.g").entity == "country_or_city"
    assert not built.group("1.3").name.is_official("zh") and built.group("1.2").name.is_official("zh")
    assert built.year_on_year_factor == 10.0 and built.source == builtin.source
    assert [r.text for r in built.rules] == ["1.2.a ≤ 1.2.d", "1.2.g ≤ 1.2.f", "2.1.b ≤ 2.1.a"]


def test_the_builtin_plan_written_again_and_built_gives_the_same_framework(tmp_path):
    # Written from today's JSON (names added since included): the round trip itself, not the shipped file.
    builtin = get_framework("SP2020-2025")
    path = tmp_path / "sp.xlsx"
    write_workbook(plan_data(builtin), path)
    assert workbook_framework(path) == builtin
    out = tmp_path / "sp.plan.json"
    sha = build_plan_file(path, out)
    assert sha == hashlib.sha256(out.read_bytes()).hexdigest()
    assert load_framework_file(out) == builtin


def test_the_shipped_workbooks_and_example_plan_file_are_up_to_date():
    assert plan_workbooks.stale() == [], "run: python -m tools.plan_workbooks"


# --- the example --------------------------------------------------------------------------------------

def test_the_example_plan_is_valid_and_says_it_is_an_example_everywhere():
    assert check_workbook(EXAMPLE_WORKBOOK) == []
    fw = load_framework_file(EXAMPLE_PLAN_FILE)
    assert (fw.id, fw.version, fw.first_year, fw.last_year, fw.status) == ("EXAMPLE-2026-2029", "1.0", 2026, 2029,
                                                                           "final")
    assert fw == workbook_framework(EXAMPLE_WORKBOOK)
    assert EXAMPLE_PLAN_FILE.read_bytes() == plan_file_bytes(build_plan(EXAMPLE_WORKBOOK))
    assert [(lv.number, lv.key, lv.name.get("en")) for lv in fw.levels] == [(1, "impact_area", "Impact area"),
                                                                              (2, "outcome", "Outcome")]
    assert "EXAMPLE" in fw.name.get("en") and "NOT the official framework" in fw.name.get("en")
    assert all(g.name.get("en").startswith("EXAMPLE") for g in fw.groups())
    assert all(i.name.get("en").startswith("EXAMPLE") for i in fw.indicators())
    book = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    assert book.sheetnames == ["plan", *SHEETS]
    for sheet in book.worksheets:
        header = [c.value for c in sheet[1]]
        column = header.index("comment") + 1
        assert sheet.cell(row=2, column=column).value.startswith("EXAMPLE — NOT the official framework"), sheet.title
    assert fw.crosswalk_to("A.1.b")[0].from_code == "1.2.i"
    assert fw.indicator("A.2.c").numerator == "A.2.b" and fw.indicator("A.1.a").target.value == 1_000_000


# --- a broken workbook: every problem named by its cell, all at once ------------------------------------

class Sheets:
    """Cells of a workbook found by sheet, column name and the code in column A."""

    def __init__(self, path: Path):
        self.path = path
        self.book = openpyxl.load_workbook(path)

    def cell(self, sheet: str, key: str, column: str):
        ws = self.book[sheet]
        header = [c.value for c in ws[1]]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == key)
        return ws.cell(row=row, column=header.index(column) + 1)

    def set(self, sheet: str, key: str, column: str, value) -> None:
        self.cell(sheet, key, column).value = value

    def append(self, sheet: str, values: dict) -> None:
        ws = self.book[sheet]
        header = [c.value for c in ws[1]]
        ws.append([values.get(name) for name in header])

    def save(self) -> Path:
        self.book.save(self.path)
        return self.path


@pytest.fixture
def example(tmp_path) -> Sheets:
    path = tmp_path / "plan.xlsx"
    write_workbook(plan_workbooks.example_plan(), path, plan_workbooks.EXAMPLE_BANNER)
    return Sheets(path)


def broken_workbook(example: Sheets) -> Path:
    s = example
    s.set("plan", "version", "value", 1.0)  # a number: Excel made "1.0" into 1
    s.set("plan", "first_year", "value", 2030)  # after the last year, 2029
    s.set("plan", "status", "value", "draft")
    s.append("levels", {"level": 5, "key": "output", "name_en": "Output"})
    s.set("structure", "A.2", "parent", "Z")  # an unknown parent
    s.set("structure", "B.1", "level", "subarea")  # an unknown level
    s.set("structure", "C", "parent", "C.1")  # C → C.1 → C: a cycle
    s.set("structure", "A", "name_fr", '=CONCAT("a")')  # a formula
    s.set("indicators", "A.1.b", "code", "A.1.a")  # a code twice
    s.set("indicators", "A.1.c", "unit", "peple")  # an unknown unit
    s.set("indicators", "A.1.c", "ceiling", 100)  # a ceiling on a distinct indicator
    s.set("indicators", "A.2.a", "counts", None)  # a distinct indicator that does not say what it counts
    s.set("indicators", "A.2.c", "numerator", "A.9.z")  # derived from a missing indicator
    s.set("indicators", "A.2.c", "target", 150)  # a share above 100
    s.set("indicators", "A.1.a", "target", "lots")  # a target that is not a number
    s.set("indicators", "B.1.b", "breakdowns", "sex, income")
    s.append("indicators", {"code": "C.1.c", "parent": "C.1", "name_en": "A share of shares", "unit": "per cent",
                            "rule": "derived", "numerator": "A.2.c", "denominator": "C.1.a"})  # derived from derived
    ws = s.book["indicators"]
    ws.cell(row=1, column=ws.max_column + 1, value="colour")  # an unknown column
    s.set("units", "plans", "name_en", None)  # no English name
    s.set("rules", "A.2.b", "indicator", "A.2.c")  # a rule on a derived indicator
    s.set("crosswalk", "SP2020-2025", "to_code", "A.1.b")  # (A.1.b is gone: its code was typed A.1.a)
    example.book["crosswalk"].cell(row=3, column=2).value = "1.9.z"  # not an indicator of 2020–2025
    hidden = s.book.create_sheet("notes")
    hidden["A1"] = "a note"
    hidden.sheet_state = "hidden"
    return s.save()


EXPECTED = [
    "plan!B3: 1 is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 into 1; format the cell "
    "as Text and type it again",
    "plan!B5: the last year 2029 comes before the first year 2030",
    "plan!B6: 'draft' is not one of: provisional, final",
    "levels!A4: '5' is not a level: 1 at the top, at most 4",
    "structure!G2: a formula (=CONCAT(\"a\")); a plan workbook holds values only: type the value itself",
    "structure!B4: 'Z' is not a code of the sheet structure",
    "structure!C6: 'subarea' is not a key of the sheet levels",
    "structure!B7: C sits under itself: C → C.1 → C",
    "structure!B8: C.1 sits under itself: C.1 → C → C.1",
    "indicators!T2: 'lots' is not a number",
    "indicators!A3: 'A.1.a' appears twice (also at indicators!A2)",
    "indicators!J4: unit 'peple' is not in units",
    "indicators!O4: only for a sum indicator: leave it empty",
    "indicators!L5: required for a distinct indicator: what it counts once (city, country, entity, country_or_city)",
    "indicators!M7: 'A.9.z' is not an indicator of this plan",
    "indicators!T7: 150 is above 100; a derived indicator is a share in per cent",
    "indicators!P9: 'income' is not one of: sex, age, disability",
    "indicators!M12: 'A.2.c' is itself derived; a share is derived from two indicators that offices enter",
    "units!C7: required; the cell is empty",
    "rules!A2: 'A.2.c' is not an indicator of this plan that offices enter",
    "crosswalk!C2: 'A.1.b' is not an indicator of this plan",
    "crosswalk!B3: '1.9.z' is not an indicator of SP2020-2025 1.0",
    "notes: the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it",
]


def test_a_broken_workbook_names_every_problem_by_sheet_and_cell(example):
    problems = check_workbook(broken_workbook(example))
    said = [str(p) for p in problems]
    unknown_column = [line for line in said if line.startswith("indicators!AG1: 'colour' is not a column")]
    assert len(unknown_column) == 1
    said.remove(unknown_column[0])
    assert sorted(said) == sorted(EXPECTED)
    assert len({p.code for p in problems}) >= 15
    assert all(p.code in MESSAGES for p in problems)
    assert [p for p in problems if p.place == "indicators!J4"][0].params == {"text": "peple"}
    assert [(p.sheet, p.cell) for p in problems][:2] == [("plan", "B3"), ("plan", "B5")]  # in the sheets' order


def test_a_broken_workbook_builds_nothing(example, tmp_path):
    path = broken_workbook(example)
    out = tmp_path / "plan.json"
    with pytest.raises(PlanWorkbookError) as err:
        build_plan_file(path, out)
    assert len(err.value.problems) == len(EXPECTED) + 1
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_a_workbook_whose_years_overlap_the_builtin_plan_is_refused(example):
    example.set("plan", "first_year", "value", 2025)
    example.set("crosswalk", "SP2020-2025", "from_plan", "SP2014-2019")  # no overlap said on the crosswalk
    example.book["crosswalk"].cell(row=3, column=1).value = "SP2014-2019"
    assert [str(p) for p in check_workbook(example.save())] == [
        "plan!B4: the years 2025–2029 overlap the plan SP2020-2025 (2020–2025) built into the app; a results file "
        "follows one plan a year"]


def test_a_workbook_claiming_the_builtin_plan_with_other_counting_is_refused(tmp_path):
    data = plan_data(get_framework("SP2020-2025"))
    data["indicators"][0]["ceiling"] = 1000
    path = tmp_path / "sp.xlsx"
    write_workbook(data, path)
    assert [str(p) for p in check_workbook(path)] == [
        "plan!B3: SP2020-2025 1.0 is the plan built into the app, and this one counts otherwise: give it a new "
        "version"]


def test_missing_sheets_keys_and_columns_are_named(example):
    del example.book["units"]
    assert [str(p) for p in check_workbook(example.save())] == [
        "units: the sheet 'units' is missing; a plan workbook has the sheets plan, levels, structure, indicators, "
        "units, rules, crosswalk"]


def test_a_missing_key_and_a_missing_column_are_named_once(example):
    ws = example.book["plan"]
    ws.delete_rows(2)  # the id
    ws = example.book["indicators"]
    header = [c.value for c in ws[1]]
    ws.delete_cols(header.index("unit") + 1)
    said = [str(p) for p in check_workbook(example.save())]
    assert said == ["plan: the key 'id' is missing: add a row with it",
                    "indicators!AF1: the column 'unit' is missing; add it to the first row"]


def test_three_levels_of_any_names_build_a_plan(tmp_path):
    data = plan_workbooks.example_plan()
    data["levels"].append({"level": 3, "key": "output", "name": {"en": "Output", "fr": "Produit"}})
    data["structure"].append({"code": "A.1.x", "parent": "A.1", "level": "output", "name": {"en": "EXAMPLE output"}})
    for entry in data["indicators"]:
        if entry["parent"] == "A.1":
            entry["parent"] = "A.1.x"
    path = tmp_path / "three.xlsx"
    write_workbook(data, path)
    fw = workbook_framework(path)
    assert fw.depth == 3 and fw.level("output").name.get("fr") == "Produit"
    assert [g.code for g in fw.ancestors("A.1.a")] == ["A", "A.1", "A.1.x"]


# --- untrusted files ------------------------------------------------------------------------------------

def test_a_file_that_is_not_a_workbook_is_one_problem(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_text("key,value\nid,X\n", encoding="utf-8")
    problems = check_workbook(path)
    assert [p.code for p in problems] == ["not_workbook"] and str(problems[0]).startswith("plan.xlsx: ")


def test_a_sheet_declaring_a_huge_range_is_refused_before_it_is_read(example):
    path = example.save()
    patched = path.with_name("huge.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                text = data.decode("utf-8")
                start = text.index("<dimension ref=\"")
                end = text.index("/>", start)
                data = (text[:start] + '<dimension ref="A1:XFD1048576"' + text[end:]).encode("utf-8")
            dst.writestr(item, data)
    problems = check_workbook(patched)
    assert [p.code for p in problems] == ["plan_sheet_too_large"]
    assert f"beyond {MAX_PLAN_ROWS:,} rows" in str(problems[0])


def test_a_text_that_starts_with_an_equals_sign_is_written_as_text(tmp_path):
    data = plan_workbooks.example_plan()
    data["indicators"][0]["definition"]["en"] = "=HYPERLINK(\"http://example.org\")"
    path = tmp_path / "eq.xlsx"
    write_workbook(data, path)
    assert check_workbook(path) == []
    assert workbook_framework(path).indicator("A.1.a").definition.get("en") == data["indicators"][0]["definition"]["en"]


def test_the_plan_file_is_canonical_json(tmp_path):
    out = tmp_path / "example.plan.json"
    sha = build_plan_file(EXAMPLE_WORKBOOK, out)
    text = out.read_text(encoding="utf-8")
    assert json.loads(text)["format"] == 2 and text.endswith("}\n")
    assert sha == hashlib.sha256(out.read_bytes()).hexdigest()
    assert out.read_bytes() == EXAMPLE_PLAN_FILE.read_bytes()


def test_codes_typed_as_numbers_are_taken_when_whole_and_refused_when_excel_changed_them(example):
    example.set("structure", "A", "code", 7)  # typed 7: Excel stores the number 7
    for row in example.book["structure"].iter_rows(min_row=2):
        if row[1].value == "A":
            row[1].value = 7  # its outcomes' parent, typed the same way
    example.set("indicators", "B.1.a", "sdg", 11.1)  # typed 11.10 or 11.1: Excel keeps 11.1
    said = [str(p) for p in check_workbook(example.save())]
    assert said == ["indicators!U8: 11.1 is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 "
                    "into 1; format the cell as Text and type it again"]
    example.set("indicators", "B.1.a", "sdg", "11.1")
    fw = workbook_framework(example.save())
    assert fw.group("7").children[0].code == "A.1" and fw.indicator("B.1.a").sdg == ("11.1",)


def test_the_blank_workbook_offers_the_choices_and_keeps_codes_as_text():
    book = openpyxl.load_workbook(ROOT / "resources" / "plans" / "blank.xlsx")
    assert book.sheetnames == ["plan", *SHEETS]
    ws = book["indicators"]
    header = [c.value for c in ws[1]]
    assert header == list(SHEETS["indicators"])
    lists = {str(v.sqref): v.formula1 for v in ws.data_validations.dataValidation}
    rule = openpyxl.utils.get_column_letter(header.index("rule") + 1)
    assert lists[f"{rule}2:{rule}5000"] == '"sum,distinct,derived"'
    assert ws.column_dimensions["A"].number_format == "@"  # a code typed 1.10 stays 1.10
    plan = [row[0] for row in book["plan"].iter_rows(min_row=2, values_only=True)]
    assert plan[:5] == ["id", "version", "first_year", "last_year", "status"]


def test_a_hidden_row_or_column_holding_values_is_named_an_empty_hidden_one_is_not(example):
    indicators = example.book["indicators"]
    row = example.cell("indicators", "B.1.a", "code").row
    indicators.row_dimensions[row].hidden = True  # an indicator out of sight
    header = [c.value for c in indicators[1]]
    unit = openpyxl.utils.get_column_letter(header.index("unit") + 1)
    indicators.column_dimensions[unit].hidden = True
    arabic = openpyxl.utils.get_column_letter(header.index("name_ar") + 1)
    indicators.column_dimensions[arabic].hidden = True  # empty in the example: hiding it is fine
    said = [str(p) for p in check_workbook(example.save())]
    assert said == [
        f"indicators!{unit}1: the column is hidden and holds values; a plan workbook shows all it holds: unhide the "
        "column or delete it",
        f"indicators!A{row}: the row is hidden and holds values; a plan workbook shows all it holds: unhide the row "
        "or delete it"]
