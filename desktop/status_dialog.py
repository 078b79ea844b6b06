"""Headquarters: what each office has sent for each reporting year, and which indicators are
reported (``db.completeness``), in one dialog opened from the Review menu."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from db.completeness import Completeness, years_text
from db.framework import Framework
from desktop import check_text

COLOURS = {"submitted": "#d9ead3", "partly submitted": "#fff2cc", "returned": "#fce5cd",
           "draft only in the office": "#fff2cc", "not received": "#f4cccc"}


class StatusDialog(QDialog):
    """Office × year states, then the indicators' coverage; read-only."""

    def __init__(self, found: Completeness, framework: Framework, lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offices and years received"))
        self.found = found
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What headquarters holds from each office. “Draft only in the office” and "
                               "“partly submitted” come from what the office's file held when it was last "
                               "merged."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        years = list(found.years)
        self.states = QTableWidget(len(found.offices), len(years))
        self.states.setHorizontalHeaderLabels([str(y) for y in years])
        self.states.setVerticalHeaderLabels(found.offices)
        by_key = {(o.office, o.year): o for o in found.office_years}
        for row, office in enumerate(found.offices):
            for column, year in enumerate(years):
                entry = by_key[(office, year)]
                item = QTableWidgetItem(check_text.state_text(entry.state))
                item.setToolTip(entry.words())
                item.setBackground(QBrush(QColor(COLOURS.get(entry.state, "#ffffff"))))
                self.states.setItem(row, column, item)
        self.states.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.states.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.states)

        total = len(found.offices)
        heading = QLabel(self.tr("Indicators reported ({count} of {total})").format(
            count=sum(1 for c in found.coverage if c.offices), total=len(found.coverage)))
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        self.coverage = QTableWidget(len(found.coverage), 4)
        self.coverage.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Offices reporting"),
                                                 self.tr("Records"), self.tr("Years")])
        self.coverage.verticalHeader().hide()
        for row, c in enumerate(found.coverage):
            indicator = framework.indicator(c.indicator)
            name = QTableWidgetItem(f"{c.indicator}  {indicator.name.get(lang)}")
            name.setToolTip(indicator.name.get(lang))
            offices = QTableWidgetItem(self.tr("{count} of {total}").format(count=len(c.offices), total=total))
            offices.setToolTip(", ".join(c.offices))
            if not c.offices:
                offices.setBackground(QBrush(QColor(COLOURS["not received"])))
            cells = [name, offices, QTableWidgetItem(f"{c.records:,}"),
                     QTableWidgetItem(years_text(c.years))]
            for column, item in enumerate(cells):
                self.coverage.setItem(row, column, item)
        header = self.coverage.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.coverage.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.coverage, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def state(self, office: str, year: int) -> str:
        """The state shown for an office and year (for tests)."""
        row = self.found.offices.index(office)
        return self.states.item(row, list(self.found.years).index(year)).text()
