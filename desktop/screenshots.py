"""Screenshots of the main window with the demo data, in English and in Chinese.

``python -m desktop.screenshots [FOLDER]`` writes ``main-en.png`` and ``main-zh.png``, and the
overview of an office and of headquarters (the demo merged): ``overview-office-en.png``,
``overview-office-zh.png``, ``overview-hq-en.png``, ``overview-hq-zh.png`` (default folder:
``docs/screenshots``). Runs offscreen unless a display platform is chosen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def demo_session(folder: Path) -> Iterator[tuple[object, Path, Path]]:
    """For rendering screens: the QApplication, the demo office files, and a scratch folder.

    The app's data and settings go to the scratch folder, so rendering never touches the user's.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.demo import write_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        os.environ["HABITAT_RESULTS_HOME"] = str(scratch / "home")
        write_demo(scratch / "demo")
        yield app, scratch / "demo", scratch


def plain_file_name(window) -> None:
    """The status bar names the file as a user's would, not the scratch folder the demo was written to."""
    if window.results is not None:
        path = str(window.results.path)
        bar = window.statusBar()
        bar.showMessage((bar.currentMessage() or path).replace(path, window.results.path.name))


def take(folder: Path) -> list[Path]:
    from desktop.app import create_window
    from desktop.settings import Settings

    shots = []
    with demo_session(folder) as (app, demo, _):
        for lang, office in (("en", "ken"), ("zh", "roap")):
            window = create_window(demo / f"{office}.habitat", Settings(), lang=lang)
            window.resize(1360, 820)
            window.show()
            window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
            window.year_box.setCurrentIndex(window.year_box.findData(2025))
            window.select_node("outcome", "1.1")
            # A row being entered, with what it still lacks shown on the cell and in the problems panel.
            window.add_record()
            model = window.record_model
            row = model.rowCount() - 1
            model.setData(model.index(row, 0), "1.1.c")
            from desktop.vocabulary import COLUMNS

            window.grid.setCurrentIndex(model.index(row, COLUMNS.index("country")))
            for _ in range(5):
                app.processEvents()
            plain_file_name(window)
            path = folder / f"main-{lang}.png"
            window.grab().save(str(path))
            shots.append(path)
            window.confirm_discard = lambda *args: True  # the row left half-entered for the picture
            window.close()
        shots += take_overviews(app, demo, folder)
    return shots


def take_overviews(app, demo: Path, folder: Path) -> list[Path]:
    """The overview page of an office file and of the demo merged at headquarters, in both languages."""
    import time

    from db.merge import merge_files
    from desktop.app import create_window
    from desktop.settings import Settings

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
        for _ in range(5):
            app.processEvents()
        shot = folder / f"overview-{kind}-{lang}.png"
        plain_file_name(window)
        window.grab().save(str(shot))
        shots.append(shot)
        window.close()
    return shots


if __name__ == "__main__":
    for shot in take(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"):
        print(shot)
