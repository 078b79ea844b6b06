"""Start the desktop app: ``python -m desktop [FILE]`` or the ``habitat-results-app`` launcher.

Without a file it opens the office file in the user's data folder, or, on the first run, a
welcome page that offers to create the office profile or to open the demo data.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.paths import APP_NAME, data_dir, default_office_file
from desktop.settings import Settings
from desktop.window import MainWindow


def create_window(file: Path | None = None, settings: Settings | None = None,
                  lang: str | None = None) -> MainWindow:
    """The main window with the UI language set up and a file open (QApplication must exist)."""
    settings = settings or Settings()
    lang = i18n.install_language(lang or settings.language)
    window = MainWindow(settings, lang)
    path = Path(file) if file else default_office_file()
    if file or path.exists():
        window.open_file(path)
    return window


def folders_to_sweep(settings: Settings) -> list[Path]:
    """Where the app writes files: its data folder, the folders of recent files, the last export
    and merge folders; hidden temporary files left there by a killed run are swept at start."""
    remembered = [settings.value(key) for key in ("export/folder", "merge/folder", "merge/headquarters")]
    folders = [data_dir(), *(p.parent for p in settings.recent_files()),
               *(Path(str(v)) for v in remembered[:2] if v), *(Path(str(v)).parent for v in remembered[2:] if v)]
    return list(dict.fromkeys(folders))


def sweep_leftovers(settings: Settings) -> threading.Thread:
    """Remove what killed runs left (see ``db.leftovers``), in the background: a slow network
    folder must not delay the start."""
    from db.leftovers import sweep

    thread = threading.Thread(target=lambda: sweep(folders_to_sweep(settings)), name="sweep", daemon=True)
    thread.start()
    return thread


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="habitat-results-app",
        description="Habitat Results: enter a country office's strategic plan results, offline.")
    parser.add_argument("file", nargs="?", type=Path, help="an office results file (.habitat) to open")
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGES), help="user-interface language")
    parser.add_argument("--smoke-test", metavar="FOLDER", type=Path,
                        help="check this installation end to end, writing its files and a report into "
                             "FOLDER, then exit (0: all worked)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_test:
        from desktop.smoke_test import run

        return run(args.smoke_test, create_window)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("UN-Habitat")
    settings = Settings()
    sweep_leftovers(settings)
    window = create_window(args.file, settings, lang=args.language)
    window.show()
    return app.exec()
