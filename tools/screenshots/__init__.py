"""The pictures in ``docs/screenshots``, rendered from the demo data in English and in Chinese.

``python -m tools.screenshots [FOLDER] [--only main export merge]`` writes them (default folder:
``docs/screenshots``); it runs offscreen unless a display platform is chosen. The scripting lives
here, apart from the app: ``desktop/`` never imports it (an import-linter contract).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FOLDER = ROOT / "docs" / "screenshots"
# The home folder that paths in pictures start from: a user's, the same wherever and whenever the
# pictures are rendered (this machine's home is /root, the scratch folder's name changes every run).
SHOWN_HOME = PurePosixPath("/home/user")


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


def save_picture(app, widget, path: Path) -> Path:
    """Let ``widget`` lay itself out and paint, then save what it shows at ``path`` (a main window
    naming its file as a user's would)."""
    for _ in range(5):
        app.processEvents()
    if getattr(widget, "results", None) is not None:
        plain_file_name(widget)
    widget.grab().save(str(path))
    return path


def plain_file_name(window) -> None:
    """The status bar names the file as a user's would, not the scratch folder the demo was written to."""
    if window.results is not None:
        path = str(window.results.path)
        bar = window.statusBar()
        bar.showMessage((bar.currentMessage() or path).replace(path, window.results.path.name))
