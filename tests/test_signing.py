"""Signed submissions, on real files: an office signs what it submits, headquarters records its key
the first time and from then on refuses a tampered record, another office's key, a new key not
confirmed, a revoked key and an unsigned file; an unsigned file of an earlier version merges with a
warning."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cli.main import main
from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import merge_files, merge_log
from db.officefile import Office, ResultsFile
from db.signing import KEYS_ENV, ensure_key, key_for, profile_keys
from exports.check import check_file
from exports.submission import submit_year

KENYA = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")
EGYPT = Office("EGY", "UN-Habitat Egypt Country Office", "EGY", "Arab States")


def office_file(path: Path, office: Office = KENYA, *, keys: Path | None, year: int = 2024, n: int = 3,
                start: int = 1000) -> list[str]:
    """An office file with ``n`` records of ``year``, submitted: signed with the profile ``keys`` (None: unsigned,
    as an earlier version of the app submitted)."""
    with ResultsFile.create(path, office) as f:
        ids = [r.id for r in f.add_records(
            [{"indicator": "1.1.a", "year": year, "value": start + i, "country": office.country, "city": f"City {i}"}
             for i in range(n)], who="tester")]
        f.set_outcome_narrative("1.1", year, "Better housing for many.", who="tester")
        if keys is None:
            f.submit_year(year, who="tester")
        else:
            submit_year(f, year, who="tester", keys=keys)
    return ids


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hq_keys(hq: Path) -> list[tuple]:
    conn = sqlite3.connect(hq)
    try:
        return conn.execute("SELECT office_code, fingerprint, state FROM office_key ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


@pytest.fixture
def laptop(tmp_path) -> Path:
    """The office's profile folder, where its keys are kept."""
    return tmp_path / "laptop-keys"


def test_a_signed_submission_is_recorded_on_first_merge_and_checked_from_then_on(tmp_path, laptop):
    ken = tmp_path / "ken.habitat"
    office_file(ken, keys=laptop)
    key = key_for("KEN", laptop)
    assert key is not None and [k.office for k in profile_keys(laptop)] == ["KEN"]
    assert b"private" not in ken.read_bytes() and key.private not in ken.read_bytes()  # never in the file
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [ken]).files[0]
    assert report.ok and report.signature.state == "signed" and report.signature.keys == (key.fingerprint,)
    assert report.signature.first_seen == (key.fingerprint,)
    assert "signed by " + key.fingerprint in report.summary()
    assert hq_keys(hq) == [("KEN", key.fingerprint, "trusted")]
    assert [(b["signature"], b["signed_by"]) for b in merge_log(hq)] == [("signed", key.fingerprint)]
    assert not [f for f in check_file(hq).findings if f.code == "unsigned"]


def test_a_record_changed_after_submission_is_refused_and_headquarters_is_unchanged(tmp_path, laptop):
    ken = tmp_path / "ken.habitat"
    ids = office_file(ken, keys=laptop)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    tampered = tmp_path / "ken-tampered.habitat"
    shutil.copy(ken, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE record SET value = 999999 WHERE id = ?", (ids[0],))
    conn.commit()
    conn.close()
    before = sha(hq)
    report = merge_files(hq, [tampered]).files[0]
    assert report.refusal.code == "signature_not_covering" and ids[0] in report.refused
    assert sha(hq) == before
    # Changing the manifest to match breaks its signature.
    conn = sqlite3.connect(tampered)
    manifest = conn.execute("SELECT manifest FROM submission_signature").fetchone()[0]
    conn.execute("UPDATE submission_signature SET manifest = ?", (manifest.replace('"year":2024', '"year":2024 '),))
    conn.commit()
    conn.close()
    assert merge_files(hq, [tampered]).files[0].refusal.code == "signature_bad"
    # A narrative changed after submission, too.
    shutil.copy(ken, tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE outcome_narrative SET text = 'Nothing happened.'")
    conn.commit()
    conn.close()
    assert merge_files(hq, [tampered]).files[0].refusal.code == "signature_not_covering_narrative"
    assert sha(hq) == before


def test_a_file_signed_with_another_offices_key_is_refused(tmp_path, laptop):
    egy = tmp_path / "egy.habitat"
    office_file(egy, EGYPT, keys=laptop)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [egy])
    # Someone holding Egypt's key writes a file claiming Kenya, signed with it.
    forger = tmp_path / "forger-keys"
    forger.mkdir()
    stolen = json.loads(key_for("EGY", laptop).as_json())
    (forger / "KEN-forged.key").write_text(json.dumps({**stolen, "office": "KEN"}), encoding="utf-8")
    ken = tmp_path / "ken.habitat"
    office_file(ken, keys=forger)
    before = sha(hq)
    report = merge_files(hq, [ken]).files[0]
    assert report.refusal.code == "key_of_other_office" and "EGY" in report.refused
    assert sha(hq) == before
    # Signed by Egypt's real key but naming another file: a signature copied from Egypt's file.
    copied = tmp_path / "ken-copied.habitat"
    office_file(copied, keys=None)
    conn = sqlite3.connect(copied)
    conn.execute("ATTACH ? AS egy", (str(egy),))
    conn.execute("INSERT INTO submission_signature SELECT * FROM egy.submission_signature")
    conn.commit()
    conn.close()
    assert merge_files(hq, [copied]).files[0].refusal.code == "signature_other_file"


def test_a_new_key_is_refused_until_headquarters_confirms_it_and_both_are_then_trusted(tmp_path, laptop):
    ken = tmp_path / "ken.habitat"
    office_file(ken, keys=laptop, year=2023)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    old = key_for("KEN", laptop).fingerprint
    # A new laptop, a new key (its profile has none of the office's keys).
    new_laptop = tmp_path / "new-laptop-keys"
    ken2 = tmp_path / "ken-new-laptop.habitat"
    office_file(ken2, keys=new_laptop, year=2024)
    new = key_for("KEN", new_laptop).fingerprint
    assert new != old
    before = sha(hq)
    refused = merge_files(hq, [ken2], accept_new_file_for=["KEN"]).files[0]
    assert refused.refusal.code == "key_new" and new in refused.refused and old in refused.refused
    assert sha(hq) == before
    accepted = merge_files(hq, [ken2], accept_new_file_for=["KEN"], accept_new_key_for=["ken"]).files[0]
    assert accepted.ok and accepted.signature.accepted == (new,) and accepted.signature.known == (old,)
    log = merge_log(hq)[-1]
    assert json.loads(log["key_change"]) == {"accepted": [new], "known": [old]}
    assert sorted(fp for _, fp, state in hq_keys(hq) if state == "trusted") == sorted([old, new])
    # Several keys for one office: the first laptop's file still merges.
    with ResultsFile.open(ken) as f:
        f.add_record({"indicator": "1.1.a", "year": 2023, "value": 5, "country": "KEN", "city": "Lamu"}, who="t")
        submit_year(f, 2023, keys=laptop)
    assert merge_files(hq, [ken], accept_new_file_for=["KEN"]).files[0].ok


def test_a_revoked_key_is_refused(tmp_path, laptop):
    ken = tmp_path / "ken.habitat"
    office_file(ken, keys=laptop)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    fp = key_for("KEN", laptop).fingerprint
    out = CliRunner().invoke(main, ["keys", str(hq), "--revoke", fp[:9]])
    assert out.exit_code == 0, out.output
    assert hq_keys(hq) == [("KEN", fp, "revoked")]
    with ResultsFile.open(ken) as f:
        f.add_record({"indicator": "1.1.a", "year": 2024, "value": 5, "country": "KEN", "city": "Lamu"}, who="t")
        submit_year(f, 2024, keys=laptop)
    report = merge_files(hq, [ken]).files[0]
    assert report.refusal.code == "key_revoked"
    # A new key after a revocation is confirmed too, never taken on trust.
    ken2 = tmp_path / "ken2.habitat"
    office_file(ken2, keys=tmp_path / "other-laptop")
    assert merge_files(hq, [ken2], accept_new_file_for=["KEN"]).files[0].refusal.code == "key_new"


def test_an_unsigned_file_merges_with_a_warning_until_the_office_signs_then_it_is_refused(tmp_path, laptop):
    old = tmp_path / "ken-old.habitat"
    office_file(old, keys=None, year=2023)  # submitted as an earlier version did: unsigned
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [old]).files[0]
    assert report.ok and report.signature.state == "unsigned"
    warnings = [f for f in check_file(hq).findings if f.code == "unsigned"]
    assert [(w.office, w.blocking) for w in warnings] == [("KEN", False)]
    out = CliRunner().invoke(main, ["check", str(hq)])
    assert "KEN: its file was merged unsigned" in out.output
    xlsx = tmp_path / "annex.xlsx"
    assert CliRunner().invoke(main, ["export", str(hq), "--format", "xlsx", "-o", str(xlsx), "--draft"]).exit_code == 0
    sources = [[c for c in row if c is not None] for row in load_workbook(xlsx)["Sources"].iter_rows(values_only=True)]
    assert any("ken-old.habitat" in row and "unsigned" in row for row in sources)
    # The office upgrades and submits its next year: the earlier years are signed with it.
    with ResultsFile.open(old) as f:
        f.add_record({"indicator": "1.1.a", "year": 2024, "value": 7, "country": "KEN", "city": "Lamu"}, who="t")
        submit_year(f, 2024, keys=laptop)
        assert sorted(r[0] for r in f.query("SELECT year FROM submission_signature", tuples=True)) == [2023, 2024]
    signed = merge_files(hq, [old]).files[0]
    assert signed.ok and signed.signature.state == "signed"
    assert not [f for f in check_file(hq).findings if f.code == "unsigned"]
    # From now on an unsigned file from Kenya is refused: no going back to unsigned.
    unsigned = tmp_path / "ken-unsigned.habitat"
    office_file(unsigned, keys=None, year=2022)
    before = sha(hq)
    report = merge_files(hq, [unsigned], accept_new_file_for=["KEN"]).files[0]
    assert report.refusal.code == "signature_missing" and sha(hq) == before


def test_each_submission_signs_again_after_a_return(tmp_path, laptop):
    ken = tmp_path / "ken.habitat"
    ids = office_file(ken, keys=laptop)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    review_records(hq, [ids[0]], "returned", "check the source")
    feedback = tmp_path / "feedback.json"
    write_feedback(hq, "KEN", feedback)
    apply_feedback(ken, feedback)
    # Returned, not yet submitted again: what travels is still as signed.
    assert merge_files(hq, [ken]).files[0].ok
    with ResultsFile.open(ken) as f:
        f.update_record(ids[0], {"value": 1234})
        submit_year(f, 2024, keys=laptop)
        assert f.query("SELECT count(*) FROM submission_signature").fetchone()[0] == 2
    report = merge_files(hq, [ken]).files[0]
    assert report.ok and report.updated == 1 and report.signature.state == "signed"


def test_keys_are_shown_exported_and_imported_on_a_new_laptop(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    runner = CliRunner()
    monkeypatch.setenv(KEYS_ENV, str(first))
    out = runner.invoke(main, ["init", str(tmp_path / "ken.habitat"), "--office", "KEN", "--name", "Kenya",
                               "--country", "KEN"])
    assert out.exit_code == 0, out.output
    key = key_for("KEN", first)  # made with the file
    assert key is not None and key.fingerprint in out.output
    ensure_key("EGY", first)  # a regional office's profile holds several offices' keys
    shown = runner.invoke(main, ["keys", "--format", "json"])
    assert [k["office"] for k in json.loads(shown.output)] == ["EGY", "KEN"]
    exported = tmp_path / "ken.key"
    assert runner.invoke(main, ["keys", "--export", str(exported), "--office", "ken"]).exit_code == 0
    again = runner.invoke(main, ["keys", "--export", str(exported), "--office", "KEN"])
    assert again.exit_code == 1 and "exists already" in again.output
    monkeypatch.setenv(KEYS_ENV, str(second))
    imported = runner.invoke(main, ["keys", "--import", str(exported)])
    assert imported.exit_code == 0 and key.fingerprint in imported.output
    assert key_for("KEN", second).fingerprint == key.fingerprint
    # The new laptop signs with the same key: headquarters sees no new key.
    printf = tmp_path / "r.csv"
    printf.write_text("indicator,year,value,country,city\n1.1.a,2024,10,KEN,Nairobi\n", encoding="utf-8")
    assert runner.invoke(main, ["import", str(tmp_path / "ken.habitat"), str(printf)]).exit_code == 0
    assert runner.invoke(main, ["submit", str(tmp_path / "ken.habitat"), "--year", "2024"]).exit_code == 0
    listed = runner.invoke(main, ["keys", str(tmp_path / "ken.habitat")])
    assert f"key {key.fingerprint}  (this profile holds the key)" in listed.output
    hq = tmp_path / "hq.habitat"
    merged = runner.invoke(main, ["merge", str(hq), str(tmp_path / "ken.habitat")])
    assert merged.exit_code == 0 and f"signed by {key.fingerprint}" in merged.output
    known = runner.invoke(main, ["keys", str(hq)])
    assert f"KEN      {key.fingerprint}  trusted" in known.output
    bad = tmp_path / "bad.key"
    bad.write_text("not a key", encoding="utf-8")
    refused = runner.invoke(main, ["keys", "--import", str(bad)])
    assert refused.exit_code == 1 and "not an office key file" in refused.output
