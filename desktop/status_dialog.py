"""Headquarters: what each office has sent for each reporting year, and which indicators are
reported (``db.completeness``), in one dialog opened from the Review menu. The dialog opens at
once; the counting runs on a worker thread, and the figures appear when it ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from db.completeness import Completeness, years_text
from db.framework import Framework
from desktop import accessible, check_text, jobs, plain_text

COLOURS = {"submitted": "#d9ead3", "partly submitted": "#fff2cc", "returned": "#fce5cd",
           "draft only in the office": "#fff2cc", "not received": "#f4cccc"}


class StatusDialog(QDialog):
    """Office × year states, then the indicators' coverage; read-only.

    It opens at once saying that it counts; ``count(work)`` runs the counting on a worker thread
    (at 2,000,000 records it takes seconds) and ``show_found`` fills the dialog in afterwards.
    """

    def __init__(self, framework: Framework, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Offices and years received"))
        self.framework, self.lang = framework, lang
        self.found: Completeness | None = None
        self.failure = ""  # what the user is told when the counting failed
        self._job: jobs.Job | None = None
        self.states: QTableWidget | None = None
        self.coverage: QTableWidget | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What headquarters holds from each office. “Draft only in the office” and "
                               "“partly submitted” come from what the office's file held when it was last "
                               "merged."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = plain_text.label(self.tr("Counting the records of every office and year…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.body = QWidget()  # the figures, shown once counted
        self.body.hide()
        QVBoxLayout(self.body).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 640)
        accessible.complete(self)  # every input named for screen readers

    # --- counting -------------------------------------------------------------------------------
    def count(self, work: Callable[[], Completeness]) -> jobs.Job:
        """Run ``work()`` on a worker thread (it opens its own read-only connection), then show its figures.

        The job belongs to the window, not to the dialog: closing the dialog abandons it, and it
        ends on its own without reporting to anyone.
        """
        job = jobs.Job(lambda progress: work(), self.parent(), lang=self.lang)
        job.succeeded.connect(self._counted)
        job.failed.connect(self._failed)
        job.ended.connect(job.deleteLater)
        self._job = job
        return jobs.start(job)

    def _counted(self, found: Completeness) -> None:
        if self._job is None or self._job.abandoned:
            return  # closed meanwhile
        self._job = None
        self.show_found(found)

    def _failed(self, message: str) -> None:
        if self._job is None or self._job.abandoned:
            return
        self._job = None
        if message.startswith("Traceback"):  # an unexpected failure: its last line says what it was
            message = message.strip().splitlines()[-1]
        self.failure = self.tr("The offices and years could not be counted: {message}").format(message=message)
        self.message.setText(self.failure)

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.abandon()  # its figures would reach a closed dialog
            self._job = None
        super().done(result)

    def computing(self) -> bool:
        """Whether the figures are still being counted."""
        return self._job is not None

    # --- figures --------------------------------------------------------------------------------
    def show_found(self, found: Completeness) -> None:
        """Show the office × year states and the indicators' coverage."""
        self.found = found
        framework, lang, layout = self.framework, self.lang, self.body.layout()
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
        self.message.hide()
        self.body.show()

    def state(self, office: str, year: int) -> str:
        """The state shown for an office and year (for tests); once counted."""
        assert self.found is not None and self.states is not None
        row = self.found.offices.index(office)
        return self.states.item(row, list(self.found.years).index(year)).text()
