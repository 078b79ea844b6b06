"""The standalone build's smoke test (``python3 tasks.py bundle`` builds it into dist/ and runs this).

The bundled app runs with no Python on its PATH and a fresh home: it shows its window (offscreen),
creates an office file, imports a CSV and exports the annex as PDF (English, Chinese, Arabic) and XLSX.
The files are read back here: every PDF font embedded and from the bundle, the workbook reopened.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "habitat-results"
EXE = ".exe" if sys.platform == "win32" else ""
APP = BUNDLE / f"habitat-results-app{EXE}"
CLI = BUNDLE / f"habitat-results{EXE}"

if not APP.is_file():
    if os.environ.get("HABITAT_RESULTS_REQUIRE_BUNDLE"):  # set by tasks.py bundle: no silent skip there
        raise RuntimeError(f"no standalone app at {APP}")
    pytest.skip(f"no standalone build at {BUNDLE} (python3 tasks.py bundle makes one)", allow_module_level=True)


def bare_environment(tmp: Path) -> dict:
    """No Python on the PATH, no Python variables, a fresh home and offscreen Qt."""
    empty = tmp / "empty-path"
    empty.mkdir(exist_ok=True)
    env = {"PATH": str(empty), "HABITAT_RESULTS_HOME": str(tmp / "home"), "HOME": str(tmp / "home"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP"):  # Windows cannot start a process without them
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bundle")
    out = tmp / "out"
    env = bare_environment(tmp)
    done = subprocess.run([str(APP), "--smoke-test", str(out)], env=env, capture_output=True, text=True,
                          timeout=600, cwd=tmp)
    report = json.loads((out / "smoke-report.json").read_text(encoding="utf-8"))
    assert done.returncode == 0 and report["ok"], report.get("error") or done.stderr
    return out, report, env


def inside_bundle(path: str) -> bool:
    return Path(path).resolve().is_relative_to(BUNDLE.resolve())


def test_the_bundled_app_runs_alone_and_shows_its_window(smoke):
    out, report, env = smoke
    assert report["frozen"] and inside_bundle(report["executable"])
    assert shutil.which("python3", path=env["PATH"]) is None and shutil.which("python", path=env["PATH"]) is None
    assert report["qt_platform"] == "offscreen" and report["steps"]["window"]
    from PySide6.QtGui import QImage

    for name in ("window-welcome.png", "window-office.png", "window-office-zh.png"):
        image = QImage(str(out / name))
        assert image.width() >= 800 and image.height() >= 600, name


def test_it_imports_and_uses_the_shipped_translation(smoke):
    out, report, _ = smoke
    assert report["steps"]["imported"] == 3 and report["steps"]["submitted"] == 3
    assert report["translation"]["file_menu"] == "文件(&F)"
    assert inside_bundle(report["translation"]["qm"])  # shipped, not built with lrelease at run time
    assert not (out.parent / "home" / "cache" / "translations").exists()


def test_it_switches_to_arabic_right_to_left_with_qts_own_words(smoke):
    out, report, _ = smoke
    arabic = report["arabic"]
    assert arabic["file_menu"] == "&ملف" and arabic["right_to_left"]
    assert inside_bundle(arabic["qm"]) and Path(arabic["qm"]).name.startswith("habitat_ar-")
    assert arabic["qt_cancel"] not in ("", "Cancel")  # qtbase_ar.qm shipped and loaded
    from PySide6.QtGui import QImage

    assert QImage(str(out / "window-office-ar.png")).width() >= 800


def test_it_saves_a_chart_as_svg_and_png(smoke):
    out, report, _ = smoke
    assert report["steps"]["charts"] == ["chart-zh.png", "chart-zh.svg"]
    svg = (out / "chart-zh.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "非正规住区" in svg and ">1.2k<" in svg and ">300<" in svg
    from PySide6.QtGui import QImage

    image = QImage(str(out / "chart-zh.png"))
    assert image.width() == 960 and image.height() == 600


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use, and whether its program is embedded in the file."""
    from pypdf import PdfReader

    fonts = {}
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_the_pdf_annex_embeds_every_font_from_the_bundle(smoke, lang):
    out, report, _ = smoke
    assert all(inside_bundle(path) for path in report["pdf_fonts"].values()), report["pdf_fonts"]
    pdf = out / f"annex-{lang}.pdf"
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        assert len(lines) > 2 and all(line.split()[-5] == "yes" for line in lines[2:]), lines
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert ("附件" in text) == (lang == "zh") and "1.1.a" in text
    assert any("\u0621" <= c <= "\u064a" for c in text) == (lang == "ar")  # Arabic letters, extracted


def test_the_xlsx_annex_reopens(smoke):
    from openpyxl import load_workbook

    book = load_workbook(smoke[0] / "annex-en.xlsx", read_only=True)
    assert "Annex I" in book.sheetnames


def test_the_bundled_command_line_runs_alone(smoke, tmp_path):
    env = smoke[2]
    done = subprocess.run([str(CLI), "framework", "--lang", "zh"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1.1.a" in done.stdout.decode("utf-8")
    office = tmp_path / "x.habitat"
    done = subprocess.run([str(CLI), "init", str(office), "--office", "X", "--name", "X", "--country", "KEN"],
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0 and office.is_file(), done.stderr


def test_the_bundle_holds_what_it_needs_and_not_more():
    files = [p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*") if p.is_file()]
    platforms = {Path(f).stem for f in files if "/plugins/platforms/" in f}
    expected = {"linux": {"libqoffscreen", "libqxcb"}, "win32": {"qoffscreen", "qwindows"},
                "darwin": {"libqoffscreen", "libqcocoa"}}.get(sys.platform, set())
    assert expected <= platforms, platforms
    assert not [p for p in platforms if "wayland" in p or "eglfs" in p or "vnc" in p]
    for unwanted in ("QtWebEngine", "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Wayland", "pytest", "hypothesis",
                     "pdfplumber", "tkinter", "libqgtk3"):
        assert not [f for f in files if unwanted in f], unwanted
    fonts = {Path(f).name for f in files if "/resources/fonts/" in f and f.endswith(".ttf")}
    assert fonts == {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                     "LiberationSerif-BoldItalic.ttf", "Amiri-Regular.ttf", "Amiri-Bold.ttf",
                     "WenQuanYiMicroHei.ttf"}
    for name in ("zh_CN", "ar", "es", "fr", "ru"):  # ours, and Qt's own for its standard dialogs
        assert [f for f in files if f.endswith(".qm") and f"/resources/translations/habitat_{name}-" in f], name
        assert [f for f in files if f.endswith(f"/qtbase_{name}.qm")], name
    licences = (BUNDLE / "LICENSES" / "README.txt").read_text(encoding="utf-8")
    for name in ("Liberation-Fonts-OFL-1.1.txt", "Amiri-OFL-1.1.txt", "WenQuanYi-Micro-Hei-Apache-2.0.txt", "LGPL-3.0",
                 "Python", "openpyxl", "reportlab", "PySide6", "click", "pycountry"):
        assert name in licences, name
    assert (BUNDLE / "LICENSES" / "WenQuanYi-Micro-Hei-Apache-2.0.txt").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd lists the libraries of Linux plugins")
def test_every_kept_qt_plugin_finds_its_libraries():
    """The smoke test runs offscreen: this checks that xcb and the others would load on a desktop."""
    internal = next(BUNDLE.glob("_internal"), BUNDLE)
    qt = internal / "PySide6" / "Qt"
    env = {"LD_LIBRARY_PATH": f"{internal}:{qt / 'lib'}", "PATH": os.environ.get("PATH", "")}
    plugins = sorted((qt / "plugins").rglob("*.so"))
    assert plugins
    for plugin in plugins:
        listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env).stdout
        assert "not found" not in listed, f"{plugin.name}:\n{listed}"
