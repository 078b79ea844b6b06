"""A feedback file is checked strictly (one decision per record, a name and a time that are what
they say), and no command prints control characters from a file to the terminal."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from cli.main import main
from db.errors import ValidationError
from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import merge_files
from db.officefile import ResultsFile
from db.untrusted import UntrustedFileError
from tests.test_merge import make_office

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x9b31m"


@pytest.fixture
def feedback(tmp_path):
    """An office file, and the feedback returning its first record."""
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, years=(2022,), n=3)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    review_records(hq, [ids[0]], "returned", "Please split the figure by city.")
    path = tmp_path / "ken-feedback.json"
    write_feedback(hq, "KEN", path)
    return {"ken": ken, "path": path, "ids": ids, "doc": json.loads(path.read_text(encoding="utf-8"))}


def _rows(path, table):
    with ResultsFile.open(path) as f:
        return f.query(f"SELECT count(*) FROM {table}").fetchone()[0]


def _tampered(feedback, change):
    doc = json.loads(json.dumps(feedback["doc"]))
    change(doc)
    feedback["path"].write_text(json.dumps(doc), encoding="utf-8")
    return feedback["path"]


def test_copies_of_one_review_are_refused_and_write_nothing(feedback):
    path = _tampered(feedback, lambda doc: doc.update(reviews=doc["reviews"] * 10_000))
    reviews, audit = _rows(feedback["ken"], "review"), _rows(feedback["ken"], "audit")
    with pytest.raises(UntrustedFileError) as refused:
        apply_feedback(feedback["ken"], path)
    assert (f"review 2 is about record {feedback['ids'][0]} again (review 1); a feedback file holds one "
            "decision per record") in str(refused.value)
    assert (_rows(feedback["ken"], "review"), _rows(feedback["ken"], "audit")) == (reviews, audit)


@pytest.mark.parametrize("field, value, words", [
    ("reviewed_by", "n" * 40_000_000, "its reviewed_by: too long (40000000 characters); at most 200"),
    ("reviewed_by", "Ana\x1b[31m", "its reviewed_by: contains the control character U+001B (ESC)"),
    ("reviewed_at", "yesterday", "its reviewed_at: 'yesterday' is not a time"),
    ("reviewed_at", "2024-02-30T10:00:00Z", "its reviewed_at: '2024-02-30T10:00:00Z' is not a time"),
    ("reviewed_at", "2024-03-01T10:00:00", "has no time zone"),
    ("reviewed_at", "x" * 1000, "its reviewed_at is not a time"),
    ("comment", "Please" + ESCAPES, "its comment: contains the control character U+001B (ESC)"),
])
def test_names_times_and_comments_are_checked(feedback, field, value, words):
    path = _tampered(feedback, lambda doc: doc["reviews"][0].update({field: value}))
    with pytest.raises(UntrustedFileError) as refused:
        apply_feedback(feedback["ken"], path)
    assert words in str(refused.value)
    assert len(str(refused.value)) < 400
    with ResultsFile.open(feedback["ken"]) as f:
        assert f.record(feedback["ids"][0]).status == "submitted"


def test_a_comment_may_hold_several_lines(feedback):
    path = _tampered(feedback, lambda doc: doc["reviews"][0].update(comment="Split it:\n\tNairobi\r\n\tKisumu"))
    assert apply_feedback(feedback["ken"], path).returned == 1


def test_headquarters_cannot_return_with_a_control_character(tmp_path):
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, years=(2022,), n=1)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    with pytest.raises(ValidationError) as refused:
        review_records(hq, ids, "returned", "check\x00this")
    assert "comment: contains the control character U+0000 (NUL)" in str(refused.value)


def test_todo_prints_no_terminal_control_sequence(feedback):
    apply_feedback(feedback["ken"], feedback["path"])
    # A comment stored by an older version of the app, which did not check it.
    conn = sqlite3.connect(feedback["ken"], isolation_level=None)
    conn.execute("UPDATE review SET comment = ?", ("Please" + ESCAPES,))
    conn.close()
    result = CliRunner().invoke(main, ["todo", str(feedback["ken"])])
    assert result.exit_code == 0, result.output
    assert "Please\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m" in result.output
    assert not any(c in result.output for c in "\x1b\x07\x9b")


def test_apply_feedback_and_refusals_print_no_control_sequence(feedback, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"indicator,year,value,qualifier\n1.1.a,2022,5,{ESCAPES}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(feedback["ken"]), str(bad)])
    assert result.exit_code == 1
    assert "\\u001b]0;owned" in result.output and not any(c in result.output for c in "\x1b\x07\x9b")
    path = _tampered(feedback, lambda doc: doc.update(office="K" + ESCAPES))
    result = CliRunner().invoke(main, ["apply-feedback", str(feedback["ken"]), str(path)])
    assert result.exit_code == 1
    assert "refused" in result.output and not any(c in result.output for c in "\x1b\x07\x9b")
