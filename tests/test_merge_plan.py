"""Properties of the pure merge planner (``db.merge_plan.plan_merge``) on generated histories.

A history is a sequence of office files, each carrying one copy of some records (a version, the
version headquarters had returned when it was made, and its content), with conflicts resolved
now and then. ``apply`` below is what headquarters holds once a plan is written; the last test
checks it against the real writer on real files, so that the properties speak of the real merge.
"""

from __future__ import annotations

import copy as deep
import dataclasses
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from db.merge import FileReport, list_conflicts, merge_files, resolve_conflict
from db.merge_plan import COUNTED, OUTCOMES, Copy, Held, Plan, needs_check, plan_merge
from db.merge_read import read_office_file
from db.merge_store import held_for, open_headquarters
from db.untrusted import open_untrusted
from tests.test_merge_properties import LAPTOP, build

IDS = ("r1", "r2", "r3")
OFFICE = "KEN"


# --- a model of headquarters: what it holds after a plan is written, or a conflict resolved -----

def apply(held: Held, plan: Plan, sha: str, batch: int) -> Held:
    """What headquarters holds once ``plan`` is written as batch ``batch`` of the file ``sha``."""
    records = dict(held.records)
    conflicts = {rid: list(rows) for rid, rows in held.conflicts.items()}

    def stamp(c: Copy) -> Copy:
        return dataclasses.replace(c, batch_id=batch if c.batch_id is None else c.batch_id)

    for c in (*plan.adds, *plan.updates, *plan.origins):
        records[c.id] = stamp(c)
    for conflict_id, c in plan.rival_origins:
        conflicts[c.id] = [dataclasses.replace(r, file_name=c.file_name, file_id=c.file_id, sha256=c.sha256,
                                               batch_id=batch) if r.conflict_id == conflict_id else r
                           for r in conflicts[c.id]]
    for rid, (row, rivals, _dropped) in plan.heads.items():
        records[rid] = stamp(row)
        rows = [r for r in conflicts.get(rid, []) if r.state != "open"]
        first = _next_id(conflicts)
        rows += [dataclasses.replace(stamp(r), state="open", conflict_id=first + n) for n, r in enumerate(rivals)]
        if rows:
            conflicts[rid] = rows
        else:  # every open rival superseded: the record is no longer disputed
            conflicts.pop(rid, None)
    narratives = dict(held.narratives)
    for n in plan.narratives:
        narratives[(n["office_code"], n["outcome"], n["year"])] = n
    return Held(records, conflicts, narratives)


def resolve(held: Held, rid: str, pick: int) -> Held:
    """Headquarters keeps copy number ``pick`` (modulo) of the record row and its open rivals."""
    current = held.records[rid]
    rows = held.conflicts[rid]
    candidates = [current, *(r for r in rows if r.state == "open")]
    kept = candidates[pick % len(candidates)]
    rows = [dataclasses.replace(r, state="dropped") if r.state == "open" else r for r in rows]
    records = dict(held.records)
    if kept is not current:
        rows = [dataclasses.replace(r, state="kept") if r.conflict_id == kept.conflict_id else r for r in rows]
        rows.append(dataclasses.replace(current, state="dropped", conflict_id=_next_id(held.conflicts)))
        records[rid] = dataclasses.replace(kept, state="head", conflict_id=None)
    return Held(records, {**held.conflicts, rid: rows}, held.narratives)


def _next_id(conflicts: dict) -> int:
    return 1 + max((r.conflict_id for rows in conflicts.values() for r in rows), default=0)


def open_rivals(held: Held) -> dict[str, list[Copy]]:
    return {rid: [r for r in rows if r.state == "open"] for rid, rows in held.conflicts.items()
            if any(r.state == "open" for r in rows)}


def picture(held: Held) -> tuple:
    """What headquarters holds, batches and conflict row numbers aside."""
    records = {rid: (c.key, c.base_version, c.sha256) for rid, c in held.records.items()}
    conflicts = {rid: sorted((r.key, r.state, r.sha256) for r in rows) for rid, rows in held.conflicts.items()}
    narratives = {k: (n["version"], n["text"]) for k, n in held.narratives.items()}
    return records, conflicts, narratives


# --- generated histories ---------------------------------------------------------------------------

@st.composite
def histories(draw, resolving: bool = True) -> list:
    """Steps: ("file", copies, narratives, sha) or ("resolve", pick). A record's copy is named by its
    version and content variant; its base version and deletion are drawn once, as a copy is one."""
    made: dict[tuple, tuple[int, int]] = {}
    steps: list = []
    for n in range(draw(st.integers(1, 6))):
        carried = draw(st.dictionaries(st.sampled_from(IDS), st.tuples(st.integers(1, 5), st.integers(0, 1)),
                                       min_size=1, max_size=len(IDS)))
        sha = f"{draw(st.integers(0, 99)):02d}-{n}"  # distinct files, in a random order of SHA-256
        copies = []
        for rid, (version, variant) in sorted(carried.items()):
            if (rid, version, variant) not in made:
                made[rid, version, variant] = (draw(st.integers(0, version - 1)), draw(st.sampled_from((0, 0, 1))))
            base, deleted = made[rid, version, variant]
            values = {"id": rid, "version": version, "office_code": OFFICE, "deleted": deleted}
            copies.append(Copy(values, base, f"{variant}{deleted}", f"file-{n}", f"id-{n}", sha))
        narratives = [{"office_code": OFFICE, "outcome": outcome, "year": 2022, "version": version,
                       "text": text, "updated_at": "2022-01-01", "changed_by": "a"}
                      for outcome, (version, text) in draw(st.dictionaries(
                          st.sampled_from(("1", "2")), st.tuples(st.integers(1, 3), st.sampled_from("xy")),
                          max_size=2)).items()]
        steps.append(("file", copies, narratives, sha))
        if resolving and draw(st.booleans()):
            steps.append(("resolve", draw(st.integers(0, 3))))
    return steps


def run(steps: list, check=None) -> Held:
    """Plan and apply every step from an empty headquarters; ``check(held, copies, plan)`` sees each plan."""
    held = Held()
    for batch, step in enumerate(steps, 1):
        if step[0] == "resolve":
            for rid in sorted(open_rivals(held)):
                held = resolve(held, rid, step[1])
            continue
        _, copies, narratives, sha = step
        plan = plan_merge(held, copies, narratives)
        if check:
            check(held, copies, plan)
        held = apply(held, plan, sha, batch)
    return held


SETTINGS = settings(max_examples=100, deadline=None)


# --- the properties ----------------------------------------------------------------------------------

@SETTINGS
@given(histories())
def test_every_incoming_record_gets_exactly_one_outcome_and_the_counts_add_up(steps):
    def check(held, copies, plan):
        assert sorted(plan.outcomes) == sorted(c.id for c in copies)
        assert set(plan.outcomes.values()) <= set(OUTCOMES)
        counts = plan.counts()
        assert list(counts) == list(COUNTED)
        assert sum(counts.values()) - counts["narratives"] == len(copies)  # nothing is foreign here
        assert counts["narratives"] == len(plan.narratives)
    run(steps, check)


@SETTINGS
@given(histories())
def test_a_record_is_never_both_added_and_updated(steps):
    def check(held, copies, plan):
        adds, updates, heads = ({c.id for c in plan.adds}, {c.id for c in plan.updates}, set(plan.heads))
        assert not adds & updates and not adds & heads and not updates & heads
        assert len(adds) == len(plan.adds) and len(updates) == len(plan.updates)
        for rid, outcome in plan.outcomes.items():
            assert (rid in adds) == (outcome == "added") == (rid not in held.records)
            assert (outcome == "conflict") == (rid in heads and bool(plan.heads[rid][1]))
            if outcome in ("updated", "deleted"):
                assert rid in updates or (rid in heads and not plan.heads[rid][1])
            if outcome in ("unchanged", "outdated"):
                assert rid not in updates | heads
    run(steps, check)


@SETTINGS
@given(histories())
def test_merging_the_same_office_state_twice_plans_nothing_the_second_time(steps):
    def check(held, copies, plan):
        _, _, narratives, sha = next(s for s in steps if s[0] == "file" and s[1] is copies)
        after = apply(held, plan, sha, 999)
        again = plan_merge(after, copies, narratives)
        assert not again.writes(), again
        assert set(again.outcomes.values()) <= {"unchanged", "outdated"}
        assert apply(after, again, sha, 1000) == after
    run(steps, check)


@SETTINGS
@given(histories())
def test_a_version_older_than_one_held_is_outdated_never_an_update(steps):
    def check(held, copies, plan):
        for c in copies:
            current = held.records.get(c.id)
            known = [current, *held.conflicts.get(c.id, [])] if current else []
            if any(k.supersedes(c) for k in known) and all(k.key != c.key for k in known):
                assert plan.outcomes[c.id] == "outdated"
                assert c.id not in {u.id for u in plan.updates} | set(plan.heads)
            if current and c.version < current.version and plan.outcomes[c.id] in ("updated", "deleted"):
                raise AssertionError(f"{c.id}: version {c.version} replaced the {current.version} held")
    run(steps, check)


@SETTINGS
@given(histories())
def test_a_version_headquarters_dropped_in_a_conflict_never_comes_back(steps):
    def check(held, copies, plan):
        for c in copies:
            dropped = [r for r in held.conflicts.get(c.id, []) if r.state == "dropped"]
            if any(r.key == c.key for r in dropped):
                assert plan.outcomes[c.id] in ("unchanged", "outdated")
                assert c.id not in {u.id for u in plan.updates} | set(plan.heads)
    held = run(steps, check)
    # ... nor when every file is merged again, in any order.
    for step in [s for s in steps if s[0] == "file"][::-1]:
        again = plan_merge(held, step[1], step[2])
        check(held, step[1], again)
        assert not again.writes()


@SETTINGS
@given(histories(resolving=False), st.randoms(use_true_random=False))
def test_the_order_of_the_files_does_not_matter(steps, random):
    shuffled = random.sample(steps, len(steps))
    assert picture(run(steps)) == picture(run(shuffled))


@SETTINGS
@given(histories())
def test_planning_changes_nothing_it_is_given(steps):
    def check(held, copies, plan):
        before = deep.deepcopy((held, copies))
        plan_merge(held, copies, [])
        assert (held, copies) == before
    run(steps, check)


def test_a_record_held_for_another_office_is_foreign_and_planned_nowhere():
    held = Held({"r1": Copy({"id": "r1", "version": 1, "office_code": "EGY", "deleted": 0}, 0, "h", "f", "i", "s")})
    incoming = [Copy({"id": "r1", "version": 2, "office_code": OFFICE, "deleted": 0}, 1, "g", "f2", "i2", "t"),
                Copy({"id": "r2", "version": 1, "office_code": OFFICE, "deleted": 0}, 0, "g", "f2", "i2", "t")]
    plan = plan_merge(held, incoming, [])
    assert plan.foreign == [("r1", "EGY", OFFICE)]
    assert plan.outcomes == {"r1": "foreign", "r2": "added"}
    assert [c.id for c in plan.adds] == ["r2"] and not plan.updates and not plan.heads
    assert [c.id for c in needs_check(incoming, held)] == ["r1", "r2"]


# --- the model against the real writer, on real files -----------------------------------------------

def held_at(hq_path: Path, ids: list[str]) -> Held:
    hq, _ = open_headquarters(hq_path)
    try:
        return held_for(hq, sorted(ids), OFFICE)
    finally:
        hq.close()


def sent(hq_path: Path, path: Path) -> tuple[FileReport, list[Copy], list[dict]]:
    """What the office file sends, read as a merge reads it."""
    report = FileReport(path)
    hq, _ = open_headquarters(hq_path)
    try:
        with open_untrusted(path, kind="office") as safe:
            report.sha256, report.file_id = safe.sha256, safe.meta["file_id"]
            conn = safe.connect()
            try:
                _, copies, narratives = read_office_file(path, conn, hq, report)
            finally:
                conn.close()
    finally:
        hq.close()
    return report, copies, narratives


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(laptops=st.lists(LAPTOP, min_size=2, max_size=3), pick=st.integers(0, 3))
def test_the_counts_planned_are_the_counts_written_and_the_model_is_the_writer(laptops, pick):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, ids = build(folder, laptops)
        hq_path = folder / "hq.habitat"
        merge_files(hq_path, [])  # creates it
        model = Held()
        for batch, path in enumerate(files + files[::-1], 1):
            report, copies, narratives = sent(hq_path, path)
            held = held_at(hq_path, ids)
            assert picture(held)[:2] == picture(model)[:2]
            plan = plan_merge(held, copies, narratives)
            model = apply(model, plan, report.sha256, batch)
            merged = merge_files(hq_path, [path]).files[0]
            assert merged.ok, merged.refused
            assert {k: getattr(merged, k) for k in COUNTED} == plan.counts()
            if not merged.already_merged:
                hq, _ = open_headquarters(hq_path)
                try:
                    row = hq.query(f"SELECT {', '.join(COUNTED)} FROM merge_batch WHERE id = ?",
                                   (merged.batch_id,)).fetchone()
                finally:
                    hq.close()
                assert dict(row) == plan.counts()
        assert picture(held_at(hq_path, ids))[:2] == picture(model)[:2]
        for conflict in list_conflicts(hq_path):
            resolve_conflict(hq_path, conflict.record_id, conflict.copies[pick % len(conflict.copies)]["choice"])
            model = resolve(model, conflict.record_id, pick)
        assert picture(held_at(hq_path, ids))[:2] == picture(model)[:2]
        for path in files:
            assert not plan_merge(model, sent(hq_path, path)[1], []).writes()
        assert all(f.changes == 0 for f in merge_files(hq_path, files).files)
