"""The app on a plan headquarters issued: the demo Kenya file holding the EXAMPLE plan 2026–2029
(made up for the docs, not the official framework), and File → Add plan… showing it.

Writes ``add-plan-en.png``, ``plan-main-en.png`` and ``plan-main-zh.png``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from db.officefile import ResultsFile
from db.plans import add_plan, read_plan_file
from desktop import add_plan as add_plan_ui, i18n
from desktop.app import create_window
from desktop.settings import Settings
from tools.screenshots import ROOT, demo_session, save_picture

EXAMPLE_PLAN = ROOT / "resources" / "plans" / "examples" / "example-2026-2029.plan.json"


def take(folder: Path) -> list[Path]:
    """Render the Add plan dialog, then the window on the example plan's 2026."""
    shots = []
    with demo_session(folder) as (app, demo, tmp):
        office = Path(tmp) / "ken.habitat"
        shutil.copy(demo / "ken.habitat", office)
        i18n.install_language("en")
        window = create_window(office, Settings(), lang="en")
        window.resize(1280, 760)
        window.show()
        plan_file = read_plan_file(EXAMPLE_PLAN)
        dialog = add_plan_ui.AddPlanDialog(plan_file, office.name, "en", None, window)
        dialog.show()
        dialog.resize(660, dialog.sizeHint().height())
        shots.append(save_picture(app, dialog, folder / "add-plan-en.png"))
        dialog.close()
        window.close()
        app.processEvents()
        with ResultsFile.open(office) as results:
            add_plan(results, plan_file, who="amina.k")
            results.add_records([
                {"indicator": "A.1.a", "year": 2026, "value": 12400, "country": "KEN", "city": "Nairobi",
                 "source": "EXAMPLE project reports"},
                {"indicator": "A.1.a", "year": 2026, "value": 6100, "country": "KEN", "city": "Nairobi",
                 "sex": "female"},
                {"indicator": "A.1.a", "year": 2026, "value": 3900, "country": "KEN", "city": "Kisumu"},
                {"indicator": "A.1.c", "year": 2026, "country": "KEN", "city": "Kisumu"},
                {"indicator": "C.1.a", "year": 2026, "value": 2300, "country": "KEN", "city": "Garissa"},
            ], who="amina.k")
        for lang in ("en", "zh"):
            i18n.install_language(lang)
            window = create_window(office, Settings(), lang=lang)
            window.resize(1280, 760)
            window.show()
            window.overview_tabs.setCurrentWidget(window.overview_tabs.records)
            window.year_box.setCurrentIndex(window.year_box.findData(2026))
            window.select_node("indicator", "A.1.a")
            shots.append(save_picture(app, window, folder / f"plan-main-{lang}.png"))
            window.close()
            app.processEvents()
        i18n.install_language("en")
    return shots
