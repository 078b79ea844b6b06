"""The pre-publication check in the app, through the real window (offscreen): the export dialog shows
it first and refuses a blocked annex unless a working draft is chosen; Submit year… lists the
year's problems; headquarters sees what it received; a second file for an office is asked about."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog

from db.merge import merge_files, merge_log
from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.settings import Settings
from tests.broken_demo import write_broken_headquarters
from tests.conftest import KENYA
from tests.test_desktop_merge import merge_window, run
from tests.conftest import strings_of, untranslated

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py
MARK = "Working draft — not for publication"
SHOTS = Path(os.environ["HABITAT_SHOTS"]) if os.environ.get("HABITAT_SHOTS") else None  # to look at them


@pytest.fixture(scope="module")
def broken(demo_dir, tmp_path_factory) -> dict:
    return write_broken_headquarters(demo_dir, tmp_path_factory.mktemp("broken"))


def make_window(qtbot, path: Path, monkeypatch):
    win = create_window(path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    win.finished, win.errors = [], []
    monkeypatch.setattr(win, "show_export_done", lambda path: win.finished.append(path))
    monkeypatch.setattr(win, "show_error", lambda title, message: win.errors.append((title, message)))
    return win


def export_through_menu(qtbot, win, monkeypatch, fill):
    seen = {}

    def ask_export(dialog):
        seen["dialog"] = dialog
        qtbot.waitUntil(lambda: dialog.check_panel.report is not None, timeout=30000)
        fill(dialog)
        dialog.export_button.click()
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted
        return seen["accepted"]

    monkeypatch.setattr(win, "ask_export", ask_export)
    win.export_action.trigger()
    return seen


def test_the_export_dialog_shows_the_check_and_refuses_a_blocked_annex(qtbot, broken, tmp_path, monkeypatch):
    hq = tmp_path / "hq.habitat"
    shutil.copy(broken["hq"], hq)
    win = make_window(qtbot, hq, monkeypatch)
    out = tmp_path / "annex.pdf"
    shown = {}

    def refuse(dialog):
        dialog.set_years(2020, 2025)
        qtbot.waitUntil(lambda: dialog.check_panel.report is not None and dialog.working_draft_box.isVisibleTo(dialog),
                        timeout=30000)
        dialog.path_edit.setText(str(out))
        shown["verdict"] = dialog.check_panel.verdict.text()
        shown["lines"] = dialog.check_panel.lines()
        if SHOTS:
            dialog.grab().save(str(SHOTS / "export-blocked.png"))

    seen = export_through_menu(qtbot, win, monkeypatch, refuse)
    assert seen["accepted"] is False and not out.exists()
    assert shown["verdict"].startswith("Not ready to publish: 6 blocking problem(s)")
    assert f"Blocking: record {broken['disputed']} (KEN 1.2.d 2025): 2 versions, none chosen; resolve it in " \
           "Review → Conflicts" in shown["lines"]
    assert "Blocking: country TZA: 1.2.e is 1,500 %, above 100 %" in shown["lines"]
    assert any(line.startswith("Warning: EGY 2025: draft only in the office") for line in shown["lines"])
    assert seen["dialog"].problem.isVisibleTo(seen["dialog"])
    assert "blocking problems" in seen["dialog"].problem.text()

    def draft(dialog):
        dialog.set_years(2020, 2025)
        qtbot.waitUntil(lambda: dialog.working_draft_box.isVisibleTo(dialog), timeout=30000)
        dialog.working_draft_box.setChecked(True)
        dialog.path_edit.setText(str(out))

    seen = export_through_menu(qtbot, win, monkeypatch, draft)
    assert seen["accepted"]
    qtbot.waitUntil(lambda: bool(win.finished or win.errors), timeout=60000)
    assert win.errors == [] and win.finished == [out]
    with pdfplumber.open(out) as pdf:
        assert all(MARK in (p.extract_text() or "").replace("\n", "") for p in pdf.pages)


def test_a_clean_annex_is_ready_and_exported_without_a_mark(qtbot, demo_dir, tmp_path, monkeypatch):
    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    win = make_window(qtbot, ken, monkeypatch)
    out = tmp_path / "annex.pdf"
    shown = {}

    def fill(dialog):
        shown["verdict"] = dialog.check_panel.verdict.text()
        shown["draft box"] = dialog.working_draft_box.isVisibleTo(dialog)
        dialog.path_edit.setText(str(out))

    seen = export_through_menu(qtbot, win, monkeypatch, fill)
    assert seen["accepted"] and shown == {"verdict": "Ready to publish: no blocking problems, 0 warning(s).",
                                          "draft box": False}
    qtbot.waitUntil(lambda: bool(win.finished or win.errors), timeout=60000)
    with pdfplumber.open(out) as pdf:
        assert not any(MARK in (p.extract_text() or "") for p in pdf.pages)
    win.grab().save(str(tmp_path / "shot.png"))


def test_submit_year_lists_the_check_of_the_year(qtbot, demo_dir, tmp_path, monkeypatch):
    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    with ResultsFile.open(ken) as f:
        f.add_records([{"indicator": "1.2.a", "year": 2025, "value": 5000, "country": "TZA"},
                       {"indicator": "1.2.d", "year": 2025, "value": 4000, "country": "TZA"},
                       {"indicator": "1.2.g", "year": 2025, "country": "UGA"}])
    win = make_window(qtbot, ken, monkeypatch)
    assert win.year == 2025  # the year still open
    seen = {}

    def confirm(year, to_submit, problems, unsaved, warnings=()):
        seen.update(year=year, problems=problems, warnings=list(warnings))
        return False

    monkeypatch.setattr(win, "confirm_submit", confirm)
    win.submit_action.trigger()
    qtbot.waitUntil(lambda: "year" in seen, timeout=30000)
    assert "country TZA: 1.2.a is 5,000 but 1.2.d is 4,000; rule 1.2.a ≤ 1.2.d" in seen["problems"]
    assert "country TZA: 1.2.e is 125 %, above 100 %" in seen["problems"]
    assert any(w.startswith("country UGA: 1.2.g is 1 but 1.2.f is not reported") for w in seen["warnings"])
    with ResultsFile.open(ken) as f:
        assert f.status_counts(2025).get("submitted", 0) == 0  # not confirmed: nothing submitted


def test_the_submit_dialog_shows_problems_and_warnings(qtbot):
    from desktop.dialogs import SubmitDialog

    dialog = SubmitDialog(2025, {"1.2.a": 1}, ["country TZA: 1.2.e is 125 %, above 100 %"], 0,
                          warnings=["KEN 1.1.a 2025: 900,000 is far from the office's earlier years"])
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()
    assert dialog.warning_list.item(0).text().startswith("KEN 1.1.a 2025")


def test_headquarters_sees_offices_and_years_received(qtbot, broken, tmp_path, monkeypatch):
    hq = tmp_path / "hq.habitat"
    shutil.copy(broken["hq"], hq)
    win = make_window(qtbot, hq, monkeypatch)
    assert win.status_action.isVisible()
    dialog = win.hq.open_status()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30000)  # counted on a worker thread
    assert dialog.state("KEN", 2025) == "submitted" and dialog.state("EGY", 2025) == "draft only in the office"
    assert dialog.state("BRA", 2020) == "submitted"
    coverage = {dialog.coverage.item(r, 0).text().split()[0]: dialog.coverage.item(r, 1).text()
                for r in range(dialog.coverage.rowCount())}
    assert coverage["1.1.a"] == "5 of 5" and "1.2.e" not in coverage
    dialog.grab().save(str(tmp_path / "status.png"))
    if SHOTS:
        dialog.grab().save(str(SHOTS / "status.png"))


def test_an_office_window_has_no_headquarters_view(qtbot, demo_dir, tmp_path, monkeypatch):
    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    win = make_window(qtbot, ken, monkeypatch)
    assert not win.status_action.isVisible() and win.hq is None


def test_the_merge_window_asks_before_accepting_another_file_for_an_office(qtbot, demo_dir, tmp_path, monkeypatch):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [demo_dir / "ken.habitat"])
    again = tmp_path / "ken-reinstalled.habitat"
    with ResultsFile.create(again, KENYA) as f:
        f.add_records([{"indicator": "1.1.a", "year": 2024, "value": 1000, "country": "KEN", "city": "Nairobi"}])
        f.submit_year(2024)
    win = make_window(qtbot, hq, monkeypatch)
    mw = merge_window(qtbot, win, monkeypatch, hq, [again])
    asked = []
    monkeypatch.setattr(mw, "confirm_new_file", lambda office, path, reason: asked.append((office, reason)) or False)
    report = run(qtbot, mw, mw.merge)
    assert report.refused and [a[0] for a in asked] == ["KEN"]
    assert "held at headquarters from another file" in asked[0][1]
    assert len(merge_log(hq)) == 1

    asked.clear()
    monkeypatch.setattr(mw, "confirm_new_file", lambda office, path, reason: asked.append(office) or True)
    run(qtbot, mw, mw.merge)
    qtbot.waitUntil(lambda: mw.report is not None and not mw.report.refused and mw.job is None, timeout=60000)
    assert asked == ["KEN"]
    assert mw.report.files[0].replaces_file_id and "1 added" in mw.report.files[0].summary()
    assert [b["replaces_file_id"] != "" for b in merge_log(hq)] == [False, True]


def test_the_check_reads_in_chinese(qtbot, broken):
    from desktop import i18n
    from desktop.check_panel import CheckPanel
    from exports.check import check_file

    i18n.install_language("zh")  # app_home puts English back afterwards
    panel = CheckPanel()
    qtbot.addWidget(panel)
    panel.show_report(check_file(broken["hq"]))
    assert panel.verdict.text().startswith("尚不能发布：6 个阻止发布的问题")
    lines = panel.lines()
    assert "阻止发布: 国家 TZA：1.2.e 为 1,500%，超过 100%" in lines
    assert any(line.startswith("警告: EGY 2025：仅在办事处有草稿") for line in lines)
    panel.show_report(check_file(broken["ken"]))  # an office file, its drafts left out
    assert any(line.startswith("警告: ") and "条未提交的记录（草稿或已退回）未经检查" in line for line in panel.lines())
    panel.show_report(check_file(broken["hq"]))
    # The core's own words stay at hand, in the tooltip.
    assert panel.listing.item(0).toolTip().startswith(f"record {broken['disputed']}")


def test_every_string_of_the_check_screens_is_translated_into_chinese(tmp_path):
    ours = strings_of(tmp_path, "check_text.py", "check_panel.py", "status_dialog.py")
    assert len(ours) > 25
    assert untranslated(ours) == []

