"""File → Export entry template…: an Excel workbook an office fills in and imports back.

The workbook itself is made by ``exports.template`` (no Qt); here are the menu action, the small
dialog choosing the reporting year and language, and the background job that writes the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QWidget

from desktop import accessible

WORKBOOK_LANGUAGES = {"en": "English", "zh": "中文"}  # named in their own language


class EntryTemplateDialog(QDialog):
    """The reporting year whose records are pre-filled, and the language of the instructions."""

    def __init__(self, years, year: int, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export entry template"))
        layout = QFormLayout(self)
        intro = QLabel(self.tr("An Excel workbook for entering results offline: drop-down lists, "
                               "instructions, and the records of the year already in this file. "
                               "Fill it in, then import it with File → Import CSV/XLSX…"))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.year_box = QComboBox()
        for y in years:
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(year)))
        layout.addRow(self.tr("Reporting year"), self.year_box)
        self.language_box = QComboBox()
        for code, name in WORKBOOK_LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang)))
        layout.addRow(self.tr("Language of the workbook"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(440)
        for box in (self.year_box, self.language_box):
            box.setAccessibleDescription(intro.text())
        accessible.complete(self)  # every input named for screen readers

    def year(self) -> int:
        return self.year_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()


def make_action(window) -> QAction:
    """The File menu's action; enabled for an office file (headquarters does not enter results)."""
    action = QAction(QCoreApplication.translate("EntryTemplate", "Export entry &template…"), window)
    action.triggered.connect(lambda: export_entry_template(window))
    return action


# The two questions, replaceable in tests (like MainWindow.ask_export).
def ask_choices(dialog: EntryTemplateDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_path(parent: QWidget, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("EntryTemplate", "Save the entry template as")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                          QCoreApplication.translate("EntryTemplate", "Excel workbook (*.xlsx)"))
    return Path(name) if name else None


def export_entry_template(window):
    """Ask for the year, language and file, then write the template in the background; returns the job."""
    from desktop.export_dialog import documents_folder
    from desktop.jobs import run_with_progress

    if window.results is None or window.is_headquarters():
        return None
    results = window.results
    years = results.plans.years  # every plan's years: the template follows the year's plan
    dialog = EntryTemplateDialog(years, window.year or years[-1], window.lang, window)
    try:
        if not ask_choices(dialog):
            return None
        year, lang = dialog.year(), dialog.language()
    finally:
        dialog.deleteLater()
    suggested = documents_folder() / f"{results.path.stem}-template-{year}-{lang}.xlsx"
    out = ask_path(window, suggested)
    if out is None:
        return None
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    window.save_outcome_narrative()
    source = results.path

    def work(progress):
        from exports.template import write_template

        # The worker reads the file through its own read-only connection.
        return out, write_template(source, out, year, lang)

    def done(result) -> None:
        path, count = result
        text = QCoreApplication.translate(
            "EntryTemplate", "Entry template written to {path} ({count} record(s) of {year} pre-filled)")
        window.statusBar().showMessage(text.format(path=path, count=count, year=year), 15000)

    def failed(message: str) -> None:
        text = QCoreApplication.translate("EntryTemplate", "The entry template was not written.\n\n{reason}")
        window.show_error(QCoreApplication.translate("EntryTemplate", "Export failed"), text.format(reason=message))

    title = QCoreApplication.translate("EntryTemplate", "Writing the entry template")
    return run_with_progress(window, title, work, on_done=done, on_error=failed)
