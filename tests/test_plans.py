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
from db.plans import PlanError, add_plan, plan_from_data, read_plan_file, removed_records
from exports.aggregate import aggregate_file
from tests.conftest import KENYA

EXAMPLE = Path(__file__).parent / "data" / "example-plan-2026-2029.json"


def example_data(**changes) -> dict:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def plan_file(tmp_path: Path, name: str = "plan.json", **changes) -> Path:
    path = tmp_path / name
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
    # The SHA-256 is that of the plan's canonical JSON: the same for any spacing of the plan file.
    canonical = json.dumps(example_data(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert added.plan.sha256 == hashlib.sha256(canonical.encode()).hexdigest()


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
    path = plan_file(tmp_path, format=2)
    with pytest.raises(PlanError) as refused:
        read_plan_file(path)
    assert refused.value.code == "plan_format_newer"
    assert "the plan EXAMPLE-SP2026-2029 version 1.0 is in plan format 2" in str(refused.value)
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
        conn.execute("UPDATE plan SET format = 2")
    conn.close()
    for opening in (ResultsFile.open, ResultsFile.open_readonly):
        with pytest.raises(OfficeFileError) as refused:
            opening(office_path)
        assert refused.value.code == "file_plan_newer"
        assert "holds the plan EXAMPLE-SP2026-2029 version 1.0 in plan format 2" in str(refused.value)


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


def test_a_file_made_before_plans_opens_with_its_built_in_plan_and_totals(tmp_path, monkeypatch):
    path = tmp_path / "old.habitat"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        m.setattr(schema, "SCHEMA_VERSION", 5)
        with ResultsFile.create(path, KENYA) as results:
            results.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1200, "country": "KEN"},
                                 {"indicator": "1.1.c", "year": 2025, "country": "KEN", "city": "Kisumu"}])
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
