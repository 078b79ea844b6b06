"""The pre-publication check (`habitat-results check`), the framework's consistency rules and
plausibility bounds, on real files: the demo passes, a broken variant fails with every problem named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from db.framework import FrameworkError, builtin_frameworks, get_framework, load_framework_file
from db.merge import merge_files
from db.officefile import Office, ResultsFile
from exports.check import check_file, open_conflicts
from tests.broken_demo import HUGE, write_broken_headquarters

FRAMEWORK_FILE = Path(__file__).parent.parent / "resources" / "frameworks" / "sp-2020-2025.json"


def run(*args, stdout_only=False):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout if stdout_only else result.output


def folder_state(folder: Path) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def demo_hq(demo_dir, tmp_path_factory) -> Path:
    hq = tmp_path_factory.mktemp("demo-hq") / "hq.habitat"
    merge_files(hq, sorted(demo_dir.glob("*.habitat")))
    return hq


@pytest.fixture(scope="module")
def broken(demo_dir, tmp_path_factory) -> dict:
    return write_broken_headquarters(demo_dir, tmp_path_factory.mktemp("broken"))


# --- the framework's rules -------------------------------------------------------------------------

def test_the_plan_declares_its_rules_and_ceilings():
    fw = get_framework()
    assert {r.text for r in fw.rules} >= {"1.2.a ≤ 1.2.d", "1.2.g ≤ 1.2.f", "2.1.b ≤ 2.1.a"}
    assert all(r.why.get("zh") != r.why.get("en") for r in fw.rules)
    assert fw.year_on_year_factor == 10
    people = [i for i in fw.indicators() if i.rule == "sum"]
    assert people and all(i.ceiling for i in people)
    assert HUGE > max(i.ceiling for i in people)


@pytest.mark.parametrize("change, words", [
    (lambda d: d["checks"]["rules"].append({"indicator": "1.2.a", "at_most": "9.9.z"}),
     "checks.rules[3] (1.2.a ≤ 9.9.z): 9.9.z is not an enterable indicator"),
    (lambda d: d["checks"]["rules"].append({"indicator": "1.2.e", "at_most": "1.2.d"}),
     "checks.rules[3] (1.2.e ≤ 1.2.d): 1.2.e is not an enterable indicator"),
    (lambda d: d["checks"]["rules"].append({"at_most": "1.2.d"}), "checks.rules[3]: field 'indicator' is missing"),
    (lambda d: d["checks"].update(year_on_year_factor=0.5), "checks: 'year_on_year_factor' must be a number above 1"),
    (lambda d: d["domains"][0]["outcomes"][0]["indicators"][2].update(ceiling=10),
     "(1.1.c): 'ceiling' must be a whole number above 0, on a sum indicator"),
    (lambda d: d["domains"][0]["outcomes"][0]["indicators"][0].update(ceiling="many"),
     "(1.1.a): 'ceiling' must be a whole number above 0"),
])
def test_a_bad_rule_or_bound_is_refused_naming_the_file_and_the_entry(tmp_path, change, words):
    data = json.loads(FRAMEWORK_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FrameworkError) as err:
        load_framework_file(path)
    assert str(path) in str(err.value) and words in str(err.value)


def later_plan() -> dict:
    """A later plan (two indicators, its own rule, ceiling and factor), as a new framework file brings."""
    names = {"en": "x", "zh": "x"}
    return {
        "id": "SP-LATER", "version": "1.0", "name": {"en": "A later plan"},
        "period": {"first_year": 2026, "last_year": 2029},
        "checks": {"year_on_year_factor": 3,
                   "rules": [{"indicator": "1.1.b", "at_most": "1.1.a",
                              "why": {"en": "trained planners are among the people trained"}}]},
        "domains": [{"code": "1", "name": names, "outcomes": [{"code": "1.1", "name": names, "indicators": [
            {"code": "1.1.a", "name": {"en": "People trained"}, "unit": "people", "rule": "sum", "ceiling": 5000},
            {"code": "1.1.b", "name": {"en": "Planners trained"}, "unit": "people", "rule": "sum"},
            {"code": "1.1.c", "name": {"en": "Share of planners"}, "unit": "per cent", "rule": "derived",
             "derived_from": {"numerator": "1.1.b", "denominator": "1.1.a"}},
        ]}]}],
    }


def test_a_later_framework_file_brings_its_own_rules(tmp_path, monkeypatch):
    path = tmp_path / "later.json"
    path.write_text(json.dumps(later_plan()), encoding="utf-8")
    fw = load_framework_file(path)
    assert [r.text for r in fw.rules] == ["1.1.b ≤ 1.1.a"] and fw.year_on_year_factor == 3
    monkeypatch.setitem(builtin_frameworks(), (fw.id, fw.version), fw)
    office = tmp_path / "later.habitat"
    with ResultsFile.create(office, Office("KEN", "Kenya", "KEN", "Africa"), framework=fw) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2026, "value": 100, "country": "KEN"},
                       {"indicator": "1.1.a", "year": 2027, "value": 400, "country": "KEN"},
                       {"indicator": "1.1.b", "year": 2027, "value": 900, "country": "KEN"},
                       {"indicator": "1.1.a", "year": 2028, "value": 6000, "country": "KEN"}])
    report = check_file(office, include_drafts=True)
    codes = {(f.code, f.indicator, f.scope, f.where) for f in report.findings}
    # Over the period Kenya's 900 planners are fewer than its 6 500 people trained; in 2027 they are not.
    assert ("rule_broken", "1.1.b", "year", "2027") in codes
    assert ("share_above_100", "1.1.c", "year", "2027") in codes
    assert any(f.code == "above_ceiling" and f.params == {"value": 6000, "ceiling": 5000} for f in report.blocking)
    # 400 is 4 times 100: above this plan's factor of 3 (the strategic plan 2020–2025 says 10).
    assert [(f.year, f.params["value"]) for f in report.warnings if f.code == "outlier"] == [(2027, 400), (2028, 6000)]
    assert "trained planners are among the people trained" in next(
        f.message for f in report.blocking if f.code == "rule_broken")


# --- the demo passes -------------------------------------------------------------------------------

def test_the_merged_demo_passes_the_check_and_the_file_is_not_touched(demo_hq):
    before = folder_state(demo_hq.parent)
    code, out = run("check", demo_hq)
    assert code == 0, out
    assert "0 blocking problems" in out and "ready to publish" in out
    assert "BLOCKING" not in out
    assert folder_state(demo_hq.parent) == before  # no -wal, no -shm, nothing written


def test_no_demo_share_is_above_100_per_cent(demo_hq):
    code, out = run("export", demo_hq, "-o", "-", "--format", "json")
    assert code == 0
    shares = [(r["code"], where, cell) for r in json.loads(out) if r["rule"] == "derived"
              for where, cell in [*r["by_year"].items(), ("total", r["total"]),
                                  *((k, c["value"]) for k, c in r["by_country"].items()),
                                  *((k, c["value"]) for k, c in r["by_office"].items())]]
    assert shares and all(value is None or value <= 100 for _, _, value in shares), shares


@pytest.mark.parametrize("name", ["ken", "roaf", "egy", "bra", "roap"])
def test_each_demo_office_passes_with_its_drafts(demo_dir, name):
    code, out = run("check", demo_dir / f"{name}.habitat", "--include-drafts")
    assert code == 0 and "0 blocking problems, 0 warnings" in out, out


# --- the broken variant fails with every problem named ---------------------------------------------

def test_the_broken_demo_fails_with_every_problem_named(broken):
    before = folder_state(broken["hq"].parent)
    code, out = run("check", broken["hq"])
    assert code == 1
    blocking = [line for line in out.splitlines() if line.startswith("BLOCKING")]
    expected = [
        f"record {broken['disputed']} (KEN 1.2.d 2025): 2 versions, none chosen",
        "country TZA: 1.2.a is 1,200,000 people but 1.2.d is 80,000 people; rule 1.2.a ≤ 1.2.d (the urban",
        "country TZA: 1.2.e is 1,500 % (1.2.a ÷ 1.2.d), above 100 %",
        # No country shows 1.2.h (Tanzania has no 1.2.f): Africa is where 1.2.g outgrows 1.2.f.
        "region Africa: 1.2.g is 4 countries but 1.2.f is 3 countries; rule 1.2.g ≤ 1.2.f",
        "region Africa: 1.2.h is 133.3 % (1.2.g ÷ 1.2.f), above 100 %",
        f"record {broken['huge']} (KEN {broken['steady']} 2025, KEN, Nairobi): 999,999,999,999 people is above "
        f"the ceiling of {get_framework().indicator(broken['steady']).ceiling:,} for one record",
    ]
    for words in expected:
        assert sum(words in line for line in blocking) == 1, (words, out)
    assert len(blocking) == len(expected), out
    outlier = next(line for line in out.splitlines() if line.startswith(f"warning   KEN {broken['steady']} 2025: "))
    assert "times the office's earlier years" in outlier
    assert ("warning   country TZA: 1.2.g is 1 country but 1.2.f is not reported, so rule 1.2.g ≤ 1.2.f "
            "cannot be checked there") in out
    assert "warning   EGY 2025: draft only in the office" in out
    assert "submitted records (2020–2025) not yet validated" in out
    assert "6 blocking problems" in out and "not ready to publish" in out
    assert folder_state(broken["hq"].parent) == before


def test_the_check_as_json(broken):
    code, out = run("check", broken["hq"], "--format", "json", stdout_only=True)
    assert code == 1
    doc = json.loads(out)
    assert doc["ok"] is False and doc["kind"] == "headquarters" and doc["years"] == list(range(2020, 2026))
    assert sorted(f["code"] for f in doc["blocking"]) == ["above_ceiling", "open_conflict", "rule_broken",
                                                          "rule_broken", "share_above_100", "share_above_100"]
    share = next(f for f in doc["blocking"] if f["code"] == "share_above_100" and f["indicator"] == "1.2.e")
    assert share["indicator"] == "1.2.e" and share["scope"] == "country" and share["where"] == "TZA"
    assert share["params"]["percent"] > 100
    assert {f["code"] for f in doc["warnings"]} == {"rule_unmatched", "outlier", "incomplete", "unvalidated",
                                                  "unsigned"}  # the demo files are unsigned


def test_years_without_the_problems_pass(broken):
    code, out = run("check", broken["hq"], "--years", "2020-2024")
    assert code == 0, out


def test_open_conflicts_are_read_from_the_conflicts_not_from_every_record(broken):
    """The conflicts are few and the records many: the query reads the conflicts and finds each
    one's record by its id (left to choose, SQLite read every record of the years: 2 s at
    2,000,000 records with no conflict)."""
    with ResultsFile.open_readonly(broken["hq"]) as results:
        statements: list[str] = []
        results.conn.set_trace_callback(statements.append)
        found = open_conflicts(results, results.framework.years)
        results.conn.set_trace_callback(None)
        plan = [row[3] for row in results.conn.execute("EXPLAIN QUERY PLAN " + statements[-1])]
    assert [f.where for f in found] == [broken["disputed"]]
    assert plan[0].startswith("SCAN c") and "SEARCH r USING INDEX sqlite_autoindex_record_1 (id=?)" in plan, plan


def test_the_office_sees_its_own_problems_before_submitting(demo_dir, tmp_path):
    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    with ResultsFile.open(ken) as f:
        f.add_records([{"indicator": "1.2.a", "year": 2025, "value": 5000, "country": "TZA"},
                       {"indicator": "1.2.d", "year": 2025, "value": 4000, "country": "TZA"}])
    code, out = run("check", ken, "--include-drafts", "--years", "2025")
    assert code == 1 and "country TZA: 1.2.a is 5,000 people but 1.2.d is 4,000 people" in out
    code, out = run("check", ken)  # without drafts: 2025 is not counted yet
    assert code == 0, out


def test_a_check_without_drafts_says_how_many_records_it_left_out(demo_dir, tmp_path):
    import sqlite3

    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    with ResultsFile.open(ken) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2025, "value": 10**9, "country": "KEN"}])
    with sqlite3.connect(ken) as conn:
        drafts = conn.execute("SELECT count(*) FROM record WHERE deleted = 0 "
                              "AND status IN ('draft', 'returned')").fetchone()[0]
    conn.close()
    code, out = run("check", ken)
    assert code == 0 and f"{drafts:,} records not submitted (draft or returned) were not checked" in out, out
    code, out = run("check", ken, "--include-drafts")
    assert "were not checked" not in out and "1,000,000,000 people is above the ceiling" in out, out


def test_check_refuses_what_is_not_a_results_file(tmp_path):
    bad = tmp_path / "notes.habitat"
    bad.write_text("hello")
    code, out = run("check", bad)
    assert code == 1 and "not a Habitat Results file" in out

