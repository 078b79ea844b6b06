"""The export dialog: which annex file to write (format, language, reporting years, drafts, the
document's masthead) and where. The export itself runs in the background (see ``MainWindow``).

The pre-publication check comes first: it runs in the background for the years chosen, and its
result heads the dialog. With blocking problems only a working draft can be exported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QToolButton, QVBoxLayout, QWidget)

from desktop import accessible, plain_text
from desktop.check_panel import CheckPanel
from desktop.flow_layout import WrappingLabel
from desktop.settings import Settings
from exports import ANNEX_LANGUAGES, FORMATS, DocumentSettings, annex_file_name

# The masthead fields a user may change, in the order the dialog shows them.
DOCUMENT_FIELDS = ("symbol", "date", "session", "agenda_item", "agenda_title", "title", "job_number")
SETTINGS_PREFIX = "export/"


@dataclass(frozen=True)
class ExportChoices:
    """Everything ``exports.export_annex`` needs, as chosen in the dialog."""

    fmt: str
    lang: str
    first_year: int
    last_year: int
    include_drafts: bool
    document: DocumentSettings
    out_path: Path
    working_draft: bool = False  # exported although the check found blocking problems: marked as such

    @property
    def years(self) -> str:
        return f"{self.first_year}-{self.last_year}"


def document_defaults(lang: str) -> dict[str, str]:
    """The report's masthead text in ``lang``, for the fields the dialog shows."""
    resolved = DocumentSettings(lang=lang).resolved()
    return {name: getattr(resolved, name) for name in DOCUMENT_FIELDS}


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _writable_folder(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


class ExportDialog(QDialog):
    """Choices for one annex export; ``choices()`` once accepted. Remembers them in the settings."""

    check_answered = Signal()  # the panel shows the check's answer, or why it could not be made

    def __init__(self, source: Path, years: Sequence[int], settings: Settings, lang: str = "en",
                 parent: QWidget | None = None, *, official_years: Sequence[int] = ()):
        """``years``: the plan period of the file; ``official_years``: those holding submitted results,
        which make the first suggestion when no choice is remembered."""
        super().__init__(parent)
        self.source = Path(source)
        self.plan_years = tuple(years)
        self.official_years = tuple(y for y in official_years if y in self.plan_years)
        self.settings = settings
        self._confirmed_path: Path | None = None  # chosen in the Save-as picker, which asked about overwriting
        self.setWindowTitle(self.tr("Export annex"))
        self.check_panel = CheckPanel()
        self.working_draft_box = QCheckBox(self.tr("Export a working draft anyway, marked “Working draft — "
                                                   "not for publication” on every page and sheet"))
        self.working_draft_box.hide()
        self._checked: tuple | None = None  # the (years, drafts) the panel's report is for
        self._answered: tuple | None = None  # the (years, drafts) the panel shows an answer for
        self._check_job = None
        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_timer.timeout.connect(self.run_check)

        self.format_box = QComboBox()
        names = {"pdf": self.tr("PDF document (.pdf)"), "xlsx": self.tr("Excel workbook (.xlsx)"),
                 "csv": self.tr("CSV table (.csv)"), "json": self.tr("JSON data (.json)")}
        for fmt in FORMATS:
            self.format_box.addItem(names.get(fmt, fmt), fmt)
        self.language_box = QComboBox()
        for code, name in ANNEX_LANGUAGES.items():
            self.language_box.addItem(name, code)

        first, last = self.plan_years[0], self.plan_years[-1]
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for box in (self.first_year, self.last_year):
            box.setRange(first, last)
        self.first_year.setValue(first)
        self.last_year.setValue(last)
        # The period never runs backwards: moving one end past the other takes the other along.
        self.first_year.valueChanged.connect(lambda y: self.last_year.setValue(max(y, self.last_year.value())))
        self.last_year.valueChanged.connect(lambda y: self.first_year.setValue(min(y, self.first_year.value())))
        years_row = QHBoxLayout()
        years_row.addWidget(QLabel(self.tr("from")))
        years_row.addWidget(self.first_year)
        years_row.addWidget(QLabel(self.tr("to")))
        years_row.addWidget(self.last_year)
        years_row.addStretch(1)

        self.drafts_box = QCheckBox(self.tr("Include draft and returned records"))
        self.drafts_hint = WrappingLabel(self.tr("Drafts are not official results: the document will say that it "
                                          "is a working view and its figures are not final."))
        self.drafts_hint.setWordWrap(True)
        self.drafts_hint.setIndent(self.fontMetrics().height() + 6)  # under the check box's text
        self.drafts_box.toggled.connect(self._show_drafts_hint)

        # A check box does not wrap its text: the explanation goes below it, as for drafts.
        self.figures_box = QCheckBox(self.tr("Add a Figures section to the PDF"))
        self.figures_hint = WrappingLabel(self.tr("Each indicator's figures by year as a chart. The Excel workbook "
                                           "always has a Charts sheet."))
        self.figures_hint.setWordWrap(True)
        self.figures_hint.setIndent(self.fontMetrics().height() + 6)
        self.figures_hint.setStyleSheet("color: #5f6368")

        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Document details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self.show_details)
        self.details = QWidget()
        details_form = QFormLayout(self.details)
        details_form.setContentsMargins(18, 0, 0, 0)
        self.document_edits: dict[str, QLineEdit] = {}
        labels = {"symbol": self.tr("Symbol"), "date": self.tr("Date"), "session": self.tr("Session"),
                  "agenda_item": self.tr("Agenda item"), "agenda_title": self.tr("Agenda item title"),
                  "title": self.tr("Title"), "job_number": self.tr("Job number")}
        for name in DOCUMENT_FIELDS:
            edit = QLineEdit()
            edit.textChanged.connect(edit.setToolTip)  # the long headings do not fit: hover shows them whole
            self.document_edits[name] = edit
            details_form.addRow(labels[name], edit)
        self.reset_button = QPushButton(self.tr("Restore the report's text"))
        self.reset_button.clicked.connect(lambda: self._fill_document(self.language(), keep_edited=False))
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_button)
        details_form.addRow(reset_row)

        self.path_edit = QLineEdit()
        self.path_edit.textEdited.connect(lambda text: setattr(self, "_confirmed_path", None))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_output)
        self.browse_button = browse
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.problem = plain_text.label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a1c1c")
        self.problem.hide()

        self.format_box.setAccessibleDescription(self.tr("The kind of file: PDF for the report; Excel, CSV or "
                                                         "JSON for the figures."))
        self.language_box.setAccessibleDescription(self.tr("The language the annex is written in."))
        for box in (self.first_year, self.last_year):
            box.setAccessibleDescription(self.tr("The first and the last year of the period the annex covers."))
        self.path_edit.setAccessibleDescription(self.tr("Where the annex is written; Choose… picks a folder "
                                                        "and a name."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Language of the annex"), self.language_box)
        form.addRow(self.tr("Reporting years"), years_row)
        drafts = QVBoxLayout()
        drafts.setSpacing(2)
        drafts.addWidget(self.drafts_box)
        drafts.addWidget(self.drafts_hint)
        form.addRow("", drafts)
        figures = QVBoxLayout()
        figures.setSpacing(2)
        figures.addWidget(self.figures_box)
        figures.addWidget(self.figures_hint)
        form.addRow("", figures)
        form.addRow(self.tr("Save as"), path_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.check_panel)
        layout.addWidget(self.working_draft_box)
        layout.addLayout(form)
        layout.addWidget(self.details_button)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

        self._restore(lang)
        self.show_details(False)
        self._show_drafts_hint(self.drafts_box.isChecked())
        self.format_box.currentIndexChanged.connect(self._on_format_or_language)
        self.language_box.currentIndexChanged.connect(self._on_format_or_language)
        self._last_format, self._last_language = self.format(), self.language()
        for signal in (self.first_year.valueChanged, self.last_year.valueChanged, self.drafts_box.toggled):
            signal.connect(self._check_timer.start)  # a check per settled choice, not per keystroke
        self.run_check()
        accessible.complete(self)  # every input named for screen readers

    # --- the choices ------------------------------------------------------------------------------

    def format(self) -> str:
        return self.format_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def set_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def set_language(self, lang: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(lang))

    def set_years(self, first: int, last: int) -> None:
        self.last_year.setValue(last)
        self.first_year.setValue(first)
        self.last_year.setValue(last)

    def document_settings(self) -> DocumentSettings:
        """The masthead as typed; an emptied field takes the report's text again."""
        typed = {name: edit.text().strip() for name, edit in self.document_edits.items()}
        return DocumentSettings(lang=self.language(), figures=self.figures_box.isChecked() and self.format() == "pdf",
                                **{k: v for k, v in typed.items() if v})

    def _typed_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        # Never relative to the working directory, which the user does not see.
        return path if path.is_absolute() else self.default_folder() / path

    def output_path(self) -> Path | None:
        """The file to write: a bare name goes into the suggested folder; the extension follows the format."""
        path = self._typed_path()
        return None if path is None else self._with_extension(path, self.format())

    def choices(self) -> ExportChoices:
        return ExportChoices(self.format(), self.language(), self.first_year.value(), self.last_year.value(),
                             self.drafts_box.isChecked(), self.document_settings(), self.output_path(),
                             self.working_draft_box.isChecked() and not self._check_ok())

    # --- the pre-publication check ----------------------------------------------------------------

    def _check_key(self) -> tuple:
        return (self.first_year.value(), self.last_year.value(), self.drafts_box.isChecked())

    def run_check(self) -> None:
        """Check the file for the years and drafts chosen, in the background (its own connection)."""
        from desktop.jobs import Job, start

        key = self._check_key()
        if self._checked == key and self.check_panel.report is not None:
            return
        self._checked = key
        self.check_panel.show_running()
        source, (first, last, drafts) = self.source, key

        def work(progress):
            from exports.check import check_file

            return check_file(source, years=range(first, last + 1), include_drafts=drafts)

        job = Job(work)
        job.succeeded.connect(lambda report, key=key: self._check_done(key, report))
        job.failed.connect(lambda message, key=key: self._check_failed(key, message))
        self._check_job = start(job)

    def _check_done(self, key: tuple, report) -> None:
        # The check may end after the dialog has closed and been deleted: then nobody is waiting.
        if not shiboken6.isValid(self) or key != self._check_key():
            return  # the choices changed meanwhile: a newer check is coming
        self.check_panel.show_report(report)
        self.working_draft_box.setVisible(not report.ok)
        self.adjustSize()
        self._answered = key
        self.check_answered.emit()

    def _check_failed(self, key: tuple, message: str) -> None:
        if shiboken6.isValid(self) and key == self._check_key():
            self.check_panel.show_failed(message)
            self._answered = key
            self.check_answered.emit()

    def check_running(self) -> bool:
        """Whether the check of the current choices has not answered yet (the panel says it is running)."""
        return self._answered != self._check_key()

    def _check_ok(self) -> bool:
        report = self.check_panel.report
        return report is not None and report.ok

    def _wait_for_check(self) -> None:
        """The check for the current choices, made now if the background one has not answered yet."""
        if self.check_panel.report is not None and self._checked == self._check_key():
            return
        from exports.check import check_file

        first, last, drafts = key = self._check_key()
        self._checked = key
        try:
            self._check_done(key, check_file(self.source, years=range(first, last + 1), include_drafts=drafts))
        except Exception as exc:  # noqa: BLE001 - shown to the user; the export then says why too
            self._check_failed(key, str(exc))

    # --- behaviour --------------------------------------------------------------------------------

    def show_details(self, shown: bool) -> None:
        """Open or fold the document details (folded at first: the report's text usually fits)."""
        if self.details_button.isChecked() != shown:
            self.details_button.setChecked(shown)  # comes back here through toggled
            return
        folded = Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else folded)
        self.details.setVisible(shown)
        self.adjustSize()

    def _show_drafts_hint(self, checked: bool) -> None:
        self.drafts_hint.setStyleSheet("color: #8a4b00; font-weight: bold" if checked else "color: #5f6368")

    def default_folder(self) -> Path:
        """The last folder exported to, else beside the office file, else the documents folder."""
        remembered = self.settings.value(SETTINGS_PREFIX + "folder")
        for folder in (Path(remembered) if remembered else None, self.source.parent):
            if folder is not None and _writable_folder(folder):
                return folder
        return documents_folder()

    def suggested_name(self, fmt: str | None = None, lang: str | None = None) -> str:
        return annex_file_name(self.source, lang or self.language(), fmt or self.format())

    @staticmethod
    def _with_extension(path: Path, fmt: str) -> Path:
        if path.suffix.lower().lstrip(".") in FORMATS:
            return path.with_suffix(f".{fmt}")
        return path.with_name(f"{path.name}.{fmt}")

    def _on_format_or_language(self) -> None:
        fmt, lang = self.format(), self.language()
        current = self._typed_path()
        if current is None or current.name == self.suggested_name(self._last_format, self._last_language):
            folder = current.parent if current is not None else self.default_folder()
            self.path_edit.setText(str(folder / self.suggested_name(fmt, lang)))
        else:  # a name of the user's own: keep it, change only the extension
            self.path_edit.setText(str(self._with_extension(current, fmt)))
        self._confirmed_path = None
        if lang != self._last_language:
            self._fill_document(lang, keep_edited=True, previous=self._last_language)
        self._last_format, self._last_language = fmt, lang
        self.figures_box.setEnabled(fmt == "pdf")

    def _fill_document(self, lang: str, *, keep_edited: bool, previous: str | None = None) -> None:
        """Put the report's text in ``lang`` into the fields (those the user changed stay, if asked)."""
        new = document_defaults(lang)
        old = document_defaults(previous) if previous else {}
        for name, edit in self.document_edits.items():
            text = edit.text().strip()
            if not keep_edited or not text or text == old.get(name):
                edit.setText(new[name])
                edit.setCursorPosition(0)

    def choose_output(self) -> None:
        fmt = self.format()
        current = self.output_path() or self.default_folder() / self.suggested_name()
        path = self.ask_output_path(current, self.format_box.currentText() + f" (*.{fmt})")
        if path is not None:
            path = self._with_extension(path, fmt)
            self.path_edit.setText(str(path))
            self._confirmed_path = path

    def accept(self) -> None:
        self._wait_for_check()
        report = self.check_panel.report
        if report is not None and not report.ok and not self.working_draft_box.isChecked():
            self._refuse(self.tr("The check found blocking problems (listed above): fix them first, or "
                                 "export a working draft marked as not for publication."))
            return
        typed = self._typed_path()
        if typed is None:
            self._refuse(self.tr("Choose where to save the annex."))
            return
        if typed.is_dir():
            self._refuse(self.tr("{path} is a folder: choose a file name.").format(path=typed))
            return
        path = self.output_path()
        if path.exists() and path != self._confirmed_path and not self.confirm_overwrite(path):
            return
        self.path_edit.setText(str(path))
        self._remember()
        super().accept()

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    # --- remembered choices -----------------------------------------------------------------------

    def _remember(self) -> None:
        put = self.settings.set_value
        put(SETTINGS_PREFIX + "format", self.format())
        put(SETTINGS_PREFIX + "language", self.language())
        put(SETTINGS_PREFIX + "first_year", self.first_year.value())
        put(SETTINGS_PREFIX + "last_year", self.last_year.value())
        put(SETTINGS_PREFIX + "include_drafts", self.drafts_box.isChecked())
        put(SETTINGS_PREFIX + "figures", self.figures_box.isChecked())
        put(SETTINGS_PREFIX + "folder", str(self.output_path().parent))

    def _restore(self, lang: str) -> None:
        get = self.settings.value
        fmt = get(SETTINGS_PREFIX + "format")
        self.set_format(fmt if fmt in FORMATS else FORMATS[0])
        annex_lang = get(SETTINGS_PREFIX + "language")
        self.set_language(annex_lang if annex_lang in ANNEX_LANGUAGES else
                          (lang if lang in ANNEX_LANGUAGES else "en"))
        try:
            first, last = int(get(SETTINGS_PREFIX + "first_year")), int(get(SETTINGS_PREFIX + "last_year"))
        except (TypeError, ValueError):
            # The years up to the last one with submitted results: a draft-only year would be an empty column.
            first, last = self.plan_years[0], (self.official_years or self.plan_years)[-1]
        # Another file may cover another period: keep only years within this file's plan.
        if first not in self.plan_years or last not in self.plan_years or first > last:
            first, last = self.plan_years[0], (self.official_years or self.plan_years)[-1]
        self.set_years(first, last)
        # QSettings' INI files give booleans back as text.
        self.drafts_box.setChecked(str(get(SETTINGS_PREFIX + "include_drafts", "false")).lower() == "true")
        self.figures_box.setChecked(str(get(SETTINGS_PREFIX + "figures", "false")).lower() == "true")
        self.figures_box.setEnabled(self.format() == "pdf")
        self._fill_document(self.language(), keep_edited=False)
        self.path_edit.setText(str(self.default_folder() / self.suggested_name()))

    # --- modal questions (one method each, so tests can replace them) -----------------------------

    def ask_output_path(self, suggested: Path, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the annex as"), str(suggested), filter_text)
        return Path(name) if name else None

    def confirm_overwrite(self, path: Path) -> bool:
        return plain_text.ask(self, self.tr("Replace the file?"),
                              self.tr("{file} already exists. Replace it?").format(file=path))

