"""The pre-publication check's result as a panel: the verdict, then the blocking problems and the
warnings, each in the user-interface language (the core's English in the tooltip)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop import check_text, plain_text
from exports.check import CheckReport

RED, AMBER, GREEN = "#8a1c1c", "#8a4b00", "#1e6b30"


class CheckPanel(QWidget):
    """Shows a ``CheckReport``; ``show_running`` while a check is under way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verdict = plain_text.label()
        self.verdict.setWordWrap(True)
        self.listing = QListWidget()
        self.listing.setWordWrap(True)
        self.listing.setMaximumHeight(self.fontMetrics().height() * 9)
        self.listing.setAccessibleName(self.tr("What the check found"))
        self.listing.setAccessibleDescription(self.tr("Problems that block publication, then warnings; the "
                                                      "annex is checked again when the years or the drafts "
                                                      "change."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.listing)
        self.report: CheckReport | None = None

    def show_running(self) -> None:
        self.report = None
        self.verdict.setStyleSheet("color: #5f6368")
        self.verdict.setText(self.tr("Checking the annex before it is published…"))
        self.listing.clear()
        self.listing.hide()

    def show_failed(self, message: str) -> None:
        self.report = None
        self.verdict.setStyleSheet(f"color: {RED}")
        self.verdict.setText(self.tr("The check could not be made: {reason}").format(reason=message))
        self.listing.hide()

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.verdict.setStyleSheet(f"color: {GREEN if report.ok else RED}; font-weight: bold")
        self.verdict.setText(check_text.summary(report))
        self.listing.clear()
        for finding in [*report.blocking, *report.warnings]:
            label = check_text.blocking_label() if finding.blocking else check_text.warning_label()
            item = QListWidgetItem(f"{label}: {check_text.text(finding)}")
            item.setToolTip(finding.message)
            item.setForeground(QBrush(QColor(RED if finding.blocking else AMBER)))
            self.listing.addItem(item)
        self.listing.setVisible(bool(report.findings))

    def lines(self) -> list[str]:
        """The listed problems as shown (for tests and screen readers)."""
        return [self.listing.item(n).text() for n in range(self.listing.count())]
