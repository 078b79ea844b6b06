"""The session announces what each operation changed, and the window's screens refresh themselves:
a change made through one piece (an import, a merge, applied feedback) shows in the others (tree
counts, year labels, grid, lock banner, conflict count, to-dos, overview) with no call between them.
Driven through the real window, offscreen, on real files."""

from __future__ import annotations


import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

from db.feedback import review_records, write_feedback
from db.merge import merge_files
from db.officefile import ResultsFile
from desktop.hq_work import HeadquartersWork
from desktop.navigation import Navigation
from desktop.office_work import OfficeWork
from desktop.overview import OverviewTabs
from desktop.session import Changes
from desktop.vocabulary import COLUMNS
from tests import test_desktop_merge
from tests.test_desktop_merge import make_window, merge_window, run, two_laptops
from tests.conftest import strings_of, untranslated

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py
offices = test_desktop_merge.offices  # copies of the demo office files (a fixture)


def announced(window) -> list[Changes]:
    """The changes the window's session announces from now on."""
    seen: list[Changes] = []
    window.session.changed.connect(seen.append)
    return seen


def tree_count(window, indicator: str) -> str:
    return window.tree_model.index_of("indicator", indicator).siblingAtColumn(1).data()


def year_label(window, year: int) -> str:
    return window.year_box.itemText(window.year_box.findData(year))


def test_an_import_refreshes_the_tree_every_year_label_and_the_grid(qtbot, window, office_path, tmp_path):
    # 2024 is submitted; the grid shows 2025.
    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.1.a", "year": 2024, "value": 5, "country": "KEN"}])
        results.submit_year(2024)
    window.open_file(office_path)
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    assert year_label(window, 2024) == "2024 (submitted)" and window.record_model.rowCount() == 0
    seen = announced(window)
    data = tmp_path / "more.csv"
    data.write_text("indicator,year,value,country,city\n1.1.a,2025,300,KEN,Nairobi\n1.1.a,2025,50,KEN,Nakuru\n"
                    "1.1.a,2024,7,KEN,Kisumu\n", encoding="utf-8")
    window.office.import_file(data)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen == [Changes(records=True, origin=window.office)]
    assert window.record_model.rowCount() == 2  # the grid read the records again
    assert tree_count(window, "1.1.a") == "2"  # the tree counts the selected year's records
    # Another year's label follows too: a draft imported into a submitted year.
    assert year_label(window, 2024) == "2024 (partly submitted)"
    assert "3 record(s) imported from more.csv" in window.statusBar().currentMessage()


def test_an_edit_in_the_grid_is_announced_by_the_grid_and_keeps_a_row_being_entered(qtbot, window):
    window.year_box.setCurrentIndex(window.year_box.findData(2025))
    window.select_node("indicator", "1.1.a")
    model = window.record_model
    window.add_action.trigger()  # a row left unfinished
    window.add_action.trigger()  # a row completed: a record is stored
    seen = announced(window)
    for field, value in (("country", "KEN"), ("city", "Nairobi"), ("value", "300")):
        assert model.setData(model.index(1, COLUMNS.index(field)), value)
    assert seen and all(c.records and c.origin is model for c in seen)
    assert tree_count(window, "1.1.a") == "1"  # the tree heard of it
    # The grid made the change itself: it does not read the records again and drop the unfinished row.
    assert model.rowCount() == 2 and [model.is_new(row) for row in range(2)].count(True) == 1


def test_a_merge_into_the_open_file_refreshes_grid_conflicts_banner_and_overview(qtbot, offices, tmp_path,
                                                                                monkeypatch):
    ken, laptop, record_id = two_laptops(offices["ken"], tmp_path)
    hq = tmp_path / "headquarters.habitat"
    merge_files(hq, [ken])
    with ResultsFile.open(offices["egy"]) as egy:
        added = next(r for r in egy.records() if r.status in ("submitted", "validated"))
    monkeypatch.setattr(OverviewTabs, "start_on_overview", True)
    win = make_window(qtbot, None, monkeypatch)
    page = win.overview_tabs.page
    with qtbot.waitSignal(page.ready, timeout=60000):
        win.open_file(hq)
    assert win.conflicts_action.text() == "&Conflicts…" and "rival versions" not in win.lock_banner.text()
    win.overview_tabs.setCurrentWidget(win.overview_tabs.records)
    win.year_box.setCurrentIndex(win.year_box.findData(added.year))
    win.select_node("indicator", added.indicator)
    before = win.record_model.rowCount()
    with qtbot.waitSignal(page.ready, timeout=60000):
        win.overview_tabs.setCurrentWidget(page)
    seen = announced(win)
    # The merge window writes through its own connection; the window hears of it from the session only.
    mw = merge_window(qtbot, win, monkeypatch, hq, [laptop, offices["egy"]])
    with qtbot.waitSignal(page.ready, timeout=60000):  # the overview shown is computed again
        run(qtbot, mw, mw.merge)
    assert [(c.records, c.conflicts, c.origin) for c in seen] == [(True, True, mw)]
    assert win.conflicts_action.text() == "&Conflicts (1)…"
    assert "1 record(s) have rival versions" in win.lock_banner.text()
    with ResultsFile.open(hq) as results:
        now = len(results.record_ids(indicators=[added.indicator], year=added.year))
    assert win.record_model.rowCount() == now > before  # the grid, on the other tab, read them again


def test_feedback_applied_in_the_office_refreshes_the_to_dos_the_year_label_and_the_grid(qtbot, offices, tmp_path,
                                                                                       monkeypatch):
    ken = offices["ken"]
    hq = tmp_path / "headquarters.habitat"
    merge_files(hq, [ken])
    with ResultsFile.open(hq) as results:
        record = next(r for r in results.records(year=2022) if r.value is not None)
    review_records(hq, [record.id], "returned", "Please check the figure.")
    write_feedback(hq, "KEN", tmp_path / "fb.json")
    win = make_window(qtbot, ken, monkeypatch)
    win.year_box.setCurrentIndex(win.year_box.findData(2022))
    win.select_node("indicator", record.indicator)
    row = win.record_model.row_of(record.id)
    assert win.record_model.record(row).status == "submitted" and win.todo_list.count() == 0
    assert year_label(win, 2022) == "2022 (submitted)"
    seen = announced(win)
    win.office.apply_feedback_file(tmp_path / "fb.json")
    qtbot.waitUntil(lambda: bool(win.infos or win.errors), timeout=60000)
    assert not win.errors and [(c.records, c.reviews, c.origin) for c in seen] == [(True, True, win.office)]
    assert win.todo_list.count() == 1 and win.todo_dock.isVisible()
    assert year_label(win, 2022) == "2022 (returned)"
    assert win.record_model.record(win.record_model.row_of(record.id)).status == "returned"
    assert not win.undo_stack.canUndo()


def test_office_or_headquarters_is_decided_once_per_file_and_old_pieces_stop_listening(qtbot, offices, tmp_path,
                                                                                        monkeypatch):
    hq = tmp_path / "headquarters.habitat"
    merge_files(hq, [offices["ken"]])
    win = make_window(qtbot, offices["ken"], monkeypatch)

    def pieces(kind):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return win.findChildren(kind)

    def listening() -> int:
        return win.session.receivers(SIGNAL("changed(PyObject)"))

    assert pieces(OfficeWork) == [win.office] and pieces(HeadquartersWork) == [] and win.hq is None
    shown = [win.nav, win.grid_view, win.export]
    assert listening() == 1 + len(shown) + 1  # the window itself, the pieces, the office's work
    win.open_file(hq)
    assert pieces(HeadquartersWork) == [win.hq] and pieces(OfficeWork) == [] and win.office is None
    assert not win.import_action.isVisible() and win.validate_action.isVisible()
    win.set_language("zh")
    win.set_language("en")
    assert pieces(Navigation) == [win.nav] and pieces(HeadquartersWork) == [win.hq]
    assert listening() == 1 + len(shown) + 1  # the pieces of before the rebuilds no longer listen
    win.open_file(offices["ken"])
    assert pieces(OfficeWork) == [win.office] and win.hq is None and win.import_action.isVisible()


def test_every_string_of_the_window_and_its_pieces_is_translated_into_chinese(tmp_path):
    """Each piece translates in its own context (its class): the committed .ts holds them all there."""
    ours = strings_of(tmp_path, "window.py", "window_frame.py", "seams.py", "grid_view.py", "navigation.py",
                      "office_work.py", "hq_work.py", "export_work.py")
    assert len(ours) > 120 and {context for context, _ in ours} >= {"MainWindow", "GridView", "Navigation",
                                                                     "OfficeWork", "HeadquartersWork", "ExportWork"}
    assert untranslated(ours) == []

