"""A record's history in the window: who changed it, when, on which computer, old → new, from where.

``HistoryDialog`` shows ``db.history.record_history`` of the selected record: one line per step,
with the import file or the merge batch (office file and its SHA-256) that did it. It only reads
the file, so it opens on a file of a read-only medium too. Not modal: the grid stays usable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from db.history import RecordHistory, Source, Step
from desktop import plain_text, terms
from desktop.conflicts_dialog import _field_text
from desktop.vocabulary import column_titles

class HistoryDialog(QDialog):
    """The history of one record, oldest step first."""

    COLUMNS = ("when", "who", "computer", "what", "changes", "from")

    def __init__(self, history: RecordHistory, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("History of the record"))
        self.resize(1100, 480)
        layout = QVBoxLayout(self)
        self.summary = plain_text.label()
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary(lang))
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(history.steps), len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("History of the record"))
        self.table.setAccessibleDescription(self.summary.text())
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Computer"), self.tr("What"),
                                              self.tr("Changes"), self.tr("From")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        words = self.action_words()
        for row, step in enumerate(history.steps):
            cells = (terms.local_time(step.at), step.who, step.machine or self.tr("not recorded"),
                     words.get(step.action, step.action), self.changes_text(step, lang),
                     self.source_text(step.source))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.tooltip(text))  # a comment or a name from a file: shown as written
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS.index("changes"), QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)  # nothing chosen: the history is read, not edited
        layout.addWidget(self.table, 1)
        if not history.steps:
            layout.addWidget(QLabel(self.tr("The file holds no history of this record.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # the changes wrap in the width the column has now

    def _summary(self, lang: str) -> str:
        record = self.history.record
        if record is None:
            return self.tr("Record {id}: no longer in the file.").format(id=self.history.record_id)
        place = ", ".join(v for v in (_field_text("country", record.country, lang), record.city, record.entity) if v)
        value = _field_text("value", record.value, lang)
        qualifier = _field_text("qualifier", record.qualifier, lang)
        text = self.tr("{indicator} {year} · {place}: {value} — version {version}, {status}").format(
            indicator=record.indicator, year=record.year, place=place,
            value=" ".join(v for v in (qualifier, value) if v) or "—", version=record.version,
            status=self.status_words().get(record.status, record.status))
        if record.deleted:
            text += " · " + self.tr("deleted")
        if self.history.headquarters:
            text += "\n" + self.tr("Headquarters: each version that arrived with a merge, with its office file, and "
                              "headquarters' own reviews.")
        return text

    def action_words(self) -> dict[str, str]:
        """What each step did, in the UI language (by the audit log's action)."""
        return {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "submit": self.tr("submitted"),
            "feedback": self.tr("headquarters' decision applied"),
            "review": self.tr("reviewed at headquarters"),
            "resolve": self.tr("conflict resolved"),
            "merge": self.tr("arrived with a merge"),
            "rival": self.tr("rival version arrived with a merge"),
        }


    def status_words(self) -> dict[str, str]:
        return {"draft": self.tr("draft"), "submitted": self.tr("submitted"), "validated": self.tr("validated"),
                "returned": self.tr("returned")}


    def source_text(self, source: Source | None) -> str:
        if source is None:
            return ""
        if source.kind == "import":
            return self.tr("import of {file} (SHA-256 {sha})").format(file=source.file_name,
                                                                      sha=source.sha256[:12] + "…")
        return self.tr("merge batch {batch}: {file} of {office} (SHA-256 {sha})").format(
            batch=source.batch, file=source.file_name, office=source.office, sha=source.sha256[:12] + "…")


    def value_text(self, field: str, value, lang: str) -> str:
        if field == "status":
            return self.status_words().get(str(value), str(value)) if value else "—"
        if field == "deleted":
            return self.tr("yes") if value else self.tr("no")
        return _field_text(field, value, lang) or "—"


    def changes_text(self, step: Step, lang: str) -> str:
        titles = {**column_titles(), "status": self.tr("Status"), "deleted": self.tr("Deleted")}
        parts = []
        if step.version is not None and step.action in ("merge", "rival"):
            parts.append(self.tr("version {version}").format(version=step.version))
        for field, old, new in step.changes:
            name = titles.get(field, field)
            if old is None and (new is None or new == "" or (field == "qualifier" and new == "none")):
                continue  # a first version's empty fields say nothing
            if old is None:
                parts.append(f"{name}: {self.value_text(field, new, lang)}")
            else:
                parts.append(f"{name}: {self.value_text(field, old, lang)} → {self.value_text(field, new, lang)}")
        if step.action == "resolve" and step.comment:
            parts.append(step.comment)
        elif step.comment:
            parts.append(f"“{step.comment}”")
        return "; ".join(parts)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (what a user reads)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
