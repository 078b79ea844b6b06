"""Plans held in a results file: added from a plan file, one per year, newer versions replacing older ones.

The plan used here is a made-up EXAMPLE (tests/data/example-plan-2026-2029.json), never the
official 2026–2029 framework.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from db import schema
from db.errors import OfficeFileError, ValidationError
from db.officefile import ResultsFile
from tests.old_files import turn_into_schema
from db.plans import PlanError, add_plan, plan_from_data, read_plan_file, removed_records
from exports.aggregate import aggregate_file
from db.officefile import Office
from tests.conftest import KENYA

BRAZIL = Office("BRA", "UN-Habitat Brazil Office", "BRA", "Latin America")

EXAMPLE = Path(__file__).parent / "data" / "example-plan-2026-2029.json"


def example_data(**changes) -> dict:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def plan_file(tmp_path: Path, filename: str = "plan.json", **changes) -> Path:
    path = tmp_path / filename
    path.write_text(json.dumps(example_data(**changes), ensure_ascii=False), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_year_of_an_added_plan_takes_that_plans_indicators(office):
    office.add_record({"indicator": "1.1.a", "year": 2024, "value": 5, "country": "KEN"})
    with pytest.raises(ValidationError) as refused:
        office.add_record({"indicator": "A.1.a", "year": 2026, "value": 5})
    assert {p.code for p in refused.value.problems} == {"indicator_unknown", "year_outside_period"}

    added = add_plan(office, read_plan_file(EXAMPLE), who="amina")
    assert (added.plan.id, added.plan.version, added.plan.added_by) == ("EXAMPLE-SP2026-2029", "1.0", "amina")
    assert office.framework_for(2026).id == "EXAMPLE-SP2026-2029"
    assert office.framework_for(2024).id == "SP2020-2025" and office.framework_for(2030) is None
    assert office.framework.id == "SP2020-2025"  # the built-in plan stays the file's default

    office.add_record({"indicator": "A.1.a", "year": 2026, "value": 7, "country": "KEN", "sex": ""})
    office.add_record({"indicator": "1.1.a", "year": 2025, "value": 3, "country": "KEN"})
    with pytest.raises(ValidationError) as refused:  # a 2020–2025 indicator in a 2026 record
        office.add_record({"indicator": "1.1.a", "year": 2026, "value": 5})
    assert [(p.code, p.params["framework"]) for p in refused.value.problems] == [
        ("indicator_unknown", "EXAMPLE-SP2026-2029")]
    with pytest.raises(ValidationError) as refused:  # a year outside every plan names them all
        office.add_record({"indicator": "A.1.a", "year": 2031, "value": 5})
    assert [str(p) for p in refused.value.problems] == [
        "record 1, year: 2031 lies outside the plans of this file (2020–2025, 2026–2029)"]
    assert office.check() == []
    entries = [e for e in office.audit_log() if e["target"] == "plan"]
    assert entries[0]["target_id"] == "EXAMPLE-SP2026-2029 1.0" and entries[0]["new"]["years"] == "2026-2029"


def test_the_plan_is_held_in_the_file_and_read_back_as_it_was_added(office_path):
    with ResultsFile.open(office_path) as results:
        added = add_plan(results, read_plan_file(EXAMPLE))
    with ResultsFile.open_readonly(office_path) as results:
        held = [(p.id, p.version, p.first_year, p.last_year, p.status, p.sha256, p.builtin) for p in results.plans]
        framework = results.framework_for(2029)
    assert held == [("SP2020-2025", "1.0", 2020, 2025, "final", "", True),
                    ("EXAMPLE-SP2026-2029", "1.0", 2026, 2029, "final", added.plan.sha256, False)]
    assert framework.level_names["domain"].get("en") == "Impact area"
    assert [i.code for i in framework.indicators()] == ["A.1.a", "A.1.b", "A.1.c", "B.1.a"]
    # The SHA-256 is that of the plan file as `plan build` writes it: the same for any spacing of the file.
    from db.plan_format import plan_file_sha256

    assert added.plan.sha256 == plan_file_sha256(example_data())


def test_a_plan_overlapping_another_is_refused_and_the_file_is_unchanged(office_path, tmp_path):
    before = digest(office_path)
    overlapping = plan_file(tmp_path, id="OTHER-PLAN", period={"first_year": 2025, "last_year": 2028})
    with ResultsFile.open(office_path) as results:
        with pytest.raises(PlanError) as refused:
            add_plan(results, read_plan_file(overlapping))
        assert refused.value.code == "plan_overlaps"
        assert "overlaps the plan SP2020-2025 1.0 (2020–2025)" in str(refused.value)
        assert len(results.plans) == 1
    assert digest(office_path) == before


def test_a_newer_version_replaces_the_plan_and_keeps_the_records_of_removed_indicators(office, tmp_path):
    add_plan(office, read_plan_file(EXAMPLE))
    kept = office.add_record({"indicator": "B.1.a", "year": 2026, "country": "KEN", "city": "Nairobi"})
    office.add_record({"indicator": "A.1.a", "year": 2026, "value": 10, "country": "KEN"})
    office.submit_year(2026)
    data = example_data(version="1.1")
    data["domains"] = data["domains"][:1]  # version 1.1 drops impact area B and its indicator B.1.a
    newer = tmp_path / "v11.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    records_before = [(r.id, r.version, r.status) for r in office.records()]

    added = add_plan(office, read_plan_file(newer))
    assert (added.replaced.version, added.removed_indicators, added.removed_records) == ("1.0", ("B.1.a",), 1)
    assert [(r.id, r.version, r.status) for r in office.records()] == records_before  # no record changed
    assert [p.label() for p in office.plans] == ["SP2020-2025 1.0", "EXAMPLE-SP2026-2029 1.1"]
    listed = run("plan", "list", office.path).output.splitlines()
    assert [line.split("  ")[:2] for line in listed] == [["SP2020-2025", "1.0"], ["EXAMPLE-SP2026-2029", "1.1"],
                                                         ["EXAMPLE-SP2026-2029", "1.0"]]
    assert ", replaced 20" in listed[2] and "replaced" not in listed[1]
    assert removed_records(office) == [("B.1.a", 2026, "EXAMPLE-SP2026-2029 1.0", 1)]
    # Read-only: the record cannot be changed (its indicator is named as removed), nor entered anew.
    with pytest.raises(ValidationError) as refused:
        office.add_record({"indicator": "B.1.a", "year": 2027, "country": "KEN", "city": "Mombasa"})
    assert refused.value.problems[0].code == "indicator_removed"
    assert str(refused.value.problems[0]) == (
        "record 1, indicator: B.1.a was removed from the plan EXAMPLE-SP2026-2029 by its version 1.1; its records "
        "are kept, read-only, and not counted")
    assert office.record(kept.id).indicator == "B.1.a"
    assert office.check() == []  # kept on purpose: not damage


def test_an_older_version_or_changed_content_under_the_same_version_is_refused(office, tmp_path):
    add_plan(office, read_plan_file(plan_file(tmp_path, "v2.json", version="2.0")))
    with pytest.raises(PlanError) as refused:
        add_plan(office, read_plan_file(plan_file(tmp_path, "v1.json", version="1.9")))
    assert refused.value.code == "plan_version_older"
    changed = plan_file(tmp_path, "v2b.json", version="2.0", source="EXAMPLE, reworded")
    with pytest.raises(PlanError) as refused:
        add_plan(office, read_plan_file(changed))
    assert refused.value.code == "plan_version_differs"
    again = add_plan(office, read_plan_file(plan_file(tmp_path, "v2c.json", version="2.0")))
    assert again.already_held and len(office.plans) == 2
    assert version_ordered("1.10", "1.9")


def version_ordered(newer: str, older: str) -> bool:
    from db.plans import version_key

    return version_key(newer) > version_key(older)


def test_a_plan_file_of_a_newer_format_is_refused_by_name_and_version(tmp_path):
    path = plan_file(tmp_path, format=3)
    with pytest.raises(PlanError) as refused:
        read_plan_file(path)
    assert refused.value.code == "plan_format_newer"
    assert "the plan EXAMPLE-SP2026-2029 version 1.0 is in plan format 3" in str(refused.value)
    for broken, code in ((b"{not json", "plan_not_json"), (b'{"id": "X"}', "plan_invalid")):
        (tmp_path / "broken.json").write_bytes(broken)
        with pytest.raises(PlanError) as refused:
            read_plan_file(tmp_path / "broken.json")
        assert refused.value.code == code
    with pytest.raises(PlanError) as refused:
        plan_from_data(example_data(status="draft"), "here")
    assert refused.value.code == "plan_status_unknown"


def test_a_file_holding_a_plan_of_a_newer_format_is_refused_whole(office_path):
    with ResultsFile.open(office_path) as results:
        add_plan(results, read_plan_file(EXAMPLE))
    with sqlite3.connect(office_path) as conn:  # as a newer app would store a plan of its own format
        conn.execute("UPDATE plan SET format = 3")
    conn.close()
    for opening in (ResultsFile.open, ResultsFile.open_readonly):
        with pytest.raises(OfficeFileError) as refused:
            opening(office_path)
        assert refused.value.code == "file_plan_newer"
        assert "holds the plan EXAMPLE-SP2026-2029 version 1.0 in plan format 3" in str(refused.value)


def test_a_plan_whose_stored_content_was_altered_is_refused(office_path):
    with ResultsFile.open(office_path) as results:
        add_plan(results, read_plan_file(EXAMPLE))
    with sqlite3.connect(office_path) as conn:
        conn.execute("UPDATE plan SET content = replace(content, '\"sum\"', '\"distinct\"')")
    conn.close()
    with pytest.raises(OfficeFileError) as refused:
        ResultsFile.open_readonly(office_path)
    assert refused.value.code == "file_plan_damaged"
    assert "does not match its SHA-256" in str(refused.value)


def test_a_file_made_before_plans_opens_with_its_built_in_plan_and_totals(tmp_path):
    path = tmp_path / "old.habitat"
    with ResultsFile.create(path, KENYA) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN"},
                             {"indicator": "1.1.c", "year": 2025, "country": "KEN", "city": "Kisumu"}])
    turn_into_schema(path, 5)  # as the version before plans wrote it: no plan table
    assert schema.MIGRATIONS[5][0] == "0006_plans"
    before = digest(path)
    annex = aggregate_file(path, include_drafts=True)  # read through an upgraded copy
    assert digest(path) == before
    assert (annex.result("1.1.a").total.value, annex.result("1.1.c").total.value) == (1200, 1)
    with ResultsFile.open(path) as results:  # upgraded in place: the plan table, empty
        assert [p.label() for p in results.plans] == ["SP2020-2025 1.0"]
        assert results.query("SELECT count(*) FROM plan").fetchone()[0] == 0
    assert aggregate_file(path, include_drafts=True).result("1.1.a").total.value == 1200


# --- the command line ------------------------------------------------------------------------------

def run(*args):
    from click.testing import CliRunner

    from cli.main import main

    return CliRunner().invoke(main, [str(a) for a in args])


def test_plan_add_list_and_framework_of_a_year_on_the_command_line(office_path, tmp_path):
    done = run("plan", "add", office_path, EXAMPLE)
    assert done.exit_code == 0, done.output
    assert ("ken.habitat now holds the plan EXAMPLE-SP2026-2029 1.0 (2026–2029, final): its years are open for "
            "entry.") in done.output
    before = digest(office_path)
    listed = run("plan", "list", office_path)
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert lines[0] == "SP2020-2025  1.0  2020–2025  final  -  built in"
    assert lines[1].startswith("EXAMPLE-SP2026-2029  1.0  2026–2029  final  " + read_plan_file(EXAMPLE).plan.sha256)
    shown = run("framework", office_path, "--year", 2026)
    assert shown.exit_code == 0 and "EXAMPLE-SP2026-2029 1.0, 2026–2029" in shown.output
    assert "A.1.a" in shown.output and "1.1.a" not in shown.output
    assert "1.1.a" in run("framework", office_path, "--year", 2025).output
    outside = run("framework", office_path, "--year", 2031)
    assert outside.exit_code == 1 and "2031 lies outside the plans it holds (2020–2025, 2026–2029)" in outside.output
    assert digest(office_path) == before  # list and framework only read
    again = run("plan", "add", office_path, EXAMPLE)
    assert again.exit_code == 0 and "already holds the plan EXAMPLE-SP2026-2029 1.0" in again.output
    overlapping = plan_file(tmp_path, id="OTHER", period={"first_year": 2029, "last_year": 2031})
    refused = run("plan", "add", office_path, overlapping)
    assert refused.exit_code == 1 and "overlaps the plan EXAMPLE-SP2026-2029 1.0 (2026–2029)" in refused.output
    assert digest(office_path) == before


# --- headquarters and offices agree on the plan ------------------------------------------------------

def office_with_2026(path: Path, office=KENYA, plan: Path = EXAMPLE, value: int = 100) -> Path:
    with ResultsFile.create(path, office) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2025, "value": 50, "country": office.country}])
        results.submit_year(2025)
        add_plan(results, read_plan_file(plan))
        results.add_records([{"indicator": "A.1.a", "year": 2026, "value": value, "country": office.country},
                             {"indicator": "B.1.a", "year": 2026, "country": office.country, "city": "Town"}])
        results.submit_year(2026)
    return path


def new_headquarters(path: Path, plan: Path | None = EXAMPLE) -> Path:
    from db.merge_store import open_headquarters

    hq, _ = open_headquarters(path, create=True)
    with hq:
        if plan is not None:
            add_plan(hq, read_plan_file(plan))
    return path


def test_headquarters_merges_an_office_plan_it_holds_and_refuses_one_it_does_not(tmp_path):
    from db.merge import merge_files

    office = office_with_2026(tmp_path / "ken.habitat")
    office_before = digest(office)
    hq = new_headquarters(tmp_path / "hq.habitat", plan=None)
    hq_before = digest(hq)
    report = merge_files(hq, [office], who="hq")
    refusal = report.files[0].refusal
    assert refusal.code == "plan_not_held" and refusal.params["plan"] == "EXAMPLE-SP2026-2029 1.0"
    assert "which this headquarters file does not hold (it holds SP2020-2025 1.0)" in str(refusal)
    assert digest(hq) == hq_before and digest(office) == office_before

    with ResultsFile.open(hq) as results:
        add_plan(results, read_plan_file(EXAMPLE))
    report = merge_files(hq, [office], who="hq")
    assert not report.refused and report.totals()["added"] == 3
    annex = aggregate_file(hq, years="2026")
    assert annex.framework.id == "EXAMPLE-SP2026-2029"
    assert annex.result("A.1.a").total.value == 100 and annex.result("B.1.a").total.value == 1
    assert digest(office) == office_before


def test_a_plan_of_the_same_id_and_version_merges_when_only_its_names_differ(tmp_path):
    from db.merge import merge_files

    reworded = plan_file(tmp_path, "reworded.json", name={"en": "EXAMPLE plan, worded by the office"})
    changed = example_data()
    changed["domains"][0]["outcomes"][0]["indicators"][0]["ceiling"] = 1000
    counted_otherwise = tmp_path / "ceiling.json"
    counted_otherwise.write_text(json.dumps(changed), encoding="utf-8")
    hq = new_headquarters(tmp_path / "hq.habitat")
    fine = office_with_2026(tmp_path / "ken.habitat", plan=reworded)
    other = office_with_2026(tmp_path / "bra.habitat", office=BRAZIL, plan=counted_otherwise)
    report = merge_files(hq, [fine, other], who="hq")
    assert report.files[0].refusal is None and report.files[0].added == 3
    refusal = report.files[1].refusal
    assert refusal.code == "plan_differs" and refusal.params["plan"] == "EXAMPLE-SP2026-2029 1.0"
    with ResultsFile.open_readonly(hq) as results:
        assert {o.code for o in results.offices()} == {"KEN"}
        assert results.framework_for(2026).name.get("en").startswith("EXAMPLE plan 2026")  # its own names


def test_an_office_file_holding_a_plan_of_a_newer_format_is_refused_by_name(tmp_path):
    from db.merge import merge_files

    office = office_with_2026(tmp_path / "ken.habitat")
    with sqlite3.connect(office) as conn:
        conn.execute("UPDATE plan SET format = 3")
    conn.close()
    hq = new_headquarters(tmp_path / "hq.habitat")
    refusal = merge_files(hq, [office], who="hq").files[0].refusal
    assert refusal.code == "plan_needs_newer_app"
    assert "it holds the plan EXAMPLE-SP2026-2029 1.0 in plan format 3, which needs a newer version" in str(refusal)


def test_an_office_receives_the_plan_inside_the_feedback_file(tmp_path):
    from db.feedback import apply_feedback, write_feedback
    from db.merge import merge_files

    hq = new_headquarters(tmp_path / "hq.habitat")
    old = tmp_path / "ken.habitat"
    with ResultsFile.create(old, KENYA) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2025, "value": 50, "country": "KEN"}])
        results.submit_year(2025)
    merge_files(hq, [old], who="hq")
    summary = write_feedback(hq, "KEN", tmp_path / "ken-feedback.json")
    assert summary.plans == 1
    report = apply_feedback(old, tmp_path / "ken-feedback.json", who="ken")
    assert report.plans_added == ["EXAMPLE-SP2026-2029 1.0"]
    assert "the plan EXAMPLE-SP2026-2029 1.0 from headquarters added" in report.summary()
    with ResultsFile.open(old) as results:
        results.add_record({"indicator": "A.1.a", "year": 2026, "value": 9, "country": "KEN"})
        assert [p.sha256 for p in results.plans][1] == read_plan_file(EXAMPLE).plan.sha256
    assert apply_feedback(old, tmp_path / "ken-feedback.json", who="ken").plans_added == []  # once


# --- end to end: an office across two plans, merged, exported ----------------------------------------

def test_an_office_moves_to_the_example_plan_and_headquarters_exports_each_plans_annex(tmp_path):
    """The EXAMPLE plan (resources/plans/examples: made up, not the official framework) built from its
    workbook, added to an office file holding 2020–2025 records; 2026 imported (CSV and the entry
    template), submitted, merged at headquarters with another office, the 2026 annex exported (PDF,
    XLSX, JSON) with its level names and totals checked by hand; the 2020–2025 annex is unchanged."""
    import subprocess

    import openpyxl

    from db.feedback import apply_feedback, write_feedback
    from db.importer import import_table
    from db.merge import merge_files
    from exports.document import DocumentSettings
    from exports.service import export_annex
    from exports.template import write_template

    root = Path(__file__).resolve().parents[1]
    plan = tmp_path / "example-2026-2029.plan.json"
    built = run("plan", "build", root / "resources" / "plans" / "examples" / "example-2026-2029.xlsx", "-o", plan)
    assert built.exit_code == 0, built.output
    ken, bra, hq = tmp_path / "ken.habitat", tmp_path / "bra.habitat", tmp_path / "hq.habitat"
    for path, office in ((ken, KENYA), (bra, BRAZIL)):
        with ResultsFile.create(path, office) as results:
            results.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1000, "country": office.country},
                                 {"indicator": "1.1.a", "year": 2025, "value": 500, "country": office.country},
                                 {"indicator": "1.2.c", "year": 2025, "country": office.country}])
            results.submit_year(2024)
            results.submit_year(2025)
    merge_files(hq, [ken, bra], who="hq")
    export_annex(hq, tmp_path / "before.json", "json", years="2020-2025")
    before = {r["code"]: r["total"] for r in json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))}
    assert (before["1.1.a"], before["1.2.c"]) == (3000, 2)
    assert run("plan", "add", hq, plan).exit_code == 0  # headquarters first

    # Kenya takes the plan file; 2026 by CSV, then one row more through its Excel entry template.
    assert run("plan", "add", ken, plan).exit_code == 0
    csv = tmp_path / "ken-2026.csv"
    csv.write_text("indicator,year,value,country,city,sex\nA.1.a,2026,1200,KEN,,\nA.1.a,2026,700,KEN,,female\n"
                   "A.1.b,2026,300,KEN,,\nA.2.a,2026,,KEN,,\nA.2.b,2026,,KEN,,\nC.1.b,2026,,KEN,Nairobi,\n",
                   encoding="utf-8")
    with ResultsFile.open(ken) as results:
        assert import_table(results, csv).stored == 6
    workbook = tmp_path / "ken-2026.xlsx"
    write_template(ken, workbook, 2026, "en")
    book = openpyxl.load_workbook(workbook)
    entry = book.worksheets[0]
    header = [c.value for c in entry[1]]
    row = entry.max_row + 1
    for name, value in {"indicator": "C.1.b", "year": 2026, "country": "KEN", "city": "Mombasa"}.items():
        entry.cell(row=row, column=header.index(name) + 1, value=value)
    book.save(workbook)
    with ResultsFile.open(ken) as results:
        assert import_table(results, workbook).stored == 1
        results.submit_year(2026)
    # Brazil gets the plan inside headquarters' feedback file.
    write_feedback(hq, "BRA", tmp_path / "bra-feedback.json")
    assert apply_feedback(bra, tmp_path / "bra-feedback.json").plans_added == ["EXAMPLE-2026-2029 1.0"]
    with ResultsFile.open(bra) as results:
        results.add_records([{"indicator": "A.1.a", "year": 2026, "value": 800, "country": "BRA"},
                             {"indicator": "A.1.b", "year": 2026, "value": 200, "country": "BRA"},
                             {"indicator": "A.2.a", "year": 2026, "country": "BRA"},
                             {"indicator": "C.1.b", "year": 2026, "country": "KEN", "city": "Nairobi"}])
        results.submit_year(2026)
    report = merge_files(hq, [ken, bra], who="hq")
    assert not report.refused and report.totals()["added"] == 11

    # By hand: A.1.a = 1200 + 800 (Kenya's 700 women are "of which"); A.1.b = 300 + 200; A.2.a counts
    # Kenya and Brazil, A.2.b Kenya: A.2.c = 1 / 2 = 50 %; C.1.b counts Nairobi once (reported by both
    # offices) and Mombasa: 2.
    pdf, xlsx, jsn = (tmp_path / f"annex-2026.{f}" for f in ("pdf", "xlsx", "json"))
    for out, fmt in ((pdf, "pdf"), (xlsx, "xlsx"), (jsn, "json")):
        annex = export_annex(hq, out, fmt, DocumentSettings(lang="en"), years="2026")
    assert annex.framework.id == "EXAMPLE-2026-2029" and annex.years == (2026,)
    by_hand = {"A.1.a": 2000, "A.1.b": 500, "A.2.a": 2, "A.2.b": 1, "C.1.b": 2}
    assert {code: annex.result(code).total.value for code in by_hand} == by_hand
    assert round(float(annex.result("A.2.c").total.value)) == 50
    rows = {r["code"]: r for r in json.loads(jsn.read_text(encoding="utf-8"))}
    assert list(rows)[:6] == ["A.1.a", "A.1.b", "A.1.c", "A.2.a", "A.2.b", "A.2.c"]
    assert {k: rows[k]["total"] for k in by_hand} == by_hand
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Results by impact area, outcome and indicator, 2026" in text
    assert "EXAMPLE impact area A: homes and services" in text and "2,000" in text
    assert "Domain of change" not in text and "1.1.a" not in text
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    cells = [c for r in sheet.iter_rows(values_only=True) for c in r if c is not None]
    assert any(isinstance(c, str) and "Results by impact area, outcome and indicator, 2026" in c for c in cells)
    assert "A.1.a" in cells and 2000 in cells

    # One annex, one plan: 2025–2026 is refused; the 2020–2025 annex is exactly as it was.
    with pytest.raises(Exception) as mixed:
        export_annex(hq, tmp_path / "mixed.json", "json", years="2025-2026")
    assert "lie under 2 plans" in str(mixed.value)
    export_annex(hq, tmp_path / "after.json", "json", years="2020-2025")
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()
    assert aggregate_file(hq).framework.id == "EXAMPLE-2026-2029"  # no years: the latest year's plan


def test_a_provisional_plan_is_entered_and_merged_but_its_annex_is_only_a_marked_draft(tmp_path):
    import subprocess

    from db.merge import merge_files
    from exports.aggregate import ExportError
    from exports.document import DocumentSettings
    from exports.service import export_annex

    provisional = plan_file(tmp_path, "provisional.json", status="provisional", version="0.9")
    hq = new_headquarters(tmp_path / "hq.habitat", plan=provisional)
    office = office_with_2026(tmp_path / "ken.habitat", plan=provisional)
    assert not merge_files(hq, [office], who="hq").refused
    with pytest.raises(ExportError) as refused:
        export_annex(hq, tmp_path / "annex.pdf", "pdf", years="2026")
    assert "the plan EXAMPLE-SP2026-2029 0.9 of 2026 is provisional" in str(refused.value)
    assert not (tmp_path / "annex.pdf").exists()
    export_annex(hq, tmp_path / "annex.pdf", "pdf", DocumentSettings(lang="en"), years="2026", working_draft=True)
    export_annex(hq, tmp_path / "annex.json", "json", years="2026", working_draft=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "annex.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Working draft — not for publication — provisional plan" in text
    rows = json.loads((tmp_path / "annex.json").read_text(encoding="utf-8"))
    assert all(r["working_draft"].startswith("Working draft — not for publication — provisional plan") for r in rows)
    # The final plan replaces it as a newer version does: then the annex is published.
    final = plan_file(tmp_path, "final.json", status="final", version="1.0")
    for path in (hq, office):
        with ResultsFile.open(path) as results:
            assert add_plan(results, read_plan_file(final)).replaced.version == "0.9"
    assert not merge_files(hq, [office], who="hq").refused
    annex = export_annex(hq, tmp_path / "final.json", "json", years="2026")
    assert not annex.provisional and "working_draft" not in (tmp_path / "final.json").read_text(encoding="utf-8")


def test_the_example_plan_built_from_its_workbook_is_held_merged_and_exported(tmp_path):
    """The EXAMPLE plan headquarters would issue (resources/plans/examples, made up, not the official
    framework): built from its workbook, added at headquarters first and in two offices, 2026 entered,
    merged and exported under its own level names, totals checked by hand."""
    import openpyxl

    from db.importer import import_table
    from db.merge import merge_files
    from exports.service import export_annex

    root = Path(__file__).resolve().parents[1]
    built = run("plan", "build", root / "resources" / "plans" / "examples" / "example-2026-2029.xlsx",
                "-o", tmp_path / "example.plan.json")
    assert built.exit_code == 0, built.output
    sha = built.output.split()[0]
    hq = tmp_path / "hq.habitat"
    assert run("plan", "add", hq, tmp_path / "example.plan.json", "--new-headquarters").exit_code == 0
    assert f"EXAMPLE-2026-2029  1.0  2026–2029  final  {sha}  added" in run("plan", "list", hq).output
    offices = {KENYA: tmp_path / "ken.habitat", BRAZIL: tmp_path / "bra.habitat"}
    rows = {KENYA: "A.1.a,2026,1000,KEN,,\nA.1.a,2026,400,KEN,,female\nA.2.a,2026,,KEN,,\nA.2.b,2026,,KEN,,\n"
                   "C.1.b,2026,,KEN,Nairobi,\n",
            BRAZIL: "A.1.a,2026,250,BRA,,\nA.2.a,2026,,BRA,,\nC.1.b,2026,,KEN,Nairobi,\nC.1.b,2026,,BRA,,\n"}
    for office, path in offices.items():
        with ResultsFile.create(path, office) as results:
            results.add_record({"indicator": "1.1.a", "year": 2025, "value": 70, "country": office.country})
            results.submit_year(2025)
        assert run("plan", "add", path, tmp_path / "example.plan.json").exit_code == 0
        data = tmp_path / f"{office.code}-2026.csv"
        data.write_text("indicator,year,value,country,city,sex\n" + rows[office], encoding="utf-8")
        with ResultsFile.open(path) as results:
            import_table(results, data)
            results.submit_year(2026)
    report = merge_files(hq, list(offices.values()), who="hq")
    assert not report.refused, [f.refusal for f in report.files]
    annex = export_annex(hq, tmp_path / "annex.xlsx", "xlsx", years="2026")
    # By hand: A.1.a 1000 + 250 (the 400 women are "of which"); A.2.a KEN and BRA; A.2.b KEN: 1 of 2 = 50 %;
    # C.1.b Nairobi once (both offices report it) and Brazil: 2.
    assert annex.framework.id == "EXAMPLE-2026-2029"
    assert {c: annex.result(c).total.value for c in ("A.1.a", "A.2.a", "A.2.b", "C.1.b")} == {
        "A.1.a": 1250, "A.2.a": 2, "A.2.b": 1, "C.1.b": 2}
    assert round(float(annex.result("A.2.c").total.value)) == 50
    cells = [c for r in openpyxl.load_workbook(tmp_path / "annex.xlsx").worksheets[0].iter_rows(values_only=True)
             for c in r if isinstance(c, str)]
    assert any("Results by impact area, outcome and indicator, 2026" in c for c in cells)
    assert aggregate_file(hq, years="2025").result("1.1.a").total.value == 140


def test_check_names_the_records_a_newer_version_no_longer_accepts(tmp_path):
    from exports.check import check_file

    office = tmp_path / "ken.habitat"
    with ResultsFile.create(office, KENYA) as results:
        add_plan(results, read_plan_file(EXAMPLE))
        total = results.add_record({"indicator": "A.1.a", "year": 2026, "value": 900, "country": "KEN"})
        part = results.add_record({"indicator": "A.1.a", "year": 2026, "value": 400, "country": "KEN",
                                   "sex": "female"})
        results.add_record({"indicator": "B.1.a", "year": 2026, "country": "KEN", "city": "Nairobi"})
        results.submit_year(2026)
    assert [f.code for f in check_file(office, years="2026").findings] == []
    data = example_data(version="1.1")
    a1a = data["domains"][0]["outcomes"][0]["indicators"][0]
    a1a["disaggregations"], a1a["ceiling"] = [], 500  # no longer by sex; at most 500 in one record
    data["domains"] = data["domains"][:1]  # B.1.a removed
    newer = tmp_path / "v11.json"
    newer.write_text(json.dumps(data), encoding="utf-8")
    with ResultsFile.open(office) as results:
        add_plan(results, read_plan_file(newer))
        versions = {r.id: r.version for r in results.records()}
    report = check_file(office, years="2026")
    found = {(f.code, f.where or f.indicator) for f in report.findings}
    assert ("no_longer_valid", part.id) in found and ("above_ceiling", total.id) in found
    assert ("removed_indicator", "B.1.a") in found
    line = next(f.message for f in report.findings if f.code == "no_longer_valid")
    assert "no longer passes the plan's version 1.1: sex: A.1.a is not broken down by sex" in line
    with ResultsFile.open_readonly(office) as results:  # the check changed no record
        assert {r.id: r.version for r in results.records()} == versions


def test_an_office_plan_altered_in_the_file_or_a_plan_table_of_another_layout_is_refused(tmp_path):
    from db.merge import merge_files

    hq = new_headquarters(tmp_path / "hq.habitat")
    altered = office_with_2026(tmp_path / "ken.habitat")
    with sqlite3.connect(altered) as conn:  # counted otherwise, its hash left as it was
        conn.execute("UPDATE plan SET content = replace(content, '\"distinct\"', '\"sum\"')")
    conn.close()
    other = office_with_2026(tmp_path / "bra.habitat", office=BRAZIL)
    with sqlite3.connect(other) as conn:
        conn.execute("ALTER TABLE plan ADD COLUMN note TEXT")
    conn.close()
    hq_before = digest(hq)
    report = merge_files(hq, [altered, other], who="hq")
    first, second = (f.refusal for f in report.files)
    assert first.code == "plan_damaged" and "does not match its SHA-256" in str(first)
    assert second.code == "layout_differs" and second.params["name"] == "plan"
    assert digest(hq) == hq_before


def test_explain_follows_the_plan_of_the_indicator_and_years(tmp_path):
    from exports.explain import explain

    office = office_with_2026(tmp_path / "ken.habitat")
    with ResultsFile.open_readonly(office) as results:
        new = explain(results, "A.1.a", include_drafts=True)
        old = explain(results, "1.1.a", include_drafts=True)
        assert (new.years, [r.counts for r in new.records]) == ((2026, 2027, 2028, 2029), [100])
        assert old.years == tuple(range(2020, 2026)) and [r.counts for r in old.records] == [50]


def test_template_without_a_year_takes_the_latest_year_holding_records_and_says_so(tmp_path):
    import openpyxl

    office = office_with_2026(tmp_path / "ken.habitat")
    done = run("template", office, "-o", tmp_path / "t.xlsx")
    assert done.exit_code == 0, done.output
    assert ("ken.habitat: no --year given: 2026, the latest year holding records, under the plan "
            "EXAMPLE-SP2026-2029 1.0 (2026–2029)") in done.output
    lists = [c for r in openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[2].iter_rows(values_only=True)
             for c in r if isinstance(c, str)]
    assert any(c.startswith("A.1.a") for c in lists) and not any(c.startswith("1.1.a") for c in lists)
    empty = tmp_path / "empty.habitat"
    ResultsFile.create(empty, KENYA).close()
    refused = run("template", empty, "-o", tmp_path / "e.xlsx")
    assert refused.exit_code == 2 and "holds no records yet" in refused.output


def three_levels(tmp_path: Path) -> Path:
    """The EXAMPLE plan with a third level, outputs, between its outcomes and indicators (made up)."""
    import json

    example = Path(__file__).resolve().parents[1] / "resources" / "plans" / "examples" / "example-2026-2029.plan.json"
    data = json.loads(example.read_text(encoding="utf-8"))
    data["version"] = "3.0"
    data["levels"].append({"key": "output", "level": 3, "name": {"en": "Output", "zh": "产出"}})
    outcomes = [g["code"] for g in data["structure"] if g["level"] == "outcome"]
    data["structure"] += [{"code": f"{code}.x", "level": "output", "parent": code,
                           "name": {"en": f"EXAMPLE output {code}.x"}} for code in outcomes]
    for indicator in data["indicators"]:
        indicator["parent"] += ".x"
    path = tmp_path / "three-levels.plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_annex_of_a_plan_of_three_levels_names_them_all_and_shows_each_group(tmp_path):
    from exports.document import outline
    from exports.service import export_annex

    office = tmp_path / "ken.habitat"
    with ResultsFile.create(office, KENYA) as results:
        add_plan(results, read_plan_file(three_levels(tmp_path)))
        results.add_record({"indicator": "A.1.a", "year": 2026, "value": 40, "country": "KEN"})
        results.submit_year(2026)
    annex = export_annex(office, tmp_path / "annex.xlsx", "xlsx", years="2026")
    headings = [(item[0], item[1]) for item in outline(annex) if item[0] != "indicator"][:4]
    assert headings == [("domain", "A"), ("outcome", "A.1"), ("outcome", "A.1.x"), ("outcome", "A.2")]
    from exports.document import annex_title

    assert annex_title("annex1", annex, "en") == "Results by impact area, outcome, output and indicator, 2026"
    assert annex.result("A.1.a").total.value == 40
