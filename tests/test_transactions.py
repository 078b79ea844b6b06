"""Transactions nest: the outermost opens it, inner blocks are savepoints (as sqlite-utils' ``atomic``).

Writes compose without flags: an operation that writes in its own transaction can run inside a
caller's, and all of it is stored, or none of it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db.errors import ValidationError
from db.officefile import ResultsFile, connect, transaction
from tests.conftest import KENYA

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = {"indicator": "1.1.a", "year": 2023, "value": 1200, "country": "KEN", "city": "Nairobi"}


def note(results: ResultsFile, key: str) -> None:
    """One change and its audit entry, in the caller's transaction."""
    results.conn.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (key,))
    results.audit("insert", "meta", key, None, {"value": "x"})


def notes(results: ResultsFile) -> list[str]:
    kept = sorted(k for k in results.meta() if k.startswith("note"))
    audited = sorted(e["target_id"] for e in results.audit_log() if e["target"] == "meta")
    assert kept == audited  # a change and its audit entry stay together
    return kept


def test_an_inner_failure_rolls_back_only_the_inner_block(office):
    with office.transaction():
        note(office, "note outer before")
        with pytest.raises(ValueError):
            with office.transaction():
                note(office, "note inner")
                raise ValueError("the inner block gives up")
        note(office, "note outer after")
        assert office.conn.in_transaction  # the outer transaction goes on
    assert notes(office) == ["note outer after", "note outer before"]


def test_an_outer_failure_rolls_back_the_inner_blocks_it_held(office):
    with pytest.raises(KeyboardInterrupt):
        with office.transaction():
            with office.transaction():
                note(office, "note inner, released")
            office.add_record(PEOPLE)  # an operation with its own transaction, inside this one
            raise KeyboardInterrupt
    assert notes(office) == [] and office.count_records() == 0
    assert not office.conn.in_transaction
    office.add_record(PEOPLE)  # the connection still works
    assert office.count_records() == 1


def test_operations_compose_in_one_transaction(office):
    with office.transaction():
        first = office.add_record(PEOPLE)
        office.update_record(first.id, {"value": 1300})
        with pytest.raises(ValidationError):
            office.add_record({**PEOPLE, "year": 1850})  # refused: only this operation is undone
        office.add_record({**PEOPLE, "city": "Mombasa"})
    assert sorted((r.city, r.value) for r in office.records()) == [("Mombasa", 1200), ("Nairobi", 1300)]


def test_inner_blocks_nest_to_any_depth(office):
    with office.transaction():
        with office.transaction():
            note(office, "note 2")
            with pytest.raises(RuntimeError):
                with office.transaction():
                    note(office, "note 3")
                    with office.transaction():
                        note(office, "note 4")
                    raise RuntimeError
            note(office, "note 2 again")
    assert notes(office) == ["note 2", "note 2 again"]


def test_a_failed_commit_after_inner_blocks_leaves_nothing(office):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        with office.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            with office.transaction():
                note(office, "note inner")
                conn.execute("INSERT INTO record (id, office_code, indicator, year, qualifier, status, created_at, "
                             "updated_at, version, changed_by, deleted) VALUES ('x', 'NOPE', '1.1.a', 2023, "
                             "'none', 'draft', 'now', 'now', 1, 'me', 0)")  # refused by the COMMIT only
    assert notes(office) == [] and office.count_records() == 0
    assert not office.conn.in_transaction


def test_the_module_transaction_nests_on_a_bare_connection(office_path):
    conn = connect(office_path)
    try:
        with transaction(conn, office_path):
            conn.execute("INSERT INTO meta (key, value) VALUES ('kept', '1')")
            with pytest.raises(LookupError):
                with transaction(conn, office_path):
                    conn.execute("INSERT INTO meta (key, value) VALUES ('lost', '1')")
                    raise LookupError("the inner block gives up")
        keys = {r[0] for r in conn.execute("SELECT key FROM meta")}
        assert "kept" in keys and "lost" not in keys
    finally:
        conn.close()


def test_finishing_an_unfinished_row_is_all_or_nothing(office):
    row = office.save_unfinished_row({"indicator": "1.1.a", "year": 2023, "value": "lots"})
    with pytest.raises(KeyboardInterrupt):
        with office.transaction():
            record = office.finish_unfinished_row(row.id, PEOPLE)
            assert office.record(record.id).value == 1200 and office.unfinished_rows() == []
            raise KeyboardInterrupt
    assert office.count_records() == 0 and [r.id for r in office.unfinished_rows()] == [row.id]
    record = office.finish_unfinished_row(row.id, PEOPLE)
    assert office.unfinished_rows() == [] and office.record(record.id).status == "draft"
    actions = [(e["action"], e["target"]) for e in office.audit_log()][-2:]
    assert actions == [("insert", "record"), ("finish", "unfinished_row")]


def test_a_refused_unfinished_row_stays_as_typed(office):
    row = office.save_unfinished_row({"indicator": "1.1.a", "year": 2023, "value": "lots"})
    with pytest.raises(ValidationError):
        office.finish_unfinished_row(row.id, {**PEOPLE, "year": 1850})
    assert office.unfinished_row(row.id).cells == row.cells and office.count_records() == 0


# A child writes in an outer transaction (an inner block released, another one open) and is killed
# before the outer COMMIT: the file must read as it was before.
KILLED_MID_TRANSACTION = textwrap.dedent("""
    import os, sys
    from db.officefile import ResultsFile
    results = ResultsFile.open(sys.argv[1])
    results.conn.execute("PRAGMA cache_size = 20")  # uncommitted pages spill to the disk
    with results.transaction():
        with results.transaction():
            results.add_records([{"indicator": "1.1.a", "year": 2023, "value": n, "country": "KEN",
                                  "city": f"City {n}", "narrative": "x" * 400} for n in range(2000)])
        with results.transaction():
            results.add_record({"indicator": "1.1.a", "year": 2023, "value": 1, "country": "KEN"})
            print("inside", flush=True)
            sys.stdin.readline()
    print("committed", flush=True)
""")


@pytest.mark.parametrize("committed_before", [0, 1])
def test_a_kill_during_an_outer_transaction_leaves_the_file_as_before(tmp_path, committed_before):
    path = tmp_path / "ken.habitat"
    ResultsFile.create(path, KENYA).close()
    with ResultsFile.open(path) as results:
        for _ in range(committed_before):
            results.add_record(PEOPLE)
        before = [tuple(r) for r in results.query("SELECT * FROM record ORDER BY id")]
        audit_before = len(results.audit_log())
    child = subprocess.Popen([sys.executable, "-c", KILLED_MID_TRANSACTION, str(path)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "inside"
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 200_000  # the uncommitted records reached the disk
    finally:
        child.kill()
        child.wait(timeout=60)
    with ResultsFile.open(path) as results:
        assert [tuple(r) for r in results.query("SELECT * FROM record ORDER BY id")] == before
        assert len(results.audit_log()) == audit_before
        assert results.check() == []
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with ResultsFile.open(path) as results:  # reopening after the recovery changes nothing more
        assert results.count_records() == committed_before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
