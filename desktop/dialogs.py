"""Dialogs: the office profile, submitting a year, the import's problem list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget)

from db.officefile import Office, check_office, in_capitals
from db.validation import TEXT_LIMITS
from desktop import accessible, plain_text, terms
from desktop.problem_text import localize


class _Capitals(QValidator):
    """Shows an office code in capitals as it is typed or pasted: what is seen is what is stored."""

    def validate(self, text: str, pos: int):
        return QValidator.State.Acceptable, in_capitals(text), pos


class OfficeProfileDialog(QDialog):
    """The office's code, name, country and region, for a new office file."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Office profile"))
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("e.g. KEN or ROAF"))
        # Capitals rather than a refusal: 'ken' can only mean KEN, and headquarters must not see
        # 'ken' beside KEN as another office.
        self.code.setValidator(_Capitals(self.code))
        self.name = QLineEdit()
        self.name.setMaxLength(TEXT_LIMITS["office_name"])
        self.name.setPlaceholderText(self.tr("e.g. UN-Habitat Kenya Country Office"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in terms.countries(lang):
            self.country.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.country.model(), self.country)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.setCompleter(completer)
        self.country.setCurrentIndex(-1)
        self.region = QLineEdit()
        self.region.setMaxLength(TEXT_LIMITS["region"])
        self.region.setPlaceholderText(self.tr("e.g. Africa"))
        self.problems = plain_text.label()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a1c1c")
        self.country.setAccessibleDescription(self.tr("Type the country's name or its code; the list narrows "
                                                      "as you type."))
        for edit in (self.code, self.name, self.region):
            accessible.fit_placeholder(edit)
        form = QFormLayout()
        form.addRow(self.tr("Office code"), self.code)
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Region"), self.region)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        accessible.complete(self)  # every input named for screen readers

    def office(self) -> Office:
        index = self.country.findText(self.country.currentText(), Qt.MatchFlag.MatchFixedString)
        country = self.country.itemData(index) if index >= 0 else self.country.currentText().strip().upper()
        return Office(in_capitals(self.code.text().strip()), self.name.text().strip(), country or "",
                      self.region.text().strip())

    def accept(self) -> None:
        problems = check_office(self.office())
        if problems:
            self.problems.setText("\n".join(localize(p, self.lang) for p in problems))
            return
        super().accept()


class SubmitDialog(QDialog):
    """What submitting a year will lock, and what is wrong first."""

    def __init__(self, year: int, to_submit: dict[str, int], problems: list[str], unsaved: int,
                 parent: QWidget | None = None, *, warnings: list[str] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Submit {year}").format(year=year))
        total = sum(to_submit.values())
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{count} draft or returned record(s) of {year} will be submitted to "
                                 "headquarters. Submitted records are read-only until headquarters "
                                 "returns them.").format(count=total, year=year))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        listing = QListWidget()
        accessible.describe(listing, self.tr("Records to submit, by indicator"), summary.text())
        for code, n in sorted(to_submit.items()):
            listing.addItem(self.tr("{indicator}: {count} record(s)").format(indicator=code, count=n))
        layout.addWidget(listing)
        if unsaved:
            warning = QLabel(self.tr("{count} row(s) in the grid are not valid yet and will not be "
                                     "submitted.").format(count=unsaved))
            warning.setWordWrap(True)
            layout.addWidget(warning)
        if problems:
            heading = QLabel(self.tr("Fix these problems before submitting:"))
            heading.setStyleSheet("color: #8a1c1c; font-weight: bold")
            layout.addWidget(heading)
            problem_list = QListWidget()
            problem_list.addItems(problems)
            heading.setBuddy(problem_list)  # named by its heading for screen readers
            problem_list.setAccessibleDescription(summary.text())
            layout.addWidget(problem_list)
        if warnings:
            heading = QLabel(self.tr("Look at these before submitting (they do not stop it):"))
            heading.setStyleSheet("color: #8a4b00; font-weight: bold")
            layout.addWidget(heading)
            self.warning_list = QListWidget()
            self.warning_list.addItems(list(warnings))
            heading.setBuddy(self.warning_list)
            self.warning_list.setAccessibleDescription(summary.text())
            layout.addWidget(self.warning_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(self.tr("Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setEnabled(total > 0 and not problems)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)
        accessible.complete(self)  # every input named for screen readers


class ImportProblemsDialog(QDialog):
    """Every problem the importer found; nothing was stored.

    With ``duplicates`` (the only problems are duplicates) the user may import the file anyway.
    """

    def __init__(self, source: str, problems: list[str], parent: QWidget | None = None, *,
                 duplicates: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        layout = QVBoxLayout(self)
        if duplicates:
            text = self.tr("Nothing was imported from {file} yet: {count} duplicate(s) found. These rows repeat "
                           "records already in the file or other rows of the file (same indicator, year, place, "
                           "entity, breakdown and value), or the whole file was imported before: imported "
                           "anyway, they would be counted twice.")
        else:
            text = self.tr("Nothing was imported from {file}: {count} problem(s). Correct the "
                           "file and import it again.")
        label = plain_text.label(text.format(file=source, count=len(problems)))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.listing = QListWidget()
        self.listing.addItems(problems)
        accessible.describe(self.listing, self.windowTitle(), label.text())
        layout.addWidget(self.listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_anyway = None
        if duplicates:
            self.import_anyway = buttons.addButton(self.tr("Import anyway, duplicates included"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_anyway.setAutoDefault(False)
            buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)  # Enter: nothing stored
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 400)
        accessible.complete(self)  # every input named for screen readers

