"""The export dialog, its details open, with the demo data: ``export-dialog-en.png``, ``export-dialog-zh.png``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from db.framework import get_framework
from desktop import i18n
from desktop.export_dialog import ExportDialog
from desktop.settings import Settings
from tools.screenshots import SHOWN_HOME, demo_session, save_picture


def take(folder: Path) -> list[Path]:
    """Render the dialog, details open, in English and in Chinese (offscreen unless a display is chosen)."""
    shots = []
    with demo_session(folder) as (app, demo, _):
        for lang in ("en", "zh"):
            i18n.install_language(lang)
            dialog = ExportDialog(demo / "ken.habitat", get_framework().years, Settings(), lang,
                                  official_years=range(2020, 2025))
            dialog.path_edit.setText(str(SHOWN_HOME / "Documents" / dialog.suggested_name()))
            dialog.show_details(True)
            dialog.show()
            wait_for_check(dialog)
            shots.append(save_picture(app, dialog, folder / f"export-dialog-{lang}.png"))
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        i18n.install_language("en")
    return shots


def wait_for_check(dialog: ExportDialog, timeout_s: int = 120) -> None:
    """Until the dialog's check has answered: the picture shows its verdict, whenever it is taken."""
    if not dialog.check_running():
        return
    loop = QEventLoop()
    dialog.check_answered.connect(loop.quit)
    QTimer.singleShot(timeout_s * 1000, loop.quit)
    loop.exec()
    if dialog.check_running():
        raise RuntimeError(f"the export dialog's check did not answer within {timeout_s} s")
