"""The screenshot scripts behind docs/screenshots still run, so the pictures can be made again."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("module, names", [
    ("desktop.screenshots", ["main-en.png", "main-zh.png", "overview-office-en.png", "overview-office-zh.png",
                             "overview-hq-en.png", "overview-hq-zh.png"]),
    ("desktop.export_dialog", ["export-dialog-en.png", "export-dialog-zh.png"]),
    ("desktop.merge_window", ["merge-window-en.png", "conflicts-zh.png", "office-todo-en.png"]),
])
def test_screenshot_script_renders_its_pictures(tmp_path, module, names):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HABITAT_RESULTS_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", module, str(tmp_path)], capture_output=True, text=True,
                          timeout=240, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    for name in names:
        assert (tmp_path / name).stat().st_size > 10_000, name
