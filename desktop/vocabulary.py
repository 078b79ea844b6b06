"""The record grid's shared words: its columns and their titles, and what a locked or incomplete row says.

Used by the grid's model, its undo commands, problem messages and the merge screens alike, so it
depends on none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Column keys, in display order; each is a field of ``Record`` (and of ``check_record``).
COLUMNS = ("indicator", "year", "country", "city", "entity", "value", "qualifier", "sex", "age",
           "disability", "narrative", "source", "status")
BREAKDOWNS = ("sex", "age", "disability")


def column_titles() -> dict[str, str]:
    return {
        "indicator": QCoreApplication.translate("RecordTableModel", "Indicator"),
        "year": QCoreApplication.translate("RecordTableModel", "Year"),
        "country": QCoreApplication.translate("RecordTableModel", "Country"),
        "city": QCoreApplication.translate("RecordTableModel", "City"),
        "entity": QCoreApplication.translate("RecordTableModel", "Entity"),
        "value": QCoreApplication.translate("RecordTableModel", "Value"),
        "qualifier": QCoreApplication.translate("RecordTableModel", "Qualifier"),
        # A breakdown makes the row a part of its place and year's total: "of which" (db/quality.py).
        "sex": QCoreApplication.translate("RecordTableModel", "Of which: sex"),
        "age": QCoreApplication.translate("RecordTableModel", "Of which: age group"),
        "disability": QCoreApplication.translate("RecordTableModel", "Of which: disability"),
        "narrative": QCoreApplication.translate("RecordTableModel", "Narrative"),
        "source": QCoreApplication.translate("RecordTableModel", "Source"),
        "status": QCoreApplication.translate("RecordTableModel", "Status"),
    }


def breakdown_tip() -> str:
    return QCoreApplication.translate(
        "RecordTableModel", "Empty: the row is the total of its place and year. Filled in: the row is a part "
                            "of that total (\"of which 600 women\"), shown in the breakdown tables and never "
                            "added to the total; the parts may not exceed it.")


def locked_message(status: str) -> str:
    if status == "validated":
        return QCoreApplication.translate("RecordTableModel", "Validated by headquarters: read-only.")
    return QCoreApplication.translate("RecordTableModel", "Submitted: read-only until headquarters returns it.")


def incomplete_label() -> str:
    return QCoreApplication.translate("RecordTableModel", "incomplete")


def incomplete_message() -> str:
    return QCoreApplication.translate(
        "RecordTableModel", "Incomplete: kept in the file as typed, but not a record yet. It is not "
                            "submitted or exported until what is marked is corrected.")

