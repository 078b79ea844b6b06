"""File → Export entry template… in the real window (offscreen): the workbook it writes is read back."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool

from db.entry_template import ID_COLUMN
from db.officefile import ResultsFile
from desktop import entry_template, i18n
from desktop.app import create_window
from desktop.settings import Settings
from tests.conftest import strings_of, untranslated

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def window(qtbot, demo_dir, tmp_path):
    path = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", path)
    win = create_window(path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    win.errors = []
    win.show_error = lambda title, message: win.errors.append((title, message))
    return win


def choose(monkeypatch, out, year, lang, seen):
    def ask_choices(dialog):
        seen["dialog"] = dialog
        dialog.year_box.setCurrentIndex(dialog.year_box.findData(year))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(lang))
        return True

    monkeypatch.setattr(entry_template, "ask_choices", ask_choices)
    monkeypatch.setattr(entry_template, "ask_path", lambda parent, suggested: seen.update(suggested=suggested) or out)


def test_file_menu_writes_the_entry_template_of_the_chosen_year(qtbot, window, monkeypatch, tmp_path):
    seen = {}
    out = tmp_path / "kenya-2023"  # no extension typed: .xlsx is added
    choose(monkeypatch, out, 2023, "zh", seen)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.template_action in file_menu.actions() and window.template_action.isEnabled()
    before = window.results.path.read_bytes()
    window.template_action.trigger()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.waitUntil(lambda: "Entry template written" in window.statusBar().currentMessage(), timeout=60000)
    assert window.errors == []
    assert seen["suggested"].name == "ken-template-2023-zh.xlsx"
    written = tmp_path / "kenya-2023.xlsx"
    book = openpyxl.load_workbook(written)
    assert book.sheetnames == ["Entry", "说明", "列表"]
    header = [c.value for c in book["Entry"][1]]
    ids = {row[header.index(ID_COLUMN)] for row in book["Entry"].iter_rows(min_row=2, values_only=True)
           if row[header.index(ID_COLUMN)]}
    with ResultsFile.open(window.results.path) as results:
        assert ids == {r.id for r in results.records(year=2023)} and ids
    assert window.results.path.read_bytes() == before


def test_a_headquarters_file_has_no_entry_template(qtbot, window, demo_dir, tmp_path):
    from db.merge import merge_files

    hq = tmp_path / "hq.habitat"
    merge_files(hq, [demo_dir / "ken.habitat"])
    window.open_file(hq)
    assert not window.template_action.isVisible() and not window.template_action.isEnabled()


def test_the_dialog_in_chinese(qtbot, window, tmp_path):
    i18n.install_language("zh")
    dialog = entry_template.EntryTemplateDialog(range(2020, 2026), 2024, "zh", window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导出录入模板" and dialog.year() == 2024 and dialog.language() == "zh"
    dialog.grab().save(str(tmp_path / "entry-template-zh.png"))


def test_every_string_of_the_entry_template_is_translated_into_chinese(tmp_path):
    ours = strings_of(tmp_path, entry_template.__file__)
    assert len(ours) >= 10
    assert untranslated(ours) == []

