"""Reading a results file without writing anything, by its former address: now ``db.store.reading``
(and ``ResultsFile.open_readonly`` for an open file)."""

from db.store.reading import (READ_ATTEMPTS, WAL_MODE, check_identity, connect_reading, in_wal_mode, peek_version,
                              reading_uri, reading_uri_ignoring_wal, sidecars)

__all__ = ["READ_ATTEMPTS", "WAL_MODE", "check_identity", "connect_reading", "in_wal_mode", "peek_version",
           "reading_uri", "reading_uri_ignoring_wal", "sidecars"]
