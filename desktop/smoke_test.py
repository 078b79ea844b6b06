"""``habitat-results-app --smoke-test FOLDER``: check that this installation works, end to end.

Made for the standalone build (``python3 tasks.py bundle``), which has no Python or test tools
beside it: the app shows its window, creates an office file, imports a CSV, and exports the annex
as PDF (English, Chinese and Arabic) and XLSX, saves a chart as SVG and PNG, all into FOLDER, then writes
``smoke-report.json`` there (what ran, from where, with which fonts and translations).
``tests/test_bundle.py`` reads the files back. Use a fresh ``HABITAT_RESULTS_HOME``: the window
opens the user's files otherwise.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
import traceback
from pathlib import Path

ROWS = [
    {"indicator": "1.1.a", "year": "2024", "value": "1200", "country": "KEN", "qualifier": "at least",
     "narrative": "Water kiosks in Kibera", "source": "Survey"},
    {"indicator": "1.1.c", "year": "2024", "value": "", "country": "KEN", "city": "Nairobi", "qualifier": "",
     "narrative": "内罗毕的参与式规划", "source": "项目报告"},
    {"indicator": "3.1.a", "year": "2024", "value": "", "country": "KEN", "qualifier": "",
     "narrative": "", "source": ""},
]


def run(folder: Path, create_window) -> int:
    """Run every step; 0 when all of them worked. The report says which step failed and why.

    ``create_window``: ``desktop.app.create_window``, passed in by the app (which imports this module).
    """
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    report: dict = {"frozen": bool(getattr(sys, "frozen", False)), "executable": sys.executable,
                    "steps": {}, "ok": False}
    started = time.perf_counter()
    window = None
    try:
        window = _steps(folder, report, create_window)
        report["ok"] = True
    except Exception:  # the report must say what broke, whatever it was
        report["error"] = traceback.format_exc()
    finally:
        report["seconds"] = round(time.perf_counter() - started, 2)
        (folder / "smoke-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        if window is not None:
            window.close()
    return 0 if report["ok"] else 1


def _steps(folder: Path, report: dict, create_window):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.importer import import_table
    from db.officefile import Office, ResultsFile
    from desktop import i18n
    from desktop.settings import Settings
    from exports import DocumentSettings, export_annex
    from exports.pdf import ARABIC, CJK, SERIF

    steps = report["steps"]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    report["qt_platform"] = app.platformName()
    window = create_window(None, Settings(), lang="en")
    window.show()
    app.processEvents()
    report["window_shown_at"] = time.time()  # the caller subtracts its own launch time: start-up
    window.grab().save(str(folder / "window-welcome.png"))
    steps["window"] = window.isVisible()

    office = folder / "smoke.habitat"
    ResultsFile.create(office, Office("SMK", "Smoke test office", "KEN", "Africa")).close()
    window.open_file(office)
    steps["office_file"] = window.results is not None

    table = folder / "results.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["indicator", "year", "value", "country", "city", "qualifier",
                                                "narrative", "source"])
        writer.writeheader()
        writer.writerows(ROWS)
    with ResultsFile.open(office) as results:
        steps["imported"] = import_table(results, table).stored
        steps["submitted"] = results.submit_year(2024)
    window.open_file(office)
    app.processEvents()
    window.grab().save(str(folder / "window-office.png"))

    for lang in ("en", "zh", "ar"):
        export_annex(office, folder / f"annex-{lang}.pdf", "pdf", DocumentSettings(lang=lang))
    export_annex(office, folder / "annex-en.xlsx", "xlsx")
    steps["exports"] = sorted(p.name for p in folder.glob("annex-*"))

    # A chart of the overview saved as SVG (QtSvg must be in the build) and PNG, in Chinese.
    from desktop.charts import Bar, BarChart

    chart = BarChart("1.1.a 非正规住区获得基本城市服务的人数", [Bar("2024", 1200, 2024), Bar("2025", 300, 2025)])
    chart.resize(480, 300)
    for suffix in ("svg", "png"):
        chart.save(str(folder / f"chart-zh.{suffix}"))
    steps["charts"] = sorted(p.name for p in folder.glob("chart-*"))

    window.set_language("zh")
    app.processEvents()
    window.grab().save(str(folder / "window-office-zh.png"))
    report["translation"] = {"qm": str(i18n.qm_file("zh")),
                             "file_menu": window.menuBar().actions()[0].text()}  # as the window shows it
    # Arabic: the shipped translation, Qt's own (qtbase_ar) for standard buttons, right to left.
    window.set_language("ar")
    app.processEvents()
    window.grab().save(str(folder / "window-office-ar.png"))
    from PySide6.QtCore import QCoreApplication

    qt_own = "QPlatformTheme"  # Qt's own words (qtbase_ar.qm), not the app's: lupdate leaves them out
    report["arabic"] = {"qm": str(i18n.qm_file("ar")), "file_menu": window.menuBar().actions()[0].text(),
                        "right_to_left": window.isRightToLeft(),
                        "qt_cancel": QCoreApplication.translate(qt_own, "Cancel")}
    i18n.install_language("en")

    from reportlab.pdfbase import pdfmetrics

    report["pdf_fonts"] = {name: pdfmetrics.getFont(name).face.filename for name in (SERIF, CJK, ARABIC)}
    return window
