"""Office codes typed in small letters: new files hold them in capitals; a code that finds an office
finds it whatever the case typed; files made before that hold 'ken' keep working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from db.merge import merge_files
from db.officefile import Office, ResultsFile
from tests.conftest import KENYA

PEOPLE = {"indicator": "1.1.a", "year": 2023, "value": 900, "country": "KEN", "city": "Kisumu"}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def submitted(path: Path, office: Office, cities=("Kisumu",)) -> Path:
    with ResultsFile.create(path, office) as f:
        f.add_records([{**PEOPLE, "city": city} for city in cities])
        f.submit_year(2023)
    return path


def office_codes(path: Path) -> list[str]:
    with ResultsFile.open_readonly(path) as f:
        return [o.code for o in f.offices()]


def test_init_stores_a_code_typed_in_small_letters_in_capitals_and_says_so(tmp_path):
    path = tmp_path / "ken.habitat"
    result = run("init", path, "--office", "ken", "--name", "Kenya", "--country", "KEN")
    assert result.exit_code == 0, result.output
    assert "Office code ken is stored as KEN (office codes are in capitals)." in result.output
    assert "(KEN)" in result.output and office_codes(path) == ["KEN"]
    # Typed in capitals: nothing to say.
    result = run("init", tmp_path / "bra.habitat", "--office", "BRA", "--name", "Brazil", "--country", "BRA")
    assert result.exit_code == 0 and "stored as" not in result.output


def test_the_office_profile_shows_capitals_as_typed_and_the_new_file_holds_them(qtbot, window, tmp_path,
                                                                               monkeypatch):
    from desktop.dialogs import OfficeProfileDialog

    target = tmp_path / "roaf.habitat"
    shown = []

    def fill_in_the_real_dialog():
        dialog = OfficeProfileDialog("en", window)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.code, "roaf-2")
        shown.append(dialog.code.text())
        qtbot.keyClicks(dialog.name, "Regional Office for Africa")
        dialog.country.setEditText("Kenya (KEN)")
        dialog.accept()
        assert dialog.result() == 1, dialog.problems.text()
        return dialog.office()

    monkeypatch.setattr(window, "ask_office_profile", fill_in_the_real_dialog)
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: target)
    window.new_action.trigger()
    assert shown == ["ROAF-2"]
    assert window.results.path == target and window.results.office.code == "ROAF-2"
    assert office_codes(target) == ["ROAF-2"]


@pytest.fixture
def hq(tmp_path) -> Path:
    """A headquarters file holding KEN (two records) and EGY."""
    ken = submitted(tmp_path / "ken.habitat", KENYA, ("Kisumu", "Lamu"))
    egy = submitted(tmp_path / "egy.habitat", Office("EGY", "Egypt", "EGY", "Arab States"))
    path = tmp_path / "hq.habitat"
    merge_files(path, [ken, egy])
    return path


def test_every_office_option_finds_the_office_whatever_the_case_typed(hq, tmp_path):
    note = "hq.habitat holds office ken as KEN."
    listed = run("list", hq, "--office", "ken")
    assert listed.exit_code == 0 and note in listed.output and listed.output.splitlines()[-1] == "2 records"
    as_json = CliRunner().invoke(main, ["list", str(hq), "--office", "Ken", "--format", "json"])
    assert [r["office"] for r in json.loads(as_json.stdout)] == ["KEN", "KEN"]  # the note goes to stderr
    assert "holds office Ken as KEN" in as_json.stderr
    conflicts = run("conflicts", hq, "--office", "ken")
    assert conflicts.exit_code == 0 and note in conflicts.output and "0 records in conflict" in conflicts.output
    reviewed = run("review", hq, "--office", "ken", "--validate")
    assert reviewed.exit_code == 0 and note in reviewed.output and "2 records validated." in reviewed.output
    out = tmp_path / "feedback.json"
    sent = run("feedback", hq, "--office", "ken", "-o", out)
    assert sent.exit_code == 0 and f"{out}: feedback for KEN: 2 validated, 0 returned." in sent.output
    assert json.loads(out.read_text(encoding="utf-8"))["office"] == "KEN"
    # A code the file does not hold is still named, with the codes it holds.
    unknown = run("conflicts", hq, "--office", "uga")
    assert unknown.exit_code == 1 and "no office uga in hq.habitat; offices: EGY, KEN" in unknown.output


def test_a_new_file_is_accepted_for_the_office_typed_in_small_letters(hq, tmp_path):
    (tmp_path / "new").mkdir()
    again = submitted(tmp_path / "new" / "ken.habitat", KENYA, ("Nairobi",))
    result = run("merge", hq, again, "--accept-new-file-for", "ken")
    assert result.exit_code == 0, result.output
    assert "new file for KEN accepted, replacing file" in result.output and "1 added" in result.output


def test_a_file_made_before_with_a_code_in_small_letters_keeps_working(tmp_path):
    """No migration: the file keeps 'ken', checks clean, merges, and is found as 'ken' or 'KEN'."""
    old = submitted(tmp_path / "old.habitat", Office("ken", "Kenya (old file)", "KEN", "Africa"))
    assert run("validate", old).exit_code == 0
    mine = run("list", old, "--office", "KEN")
    assert mine.exit_code == 0 and "old.habitat holds office KEN as ken." in mine.output
    assert mine.output.splitlines()[-1] == "1 record"
    (tmp_path / "hq").mkdir()
    ken = submitted(tmp_path / "hq" / "ken.habitat", KENYA, ("Lamu", "Nairobi"))
    hq = tmp_path / "hq.habitat"
    assert not merge_files(hq, [old, ken]).refused
    assert office_codes(hq) == ["KEN", "ken"]
    # Both are held: each exact code finds its own office; a third spelling could be either.
    assert run("list", hq, "--office", "ken").output.splitlines()[-1] == "1 record"
    assert run("list", hq, "--office", "KEN").output.splitlines()[-1] == "2 records"
    either = run("review", hq, "--office", "Ken", "--validate")
    assert either.exit_code == 1
    assert "office Ken could be KEN, ken in hq.habitat: type the code exactly as held" in either.output
