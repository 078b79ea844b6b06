"""The grid's filter bar: city, country, status, value range and (at headquarters) office.

It only says what the user asked for; the record model turns it into a ``RecordQuery`` that
``ResultsFile`` runs in SQL, so that 200,000 records filter and sort at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop import accessible, terms
from desktop.flow_layout import FlowLayout, grow_when_wrapped


class GridFilterBar(QWidget):
    """A row of filter fields above the grid; ``changed`` fires a moment after typing stops."""

    changed = Signal()
    sort_by_office = Signal(bool)  # headquarters: rows grouped by office

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("GridFilter", "Filter the records"))
        # The fields wrap onto a second line rather than being cut or widening the window.
        layout = FlowLayout(self)
        grow_when_wrapped(self)
        self.city = QLineEdit()
        self.city.setPlaceholderText(QCoreApplication.translate("GridFilter", "City contains"))
        self.city.setAccessibleName(QCoreApplication.translate("GridFilter", "Filter by city"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(QCoreApplication.translate("GridFilter", "Country"))
        self.country.setAccessibleName(QCoreApplication.translate("GridFilter", "Filter by country"))
        self.status = QComboBox()
        self.status.setAccessibleName(QCoreApplication.translate("GridFilter", "Filter by status"))
        self.status.addItem(QCoreApplication.translate("GridFilter", "Any status"), None)
        for code, label in terms.status_labels().items():
            self.status.addItem(label, code)
        self.value_min = QLineEdit()
        self.value_min.setPlaceholderText(QCoreApplication.translate("GridFilter", "Value from"))
        self.value_min.setAccessibleName(QCoreApplication.translate("GridFilter", "Smallest value"))
        self.value_max = QLineEdit()
        self.value_max.setPlaceholderText(QCoreApplication.translate("GridFilter", "to"))
        self.value_max.setAccessibleName(QCoreApplication.translate("GridFilter", "Largest value"))
        self.office = QComboBox()
        self.office.setAccessibleName(QCoreApplication.translate("GridFilter", "Filter by office"))
        self.by_office = QCheckBox(QCoreApplication.translate("GridFilter", "Sort by office"))
        self.by_office.toggled.connect(self.sort_by_office)
        self.clear_button = QPushButton(QCoreApplication.translate("GridFilter", "Clear filter"))
        layout.addWidget(QLabel(QCoreApplication.translate("GridFilter", "Filter:")))
        for widget in (self.city, self.country, self.status, self.value_min, self.value_max, self.office,
                       self.by_office, self.clear_button):
            layout.addWidget(widget)
        self.office.hide()
        self.by_office.hide()
        matching = QCoreApplication.translate("GridFilter", "Only the records that match are shown in the grid.")
        for field in (self.city, self.country, self.status, self.value_min, self.value_max, self.office):
            field.setAccessibleDescription(matching)
            if isinstance(field, QLineEdit):  # the placeholder says what to type; it must not be cut
                accessible.fit_placeholder(field)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.changed)
        for edit in (self.city, self.country, self.value_min, self.value_max):
            edit.textChanged.connect(self._timer.start)
            edit.returnPressed.connect(self._now)
        self.status.currentIndexChanged.connect(self._now)
        self.office.currentIndexChanged.connect(self._now)
        self.clear_button.clicked.connect(self.clear)

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def set_offices(self, codes: list[str] | None) -> None:
        """Offer an office filter (headquarters: several offices), or hide it (None)."""
        self.office.blockSignals(True)
        self.office.clear()
        if codes:
            self.office.addItem(QCoreApplication.translate("GridFilter", "Any office"), None)
            for code in codes:
                self.office.addItem(code, code)
        self.office.blockSignals(False)
        self.office.setVisible(bool(codes))
        self.by_office.blockSignals(True)
        self.by_office.setChecked(False)
        self.by_office.blockSignals(False)
        self.by_office.setVisible(bool(codes))

    def clear(self) -> None:
        for edit in (self.city, self.country, self.value_min, self.value_max):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for box in (self.status, self.office):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._now()

    def wanted(self) -> dict:
        """What the fields ask for: city, country (text), status, value_min, value_max, office."""
        return {"city": self.city.text().strip(), "country": self.country.text().strip(),
                "status": self.status.currentData(), "value_min": self.value_min.text().strip(),
                "value_max": self.value_max.text().strip(), "office": self.office.currentData()}
