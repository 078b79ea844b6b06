"""A record's history at headquarters, with the demo data: two versions that arrived with two
merges (the office corrected the record headquarters returned) and headquarters' reviews.

Writes ``history-en.png`` and ``history-zh.png``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import merge_files
from db.store import audit
from db.officefile import ResultsFile
from desktop import i18n
from desktop.app import create_window
from desktop.settings import Settings
from tools.screenshots import demo_session, save_picture


def _a_returned_and_corrected_record(demo: Path, folder: Path) -> tuple[Path, str]:
    """Headquarters merges Kenya, returns a record with a comment; Kenya corrects it; merged again.

    The audit log names the computers as an office's and headquarters' would be named, not this one.
    """
    real = audit.this_computer
    hq = folder / "history" / "headquarters.habitat"
    hq.parent.mkdir()
    office = hq.parent / "ken.habitat"
    shutil.copy(demo / "ken.habitat", office)
    audit.this_computer = lambda: "HQ-PC-7"
    merge_files(hq, [office], who="hq.reviewer")
    with ResultsFile.open(office) as f:
        record = next(r for r in f.records(year=2023) if r.value is not None and not r.sex and r.city)
    review_records(hq, [record.id], "returned", "Please check the figure against the city's data.",
                   who="hq.reviewer")
    write_feedback(hq, "KEN", hq.parent / "feedback.json")
    audit.this_computer = lambda: "KEN-LAPTOP-2"
    apply_feedback(office, hq.parent / "feedback.json", who="amina.k")
    with ResultsFile.open(office) as f:
        f.update_record(record.id, {"value": record.value + 120, "source": "City monitoring unit, March"},
                        who="amina.k")
        f.submit_year(2023, who="amina.k")
    audit.this_computer = lambda: "HQ-PC-7"
    merge_files(hq, [office], who="hq.reviewer")
    review_records(hq, [record.id], "validated", "", who="hq.reviewer")
    audit.this_computer = real
    return hq, record.id


def take(folder: Path) -> list[Path]:
    """Render the history of a record at headquarters, in English and Chinese."""
    shots = []
    with demo_session(folder) as (app, demo, tmp):
        hq, record_id = _a_returned_and_corrected_record(demo, Path(tmp))
        for lang in ("en", "zh"):
            i18n.install_language(lang)
            window = create_window(hq, Settings(), lang=lang)
            window.show()
            window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
            window.year_box.setCurrentIndex(window.year_box.findData(2023))
            with ResultsFile.open_readonly(hq) as f:
                window.select_node("indicator", f.record(record_id).indicator)
            window.grid.setCurrentIndex(window.record_model.index(window.record_model.row_of(record_id), 0))
            dialog = window.show_history()
            dialog.resize(1180, 360)
            shots.append(save_picture(app, dialog, folder / f"history-{lang}.png"))
            dialog.close()
            window.close()
            app.processEvents()
        i18n.install_language("en")
    return shots
