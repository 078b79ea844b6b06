"""One rule set on every path (issue 19): what the import refuses, every other way of writing a record
refuses too; what a path cannot refuse (a return at headquarters) blocks ``check``; and the annex never
counts a part as a total. Through the command line, as an office and headquarters use it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from db.errors import ValidationError
from db.officefile import ResultsFile
from exports.aggregate import aggregate_file
from tests.conftest import KENYA
from tests.old_files import turn_into_schema
from tests.test_cli import run

TOTAL = {"indicator": "1.1.a", "year": 2024, "value": 1000, "country": "KEN", "city": "Nairobi"}
FEMALE = {**TOTAL, "value": 600, "sex": "female"}


def annex_json(path, tmp_path, *extra) -> dict:
    out = tmp_path / f"annex-{len(list(tmp_path.glob('annex-*')))}.json"
    done = run("export", path, "--format", "json", "-o", out, "--draft", *extra)
    assert done.exit_code == 0, done.output
    return json.loads(out.read_text(encoding="utf-8"))


def figure(annex: list, code: str, year: int):
    """The annex's figure of an indicator in a year, as its JSON gives it."""
    found = [i for i in annex if i["code"] == code]
    assert found, code
    return found[0]["by_year"][str(year)]


def write_as_an_earlier_version(results: ResultsFile, monkeypatch, rows: list[dict]) -> list:
    """Records written as this app's earlier versions let the grid write them: no rule on breakdowns."""
    with monkeypatch.context() as m:
        m.setattr(ResultsFile, "_rule_problems", lambda *a, **k: [])
        return results.add_records(rows)


# --- the office -------------------------------------------------------------------------------------

def test_a_part_left_without_its_total_blocks_check_validate_and_submit_and_is_never_counted(
        office_path, monkeypatch, tmp_path):
    with ResultsFile.open(office_path) as office:
        write_as_an_earlier_version(office, monkeypatch, [FEMALE])
    check = run("check", office_path, "--include-drafts")
    assert check.exit_code == 1 and "without their total" in check.output, check.output
    validate = run("validate", office_path)
    assert validate.exit_code == 1 and "without their total" in validate.output, validate.output
    submit = run("submit", office_path, "--year", "2024")
    assert submit.exit_code == 1 and "without their total" in submit.output, submit.output
    assert aggregate_file(office_path, include_drafts=True).result("1.1.a").total.value is None  # not 600


def test_the_api_refuses_what_the_import_refuses(office):
    total = office.add_record(TOTAL)
    office.add_record(FEMALE)
    with pytest.raises(ValidationError, match="a duplicate of the record 1.1.a 2024 KEN Nairobi, 1,000"):
        office.add_record(TOTAL)
    with pytest.raises(ValidationError, match="has no total"):
        office.add_record({**FEMALE, "city": "Kisumu"})
    with pytest.raises(ValidationError, match="breakdown part"):
        office.delete_record(total.id)  # its part would be left without it
    with pytest.raises(ValidationError, match="breakdown part"):
        office.update_record(total.id, {"city": "Kisumu"})  # moved away from its part
    assert office.add_record(TOTAL, allow_duplicates=True).value == 1000  # meant: as import --allow-duplicates
    office.update_record(total.id, {"narrative": "Two projects."})  # says the same: no rule to break


def test_undoing_a_deletion_that_would_repeat_a_record_is_refused(office):
    first = office.add_record(TOTAL)
    office.delete_record(first.id)
    office.add_record(TOTAL)
    with pytest.raises(ValidationError, match="duplicate"):
        office.restore_record(first.id)


# --- headquarters -----------------------------------------------------------------------------------

def submitted_office(path, rows, monkeypatch=None):
    with ResultsFile.create(path, KENYA) as office:
        if monkeypatch is None:
            records = office.add_records(rows)
        else:
            records = write_as_an_earlier_version(office, monkeypatch, rows)
        office.submit_year(2024)
    return records


def test_a_return_at_headquarters_that_orphans_a_part_blocks_check_and_the_part_is_not_counted(tmp_path):
    ken, hq = tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    total, part = submitted_office(ken, [TOTAL, FEMALE])
    assert run("merge", hq, ken).exit_code == 0
    assert run("review", hq, "--office", "KEN", "--year", "2024", "--validate").exit_code == 0
    assert run("check", hq).exit_code == 0
    assert run("review", hq, total.id, "--return", "--comment", "Source missing").exit_code == 0
    check = run("check", hq)
    assert check.exit_code == 1 and "not ready to publish" in check.output
    assert part.id in check.output and "without their total" in check.output
    assert figure(annex_json(hq, tmp_path), "1.1.a", 2024) is None  # never 600


def test_parts_above_the_total_still_counted_block_check(tmp_path):
    """Totals 1 200 (returned) and 600, validated parts of 700 and 800: the 600 cannot hold 1 500."""
    ken, hq = tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    rows = [{**TOTAL, "value": 1200}, {**TOTAL, "value": 600, "source": "second project"},
            {**FEMALE, "value": 700}, {**FEMALE, "value": 800}]
    big, *_ = submitted_office(ken, rows)
    assert run("merge", hq, ken).exit_code == 0
    assert run("review", hq, "--office", "KEN", "--year", "2024", "--validate").exit_code == 0
    assert run("review", hq, big.id, "--return", "--comment", "Counted twice?").exit_code == 0
    check = run("check", hq)
    assert check.exit_code == 1
    assert "add up to 1,500, more than their counted total 600" in check.output
    assert figure(annex_json(hq, tmp_path), "1.1.a", 2024) == 600


def test_the_same_figure_from_two_offices_is_a_warning_not_a_refusal(tmp_path):
    from db.officefile import Office

    ken, uga, hq = tmp_path / "ken.habitat", tmp_path / "roaf.habitat", tmp_path / "hq.habitat"
    submitted_office(ken, [TOTAL])
    with ResultsFile.create(uga, Office("ROAF", "Regional Office for Africa", "KEN", "Africa")) as roaf:
        roaf.add_records([TOTAL])
        roaf.submit_year(2024)
    assert run("merge", hq, ken, uga).exit_code == 0
    assert run("review", hq, "--office", "KEN", "--year", "2024", "--validate").exit_code == 0
    assert run("review", hq, "--office", "ROAF", "--year", "2024", "--validate").exit_code == 0
    check = run("check", hq, "--format", "json")
    found = json.loads(check.output)
    assert found["ok"] is True
    assert [w["code"] for w in found["warnings"]].count("same_figure_offices") == 1


# --- files of the first version ---------------------------------------------------------------------

def first_version_file(path, monkeypatch, rows):
    """An office file as the first version wrote it: schema 2, no rule on breakdowns."""
    with monkeypatch.context() as m:
        m.setattr(ResultsFile, "_rule_problems", lambda *a, **k: [])
        with ResultsFile.create(path, KENYA) as results:
            results.add_records(rows)
            results.submit_year(2024)
    turn_into_schema(path, 2)
    return path


def test_the_first_versions_parts_only_places_keep_their_totals_through_merge_and_a_new_orphan_does_not(
        tmp_path, monkeypatch):
    kisumu = [{**FEMALE, "city": "Kisumu", "value": 70}, {**FEMALE, "city": "Kisumu", "sex": "male", "value": 30}]
    ken = first_version_file(tmp_path / "ken.habitat", monkeypatch, [*kisumu, TOTAL, FEMALE])
    with ResultsFile.open(ken) as office:  # upgraded: Kisumu's parts are marked as its total
        marked = {r[0] for r in office.query("SELECT record_id FROM part_counted_as_total")}
        assert {r.city for r in office.records() if r.id in marked} == {"Kisumu"}
    assert aggregate_file(ken).result("1.1.a").by_year[2024].value == 1100  # 100 + 1 000, as before
    hq = tmp_path / "hq.habitat"
    assert run("merge", hq, ken).exit_code == 0
    assert aggregate_file(hq).result("1.1.a").by_year[2024].value == 1100  # the mark travelled
    with sqlite3.connect(hq) as conn:
        assert conn.execute("SELECT count(*) FROM part_counted_as_total").fetchone()[0] == 2
    nairobi = [r for r in ResultsFile.open_readonly(hq).records() if r.city == "Nairobi" and not r.sex]
    assert run("review", hq, nairobi[0].id, "--return", "--comment", "Check it").exit_code == 0
    # Nairobi's part was never the first version's total: returned total, part not counted.
    assert aggregate_file(hq).result("1.1.a").by_year[2024].value == 100
    assert run("check", hq).exit_code == 1


def test_a_file_upgraded_before_the_marks_marks_only_the_places_its_upgrade_noted(tmp_path, monkeypatch):
    """A file of the first version upgraded by a version before the marks (schema 8), whose Nairobi total
    was deleted afterwards: at this upgrade only Kisumu, parts-only when the file was first upgraded, counts
    as the sum of its parts; Nairobi's part, left without its total since, is not counted."""
    kisumu = [{**FEMALE, "city": "Kisumu", "value": 70}, {**FEMALE, "city": "Kisumu", "sex": "male", "value": 30}]
    path = first_version_file(tmp_path / "ken.habitat", monkeypatch, [*kisumu, TOTAL, FEMALE])
    ResultsFile.open(path).close()  # upgraded by today's app …
    turn_into_schema(path, 8)  # … as the version before the marks left it (its audit note kept)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM audit WHERE target_id = '0003_data_quality'").fetchone()[0] == 1
        conn.execute("UPDATE record SET deleted = 1 WHERE city = 'Nairobi' AND sex = ''")  # since then
    conn.close()
    assert aggregate_file(path).result("1.1.a").by_year[2024].value == 100
    check = run("check", path)
    assert check.exit_code == 1 and "without their total" in check.output
