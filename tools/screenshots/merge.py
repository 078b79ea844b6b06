"""Headquarters' screens with the demo data: the merge window (a preview with a refused file and a
conflict), the conflicts dialog, a review in the main window and the office's to-do after it.

Writes ``merge-window-*.png``, ``conflicts-*.png``, ``headquarters-review-*.png`` and
``office-todo-*.png``, in English and Chinese.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication

from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import merge_files
from db.officefile import ResultsFile
from desktop import i18n
from desktop.app import create_window
from desktop.conflicts_dialog import ConflictsDialog
from desktop.merge_window import MergeWindow
from desktop.settings import Settings
from tools.screenshots import SHOWN_HOME, demo_session, save_picture


def _two_laptops(office: Path, folder: Path) -> Path:
    """Demo: headquarters returns a record; two copies of the office file correct it differently."""
    scratch = folder / "scratch" / "hq.habitat"
    scratch.parent.mkdir()
    merge_files(scratch, [office])
    with ResultsFile.open(office) as f:
        record = next(r for r in f.records(year=2023) if r.value is not None and not r.sex)
        code = f.office.code
    review_records(scratch, [record.id], "returned", "Please check the figure against the city's data.",
                   who="demo")
    write_feedback(scratch, code, scratch.parent / "feedback.json")
    apply_feedback(office, scratch.parent / "feedback.json", who="demo")
    laptop = office.with_name(f"{office.stem}-laptop.habitat")
    shutil.copy(office, laptop)
    for path, value, source in ((office, record.value + 120, "City monitoring unit, March"),
                                (laptop, record.value - 40, "Field verification mission")):
        with ResultsFile.open(path) as f:
            f.update_record(record.id, {"value": value, "source": source}, who="demo")  # not this machine's user
            f.submit_year(2023, who="demo")
    return laptop


def take(folder: Path) -> list[Path]:
    """Render the merge window (a preview with a refused file and a conflict) and the conflicts dialog,
    in English and Chinese (offscreen unless a display is chosen)."""
    shots = []
    with demo_session(folder) as (app, demo, tmp):
        laptop = _two_laptops(demo / "ken.habitat", Path(tmp))
        bad = demo / "meeting-notes.habitat"
        bad.write_text("Minutes of the regional meeting\n", encoding="utf-8")
        files = [demo / f"{k}.habitat" for k in ("ken", "roaf", "egy", "bra", "roap")] + [laptop, bad]
        hq = Path(tmp) / "headquarters.habitat"
        preview = merge_files(hq, files, dry_run=True)
        merge_files(hq, files)
        for lang in ("en", "zh"):
            i18n.install_language(lang)
            window = MergeWindow(Settings())
            window.hq_edit.setText(str(SHOWN_HOME / "UN-Habitat" / hq.name))
            window.add_office_files(files)
            window._show_report(preview)
            window.show()
            shots.append(save_picture(app, window, folder / f"merge-window-{lang}.png"))
            window.close()
            dialog = ConflictsDialog(hq, lang)
            dialog.show()
            shots.append(save_picture(app, dialog, folder / f"conflicts-{lang}.png"))
            dialog.close()
            for widget in (window, dialog):
                widget.deleteLater()
            app.processEvents()
        for lang in ("en", "zh"):
            i18n.install_language(lang)
            shots += _review(folder, demo, Path(tmp), lang)
        i18n.install_language("en")
    return shots


def _review(folder: Path, demo: Path, tmp: Path, lang: str) -> list[Path]:
    """The main window on a headquarters file after a review, then on the office file with its to-do."""
    app = QApplication.instance()
    hq = tmp / f"review-{lang}" / "headquarters.habitat"
    hq.parent.mkdir()
    office = tmp / f"review-{lang}" / "egy.habitat"
    shutil.copy(demo / "egy.habitat", office)
    merge_files(hq, [demo / f"{k}.habitat" for k in ("ken", "roaf", "bra", "roap")] + [office])
    shots = []
    window = create_window(hq, Settings(), lang=lang)
    window.resize(1360, 820)
    window.show()
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.select_node("outcome", "1.1")
    model = window.record_model
    rows = [r for r in range(model.rowCount()) if model.record(r).office_code == "EGY"]
    rows_flag = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.grid.selectionModel().select(model.index(rows[0], 0), rows_flag)
    window.hq.validate_selected()
    window.grid.selectionModel().select(model.index(rows[1], 0), rows_flag)
    window.ask_return_comment = lambda count: (
        "The figure looks like the whole city's population: please give the people reached by the project."
        if lang == "en" else "该数字似乎是全市人口：请填写项目实际惠及的人数。")
    window.hq.return_selected()
    window.grid.setCurrentIndex(model.index(rows[1], 0))
    window.grid.horizontalScrollBar().setValue(0)
    shots.append(save_picture(app, window, folder / f"headquarters-review-{lang}.png"))
    write_feedback(hq, "EGY", hq.parent / "egy-feedback.json")
    window.close()
    apply_feedback(office, hq.parent / "egy-feedback.json")
    window = create_window(office, Settings(), lang=lang)
    window.resize(1360, 820)
    window.show()
    window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    window.office._go_to_todo(window.todo_list.item(0))
    window.select_node("outcome", "1.1")
    shots.append(save_picture(app, window, folder / f"office-todo-{lang}.png"))
    window.close()
    return shots
