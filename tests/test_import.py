"""Importing CSV and XLSX tables: all rows or none, every bad row named."""

import hashlib

import openpyxl
import pytest

from db.importer import ImportRefused, import_table
from db.officefile import ResultsFile

GOOD = """indicator,year,value,country,city,entity,qualifier,narrative,source
1.1.a,2023,"12,500",KEN,Nairobi,,more than,"Piped water in Kibera.
Second line of the narrative.",Project report
1.1.c,2023,,KEN,Nakuru,,,,Municipal data
1.2.c,2024,,ken,,,,住房政策,Ministry
"""


def write(path, text, bom=False):
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("bom", [False, True])
def test_a_good_csv_is_imported_as_drafts(office, tmp_path, bom):
    report = import_table(office, write(tmp_path / "in.csv", GOOD, bom))
    assert (report.rows, report.stored) == (3, 3)
    records = office.records()
    assert [r.indicator for r in records] == ["1.1.a", "1.1.c", "1.2.c"]
    assert {r.status for r in records} == {"draft"}
    first = records[0]
    assert (first.value, first.qualifier, first.city) == (12500, "more_than", "Nairobi")
    assert first.narrative.endswith("Second line of the narrative.")
    assert records[2].country == "KEN" and records[2].narrative == "住房政策"


def test_column_order_is_free_and_optional_columns_may_be_absent(office, tmp_path):
    csv = "year,sex,value,indicator\n2022,,75,1.1.a\n2022,female,40,1.1.a\n2022,male,35,1.1.a\n"
    import_table(office, write(tmp_path / "in.csv", csv))
    assert sorted((r.sex, r.value) for r in office.records()) == [("", 75), ("female", 40), ("male", 35)]


def test_several_bad_rows_are_all_named_and_nothing_changes(office_path, tmp_path):
    csv = (
        "indicator,year,value,country,city,qualifier\n"
        "1.1.a,2023,100,KEN,Nairobi,\n"          # line 2: fine
        "1.1.a,2019,100,KEN,Nairobi,\n"          # line 3: year
        "9.9.z,2023,5,,,\n"                       # line 4: indicator
        "1.1.c,2023,,KEN,,\n"                     # line 5: city missing
        "1.2.e,2023,43,,,\n"                      # line 6: derived
        "1.1.a,2023,-4,XXX,,roughly\n"            # line 7: value, country, qualifier
    )
    before = digest(office_path)
    with ResultsFile.open(office_path) as results:
        with pytest.raises(ImportRefused) as err:
            import_table(results, write(tmp_path / "bad.csv", csv))
        assert results.count_records() == 0
    report = err.value.report
    assert report.bad_lines() == [3, 4, 5, 6, 7]
    where = {(p.line, p.column) for p in report.problems}
    assert {(3, "year"), (4, "indicator"), (5, "city"), (6, "indicator"), (7, "value"),
            (7, "country"), (7, "qualifier")} <= where
    assert "7 problems on 5 rows" in str(err.value)
    assert digest(office_path) == before


def test_line_numbers_count_multi_line_cells(office, tmp_path):
    csv = 'indicator,year,value,narrative\n1.1.a,2023,1,"a\nb\nc"\n1.1.a,1900,1,x\n'
    with pytest.raises(ImportRefused) as err:
        import_table(office, write(tmp_path / "in.csv", csv))
    assert err.value.report.bad_lines() == [5]


def test_unknown_and_missing_columns_are_refused(office, tmp_path):
    with pytest.raises(ImportRefused) as err:
        import_table(office, write(tmp_path / "in.csv", "indicator,valeur,city\n1.1.a,3,Nairobi\n"))
    problems = {(p.line, p.column): p.message for p in err.value.report.problems}
    assert "unknown column" in problems[(1, "valeur")]
    assert "required column is missing" in problems[(1, "year")]


def test_dry_run_checks_but_stores_nothing(office_path, tmp_path):
    before = digest(office_path)
    with ResultsFile.open(office_path) as results:
        report = import_table(results, write(tmp_path / "in.csv", GOOD), dry_run=True)
        assert report.ok and report.rows == 3 and report.stored == 0
        assert results.count_records() == 0
    assert digest(office_path) == before


def test_xlsx_with_numbers_and_text(office, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Indicator", "Year", "Value", "Country", "City"])
    sheet.append(["1.1.a", 2021, 2500, "BRA", "Recife"])
    sheet.append(["1.1.a", 2021.0, 300.0, "BRA", "Salvador"])
    sheet.append([None, None, None, None, None])
    path = tmp_path / "in.xlsx"
    book.save(path)
    assert import_table(office, path).stored == 2
    assert sorted(r.value for r in office.records()) == [300, 2500]


def test_xlsx_bad_row_is_named_by_its_sheet_row(office, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "year", "value"])
    sheet.append(["1.1.a", 2021, 1])
    sheet.append(["1.1.a", 2021, "many"])
    path = tmp_path / "in.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused) as err:
        import_table(office, path)
    assert [(p.line, p.column) for p in err.value.report.problems] == [(3, "value")]


@pytest.mark.parametrize("name, content, words", [
    ("in.csv", "indicator,year\n1.1.a,2023\n".encode("utf-16"), "not UTF-8"),
    ("in.csv", b"", "the file is empty"),
    ("in.xlsx", b"PK\x03\x04 not really a workbook", "cannot be read as a spreadsheet"),
])
def test_unreadable_files_get_a_clear_message(office, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as err:
        import_table(office, path)
    assert words in str(err.value.report.problems[0])
    assert office.count_records() == 0
