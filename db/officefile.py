"""The results file, by its former address: every name is now in ``db.store`` (split by job).

Kept so that code written against ``db.officefile`` keeps working; new code imports from the
``db.store`` module that holds the name (``db.store.results_file.ResultsFile``, …).
"""

from db.store.connection import (BUSY_TIMEOUT_MS, SQLITE_HEADER, check_sqlite_header, connect, default_user,
                                 hold_if_shared, readonly_uri, transaction, utc_now)
from db.store.models import (AUDITED_FIELDS, EDITABLE_FIELDS, LISTED_EXPRESSIONS, RECORD_COLUMNS, RECORD_ORDER,
                             SORTABLE, STATUS_ORDER, Office, Record, RecordQuery, UnfinishedRow)
from db.store.offices import check_office, in_capitals, offices_named
from db.store.results_file import ResultsFile

_hold_if_shared = hold_if_shared  # its name before the split

__all__ = [
    "AUDITED_FIELDS", "BUSY_TIMEOUT_MS", "EDITABLE_FIELDS", "LISTED_EXPRESSIONS", "RECORD_COLUMNS", "RECORD_ORDER",
    "SORTABLE", "SQLITE_HEADER", "STATUS_ORDER", "Office", "Record", "RecordQuery", "ResultsFile", "UnfinishedRow",
    "_hold_if_shared", "check_office", "check_sqlite_header", "connect", "default_user", "in_capitals",
    "offices_named", "readonly_uri", "transaction", "utc_now",
]
