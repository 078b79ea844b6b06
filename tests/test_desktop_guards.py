"""What the desktop app guards against: half-applied deletions, text from files shown as rich
text, unsaved work dropped on close, a confirmation applied to another file, jobs outliving the
window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication, QProgressDialog

from db.errors import RecordLocked, RecordNotFound
from db.officefile import ResultsFile
from desktop import i18n, plain_text
from desktop.vocabulary import COLUMNS

WAIT_MS = 20000  # only reached when something is broken; CI runs on two busy cores


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture(autouse=True)
def no_modal_dialog_blocks(qtbot):
    """A modal dialog a test did not expect would wait for a click forever: close it, and fail."""
    from PySide6.QtCore import QTimer

    found = []

    def close_modal():
        dialog = QApplication.activeModalWidget()
        # A job's progress dialog appears on its own when the machine is slow, and goes with the job.
        if dialog is not None and not isinstance(dialog, QProgressDialog):
            found.append(dialog.windowTitle())
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(1000)
    yield
    timer.stop()
    assert found == [], f"a modal dialog was left open: {found}"


def cell(window, row: int, field: str):
    return window.record_model.index(row, COLUMNS.index(field))


def add_cities(path: Path, *cities: str) -> list[str]:
    """Store one 1.1.a draft record of 2025 per city; returns their ids."""
    with ResultsFile.open(path) as results:
        return [r.id for r in results.add_records(
            [{"indicator": "1.1.a", "year": 2025, "value": 100 + n, "country": "KEN", "city": city}
             for n, city in enumerate(cities)])]


def lock_behind_the_windows_back(path: Path, record_id: str) -> None:
    """Another program (a second window, a script) submits one record meanwhile."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE record SET status = 'submitted' WHERE id = ?", (record_id,))
    conn.close()


# --- 1.4: deleting several rows is one transaction -------------------------------------------------

def test_deleting_several_records_is_all_or_nothing_in_the_file(office_path):
    ids = add_cities(office_path, "Nairobi", "Kisumu", "Mombasa")
    lock_behind_the_windows_back(office_path, ids[1])
    with ResultsFile.open(office_path) as results:
        audit_before = len(results.audit_log())
        with pytest.raises(RecordLocked):
            results.set_deleted_many(ids, True)
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]
        assert len(results.audit_log()) == audit_before
        with pytest.raises(RecordNotFound):
            results.set_deleted_many([ids[0], "no-such-record"], True)
        assert not results.record(ids[0]).deleted

        done = results.set_deleted_many([ids[2], ids[0]], True, who="tester")
        assert [(r.id, r.deleted, r.version) for r in done] == [(ids[2], True, 2), (ids[0], True, 2)]
        log = results.audit_log()
        assert [(e["action"], e["who"]) for e in log[-2:]] == [("delete", "tester")] * 2
        results.set_deleted_many([ids[0], ids[2]], False)
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]


def test_a_locked_record_in_the_selection_deletes_nothing_and_keeps_undo(qtbot, window, office_path):
    ids = add_cities(office_path, "Nairobi", "Kisumu", "Mombasa")
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    model = window.record_model
    assert model.rowCount() == 3
    model.setData(cell(window, 0, "source"), "Field survey")  # an edit that can be undone
    assert window.undo_stack.count() == 1
    for row in range(3):
        assert not model.record(row).locked  # what the grid shows when the user presses Delete
    refusals = []
    model.refused.connect(refusals.append)
    middle = model.record(1).id
    lock_behind_the_windows_back(office_path, middle)

    window.grid.selectAll()
    window.grid_view.delete_records()

    with ResultsFile.open(office_path) as results:
        assert [r.deleted for r in results.records_by_id(ids)] == [False, False, False]
    assert len(refusals) == 1 and "locked" in refusals[0]
    # The grid shows the file as it is now: three rows, the middle one submitted and read-only.
    assert model.rowCount() == 3
    assert model.record(model.row_of(middle)).locked
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()
    window.undo_action.trigger()
    with ResultsFile.open(office_path) as results:
        assert all(r.source == "" for r in results.records_by_id(ids))


# --- 1.7: text from files is shown as written, never as rich text ----------------------------------

CRAFTED = "<b>x</b> <a href='https://example.org'>refused</a>"


def as_shown(text: str) -> str:
    """What Qt shows for a tooltip: rich text when it looks like HTML, else the text itself."""
    if not QtGuiNamespace.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n")


def test_tooltips_show_markup_from_files_as_written():
    assert as_shown(plain_text.tooltip(CRAFTED + "\nline two")) == CRAFTED + "\nline two"
    assert as_shown(plain_text.tooltip("a < b & c")) == "a < b & c"
    assert plain_text.tooltip("") == ""


def test_messages_quoting_a_file_are_plain_text(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(plain_text, "show", lambda box: shown.append((box.textFormat(), box.text())))
    window.show_error("Cannot open the file", CRAFTED)
    window.show_info("Feedback applied", CRAFTED)
    assert shown == [(Qt.TextFormat.PlainText, CRAFTED)] * 2
    assert window.export_done_box(Path(CRAFTED)).textFormat() == Qt.TextFormat.PlainText


def test_a_narrative_from_the_file_is_a_plain_tooltip(qtbot, window, office_path):
    with ResultsFile.open(office_path) as results:
        results.add_record({"indicator": "1.1.a", "year": 2025, "value": 5, "country": "KEN",
                            "city": "Nairobi", "narrative": CRAFTED})
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    assert as_shown(cell(window, 0, "narrative").data(Qt.ItemDataRole.ToolTipRole)) == CRAFTED


def test_a_refused_file_named_like_markup_is_reported_as_written(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "from the field"
    folder.mkdir()
    crafted = folder / "<b>ken.habitat"  # no "/" in a file name
    crafted.write_text("not a results file\n", encoding="utf-8")
    mw = window.open_merge_window()
    errors = []
    monkeypatch.setattr(mw, "show_error", lambda title, message: errors.append(message))
    mw.hq_edit.setText(str(tmp_path / "<i>hq.habitat"))
    assert mw.add_office_files([crafted]) == 1
    assert as_shown(mw.files_list.item(0).toolTip()) == str(crafted)
    assert mw.preview() is not None
    qtbot.waitUntil(lambda: mw.job is None, timeout=WAIT_MS)
    assert errors == [] and mw.report.files[0].refused
    for column in range(mw.report_table.columnCount()):
        assert as_shown(mw.report_table.item(0, column).toolTip()) == mw.report.files[0].refused
    assert "<b>ken.habitat" in mw.report.files[0].refused
    assert mw.summary.textFormat() == Qt.TextFormat.PlainText and "<i>hq.habitat" in mw.summary.text()
    mw.close()


# --- 1.8: closing or opening another file asks before dropping what is not stored ------------------

def leave_an_unfinished_row(window) -> None:
    """An incomplete row the file could not keep: another program held it while the row was typed."""
    window.select_node("indicator", "1.1.c")  # counts cities: a row without one is not a record yet
    window.add_action.trigger()
    blocker = sqlite3.connect(window.results.path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.results.conn.execute("PRAGMA busy_timeout = 0")
        window.record_model.setData(cell(window, 0, "source"), "Waste Wise Cities report")
    finally:
        blocker.rollback()
        blocker.close()
        window.results.conn.execute("PRAGMA busy_timeout = 5000")
    assert window.record_model.unsaved_rows() == 1


def test_closing_with_an_unfinished_row_asks_and_cancel_keeps_the_window(qtbot, window, demo_dir):
    leave_an_unfinished_row(window)
    asked = []
    window.confirm_discard = lambda rows, narrative: asked.append((rows, narrative)) or False
    assert not window.close()
    assert asked == [(1, False)] and window.isVisible() and window.results is not None
    # Opening another file asks too; Cancel keeps the file and the row.
    assert not window.open_file(demo_dir / "egy.habitat")
    assert asked[-1] == (1, False) and window.record_model.unsaved_rows() == 1
    window.confirm_discard = lambda rows, narrative: asked.append((rows, narrative)) or True
    assert window.close() and window.results is None


def test_a_narrative_the_file_refused_is_not_dropped_silently(qtbot, window, office_path):
    window.select_node("outcome", "1.2")
    window.narrative_edit.setPlainText("Tenure security improved.")
    asked = []
    window.confirm_discard = lambda rows, narrative: asked.append((rows, narrative)) or False
    blocker = sqlite3.connect(office_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        window.results.conn.execute("PRAGMA busy_timeout = 0")
        assert not window.close()
    finally:
        blocker.rollback()
        blocker.close()
    assert asked == [(0, True)] and window.isVisible()
    window.confirm_discard = lambda rows, narrative: asked.append((rows, narrative)) or True
    assert window.close() and asked == [(0, True)]  # stored this time: no question
    with ResultsFile.open(office_path) as results:
        assert results.outcome_narratives()[("1.2", window.year)] == "Tenure security improved."


# --- 1.10: no background job outlives the window -----------------------------------------------------

def test_closing_the_window_cancels_and_waits_for_its_jobs(qtbot, window):
    import threading
    import time

    from PySide6.QtCore import QThreadPool

    from db.progress import report
    from desktop.jobs import run_with_progress

    started, ended = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        try:
            while True:  # until Cancel: raises Cancelled at the first report after it
                report(progress, 0, None)
                time.sleep(0.005)
        finally:
            ended.set()

    done = []
    job = run_with_progress(window, "Working", work, on_done=done.append, on_error=done.append)
    try:
        qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
        assert window.close()
        assert ended.is_set(), "the job was still running after the window closed"
        assert QThreadPool.globalInstance().activeThreadCount() == 0
    finally:
        job.cancel()  # never leave the worker looping, even when the test fails
        QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert done == []


# --- 1.9: the submit confirmation applies to the file that was checked ----------------------------------

def test_a_submit_checked_on_one_file_is_not_applied_to_another(qtbot, window, office_path, demo_dir, tmp_path):
    import shutil

    add_cities(office_path, "Nairobi")
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    asked, errors = [], []
    window.confirm_submit = lambda *args: asked.append(args) or True
    window.show_error = lambda title, message: errors.append(message)
    window.office.submit_year()
    other = tmp_path / "other" / "egy.habitat"
    other.parent.mkdir()
    shutil.copy(demo_dir / "egy.habitat", other)
    assert window.open_file(other)  # before the check reports back
    qtbot.waitUntil(lambda: bool(errors or asked), timeout=WAIT_MS)
    assert asked == [] and len(errors) == 1 and "ken.habitat" in errors[0]
    with ResultsFile.open(other) as results:
        assert results.status_counts(2025).get("draft", 0) > 0  # the demo's 2025 drafts stay drafts
    with ResultsFile.open(office_path) as results:
        assert results.status_counts(2025) == {"draft": 1}


# --- 1.14: the app's folders and the translation cache ----------------------------------------------

def test_a_relative_home_stays_where_it_was_first_seen(tmp_path, monkeypatch):
    from desktop import paths

    monkeypatch.setattr(paths, "_resolved_homes", {})  # as at start-up
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HABITAT_RESULTS_HOME", "portable-home")
    first = paths.data_dir()
    assert first == tmp_path / "portable-home" / "data" and first.is_absolute()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # a file dialog may change the working folder
    assert paths.data_dir() == first and paths.default_office_file().parent == first


def test_the_translation_cache_follows_the_ts_content_not_its_time(tmp_path):
    import os

    from PySide6.QtCore import QTranslator

    if i18n.lrelease_program() is None:
        pytest.skip("lrelease is not shipped with this PySide6")
    ts = tmp_path / "habitat_zh_CN.ts"
    source = i18n.ts_file("zh").read_text(encoding="utf-8")
    ts.write_text(source, encoding="utf-8")
    folder = tmp_path / "cache"
    first = i18n.build_qm(ts, folder)
    assert i18n.build_qm(ts, folder) == first  # built once
    # An upgrade changes a translation, but its .ts carries an older time (as from a wheel).
    marker = "<translation>导出附件</translation>"
    assert marker in source
    ts.write_text(source.replace(marker, "<translation>导出附件（新）</translation>"), encoding="utf-8")
    os.utime(ts, (0, 0))
    second = i18n.build_qm(ts, folder)
    assert second != first and second.is_file() and not first.exists()
    translator = QTranslator()
    assert translator.load(str(second))
    assert translator.translate("ExportDialog", "Export annex") == "导出附件（新）"
    assert [p.name for p in folder.iterdir()] == [second.name]  # no temporary file left
