"""Duplicates and breakdowns ("of which"): through the command line, the core and older files."""

import hashlib
import sqlite3

import pytest
from click.testing import CliRunner

from cli.main import main
from tests.old_files import turn_into_schema
from db import schema
from db.errors import ValidationError
from db.importer import ImportRefused, import_table
from db.merge import merge_files
from db.officefile import Office, ResultsFile
from db.quality import check_rows, place_sums
from exports.aggregate import aggregate_file

KENYA = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")
SIX = """indicator,year,value,country,city,qualifier
1.1.d,2024,1200,KEN,Nairobi,
1.1.d,2024,600,KEN,Kisumu,
1.1.a,2024,300,KEN,Nairobi,
1.1.a,2023,50,KEN,Nakuru,
1.1.c,2024,,KEN,Nairobi,
1.1.c,2024,,KEN,Kisumu,
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def total(path, code, drafts=True):
    return aggregate_file(path, include_drafts=drafts).result(code).total.value


# --- duplicates -------------------------------------------------------------------------------------

def test_importing_the_same_csv_twice_is_refused_with_the_date_of_the_first_import(office_path, tmp_path):
    data = write(tmp_path / "results-2024.csv", SIX)
    first = run("import", office_path, data)
    assert first.exit_code == 0 and "6 records imported" in first.output
    assert total(office_path, "1.1.d") == 1800
    before = digest(office_path)
    again = run("import", office_path, data)
    assert again.exit_code == 1, again.output
    with ResultsFile.open(office_path) as results:
        when = results.imports()[0]["imported_at"][:10]
    assert f"already imported on {when}" in again.output and "6 records" in again.output
    # Every row is named too, with the record it repeats.
    assert "line 2: a duplicate of the record 1.1.d 2024 KEN Nairobi, 1,200 (draft" in again.output
    assert digest(office_path) == before
    assert total(office_path, "1.1.d") == 1800  # not 3,600


def test_a_dry_run_of_rows_already_imported_reports_them(office_path, tmp_path):
    assert run("import", office_path, write(tmp_path / "a.csv", SIX)).exit_code == 0
    # Another file (another name, another order, other spelling) with two of the same rows.
    other = write(tmp_path / "b.csv", "country,city,indicator,year,value\nken, NAIROBI ,1.1.d,2024,\"1,200\"\n"
                                      "KEN,Eldoret,1.1.d,2024,80\nKEN,kisumu,1.1.c,2024,\n")
    before = digest(office_path)
    result = run("import", office_path, other, "--dry-run")
    assert result.exit_code == 1 and "all valid" not in result.output
    assert "line 2: a duplicate of the record 1.1.d 2024 KEN Nairobi, 1,200" in result.output
    assert "line 4: a duplicate of the record 1.1.c 2024 KEN Kisumu" in result.output
    assert "line 3" not in result.output
    assert "--allow-duplicates" in result.output
    assert digest(office_path) == before


def test_rows_repeating_each_other_are_refused_naming_both_lines(office_path, tmp_path):
    data = write(tmp_path / "in.csv", "indicator,year,value,country,city,narrative\n"
                                      "1.1.a,2024,300,KEN,Nairobi,first\n"
                                      "1.1.a,2024,300,KEN,Kisumu,\n"
                                      "1.1.a,2024,300,KEN,Nairobi,the same again\n")
    result = run("import", office_path, data)
    assert result.exit_code == 1
    assert "line 4: a duplicate of line 2 (1.1.a 2024 KEN Nairobi, 300)" in result.output
    assert "line 3" not in result.output
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 0


def test_allow_duplicates_imports_them_and_the_log_keeps_every_import(office_path, tmp_path):
    data = write(tmp_path / "in.csv", SIX)
    assert run("import", office_path, data).exit_code == 0
    result = run("import", office_path, data, "--allow-duplicates")
    assert result.exit_code == 0 and "6 records imported" in result.output
    dry = run("import", office_path, data, "--allow-duplicates", "--dry-run")
    assert dry.exit_code == 0 and "duplicates allowed; nothing stored" in dry.output
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 12
        log = results.imports()
        assert [(e["file_name"], e["records"]) for e in log] == [("in.csv", 6), ("in.csv", 6)]
        assert log[0]["sha256"] == digest(data)
        audit = [e for e in results.audit_log() if e["action"] == "import"]
        assert audit[-1]["new"] == {"file_name": "in.csv", "records": 6, "duplicates_allowed": True}


def test_the_public_check_serves_a_paste_with_row_numbers(office):
    office.add_record({"indicator": "1.1.a", "year": 2024, "value": 300, "country": "KEN", "city": "Nairobi"})
    pasted = [{"indicator": "1.1.a", "year": "2024", "value": "300", "country": "ken", "city": "nairobi"},
              {"indicator": "1.1.a", "year": "2024", "value": "301", "country": "KEN", "city": "Nairobi"}]
    checked = check_rows(office, pasted)
    assert [(p.row, p.kind) for p in checked.problems] == [(0, "duplicate")]
    assert check_rows(office, pasted, allow_duplicates=True).ok
    # A different value, breakdown or place is no duplicate; a deleted record does not count.
    office.delete_record(office.records()[0].id)
    assert check_rows(office, pasted).ok


# --- breakdowns: "of which" ----------------------------------------------------------------------------

def test_a_breakdown_row_is_part_of_its_total_not_added_to_it(office_path, tmp_path):
    data = write(tmp_path / "in.csv", "indicator,year,value,country,city,sex\n"
                                      "1.1.d,2024,1200,KEN,Nairobi,\n"
                                      "1.1.d,2024,600,KEN,Nairobi,female\n")
    assert run("import", office_path, data).exit_code == 0
    annex = aggregate_file(office_path, include_drafts=True)
    result = annex.result("1.1.d")
    assert result.total.value == 1200  # today's code published 1,800
    assert result.by_year[2024].value == 1200 and result.by_country["KEN"].value == 1200
    assert result.by_disaggregation == {"sex": {"female": annex.result("1.1.d").by_disaggregation["sex"]["female"]}}
    assert result.by_disaggregation["sex"]["female"].value == 600
    assert result.records == 2


def test_parts_exceeding_their_total_are_refused_naming_both(office_path, tmp_path):
    data = write(tmp_path / "in.csv", "indicator,year,value,country,city,sex,age\n"
                                      "1.1.d,2024,1200,KEN,Nairobi,,\n"
                                      "1.1.d,2024,700,KEN,Nairobi,female,\n"
                                      "1.1.d,2024,600,KEN,nairobi,male,\n"
                                      "1.1.d,2024,1000,KEN,Nairobi,,youth\n")
    result = run("import", office_path, data)
    assert result.exit_code == 1
    assert ("line 3, sex: the parts by sex of 1.1.d 2024 KEN Nairobi (line 3: sex=female 700; line 4: sex=male 600) "
            "add up to 1,300, more than their total 1,200 (line 2)") in result.output
    assert "line 4, sex:" in result.output and "line 2, value:" in result.output
    assert "age" not in result.output.split("Error")[0].replace("sex=female", "")  # 1,000 youth fit in 1,200
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 0


def test_a_part_needs_a_total_at_import(office_path, tmp_path):
    data = write(tmp_path / "in.csv", "indicator,year,value,country,city,sex\n1.1.d,2024,600,KEN,Nairobi,female\n")
    result = run("import", office_path, data)
    assert result.exit_code == 1
    assert "line 2: a breakdown row says 'of which', but 1.1.d 2024 KEN Nairobi has no total" in result.output
    # With the total already in the file, the same row is a part of it.
    assert run("import", office_path, write(tmp_path / "t.csv", "indicator,year,value,country,city\n"
                                                                "1.1.d,2024,1000,KEN,Nairobi\n")).exit_code == 0
    assert run("import", office_path, data).exit_code == 0


def test_a_lower_bound_total_may_have_larger_parts(office):
    office.add_records([{"indicator": "1.1.d", "year": 2024, "value": 1200, "qualifier": "at least",
                         "country": "KEN", "city": "Nairobi"},
                        {"indicator": "1.1.d", "year": 2024, "value": 1300, "sex": "female",
                         "country": "KEN", "city": "Nairobi"}])


def test_entry_refuses_a_part_or_a_total_that_breaks_of_which(office):
    total = office.add_record({"indicator": "1.1.d", "year": 2024, "value": 1200, "country": "KEN",
                               "city": "Nairobi"})
    part = office.add_record({"indicator": "1.1.d", "year": 2024, "value": 600, "country": "KEN",
                              "city": "Nairobi", "sex": "female"})
    with pytest.raises(ValidationError) as err:
        office.add_record({"indicator": "1.1.d", "year": 2024, "value": 700, "country": "KEN",
                           "city": "Nairobi", "sex": "male"})
    assert "add up to 1,300, more than their total 1,200 (the record 1.1.d 2024 KEN Nairobi, 1,200" in str(err.value)
    with pytest.raises(ValidationError) as err:
        office.update_record(total.id, {"value": 500})
    assert "more than their total 500 (this record)" in str(err.value)
    with pytest.raises(ValidationError) as err:
        office.update_record(part.id, {"value": 1300})
    assert "(this record: sex=female 1,300) add up to 1,300" in str(err.value)
    assert office.record(total.id).value == 1200 and office.record(part.id).value == 600
    office.update_record(part.id, {"value": 1200})  # equal to the total: all of them women


def test_editing_a_total_finds_parts_stored_with_an_empty_or_missing_country(office):
    """A part without a country may be stored as '' or (written by another tool) as NULL."""
    total = office.add_record({"indicator": "1.1.d", "year": 2024, "value": 1200})
    part = office.add_record({"indicator": "1.1.d", "year": 2024, "value": 600, "sex": "female"})
    with pytest.raises(ValidationError, match="more than their total 500"):
        office.update_record(total.id, {"value": 500})
    with office.transaction() as conn:
        conn.execute("UPDATE record SET country = NULL WHERE id = ?", [part.id])
    with pytest.raises(ValidationError, match="more than their total 500"):
        office.update_record(total.id, {"value": 500})


def test_the_parts_question_reads_the_index_of_parts_alone(office):
    """Saving a total asks whether a part of its place exists: through the partial index, which
    holds only parts, not the index of every record of the indicator and year."""
    from db.schema import PART_CONDITION

    sql = (f"SELECT 1 FROM record WHERE {PART_CONDITION} AND indicator = ? AND year = ? "
           "AND country IS ? AND office_code = ? LIMIT 1")
    plan = " ".join(r[3] for r in office.query("EXPLAIN QUERY PLAN " + sql, ["1.1.d", 2024, "", "KEN"]))
    assert "idx_record_parts" in plan
    assert [r[0] for r in office.query("SELECT name FROM sqlite_master WHERE type = 'index' "
                                               "AND name = 'idx_record_parts'")] == ["idx_record_parts"]


# --- files written before ------------------------------------------------------------------------------

def _old_file(path, rows, submit=False):
    """An office file as the previous version wrote it: schema 2, every record added up."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(ResultsFile, "_rule_problems", lambda *a, **k: [])  # the first version had none
        with ResultsFile.create(path, KENYA) as results:
            results.add_records(rows)
            if submit:
                results.submit_year(2024)
    turn_into_schema(path, 2)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    return path


PARTS_ONLY = [
    {"indicator": "1.1.d", "year": 2024, "value": 700, "country": "KEN", "city": "Nairobi", "sex": "female"},
    {"indicator": "1.1.d", "year": 2024, "value": 500, "country": "KEN", "city": "Nairobi", "sex": "male"},
    {"indicator": "1.1.a", "year": 2024, "value": 90, "country": "KEN", "city": "Kisumu"},
]


def test_an_older_file_keeps_its_published_totals_and_says_so(tmp_path):
    path = _old_file(tmp_path / "old.habitat", PARTS_ONLY)
    with ResultsFile.open(path) as results:  # upgraded
        assert results.query("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert results.imports() == [] and results.count_records() == 3
        note = [e for e in results.audit_log() if e["action"] == "upgrade"]
        assert note[0]["target_id"] == "0003_data_quality"
        assert note[0]["new"]["places_without_total"] == 1 and note[0]["new"]["first"] == ["KEN 1.1.d 2024 KEN nairobi"]
    annex = aggregate_file(path, include_drafts=True)
    assert annex.result("1.1.d").total.value == 1200  # as published before
    assert annex.source.places_without_total == 1
    assert run("validate", path).exit_code == 0


def test_an_older_office_file_is_accepted_at_headquarters_with_its_totals(tmp_path):
    path = _old_file(tmp_path / "old.habitat", PARTS_ONLY, submit=True)
    before = digest(path)
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [path], who="test")
    assert not report.refused and report.totals()["added"] == 3
    assert digest(path) == before  # the office's file is never modified
    assert total(hq, "1.1.d", drafts=False) == 1200
    # Merging it again changes nothing.
    assert merge_files(hq, [path], who="test").totals()["added"] == 0
    assert total(hq, "1.1.d", drafts=False) == 1200


def test_import_api_refuses_duplicates_unless_allowed(office, tmp_path):
    data = write(tmp_path / "in.csv", SIX)
    import_table(office, data)
    with pytest.raises(ImportRefused) as err:
        import_table(office, data, dry_run=True)
    assert err.value.report.only_duplicates and len(err.value.report.problems) == 7
    assert import_table(office, data, dry_run=True, allow_duplicates=True).rows == 6


def test_an_offices_yearly_figure_counts_totals_and_the_first_versions_parts_only_places(office, monkeypatch):
    office.add_records([
        {"indicator": "1.1.d", "year": 2024, "value": 1200, "country": "KEN", "city": "Nairobi"},
        {"indicator": "1.1.d", "year": 2024, "value": 600, "country": "KEN", "city": " NAIROBI", "sex": "female"},
        {"indicator": "1.1.d", "year": 2024, "value": 500, "country": "KEN", "city": "Nairobi", "age": "youth"},
        {"indicator": "1.1.d", "year": 2023, "value": 5, "country": "KEN", "city": "Kisumu"},
    ])
    with monkeypatch.context() as m:  # parts without their total, as a file of the first version holds
        m.setattr(ResultsFile, "_rule_problems", lambda *a, **k: [])
        kisumu = office.add_records([
            {"indicator": "1.1.d", "year": 2024, "value": 70, "country": "KEN", "city": "Kisumu", "sex": "female"},
            {"indicator": "1.1.d", "year": 2024, "value": 30, "country": "KEN", "city": "Kisumu", "sex": "male"},
            {"indicator": "1.1.d", "year": 2024, "value": 40, "country": "KEN", "city": "Mombasa", "sex": "male"}])
    with office.transaction() as conn:  # Kisumu's were written by the first version; Mombasa's since
        conn.executemany("INSERT INTO part_counted_as_total (record_id) VALUES (?)", [(r.id,) for r in kisumu[:2]])
    # Nairobi: its total (the parts say "of which"); Kisumu 2024: parts only, added up as before;
    # Mombasa: a part left without its total since, never counted as one.
    assert place_sums(office, "deleted = 0", []) == {("KEN", "1.1.d", 2024): 1300, ("KEN", "1.1.d", 2023): 5}
    assert aggregate_file(office.path, include_drafts=True).result("1.1.d").by_year[2024].value == 1300


def test_the_demo_writes_totals_with_their_parts(demo_dir):
    broken_down = 0
    for path in sorted(demo_dir.glob("*.habitat")):
        annex = aggregate_file(path, include_drafts=True)
        assert annex.source.places_without_total == 0, path.name
        broken_down += sum(1 for r in annex.results if r.by_disaggregation.get("sex"))
    assert broken_down > 0  # the demo shows breakdowns by sex


def test_at_headquarters_each_office_has_its_own_totals(tmp_path):
    with ResultsFile.create(tmp_path / "hq.habitat", Office("HQ", "Headquarters", "KEN"), kind="headquarters") as hq:
        hq.add_office(KENYA)
        hq.add_office(Office("ROAF", "Regional Office for Africa", "KEN", "Africa"))
        hq.add_records([{"indicator": "1.1.d", "year": 2024, "value": 200, "country": "KEN", "city": "Nairobi"}],
                       office_code="KEN")
        # ROAF's part exceeds ROAF's total; KEN's total of the same place does not make room for it.
        with pytest.raises(ValidationError, match="more than their total 500"):
            hq.add_records([{"indicator": "1.1.d", "year": 2024, "value": 500, "country": "KEN", "city": "Nairobi"},
                            {"indicator": "1.1.d", "year": 2024, "value": 600, "country": "KEN", "city": "Nairobi",
                             "sex": "female"}], office_code="ROAF")
        assert hq.count_records() == 1
