"""The records of a results file: reading, counting, adding, changing, deleting, submitting."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from db import schema
from db.errors import HabitatError, Problem, RecordLocked, RecordNotFound, ValidationError
from db.quality import CheckedRows
from db.store.audit import write_audit, write_audits
from db.store.base import Store
from db.store.connection import default_user, utc_now
from db.store.models import (AUDITED_FIELDS, EDITABLE_FIELDS, LISTED_EXPRESSIONS, RECORD_COLUMNS, RECORD_ORDER,
                             Record, RecordQuery, record_from_row)
from db.store.unfinished import drop_unfinished
from db.validation import check_record

if TYPE_CHECKING:
    from db.rules import ResultsFile


class Records(Store):
    """The records: each write is one transaction with its audit entries."""

    @property
    def _whole(self) -> ResultsFile:
        """The file itself: the rules (db.rules) read it as any reader does."""
        return cast("ResultsFile", self.file)

    def record(self, record_id: str) -> Record:
        row = self.conn.execute("SELECT * FROM record WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound.of("record_missing", id=record_id, file=self.path.name)
        return record_from_row(row)

    def _where(self, indicator, year, status, include_deleted, indicators=None, office=None):
        clauses, params = [], []
        if office:
            clauses.append("office_code = ?")
            params.append(office)
        if indicator:
            clauses.append("indicator = ?")
            params.append(indicator)
        if indicators is not None:
            clauses.append(f"indicator IN ({', '.join('?' * len(indicators))})")
            params.extend(indicators)
        if year is not None:
            clauses.append("year = ?")
            params.append(year)
        if status:
            clauses.append("status = ?")
            params.append(status)
        if not include_deleted:
            clauses.append("deleted = 0")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def records(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                year: int | None = None, status: str | None = None, include_deleted: bool = False,
                limit: int | None = None, offset: int = 0) -> list[Record]:
        """Records in framework-stable order (indicator, year, creation), a page at a time if asked."""
        where, params = self._where(indicator, year, status, include_deleted,
                                    list(indicators) if indicators is not None else None)
        sql = f"SELECT * FROM record{where} ORDER BY {RECORD_ORDER}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [record_from_row(r) for r in self.conn.execute(sql, params)]

    def record_rows(self, columns: Iterable[str], *, indicator: str | None = None, year: int | None = None,
                    office: str | None = None, as_text: bool = False) -> list[tuple]:
        """The live records' ``columns`` as plain tuples, in the order of ``records``.

        For listings of a whole headquarters file: no Record per row, no dict per row. ``as_text``
        gives every value as text ('' for none), converted by SQLite.
        """
        columns = list(columns)
        unknown = set(columns) - set(RECORD_COLUMNS) - set(LISTED_EXPRESSIONS)
        if unknown:
            raise ValueError(f"not record columns: {sorted(unknown)}")
        where, params = self._where(indicator, year, None, False, office=office)
        shown = [LISTED_EXPRESSIONS.get(c) or (f"ifnull(CAST({c} AS TEXT), '')" if as_text else c)
                 for c in columns]
        cursor = self.conn.cursor()
        cursor.row_factory = None
        # '+indicator': sorting all rows at once is twice as fast as walking the (indicator, year)
        # index and fetching each row from elsewhere in the file; a WHERE may still use the index.
        return cursor.execute(f"SELECT {', '.join(shown)} FROM record{where} "
                              f"ORDER BY +{RECORD_ORDER}", params).fetchall()

    def record_ids(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                   year: int | None = None, status: str | None = None,
                   include_deleted: bool = False, query: RecordQuery | None = None) -> list[str]:
        """Ids of the matching records in the order of ``records`` (or as ``query`` sorts and narrows them).

        For views that page by position: OFFSET makes SQLite sort and skip every earlier row on
        each page, while one ordered id list is cheap to read once and gives any page directly.
        """
        where, params = self._where(indicator, year, status, include_deleted,
                                    list(indicators) if indicators is not None else None)
        order = RECORD_ORDER
        if query is not None:
            where, params, order = query.sql(where, params)
        sql = f"SELECT id FROM record{where} ORDER BY {order}"
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: twice as fast as sqlite3.Row for 200,000 ids
        return [r[0] for r in cursor.execute(sql, params)]

    def records_by_id(self, ids: Iterable[str]) -> list[Record]:
        """The records with these ids, in the order given; unknown ids are left out."""
        ids = list(ids)
        found: dict[str, Record] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's limit on bound parameters
            chunk = ids[start:start + 500]
            sql = f"SELECT * FROM record WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update((r["id"], record_from_row(r)) for r in self.conn.execute(sql, chunk))
        return [found[i] for i in ids if i in found]

    def count_records(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                      year: int | None = None, status: str | None = None,
                      include_deleted: bool = False) -> int:
        where, params = self._where(indicator, year, status, include_deleted,
                                    list(indicators) if indicators is not None else None)
        return self.conn.execute(f"SELECT count(*) FROM record{where}", params).fetchone()[0]

    def counts_by_indicator(self, year: int | None = None) -> dict[str, int]:
        """How many live records each indicator holds (in one year, or in all)."""
        where, params = self._where(None, year, None, False)
        rows = self.conn.execute(f"SELECT indicator, count(*) FROM record{where} GROUP BY indicator", params)
        return dict(rows.fetchall())

    def counts_by_indicator_status(self, year: int) -> dict[tuple[str, str], int]:
        """How many live records each indicator holds in a year, by status."""
        rows = self.conn.execute("SELECT indicator, status, count(*) FROM record WHERE year = ? AND deleted = 0 "
                                 "GROUP BY indicator, status", (year,))
        return {(r[0], r[1]): r[2] for r in rows}

    def status_counts(self, year: int) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT status, count(*) FROM record WHERE year = ? AND deleted = 0 GROUP BY status", (year,))
        return dict(rows.fetchall())

    def check_values(self, values: dict, *, new: bool = False,
                     allow_duplicates: bool = False) -> tuple[dict, list[Problem]]:
        """Clean one record's values and list its problems; ``new``: also as a new record of this
        file (the rules of ``db.rules``: no duplicate unless allowed, a part needs its total and
        may not exceed it)."""
        clean, problems = check_record(values, self.plans)
        if new and not problems:
            problems = self._whole._rule_problems([clean], allow_duplicates=allow_duplicates,
                                                label=lambda n: "this row")
        return clean, problems

    def rule_problems(self, rows: list[dict], *, office_code: str | None = None, replacing=(),
                      allow_duplicates: bool = False, label=None, row_numbers: bool = False) -> list[Problem]:
        """The rules of ``db.rules`` for rows written as records of an office, as problems."""
        from db.rules import write_problems

        found = write_problems(self._whole, rows, office_code=office_code, replacing=replacing,
                               allow_duplicates=allow_duplicates, label=label)
        return [Problem(p.field or "value", p.message, p.row if row_numbers else None, p.code, p.params)
                for p in found]

    def add_record(self, values: dict, *, who: str | None = None, allow_duplicates: bool = False) -> Record:
        """Validate and store one new draft record."""
        return self.add_records([values], who=who, allow_duplicates=allow_duplicates)[0]

    def add_records(self, rows: Iterable[dict], *, who: str | None = None,
                    office_code: str | None = None, dry_run: bool = False,
                    allow_duplicates: bool = False) -> list[Record]:
        """Validate and store new draft records, all in one transaction (all or nothing).

        Every row is checked before anything is written, by ``check_record`` and the rules of
        ``db.rules`` (duplicates refused unless ``allow_duplicates``); ValidationError lists the
        problems of all rows, each with its position (``Problem.row``). ``dry_run`` stores nothing.
        """
        office_code = office_code or self.office.code
        who = who or default_user()
        now = utc_now()
        new: list[Record] = []
        problems: list[Problem] = []
        fixed = {"office_code": office_code, "status": "draft", "created_at": now, "updated_at": now,
                 "version": 1, "changed_by": who, "deleted": False}
        stored: list[tuple] = []
        audits: list[tuple] = []
        for n, values in enumerate(rows):
            clean, found = check_record(values, self.plans)
            if found:
                problems += [replace(p, row=n) for p in found]
            elif not problems:
                new_row(clean, fixed, new, stored, audits)
        if not problems:
            problems = self._whole._rule_problems([r.values() for r in new], office_code=office_code,
                                                allow_duplicates=allow_duplicates, row_numbers=True)
        if problems:
            raise ValidationError(problems)
        if dry_run:
            return new
        with self.transaction() as conn:
            self._insert(conn, stored, audits, who, now)
        return new

    def add_checked(self, checked: CheckedRows, *, who: str | None = None, dry_run: bool = False,
                    imported: tuple[str, str] | None = None) -> list[Record]:
        """Store rows checked by ``db.quality.check_rows`` as new drafts, in one transaction.

        ``imported``: (file name, SHA-256) of the file they come from, written to the import log
        in the same transaction, so that importing the file again can be refused.
        """
        if not checked.ok:
            raise ValidationError([Problem(p.field, p.message, p.row, p.code, p.params) for p in checked.problems])
        who = who or default_user()
        now = utc_now()
        fixed = {"office_code": self.office.code, "status": "draft", "created_at": now, "updated_at": now,
                 "version": 1, "changed_by": who, "deleted": False}
        new: list[Record] = []
        stored: list[tuple] = []
        audits: list[tuple] = []
        for clean in checked.clean:
            new_row(dict(clean), fixed, new, stored, audits)
        if dry_run:
            return new
        with self.transaction() as conn:
            self._insert(conn, stored, audits, who, now)
            if imported is not None:
                name, sha = imported
                conn.execute("INSERT INTO import_log (imported_at, imported_by, file_name, sha256, records) "
                             "VALUES (?, ?, ?, ?, ?)", (now, who, name, sha, len(stored)))
                write_audit(conn, who, "import", "file", sha, None,
                       {"file_name": name, "records": len(stored),
                        **({"duplicates_allowed": True} if checked.duplicates_allowed else {})}, at=now)
        return new

    def _insert(self, conn, stored: list[tuple], audits: list[tuple], who: str, now: str) -> None:
        conn.executemany(
            f"INSERT INTO record ({', '.join(RECORD_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})", stored)
        write_audits(conn, who, now, audits)

    def imports(self, sha256: str | None = None) -> list[dict]:
        """The files imported into this file (all, or those with this SHA-256), oldest first."""
        sql, params = "SELECT * FROM import_log", []
        if sha256:
            sql += " WHERE sha256 = ?"
            params.append(sha256)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def _edit_problems(self, old: Record, clean: dict) -> list[Problem]:
        """The rules of ``db.rules`` for an edit: checked when what the record says changes."""
        from db.quality import is_part, meaning_key, place_key
        from db.rules import removal_problems

        before = old.values()
        if meaning_key(before) == meaning_key(clean) and before["qualifier"] == clean["qualifier"]:
            return []  # a narrative, a source: the record says the same
        # A total leaves its place only when moved or made a part; a new value keeps it there.
        leaves = not is_part(before) and (is_part(clean) or place_key(before) != place_key(clean))
        return ((removal_problems(self._whole, [], moved={old.id: clean}) if leaves else [])
                + self._whole._rule_problems([clean], office_code=old.office_code, replacing=[old.id],
                                             label=lambda n: "this record"))

    def _deletion_problems(self, records: list[Record], deleted: bool,
                           allow_duplicates: bool = False) -> list[Problem]:
        """The rules of ``db.rules`` for records deleted (a total leaving its parts) or restored."""
        from db.rules import removal_problems

        changing = [r for r in records if r.deleted != deleted]
        if not changing:
            return []
        if deleted:
            return removal_problems(self._whole, [r.id for r in changing])
        problems: list[Problem] = []
        for office in sorted({r.office_code for r in changing}):
            mine = [r for r in changing if r.office_code == office]
            problems += self._whole._rule_problems([r.values() for r in mine], office_code=office,
                                                   allow_duplicates=allow_duplicates,
                                                 replacing=[r.id for r in mine], label=lambda n: "this record")
        return problems

    def update_record(self, record_id: str, changes: dict, *, who: str | None = None,
                      unfinished: str | None = None) -> Record:
        """Change some fields of a record: validated, version bumped, audited, in one transaction.

        ``unfinished``: the unfinished row (a refused edit of this record) that the change completes;
        it is deleted in the same transaction (the grid's way of saying so; see ``transaction``).
        """
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError([Problem.of(f, "not_editable") for f in sorted(unknown)])
        who = who or default_user()
        with self.transaction() as conn:
            old = self._editable(record_id)
            clean, problems = check_record({**old.values(), **changes}, self.plans)
            if problems:
                raise ValidationError(problems)
            changed = {k: v for k, v in clean.items() if getattr(old, k) != v}
            now = utc_now()
            if unfinished is not None:
                drop_unfinished(self.file, unfinished, who, "finish", at=now)
            if not changed:
                return old
            problems = self._edit_problems(old, clean)
            if problems:
                raise ValidationError(problems)
            sets = ", ".join(f"{k} = ?" for k in changed)
            conn.execute(
                f"UPDATE record SET {sets}, version = version + 1, updated_at = ?, changed_by = ? WHERE id = ?",
                [*changed.values(), now, who, record_id])
            write_audit(conn, who, "update", "record", record_id,
                   {k: getattr(old, k) for k in changed}, changed, at=now)
            return self.record(record_id)

    def delete_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Mark a record deleted (a tombstone, so that the deletion reaches headquarters)."""
        return self._set_deleted(record_id, True, who)

    def restore_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Undo a deletion."""
        return self._set_deleted(record_id, False, who)

    def set_deleted_many(self, record_ids: Iterable[str], deleted: bool, *,
                         who: str | None = None, allow_duplicates: bool = False) -> list[Record]:
        """Delete (tombstone) or restore several records in one transaction: all of them or none.

        Every record is checked first; a missing or locked one raises before anything changes.
        Returns the records as they are afterwards, in the order given.
        """
        who = who or default_user()
        ids = list(dict.fromkeys(record_ids))
        with self.transaction() as conn:
            old = [self._editable(record_id, allow_deleted=True) for record_id in ids]
            problems = self._deletion_problems(old, deleted, allow_duplicates)
            if problems:
                raise ValidationError(problems)
            changing = [r.id for r in old if r.deleted != deleted]
            if changing:
                now = utc_now()
                conn.executemany("UPDATE record SET deleted = ?, version = version + 1, updated_at = ?, "
                                 "changed_by = ? WHERE id = ?",
                                 [(int(deleted), now, who, record_id) for record_id in changing])
                write_audits(conn, who, now, [("delete" if deleted else "restore", "record", record_id,
                                              {"deleted": not deleted}, {"deleted": deleted})
                                             for record_id in changing])
            return self.records_by_id(ids)

    def _set_deleted(self, record_id: str, deleted: bool, who: str | None) -> Record:
        who = who or default_user()
        with self.transaction() as conn:
            old = self._editable(record_id, allow_deleted=True)
            if old.deleted == deleted:
                return old
            problems = self._deletion_problems([old], deleted)
            if problems:
                raise ValidationError(problems)
            now = utc_now()
            conn.execute("UPDATE record SET deleted = ?, version = version + 1, updated_at = ?, "
                         "changed_by = ? WHERE id = ?", (int(deleted), now, who, record_id))
            write_audit(conn, who, "delete" if deleted else "restore", "record", record_id,
                   {"deleted": old.deleted}, {"deleted": deleted}, at=now)
            return self.record(record_id)

    def _editable(self, record_id: str, allow_deleted: bool = False) -> Record:
        record = self.record(record_id)
        if record.locked:
            raise RecordLocked.of("record_locked", id=record_id, status=record.status)
        if record.deleted and not allow_deleted:
            raise RecordNotFound.of("record_deleted", id=record_id)
        return record

    def submit_year(self, year: int, *, who: str | None = None,
                    checked: Collection[tuple[str, int]] | None = None) -> int:
        """Sign off a year: its draft and returned records become submitted (and locked).

        This stores the sign-off only; the rule, with its checks, is ``exports.submission.submit_year``.
        ``checked``: the (id, version) of the records checked; if the year's records to submit
        differ now, nothing is submitted.
        """
        who = who or default_user()
        now = utc_now()
        open_ = f"status IN ({', '.join('?' * len(schema.OPEN_STATUSES))})"
        with self.transaction() as conn:
            rows = conn.execute(f"SELECT id, version FROM record WHERE year = ? AND deleted = 0 AND {open_}",
                                (year, *schema.OPEN_STATUSES)).fetchall()
            if checked is not None and {(r[0], r[1]) for r in rows} != set(checked):
                raise HabitatError.of("year_changed", path=str(self.path), year=year)
            ids = [r[0] for r in rows]
            conn.execute(
                "UPDATE record SET status = 'submitted', version = version + 1, updated_at = ?, "
                f"changed_by = ? WHERE year = ? AND deleted = 0 AND {open_}",
                (now, who, year, *schema.OPEN_STATUSES))
            write_audits(conn, who, now, [("submit", "record", i, None, {"status": "submitted"}) for i in ids])
        return len(ids)


def new_row(clean: dict, fixed: dict, new: list, stored: list, audits: list) -> None:
    """Make a new record of cleaned values: its stored tuple, its Record and its audit entry."""
    # Imports run to 100,000 rows: the Record is made from the stored tuple by position (a frozen
    # dataclass's keyword __init__ is several times slower); the audit entry from the same values.
    clean.update(fixed)
    clean["id"] = str(uuid.uuid4())
    row = tuple([clean[c] for c in RECORD_COLUMNS])
    new.append(Record(*row))
    stored.append(row)
    audits.append(("insert", "record", clean["id"], None,
                   {k: clean[k] for k in AUDITED_FIELDS if clean[k] not in ("", None)}))

