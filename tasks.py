"""Set up and run Habitat Results from a fresh clone: ``python3 tasks.py run`` or ``python3 tasks.py test``.

It creates a virtual environment in ``.venv`` beside this file, installs the app and what its
tests need (on Debian/Ubuntu run as root, also the system packages the tests use: a Chinese font,
poppler and LibreOffice Calc), then launches the app or runs the test suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
# Debian packages the tests use: TrueType CJK and Times-like fonts reportlab can embed,
# PDF-to-text/PNG tools, a real spreadsheet program to open the XLSX, and the libraries Qt needs
# without a display.
DEBIAN_PACKAGES = ["fonts-wqy-microhei", "fonts-liberation", "poppler-utils", "poppler-data",
                   "libreoffice-calc", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3",
                   "libglib2.0-0", "fontconfig", "fonts-dejavu-core"]
# What the desktop app needs on a Linux desktop besides that: Qt's X11 (xcb) platform libraries
# and the same CJK font, so that the Chinese interface shows Chinese rather than boxes.
DESKTOP_PACKAGES = ["fonts-wqy-microhei", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0",
                    "libdbus-1-3", "libglib2.0-0", "fontconfig", "fonts-dejavu-core", "libx11-xcb1",
                    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
                    "libxkbcommon-x11-0"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd, **kw) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], **kw)


def debian_packages(packages: list[str] = DEBIAN_PACKAGES) -> None:
    """Install missing Debian packages when we can (root on Debian); say what is missing otherwise."""
    if not shutil.which("dpkg-query"):
        return
    missing = [p for p in packages
               if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
                                 text=True).stdout.strip() != "install ok installed"]
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run("apt-get", "update", "-qq", env=env)
        if run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env):
            sys.exit("could not install Debian packages: " + " ".join(missing))
    else:
        print("Missing Debian packages: sudo apt-get install " + " ".join(missing))


def setup(extras: str = "") -> Path:
    if not venv_python().exists():
        print(f"Creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    target = f"{HERE}[{extras}]" if extras else str(HERE)
    if run(venv_python(), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", target):
        sys.exit("pip install failed")
    return venv_python()


def main(argv: list[str]) -> int:
    task = argv[0] if argv else "run"
    if task == "test":
        debian_packages()
        python = setup("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        code = run(python, "-m", "pytest", *argv[1:], cwd=HERE, env=env)
        if code == 5:
            print("pytest collected no tests: that is a failure")
            return 1
        return code
    if task == "run":
        debian_packages(DESKTOP_PACKAGES)
        python = setup()
        return run(python, "-m", "desktop", *argv[1:], cwd=HERE)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
