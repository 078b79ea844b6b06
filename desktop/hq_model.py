"""The record grid's model for a headquarters file: the same records, read-only, each row headed by
its office (a headquarters file holds many offices' records; the grid's columns are an office's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop import plain_text
from desktop.record_model import RecordTableModel


class HeadquartersRecordModel(RecordTableModel):
    """Records as headquarters reviews them: nothing is edited here, the office heads every row."""

    def flags(self, index):
        # Headquarters validates or returns records; it never changes what an office entered.
        return super().flags(index) & ~Qt.ItemFlag.ItemIsEditable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role in (Qt.ItemDataRole.DisplayRole,
                                                                Qt.ItemDataRole.ToolTipRole):
            record = self.record(section)
            if record is None:
                return super().headerData(section, orientation, role)
            if role == Qt.ItemDataRole.DisplayRole:
                return record.office_code
            return plain_text.tooltip(QCoreApplication.translate(
                "HeadquartersRecordModel", "Row {row}: record of office {office}, version {version}").format(
                    row=section + 1, office=record.office_code, version=record.version))
        return super().headerData(section, orientation, role)
