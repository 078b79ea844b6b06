"""The headquarters commands through the real command line parser."""

from __future__ import annotations

import json

from click.testing import CliRunner

from cli.main import main
from cli.merge import COMMANDS
from tests.test_merge import make_office


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def submitted(path) -> int:
    """The records of a demo file that travel to headquarters (its submitted years)."""
    from exports.aggregate import open_for_export

    with open_for_export(path) as results:
        return results.count_records(status="submitted")


def test_merge_prints_a_report_per_file_and_exits_1_when_a_file_is_refused(tmp_path, demo_dir):
    hq = tmp_path / "hq.habitat"
    bad = tmp_path / "notes.txt"
    bad.write_text("not a results file")
    code, out = run("merge", hq, demo_dir / "ken.habitat", bad, demo_dir / "egy.habitat")
    assert code == 1
    assert f"ken.habitat (KEN): {submitted(demo_dir / 'ken.habitat')} added" in out
    assert f"{bad}: refused: a text file, not a results file" in out
    assert "egy.habitat (EGY):" in out and "1 of 3 files refused" in out
    code, out = run("merge", hq, demo_dir / "ken.habitat")
    assert code == 0 and "already merged" in out


def test_merge_dry_run_writes_nothing(tmp_path, demo_dir):
    hq = tmp_path / "hq.habitat"
    code, out = run("merge", "--dry-run", hq, demo_dir / "bra.habitat")
    bra = submitted(demo_dir / "bra.habitat")
    assert code == 0 and "Dry run, nothing written" in out and f"{bra} added" in out
    assert not hq.exists()
    code, out = run("merge", "--format", "json", hq, demo_dir / "bra.habitat")
    doc = json.loads(out)
    assert doc["totals"]["added"] == bra and len(doc["files"][0]["sha256"]) == 64


def test_conflicts_resolve_review_feedback_apply_feedback(tmp_path):
    ken = tmp_path / "ken.habitat"
    ids = make_office(ken, n=2)
    hq = tmp_path / "hq.habitat"
    assert run("merge", hq, ken)[0] == 0
    code, out = run("review", hq, ids[0], "--return", "--comment", "Source missing")
    assert code == 0 and "1 record returned" in out
    assert run("review", hq, ids[0], "--return")[0] == 1  # no comment
    fb = tmp_path / "ken-feedback.json"
    code, out = run("feedback", hq, "--office", "KEN", "-o", fb)
    assert code == 0 and "1 returned" in out
    code, out = run("apply-feedback", ken, fb)
    assert code == 0 and "1 returned" in out and "Source missing" in out
    code, out = run("todo", ken)
    assert "1 record returned" in out
    # Two laptops edit the returned record differently.
    laptop = tmp_path / "ken-laptop.habitat"
    laptop.write_bytes(ken.read_bytes())
    for path, value in ((ken, "7"), (laptop, "8")):
        assert run("import", path, _csv(tmp_path, value))[0] == 0  # unrelated drafts do not travel
        from db.officefile import ResultsFile

        with ResultsFile.open(path) as f:
            f.update_record(ids[0], {"value": int(value)})
        assert run("submit", path, "--year", "2022")[0] == 0
    code, out = run("merge", hq, ken, laptop)
    assert code == 0 and "1 conflicts" in out
    code, out = run("conflicts", hq)
    assert ids[0] in out and "held now" in out and "1 record in conflict" in out
    code, listed = run("conflicts", hq, "--format", "json")
    copies = json.loads(listed)[0]["copies"]
    assert all(c["choice"] in out for c in copies)  # the text shows the choices in full
    code, out = run("resolve", hq, ids[0], "--keep", "1")
    assert code == 1 and "not a version" in out
    choice = next(c["choice"] for c in copies if c["value"] == 8)
    code, out = run("resolve", hq, ids[0], "--keep", choice)
    assert code == 0 and "ken-laptop.habitat" in out
    assert run("conflicts", hq)[1].strip().endswith("0 records in conflict")
    code, out = run("review", hq, "--validate", "--office", "KEN")
    assert code == 0 and "validated" in out


def _csv(tmp_path, value):
    path = tmp_path / f"rows{value}.csv"
    path.write_text(f"indicator,year,value,country\n1.1.a,2023,{value},KEN\n", encoding="utf-8")
    return path


def test_every_command_has_help():
    for command in COMMANDS:
        code, out = run(command.name, "--help")
        assert code == 0 and command.help and len(out) > 50
