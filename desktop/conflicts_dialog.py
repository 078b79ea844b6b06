"""Headquarters resolves a merge's conflicts: the rival versions of each record side by side, keep one.

``ConflictsDialog`` lists the open conflicts of a headquarters file (``db.merge.list_conflicts``)
and keeps the version chosen (``db.merge.resolve_conflict``). Nothing here writes SQL.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from db.errors import HabitatError
from db.merge import Conflict, list_conflicts, resolve_conflict
from desktop import accessible, plain_text, terms
from desktop.problem_text import error_text
from desktop.vocabulary import column_titles

DIFFERENT_BACKGROUND = QColor("#fff3cd")
# The fields of a record shown when versions are compared, in this order.
COMPARED_FIELDS = ("indicator", "year", "country", "city", "entity", "value", "qualifier", "sex", "age",
                   "disability", "narrative", "source", "deleted")


def _field_text(field: str, value, lang: str) -> str:
    if field == "deleted":
        return QCoreApplication.translate("ConflictsDialog", "deleted") if value else ""
    if value is None or value == "":
        return ""
    if field == "country":
        return terms.country_label(str(value), lang)
    if field == "qualifier":
        return terms.qualifier_labels().get(value, str(value)) if value != "none" else ""
    if field in ("sex", "age", "disability"):
        return terms.breakdown_labels(field).get(value, str(value))
    if field == "value":
        return terms.number(value)
    if field in ("updated_at", "created_at"):
        return terms.local_time(str(value))
    return str(value)


def office_names(hq_path: Path) -> dict[str, str]:
    """Each office's name and code as people say it ("UN-Habitat Kenya (KEN)"), by code."""
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(hq_path) as results:  # only read: a read-only medium will do
        return {o.code: f"{o.name} ({o.code})" for o in results.offices()}


class ConflictsDialog(QDialog):
    """The open conflicts of a headquarters file; each one's versions side by side; keep one."""

    resolved = Signal(str)  # record id

    def __init__(self, hq_path: Path, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.hq_path = Path(hq_path)
        self.lang = lang
        self.conflicts: list[Conflict] = []
        self.office_names: dict[str, str] = {}
        self.setWindowTitle(self.tr("Conflicts in {file}").format(file=self.hq_path.name))

        self.conflict_list = QListWidget()
        self.conflict_list.currentRowChanged.connect(self.show_conflict)
        self.explanation = QLabel(self.tr("These records were changed in two copies of an office file. Compare "
                                          "the versions and keep one; the other is set aside."))
        self.explanation.setWordWrap(True)
        self.title = plain_text.label()
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.versions = QTableWidget(0, 0)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setWordWrap(True)
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.versions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        accessible.describe(self.conflict_list, self.tr("Records with rival versions"), self.explanation.text())
        accessible.describe(self.versions, self.tr("Versions side by side"),
                            self.tr("One column per version; the fields that differ are highlighted. Keep one "
                                    "with the button under its column."))
        self.keep_row = QHBoxLayout()
        self.keep_buttons: list[QPushButton] = []
        self.message = plain_text.label()
        self.message.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.versions, 1)
        right_layout.addLayout(self.keep_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 160, self.fontMetrics().height() * 36)
        self.reload()
        accessible.complete(self)  # every input named for screen readers

    def reload(self) -> None:
        """Read the open conflicts again and show the first one (or say there are none)."""
        try:
            self.conflicts = list_conflicts(self.hq_path)
            self.office_names = office_names(self.hq_path)
        except HabitatError as exc:
            self.conflicts = []
            self.message.setText(error_text(exc, self.lang))
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for conflict in self.conflicts:
            first = conflict.copies[0]
            place = ", ".join(_field_text(f, first[f], self.lang) for f in ("country", "city", "entity") if first[f])
            item = QListWidgetItem(self.tr("{office} · {indicator} {year} · {place}").format(
                office=self.office_names.get(conflict.office_code, conflict.office_code),
                indicator=first["indicator"], year=first["year"], place=place))
            item.setToolTip(plain_text.tooltip(self.tr("Record {id}: {count} versions").format(
                id=conflict.record_id, count=len(conflict.copies))))
            self.conflict_list.addItem(item)
        if self.conflicts:
            self.conflict_list.setCurrentRow(0)
        self.conflict_list.blockSignals(False)
        self.show_conflict(0 if self.conflicts else -1)

    def version_title(self, copy: dict) -> str:
        source = copy["file_name"] or self.tr("headquarters")
        if copy["held"]:
            return self.tr("Held now: version {version}\nfrom {file}").format(version=copy["version"], file=source)
        return self.tr("Rival: version {version}\nfrom {file}").format(version=copy["version"], file=source)

    def show_conflict(self, row: int) -> None:
        for button in self.keep_buttons:
            self.keep_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.setParent(None)
            button.deleteLater()
        self.keep_buttons = []
        if not 0 <= row < len(self.conflicts):
            self.title.setText(self.tr("No open conflicts.") if not self.conflicts else "")
            self.versions.clear()
            self.versions.setRowCount(0)
            self.versions.setColumnCount(0)
            return
        conflict = self.conflicts[row]
        copies = conflict.copies
        first = copies[0]
        place = ", ".join(_field_text(f, first[f], self.lang) for f in ("country", "city", "entity") if first[f])
        self.title.setText(self.tr("{indicator} {year} · {place} — {office}").format(
            indicator=first["indicator"], year=first["year"], place=place,
            office=self.office_names.get(conflict.office_code, conflict.office_code)))
        self.title.setToolTip(plain_text.tooltip(self.tr("Record {id}").format(id=conflict.record_id)))
        titles = column_titles()
        titles["deleted"] = self.tr("Deleted")
        extra = {"changed_by": self.tr("Changed by"), "updated_at": self.tr("Changed at")}
        fields = [*COMPARED_FIELDS, *extra]
        self.versions.clear()
        self.versions.setColumnCount(len(copies))
        self.versions.setRowCount(len(fields))
        self.versions.setHorizontalHeaderLabels([self.version_title(c) for c in copies])
        self.versions.setVerticalHeaderLabels([titles.get(f) or extra[f] for f in fields])
        for r, field in enumerate(fields):
            texts = [_field_text(field, c.get(field), self.lang) for c in copies]
            differs = field in COMPARED_FIELDS and len(set(texts)) > 1
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.tooltip(text))
                if differs:
                    item.setBackground(QBrush(DIFFERENT_BACKGROUND))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.versions.setItem(r, column, item)
        self.versions.resizeRowsToContents()
        for copy in copies:
            button = QPushButton(self.tr("Keep this version"))
            button.setToolTip(plain_text.tooltip(self.version_title(copy).replace("\n", " ")))
            button.clicked.connect(lambda checked=False, c=copy["choice"]: self.keep(c))
            self.keep_row.addWidget(button, 1)
            self.keep_buttons.append(button)

    def keep(self, choice: str) -> bool:
        """Keep one version of the selected record (a choice as ``list_conflicts`` names it); the list is read again."""
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return False
        record_id = self.conflicts[row].record_id
        try:
            kept = resolve_conflict(self.hq_path, record_id, choice)
        except HabitatError as exc:
            self.show_error(self.tr("Cannot resolve the conflict"), error_text(exc, self.lang))
            self.reload()  # a merge since the list was shown may have changed the rivals
            return False
        self.message.setText(self.tr("Record {id}: kept version {version} from {file}.").format(
            id=record_id, version=kept["version"], file=kept["file_name"] or self.tr("headquarters")))
        self.reload()
        self.resolved.emit(record_id)
        return True

    def show_error(self, title: str, message: str) -> None:
        plain_text.warn(self, title, message)
