"""The export dialog driven through the real window (offscreen): the files it writes are read back
(XLSX with openpyxl, PDF with pdfplumber, JSON) and checked against ``exports.aggregate_file``."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from desktop import i18n
from desktop.app import create_window
from desktop.export_dialog import ExportDialog, document_defaults
from desktop.settings import Settings
from exports import aggregate_file
from tests.conftest import strings_of, untranslated

# Generous: a bound only matters when something is broken, and CI runs on two busy cores.
WAIT_S = 60

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def ken_path(demo_dir, tmp_path) -> Path:
    """Kenya's demo office file (2020–2024 submitted, 2025 draft), copied: the shared one stays as it is."""
    path = tmp_path / "office" / "ken.habitat"
    path.parent.mkdir()
    shutil.copy(demo_dir / "ken.habitat", path)
    return path


@pytest.fixture
def window(qtbot, ken_path, monkeypatch):
    win = create_window(ken_path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    win.finished, win.errors = [], []
    monkeypatch.setattr(win, "show_export_done", lambda path: win.finished.append(path))
    monkeypatch.setattr(win, "show_error", lambda title, message: win.errors.append((title, message)))
    return win


def export_through_menu(window, monkeypatch, fill) -> ExportDialog:
    """File → Export annex…: ``fill`` sets the real dialog up, then its Export button is clicked."""
    seen = {}

    def ask_export(dialog):
        seen["dialog"] = dialog
        fill(dialog)
        dialog.export_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_export", ask_export)
    window.export_action.trigger()
    return seen["dialog"]


def wait_for_export(qtbot, window) -> None:
    qtbot.waitUntil(lambda: bool(window.finished or window.errors), timeout=WAIT_S * 1000)


def test_xlsx_in_chinese_holds_the_totals_of_the_aggregation(qtbot, window, ken_path, monkeypatch):
    def fill(dialog):
        # The defaults first: PDF, the UI's language, the plan's years up to the last submitted one
        # (2025 holds only drafts), no drafts, beside the office file.
        assert (dialog.format(), dialog.language()) == ("pdf", "en")
        assert (dialog.first_year.value(), dialog.last_year.value()) == (2020, 2024)
        assert not dialog.drafts_box.isChecked() and dialog.details.isHidden()
        assert dialog.output_path() == ken_path.parent / "ken-annex-en.pdf"
        dialog.set_format("xlsx")
        dialog.set_language("zh")
        dialog.set_years(2020, 2024)
        # The name and its extension follow the format and the language; the masthead the language.
        assert dialog.output_path() == ken_path.parent / "ken-annex-zh.xlsx"
        assert dialog.document_edits["title"].text() == document_defaults("zh")["title"]

    export_through_menu(window, monkeypatch, fill)
    wait_for_export(qtbot, window)
    out = ken_path.parent / "ken-annex-zh.xlsx"
    assert window.errors == [] and window.finished == [out]

    annex = aggregate_file(ken_path, years="2020-2024")
    ws = load_workbook(out)["附件一"]
    assert [c.value for c in ws[4]][4:9] == [2020, 2021, 2022, 2023, 2024]
    total_col = 5 + 5
    assert str(ws.cell(3, total_col).value).startswith("合计")
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    checked = 0
    for result in annex.results:
        if result.rule == "sum" and result.reported:
            assert ws.cell(rows[result.code], total_col).value == result.total.value, result.code
            checked += 1
    assert checked >= 5
    assert "2025" not in str(ws.cell(3, total_col).value)  # the years asked for, not the whole plan

    # The choices are remembered for the next export.
    again = ExportDialog(ken_path, window.results.framework.years, window.settings, "en")
    qtbot.addWidget(again)
    assert (again.format(), again.language(), again.first_year.value(), again.last_year.value()) == \
        ("xlsx", "zh", 2020, 2024)
    assert again.output_path() == out


def test_pdf_carries_the_masthead_typed_in_the_document_details(qtbot, window, ken_path, tmp_path, monkeypatch):
    out = tmp_path / "elsewhere" / "annex for the meeting"
    out.parent.mkdir()

    def fill(dialog):
        dialog.show_details(True)
        assert dialog.details.isVisibleTo(dialog)
        dialog.document_edits["job_number"].setText("K9876543")
        dialog.document_edits["title"].setText("Results of the Kenya office, 2020–2024")
        dialog.set_years(2020, 2024)
        dialog.path_edit.setText(str(out))  # no extension typed: the format's is added

    export_through_menu(window, monkeypatch, fill)
    wait_for_export(qtbot, window)
    pdf = out.with_name("annex for the meeting.pdf")
    assert window.errors == [] and window.finished == [pdf]
    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    for expected in ("United Nations", "HSP/OECPR.2025/5", "Distr.: General", "K9876543",
                     "Report of the Executive Director"):
        assert expected in first, expected
    assert "Results of the Kenya office, 2020–2024" in " ".join(text.split())
    assert "Working view" not in text  # no drafts asked for


def test_drafts_are_counted_only_when_asked(qtbot, window, ken_path, tmp_path, monkeypatch):
    out = tmp_path / "drafts.json"

    def fill(dialog):
        dialog.set_format("json")
        dialog.set_years(2025, 2025)
        dialog.drafts_box.setChecked(True)
        dialog.path_edit.setText(str(out))

    export_through_menu(window, monkeypatch, fill)
    wait_for_export(qtbot, window)
    assert window.errors == []
    data = {row["code"]: row for row in json.loads(out.read_text(encoding="utf-8"))}
    with_drafts = aggregate_file(ken_path, years="2025", include_drafts=True)
    reported = [r for r in with_drafts.results if r.rule != "derived" and r.reported]
    assert len(reported) >= 3  # the demo's 2025 drafts hold figures
    for result in reported:
        assert data[result.code]["total"] == result.total.value, result.code
    # Without drafts 2025 holds nothing: the figures above came from the check box.
    assert not any(r.reported for r in aggregate_file(ken_path, years="2025").results)


def test_cancelled_export_leaves_no_file(qtbot, window, ken_path, monkeypatch):
    import exports

    # The export waits, on its worker thread, until Cancel has been clicked: the cancel always
    # lands mid-work, however fast or slow the machine is.
    started, clicked = threading.Event(), threading.Event()
    real_export = exports.export_annex

    def export_after_the_click(*args, **kwargs):
        started.set()
        assert clicked.wait(WAIT_S), "the test never clicked Cancel"
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exports, "export_annex", export_after_the_click)
    try:
        export_through_menu(window, monkeypatch, lambda dialog: None)
        progress = window.findChild(QProgressDialog)
        assert progress is not None
        qtbot.waitUntil(started.is_set, timeout=WAIT_S * 1000)
        progress.findChild(QPushButton).click()  # Cancel
    finally:
        clicked.set()  # never leave the worker waiting, even when the test fails
    assert QThreadPool.globalInstance().waitForDone(WAIT_S * 1000)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=WAIT_S * 1000)
    assert window.finished == [] and window.errors == []
    # Only the office file (and SQLite's companions of it): no annex, no half-written temporary file.
    assert [p.name for p in ken_path.parent.iterdir() if not p.name.startswith("ken.habitat")] == []


def test_an_unwritable_destination_shows_the_error(qtbot, window, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")

    def fill(dialog):
        dialog.set_format("xlsx")
        dialog.path_edit.setText(str(not_a_folder / "annex.xlsx"))

    export_through_menu(window, monkeypatch, fill)
    wait_for_export(qtbot, window)
    assert window.finished == []
    [(title, message)] = window.errors
    assert title == "Export failed" and "not written" in message and "notes.txt" in message
    assert not_a_folder.read_text() == "a file, not a folder"


def test_the_dialog_refuses_a_folder_and_asks_before_replacing_a_file(qtbot, ken_path, tmp_path):
    dialog = ExportDialog(ken_path, range(2020, 2026), Settings(), "en")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path))
    dialog.export_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and "is a folder" in dialog.problem.text()

    existing = tmp_path / "annex.pdf"
    existing.write_bytes(b"an older annex")
    asked = []
    dialog.confirm_overwrite = lambda path: asked.append(path) or False
    dialog.path_edit.setText(str(existing))
    dialog.export_button.click()
    assert asked == [existing] and dialog.result() != QDialog.DialogCode.Accepted

    # Chosen in the Save-as picker (which asks itself): not asked again; the extension follows the format.
    dialog.ask_output_path = lambda suggested, filter_text: tmp_path / "annex"
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(existing)
    dialog.export_button.click()
    assert asked == [existing] and dialog.result() == QDialog.DialogCode.Accepted
    assert existing.read_bytes() == b"an older annex"  # nothing is written before the export runs


def test_the_finished_message_opens_the_file(qtbot, ken_path, monkeypatch):
    win = create_window(ken_path, Settings(), lang="en")
    qtbot.addWidget(win)
    opened = []
    monkeypatch.setattr(win, "open_external", lambda path: opened.append(path) or True)
    box = win.export_done_box(ken_path)
    assert str(ken_path) in box.text()
    box.show()
    box.open_button.click()
    assert opened == [ken_path]


def test_chinese_interface_and_the_annex_language_switch(qtbot, ken_path):
    i18n.install_language("zh")
    dialog = ExportDialog(ken_path, range(2020, 2026), Settings(), "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导出附件" and dialog.export_button.text() == "导出"
    assert dialog.language() == "zh" and dialog.output_path().name == "ken-annex-zh.pdf"
    assert dialog.document_edits["title"].text() == document_defaults("zh")["title"]
    # Switching the annex language replaces the report's text but keeps what the user typed.
    dialog.document_edits["job_number"].setText("K1111111")
    dialog.set_language("en")
    assert dialog.document_edits["title"].text() == document_defaults("en")["title"]
    assert dialog.document_edits["job_number"].text() == "K1111111"
    dialog.reset_button.click()
    assert dialog.document_edits["job_number"].text() == document_defaults("en")["job_number"]
    # An emptied field takes the report's text again.
    dialog.document_edits["title"].clear()
    assert dialog.document_settings().resolved().title == document_defaults("en")["title"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_check_box_text_is_cut_at_the_edge_of_the_dialog(qtbot, ken_path, lang):
    """A check box does not wrap its text: each one must fit the dialog as it opens."""
    from PySide6.QtWidgets import QCheckBox

    i18n.install_language(lang)
    dialog = ExportDialog(ken_path, range(2020, 2026), Settings(), lang)
    qtbot.addWidget(dialog)
    for details in (False, True):
        dialog.show_details(details)
        dialog.show()
        qtbot.waitExposed(dialog)
        boxes = dialog.findChildren(QCheckBox)
        assert dialog.figures_box in boxes
        for box in boxes:
            if box.isVisible():
                assert box.sizeHint().width() <= box.width(), (details, box.text())


def test_layout_direction_follows_the_app(qtbot, ken_path):
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog = ExportDialog(ken_path, range(2020, 2026), Settings(), "en")
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft() and dialog.details_button.arrowType() == Qt.ArrowType.LeftArrow


def test_remembered_years_outside_the_plan_of_the_file_are_ignored(qtbot, ken_path):
    settings = Settings()
    settings.set_value("export/first_year", 2016)
    settings.set_value("export/last_year", 2019)
    settings.set_value("export/format", "docx")
    dialog = ExportDialog(ken_path, range(2020, 2026), settings, "en", official_years=[2020, 2021])
    qtbot.addWidget(dialog)
    assert (dialog.first_year.value(), dialog.last_year.value(), dialog.format()) == (2020, 2021, "pdf")
    dialog.first_year.setValue(2024)
    dialog.last_year.setValue(2022)  # the period never runs backwards
    assert (dialog.first_year.value(), dialog.last_year.value()) == (2022, 2022)


def test_every_string_of_the_export_is_translated_into_chinese(tmp_path):
    """lupdate finds the strings in the code; each must have a Chinese translation in the committed .ts."""
    ours = [key for key in strings_of(tmp_path, "export_dialog.py", "export_work.py")
            if key[0] in ("ExportDialog", "ExportWork")]
    assert len(ours) > 30
    assert untranslated(ours) == []



def test_the_dialog_and_the_command_line_name_the_annex_alike(qtbot, ken_path):
    from click.testing import CliRunner

    from cli.main import main

    dialog = ExportDialog(ken_path, range(2020, 2026), Settings(), "en")
    qtbot.addWidget(dialog)
    offered = [dialog.language_box.itemData(i) for i in range(dialog.language_box.count())]
    lang_option = next(p for p in main.commands["export"].params if p.name == "lang")
    assert offered == list(lang_option.type.choices) == ["ar", "en", "es", "fr", "ru", "zh"]
    for lang, fmt in (("zh", "csv"), ("en", "json")):
        dialog.set_language(lang)
        dialog.set_format(fmt)
        result = CliRunner().invoke(main, ["export", str(ken_path), "--lang", lang, "--format", fmt])
        assert result.exit_code == 0, result.output
        written = ken_path.parent / dialog.output_path().name
        assert dialog.output_path().name == f"ken-annex-{lang}.{fmt}" and written.is_file()
        assert str(written) in result.output
