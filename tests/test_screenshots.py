"""The screenshot scripts behind docs/screenshots still run, so the pictures can be made again."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("only, names", [
    ("main", ["main-en.png", "main-zh.png", "overview-office-en.png", "overview-office-zh.png",
              "overview-hq-en.png", "overview-hq-zh.png"]),
    ("export", ["export-dialog-en.png", "export-dialog-zh.png"]),
    ("merge", ["merge-window-en.png", "conflicts-zh.png", "office-todo-en.png"]),
])
def test_screenshot_script_renders_its_pictures(tmp_path, only, names):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HABITAT_RESULTS_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-m", "tools.screenshots", str(tmp_path), "--only", only],
                          capture_output=True, text=True, timeout=240, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    for name in names:
        assert (tmp_path / name).stat().st_size > 10_000, name
