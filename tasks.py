"""Set up and run Habitat Results from a fresh clone: ``python3 tasks.py run`` or ``python3 tasks.py test``.

``python3 tasks.py bundle`` builds the standalone app into ``dist/habitat-results`` and runs its
smoke test (see docs/bundle.md).

It creates a virtual environment in ``.venv`` beside this file, installs the app and what its
tests need (on Debian/Ubuntu run as root, also the system packages the tests use: a Chinese font,
poppler and LibreOffice Calc), then launches the app or runs the test suite. Once that is done, a
stamp in ``.venv`` records what it was done for; while the project and the environment still match
it, the next run skips pip and the package checks and starts at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
# Debian packages the tests use: a CJK font for Qt and the full Chinese character set in the PDF
# (the PDF's fonts otherwise ship in resources/fonts), PDF-to-text/PNG tools, a real spreadsheet
# program to open the XLSX, and the libraries Qt needs without a display.
DEBIAN_PACKAGES = ["fonts-wqy-microhei", "fonts-liberation", "poppler-utils", "poppler-data",
                   "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3",
                   "libglib2.0-0", "fontconfig", "fonts-dejavu-core"]
# Installed only when no LibreOffice at all is there: any package giving `soffice` will do
# (libreoffice-calc-nogui, a full LibreOffice, one from libreoffice.org).
SPREADSHEET_PACKAGE = "libreoffice-calc"
LIBREOFFICE_FOLDERS = ("/usr/lib/libreoffice", "/opt/libreoffice")
# What the desktop app needs on a Linux desktop besides that: Qt's X11 (xcb) platform libraries
# and the same CJK font, so that the Chinese interface shows Chinese rather than boxes.
DESKTOP_PACKAGES = ["fonts-wqy-microhei", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0",
                    "libdbus-1-3", "libglib2.0-0", "fontconfig", "fonts-dejavu-core", "libx11-xcb1",
                    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
                    "libxkbcommon-x11-0"]

# The standalone build: pdffonts for its smoke test (the PDF fonts it ships are in resources/fonts).
BUNDLE_PACKAGES = [*DESKTOP_PACKAGES, "poppler-utils", "binutils"]
BUNDLE_DIR = HERE / "dist" / "habitat-results"


def venv_python(venv_dir: Path = VENV) -> Path:
    return venv_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd, **kw) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], **kw)


def has_spreadsheet_program(folders=LIBREOFFICE_FOLDERS) -> bool:
    """Whether some LibreOffice is installed (on the PATH or in its usual folders)."""
    return any(shutil.which(name) for name in ("soffice", "libreoffice")) or any(
        Path(folder, "program", "soffice").exists() for folder in folders)


def wanted_packages(packages: list[str], *, spreadsheet: bool = False,
                    folders=LIBREOFFICE_FOLDERS) -> list[str]:
    """The packages to have; LibreOffice only if asked and no LibreOffice is there yet."""
    return [*packages, *([SPREADSHEET_PACKAGE] if spreadsheet and not has_spreadsheet_program(folders) else [])]


def debian_packages(packages: list[str] = DEBIAN_PACKAGES) -> bool:
    """Install missing Debian packages when we can (root on Debian); say what is missing otherwise.

    Only packages that are missing are installed, and apt may remove nothing (``--no-remove``):
    whatever is installed already stays as it is. True when all of them are installed."""
    if not shutil.which("dpkg-query"):
        return True
    missing = [p for p in packages
               if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
                                 text=True).stdout.strip() != "install ok installed"]
    if not missing:
        return True
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-qq", env=env)
        if run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "--no-remove", *missing,
               env=env):
            sys.exit("could not install Debian packages: " + " ".join(missing))
        return True
    print("Missing Debian packages: sudo apt-get install " + " ".join(missing))
    return False


def setup(extras: str = "") -> Path:
    if not venv_python().exists():
        print(f"Creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    target = f"{HERE}[{extras}]" if extras else str(HERE)
    if run(venv_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", target):
        sys.exit("pip install failed")
    return venv_python()


# --- skipping the set-up when nothing changed -------------------------------------------------------

def environment_stamp(task: str, packages: list[str], venv_dir: Path = VENV, project: Path = HERE) -> dict:
    """What a finished set-up depends on: the project's requirements, the environment's Python and
    installed distributions (name and version, from their ``.dist-info`` folders), and the system
    packages asked for with the state of the package database. Reading it takes milliseconds."""
    pyproject = project / "pyproject.toml"
    cfg = venv_dir / "pyvenv.cfg"
    installed = sorted(p.name for site in _site_packages(venv_dir) for p in site.glob("*.dist-info"))
    dpkg_status = Path("/var/lib/dpkg/status")
    return {
        "task": task,
        "pyproject": hashlib.sha256(pyproject.read_bytes()).hexdigest() if pyproject.is_file() else None,
        "python": cfg.read_text(encoding="utf-8", errors="replace") if cfg.is_file() else None,
        "installed": installed,
        "system_packages": sorted(packages),
        "dpkg": dpkg_status.stat().st_mtime_ns if packages and dpkg_status.is_file() else None,
    }


def _site_packages(venv_dir: Path) -> list[Path]:
    return [*venv_dir.glob("lib/python*/site-packages"), *venv_dir.glob("Lib/site-packages")]


def stamp_file(task: str, venv_dir: Path = VENV) -> Path:
    return venv_dir / f".habitat-setup-{task}.json"


def is_up_to_date(task: str, packages: list[str], venv_dir: Path = VENV, project: Path = HERE) -> bool:
    """True when the last set-up for ``task`` was made for exactly this project and environment."""
    try:
        stored = json.loads(stamp_file(task, venv_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return venv_python(venv_dir).exists() and stored == environment_stamp(task, packages, venv_dir, project)


def write_stamp(task: str, packages: list[str], venv_dir: Path = VENV, project: Path = HERE) -> None:
    """Record a finished set-up (written last: an interrupted set-up leaves no stamp)."""
    target = stamp_file(task, venv_dir)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(environment_stamp(task, packages, venv_dir, project)), encoding="utf-8")
    tmp.replace(target)


def prepare(task: str, packages: list[str], extras: str = "") -> Path:
    """The set-up for ``task`` (system packages, then pip), skipped while its stamp still matches."""
    if is_up_to_date(task, packages):
        return venv_python()
    complete = debian_packages(packages)
    python = setup(extras)
    if complete:  # a missing package is named again next time
        write_stamp(task, packages)
    return python


def main(argv: list[str]) -> int:
    task = argv[0] if argv else "run"
    if task == "test":
        python = prepare("test", wanted_packages(DEBIAN_PACKAGES, spreadsheet=True), "test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        code = run(python, "-m", "pytest", *argv[1:], cwd=HERE, env=env)
        if code == 5:
            print("pytest collected no tests: that is a failure")
            return 1
        return code
    if task == "run":
        python = prepare("run", DESKTOP_PACKAGES)
        return run(python, "-m", "desktop", *argv[1:], cwd=HERE)
    if task == "bundle":
        return bundle(prepare("bundle", BUNDLE_PACKAGES, "test,bundle"))
    print(__doc__)
    return 2


def bundle(python: Path) -> int:
    """Build the one-folder app with PyInstaller, then run its smoke test (tests/test_bundle.py)."""
    code = run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", HERE / "dist", "--workpath", HERE / "build" / "pyinstaller",
               HERE / "packaging" / "habitat-results.spec", cwd=HERE)
    if code:
        return code
    size = sum(f.stat().st_size for f in BUNDLE_DIR.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Built {BUNDLE_DIR} ({size / 2**20:.0f} MB); smoke test:", flush=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HABITAT_RESULTS_REQUIRE_BUNDLE": "1"}
    return run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_bundle.py", cwd=HERE, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
