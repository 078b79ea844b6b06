"""The layering is enforced, not hoped for: import-linter contracts from pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


PACKAGES = ("db", "exports", "desktop", "cli", "resources", "tools")


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    # The console script sits beside the interpreter (bin on Linux, Scripts on Windows).
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is not installed in this environment"
    return subprocess.run([lint, "--config", str(root / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=root)


def test_import_contracts_hold():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 7 kept, 0 broken" in done.stdout


def test_a_cycle_planted_in_db_breaks_the_contracts(tmp_path):
    """A copy of the code passes; with two modules of db/ importing each other (one inside a
    function, as a cycle is usually hidden) it fails, naming them."""
    for package in PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            copy = tmp_path / source.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(source.read_bytes())
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert lint_imports(tmp_path).returncode == 0
    (tmp_path / "db" / "planted_rule.py").write_text("def rule():\n    from db import planted_store\n",
                                                      encoding="utf-8")
    (tmp_path / "db" / "planted_store.py").write_text("from db.planted_rule import rule\n", encoding="utf-8")
    done = lint_imports(tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "No import cycles inside db/ BROKEN" in done.stdout
    assert "planted_rule" in done.stdout and "planted_store" in done.stdout
