"""The lint gate: ruff over the whole tree and mypy over the Qt-free core, configured in pyproject.toml.

A failure prints each finding as ``file:line: message``. Fix the code; a ``# noqa: CODE`` or
``# type: ignore[code]`` needs its code and a comment saying why.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"


def run_tool(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd)


def test_ruff_finds_nothing():
    done = run_tool("ruff", "check", "--config", str(CONFIG), "--no-fix", "--output-format", "concise", str(ROOT))
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_the_core():
    done = run_tool("mypy", "--config-file", str(CONFIG))
    assert done.returncode == 0, done.stdout + done.stderr
    # Every module of db/ and exports/ was read: a narrowed `files` would pass by checking nothing.
    modules = [p for package in ("db", "exports") for p in (ROOT / package).rglob("*.py")]
    checked = re.search(r"no issues found in (\d+) source files", done.stdout)
    assert checked and int(checked[1]) == len(modules), done.stdout


@pytest.mark.parametrize("tool, defect, finding", [
    ("ruff", "import os\n", "F401"),
    ("ruff", "def f(items=[]):\n    return items\n", "B006"),
    ("mypy", "def f() -> int:\n    return 'one'\n", "[return-value]"),
])
def test_the_gate_catches_a_planted_defect(tmp_path, tool, defect, finding):
    """The same configuration reports a defect put in a copy of the core (so the gate can fail)."""
    planted = tmp_path / "db" / "planted.py"
    planted.parent.mkdir()
    planted.write_text(defect, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    if tool == "ruff":
        done = run_tool("ruff", "check", "--no-fix", "--no-cache", "--output-format", "concise", "db", cwd=tmp_path)
    else:
        done = run_tool("mypy", "--cache-dir", str(ROOT / ".mypy_cache"), "db/planted.py", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(rf"planted\.py:\d+:.*{re.escape(finding)}", done.stdout), done.stdout
