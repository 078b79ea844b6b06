"""The send-back loop: review at headquarters, feedback file, applied in the office, resubmitted."""

from __future__ import annotations

import json

import pytest

from db.errors import HabitatError, RecordLocked, ValidationError
from db.feedback import (apply_feedback, office_todos, records_to_review, review_records, review_status,
                         todos, write_feedback)
from db.merge import list_conflicts, merge_files
from db.officefile import ResultsFile, connect
from db.untrusted import UntrustedFileError
from tests.test_merge import EGYPT, make_office, value_at_hq


@pytest.fixture
def loop(tmp_path):
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, years=(2022,), n=4)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    return {"ken": ken, "hq": hq, "ids": ids, "tmp": tmp_path}


def test_round_trip_return_edit_resubmit_validate(loop):
    ken, hq, ids, tmp = loop["ken"], loop["hq"], loop["ids"], loop["tmp"]
    r_ret, r_ok = ids[0], ids[1]
    assert review_records(hq, [r_ret], "returned", "The figure double-counts Kisumu; please split it.") == 1
    assert review_records(hq, [r_ok], "validated") == 1
    assert value_at_hq(hq, r_ret)[3] == "returned" and value_at_hq(hq, r_ok)[3] == "validated"
    fb = tmp / "ken-feedback.json"
    summary = write_feedback(hq, "KEN", fb)
    assert (summary.validated, summary.returned) == (1, 1)

    report = apply_feedback(ken, fb)
    assert (report.validated, report.returned, report.outdated, report.unknown) == (1, 1, 0, [])
    with ResultsFile.open(ken) as f:
        assert f.record(r_ret).status == "returned" and not f.record(r_ret).locked
        assert f.record(r_ok).status == "validated" and f.record(r_ok).locked
        assert f.record(ids[2]).status == "submitted"
        todo = todos(f)
        assert [(t["id"], t["comment"]) for t in todo] == [(r_ret, "The figure double-counts Kisumu; please split it.")]
        assert review_status(f, [r_ok])[r_ok]["decision"] == "validated"
        with pytest.raises(RecordLocked):
            f.update_record(r_ok, {"value": 1})
        f.update_record(r_ret, {"value": 4242})
        f.submit_year(2022)
        assert todos(f) == []
    assert office_todos(ken) == []

    again = apply_feedback(ken, fb)  # an old feedback file applied again changes nothing
    assert again.already == 1 and again.outdated == 1 and again.returned == again.validated == 0

    merged = merge_files(hq, [ken]).files[0]
    assert (merged.updated, merged.conflicts, merged.outdated) == (1, 0, 0)
    value, version, deleted, status = value_at_hq(hq, r_ret)
    assert (value, status) == (4242, "submitted")
    assert value_at_hq(hq, r_ok)[3] == "validated"  # a decision survives re-merging the same version
    assert review_records(hq, [r_ret], "validated") == 1
    write_feedback(hq, "KEN", fb)
    final = apply_feedback(ken, fb)
    assert (final.validated, final.already) == (1, 1)
    with ResultsFile.open(ken) as f:
        assert f.record(r_ret).status == "validated"


def test_a_returned_record_deleted_in_the_office_is_deleted_at_headquarters(loop):
    ken, hq, ids, tmp = loop["ken"], loop["hq"], loop["ids"], loop["tmp"]
    review_records(hq, [ids[3]], "returned", "Not a result of the plan; delete it.")
    write_feedback(hq, "KEN", tmp / "fb.json")
    apply_feedback(ken, tmp / "fb.json")
    with ResultsFile.open(ken) as f:
        f.delete_record(ids[3])
    assert merge_files(hq, [ken]).files[0].deleted == 1
    assert value_at_hq(hq, ids[3])[2] == 1
    with pytest.raises(HabitatError, match="deleted"):
        review_records(hq, [ids[3]], "validated")


def test_returning_needs_a_comment_and_conflicts_must_be_resolved_first(loop, tmp_path):
    hq, ids = loop["hq"], loop["ids"]
    with pytest.raises(ValidationError, match="comment"):
        review_records(hq, [ids[0]], "returned", "  ")
    with pytest.raises(ValidationError, match="decision"):
        review_records(hq, [ids[0]], "approved")
    with pytest.raises(HabitatError, match="no record"):
        review_records(hq, ["00000000-0000-4000-8000-000000000000"], "validated")
    before = hq.read_bytes()
    with pytest.raises(HabitatError):
        review_records(hq, [ids[0], "00000000-0000-4000-8000-000000000000"], "validated")
    assert hq.read_bytes() == before  # all or nothing
    # A conflict: the returned record edited differently on two copies of the office file.
    ken = loop["ken"]
    review_records(hq, [ids[0]], "returned", "check")
    write_feedback(hq, "KEN", tmp_path / "fb.json")
    apply_feedback(ken, tmp_path / "fb.json")
    other = tmp_path / "ken-laptop.habitat"
    other.write_bytes(ken.read_bytes())
    for path, value in ((ken, 1), (other, 2)):
        with ResultsFile.open(path) as f:
            f.update_record(ids[0], {"value": value})
            f.submit_year(2022)
    merge_files(hq, [ken, other])
    assert [c.record_id for c in list_conflicts(hq)] == [ids[0]]
    with pytest.raises(HabitatError, match="resolve the conflict"):
        review_records(hq, [ids[0]], "validated")


def test_records_to_review_selects_by_office_and_year(loop, tmp_path):
    egy = tmp_path / "egy.habitat"
    make_office(egy, EGYPT, years=(2021, 2022), n=2)
    merge_files(loop["hq"], [egy])
    assert len(records_to_review(loop["hq"], office="EGY")) == 4
    assert len(records_to_review(loop["hq"], office="EGY", year=2021)) == 2
    assert sorted(records_to_review(loop["hq"], office="KEN")) == sorted(loop["ids"])


def test_feedback_for_another_office_or_tampered_is_refused(loop, tmp_path):
    ken, hq, ids = loop["ken"], loop["hq"], loop["ids"]
    egy = tmp_path / "egy.habitat"
    make_office(egy, EGYPT, n=1)
    merge_files(hq, [egy])
    review_records(hq, [ids[0]], "returned", "check")
    fb = tmp_path / "fb.json"
    write_feedback(hq, "KEN", fb)
    before = egy.read_bytes()
    with pytest.raises(UntrustedFileError, match="for office KEN"):
        apply_feedback(egy, fb)
    doc = json.loads(fb.read_text())
    bad = {
        "not json": b"\x00\x01binary",
        "wrong format": json.dumps({"format": "something else"}).encode(),
        "newer": json.dumps({**doc, "format_version": 99}).encode(),
        "bad review": json.dumps({**doc, "reviews": [{**doc["reviews"][0], "decision": "approve"}]}).encode(),
        "bad id": json.dumps({**doc, "reviews": [{**doc["reviews"][0], "record": "x' OR 1=1"}]}).encode(),
        "empty": b"",
    }
    ken_before = ken.read_bytes()
    messages = set()
    for name, data in bad.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(data)
        with pytest.raises(UntrustedFileError) as exc:
            apply_feedback(ken, path)
        messages.add(str(exc.value).split(": refused: ")[1])
    assert len(messages) == len(bad)
    with pytest.raises(UntrustedFileError, match="is a folder"):
        apply_feedback(ken, tmp_path)
    assert ken.read_bytes() == ken_before and egy.read_bytes() == before
    with pytest.raises(HabitatError, match="no office XYZ"):
        write_feedback(hq, "XYZ", tmp_path / "x.json")


def test_feedback_naming_unknown_records_applies_the_rest(loop, tmp_path):
    ken, hq, ids = loop["ken"], loop["hq"], loop["ids"]
    review_records(hq, [ids[0]], "validated")
    fb = tmp_path / "fb.json"
    write_feedback(hq, "KEN", fb)
    doc = json.loads(fb.read_text())
    doc["reviews"].append({**doc["reviews"][0], "record": "11111111-1111-4111-8111-111111111111"})
    fb.write_text(json.dumps(doc))
    report = apply_feedback(ken, fb)
    assert report.validated == 1 and report.unknown == ["11111111-1111-4111-8111-111111111111"]
    conn = connect(ken, readonly=True)
    try:
        assert conn.execute("SELECT count(*) FROM review").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit WHERE action = 'feedback'").fetchone()[0] == 1
    finally:
        conn.close()


def _folder_state(folder):
    return {p.name: p.read_bytes() if p.is_file() else None for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("target", ["hq.habitat", "ken.habitat"])
def test_feedback_is_never_written_over_a_results_file(loop, target):
    """Neither the headquarters file itself nor any other SQLite file is replaced by a feedback file."""
    review_records(loop["hq"], [loop["ids"][0]], "validated")
    before = _folder_state(loop["tmp"])
    with pytest.raises(HabitatError, match="a results file"):
        write_feedback(loop["hq"], "KEN", loop["tmp"] / target)
    assert _folder_state(loop["tmp"]) == before
    with ResultsFile.open(loop["tmp"] / target) as f:
        assert f.kind == ("headquarters" if target == "hq.habitat" else "office")


def test_a_failed_feedback_write_leaves_no_temporary_file(loop):
    review_records(loop["hq"], [loop["ids"][0]], "validated")
    folder = loop["tmp"] / "taken.json"
    folder.mkdir()
    (folder / "inside").write_text("keep me")
    before = _folder_state(loop["tmp"])
    with pytest.raises(HabitatError, match="cannot be written"):
        write_feedback(loop["hq"], "KEN", folder)
    assert _folder_state(loop["tmp"]) == before
    # An earlier feedback file is replaced; each write uses its own temporary name, then renames.
    out = loop["tmp"] / "ken-feedback.json"
    out.write_text("old")
    write_feedback(loop["hq"], "KEN", out)
    assert json.loads(out.read_text(encoding="utf-8"))["office"] == "KEN"
    assert sorted(p.name for p in loop["tmp"].iterdir() if p.name.endswith(".tmp")) == []
