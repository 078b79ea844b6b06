"""Unfinished rows: cells typed in the grid that the rules do not accept yet, kept exactly as typed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from db.errors import RecordNotFound
from db.store.audit import to_json, write_audit
from db.store.base import OpenFile, Store
from db.store.connection import default_user, utc_now
from db.store.models import UnfinishedRow, unfinished_from_row


class UnfinishedRows(Store):
    """The unfinished rows of a file; finishing one (it becomes a record) is ``ResultsFile``'s."""

    def unfinished_rows(self, *, indicators: Iterable[str] | None = None, year: int | None = None,
                        record_id: str | None = None) -> list[UnfinishedRow]:
        """Rows typed but not accepted yet (see schema ``_unfinished_rows``), oldest first."""
        clauses: list[str] = []
        params: list[object] = []
        if indicators is not None:
            codes = list(indicators)
            clauses.append(f"indicator IN ({', '.join('?' * len(codes))})")
            params += codes
        if year is not None:
            clauses.append("year = ?")
            params.append(year)
        if record_id is not None:
            clauses.append("record_id = ?")
            params.append(record_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        # As written, as RECORD_ORDER: the rows of one paste share their creation time.
        rows = self.conn.execute(f"SELECT * FROM unfinished_row{where} ORDER BY created_at, rowid", params)
        return [unfinished_from_row(r) for r in rows]

    def count_unfinished(self, year: int) -> int:
        return self.conn.execute("SELECT count(*) FROM unfinished_row WHERE year = ?", (year,)).fetchone()[0]

    def save_unfinished_row(self, cells: dict, *, row_id: str | None = None, record_id: str | None = None,
                            indicator: str | None = None, year: int | None = None,
                            who: str | None = None) -> UnfinishedRow:
        """Keep typed cells exactly as typed (a new row, or a refused edit of ``record_id``): one transaction.

        ``row_id`` names the unfinished row to write (made if the file has none of that id);
        ``indicator`` and ``year`` say where it is shown (by default the cells' own).
        """
        who = who or default_user()
        now = utc_now()
        if indicator is None:
            indicator = cells.get("indicator") if isinstance(cells.get("indicator"), str) else ""
        if year is None:
            year = cells.get("year") if isinstance(cells.get("year"), int) else None
        text = to_json(cells)
        with self.transaction() as conn:
            old = None
            if row_id is not None:
                old = conn.execute("SELECT cells FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
            if old is None:
                row_id = row_id or str(uuid.uuid4())
                conn.execute("INSERT INTO unfinished_row (id, office_code, record_id, indicator, year, cells, "
                             "created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (row_id, self.office.code, record_id, indicator, year, text, now, now, who))
                write_audit(conn, who, "insert", "unfinished_row", row_id, None, cells, at=now)
            elif old["cells"] != text:
                conn.execute("UPDATE unfinished_row SET indicator = ?, year = ?, cells = ?, updated_at = ?, "
                             "changed_by = ? WHERE id = ?", (indicator, year, text, now, who, row_id))
                write_audit(conn, who, "update", "unfinished_row", row_id, json.loads(old["cells"]), cells, at=now)
        assert row_id is not None  # given, or made above
        return self.unfinished_row(row_id)

    def unfinished_row(self, row_id: str) -> UnfinishedRow:
        row = self.conn.execute("SELECT * FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise RecordNotFound.of("unfinished_row_missing", id=row_id, file=self.path.name)
        return unfinished_from_row(row)

    def discard_unfinished_row(self, row_id: str, *, who: str | None = None) -> None:
        """Delete an unfinished row the user deleted (audited with what it held)."""
        who = who or default_user()
        drop_unfinished(self.file, row_id, who, "delete")


def drop_unfinished(file: OpenFile, row_id: str, who: str, action: str, at: str | None = None) -> None:
    """Delete an unfinished row (if still there), audited as ``action``: one transaction, or the caller's."""
    with file.transaction() as conn:
        old = conn.execute("SELECT cells FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
        if old is None:
            return
        conn.execute("DELETE FROM unfinished_row WHERE id = ?", (row_id,))
        write_audit(conn, who, action, "unfinished_row", row_id, json.loads(old["cells"]), None, at=at)
