"""A broken variant of the demo: the merged demo plus one of each problem the pre-publication check
knows, as a test fixture. The demo itself stays consistent (``check`` passes on it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from db.merge import merge_files
from db.officefile import ResultsFile
from tests.test_merge import return_via_feedback

HUGE = 999_999_999_999  # accepted by the record rules; far above any indicator's ceiling


def _steady_indicator(results: ResultsFile) -> str:
    """A people indicator (in no rule) Kenya reported in most of its submitted years: a history that
    makes a huge 2025 an outlier."""
    in_rules = {code for rule in results.framework.rules for code in (rule.indicator, rule.at_most)}
    candidates = [i.code for i in results.framework.indicators() if i.ceiling and i.code not in in_rules]
    return max(candidates, key=lambda code: sum(bool(results.count_records(indicator=code, year=y))
                                                for y in range(2020, 2025)))


def write_broken_headquarters(demo_dir: Path, folder: Path) -> dict:
    """Merge the demo offices into ``folder/hq.habitat`` after breaking Kenya's 2025; what was broken."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in demo_dir.glob("*.habitat"):
        shutil.copy(path, folder / path.name)
    ken = folder / "ken.habitat"
    with ResultsFile.open(ken) as f:
        steady = _steady_indicator(f)
        added = f.add_records([
            # Tanzania: 1.2.a ten times 1.2.d (1.2.e at 1 200 %), and 1.2.g without 1.2.f.
            {"indicator": "1.2.a", "year": 2025, "value": 1_200_000, "country": "TZA", "city": "Dodoma"},
            {"indicator": "1.2.d", "year": 2025, "value": 100_000, "country": "TZA"},
            {"indicator": "1.2.g", "year": 2025, "country": "TZA"},
            {"indicator": steady, "year": 2025, "value": HUGE, "country": "KEN", "city": "Nairobi"},
        ], who="test")
        f.submit_year(2025, who="test")
    disputed = added[1].id
    scratch = folder / "scratch"
    scratch.mkdir()
    return_via_feedback(ken, scratch, [disputed])
    laptops = []
    for name, value in (("ken-laptop-a.habitat", 90_000), ("ken-laptop-b.habitat", 80_000)):
        shutil.copy(ken, folder / name)
        with ResultsFile.open(folder / name) as f:
            f.update_record(disputed, {"value": value}, who="test")
            f.submit_year(2025, who="test")
        laptops.append(folder / name)
    hq = folder / "hq.habitat"
    others = [folder / f"{code}.habitat" for code in ("roaf", "egy", "bra", "roap")]
    report = merge_files(hq, [*laptops, *others])
    assert not report.refused and report.totals()["conflicts"] == 1
    return {"hq": hq, "ken": ken, "steady": steady, "huge": added[3].id, "disputed": disputed}
