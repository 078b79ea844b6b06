"""Merging office files at headquarters: idempotence, order independence, newer wins, stale files,
tombstones, conflicts, dry runs and provenance, on real files."""

from __future__ import annotations

import hashlib
import itertools
import shutil
from pathlib import Path

import pytest

from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import list_conflicts, merge_files, merge_log, record_sources, resolve_conflict
from db.officefile import Office, ResultsFile, connect
from tests.conftest import downgrade_to_first_schema

KENYA = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")
EGYPT = Office("EGY", "UN-Habitat Egypt Country Office", "EGY", "Arab States")


def rows(year: int, n: int, start: int = 1000) -> list[dict]:
    return [{"indicator": "1.1.a", "year": year, "value": start + i, "country": "KEN", "city": f"City {i}"}
            for i in range(n)]


def make_office(path: Path, office: Office = KENYA, years=(2022,), n: int = 5) -> list[str]:
    """An office file with ``n`` records per year, all submitted; returns the record ids."""
    with ResultsFile.create(path, office) as f:
        ids = []
        for year in years:
            ids += [r.id for r in f.add_records(
                [{**r, "country": office.country} for r in rows(year, n)], who="tester")]
            f.submit_year(year, who="tester")
    return ids


def snapshot(path: Path) -> dict:
    """HQ content that must not depend on the order of merges (batch numbers and times aside)."""
    conn = connect(path, readonly=True)
    try:
        records = [tuple(r) for r in conn.execute("SELECT * FROM record ORDER BY id")]
        conflicts = sorted(tuple(r) for r in conn.execute(
            "SELECT record_id, version, value, deleted, content_hash, sha256, state FROM conflict"))
        origins = [tuple(r) for r in conn.execute(
            "SELECT record_id, base_version, content_hash, office_code, sha256 FROM record_origin o "
            "JOIN merge_batch b ON b.id = o.batch_id ORDER BY record_id")]
        offices = [tuple(r) for r in conn.execute("SELECT code FROM office ORDER BY code")]
        narratives = [tuple(r) for r in conn.execute("SELECT * FROM outcome_narrative ORDER BY 1, 2, 3")]
    finally:
        conn.close()
    return {"records": records, "conflicts": conflicts, "origins": origins, "offices": offices,
            "narratives": narratives}


def return_via_feedback(office_path: Path, tmp: Path, ids: list[str], comment="please check") -> None:
    """Headquarters returns ``ids``: merge into a scratch HQ, return them, send feedback back."""
    hq = tmp / f"scratch-{hashlib.sha1(str(office_path).encode()).hexdigest()[:6]}.habitat"
    merge_files(hq, [office_path])
    review_records(hq, ids, "returned", comment)
    fb = tmp / "fb.json"
    with ResultsFile.open(office_path) as f:
        code = f.office.code
    write_feedback(hq, code, fb)
    apply_feedback(office_path, fb)


def value_at_hq(hq: Path, record_id: str) -> tuple:
    conn = connect(hq, readonly=True)
    try:
        r = conn.execute("SELECT value, version, deleted, status FROM record WHERE id = ?", (record_id,)).fetchone()
        return tuple(r) if r else None
    finally:
        conn.close()


@pytest.fixture
def scenario(tmp_path):
    """Four files: a stale Kenya file, two laptops' diverging copies of it, and Egypt's file."""
    ken = tmp_path / "ken.habitat"
    with ResultsFile.create(ken, KENYA) as f:
        ids22 = [r.id for r in f.add_records(rows(2022, 5), who="t")]
        ids23 = [r.id for r in f.add_records(rows(2023, 3), who="t")]
        f.submit_year(2022)
        f.submit_year(2023)
    stale = tmp_path / "ken-stale.habitat"
    shutil.copy(ken, stale)
    r1, r2, r3 = ids22[0], ids23[0], ids22[1]
    return_via_feedback(ken, tmp_path, [r1, r2, r3])
    lap_a, lap_b = tmp_path / "ken-laptop-a.habitat", tmp_path / "ken-laptop-b.habitat"
    shutil.copy(ken, lap_a)
    shutil.copy(ken, lap_b)
    with ResultsFile.open(lap_a) as f:
        f.update_record(r1, {"value": 111})
        f.delete_record(r3)
        f.submit_year(2022)
    with ResultsFile.open(lap_b) as f:
        f.update_record(r1, {"value": 222})
        f.update_record(r2, {"value": 333, "narrative": "corrected after review"})
        f.submit_year(2022)
        f.submit_year(2023)
    egy = tmp_path / "egy.habitat"
    make_office(egy, EGYPT, years=(2021, 2022), n=4)
    return {"files": [stale, lap_a, lap_b, egy], "r1": r1, "r2": r2, "r3": r3, "ids22": ids22,
            "stale": stale, "lap_a": lap_a, "lap_b": lap_b, "egy": egy, "ken": ken}


# --- idempotence and order ---------------------------------------------------------------------------

def test_merging_the_same_files_again_changes_nothing(tmp_path, demo_dir):
    files = sorted(demo_dir.glob("*.habitat"))
    hq = tmp_path / "hq.habitat"
    first = merge_files(hq, files)
    assert all(f.ok for f in first.files) and first.created
    assert first.totals()["added"] > 400
    before = hq.read_bytes()
    again = merge_files(hq, files)
    assert hq.read_bytes() == before
    assert all(f.already_merged and f.changes == 0 for f in again.files)
    assert again.totals()["unchanged"] == first.totals()["added"]


def test_only_submitted_records_travel(tmp_path, demo_dir):
    hq = tmp_path / "hq.habitat"
    ken = demo_dir / "ken.habitat"
    report = merge_files(hq, [ken])
    with ResultsFile.open(ken) as office, ResultsFile.open(hq) as h:
        submitted = office.count_records(status="submitted")
        drafts = office.count_records(status="draft")
        assert drafts > 0
        assert report.files[0].added == submitted == h.count_records()
        assert h.count_records(year=2025) == 0  # the draft year stays in the office
        assert [o.code for o in h.offices()] == ["KEN"]
        assert h.kind == "headquarters"


def test_merge_order_does_not_matter_all_permutations_of_four_files(tmp_path, scenario):
    snapshots = []
    for n, order in enumerate(itertools.permutations(scenario["files"])):
        hq = tmp_path / f"hq{n}.habitat"
        report = merge_files(hq, list(order))
        assert all(f.ok for f in report.files), [f.refused for f in report.files]
        snapshots.append(snapshot(hq))
    assert len(snapshots) == 24
    assert all(s == snapshots[0] for s in snapshots[1:])
    hq = tmp_path / "hq0.habitat"
    # What the common result is: r1 edited on both laptops from the same base, r3 deleted on one
    # laptop and resubmitted on the other: conflicts; r2 edited on one laptop only: updated.
    assert {c.record_id for c in list_conflicts(hq)} == {scenario["r1"], scenario["r3"]}
    assert value_at_hq(hq, scenario["r2"])[0] == 333
    assert {c.copies[0]["value"] for c in list_conflicts(hq) if c.record_id == scenario["r1"]} <= {111, 222}
    with ResultsFile.open(hq) as h:
        assert h.count_records(include_deleted=True) == 5 + 3 + 8


# --- versions ----------------------------------------------------------------------------------------

def test_a_newer_version_replaces_an_older_one(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["stale"]])
    assert value_at_hq(hq, scenario["r2"])[0] == 1000
    report = merge_files(hq, [scenario["lap_b"]]).files[0]
    assert report.updated >= 1 and report.conflicts == 0
    value, version, deleted, status = value_at_hq(hq, scenario["r2"])
    assert (value, deleted, status) == (333, 0, "submitted") and version > 1


def test_an_older_file_arriving_after_a_newer_one_rolls_nothing_back(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["lap_b"]])
    before = snapshot(hq)
    report = merge_files(hq, [scenario["stale"]]).files[0]
    assert report.outdated == 3 and report.updated == report.added == report.conflicts == 0
    assert report.unchanged == 5  # the records nobody touched since
    after = snapshot(hq)
    assert after["records"] == before["records"]
    assert value_at_hq(hq, scenario["r2"])[0] == 333


def test_tombstones_propagate_deletions(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["stale"]])
    assert value_at_hq(hq, scenario["r3"])[2] == 0
    report = merge_files(hq, [scenario["lap_a"]]).files[0]
    assert report.deleted == 1
    assert value_at_hq(hq, scenario["r3"])[2] == 1
    with ResultsFile.open(hq) as h:
        assert scenario["r3"] not in {r.id for r in h.records()}
    # The stale file still carries the record alive: it does not come back.
    merge_files(hq, [scenario["stale"]])
    assert value_at_hq(hq, scenario["r3"])[2] == 1


def test_a_deleted_draft_never_travels(tmp_path):
    path = tmp_path / "ken.habitat"
    with ResultsFile.create(path, KENYA) as f:
        draft = f.add_record(rows(2022, 1)[0])
        f.delete_record(draft.id)
    report = merge_files(tmp_path / "hq.habitat", [path]).files[0]
    assert report.records == 0 and report.added == 0


# --- conflicts ----------------------------------------------------------------------------------------

def test_conflicting_edits_are_both_kept_and_resolved_by_headquarters(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["stale"]])
    ra = merge_files(hq, [scenario["lap_a"]]).files[0]
    rb = merge_files(hq, [scenario["lap_b"]]).files[0]
    assert ra.conflicts == 0 and rb.conflicts == 2
    found = {c.record_id: c for c in list_conflicts(hq)}
    c1 = found[scenario["r1"]]
    assert sorted(k["value"] for k in c1.copies) == [111, 222]
    assert {k["file_name"] for k in c1.copies} == {"ken-laptop-a.habitat", "ken-laptop-b.habitat"}
    # Pick laptop A's edit, whichever is shown first.
    choice = next(k["choice"] for k in c1.copies if k["value"] == 111)
    kept = resolve_conflict(hq, scenario["r1"], choice)
    assert kept["value"] == 111 and value_at_hq(hq, scenario["r1"])[0] == 111
    assert scenario["r1"] not in {c.record_id for c in list_conflicts(hq)}
    # Merging both laptops again reopens nothing and changes nothing.
    before = snapshot(hq)
    again = merge_files(hq, [scenario["lap_a"], scenario["lap_b"]])
    assert sum(f.conflicts for f in again.files) == 0
    assert snapshot(hq)["records"] == before["records"]
    assert {c.record_id for c in list_conflicts(hq)} == {scenario["r3"]}


def test_resolve_refuses_an_unknown_choice(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["lap_a"], scenario["lap_b"]])
    from db.errors import HabitatError

    with pytest.raises(HabitatError, match="not a version"):
        resolve_conflict(hq, scenario["r1"], 999)
    with pytest.raises(HabitatError, match="no open conflict"):
        resolve_conflict(hq, scenario["r2"], 0)


# --- dry run, provenance, reports ----------------------------------------------------------------------

def test_dry_run_reports_the_same_and_writes_nothing(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    dry_new = merge_files(hq, scenario["files"], dry_run=True)
    assert not hq.exists()
    merge_files(hq, [scenario["stale"]])
    before = hq.read_bytes()
    dry = merge_files(hq, scenario["files"][1:], dry_run=True)
    assert hq.read_bytes() == before
    assert not list(tmp_path.glob("hq.habitat-*"))
    real = merge_files(hq, scenario["files"][1:])
    assert [f.summary() for f in dry.files] == [f.summary() for f in real.files]
    assert dry_new.totals()["added"] == 16


def test_every_record_keeps_its_provenance_and_every_merge_is_logged(tmp_path, scenario):
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [scenario["egy"], scenario["stale"]])
    log = merge_log(hq)
    assert [(b["file_name"], b["office_code"], b["added"], b["held"]) for b in log] == [
        ("egy.habitat", "EGY", 8, 8), ("ken-stale.habitat", "KEN", 8, 8)]
    sources = record_sources(hq)
    assert len(sources) == 16
    sha = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (scenario["egy"], scenario["stale"])}
    for s in sources:
        assert s["sha256"] == sha[s["file_name"]]
        assert s["batch_id"] in {b["id"] for b in log}
        assert s["office_code"] == {"egy.habitat": "EGY", "ken-stale.habitat": "KEN"}[s["file_name"]]
    assert report.files[0].sha256 == sha["egy.habitat"]
    with ResultsFile.open(scenario["egy"]) as f:
        assert {s["file_id"] for s in sources if s["office_code"] == "EGY"} == {f.file_id}
    merge_files(hq, [scenario["lap_b"]])
    # Laptop B resubmitted the three returned records (two of them edited): those come from it now.
    # The five others are the same copies in both files; provenance names the file with the
    # smaller SHA-256, whichever came first, so that it does not depend on the order of merges.
    held = [b["held"] for b in merge_log(hq)]
    stale_first = sha["ken-stale.habitat"] < hashlib.sha256(scenario["lap_b"].read_bytes()).hexdigest()
    assert held == ([8, 5, 3] if stale_first else [8, 0, 8])


def test_the_office_file_is_never_modified(tmp_path, scenario):
    before = {p: p.read_bytes() for p in scenario["files"]}
    merge_files(tmp_path / "hq.habitat", scenario["files"])
    assert {p: p.read_bytes() for p in scenario["files"]} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_an_office_file_is_refused_as_headquarters_file(tmp_path, scenario):
    from db.errors import OfficeFileError

    with pytest.raises(OfficeFileError, match="not a headquarters file"):
        merge_files(scenario["egy"], [scenario["stale"]])


def test_an_office_file_of_an_older_schema_is_upgraded_on_a_copy(tmp_path):
    path = tmp_path / "old.habitat"
    make_office(path)
    downgrade_to_first_schema(path)
    before = path.read_bytes()
    report = merge_files(tmp_path / "hq.habitat", [path]).files[0]
    assert report.ok, report.refused
    assert report.upgraded_from == 1 and report.added == 5
    assert path.read_bytes() == before


def test_narratives_of_submitted_years_travel(tmp_path, demo_dir):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [demo_dir / "egy.habitat"])
    with ResultsFile.open(hq) as h:
        years = {year for (_, year) in h.outcome_narratives()}
    assert years and 2025 not in years and max(years) == 2024


def test_cancelling_keeps_the_files_merged_before_and_stores_nothing_after(tmp_path, scenario):
    from db.progress import Cancelled

    hq = tmp_path / "hq.habitat"
    calls = []

    def progress(done, total=None, message=""):
        calls.append((done, total, message))
        return done < 2  # cancel before the third file

    with pytest.raises(Cancelled):
        merge_files(hq, scenario["files"], progress=progress)
    assert [name for name in (b["file_name"] for b in merge_log(hq))] == ["ken-stale.habitat", "ken-laptop-a.habitat"]
    assert calls[0] == (0, 4, "merging ken-stale.habitat")


def test_two_rounds_of_returns_supersede_transitively_in_any_order(tmp_path):
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, n=2)
    first = tmp_path / "first.habitat"
    shutil.copy(ken, first)
    return_via_feedback(ken, tmp_path, [ids[0]])
    with ResultsFile.open(ken) as f:
        f.update_record(ids[0], {"value": 2})
        f.submit_year(2022)
    second = tmp_path / "second.habitat"
    shutil.copy(ken, second)
    return_via_feedback(ken, tmp_path, [ids[0]], comment="still wrong")
    with ResultsFile.open(ken) as f:
        f.update_record(ids[0], {"value": 3})
        f.submit_year(2022)
    snapshots = []
    for n, order in enumerate(itertools.permutations([first, second, ken])):
        hq = tmp_path / f"hq{n}.habitat"
        report = merge_files(hq, list(order))
        assert sum(f.conflicts for f in report.files) == 0
        assert value_at_hq(hq, ids[0])[0] == 3
        snapshots.append(snapshot(hq))
    assert all(s == snapshots[0] for s in snapshots)


# --- stable conflict choices (review 1.3) ----------------------------------------------------------------

def _laptop(scenario, tmp_path: Path, name: str, *values: int) -> Path:
    """Another copy of the Kenya file that edits the returned record r1 (once per value) and submits it."""
    path = tmp_path / name
    shutil.copy(scenario["ken"], path)
    with ResultsFile.open(path) as f:
        for value in values:
            f.update_record(scenario["r1"], {"value": value})
        f.submit_year(2022)
    return path


@pytest.mark.parametrize("pick", [111, 222])
def test_a_choice_seen_before_another_merge_keeps_the_version_seen(tmp_path, scenario, pick):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["lap_a"], scenario["lap_b"]])
    [seen] = [c for c in list_conflicts(hq) if c.record_id == scenario["r1"]]
    choices = {k["value"]: k["choice"] for k in seen.copies}
    assert sorted(choices) == [111, 222]
    # A third laptop's edit arrives between 'conflicts' and 'resolve'.
    for value in (444, 555, 666):
        merge_files(hq, [_laptop(scenario, tmp_path, f"ken-laptop-{value}.habitat", value)])
    [now] = [c for c in list_conflicts(hq) if c.record_id == scenario["r1"]]
    assert len(now.copies) == 5
    kept = resolve_conflict(hq, scenario["r1"], choices[pick])
    assert kept["value"] == pick and value_at_hq(hq, scenario["r1"])[0] == pick
    assert scenario["r1"] not in {c.record_id for c in list_conflicts(hq)}


def test_resolve_refuses_a_choice_that_a_later_merge_replaced(tmp_path, scenario):
    from db.errors import HabitatError

    hq = tmp_path / "hq.habitat"
    twice = _laptop(scenario, tmp_path, "ken-laptop-x.habitat", 112, 113)  # one version ahead of laptop B
    merge_files(hq, [twice, scenario["lap_b"]])
    [seen] = [c for c in list_conflicts(hq) if c.record_id == scenario["r1"]]
    choices = {k["value"]: k["choice"] for k in seen.copies}
    assert sorted(choices) == [113, 222]
    # Headquarters returns laptop B's version elsewhere; laptop B corrects it: that supersedes 222.
    return_via_feedback(scenario["lap_b"], tmp_path, [scenario["r1"]])
    with ResultsFile.open(scenario["lap_b"]) as f:
        f.update_record(scenario["r1"], {"value": 223})
        f.submit_year(2022)
    merge_files(hq, [scenario["lap_b"]])
    before = snapshot(hq)
    with pytest.raises(HabitatError, match="not among the rival versions of .* now: a merge since the list was shown"):
        resolve_conflict(hq, scenario["r1"], choices[222])
    assert snapshot(hq) == before
    [now] = [c for c in list_conflicts(hq) if c.record_id == scenario["r1"]]
    assert sorted(k["value"] for k in now.copies) == [113, 223]


# --- a file that is not a headquarters file is refused unchanged (review 1.2) ----------------------------

def _other_application(path: Path) -> Path:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()
    return path


def _numbered_other_application(path: Path) -> Path:
    _other_application(path)
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    return path


def _schema_1_office(path: Path) -> Path:
    make_office(path)
    downgrade_to_first_schema(path)
    return path


@pytest.mark.parametrize("dry_run", [False, True])
@pytest.mark.parametrize("build, message", [(_other_application, "another application"),
                                            (_numbered_other_application, "not a Habitat Results file"),
                                            (_schema_1_office, "an office file")])
def test_a_file_that_is_not_a_headquarters_file_is_refused_unchanged(tmp_path, scenario, build, message,
                                                                      dry_run):
    from db.errors import OfficeFileError

    folder = tmp_path / "given"
    folder.mkdir()
    path = build(folder / "given-as-hq.sqlite")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(OfficeFileError, match=f"{message}.*not a headquarters file"):
        merge_files(path, [scenario["egy"]], dry_run=dry_run)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_headquarters_file_open_in_another_program_is_recognised(tmp_path, scenario):
    """While another connection holds it open (-wal and -shm next to it), it is still a headquarters file."""
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [scenario["egy"]])
    holder = connect(hq)
    try:
        holder.execute("SELECT count(*) FROM record").fetchone()
        assert Path(f"{hq}-wal").exists() and Path(f"{hq}-shm").exists()
        assert merge_files(hq, [scenario["stale"]], dry_run=True).files[0].added == 8
        assert merge_files(hq, [scenario["stale"]]).files[0].added == 8
    finally:
        holder.close()
