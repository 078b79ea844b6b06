"""The overview's figures (exports/overview.py) on real files: the aggregation's numbers, the
records per outcome and status, the changes since a submission, targets and baselines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db.completeness import office_years
from db.feedback import review_records
from db.framework import FrameworkError, builtin_frameworks, load_framework_file
from db.merge import merge_files
from db.officefile import Office, ResultsFile
from exports.aggregate import aggregate_file, open_for_export
from exports.check import check_file
from exports.overview import number, overview_file, progress_to_target, year_series

PLAN = Path(__file__).parent / "data" / "plan-with-targets.json"


def test_the_office_overview_holds_the_aggregations_figures_drafts_included(demo_dir):
    path = demo_dir / "ken.habitat"
    before = path.read_bytes()
    data = overview_file(path)
    annex = aggregate_file(path, include_drafts=True)
    assert data.kind == "office"
    for result in annex.results:
        shown = data.annex.result(result.code)
        assert year_series(shown) == [(y, number(c)) for y, c in result.by_year.items()]
        assert shown.total == result.total
    assert path.read_bytes() == before


def test_records_per_outcome_and_status_add_up_to_the_files_counts(demo_dir):
    path = demo_dir / "ken.habitat"
    data = overview_file(path)
    with ResultsFile.open(path) as results:
        for year in (2024, 2025):
            counts = results.counts_by_indicator_status(year)
            for entry in data.outcomes_in(year):
                group = results.framework.group(entry.outcome)
                codes = [i.code for i in group.indicators if i.enterable]
                mine = {k: n for k, n in counts.items() if k[0] in codes}
                assert entry.entered == sum(mine.values())
                assert entry.submitted == sum(n for (_, s), n in mine.items() if s in ("submitted", "validated"))
                assert entry.returned == sum(n for (_, s), n in mine.items() if s == "returned")
                assert set(entry.no_data) == {c for c in codes if not any(k[0] == c for k in mine)}
    assert sum(e.entered for e in data.outcomes_in(2025)) > 0
    assert any(e.no_data for e in data.outcomes_in(2025))


def test_changes_since_the_last_submission_are_counted_per_indicator(tmp_path):
    path = tmp_path / "ken.habitat"
    with ResultsFile.create(path, Office("KEN", "Kenya", "KEN", "Africa")) as f:
        kept, changed, deleted = f.add_records(
            [{"indicator": "1.1.a", "year": 2024, "value": v, "country": "KEN", "city": c}
             for v, c in ((10, "Nairobi"), (20, "Mombasa"), (30, "Kisumu"))])
        f.submit_year(2024)
    assert overview_file(path).changes[2024] == []
    with ResultsFile.open(path) as f:
        # Headquarters returns two records; the office corrects one, deletes one, adds two.
        with f.transaction() as conn:
            conn.execute("UPDATE record SET status = 'returned' WHERE id IN (?, ?)", (changed.id, deleted.id))
        f.update_record(changed.id, {"value": 25})
        f.delete_record(deleted.id)
        f.add_records([{"indicator": "1.1.a", "year": 2024, "value": 5, "country": "KEN", "city": "Nakuru"},
                       {"indicator": "1.1.b", "year": 2024, "value": 1, "country": "KEN", "city": "Nakuru"}])
    data = overview_file(path)
    assert data.last_submitted[2024].startswith("20")
    assert [(c.indicator, c.added, c.changed, c.deleted) for c in data.changes[2024]] == [
        ("1.1.a", 1, 1, 1), ("1.1.b", 1, 0, 0)]
    assert 2025 not in data.last_submitted


@pytest.fixture
def hq(demo_dir, tmp_path):
    """The demo merged; one Egypt 2021 record returned."""
    folder = tmp_path / "offices"
    shutil.copytree(demo_dir, folder)
    path = tmp_path / "hq.habitat"
    merge_files(path, sorted(folder.glob("*.habitat")))
    with ResultsFile.open(path) as results:
        egy = [r.id for r in results.records(year=2021) if r.office_code == "EGY"][:1]
    review_records(path, egy, "returned", "source missing")
    return path


def test_the_headquarters_overview_uses_the_annex_completeness_and_check(hq):
    before = hq.read_bytes()
    data = overview_file(hq)
    annex = aggregate_file(hq)
    assert data.kind == "headquarters"
    for result in annex.results:
        shown = data.annex.result(result.code)
        assert (shown.by_year, shown.by_region, shown.by_office, shown.total) == (
            result.by_year, result.by_region, result.by_office, result.total)
    with open_for_export(hq) as results:
        assert data.office_years == office_years(results, annex.years)
    assert data.returned == 1
    assert [(f.code, f.where) for f in data.blocking] == [(f.code, f.where) for f in check_file(hq).blocking]
    assert hq.read_bytes() == before


# --- targets and baselines ------------------------------------------------------------------------

def test_the_shipped_plan_has_no_targets_or_baselines():
    for fw in builtin_frameworks().values():
        assert all(i.target is None and i.baseline is None for i in fw.indicators())


def test_a_plan_with_targets_loads_them():
    fw = load_framework_file(PLAN)
    a, c, d = fw.indicator("1.1.a"), fw.indicator("1.1.c"), fw.indicator("1.1.d")
    assert (a.baseline.year, a.baseline.value, a.target.year, a.target.value) == (2019, 1000, 2025, 11000)
    assert c.baseline is None and (c.target.year, c.target.value) == (2025, 4)
    assert (d.baseline.year, d.baseline.value, d.target.year, d.target.value) == (2019, 10, 2025, 50)
    assert fw.indicator("1.1.b").target is None


@pytest.mark.parametrize("change, words", [
    ({"target": {"year": 2025}}, "'value' must be a number"),
    ({"target": {"year": "2025", "value": 3}}, "'year' must be a whole year"),
    ({"target": {"year": 2025, "value": -1}}, "not below 0"),
    ({"target": {"year": 2025, "value": 3, "unit": "x"}}, "'year' and 'value' only"),
    ({"baseline": {"year": 2025, "value": 1}, "target": {"year": 2020, "value": 5}}, "must come after the baseline"),
    ({"baseline": {"year": 2019, "value": 5}, "target": {"year": 2025, "value": 5}}, "equals the baseline"),
])
def test_a_bad_target_or_baseline_is_refused_naming_the_file_and_the_indicator(tmp_path, change, words):
    data = json.loads(PLAN.read_text("utf-8"))
    entry = data["domains"][0]["outcomes"][0]["indicators"][1]
    entry.update(change)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FrameworkError) as caught:
        load_framework_file(path)
    assert str(path) in str(caught.value) and "1.1.b" in str(caught.value) and words in str(caught.value)


def test_a_share_target_above_100_is_refused(tmp_path):
    data = json.loads(PLAN.read_text("utf-8"))
    data["domains"][0]["outcomes"][0]["indicators"][3]["target"]["value"] = 120
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FrameworkError, match="1.1.d.*above 100"):
        load_framework_file(path)


@pytest.fixture
def target_plan(monkeypatch):
    fw = load_framework_file(PLAN)
    monkeypatch.setitem(builtin_frameworks(), (fw.id, fw.version), fw)
    return fw


def targets_office(path: Path, fw) -> Path:
    with ResultsFile.create(path, Office("KEN", "Kenya", "KEN", "Africa"), framework=fw) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2021, "value": 3000, "country": "KEN"},
                       {"indicator": "1.1.a", "year": 2022, "value": 3500, "country": "KEN"},
                       {"indicator": "1.1.b", "year": 2022, "value": 2600, "country": "KEN"},
                       {"indicator": "1.1.c", "year": 2022, "value": None, "country": "KEN", "city": "Nairobi"}])
    return path


def test_progress_runs_from_the_baseline_to_the_target(tmp_path, target_plan):
    data = overview_file(targets_office(tmp_path / "ken.habitat", target_plan))
    annex = data.annex
    # 6 500 people against a baseline of 1 000 and a target of 11 000: 55 % of the way.
    assert progress_to_target(target_plan.indicator("1.1.a"), annex.result("1.1.a")) == pytest.approx(0.55)
    # One city of a target of 4, no baseline: a quarter.
    assert progress_to_target(target_plan.indicator("1.1.c"), annex.result("1.1.c")) == pytest.approx(0.25)
    # 2 600 of 6 500 is 40 %: from 10 % to 50 %, three quarters of the way.
    assert progress_to_target(target_plan.indicator("1.1.d"), annex.result("1.1.d")) == pytest.approx(0.75)
    assert progress_to_target(target_plan.indicator("1.1.b"), annex.result("1.1.b")) is None
