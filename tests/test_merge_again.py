"""Merging again a file headquarters merged before, on real files: recognised by its content (the
checked copy: the file and its -wal), never by its name; its records are not read and it is
reported unchanged; one changed file among unchanged ones is merged in full; and every guard on
what headquarters changed since (its plans, the office's keys, the office's file) still refuses it,
while headquarters' own returns and resolutions stay as they are."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

import db.untrusted as untrusted
from db.feedback import review_records
from db.merge import list_conflicts, merge_files, resolve_conflict
from db.officefile import ResultsFile, connect
from db.plans import add_plan, read_plan_file
from exports.submission import submit_year
from db.signing import key_for, revoke_key
from tests.test_merge import EGYPT, KENYA, make_office, snapshot
from tests.test_plans import EXAMPLE, new_headquarters, office_with_2026, plan_file


@pytest.fixture
def reads(monkeypatch) -> list[tuple[str, str]]:
    """Each read of a record (or review) row's column by the merge's connections to an office file's
    checked copy, as (copy, table): SQLite's authorizer is told of every column a statement reads."""
    seen: list[tuple[str, str]] = []
    real = untrusted._connect

    def watched(path: Path) -> sqlite3.Connection:
        conn = real(path)

        def authorizer(action, table, column, database, trigger):
            if action == sqlite3.SQLITE_READ and table in ("record", "review"):
                seen.append((str(path), table))
            return sqlite3.SQLITE_OK

        conn.set_authorizer(authorizer)
        return conn

    monkeypatch.setattr(untrusted, "_connect", watched)
    return seen


def copies_read(seen: list[tuple[str, str]]) -> int:
    return len({path for path, _ in seen})


def audit_entries(hq: Path) -> int:
    conn = connect(hq, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    finally:
        conn.close()


def submit_one_more(path: Path, value: int = 7) -> None:
    with ResultsFile.open(path) as f:
        f.add_record({"indicator": "1.1.a", "year": 2022, "value": value, "country": f.office.country,
                      "city": "Lamu"}, who="t")
        f.submit_year(2022, who="t")


def test_unchanged_files_are_recognised_by_content_and_their_records_are_not_read(tmp_path, reads):
    ken, egy, hq = tmp_path / "ken.habitat", tmp_path / "egy.habitat", tmp_path / "hq.habitat"
    make_office(ken)
    make_office(egy, EGYPT, years=(2021, 2022), n=4)
    first = merge_files(hq, [ken, egy])
    assert [f.added for f in first.files] == [5, 8] and copies_read(reads) == 2
    before, entries = snapshot(hq), audit_entries(hq)
    # The same content under another name is the same file; nothing is read record by record.
    renamed = tmp_path / "sent-again.habitat"
    shutil.copy(egy, renamed)
    reads.clear()
    again = merge_files(hq, [ken, renamed])
    assert reads == []
    assert [(f.ok, f.already_merged, f.unchanged, f.added + f.changes) for f in again.files] == [
        (True, True, 5, 0), (True, True, 8, 0)]
    assert [f.batch_id for f in again.files] == [f.batch_id for f in first.files]
    assert "already merged, nothing to do" in again.files[0].summary()
    assert snapshot(hq) == before and audit_entries(hq) == entries


def test_one_changed_file_among_unchanged_ones_is_merged_in_full(tmp_path, reads):
    ken, egy, hq = tmp_path / "ken.habitat", tmp_path / "egy.habitat", tmp_path / "hq.habitat"
    make_office(ken)
    make_office(egy, EGYPT, years=(2021, 2022), n=4)
    merge_files(hq, [ken, egy])
    submit_one_more(ken)
    reads.clear()
    report = merge_files(hq, [egy, ken])
    assert copies_read(reads) == 1  # Kenya's copy only
    assert [(f.already_merged, f.added, f.unchanged) for f in report.files] == [(True, 0, 8), (False, 1, 5)]


def test_the_same_file_with_another_wal_is_another_content(tmp_path, reads):
    """Committed changes not yet checkpointed into the file live in its -wal: the file's own bytes,
    and its SHA-256, are those merged before, but its content is not."""
    ken, hq = tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    make_office(ken)
    merge_files(hq, [ken])
    busy = tmp_path / "busy" / "ken.habitat"
    busy.parent.mkdir()
    shutil.copy(ken, busy)
    writer = sqlite3.connect(busy, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        row = writer.execute("SELECT * FROM record LIMIT 1").fetchone()
        names = [d[0] for d in writer.execute("SELECT * FROM record LIMIT 1").description]
        new = dict(zip(names, row), id="00000000-0000-4000-8000-000000000001", value=4242)
        writer.execute(f"INSERT INTO record ({', '.join(new)}) VALUES ({', '.join('?' * len(new))})",
                       list(new.values()))
        sent = tmp_path / "sent" / "ken.habitat"
        sent.parent.mkdir()
        shutil.copy(busy, sent)
        shutil.copy(busy.with_name("ken.habitat-wal"), sent.with_name("ken.habitat-wal"))
    finally:
        writer.close()
    assert hashlib.sha256(sent.read_bytes()).digest() == hashlib.sha256(ken.read_bytes()).digest()
    assert untrusted.content_digest(sent) != untrusted.content_digest(ken)
    reads.clear()
    report = merge_files(hq, [sent]).files[0]
    assert report.ok, report.refused
    assert (report.already_merged, report.added, report.unchanged) == (False, 1, 5) and reads


def test_a_key_revoked_since_refuses_an_unchanged_file(tmp_path, reads):
    laptop, ken, hq = tmp_path / "keys", tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    with ResultsFile.create(ken, KENYA) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2024, "value": 10 + i, "country": "KEN", "city": f"C{i}"}
                       for i in range(3)], who="t")
        submit_year(f, 2024, who="t", keys=laptop)
    assert merge_files(hq, [ken]).files[0].signature.state == "signed"
    reads.clear()
    assert merge_files(hq, [ken]).files[0].already_merged and reads == []
    with ResultsFile.open(hq) as results:
        revoke_key(results, key_for("KEN", laptop).fingerprint, who="hq")
    before = snapshot(hq)
    reads.clear()
    report = merge_files(hq, [ken]).files[0]
    assert report.refusal is not None and report.refusal.code == "key_revoked" and reads == []
    assert not report.already_merged and snapshot(hq) == before


def test_an_unchanged_file_of_an_office_held_from_another_file_is_refused(tmp_path, reads):
    old, new, hq = tmp_path / "ken-old.habitat", tmp_path / "ken-new.habitat", tmp_path / "hq.habitat"
    make_office(old)
    make_office(new)  # a reinstalled laptop: the same office, another file
    assert merge_files(hq, [old]).files[0].ok
    assert merge_files(hq, [new], accept_new_file_for=["KEN"]).files[0].ok
    reads.clear()
    report = merge_files(hq, [old]).files[0]
    assert report.refusal is not None and report.refusal.code == "office_held_elsewhere" and reads == []


def test_an_unchanged_file_whose_plan_headquarters_replaced_is_refused(tmp_path, reads):
    office = office_with_2026(tmp_path / "ken.habitat")
    hq = new_headquarters(tmp_path / "hq.habitat")
    assert merge_files(hq, [office]).files[0].ok
    reads.clear()
    assert merge_files(hq, [office]).files[0].already_merged and reads == []
    with ResultsFile.open(hq) as results:
        add_plan(results, read_plan_file(plan_file(tmp_path, version="1.1")))
    report = merge_files(hq, [office]).files[0]
    assert report.refusal is not None and report.refusal.code.startswith("plan_"), report.refused
    assert EXAMPLE.exists()


def test_headquarters_returns_and_resolutions_stay_when_unchanged_files_come_again(tmp_path, reads):
    ken, hq = tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    ids = make_office(ken)
    lap_a, lap_b = tmp_path / "ken-a.habitat", tmp_path / "ken-b.habitat"
    merge_files(hq, [ken])
    first = tmp_path / "ken-first.habitat"
    shutil.copy(ken, first)
    review_records(hq, [ids[0], ids[1]], "returned", "please check")
    # Two laptops edit the same records from the same base: a conflict headquarters resolves.
    from tests.test_merge import return_via_feedback

    return_via_feedback(ken, tmp_path, [ids[1]])
    shutil.copy(ken, lap_a)
    shutil.copy(ken, lap_b)
    for laptop, value in ((lap_a, 111), (lap_b, 222)):
        with ResultsFile.open(laptop) as f:
            f.update_record(ids[1], {"value": value})
            f.submit_year(2022)
    merge_files(hq, [lap_a, lap_b])
    [conflict] = list_conflicts(hq)
    resolve_conflict(hq, ids[1], conflict.copies[1]["choice"])
    before, entries = snapshot(hq), audit_entries(hq)
    reads.clear()
    report = merge_files(hq, [first, lap_b, lap_a])
    assert [f.already_merged for f in report.files] == [True, True, True]
    # Laptop B's merge since disputed records of Kenya's earlier files: what those would count
    # now (unchanged or outdated) is not known without reading them, so they are read; B's is not.
    assert copies_read(reads) == 2
    assert all(f.ok for f in report.files) and snapshot(hq) == before and audit_entries(hq) == entries
    conn = connect(hq, readonly=True)
    try:
        assert conn.execute("SELECT status FROM record WHERE id = ?", (ids[0],)).fetchone()[0] == "returned"
    finally:
        conn.close()
    assert list_conflicts(hq) == []


def test_an_unchanged_unsigned_file_is_refused_once_the_office_signs(tmp_path, reads):
    laptop, ken, hq = tmp_path / "keys", tmp_path / "ken.habitat", tmp_path / "hq.habitat"
    make_office(ken)  # submitted unsigned, as an earlier version did
    kept = tmp_path / "ken-unsigned.habitat"
    shutil.copy(ken, kept)
    assert merge_files(hq, [ken]).files[0].signature.state == "unsigned"
    with ResultsFile.open(ken) as f:
        f.add_record({"indicator": "1.1.a", "year": 2022, "value": 7, "country": "KEN", "city": "Lamu"}, who="t")
        submit_year(f, 2022, keys=laptop)
    assert merge_files(hq, [ken]).files[0].signature.state == "signed"
    reads.clear()
    report = merge_files(hq, [kept]).files[0]
    assert report.refusal is not None and report.refusal.code == "signature_missing"
    assert reads == []  # recognised as merged before, and refused all the same
