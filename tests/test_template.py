"""The Excel data-entry template: made from an office file, filled by a script or passed through
LibreOffice, imported back (pre-filled rows recognised, bad cells named, all or nothing)."""

import shutil
import subprocess

import openpyxl
import pytest
from click.testing import CliRunner

from cli.main import main as cli
from db.entry_template import ENTRY_COLUMNS, ID_COLUMN, VERSION_COLUMN
from db.importer import ImportRefused, import_table
from db.officefile import ResultsFile
from exports.aggregate import ExportError
from exports.template import BLANK_ROWS, write_template

HEADER = [*ENTRY_COLUMNS, ID_COLUMN, VERSION_COLUMN]
COL = {name: chr(ord("A") + i) for i, name in enumerate(HEADER)}


@pytest.fixture
def ken(office_path):
    """An office file with three records of 2024 (one a city, one a breakdown) and one of 2023."""
    with ResultsFile.open(office_path) as results:
        results.add_records([
            {"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN", "qualifier": "at least",
             "narrative": "=SUM(A1) typed by a user", "source": "Survey"},
            {"indicator": "1.1.c", "year": 2024, "country": "KEN", "city": "Nairobi"},
            {"indicator": "1.1.a", "year": 2024, "value": 500, "country": "KEN", "sex": "female"},
            {"indicator": "1.1.a", "year": 2023, "value": 800, "country": "KEN"},
        ])
    return office_path


def make(ken, tmp_path, lang="en", year=2024):
    out = tmp_path / f"template-{lang}.xlsx"
    assert write_template(ken, out, year, lang) == (3 if year == 2024 else 1)
    return out


def count(path):
    with ResultsFile.open(path) as results:
        return results.count_records(), len(results.audit_log())


def test_the_template_has_instructions_entry_columns_drop_downs_and_a_protected_header(ken, tmp_path):
    book = openpyxl.load_workbook(make(ken, tmp_path))
    assert book.sheetnames == ["Entry", "Instructions", "Lists"]
    assert book.security.lockStructure  # the sheets keep their order: an import reads the first
    entry = book["Entry"]
    assert [c.value for c in entry[1]] == HEADER
    assert entry.column_dimensions[COL[ID_COLUMN]].hidden and entry.column_dimensions[COL[VERSION_COLUMN]].hidden
    # The year's three records, pre-filled with their ids; the 2023 record is not there.
    with ResultsFile.open(ken) as results:
        ids = {r.id for r in results.records(year=2024)}
    rows = [[c.value for c in row] for row in entry.iter_rows(min_row=2, max_row=4)]
    assert {r[HEADER.index(ID_COLUMN)] for r in rows} == ids
    first = next(r for r in rows if r[2] == 1200)
    assert first[0].startswith("1.1.a — ") and first[3] == "at least" and first[4] == "KEN — Kenya"
    assert entry["A5"].value is None
    # A narrative that looks like a formula stays text.
    narrative = entry.cell(row=rows.index(first) + 2, column=HEADER.index("narrative") + 1)
    assert narrative.data_type == "s" and narrative.value.startswith("=SUM")
    # Drop-down lists, whole-number rules and an input message on every column.
    validations = {str(dv.sqref).split(":")[0][0]: dv for dv in entry.data_validations.dataValidation}
    assert set(validations) == {COL[name] for name in ENTRY_COLUMNS}
    assert all(dv.prompt and dv.showInputMessage for dv in validations.values())
    assert validations[COL["indicator"]].type == "list" and "Lists" in validations[COL["indicator"]].formula1
    assert validations[COL["country"]].type == "list"
    assert validations[COL["qualifier"]].formula1 == '"at least,more than,about"'
    assert validations[COL["sex"]].formula1 == '"female,male"'
    assert validations[COL["age"]].formula1 == '"children,youth,adults,older"'
    assert validations[COL["disability"]].formula1 == '"yes,no"'
    assert (validations[COL["year"]].type, validations[COL["year"]].formula1) == ("whole", "2020")
    assert str(validations[COL["value"]].sqref) == f"C2:C{4 + BLANK_ROWS}"
    lists = book["Lists"]
    choices = [c.value for c in lists["A"][1:] if c.value]
    assert "1.1.a — " + lists["C2"].value == choices[0] and not any(c.startswith("1.2.e") for c in choices)
    assert any(c.value == "KEN — Kenya" for c in lists["H"])
    # Number formats; the header and the pre-filled rows locked, the empty rows open for entry.
    assert entry["C5"].number_format == "#,##0" and entry["B5"].number_format == "0"
    assert entry["E5"].number_format == "@"
    assert entry.protection.sheet
    assert entry["A1"].protection.locked and entry["C2"].protection.locked
    assert not entry["A5"].protection.locked and not entry[f"L{4 + BLANK_ROWS}"].protection.locked


def test_the_chinese_template_has_chinese_instructions_and_names(ken, tmp_path):
    book = openpyxl.load_workbook(make(ken, tmp_path, "zh"))
    assert book.sheetnames == ["Entry", "说明", "列表"]
    text = " ".join(str(c.value) for row in book["说明"].iter_rows() for c in row if c.value)
    assert "数据录入模板" in text and "灰色行" in text
    entry = book["Entry"]
    assert entry["A2"].value.startswith("1.1.") and "肯尼亚" in entry["E2"].value
    validations = {str(dv.sqref)[0]: dv for dv in entry.data_validations.dataValidation}
    assert "'列表'!" in validations["A"].formula1 and "至少" in validations["D"].formula1
    assert any(ch > "\u4e00" for ch in validations["A"].prompt)


def test_making_the_template_only_reads_the_office_file(ken, tmp_path):
    before = (ken.read_bytes(), ken.stat().st_mtime_ns)
    make(ken, tmp_path)
    assert (ken.read_bytes(), ken.stat().st_mtime_ns) == before


def test_a_year_outside_the_plan_or_overwriting_the_office_file_is_refused(ken, tmp_path):
    with pytest.raises(ExportError, match="2026 lies outside the plan period"):
        write_template(ken, tmp_path / "t.xlsx", 2026)
    with pytest.raises(ExportError, match="is the file being exported; choose another name for the template"):
        write_template(ken, ken, 2024)
    assert not (tmp_path / "t.xlsx").exists()


def fill(path, rows, start=5, sheet="Entry"):
    """Type rows into the template as a person would (values by column name)."""
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    for n, row in enumerate(rows, start=start):
        for name, value in row.items():
            ws[f"{COL[name]}{n}"] = value
    book.save(path)
    return path


NEW_ROWS = [
    {"indicator": "1.1.b — People benefiting from basic waste collection services", "year": 2024,
     "value": 300, "country": "KEN — Kenya", "city": "Kisumu", "qualifier": "more than"},
    {"indicator": "1.1.c", "year": 2024, "country": "KEN", "city": "Mombasa"},  # codes typed by hand
]


def test_a_template_filled_by_a_script_imports_its_new_rows_and_recognises_the_prefilled(ken, tmp_path):
    filled = fill(make(ken, tmp_path), NEW_ROWS)
    before, _ = count(ken)
    with ResultsFile.open(ken) as results:
        report = import_table(results, filled)
        assert (report.stored, report.already_in_file, report.rows) == (2, 3, 5)
        assert results.count_records() == before + 2
        added = {r.city: r for r in results.records(year=2024) if r.city in ("Kisumu", "Mombasa")}
    assert added["Kisumu"].indicator == "1.1.b" and added["Kisumu"].country == "KEN"
    assert added["Kisumu"].qualifier == "more_than" and added["Kisumu"].value == 300
    assert added["Mombasa"].indicator == "1.1.c" and added["Mombasa"].value is None


def test_an_untouched_template_imports_nothing(ken, tmp_path):
    before = count(ken)
    result = CliRunner().invoke(cli, ["import", str(ken), str(make(ken, tmp_path, "zh"))])
    assert result.exit_code == 0, result.output
    assert "0 records imported" in result.output and "3 pre-filled rows recognised" in result.output
    assert count(ken) == before


def test_a_filled_template_with_errors_is_refused_with_cell_references(ken, tmp_path):
    filled = fill(make(ken, tmp_path), [
        NEW_ROWS[0],
        {"indicator": "1.1.a", "year": 2024, "value": "many", "country": "KEN"},
        {"indicator": "9.9.z", "year": 2024, "value": 5},
        {"indicator": "1.1.a", "year": 2031, "value": 5, "country": "KEN", "sex": "other"},
        {"indicator": "1.1.c", "year": 2024, "city": "Kisumu"},
    ])
    before = count(ken)
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, filled)
    problems = [str(p) for p in refused.value.report.problems]
    assert any(p.startswith("Entry!C6 (value): 'many' is not a whole number") for p in problems), problems
    assert any(p.startswith("Entry!A7 (indicator): '9.9.z' is not an indicator") for p in problems)
    assert any(p.startswith("Entry!B8 (year): 2031 lies outside") for p in problems)
    assert any(p.startswith("Entry!H8 (sex): 'other' is not one of") for p in problems)
    assert any(p.startswith("Entry!E9 (country): required") for p in problems)
    assert not any("Entry!" in p and p.split("!")[1][1] == "5" for p in problems)  # the good row
    assert count(ken) == before  # nothing stored, not even the good row
    result = CliRunner().invoke(cli, ["import", str(ken), str(filled)])
    assert result.exit_code == 1 and "Entry!C6 (value)" in result.output


def test_importing_a_filled_template_twice_refuses_its_rows_as_duplicates(ken, tmp_path):
    filled = fill(make(ken, tmp_path), NEW_ROWS)
    with ResultsFile.open(ken) as results:
        import_table(results, filled)
        before = results.count_records()
        with pytest.raises(ImportRefused) as refused:
            import_table(results, filled)
        report = refused.value.report
        assert report.only_duplicates and results.count_records() == before
        texts = [str(p) for p in report.problems]
        assert any(t.startswith("file: this file was already imported") for t in texts), texts
        assert any(t.startswith("Entry!A5: a duplicate of") for t in texts)
        assert any(t.startswith("Entry!A6: a duplicate of") for t in texts)
        # Asked for, the duplicates are stored; the pre-filled rows are still recognised, not added.
        again = import_table(results, filled, allow_duplicates=True)
        assert (again.stored, again.already_in_file) == (2, 3) and results.count_records() == before + 2


def test_a_new_row_repeating_a_prefilled_record_is_a_duplicate(ken, tmp_path):
    filled = fill(make(ken, tmp_path), [{"indicator": "1.1.c", "year": 2024, "country": "KEN", "city": "nairobi"}])
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, filled)
    [problem] = refused.value.report.problems
    assert problem.cell == "Entry!A5" and problem.kind == "duplicate" and "Nairobi" in problem.message


def test_a_changed_or_foreign_prefilled_row_is_refused_naming_its_cell(ken, tmp_path, office_path):
    template = make(ken, tmp_path)
    book = openpyxl.load_workbook(template)
    ws = book["Entry"]
    row = next(r for r in range(2, 5) if ws[f"C{r}"].value == 1200)
    ws[f"C{row}"] = 1300
    other = next(r for r in range(2, 5) if r != row)
    ws[f"{COL[ID_COLUMN]}{other}"] = "00000000-0000-0000-0000-000000000000"
    book.save(template)
    before = count(ken)
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, template)
    problems = [str(p) for p in refused.value.report.problems]
    assert any(p.startswith(f"Entry!C{row} (value): differs from record") and "'1300' here, '1200' in the file"
               in p for p in problems), problems
    assert any(p.startswith(f"Entry!{COL[ID_COLUMN]}{other} (record id)") and "not in this file" in p
               for p in problems)
    assert count(ken) == before


def test_a_record_deleted_after_the_template_was_made_is_named(ken, tmp_path):
    template = make(ken, tmp_path)
    with ResultsFile.open(ken) as results:
        records = results.records(year=2024)  # a part: a total may not leave its parts
        gone = next((r for r in records if r.sex or r.age or r.disability), records[0])
        results.delete_record(gone.id)
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, template)
    assert any("deleted from the file since the template was made" in str(p)
               for p in refused.value.report.problems)


def libreoffice(source, folder, tmp_path):
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                           "--outdir", str(folder), str(source)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert not [line for line in (done.stdout + done.stderr).splitlines() if "repair" in line.lower()]
    out = folder / source.name
    assert out.is_file()
    return out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_keeps_the_template_and_its_filled_rows_import_back(ken, tmp_path):
    filled = fill(make(ken, tmp_path, "zh"), NEW_ROWS)
    saved = libreoffice(filled, tmp_path / "lo", tmp_path)
    book = openpyxl.load_workbook(saved)
    entry = book["Entry"]
    assert entry.protection.sheet and entry["A1"].protection.locked and not entry["A7"].protection.locked
    assert len(entry.data_validations.dataValidation) == len(ENTRY_COLUMNS)
    assert entry.column_dimensions[COL[ID_COLUMN]].hidden
    with ResultsFile.open(ken) as results:
        before = results.count_records()
        report = import_table(results, saved)
        assert (report.stored, report.already_in_file) == (2, 3)
        assert results.count_records() == before + 2
    # A bad cell typed in the LibreOffice copy is named by its cell; the rows imported just now
    # are duplicates of the records they became.
    fill(saved, [{"indicator": "1.1.a", "year": 2024, "value": -4, "country": "KEN"}], start=7)
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, saved)
    problems = refused.value.report.problems
    assert [(p.cell, p.kind) for p in problems] == [("Entry!A5", "duplicate"), ("Entry!A6", "duplicate"),
                                                    ("Entry!C7", "invalid")]


def test_the_cli_writes_the_template_beside_the_file(ken):
    result = CliRunner().invoke(cli, ["template", str(ken), "--year", "2024", "--lang", "zh"])
    assert result.exit_code == 0, result.output
    out = ken.with_name("ken-template-2024-zh.xlsx")
    assert out.is_file() and "3 records of 2024 pre-filled" in result.output
    result = CliRunner().invoke(cli, ["template", str(ken), "--year", "2026", "-o", str(ken.with_name("x.xlsx"))])
    assert result.exit_code == 1 and "2026 lies outside the plan period" in result.output


def test_a_hostile_template_is_refused_by_the_import_guards_before_it_is_loaded(ken, tmp_path):
    """A workbook that looks like a template still passes the importer's size checks first."""
    import re
    import zipfile

    template = make(ken, tmp_path)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":  # Entry, the first sheet
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data)
                assert b"XFD1048576" in data
            target.writestr(item, data)
    before = count(ken)
    with ResultsFile.open(ken) as results, pytest.raises(ImportRefused) as refused:
        import_table(results, hostile)
    assert "declares the range A1:XFD1048576" in str(refused.value.report.problems[0])
    assert count(ken) == before
