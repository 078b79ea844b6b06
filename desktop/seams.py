"""The window's dialogs, one method each (``ask_*``, ``confirm_*``, ``show_*``), so that tests can
replace any of them on the window; the window's pieces open every modal dialog through these."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from db.officefile import Office
from desktop import plain_text
from desktop.dialogs import ImportProblemsDialog, OfficeProfileDialog, SubmitDialog
from desktop.paths import data_dir

FILE_FILTER = "Habitat Results (*.habitat);;SQLite (*.sqlite *.db);;All files (*)"


class DialogSeams:
    """Mixed into the main window: ``self`` is the window (a QWidget with ``lang``)."""

    def ask_office_profile(self) -> Office | None:
        dialog = OfficeProfileDialog(self.lang, self)
        return dialog.office() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_open_path(self, title: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(data_dir()), filter_text)
        return Path(name) if name else None

    def ask_save_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New office file"), str(suggested), FILE_FILTER)
        return Path(name) if name else None

    def confirm_submit(self, year: int, to_submit: dict[str, int], problems: list[str], unsaved: int,
                       warnings: list[str] = ()) -> bool:
        dialog = SubmitDialog(year, to_submit, problems, unsaved, self, warnings=warnings)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_import_problems(self, source: str, problems: list[str]) -> None:
        ImportProblemsDialog(source, problems, self).exec()

    def ask_import_duplicates(self, source: str, problems: list[str]) -> bool:
        """Whether to import a file whose only problems are duplicates, keeping them."""
        dialog = ImportProblemsDialog(source, problems, self, duplicates=True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm_duplicate_record(self, reason: str) -> bool:
        """Whether a row that repeats a record is meant as a second, identical record (as
        ``import --allow-duplicates``): two projects reporting the same figure."""
        box = plain_text.message_box(
            self, QMessageBox.Icon.Question, self.tr("Store an identical record?"),
            self.tr("This row says what a record of the file already says:\n{reason}\n\nStore it as a second "
                    "record, counted twice in the annex (two projects reporting the same figure)?").format(
                reason=reason),
            QMessageBox.StandardButton.Cancel)
        store = box.addButton(self.tr("Store both records"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        stored = box.clickedButton() is store
        box.deleteLater()
        return stored

    def ask_export(self, dialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def export_done_box(self, path: Path) -> QMessageBox:
        """The message after an export: where the file is, and a button that opens it."""
        box = plain_text.message_box(self, QMessageBox.Icon.Information, self.tr("Annex exported"),
                                     self.tr("The annex was written to:\n{path}").format(path=path),
                                     QMessageBox.StandardButton.Close)
        box.open_button = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        box.open_button.clicked.connect(lambda: self.open_external(path))
        box.setDefaultButton(box.open_button)
        return box

    def show_export_done(self, path: Path) -> None:
        box = self.export_done_box(path)
        box.exec()
        box.deleteLater()

    def open_external(self, path: Path) -> bool:
        """Open a file in the program the system uses for it (the PDF reader, the spreadsheet)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_conflicts_dialog(self, dialog) -> None:
        dialog.exec()

    def ask_return_comment(self, count: int) -> str | None:
        """What the office should change; None if cancelled."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return to the office"),
            self.tr("Return {count} record(s) to their office. What should the office change?").format(count=count))
        return text.strip() if ok else None

    def ask_feedback_office(self, offices: list[Office]) -> str | None:
        names = [f"{o.code} — {o.name}" for o in offices]
        name, ok = QInputDialog.getItem(self, self.tr("Write feedback"), self.tr("Feedback for the office:"),
                                        names, 0, False)
        return offices[names.index(name)].code if ok and name in names else None

    def ask_feedback_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the feedback as"), str(suggested),
                                              self.tr("Feedback from headquarters (*.json)"))
        return Path(name) if name else None

    def show_error(self, title: str, message: str) -> None:
        plain_text.warn(self, title, message)  # messages quote files, office codes and comments

    def show_info(self, title: str, message: str) -> None:
        plain_text.inform(self, title, message)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Habitat Results"),
                          self.tr("Habitat Results: UN-Habitat strategic plan results, entered offline by "
                                  "country offices and merged at headquarters."))

    def confirm_discard(self, unsaved_rows: int, narrative_not_stored: bool) -> bool:
        """Discard what is not stored (True) or stay (False)."""
        lines = []
        if unsaved_rows:
            lines.append(self.tr("{count} row(s) in the grid are not complete or were refused, so they are "
                                 "not stored.").format(count=unsaved_rows))
        if narrative_not_stored:
            lines.append(self.tr("The outcome narrative could not be stored."))
        lines.append(self.tr("Discard them, or cancel and finish them first?"))
        box = plain_text.message_box(self, QMessageBox.Icon.Warning, self.tr("Unsaved work"), "\n\n".join(lines),
                                     QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return plain_text.show(box) == QMessageBox.StandardButton.Discard
