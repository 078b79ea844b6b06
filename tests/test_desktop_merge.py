"""Headquarters in the app, driven through the real window (offscreen) on copies of the demo files:
merge preview and merge, refused files, conflicts side by side, review from the grid, feedback
written at headquarters and applied in the office, to-dos."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import list_conflicts, merge_files
from db.officefile import ResultsFile, connect
from desktop import plain_text
from desktop.app import create_window
from desktop.conflicts_dialog import ConflictsDialog
from desktop.merge_window import REPORT_FIELDS
from desktop.terms import country_label
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS


pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py


@pytest.fixture
def offices(demo_dir, tmp_path) -> dict[str, Path]:
    """Copies of the five demo office files (the shared ones stay as they are)."""
    folder = tmp_path / "offices"
    folder.mkdir()
    out = {}
    for path in sorted(demo_dir.glob("*.habitat")):
        out[path.stem] = folder / path.name
        shutil.copy(path, out[path.stem])
    return out


def submitted_count(path: Path) -> int:
    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM record WHERE status IN ('submitted', 'validated') "
                            "AND deleted = 0").fetchone()[0]
    finally:
        conn.close()


def make_window(qtbot, path: Path | None, monkeypatch):
    win = create_window(path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    win.errors, win.infos = [], []
    monkeypatch.setattr(win, "show_error", lambda title, message: win.errors.append((title, message)))
    monkeypatch.setattr(win, "show_info", lambda title, message: win.infos.append((title, message)))
    return win


def merge_window(qtbot, win, monkeypatch, hq: Path, files: list[Path], *, open_after=False):
    mw = win.open_merge_window()
    mw.errors = []
    monkeypatch.setattr(mw, "show_error", lambda title, message: mw.errors.append((title, message)))
    monkeypatch.setattr(mw, "ask_open_headquarters", lambda path: open_after)
    mw.hq_edit.setText(str(hq))
    assert mw.add_office_files(files) == len(files)
    return mw


def run(qtbot, mw, start):
    job = start()
    assert job is not None
    qtbot.waitUntil(lambda: mw.job is None, timeout=60000)
    return mw.report


def table_rows(mw) -> list[dict[str, str]]:
    table = mw.report_table
    return [{field: table.item(r, c).text() for c, field in enumerate(REPORT_FIELDS)}
            for r in range(table.rowCount())]


def test_preview_shows_the_report_and_writes_nothing(qtbot, offices, tmp_path, monkeypatch):
    win = make_window(qtbot, offices["ken"], monkeypatch)
    hq = tmp_path / "hq" / "headquarters.habitat"
    hq.parent.mkdir()
    bad = tmp_path / "offices" / "notes.habitat"
    bad.write_text("minutes of the regional meeting, not an office file\n", encoding="utf-8")
    files = [offices[k] for k in ("ken", "roaf", "egy")] + [bad]
    mw = merge_window(qtbot, win, monkeypatch, hq, files)
    assert not mw.open_button.isEnabled()

    report = run(qtbot, mw, mw.preview)
    assert report.dry_run and not hq.exists() and list(hq.parent.iterdir()) == []
    rows = table_rows(mw)
    assert [r["file"] for r in rows] == ["ken.habitat", "roaf.habitat", "egy.habitat", "notes.habitat"]
    for row, key in zip(rows, ("ken", "roaf", "egy")):
        assert row["office"] == key.upper()
        assert int(row["added"]) == submitted_count(offices[key]) > 0
        assert row["result"] == "Would be merged · unsigned"  # the demo files are unsigned
    refused = rows[3]
    assert refused["result"].startswith("Refused: ") and str(bad) not in refused["result"]
    assert report.files[3].refused.endswith(refused["result"][len("Refused: "):])
    assert mw.report_table.item(3, 0).background().color().name() == "#f8d7da"  # it stands out
    assert "Preview, nothing written to headquarters.habitat" in mw.summary.text()
    assert "1 refused" in mw.summary.text()

    # Against an existing headquarters file: its bytes do not change.
    merge_files(hq, [offices["ken"]])
    before = hq.read_bytes()
    report = run(qtbot, mw, mw.preview)
    assert hq.read_bytes() == before
    assert table_rows(mw)[0]["result"] == "Already merged: nothing to do"
    assert int(table_rows(mw)[1]["added"]) == submitted_count(offices["roaf"])
    assert not mw.errors


def test_merge_creates_the_headquarters_file_and_opens_it(qtbot, offices, tmp_path, monkeypatch):
    win = make_window(qtbot, None, monkeypatch)
    hq = tmp_path / "headquarters.habitat"
    files = list(offices.values())
    mw = merge_window(qtbot, win, monkeypatch, hq, files, open_after=True)
    report = run(qtbot, mw, mw.merge)
    assert not report.dry_run and not report.refused
    expected = sum(submitted_count(p) for p in files)
    with ResultsFile.open(hq) as results:
        assert results.kind == "headquarters"
        assert results.count_records() == expected
        assert {o.code for o in results.offices()} >= {"KEN", "ROAF", "EGY", "BRA", "ROAP"}
    assert all(r["result"] == "Merged · unsigned" for r in table_rows(mw))
    assert f"Merged into {hq.name}" in mw.summary.text()
    # Offered to open it, and the window shows it now, read-only, with the review actions.
    assert win.is_headquarters() and win.results.path == hq
    assert win.validate_action.isVisible() and not win.add_action.isEnabled()
    # Each row is headed by its office; the status comes first after the indicator.
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("outcome", "1.1")
    model = win.record_model
    offices_shown = {model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())}
    assert offices_shown == {model.record(r).office_code for r in range(model.rowCount())}
    assert len(offices_shown) > 1
    assert win.grid.horizontalHeader().visualIndex(COLUMNS.index("status")) == 1
    assert not any(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(len(COLUMNS)))
    # Back to an office file in the same window: entry as before.
    assert win.open_file(offices["ken"])
    assert not win.is_headquarters() and win.add_action.isEnabled() and not win.validate_action.isVisible()
    assert win.grid.horizontalHeader().visualIndex(COLUMNS.index("status")) == len(COLUMNS) - 1
    assert win.record_model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert win.grid.editTriggers() != win.grid.EditTrigger.NoEditTriggers
    win.open_file(hq)
    # Merging the same files again changes nothing and says so.
    run(qtbot, mw, mw.merge)
    assert all(r["result"] == "Already merged: nothing to do" for r in table_rows(mw))
    assert Settings().value("merge/headquarters") == str(hq)


def test_a_file_that_is_not_an_office_file_is_refused_and_the_others_merged(qtbot, offices, tmp_path,
                                                                             monkeypatch):
    win = make_window(qtbot, None, monkeypatch)
    bad = tmp_path / "bad.habitat"
    bad.write_text("hello\n", encoding="utf-8")
    hq = tmp_path / "hq.habitat"
    mw = merge_window(qtbot, win, monkeypatch, hq, [bad, offices["egy"]])
    report = run(qtbot, mw, mw.merge)
    rows = table_rows(mw)
    assert rows[0]["result"].startswith("Refused: ") and rows[0]["added"] == ""
    assert report.files[0].refused and report.files[1].ok
    assert mw.report_table.item(0, 0).toolTip() == plain_text.tooltip(report.files[0].refused)
    assert int(rows[1]["added"]) == submitted_count(offices["egy"])
    assert "Refused files were not merged" in mw.summary.text()


def two_laptops(office: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """Headquarters returns one record; two copies of the office file correct it differently."""
    hq = tmp_path / "scratch-hq.habitat"
    merge_files(hq, [office])
    with ResultsFile.open(office) as f:
        # A figure in Kenya without a breakdown ("of which" parts would bound the corrections).
        records = f.records(year=2022)
        broken_down = {(r.indicator, r.city) for r in records if r.sex or r.age or r.disability}
        record = next(r for r in records if r.value is not None and r.country == "KEN"
                      and (r.indicator, r.city) not in broken_down)
    review_records(hq, [record.id], "returned", "Please check the figure.")
    write_feedback(hq, "KEN", tmp_path / "fb.json")
    apply_feedback(office, tmp_path / "fb.json")
    laptop = office.with_name("ken-laptop.habitat")
    shutil.copy(office, laptop)
    for path, value in ((office, 1111), (laptop, 2222)):
        with ResultsFile.open(path) as f:
            f.update_record(record.id, {"value": value, "source": f"checked on {path.stem}"})
            f.submit_year(2022)
    return office, laptop, record.id


def test_conflicts_show_both_versions_and_keeping_one_resolves_it(qtbot, offices, tmp_path, monkeypatch):
    ken, laptop, record_id = two_laptops(offices["ken"], tmp_path)
    hq = tmp_path / "headquarters.habitat"
    win = make_window(qtbot, None, monkeypatch)
    mw = merge_window(qtbot, win, monkeypatch, hq, [ken, laptop], open_after=True)
    run(qtbot, mw, mw.merge)
    assert sum(int(r["conflicts"]) for r in table_rows(mw)) == 1
    assert win.is_headquarters()
    assert "1 record(s) have rival versions" in win.lock_banner.text()
    assert win.conflicts_action.text() == "&Conflicts (1)…"

    # A record with rival versions cannot be reviewed before one is kept.
    with ResultsFile.open(hq) as results:
        record = results.record(record_id)
    win.year_box.setCurrentIndex(win.year_box.findData(record.year))
    win.select_node("indicator", record.indicator)
    select_rows(win, [win.record_model.row_of(record_id)])
    assert win.hq.validate_selected() == 0
    assert "resolve the conflict first" in win.errors[-1][1]

    seen = {}

    def look(dialog: ConflictsDialog):
        seen["dialog"] = dialog
        assert dialog.conflict_list.count() == 1
        table = dialog.versions
        assert table.columnCount() == 2
        rows = {table.verticalHeaderItem(r).text(): r for r in range(table.rowCount())}
        values = {table.item(rows["Value"], c).text() for c in range(2)}
        assert values == {"1,111", "2,222"}  # as the report prints numbers
        # Names and local times, not raw ids and timestamps.
        title = dialog.title.text()
        assert record_id not in title and "UN-Habitat Kenya Country Office (KEN)" in title
        assert country_label(record.country, "en") in title  # "Somalia (SOM)", not "SOM"
        changed = table.item(rows["Changed at"], 0).text()
        assert changed and "T" not in changed and not changed.endswith("Z")
        assert "UN-Habitat Kenya Country Office (KEN)" in dialog.conflict_list.item(0).text()
        headers = " ".join(table.horizontalHeaderItem(c).text() for c in range(2))
        assert "ken.habitat" in headers and "ken-laptop.habitat" in headers
        assert headers.count("Held now") == 1 and headers.count("Rival") == 1
        # Differences stand out; equal fields do not.
        assert table.item(rows["Value"], 0).background().color().name() == "#fff3cd"
        assert table.item(rows["Indicator"], 0).background().style() == Qt.BrushStyle.NoBrush
        keep = next(c for c in range(2) if table.item(rows["Value"], c).text() == "2,222")
        assert dialog.keep(dialog.conflicts[0].copies[keep]["choice"])
        assert dialog.conflict_list.count() == 0 and dialog.title.text() == "No open conflicts."
        assert "kept version" in dialog.message.text()

    monkeypatch.setattr(win, "show_conflicts_dialog", look)
    win.conflicts_action.trigger()
    assert "dialog" in seen
    assert list_conflicts(hq) == []
    assert "rival versions" not in win.lock_banner.text() and win.conflicts_action.text() == "&Conflicts…"
    with ResultsFile.open(hq) as results:
        assert results.record(record_id).value == 2222


def select_rows(win, rows: list[int]) -> None:
    selection = win.grid.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(win.record_model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_review_in_the_grid_feedback_and_to_dos_in_the_office(qtbot, offices, tmp_path, monkeypatch):
    ken = offices["ken"]
    hq = tmp_path / "headquarters.habitat"
    merge_files(hq, [ken])
    win = make_window(qtbot, hq, monkeypatch)
    assert win.is_headquarters() and not win.apply_feedback_action.isVisible()
    with ResultsFile.open(hq) as results:
        counts = results.counts_by_indicator(2022)
        # An outcome with several records in 2022 (the grid then shows all its indicators).
        code = next(o.code for o in results.framework.outcomes()
                    if sum(counts.get(i.code, 0) for i in o.indicators) >= 3)
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("outcome", code)
    assert win.record_model.rowCount() >= 3
    # The record to return has a figure, to be corrected in the office.
    rows = sorted(range(win.record_model.rowCount()), key=lambda r: win.record_model.record(r).value is None)
    second_row, first_row = rows[0], rows[1]
    first, second = win.record_model.record(first_row), win.record_model.record(second_row)
    select_rows(win, [first_row])
    assert win.hq.validate_selected() == 1
    comment = "Kisumu is counted twice; please split the figure."
    monkeypatch.setattr(win, "ask_return_comment", lambda count: comment if count == 1 else None)
    select_rows(win, [second_row])
    assert win.hq.return_selected() == 1
    status = COLUMNS.index("status")
    assert win.record_model.index(first_row, status).data() == "validated"
    assert win.record_model.index(second_row, status).data() == "returned"
    with ResultsFile.open(hq) as results:
        assert results.record(first.id).status == "validated"
        assert results.record(second.id).status == "returned"
    # At headquarters the grid is for reviewing: even a returned record is not changed by typing or Delete.
    win.grid.setCurrentIndex(win.record_model.index(second_row, COLUMNS.index("value")))
    qtbot.keyClick(win.grid, Qt.Key.Key_Delete)
    assert win.grid.editTriggers() == win.grid.EditTrigger.NoEditTriggers
    assert win.record_model.value_at(second_row, "value") == second.value
    with ResultsFile.open(hq) as results:
        assert results.record(second.id).value == second.value is not None
        assert results.record(second.id).version == second.version
    # A cancelled or empty comment returns nothing.
    select_rows(win, [rows[2]])
    for answer in (None, "  "):
        monkeypatch.setattr(win, "ask_return_comment", lambda count: answer)  # noqa: B023 - used at once
        assert win.hq.return_selected() == 0
    assert "say what the office should change" in win.infos[-1][1]
    with ResultsFile.open(hq) as results:
        assert results.record(win.record_model.record(rows[2]).id).status == "submitted"

    feedback = tmp_path / "out" / "ken-feedback.json"
    feedback.parent.mkdir()
    monkeypatch.setattr(win, "ask_feedback_office", lambda offices: "KEN" if "KEN" in [o.code for o in offices]
                        else None)
    monkeypatch.setattr(win, "ask_feedback_path", lambda suggested: feedback)
    summary = win.hq.write_feedback_dialog()
    assert (summary.validated, summary.returned) == (1, 1) and feedback.exists()
    assert "1 validated, 1 returned" in win.infos[-1][1]

    # In the office: File → Apply feedback from headquarters…
    office_win = make_window(qtbot, ken, monkeypatch)
    assert office_win.apply_feedback_action.isVisible() and not office_win.validate_action.isVisible()
    monkeypatch.setattr(office_win, "ask_open_path", lambda title, filter_text: feedback)
    office_win.apply_feedback_action.trigger()
    qtbot.waitUntil(lambda: bool(office_win.infos or office_win.errors), timeout=60000)
    assert not office_win.errors
    assert "1 record(s) validated and 1 returned" in office_win.infos[-1][1]
    assert office_win.todo_list.count() == 1 and office_win.todo_dock.isVisible()
    assert comment in office_win.todo_list.item(0).text()
    assert office_win.todo_dock.windowTitle() == "To do (1)"

    # The to-do leads to the record, which is editable again; the validated one is not.
    office_win.todo_list.itemClicked.emit(office_win.todo_list.item(0))
    model = office_win.record_model
    row = model.row_of(second.id)
    assert office_win.grid.currentIndex().row() == row
    assert model.flags(model.index(row, COLUMNS.index("value"))) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, COLUMNS.index("value")), 4242)
    office_win.select_node("outcome", code)
    validated_row = model.row_of(first.id)
    assert not model.flags(model.index(validated_row, COLUMNS.index("value"))) & Qt.ItemFlag.ItemIsEditable
    assert model.index(validated_row, COLUMNS.index("status")).data() == "validated"
    with ResultsFile.open(ken) as results:
        assert results.record(second.id).value == 4242
    # Submitting the year again clears the to-do.
    monkeypatch.setattr(office_win, "confirm_submit", lambda *args: True)
    checked = type("S", (), {"year": 2022, "to_submit": {}, "problems": [], "warnings": []})()
    office_win.office._submit_checked(checked, 0, office_win.results.path)
    assert office_win.todo_list.count() == 0


def test_feedback_for_another_office_is_refused_in_the_app(qtbot, offices, tmp_path, monkeypatch):
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [offices["ken"]])
    with ResultsFile.open(hq) as results:
        record_id = results.records(year=2022)[0].id
    review_records(hq, [record_id], "returned", "check")
    feedback = tmp_path / "ken-feedback.json"
    write_feedback(hq, "KEN", feedback)
    egy = offices["egy"]
    before = egy.read_bytes()
    win = make_window(qtbot, egy, monkeypatch)
    win.office.apply_feedback_file(feedback)
    qtbot.waitUntil(lambda: bool(win.infos or win.errors), timeout=60000)
    assert win.errors and "for office KEN" in win.errors[0][1] and "Nothing was changed" in win.errors[0][1]
    win.close()
    assert egy.read_bytes() == before


def test_dropped_files_are_added_once(qtbot, offices, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    win = make_window(qtbot, None, monkeypatch)
    mw = win.open_merge_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(offices["ken"])), QUrl.fromLocalFile(str(offices["egy"])),
                  QUrl.fromLocalFile(str(offices["ken"].parent))])  # a folder is not a file to merge
    for _ in range(2):
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        mw.dropEvent(event)
    assert mw.office_paths() == [offices["ken"], offices["egy"]]
    assert mw.preview_button.isEnabled()
    mw.files_list.setCurrentRow(0)
    mw.remove_selected()
    assert mw.office_paths() == [offices["egy"]]


def test_an_office_file_given_as_headquarters_is_refused_untouched(qtbot, offices, monkeypatch):
    win = make_window(qtbot, None, monkeypatch)
    before = offices["ken"].read_bytes()
    mw = merge_window(qtbot, win, monkeypatch, offices["ken"], [offices["egy"]])
    for start in (mw.preview, mw.merge):
        mw.errors.clear()
        start()
        qtbot.waitUntil(lambda: mw.job is None, timeout=60000)
        assert len(mw.errors) == 1 and "not a headquarters file" in mw.errors[0][1]
    assert offices["ken"].read_bytes() == before
    assert mw.report is None and mw.report_table.rowCount() == 0


def test_merging_into_the_open_headquarters_file_refreshes_the_window(qtbot, offices, tmp_path, monkeypatch):
    hq = tmp_path / "headquarters.habitat"
    merge_files(hq, [offices["ken"]])
    win = make_window(qtbot, hq, monkeypatch)
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("outcome", "1.1")
    shown = win.record_model.rowCount()
    mw = win.open_merge_window()
    assert mw.headquarters_path() == hq  # the open headquarters file is the one merged into
    mw.errors = []
    monkeypatch.setattr(mw, "ask_open_headquarters", lambda path: False)
    mw.add_office_files([offices["egy"], offices["bra"]])
    run(qtbot, mw, mw.merge)
    with ResultsFile.open(hq) as results:
        expected = results.count_records(indicators=[i.code for i in results.framework.group("1.1").indicators],
                                         year=2022)
    assert win.record_model.rowCount() == expected > shown


def test_the_report_in_chinese_names_the_refusal_in_chinese(qtbot, offices, tmp_path, monkeypatch):
    bad = tmp_path / "notes.habitat"
    bad.write_text("hello\n", encoding="utf-8")
    win = create_window(None, Settings(), lang="zh")
    qtbot.addWidget(win)
    mw = merge_window(qtbot, win, monkeypatch, tmp_path / "hq.habitat", [offices["egy"], bad])
    assert mw.preview_button.text() == "预览"
    run(qtbot, mw, mw.preview)
    rows = table_rows(mw)
    assert rows[0]["result"] == "将被合并 · 未签名"
    assert rows[1]["result"] == "已拒绝：这是一个文本文件，不是成果文件"
    assert "a text file, not a results file" in mw.report_table.item(1, 8).toolTip()  # the core's own words
    assert not (tmp_path / "hq.habitat").exists()
