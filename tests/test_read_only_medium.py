"""Files on a read-only medium (a CD, a write-protected stick, a read-only folder) open for reading.

Reading commands work on them and write nothing; writing commands say the file is on a read-only
medium, naming it; the window shows such a file for viewing, with a banner saying why.
"""

from __future__ import annotations

import errno
import json
import os

import pytest
from click.testing import CliRunner

from cli.main import main
from db.merge import merge_files
from tests.read_only_medium import as_ordinary_user, media, posix_only

pytestmark = posix_only
READ_ONLY_MEDIUM = "the file is on a read-only medium (a CD, a write-protected disk, a read-only folder or file): " \
                   "copy it to a folder you can write to"


@pytest.fixture
def medium_of():
    yield from media()


def run(*args):
    with as_ordinary_user():
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def headquarters(demo_dir, tmp_path_factory):
    hq = tmp_path_factory.mktemp("hq") / "hq.habitat"
    merge_files(hq, [demo_dir / "ken.habitat", demo_dir / "egy.habitat"])
    return hq


def test_reading_commands_read_an_office_file_on_a_read_only_medium(demo_dir, medium_of):
    medium = medium_of(demo_dir / "ken.habitat")
    ken, before = medium.files[0], medium.state()
    for args in (("list", ken, "--year", "2024"), ("validate", ken), ("check", ken), ("todo", ken),
                 ("framework", ken), ("export", ken, "--format", "json", "-o", "-"),
                 ("template", ken, "--year", "2025", "-o", medium.desk / "ken-2025.xlsx"),
                 ("history", ken, _first_record(ken))):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "read-only" not in result.output
    assert medium.state() == before


def test_reading_commands_read_a_headquarters_file_on_a_read_only_medium(headquarters, demo_dir, medium_of):
    medium = medium_of(headquarters)
    hq, before = medium.files[0], medium.state()
    for args in (("status", hq), ("conflicts", hq), ("check", hq), ("list", hq, "--office", "KEN"),
                 ("feedback", hq, "--office", "KEN", "-o", medium.desk / "ken-feedback.json"),
                 ("merge", hq, demo_dir / "bra.habitat", "--dry-run")):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
    assert json.loads((medium.desk / "ken-feedback.json").read_text(encoding="utf-8"))["office"] == "KEN"
    assert medium.state() == before


def test_writing_commands_say_the_file_is_on_a_read_only_medium_and_name_it(headquarters, demo_dir, medium_of,
                                                                             tmp_path):
    medium = medium_of(demo_dir / "ken.habitat", headquarters)
    ken, hq = medium.files
    before = medium.state()
    data = medium.desk / "more.csv"
    data.write_text("indicator,year,value,country,city\n1.1.a,2025,10,KEN,Lamu\n", encoding="utf-8")
    for args in (("import", ken, data), ("submit", ken, "--year", "2025"),
                 ("review", hq, "--office", "KEN", "--year", "2024", "--validate"),
                 ("merge", hq, demo_dir / "bra.habitat")):
        result = run(*args)
        target = hq if hq in args else ken
        assert result.exit_code == 1, (args, result.output)
        assert f"{target}: {READ_ONLY_MEDIUM}. Nothing was changed." in " ".join(result.output.split()), args
        assert "Traceback" not in result.output
    assert medium.state() == before


def test_a_new_file_in_a_read_only_folder_is_refused_in_words(demo_dir, medium_of):
    medium = medium_of(demo_dir / "ken.habitat")
    result = run("init", medium.folder / "new.habitat", "--office", "UGA", "--name", "Uganda", "--country", "UGA")
    assert result.exit_code == 1, result.output
    assert f"{medium.folder / 'new.habitat'}: {READ_ONLY_MEDIUM}" in " ".join(result.output.split())
    assert sorted(p.name for p in medium.folder.iterdir()) == ["ken.habitat"]


def test_an_export_beside_a_file_on_a_read_only_medium_names_where_it_would_go(demo_dir, medium_of):
    medium = medium_of(demo_dir / "ken.habitat")
    ken = medium.files[0]
    result = run("export", ken, "--format", "xlsx", "--draft")
    assert result.exit_code == 1
    out = medium.folder / "ken-annex-en.xlsx"
    assert f"{out}: cannot be written: its folder is on a read-only medium" in " ".join(result.output.split())
    assert "choose a folder you can write to" in " ".join(result.output.split())
    result = run("export", ken, "--format", "xlsx", "--draft", "-o", medium.desk / "annex.xlsx")
    assert result.exit_code == 0, result.output


def test_a_full_disk_under_an_export_is_said_as_for_a_results_file(demo_dir, tmp_path, monkeypatch):
    import exports.service

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(exports.service, "render", no_room)
    out = tmp_path / "annex.pdf"
    result = CliRunner().invoke(main, ["export", str(demo_dir / "ken.habitat"), "--draft", "-o", str(out)])
    assert result.exit_code == 1
    assert f"{out}: not saved: the disk is full. Nothing was changed; free some space and try again." \
        in " ".join(result.output.split())


def _first_record(path) -> str:
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(path) as results:
        return results.records(year=2024)[0].id


# --- the window ----------------------------------------------------------------------------------

def test_the_window_shows_a_file_on_a_read_only_medium_for_viewing(qtbot, app_home, demo_dir, medium_of,
                                                                   monkeypatch):
    from PySide6.QtCore import Qt

    from desktop.window import MainWindow
    from tests.grid_helpers import cell, open_window

    errors = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: errors.append(message))
    medium = medium_of(demo_dir / "ken.habitat")
    before = medium.state()
    window = open_window(qtbot, None)
    with as_ordinary_user():
        assert window.open_file(medium.files[0])
    assert errors == []
    assert window.results.readonly
    window.select_node("indicator", "1.1.a")
    window.year_box.setCurrentIndex(window.year_box.findData(2025))  # drafts: editable in a writable file
    assert window.record_model.rowCount() > 0
    assert window.lock_banner.isVisible()
    assert "read-only medium" in window.lock_banner.text()
    assert "copy it to a folder you can write to" in window.lock_banner.text()
    for action in (window.add_action, window.duplicate_action, window.delete_action, window.import_action,
                   window.submit_action, window.apply_feedback_action):
        assert not action.isEnabled(), action.text()
    index = cell(window, 0, "value")
    assert not window.record_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert window.narrative_edit.isReadOnly()
    window.add_action.trigger()  # disabled: nothing happens
    window.close()
    assert medium.state() == before


def test_a_headquarters_file_on_a_read_only_medium_shows_its_conflicts_and_history(qtbot, app_home, headquarters,
                                                                                  medium_of, monkeypatch):
    from desktop.window import MainWindow
    from tests.grid_helpers import cell, open_window

    errors = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, title, message: errors.append(message))
    monkeypatch.setattr(MainWindow, "show_conflicts_dialog", lambda self, dialog: None)
    medium = medium_of(headquarters)
    before = medium.state()
    window = open_window(qtbot, None)
    with as_ordinary_user():
        assert window.open_file(medium.files[0])
        assert window.results.readonly and window.is_headquarters()
        assert not window.validate_action.isEnabled() and not window.return_action.isEnabled()
        dialog = window.hq.open_conflicts()
        assert "read-only" not in dialog.message.text() and dialog.conflicts == []
        window.select_node("indicator", "1.1.a")
        window.grid.setCurrentIndex(cell(window, 0, "value"))
        history = window.show_history()
        assert history is not None and history.rows()[0][3] == "arrived with a merge"
        history.close()
    assert errors == []
    window.close()
    assert medium.state() == before
