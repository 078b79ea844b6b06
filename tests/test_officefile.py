"""The office results file on disk: creation, edits, versions, audit, tombstones, submission."""

import sqlite3

import pytest

from db import schema
from db.errors import OfficeFileError, RecordLocked, ValidationError
from db.officefile import Office, ResultsFile
from tests.conftest import KENYA

PEOPLE = {"indicator": "1.1.a", "year": 2023, "value": 1200, "country": "KEN", "city": "Nairobi",
          "source": "Project report"}


def test_new_file_records_its_identity_framework_and_office(office_path):
    raw = sqlite3.connect(office_path)
    meta = dict(raw.execute("SELECT key, value FROM meta"))
    assert meta["kind"] == "office"
    assert (meta["framework_id"], meta["framework_version"]) == ("SP2020-2025", "1.0")
    assert len(meta["file_id"]) == 36
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert [r[0] for r in raw.execute("SELECT name FROM migrations")] == [name for name, _ in schema.MIGRATIONS]
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT code, name, country, region FROM office").fetchall() == [
        ("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")]
    raw.close()


def test_two_files_get_different_identities(tmp_path):
    a = ResultsFile.create(tmp_path / "a.habitat", KENYA)
    b = ResultsFile.create(tmp_path / "b.habitat", KENYA)
    assert a.file_id != b.file_id
    a.close(), b.close()


def test_create_refuses_to_overwrite(office_path):
    before = office_path.read_bytes()
    with pytest.raises(OfficeFileError, match="already exists"):
        ResultsFile.create(office_path, KENYA)
    assert office_path.read_bytes() == before


def test_create_refuses_a_bad_office_and_leaves_nothing(tmp_path):
    with pytest.raises(ValidationError, match="country: 'XXX' is not an ISO 3166-1"):
        ResultsFile.create(tmp_path / "x.habitat", Office("KEN", "Kenya", "XXX"))
    assert list(tmp_path.iterdir()) == []


def test_a_record_has_a_uuid_timestamps_version_and_author(office):
    rec = office.add_record(PEOPLE, who="amina")
    assert len(rec.id) == 36 and rec.version == 1 and rec.status == "draft"
    assert rec.changed_by == "amina" and rec.created_at.endswith("Z")
    assert (rec.office_code, rec.value, rec.qualifier) == ("KEN", 1200, "none")


def test_editing_bumps_the_version_and_writes_an_audit_entry(office):
    rec = office.add_record(PEOPLE, who="amina")
    changed = office.update_record(rec.id, {"value": 1500, "qualifier": "at least"}, who="brian")
    assert changed.version == 2 and changed.value == 1500 and changed.qualifier == "at_least"
    assert changed.changed_by == "brian" and changed.updated_at >= rec.updated_at
    log = office.audit_log(rec.id)
    assert [e["action"] for e in log] == ["insert", "update"]
    assert log[1]["old"] == {"value": 1200, "qualifier": "none"}
    assert log[1]["new"] == {"value": 1500, "qualifier": "at_least"}
    assert log[1]["who"] == "brian"


def test_an_edit_that_changes_nothing_is_not_a_new_version(office):
    rec = office.add_record(PEOPLE)
    assert office.update_record(rec.id, {"value": "1,200"}).version == 1
    assert len(office.audit_log(rec.id)) == 1


def test_an_invalid_edit_changes_nothing(office):
    rec = office.add_record(PEOPLE)
    with pytest.raises(ValidationError, match="value: -5 is negative"):
        office.update_record(rec.id, {"value": -5})
    assert office.record(rec.id) == rec
    assert len(office.audit_log(rec.id)) == 1


def test_delete_leaves_a_tombstone_that_can_be_restored(office):
    rec = office.add_record(PEOPLE)
    gone = office.delete_record(rec.id)
    assert gone.deleted and gone.version == 2
    assert office.records() == [] and office.records(include_deleted=True) == [gone]
    back = office.restore_record(rec.id)
    assert not back.deleted and back.version == 3
    assert [e["action"] for e in office.audit_log(rec.id)] == ["insert", "delete", "restore"]


def test_submitting_a_year_locks_its_records(office):
    a = office.add_record(PEOPLE)
    b = office.add_record({**PEOPLE, "year": 2024})
    assert office.submit_year(2023) == 1
    assert office.record(a.id).status == "submitted" and office.record(a.id).locked
    assert office.record(b.id).status == "draft"
    with pytest.raises(RecordLocked, match="submitted and locked"):
        office.update_record(a.id, {"value": 1})
    with pytest.raises(RecordLocked):
        office.delete_record(a.id)
    assert office.record(a.id).value == 1200
    assert office.submit_year(2023) == 0


def test_outcome_narratives_per_year(office):
    office.set_outcome_narrative("1.1", 2023, "Water reached 40 settlements.")
    office.set_outcome_narrative("1.1", 2023, "Water reached 41 settlements.")
    office.set_outcome_narrative("1.2", 2024, "住房方案。")
    assert office.outcome_narratives(2023) == {("1.1", 2023): "Water reached 41 settlements."}
    assert office.outcome_narratives()[("1.2", 2024)] == "住房方案。"
    with pytest.raises(ValidationError, match="'9.9' is not an outcome"):
        office.set_outcome_narrative("9.9", 2023, "x")


def test_data_survives_reopening(office_path):
    with ResultsFile.open(office_path) as results:
        rid = results.add_record(PEOPLE).id
    with ResultsFile.open(office_path) as results:
        assert results.record(rid).value == 1200
        assert results.check() == []


def test_a_failed_batch_stores_nothing(office):
    with pytest.raises(ValidationError, match=r"record 2, year"):
        office.add_records([PEOPLE, {**PEOPLE, "year": 1999}])
    assert office.count_records() == 0


def test_a_file_from_a_newer_version_is_refused(office_path):
    raw = sqlite3.connect(office_path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(OfficeFileError, match="made by a newer version of Habitat Results"):
        ResultsFile.open(office_path)


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"indicator,year\n1.1.a,2023\n", "not an SQLite database"),
])
def test_files_that_are_not_results_files_are_refused(tmp_path, content, message):
    path = tmp_path / "x.habitat"
    path.write_bytes(content)
    with pytest.raises(OfficeFileError, match=message):
        ResultsFile.open(path)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.close()
    with pytest.raises(OfficeFileError, match="not a Habitat Results file"):
        ResultsFile.open(path)


def test_check_reports_a_record_broken_behind_the_apps_back(office_path):
    with ResultsFile.open(office_path) as results:
        rid = results.add_record(PEOPLE).id
    raw = sqlite3.connect(office_path)
    raw.execute("UPDATE record SET year = 2031 WHERE id = ?", (rid,))
    raw.commit()
    raw.close()
    with ResultsFile.open(office_path) as results:
        problems = results.check()
    assert len(problems) == 1 and "year: 2031 lies outside the plan period" in problems[0]


def test_a_foreign_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(OfficeFileError, match="not a Habitat Results file"):
        ResultsFile.open(path)
    assert path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_file_with_its_identity_missing_is_refused_with_a_message(office_path):
    raw = sqlite3.connect(office_path)
    raw.execute("DELETE FROM meta WHERE key = 'kind'")
    raw.commit()
    raw.close()
    with pytest.raises(OfficeFileError, match=r"damaged results file \(no kind recorded\)"):
        ResultsFile.open(office_path)


def test_a_failed_commit_leaves_no_transaction_open(office):
    # A deferred foreign key makes COMMIT itself fail: the write must be rolled back completely.
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        with office.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("INSERT INTO record (id, office_code, indicator, year, qualifier, status, created_at, "
                         "updated_at, version, changed_by, deleted) VALUES ('x', 'NOPE', '1.1.a', 2023, 'none', "
                         "'draft', 'now', 'now', 1, 'me', 0)")  # accepted now, refused by COMMIT
    assert office.count_records() == 0
    office.add_record(PEOPLE)  # the connection still works: no transaction was left open


def test_a_transaction_keeps_its_change_and_audit_entry_together_or_neither(office):
    with office.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('note', 'kept')")
        office.audit("insert", "meta", "note", None, {"value": "kept"}, who="tester")
    with pytest.raises(KeyboardInterrupt):  # the user gave up half-way
        with office.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('lost', 'x')")
            office.audit("insert", "meta", "lost", None, {"value": "x"})
            raise KeyboardInterrupt
    assert office.meta()["note"] == "kept" and "lost" not in office.meta()
    assert [(e["action"], e["target_id"], e["who"]) for e in office.audit_log() if e["target"] == "meta"] == [
        ("insert", "note", "tester")]


def test_an_audit_entry_outside_a_transaction_is_refused(office):
    before = len(office.audit_log())
    with pytest.raises(RuntimeError, match="outside a transaction"):
        office.audit("insert", "meta", "note", None, {"value": "alone"})
    assert len(office.audit_log()) == before


def test_query_reads_rows_by_name_or_as_plain_tuples(office):
    office.add_record(PEOPLE)
    row = office.query("SELECT indicator, value FROM record WHERE year = ?", [2023]).fetchone()
    assert (row["indicator"], row["value"]) == ("1.1.a", 1200)
    assert office.query("SELECT indicator, value FROM record", tuples=True).fetchall() == [("1.1.a", 1200)]


def test_a_file_opened_for_reading_refuses_a_transaction(office_path):
    with ResultsFile.open_readonly(office_path) as results:
        with pytest.raises(OfficeFileError, match="reading only"):
            results.transaction()
