"""The screenshot scripts behind docs/screenshots still run, so the pictures can be made again."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("only, names", [
    ("main", ["main-en.png", "main-zh.png", "main-ar.png", "main-fr.png", "main-ru.png",
              "overview-office-en.png", "overview-office-zh.png",
              "overview-hq-en.png", "overview-hq-zh.png"]),
    ("export", ["export-dialog-en.png", "export-dialog-zh.png"]),
    ("merge", ["merge-window-en.png", "conflicts-zh.png", "office-todo-en.png"]),
    ("history", ["history-en.png", "history-zh.png"]),
])
def test_screenshot_script_renders_its_pictures(tmp_path, only, names):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HABITAT_RESULTS_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "tools.screenshots", str(tmp_path), "--only", only],
                          capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    for name in names:
        assert (tmp_path / name).stat().st_size > 10_000, name


def test_the_export_picture_waits_for_the_check_and_shows_no_path_of_the_machine(qapp, tmp_path, monkeypatch):
    """Rendered on two machines (two homes), with a check slower than this machine's: the same
    pixels, and the check's verdict at the top (its green or red), never 'Checking…'."""
    from PySide6.QtGui import QColor, QImage

    from desktop.check_panel import GREEN, RED
    from exports import check
    from tools.screenshots import export_dialog

    real_check = check.check_file

    def slow_check(*args, **kwargs):
        time.sleep(1)  # a slower machine: the check answers well after the dialog is shown
        return real_check(*args, **kwargs)

    monkeypatch.setattr(check, "check_file", slow_check)
    pictures = []
    for machine in ("amina", "li"):
        home = tmp_path / machine
        for name in ("HOME", "USERPROFILE"):  # Path.home() on POSIX, on Windows
            monkeypatch.setenv(name, str(home))
        monkeypatch.setenv("HABITAT_RESULTS_HOME", str(home / "app"))
        pictures.append([QImage(str(path)) for path in export_dialog.take(home / "shots")])
    for picture in pictures[0] + pictures[1]:
        top = {QColor(picture.pixel(x, y)).name() for y in range(30) for x in range(picture.width())}
        assert {GREEN, RED} & top
    assert pictures[0] == pictures[1]
