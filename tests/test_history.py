"""A record's history, from the audit log, the import log and the merge log: read only."""

from __future__ import annotations

import hashlib
import socket
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from db.feedback import apply_feedback, review_records, write_feedback
from db.history import record_history
from db.merge import merge_files
from db.officefile import ResultsFile


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def nairobi(office_path, tmp_path):
    """An office file whose Nairobi record was imported, corrected, deleted and restored; its id."""
    data = tmp_path / "results-2024.csv"
    data.write_text("indicator,year,value,country,city,qualifier\n1.1.a,2024,1200,KEN,Nairobi,at least\n",
                    encoding="utf-8")
    assert run("import", office_path, data).exit_code == 0
    with ResultsFile.open(office_path, who="amina") as results:
        record = results.records()[0]
        results.update_record(record.id, {"value": 1300, "source": "County survey"}, who="amina")
        results.delete_record(record.id, who="amina")
        results.restore_record(record.id, who="juma")
    return record.id


def test_the_history_of_a_record_tells_each_change_and_the_import_it_came_from(office_path, nairobi, tmp_path):
    before = digest(office_path)
    result = run("history", office_path, nairobi)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Record {nairobi} (KEN): 1.1.a 2024 KEN, Nairobi: at least 1,300 (version 4, draft)")
    assert lines[1].split() == ["when", "(UTC)", "who", "computer", "what", "from", "changes"]
    added, changed, deleted, restored = lines[2:6]
    sha = hashlib.sha256((tmp_path / "results-2024.csv").read_bytes()).hexdigest()
    assert "added" in added and f"import of results-2024.csv (SHA-256 {sha[:12]}…)" in added
    assert "value 1,200" in added and "qualifier at least" in added and "city Nairobi" in added
    assert "changed" in changed and "amina" in changed and socket.gethostname() in changed
    assert "value 1,200 → 1,300" in changed and "source — → County survey" in changed
    assert "deleted" in deleted and "deleted False → True" in deleted
    assert "restored" in restored and "juma" in restored
    assert lines[-1] == "4 steps"
    assert digest(office_path) == before  # read only


def test_the_history_in_json_names_the_fields_and_the_source(office_path, nairobi):
    data = json.loads(run("history", office_path, nairobi, "--format", "json").output)
    assert data["record"]["value"] == 1300 and data["headquarters"] is False
    steps = data["steps"]
    assert [s["action"] for s in steps] == ["insert", "update", "delete", "restore"]
    assert steps[0]["source"]["kind"] == "import" and steps[0]["source"]["file"] == "results-2024.csv"
    assert {"field": "value", "old": 1200, "new": 1300} in steps[1]["changes"]
    assert steps[1]["who"] == "amina" and steps[1]["source"] is None
    assert {s["machine"] for s in steps} == {socket.gethostname()}  # the computer each change was made on


def test_an_unknown_record_is_refused_naming_the_file(office_path):
    result = run("history", office_path, "0d9ae4a2-0000-4000-8000-000000000000")
    assert result.exit_code == 1
    assert "no record 0d9ae4a2-0000-4000-8000-000000000000 in ken.habitat" in result.output


def test_at_headquarters_each_merged_version_and_each_review_is_shown(office_path, nairobi, tmp_path):
    hq = tmp_path / "hq.habitat"
    with ResultsFile.open(office_path) as results:
        results.submit_year(2024)
    merge_files(hq, [office_path])
    review_records(hq, [nairobi], "returned", "Source missing: name the survey", who="hq-reviewer")
    write_feedback(hq, "KEN", tmp_path / "feedback.json")
    apply_feedback(office_path, tmp_path / "feedback.json")
    with ResultsFile.open(office_path) as results:
        results.update_record(nairobi, {"value": 1250}, who="amina")
        results.submit_year(2024)
    merge_files(hq, [office_path])
    before = digest(hq)
    with ResultsFile.open_readonly(hq) as results:
        found = record_history(results, nairobi)
        batches = results.query("SELECT id, sha256 FROM merge_batch ORDER BY id").fetchall()
    assert digest(hq) == before
    first, review, second = found.steps
    assert (first.action, first.version, first.source.batch, first.source.sha256) == \
        ("merge", 5, batches[0]["id"], batches[0]["sha256"])
    assert (second.action, second.version, second.source.batch, second.source.sha256) == \
        ("merge", 7, batches[1]["id"], batches[1]["sha256"])
    assert ("value", 1300, 1250) in second.changes and second.source.file_name == "ken.habitat"
    assert first.machine == second.machine == socket.gethostname()
    assert (review.action, review.who, review.comment) == ("review", "hq-reviewer", "Source missing: name the survey")
    assert ("status", "submitted", "returned") in review.changes
    table = run("history", hq, nairobi).output
    assert f"merge batch {batches[1]['id']}: ken.habitat of KEN (SHA-256 {batches[1]['sha256'][:12]}…)" in table
    assert "value 1,300 → 1,250" in table and "“Source missing: name the survey”" in table


def test_versions_merged_before_each_record_was_logged_come_from_the_merge_log(office_path, nairobi, tmp_path):
    hq = tmp_path / "hq.habitat"
    with ResultsFile.open(office_path) as results:
        results.submit_year(2024)
    merge_files(hq, [office_path])
    with ResultsFile.open(hq) as results, results.transaction() as conn:  # as earlier versions wrote it
        conn.execute("DELETE FROM audit WHERE target = 'record'")
    with ResultsFile.open_readonly(hq) as results:
        found = record_history(results, nairobi)
    assert [(s.action, s.version, s.source.file_name) for s in found.steps] == [("merge", 5, "ken.habitat")]


# --- the window ----------------------------------------------------------------------------------

def test_the_window_shows_the_history_of_the_selected_record(qtbot, app_home, office_path, nairobi):
    from tests.grid_helpers import cell, open_window

    before = digest(office_path)
    window = open_window(qtbot, office_path)
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.select_node("indicator", "1.1.a")
    window.grid.setCurrentIndex(cell(window, window.record_model.row_of(nairobi), "city"))
    assert window.history_action.isEnabled() and window.history_action in window.menuBar().actions()[1].menu().actions()
    window.history_action.trigger()
    dialog = window.findChild(__import__("desktop.history_dialog", fromlist=["HistoryDialog"]).HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert "1.1.a 2024" in dialog.summary.text() and "version 4, draft" in dialog.summary.text()
    rows = dialog.rows()
    assert [r[3] for r in rows] == ["added", "changed", "deleted", "restored"]
    assert rows[0][5].startswith("import of results-2024.csv (SHA-256 ")
    assert "Value: 1,200 → 1,300" in rows[1][4] and rows[1][1] == "amina"
    assert rows[3][1] == "juma" and rows[3][2] == socket.gethostname()
    dialog.close()
    window.close()
    assert digest(office_path) == before


def test_history_without_a_selected_record_says_what_to_do(qtbot, app_home, office_path):
    from tests.grid_helpers import open_window

    window = open_window(qtbot, office_path)
    window.select_node("indicator", "1.1.a")
    assert window.show_history() is None
    assert window.statusBar().currentMessage() == "Select a record to see its history."


def test_every_string_of_the_history_window_is_translated_into_chinese(tmp_path):
    from tests.conftest import strings_of, untranslated

    ours = strings_of(tmp_path, "history_dialog.py")
    assert len(ours) > 25 and {context for context, _ in ours} == {"HistoryDialog"}
    assert untranslated(ours) == []
