"""The benchmarks' synthetic offices are valid results files, and the same for the same seed."""

import sys
from pathlib import Path

from db.officefile import ResultsFile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402


def test_synthetic_offices_pass_the_apps_own_checks(tmp_path):
    paths = synthetic.write_offices(tmp_path / "a", 3, 300, drafts=0.2)
    for path in paths:
        with ResultsFile.open(path) as results:
            assert results.check() == []
            assert results.count_records() == 300
            drafts = results.count_records(status="draft")
            assert 20 < drafts < 110
    again = synthetic.write_offices(tmp_path / "b", 3, 300, drafts=0.2)
    with ResultsFile.open(paths[1]) as a, ResultsFile.open(again[1]) as b:
        assert [r.id for r in a.records()] == [r.id for r in b.records()]
        assert a.file_id != b.file_id
