"""Order independence and idempotence on generated histories: several laptops work on copies of
one office file after headquarters returned its records, each editing, deleting or resubmitting."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from db.merge import list_conflicts, merge_files
from db.officefile import ResultsFile
from tests.test_merge import KENYA, return_via_feedback, rows, snapshot

RECORDS = 4
# What one laptop does to one returned record before resubmitting the year.
ACTIONS = st.sampled_from(["keep", "edit", "edit twice", "delete", "same edit"])
LAPTOP = st.lists(ACTIONS, min_size=RECORDS, max_size=RECORDS)


def build(folder: Path, laptops: list[list[str]]) -> tuple[list[Path], list[str]]:
    base = folder / "ken.habitat"
    with ResultsFile.create(base, KENYA) as f:
        ids = [r.id for r in f.add_records(rows(2022, RECORDS), who="t")]
        f.submit_year(2022)
    stale = folder / "ken-as-first-sent.habitat"
    shutil.copy(base, stale)
    return_via_feedback(base, folder, ids)
    files = [stale]
    for n, actions in enumerate(laptops):
        path = folder / f"ken-laptop-{n}.habitat"
        shutil.copy(base, path)
        with ResultsFile.open(path) as f:
            for record_id, action in zip(ids, actions):
                if action == "edit":
                    f.update_record(record_id, {"value": 5000 + n})
                elif action == "edit twice":
                    f.update_record(record_id, {"value": 6000 + n})
                    f.update_record(record_id, {"narrative": f"laptop {n}"})
                elif action == "same edit":
                    f.update_record(record_id, {"value": 7777})
                elif action == "delete":
                    f.delete_record(record_id)
            f.submit_year(2022)
        files.append(path)
    return files, ids


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laptops=st.lists(LAPTOP, min_size=2, max_size=3), seed=st.integers(0, 10**6))
def test_any_order_gives_the_same_headquarters_and_merging_again_changes_nothing(laptops, seed):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, ids = build(folder, laptops)
        orders = [files, files[::-1]] + [random.Random(seed + k).sample(files, len(files)) for k in range(2)]
        results = []
        for n, order in enumerate(orders):
            hq = folder / f"hq{n}.habitat"
            report = merge_files(hq, order)
            assert all(f.ok for f in report.files)
            results.append(snapshot(hq))
            before = hq.read_bytes()
            again = merge_files(hq, order[::-1])
            assert all(f.changes == 0 for f in again.files), [f.summary() for f in report.files + again.files]
            assert hq.read_bytes() == before
        assert all(r == results[0] for r in results[1:])
        # A record is in conflict exactly when laptops made different copies of it.
        conflicted = {c.record_id for c in list_conflicts(folder / "hq0.habitat")}
        for k, record_id in enumerate(ids):
            made = {_copy(actions[k], n) for n, actions in enumerate(laptops)}
            assert (record_id in conflicted) == (len(made) > 1), (laptops, k)


def _copy(action: str, laptop: int):
    """What a laptop's resubmitted copy of a record is (equal copies are the same copy)."""
    return {"keep": ("keep",), "same edit": ("same",), "delete": ("delete",)}.get(action, (action, laptop))
