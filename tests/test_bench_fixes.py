"""Behaviour kept by the speed-ups that the benchmarks led to (import, merge, annex narratives)."""

import json

from db.merge import content_hash, merge_files
from db.officefile import Office, ResultsFile
from exports.aggregate import aggregate_file


def _office(path, code="KEN", country="KEN"):
    return ResultsFile.create(path, Office(code, f"Office {code}", country, "Africa"), who="test")


def test_import_stores_the_same_record_and_audit_entry_it_returns(tmp_path):
    with _office(tmp_path / "o.habitat") as office:
        made = office.add_records([
            {"indicator": "1.1.a", "year": " 2021 ", "value": "1 200", "country": "ken", "city": " Nairobi ",
             "qualifier": "at least", "sex": "Female", "narrative": "在社区开展了参与式规划。"},
            {"indicator": "1.1.c", "year": 2022, "country": "KEN", "city": "Kisumu"},
            {"indicator": "1.1.a", "year": 2021, "value": 1500, "country": "KEN", "city": "Nairobi"},  # its total
        ], who="tester")
        stored = office.records()
        assert sorted(stored, key=lambda r: r.id) == sorted(made, key=lambda r: r.id)
        first = office.record(made[0].id)
        assert (first.year, first.value, first.country, first.city, first.qualifier, first.sex) == (
            2021, 1200, "KEN", "Nairobi", "at_least", "female")
        assert first.deleted is False and first.status == "draft" and first.version == 1
        entry = office.audit_log(made[0].id)[0]
        assert entry["new"] == {"indicator": "1.1.a", "year": 2021, "value": 1200, "country": "KEN",
                                "city": "Nairobi", "qualifier": "at_least", "sex": "female",
                                "narrative": "在社区开展了参与式规划。", "status": "draft"}
        raw = office.query("SELECT new FROM audit WHERE target_id = ?", (made[0].id,)).fetchone()[0]
        assert "在社区" in raw and json.loads(raw) == entry["new"]  # stored as UTF-8 text, not \\u escapes
        assert [e["target_id"] for e in office.audit_log() if e["target"] == "record"] == [r.id for r in made]


def test_merge_keeps_content_hashes_and_refuses_values_not_stored_as_the_app_stores_them(tmp_path):
    path = tmp_path / "ken.habitat"
    with _office(path) as office:
        office.add_records([{"indicator": "1.1.a", "year": 2021, "value": 5, "country": "KEN"},
                            {"indicator": "1.1.c", "year": 2021, "country": "KEN", "city": "Kisumu"}], who="t")
        office.submit_year(2021, who="t")
        records = office.records()
    hq = tmp_path / "hq.habitat"
    report = merge_files(hq, [path], who="hq")
    assert report.totals()["added"] == 2
    with ResultsFile.open(hq) as held:
        hashes = dict(held.query("SELECT record_id, content_hash FROM record_origin").fetchall())
    for r in records:  # the hash of what the office entered, computed as before
        assert hashes[r.id] == content_hash({"office_code": r.office_code, **r.values(), "deleted": int(r.deleted)})
    assert merge_files(hq, [path], who="hq").totals()["unchanged"] == 2
    # A value the app would have cleaned (spaces around the country code): refused.
    bad = tmp_path / "bad.habitat"
    with _office(bad, "MOZ", "MOZ") as office:
        office.add_records([{"indicator": "1.1.a", "year": 2021, "value": 7, "country": "MOZ"}], who="t")
        office.submit_year(2021, who="t")
        with office.transaction() as conn:  # a value the app would have trimmed
            conn.execute("UPDATE record SET country = ' MOZ'")
    report = merge_files(hq, [bad], who="hq")
    assert "not stored as Habitat Results stores them" in report.files[0].refused


def test_annex_narratives_only_for_office_years_with_counted_records(tmp_path):
    path = tmp_path / "hq.habitat"
    with ResultsFile.create(path, Office("HQ", "Headquarters", "KEN"), kind="headquarters", who="t") as hq:
        for code in ("KEN", "MOZ"):
            hq.add_office(Office(code, f"Office {code}", code, "Africa"), who="t")
        hq.add_records([{"indicator": "1.1.a", "year": 2021, "value": 5, "country": "KEN"}], office_code="KEN")
        hq.submit_year(2021, who="t")
        # MOZ: a draft in 2021, and a submitted record that was then deleted in 2022.
        hq.add_records([{"indicator": "1.1.a", "year": 2022, "value": 5, "country": "MOZ"}], office_code="MOZ")
        hq.submit_year(2022, who="t")
        with hq.transaction() as conn:
            conn.execute("UPDATE record SET deleted = 1 WHERE office_code = 'MOZ'")
        hq.add_records([{"indicator": "1.1.a", "year": 2021, "value": 5, "country": "MOZ"}], office_code="MOZ")
        with hq.transaction() as conn:
            conn.executemany(
                "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
                "VALUES (?, '1.1', ?, 'An example of impact.', '2025-01-01T00:00:00Z', 1, 't')",
                [("KEN", 2021), ("KEN", 2022), ("MOZ", 2021), ("MOZ", 2022)])
    assert [(n.office_code, n.year) for n in aggregate_file(path).narratives] == [("KEN", 2021)]
    assert [(n.office_code, n.year) for n in aggregate_file(path, include_drafts=True).narratives] == [
        ("KEN", 2021), ("MOZ", 2021)]
    assert aggregate_file(path, years="2022").narratives == []
