"""The results file: one SQLite file per country office (and the same schema at headquarters).

``ResultsFile`` is the only way the rest of the app reads or writes a results file. Every write
is one transaction that also appends to the audit log, so a crash or a kill leaves the file as it
was before the write or after it. It is a facade: opening, closing and transactions are its own;
each job is a small store (``db.store.records``, ``unfinished``, ``narratives``, ``offices``,
``audit``) that it hands the call to.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict
from glob import escape as glob_escape
from pathlib import Path

from db import schema
from db.errors import OfficeFileError, Problem, ValidationError
from db.framework import Framework, FrameworkError, get_framework
from db.leftovers import make_private_folder, temporary_name
from db.plans import read_plans
from db.quality import CheckedRows
from db.storage import CHANGED, VANISHED, StorageError, refuse_read_only_medium, storage_error
from db.store.audit import AuditLog, write_audit, write_audits
from db.store.connection import (hold_if_shared, check_sqlite_header, connect, default_user, transaction,
                                 utc_now)
from db.store.models import Office, Record, RecordQuery, UnfinishedRow
from db.store.narratives import Narratives
from db.store.offices import Offices, check_office
from db.store.reading import check_identity, connect_reading, peek_version, sidecars
from db.store.records import Records
from db.store.unfinished import UnfinishedRows, drop_unfinished
from db.validation import check_narrative, check_record


class ResultsFile:
    """An open results file. Use ``create`` or ``open``; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False):
        self.path = Path(path)
        self.conn = conn
        self.readonly = readonly
        self._on_close: list[Callable[[], None]] = []
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        missing = [k for k in ("file_id", "kind", "framework_id", "framework_version") if not meta.get(k)]
        if missing:
            raise OfficeFileError.of("file_damaged", path=str(self.path), missing=", ".join(missing))
        self.file_id = meta["file_id"]
        self.kind = meta["kind"]
        try:
            self.framework: Framework = get_framework(meta["framework_id"], meta["framework_version"])
        except FrameworkError as exc:
            raise OfficeFileError.of("file_framework", path=str(self.path), detail=str(exc)) from exc
        self._offices = Offices(self)
        self._records = Records(self)
        self._unfinished = UnfinishedRows(self)
        self._narratives = Narratives(self)
        self._audit_log = AuditLog(self)
        self.reload_plans()

    def reload_plans(self) -> None:
        """Read the plans the file holds again (after one was added); see db/plans.py."""
        self.plans = read_plans(self.conn, self.framework, self.path)

    def framework_for(self, year: int) -> Framework | None:
        """The framework of the plan ``year`` is reported under, or None if no plan of the file covers it."""
        return self.plans.for_year(year)

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, office: Office, *, framework: Framework | None = None,
               kind: str = "office", who: str | None = None) -> "ResultsFile":
        """Create a new results file for ``office``; refuses to overwrite an existing file."""
        path = Path(path)
        framework = framework or get_framework()
        if path.exists():
            raise OfficeFileError.of("file_exists", path=str(path))
        if not path.parent.is_dir():
            raise OfficeFileError.of("folder_not_found", path=str(path.parent))
        problems = check_office(office)
        if problems:
            raise ValidationError(problems)
        # Build the file under a temporary name, then rename: no half-made file is ever left,
        # not even an empty one when the disk is full.
        tmp = temporary_name(path)
        try:
            conn = connect(tmp)
            try:
                now = utc_now()
                with transaction(conn, tmp):
                    schema.migrate(conn, now)
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                        ("file_id", str(uuid.uuid4())),
                        ("kind", kind),
                        ("framework_id", framework.id),
                        ("framework_version", framework.version),
                        ("created_at", now),
                    ])
                    if kind == "office":
                        conn.execute("INSERT INTO office (code, name, country, region) VALUES (?, ?, ?, ?)",
                                     (office.code, office.name, office.country, office.region))
                        write_audit(conn, who, "insert", "office", office.code, None, asdict(office))
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            if path.exists():
                raise OfficeFileError.of("file_exists", path=str(path))
            tmp.replace(path)
        except BaseException as exc:
            error = storage_error(exc, tmp) if isinstance(exc, (sqlite3.Error, OSError)) else exc
            for leftover in tmp.parent.glob(glob_escape(tmp.name) + "*"):
                leftover.unlink(missing_ok=True)
            if isinstance(error, StorageError):  # it names the temporary file: name the one asked for
                raise StorageError(error.code, path, holder=error.holder, detail=error.detail) from exc
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, who: str | None = None) -> "ResultsFile":
        """Open an existing results file, upgrading its schema if it is older than this app.

        On a network share the file is first locked for this writer (see ``db.sharing``); a file
        another person is writing there is refused with their name.
        """
        path = Path(path)
        check_sqlite_header(path)
        peek_version(path)  # refuse a newer or foreign file before anything writes to it
        refuse_read_only_medium(path)  # a CD, a read-only folder: said so, not "unable to open"
        release = hold_if_shared(path, who)
        conn = None
        try:
            conn = connect(path)
            if schema.schema_version(conn) < schema.SCHEMA_VERSION:
                with transaction(conn, path):
                    schema.migrate(conn, utc_now())
            results = cls(path, conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()  # an open handle keeps the file locked on Windows
            if release is not None:
                release()
            if isinstance(exc, sqlite3.DatabaseError):
                error = storage_error(exc, path)
                if error is not None:
                    raise error from exc
                raise OfficeFileError.of("file_unopenable", path=str(path), detail=str(exc)) from exc
            raise
        if release is not None:
            results.on_close(release)
        return results

    @classmethod
    def open_readonly(cls, path: Path) -> "ResultsFile":
        """Open a results file for reading only: nothing is written to it or beside it (see ``db.store.reading``)."""
        return _open_readonly(path)

    def on_close(self, action: Callable[[], None]) -> None:
        """Run ``action`` when the file is closed (after the connection)."""
        self._on_close.append(action)

    def close(self) -> None:
        """Close the connection; raises StorageError if a read-only view was changed meanwhile."""
        self.conn.close()
        actions, self._on_close = self._on_close, []
        failure = None
        for action in actions:
            try:
                action()
            except Exception as exc:  # run every action (release the lock, remove a copy) first
                failure = failure or exc
        if failure is not None:
            raise failure

    def __enter__(self) -> "ResultsFile":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        try:
            self.close()
        except Exception:
            if exc_type is None:  # do not hide the error that ended the block
                raise

    # --- reading and writing: the only door to the connection ------------------------------------

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it (as sqlite-utils' ``atomic``).

        ``with results.transaction() as conn:`` gives the connection to write through, for the
        block only; record what changed with ``audit`` inside the same block. Transactions nest:
        operations (``add_record``, ``update_record``, …) called inside the block join it, and an
        inner block that fails is undone alone (a savepoint). A full disk, a lock held too long,
        a read-only or vanished file is raised as ``StorageError`` naming the file.
        """
        if self.readonly:
            raise OfficeFileError.of("file_read_only", path=str(self.path))
        if not self.path.exists():  # on Linux, writes to a deleted file would vanish unseen
            raise StorageError(VANISHED, self.path)
        return transaction(self.conn, self.path)

    def audit(self, action: str, target: str, target_id: str, old: object = None, new: object = None, *,
              who: str | None = None, at: str | None = None) -> None:
        """Append one entry to the audit log, inside the open ``transaction`` (refused outside one)."""
        self.audit_many([(action, target, target_id, old, new)], who=who, at=at)

    def audit_many(self, entries: Iterable[tuple], *, who: str | None = None, at: str | None = None) -> None:
        """Append (action, target, target_id, old, new) entries, inside the open ``transaction``."""
        if not self.conn.in_transaction:  # an audit entry written alone could outlive its change
            raise RuntimeError("audit outside a transaction: write it in the same transaction as the change")
        write_audits(self.conn, who or default_user(), at or utc_now(), entries)

    def query(self, sql: str, params: Sequence | dict = (), *, tuples: bool = False) -> sqlite3.Cursor:
        """Run one reading statement; rows by column name (``sqlite3.Row``), or plain tuples.

        Plain tuples are for loops over many records, where building ``Row`` objects costs.
        """
        cursor = self.conn.cursor()
        if tuples:
            cursor.row_factory = None
        return cursor.execute(sql, params)

    # --- the office -----------------------------------------------------------------------------

    def offices(self) -> list[Office]:
        return self._offices.offices()

    @property
    def office(self) -> Office:
        """The office this file belongs to (an office file has exactly one)."""
        return self._offices.office

    def add_office(self, office: Office, *, who: str | None = None) -> None:
        """List one more office in a headquarters file; its records then name it by code."""
        return self._offices.add_office(office, who=who)

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    # --- records (db.store.records) -------------------------------------------------------------

    def record(self, record_id: str) -> Record:
        return self._records.record(record_id)

    def records(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                year: int | None = None, status: str | None = None, include_deleted: bool = False,
                limit: int | None = None, offset: int = 0) -> list[Record]:
        """Records in framework-stable order (indicator, year, creation), a page at a time if asked."""
        return self._records.records(indicator=indicator, indicators=indicators, year=year, status=status,
                                     include_deleted=include_deleted, limit=limit, offset=offset)

    def record_rows(self, columns: Iterable[str], *, indicator: str | None = None, year: int | None = None,
                    office: str | None = None, as_text: bool = False) -> list[tuple]:
        """The live records' ``columns`` as plain tuples, in the order of ``records``."""
        return self._records.record_rows(columns, indicator=indicator, year=year, office=office, as_text=as_text)

    def record_ids(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                   year: int | None = None, status: str | None = None,
                   include_deleted: bool = False, query: RecordQuery | None = None) -> list[str]:
        """Ids of the matching records in the order of ``records`` (or as ``query`` sorts and narrows them)."""
        return self._records.record_ids(indicator=indicator, indicators=indicators, year=year, status=status,
                                        include_deleted=include_deleted, query=query)

    def records_by_id(self, ids: Iterable[str]) -> list[Record]:
        """The records with these ids, in the order given; unknown ids are left out."""
        return self._records.records_by_id(ids)

    def count_records(self, *, indicator: str | None = None, indicators: Iterable[str] | None = None,
                      year: int | None = None, status: str | None = None,
                      include_deleted: bool = False) -> int:
        return self._records.count_records(indicator=indicator, indicators=indicators, year=year, status=status,
                                           include_deleted=include_deleted)

    def counts_by_indicator(self, year: int | None = None) -> dict[str, int]:
        """How many live records each indicator holds (in one year, or in all)."""
        return self._records.counts_by_indicator(year)

    def counts_by_indicator_status(self, year: int) -> dict[tuple[str, str], int]:
        """How many live records each indicator holds in a year, by status."""
        return self._records.counts_by_indicator_status(year)

    def status_counts(self, year: int) -> dict[str, int]:
        return self._records.status_counts(year)

    def check_values(self, values: dict, *, new: bool = False,
                     allow_duplicates: bool = False) -> tuple[dict, list[Problem]]:
        """Clean one record's values and list its problems; ``new``: also as a new record of this
        file (the rules of ``db.rules``: duplicates unless allowed, parts without or above their total)."""
        return self._records.check_values(values, new=new, allow_duplicates=allow_duplicates)

    def _rule_problems(self, rows: list[dict], **options) -> list[Problem]:
        """The rules of ``db.rules`` for rows written as records (one door, for every writing path)."""
        return self._records.rule_problems(rows, **options)

    def add_record(self, values: dict, *, who: str | None = None, allow_duplicates: bool = False) -> Record:
        """Validate and store one new draft record (an exact duplicate only if ``allow_duplicates``)."""
        return self._records.add_record(values, who=who, allow_duplicates=allow_duplicates)

    def add_records(self, rows: Iterable[dict], *, who: str | None = None,
                    office_code: str | None = None, dry_run: bool = False,
                    allow_duplicates: bool = False) -> list[Record]:
        """Validate and store new draft records, all in one transaction (all or nothing)."""
        return self._records.add_records(rows, who=who, office_code=office_code, dry_run=dry_run,
                                         allow_duplicates=allow_duplicates)

    def add_checked(self, checked: CheckedRows, *, who: str | None = None, dry_run: bool = False,
                    imported: tuple[str, str] | None = None) -> list[Record]:
        """Store rows checked by ``db.quality.check_rows`` as new drafts, in one transaction."""
        return self._records.add_checked(checked, who=who, dry_run=dry_run, imported=imported)

    def imports(self, sha256: str | None = None) -> list[dict]:
        """The files imported into this file (all, or those with this SHA-256), oldest first."""
        return self._records.imports(sha256)

    def update_record(self, record_id: str, changes: dict, *, who: str | None = None,
                      unfinished: str | None = None) -> Record:
        """Change some fields of a record: validated, version bumped, audited, in one transaction."""
        return self._records.update_record(record_id, changes, who=who, unfinished=unfinished)

    def delete_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Mark a record deleted (a tombstone, so that the deletion reaches headquarters)."""
        return self._records.delete_record(record_id, who=who)

    def restore_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Undo a deletion."""
        return self._records.restore_record(record_id, who=who)

    def set_deleted_many(self, record_ids: Iterable[str], deleted: bool, *,
                         who: str | None = None, allow_duplicates: bool = False) -> list[Record]:
        """Delete (tombstone) or restore several records in one transaction: all of them or none.

        ``allow_duplicates``: a restored record may repeat another (it was stored so on purpose)."""
        return self._records.set_deleted_many(record_ids, deleted, who=who, allow_duplicates=allow_duplicates)

    def submit_year(self, year: int, *, who: str | None = None,
                    checked: Collection[tuple[str, int]] | None = None) -> int:
        """Sign off a year: its draft and returned records become submitted (and locked)."""
        return self._records.submit_year(year, who=who, checked=checked)

    # --- unfinished rows (db.store.unfinished) --------------------------------------------------

    def unfinished_rows(self, *, indicators: Iterable[str] | None = None, year: int | None = None,
                        record_id: str | None = None) -> list[UnfinishedRow]:
        """Rows typed but not accepted yet (see schema ``_unfinished_rows``), oldest first."""
        return self._unfinished.unfinished_rows(indicators=indicators, year=year, record_id=record_id)

    def count_unfinished(self, year: int) -> int:
        return self._unfinished.count_unfinished(year)

    def save_unfinished_row(self, cells: dict, *, row_id: str | None = None, record_id: str | None = None,
                            indicator: str | None = None, year: int | None = None,
                            who: str | None = None) -> UnfinishedRow:
        """Keep typed cells exactly as typed (a new row, or a refused edit of ``record_id``): one transaction."""
        return self._unfinished.save_unfinished_row(cells, row_id=row_id, record_id=record_id, indicator=indicator,
                                                    year=year, who=who)

    def unfinished_row(self, row_id: str) -> UnfinishedRow:
        return self._unfinished.unfinished_row(row_id)

    def discard_unfinished_row(self, row_id: str, *, who: str | None = None) -> None:
        """Delete an unfinished row the user deleted (audited with what it held)."""
        return self._unfinished.discard_unfinished_row(row_id, who=who)

    def finish_unfinished_row(self, row_id: str, values: dict, *, who: str | None = None,
                              allow_duplicates: bool = False) -> Record:
        """Store an unfinished row, now valid, as a new draft record; the row goes, in the same transaction."""
        who = who or default_user()
        with self.transaction():
            record = self.add_record(values, who=who, allow_duplicates=allow_duplicates)
            drop_unfinished(self, row_id, who, "finish", at=record.created_at)
        return record

    # --- outcome narratives (db.store.narratives) -----------------------------------------------

    def outcome_narratives(self, year: int | None = None) -> dict[tuple[str, int], str]:
        return self._narratives.outcome_narratives(year)

    def set_outcome_narrative(self, outcome: str, year: int, text: str, *, who: str | None = None) -> None:
        """Write (or, with empty text, clear) the office's narrative for an outcome and year."""
        return self._narratives.set_outcome_narrative(outcome, year, text, who=who)

    # --- history and checks ---------------------------------------------------------------------

    def audit_log(self, target_id: str | None = None) -> list[dict]:
        return self._audit_log.audit_log(target_id)

    def check(self) -> list[str]:
        """Everything wrong with the file: storage integrity, schema version, each record."""
        try:
            found = [f"integrity: {row[0]}" for row in self.conn.execute("PRAGMA integrity_check")
                     if row[0] != "ok"]
        except sqlite3.DatabaseError as exc:
            return [f"integrity: {exc}"]
        if found:  # reading records from a damaged file could fail or mislead
            return found
        version = schema.schema_version(self.conn)
        if version != schema.SCHEMA_VERSION:
            found.append(f"schema: version {version}, expected {schema.SCHEMA_VERSION}")
        offices = {o.code for o in self.offices()}
        for o in self.offices():
            found += [f"office {o.code}: {p}" for p in check_office(o)]
        for office, outcome, year, text in self.conn.execute(
                "SELECT office_code, outcome, year, text FROM outcome_narrative ORDER BY 1, 2, 3"):
            found += [f"outcome narrative {outcome} {year} of office {office}: {p}"
                      for p in check_narrative(outcome, year, text, self.plans)]
        for record in self.records():
            _, problems = check_record(record.values(), self.plans)
            # Kept on purpose when a newer plan version removed their indicator: `check` names them.
            problems = [p for p in problems if p.code != "indicator_removed"]
            found += [f"record {record.id} ({record.indicator} {record.year}): {p}" for p in problems]
            if record.status not in schema.STATUSES:
                found.append(f"record {record.id}: status '{record.status}' is unknown")
            if record.office_code not in offices:
                found.append(f"record {record.id}: office '{record.office_code}' is unknown")
        from db.rules import file_problems

        return found + file_problems(self)


def _stamp(path: Path) -> tuple[int, int]:
    info = Path(path).stat()
    return info.st_size, info.st_mtime_ns


def _open_readonly(path: Path) -> ResultsFile:
    """A ``ResultsFile`` for reading ``path``; nothing is written next to it (see the module)."""
    path = Path(path)
    check_sqlite_header(path)
    stamp = _stamp(path)
    try:
        uri, conn = connect_reading(path)
    except sqlite3.DatabaseError as exc:
        raise OfficeFileError.of("file_unopenable", path=str(path), detail=str(exc)) from exc
    if uri is not None and conn is not None:
        try:
            version = check_identity(path, conn)
            if version == schema.SCHEMA_VERSION:
                results = ResultsFile(path, conn, readonly=True)
                if "immutable=1" in uri:
                    results.on_close(lambda: _unchanged_since(path, stamp))
                return results
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise OfficeFileError.of("file_unopenable", path=str(path), detail=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        conn.close()
    return _private_copy(path)


def _unchanged_since(path: Path, stamp: tuple[int, int]) -> None:
    try:
        if _stamp(path) == stamp:
            return
    except OSError:
        pass
    raise StorageError(CHANGED, path)


def _private_copy(path: Path) -> ResultsFile:
    """Read an older (or interrupted) file through an upgraded copy in the temporary folder."""
    folder = make_private_folder("copy")
    try:
        copy = folder / "copy.habitat"
        wal = sidecars(path)[0]
        try:
            shutil.copyfile(path, copy)
            if wal.exists():
                shutil.copyfile(wal, sidecars(copy)[0])
        except OSError as exc:
            raise storage_error(exc, folder) or OfficeFileError.of("file_unreadable", path=str(path),
                                                                   detail=str(exc)) from exc
        try:
            conn = connect(copy)
            try:
                if check_identity(path, conn) < schema.SCHEMA_VERSION:
                    with transaction(conn, copy):
                        schema.migrate(conn, utc_now())
                results = ResultsFile(path, conn, readonly=True)
            except BaseException:
                conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            raise OfficeFileError.of("file_unopenable", path=str(path), detail=str(exc)) from exc
        results.on_close(lambda: shutil.rmtree(folder, ignore_errors=True))
        return results
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
