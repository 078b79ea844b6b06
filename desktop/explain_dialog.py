"""A figure explained in the window: the records behind it and what the counting rule did with each.

``ExplanationDialog`` shows ``exports.explain.explain`` of one indicator, for the period or one
year, as ``habitat-results explain`` prints it: the figure, then each record (id, office, office
file, value, place) and its fate. The columns and fates use the annex's own words in the window's
language (``exports.explain.SHEET_WORDS``, those of the Excel annex's Explained sheet). It only
reads the file. Not modal: the overview stays usable.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import plain_text


class ExplanationDialog(QDialog):
    """The records behind one indicator's figure in the open file."""

    def __init__(self, path: Path, code: str, years: tuple[int, ...], *, include_drafts: bool, lang: str = "en",
                 year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.path, self.code, self.years, self.include_drafts, self.lang = Path(path), code, years, include_drafts, lang
        self.explanation = None
        self.setWindowTitle(self.tr("The records behind {indicator}").format(indicator=code))
        self.resize(1150, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Figure of")))
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("the whole period"), None)
        for y in years:
            self.year_box.addItem(str(y), y)
        row.addWidget(self.year_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = plain_text.label()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("The records behind the figure"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if year in years:
            self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.year_box.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        from exports.explain import SHEET_WORDS, explain_file
        from exports.numbers import QUALIFIER_WORDS, format_value
        from exports.xlsx import EXTRA

        year = self.year_box.currentData()
        chosen = (year,) if year is not None else self.years
        explanation = explain_file(self.path, self.code, years=chosen, include_drafts=self.include_drafts)
        self.explanation = explanation
        words = SHEET_WORDS.get(self.lang, SHEET_WORDS["en"])
        # The annex's words for statuses and qualifiers, as on its Explained sheet.
        statuses = EXTRA.get(self.lang, {}).get("statuses", {})
        qualifiers = QUALIFIER_WORDS.get(self.lang, QUALIFIER_WORDS["en"])
        parts = explanation.components or (explanation,)
        records = [(part.indicator.code, r) for part in parts for r in part.records]
        cell = explanation.figure
        figure = (format_value(cell.value, explanation.indicator.rule, cell.qualifier, self.lang, abbreviate=False)
                  if cell.value is not None else self.tr("not reported"))
        counted = sum(1 for _, r in records if r.counted)
        text = self.tr("{indicator}, {period}: {figure}. {counted} record(s) counted, {others} not counted.").format(
            indicator=self.code, period=str(year) if year is not None else self._period(), figure=figure,
            counted=counted, others=len(records) - counted)
        if explanation.components:
            num, den = (c.indicator.code for c in explanation.components)
            text += " " + self.tr("A share: {numerator} ÷ {denominator}, the records of both below.").format(
                numerator=num, denominator=den)
        self.summary.setText(text)
        columns = ("", *words["columns"]) if explanation.components else words["columns"]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(records))
        self.table.setHorizontalHeaderLabels(list(columns))
        for n, (code, r) in enumerate(records):
            fate = (r.words() if self.lang == "en" else
                    words["fates"].get(r.fate, r.words()).format(other=r.other, of_which=r.of_which))
            values = (r.record_id, r.office, r.source, r.year, "" if r.value is None else r.value,
                      qualifiers.get(r.qualifier, r.qualifier), r.country, r.city, r.entity, r.of_which,
                      statuses.get(r.status, r.status), r.counts if r.counted else "", fate)
            if explanation.components:
                values = (code, *values)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(plain_text.tooltip(str(value)))  # names from office files: shown as written
                if isinstance(value, (int, float)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)

    def _period(self) -> str:
        first, last = self.years[0], self.years[-1]
        return str(first) if first == last else f"{first}–{last}"
