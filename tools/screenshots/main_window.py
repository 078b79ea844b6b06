"""The main window with the demo data, and the overview of an office and of headquarters (the demo merged).

Writes ``main-en.png``, ``main-zh.png``, ``overview-office-en.png``, ``overview-office-zh.png``,
``overview-hq-en.png`` and ``overview-hq-zh.png``; and the main window in Arabic, French and
Russian on a laptop's screen (1366×768 less the title and task bars): ``main-ar.png``,
``main-fr.png``, ``main-ru.png``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from db.merge import merge_files
from desktop.app import create_window
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS
from tools.screenshots import demo_session, save_picture

LAPTOP = (1366, 700)  # a 1366×768 screen less the title bar and the task bar


def take(folder: Path) -> list[Path]:
    """The main window of an office, a row being entered, in English and Chinese, then in Arabic,
    French and Russian at 1366×700; then the overviews."""
    shots = []
    with demo_session(folder) as (app, demo, scratch):
        # The laptop pictures open copies made now: rows left half-entered by the pictures before
        # stay out of them.
        originals = scratch / "originals"
        shutil.copytree(demo, originals)
        for lang, office, size in (("en", "ken", (1360, 820)), ("zh", "roap", (1360, 820)),
                                   ("ar", "egy", LAPTOP), ("fr", "ken", LAPTOP), ("ru", "ken", LAPTOP)):
            path = demo / f"{office}.habitat"
            if size == LAPTOP:
                (scratch / lang).mkdir()
                path = Path(shutil.copy(originals / path.name, scratch / lang / path.name))
            window = create_window(path, Settings(), lang=lang)
            window.resize(*size)
            window.show()
            window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
            window.year_box.setCurrentIndex(window.year_box.findData(2025))
            window.select_node("outcome", "1.1")
            # A row being entered, with what it still lacks shown on the cell and in the problems panel.
            window.grid_view.add_record()
            model = window.record_model
            row = model.rowCount() - 1
            model.setData(model.index(row, 0), "1.1.c")
            window.grid.setCurrentIndex(model.index(row, COLUMNS.index("country")))
            shots.append(save_picture(app, window, folder / f"main-{lang}.png"))
            window.confirm_discard = lambda *args: True  # the row left half-entered for the picture
            window.close()
        shots += take_overviews(app, demo, folder)
    return shots


def take_overviews(app, demo: Path, folder: Path) -> list[Path]:
    """The overview page of an office file and of the demo merged at headquarters, in both languages."""
    hq = demo.parent / "hq.habitat"
    if not hq.exists():
        merge_files(hq, sorted(demo.glob("*.habitat")))
    shots = []
    for kind, path, lang in (("office", demo / "egy.habitat", "en"), ("office", demo / "bra.habitat", "zh"),
                             ("hq", hq, "en"), ("hq", hq, "zh")):
        window = create_window(path, Settings(), lang=lang)
        window.resize(1360, 900)
        window.show()
        page = window.overview_tabs.page
        started = time.monotonic()
        while page.data is None and time.monotonic() - started < 120:
            app.processEvents()
            time.sleep(0.01)
        shots.append(save_picture(app, window, folder / f"overview-{kind}-{lang}.png"))
        window.close()
    return shots
