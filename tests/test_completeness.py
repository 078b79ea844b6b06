"""Headquarters' view of what it has received (`habitat-results status`), and a second file claiming
an office already held (refused unless confirmed), through the command line on real files; the
counting behind it (``db.completeness``) against a count by hand."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli.main import main
from db.completeness import completeness_file
from db.feedback import review_records
from db.merge import merge_files, merge_log
from db.officefile import Office, ResultsFile
from tests.conftest import KENYA


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.output


@pytest.fixture
def hq(demo_dir, tmp_path):
    """The demo merged, then Kenya's 2025 partly submitted and one Egypt 2021 record returned."""
    folder = tmp_path / "offices"
    shutil.copytree(demo_dir, folder)
    ken = folder / "ken.habitat"
    with ResultsFile.open(ken) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2025, "value": 1000, "country": "KEN", "city": "Nairobi"}])
        f.submit_year(2025)
        f.add_records([{"indicator": "1.1.a", "year": 2025, "value": 500, "country": "KEN", "city": "Kisumu"}])
    path = tmp_path / "hq.habitat"
    merge_files(path, sorted(folder.glob("*.habitat")))
    with ResultsFile.open(path) as results:
        egy = results.records(year=2021)
        egy = [r.id for r in egy if r.office_code == "EGY"][:1]
    review_records(path, egy, "returned", "source missing")
    return path


def test_status_shows_each_office_and_year(hq):
    before = hq.read_bytes()
    code, out, _ = run("status", hq)
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert lines["office"].split() == ["office", "2020", "2021", "2022", "2023", "2024", "2025"]
    assert "partly submitted" in lines["KEN"]  # 2025: one record sent, one still in draft
    assert lines["EGY"].split("  ")[0] == "EGY" and "returned" in lines["EGY"]
    assert lines["BRA"].rstrip().endswith("draft only in the office")
    assert lines["1.1.a"].split()[1:4] == ["5", "of", "5"]
    assert "indicators reported" in out
    assert hq.read_bytes() == before and not hq.with_name(hq.name + "-wal").exists()


def test_status_as_json(hq):
    code, out, _ = run("status", hq, "--format", "json", "--years", "2021-2025")
    doc = json.loads(out)
    states = {(o["office"], o["year"]): o for o in doc["office_years"]}
    assert doc["years"] == [2021, 2022, 2023, 2024, 2025]
    assert states[("KEN", 2025)]["state"] == "partly submitted" and states[("KEN", 2025)]["in_office"] == 1
    assert states[("EGY", 2021)]["state"] == "returned" and states[("EGY", 2021)]["returned"] == 1
    assert states[("BRA", 2025)]["state"] == "draft only in the office"
    assert states[("BRA", 2024)]["state"] == "submitted"
    coverage = {c["indicator"]: c for c in doc["coverage"]}
    assert "1.2.e" not in coverage and len(coverage["1.1.a"]["offices"]) == 5


def test_an_office_never_merged_is_not_received(tmp_path):
    ken = tmp_path / "ken.habitat"
    ResultsFile.create(ken, KENYA).close()
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    code, out, _ = run("status", hq, "--years", "2024")
    assert code == 0 and "KEN     not received" in out


def test_status_refuses_an_office_file(demo_dir):
    code, _, out = run("status", demo_dir / "ken.habitat")
    assert code == 1 and "an office file, not a headquarters file" in out


# --- the same office from another file --------------------------------------------------------------

def test_a_second_file_for_an_office_is_refused_with_both_file_ids(demo_dir, tmp_path):
    hq = tmp_path / "hq.habitat"
    assert run("merge", hq, demo_dir / "ken.habitat")[0] == 0
    again = tmp_path / "ken-reinstalled.habitat"
    with ResultsFile.create(again, KENYA) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1000, "country": "KEN", "city": "Nairobi"}])
        f.submit_year(2024)
        new_id = f.file_id
    with ResultsFile.open(demo_dir / "ken.habitat") as f:
        old_id = f.file_id
    before = hq.read_bytes()
    code, _, out = run("merge", hq, again)
    assert code == 1
    assert (f"office KEN is held at headquarters from another file (file id {old_id}, ken.habitat, "
            "first merged 20") in out
    assert f"this file has file id {new_id} (created 20" in out and "--accept-new-file-for KEN" in out
    assert hq.read_bytes() == before
    code, _, out = run("merge", hq, again, "--dry-run", "--accept-new-file-for", "KEN")
    assert code == 0 and "new file for KEN accepted" in out and hq.read_bytes() == before
    code, _, out = run("merge", hq, again, "--accept-new-file-for", "KEN")
    assert code == 0 and f"new file for KEN accepted, replacing file {old_id}" in out and "1 added" in out
    log = merge_log(hq)
    assert [b["replaces_file_id"] for b in log] == ["", old_id]
    # From now on the new file is the office's: it merges again without a question, the old one is refused.
    assert run("merge", hq, again)[0] == 0
    code, _, out = run("merge", hq, demo_dir / "ken.habitat")
    assert code == 1 and f"held at headquarters from another file (file id {new_id}" in out


def test_the_same_file_merged_again_is_not_asked_about(demo_dir, tmp_path):
    hq = tmp_path / "hq.habitat"
    copy = tmp_path / "ken-copy.habitat"
    shutil.copy(demo_dir / "ken.habitat", copy)  # the same file id: a copy, not another file
    assert run("merge", hq, demo_dir / "ken.habitat", copy)[0] == 0


# --- the counting itself, against a count by hand ---------------------------------------------------

HQ = Office("HQ", "UN-Habitat headquarters", "KEN", "")
OFFICES = [Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa"),
           Office("ROAF", "Regional Office for Africa", "KEN", "Africa"),
           Office("BRA", "UN-Habitat Brazil Country Office", "BRA", "Latin America and the Caribbean")]
STORED = st.fixed_dictionaries({
    "office": st.sampled_from(["KEN", "ROAF", "BRA"]),
    "indicator": st.sampled_from(["1.1.a", "1.1.c", "1.2.a", "1.2.e"]),  # 1.2.e is computed, never entered
    "year": st.integers(2019, 2026),  # a year outside the plan is held but never asked for
    "status": st.sampled_from(["draft", "submitted", "validated", "returned"]),
    "deleted": st.sampled_from([0, 0, 1]),
})


def _by_hand(stored: list[dict], years: tuple[int, ...], offices: list[str], framework) -> dict:
    live = [r for r in stored if not r["deleted"]]
    states = []
    for office in offices:
        for year in years:
            mine = [r["status"] for r in live if r["office"] == office and r["year"] == year]
            held = sum(s in ("submitted", "validated") for s in mine)
            returned = mine.count("returned")
            state = "returned" if returned else "submitted" if held else "not received"
            states.append({"office": office, "year": year, "state": state, "held": held,
                           "validated": mine.count("validated"), "returned": returned, "in_office": 0})
    coverage = []
    for indicator in framework.indicators():
        if indicator.enterable:
            counted = [r for r in live if r["indicator"] == indicator.code and r["year"] in years
                       and r["status"] in ("submitted", "validated")]
            coverage.append({"indicator": indicator.code, "offices": sorted({r["office"] for r in counted}),
                             "records": len(counted), "years": sorted({r["year"] for r in counted})})
    return {"years": list(years), "offices": offices, "office_years": states, "coverage": coverage}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STORED, max_size=40), st.sets(st.integers(2020, 2025), min_size=1))
def test_completeness_agrees_with_counting_by_hand(stored, years):
    """Whatever a headquarters file holds (drafts, returned, deleted, several offices and years), the
    states and the coverage are plain counts over its records."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hq.habitat"
        with ResultsFile.create(path, HQ, kind="headquarters") as hq:
            for office in OFFICES:
                hq.add_office(office)
            with hq.transaction() as conn:  # stored as a merge leaves them, whatever the entry rules
                conn.executemany(
                    "INSERT INTO record (id, office_code, indicator, year, status, deleted, created_at, updated_at, "
                    "changed_by) VALUES (?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 't')",
                    [(f"r{n}", r["office"], r["indicator"], r["year"], r["status"], r["deleted"])
                     for n, r in enumerate(stored)])
        found = completeness_file(path, years)
        with ResultsFile.open_readonly(path) as results:
            offices = [o.code for o in results.offices()]
            expected = _by_hand(stored, tuple(sorted(years)), offices, results.framework)
    assert found.to_json() == expected
    assert offices == ["BRA", "KEN", "ROAF"]
