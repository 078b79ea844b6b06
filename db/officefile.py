"""The results file: one SQLite file per country office (and the same schema at headquarters).

``ResultsFile`` is the only way the rest of the app reads or writes a results file. Every write
is one transaction that also appends to the audit log, so a crash or a kill leaves the file as it
was before the write or after it.
"""

from __future__ import annotations

import getpass
import itertools
import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timezone
from glob import escape as glob_escape
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from db import schema
from db.errors import HabitatError, OfficeFileError, Problem, RecordLocked, RecordNotFound, ValidationError
from db.leftovers import temporary_name
from db.sharing import FileInUse, hold_writer_lock, lock_file, on_network_share
from db.storage import LOCKED, VANISHED, StorageError, refuse_read_only_medium, storage_error
from db.framework import Framework, FrameworkError, get_framework
from db.validation import check_narrative, check_record, is_country_code, text_refusal

if TYPE_CHECKING:
    from db.quality import CheckedRows

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name is set
        return "unknown"


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    country: str
    region: str = ""


@dataclass(frozen=True)
class Record:
    id: str
    office_code: str
    indicator: str
    year: int
    value: int | None
    country: str
    city: str
    entity: str
    qualifier: str
    sex: str
    age: str
    disability: str
    narrative: str
    source: str
    status: str
    created_at: str
    updated_at: str
    version: int
    changed_by: str
    deleted: bool

    @property
    def locked(self) -> bool:
        return self.status in schema.LOCKED_STATUSES

    def values(self) -> dict:
        """The fields a user enters, as accepted by ``check_record``."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


# The records' order everywhere (grid, listings, exports of records): by indicator and year, then
# as they were written. rowid, not id: the rows of one paste or import share their creation time,
# and their random ids shuffled them.
RECORD_ORDER = "indicator, year, created_at, rowid"
STATUS_ORDER = "CASE status WHEN 'draft' THEN 0 WHEN 'returned' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END"
SORTABLE = ("indicator", "year", "country", "city", "entity", "value", "qualifier", "sex", "age",
            "disability", "narrative", "source", "status", "office_code")


@dataclass(frozen=True)
class RecordQuery:
    """How a view orders and narrows the records: run in SQL, so 200,000 records sort at once."""

    order: str | None = None  # a field of SORTABLE; None: the framework's order
    descending: bool = False
    lang: str = "en"  # countries sort by their name in this language
    city: str = ""  # the city's name contains this (case ignored for Latin letters)
    countries: tuple[str, ...] | None = None  # codes; None: any country
    status: str | None = None
    value_min: int | None = None
    value_max: int | None = None
    office: str | None = None

    def sql(self, where: str, params: list) -> tuple[str, list, str]:
        """(WHERE clause, parameters, ORDER BY terms) extending ``where``; no text of the query enters the SQL."""
        clauses, params = ([where[len(" WHERE "):]] if where else []), list(params)
        if self.city:
            clauses.append("city LIKE ? ESCAPE '\\'")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", self.city) + "%")
        if self.countries is not None:
            clauses.append(f"country IN ({', '.join('?' * len(self.countries))})" if self.countries else "0")
            params.extend(self.countries)
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        if self.value_min is not None:
            clauses.append("value >= ?")
            params.append(self.value_min)
        if self.value_max is not None:
            clauses.append("value <= ?")
            params.append(self.value_max)
        if self.office:
            clauses.append("office_code = ?")
            params.append(self.office)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        if self.order not in SORTABLE:
            return where, params, RECORD_ORDER
        direction = " DESC" if self.descending else ""
        if self.order == "country":
            # By the name shown, not the code: the codes in name order, and each row's place in them.
            term = "instr(?, '|' || country || '|')"
            params.append(_country_order(self.lang))
        elif self.order == "status":
            term = STATUS_ORDER
        elif self.order in ("city", "entity", "narrative", "source"):
            term = f"{self.order} COLLATE NOCASE"
        else:
            term = self.order
        return where, params, f"{term}{direction}, created_at{direction}, rowid{direction}"


def _country_order(lang: str) -> str:
    from db.countries import codes_by_name

    return "|" + "|".join(codes_by_name(lang)) + "|"


@dataclass(frozen=True)
class UnfinishedRow:
    """Cells typed in the grid that the rules do not accept yet, exactly as typed; never a record."""

    id: str
    record_id: str | None  # the record this is a refused edit of; None for a new row
    indicator: str
    year: int | None
    cells: dict
    created_at: str
    updated_at: str
    changed_by: str


EDITABLE_FIELDS = ("indicator", "year", "value", "country", "city", "entity", "qualifier",
                   "sex", "age", "disability", "narrative", "source")
RECORD_COLUMNS = tuple(f.name for f in fields(Record))


def _unfinished(row: sqlite3.Row) -> UnfinishedRow:
    return UnfinishedRow(row["id"], row["record_id"], row["indicator"], row["year"], json.loads(row["cells"]),
                         row["created_at"], row["updated_at"], row["changed_by"])


def _record(row: sqlite3.Row) -> Record:
    data = dict(row)
    data["deleted"] = bool(data["deleted"])
    return Record(**data)


def readonly_uri(path: PurePath, **options: bool) -> str:
    """An SQLite URI opening ``path`` (absolute) read-only; ``options`` such as ``immutable=True``.

    Built by hand rather than with ``Path.as_uri()``: that turns a Windows share
    ``\\\\server\\share\\f`` into ``file://server/share/f``, whose authority SQLite refuses. Here a
    share becomes ``file:////server/share/f`` and a drive ``file:///C:/f``; '?', '#' and '%' in
    names are escaped.
    """
    text = path.as_posix()
    uri = "file://" + ("" if text.startswith("/") else "/") + quote(text, safe="/:")
    return uri + "?mode=ro" + "".join(f"&{k}=1" for k, on in options.items() if on)


def connect(path: Path, *, readonly: bool = False, uri: str | None = None) -> sqlite3.Connection:
    """A connection with the app's settings; transactions are managed explicitly.

    ``uri`` opens through that SQLite URI instead (see ``db.readonly``). A failure of the disk or
    a lock is raised as ``StorageError``.
    """
    if uri is None and readonly:
        uri = readonly_uri(Path(path).resolve())
    try:
        conn = sqlite3.connect(uri or str(path), uri=uri is not None, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        # Files travel between offices: never let their schema run functions on our side.
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        if uri is None:
            # WAL lets the app and a command read while one writes; it needs shared memory, which
            # a network share cannot give between machines: there, a rollback journal.
            conn.execute(f"PRAGMA journal_mode = {'DELETE' if on_network_share(Path(path)) else 'WAL'}")
            # FULL: an acknowledged edit survives a power cut, not only a crash.
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException as exc:
        conn.close()
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc, path) or exc
        raise
    return conn


def check_sqlite_header(path: Path) -> None:
    """Refuse anything that is not an SQLite database before SQLite itself touches it."""
    path = Path(path)
    if not path.exists():
        raise OfficeFileError.of("file_not_found", path=str(path))
    if path.is_dir():
        raise OfficeFileError.of("file_is_folder", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise OfficeFileError.of("file_unreadable", path=str(path), detail=str(exc.strerror or exc)) from exc
    if not head:
        raise OfficeFileError.of("file_empty", path=str(path))
    if head != SQLITE_HEADER:
        raise OfficeFileError.of("file_not_sqlite", path=str(path))


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; on any failure, the COMMIT's included, everything is rolled back.

    Inside an open transaction it nests (as sqlite-utils' ``atomic``): the block is a SAVEPOINT,
    released at its end, and a failure rolls back that block only; the outermost COMMIT stores all
    of it or none. With the file's ``path``, a full disk, a lock held too long, a read-only or
    vanished file is raised as ``StorageError`` naming it.
    """
    try:
        if conn.in_transaction:
            with _savepoint(conn):
                yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolls back by itself when the disk fails; keep the first error
            raise
    except sqlite3.Error as exc:
        error = storage_error(exc, path) if path is not None else None
        if error is None:
            raise
        raise error from exc


_savepoints = itertools.count(1)


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A block inside the open transaction: on failure its changes alone are undone."""
    name = f"habitat_{next(_savepoints)}"  # unique, so that a block can only release its own
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back everything already (a full disk)
            try:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            except sqlite3.Error:
                pass  # keep the first error; the outermost level rolls back all
        raise
    conn.execute(f"RELEASE {name}")


def _hold_if_shared(path: Path, who: str | None) -> Callable[[], None] | None:
    """On a network share, take the writer's lock file; None elsewhere (SQLite's locks suffice)."""
    if not on_network_share(path):
        return None
    try:
        return hold_writer_lock(path, who or default_user())
    except FileInUse as exc:
        holder = str(exc.holder) if exc.holder else f"another program (see {lock_file(path).name})"
        raise StorageError(LOCKED, path, holder=holder) from None
    except OSError as exc:
        raise storage_error(exc, path) or OfficeFileError.of("file_not_lockable", path=str(path),
                                                             detail=str(exc)) from exc


# Columns a listing may ask of ``record_rows`` besides the record's own: "of_which" names the
# breakdown a part belongs to ("sex=female, age=youth"), empty for a total.
LISTED_EXPRESSIONS = {
    "of_which": "trim(" + " || ".join(
        f"CASE WHEN ifnull({c}, '') <> '' THEN ', {c}=' || {c} ELSE '' END" for c in ("sex", "age", "disability"))
    + ", ', ')",
}


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
        self.reload_plans()

    def reload_plans(self) -> None:
        """Read the plans the file holds again (after one was added); see db/plans.py."""
        from db.plans import read_plans

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
                        _audit(conn, who, "insert", "office", office.code, None, asdict(office))
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
        from db.readonly import peek_version

        peek_version(path)  # refuse a newer or foreign file before anything writes to it
        refuse_read_only_medium(path)  # a CD, a read-only folder: said so, not "unable to open"
        release = _hold_if_shared(path, who)
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
        """Open a results file for reading only: nothing is written to it or beside it."""
        from db.readonly import open_readonly

        return open_readonly(path)

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
        _audit_many(self.conn, who or default_user(), at or utc_now(), entries)

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
        return [Office(**dict(r)) for r in self.conn.execute("SELECT * FROM office ORDER BY code")]

    @property
    def office(self) -> Office:
        """The office this file belongs to (an office file has exactly one)."""
        offices = self.offices()
        if len(offices) != 1:
            raise OfficeFileError.of("hq_holds_offices", path=str(self.path), count=len(offices))
        return offices[0]

    def add_office(self, office: Office, *, who: str | None = None) -> None:
        """List one more office in a headquarters file; its records then name it by code."""
        problems = check_office(office)
        if problems:
            raise ValidationError(problems)
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM office WHERE code = ?", (office.code,)).fetchone():
                raise OfficeFileError.of("office_listed", path=str(self.path), office=office.code)
            conn.execute("INSERT INTO office (code, name, country, region) VALUES (?, ?, ?, ?)",
                         (office.code, office.name, office.country, office.region))
            _audit(conn, who, "insert", "office", office.code, None, asdict(office))

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    # --- records --------------------------------------------------------------------------------

    def record(self, record_id: str) -> Record:
        row = self.conn.execute("SELECT * FROM record WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound.of("record_missing", id=record_id, file=self.path.name)
        return _record(row)

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
        return [_record(r) for r in self.conn.execute(sql, params)]

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
            found.update((r["id"], _record(r)) for r in self.conn.execute(sql, chunk))
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

    def check_values(self, values: dict, *, new: bool = False) -> tuple[dict, list[Problem]]:
        """Clean one record's values and list its problems; ``new``: also as a new record of this
        file (a breakdown part may not exceed its total, "of which")."""
        clean, problems = check_record(values, self.plans)
        if new and not problems:
            from db.quality import breakdown_problems

            problems = [Problem(p.field, p.message, None, p.code, p.params) for p in
                        breakdown_problems(self, [clean], label=lambda n: "this row")]
        return clean, problems

    def add_record(self, values: dict, *, who: str | None = None) -> Record:
        """Validate and store one new draft record."""
        return self.add_records([values], who=who)[0]

    def add_records(self, rows: Iterable[dict], *, who: str | None = None,
                    office_code: str | None = None, dry_run: bool = False) -> list[Record]:
        """Validate and store new draft records, all in one transaction (all or nothing).

        Every row is checked before anything is written; ValidationError lists the problems of
        all rows, each with its position (``Problem.row``). ``dry_run`` checks and stores nothing.
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
                _new_row(clean, fixed, new, stored, audits)
        if not problems:
            problems = self._over_totals(new, office_code=office_code)
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
            _new_row(dict(clean), fixed, new, stored, audits)
        if dry_run:
            return new
        with self.transaction() as conn:
            self._insert(conn, stored, audits, who, now)
            if imported is not None:
                name, sha = imported
                conn.execute("INSERT INTO import_log (imported_at, imported_by, file_name, sha256, records) "
                             "VALUES (?, ?, ?, ?, ?)", (now, who, name, sha, len(stored)))
                _audit(conn, who, "import", "file", sha, None,
                       {"file_name": name, "records": len(stored),
                        **({"duplicates_allowed": True} if checked.duplicates_allowed else {})}, at=now)
        return new

    def _insert(self, conn, stored: list[tuple], audits: list[tuple], who: str, now: str) -> None:
        conn.executemany(
            f"INSERT INTO record ({', '.join(RECORD_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})", stored)
        _audit_many(conn, who, now, audits)

    def imports(self, sha256: str | None = None) -> list[dict]:
        """The files imported into this file (all, or those with this SHA-256), oldest first."""
        sql, params = "SELECT * FROM import_log", []
        if sha256:
            sql += " WHERE sha256 = ?"
            params.append(sha256)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def _over_totals(self, records: list[Record], ignore: str | None = None,
                     office_code: str | None = None) -> list[Problem]:
        """Breakdown parts that would exceed their total ("of which") once ``records`` are stored."""
        from db.quality import breakdown_problems

        rows = [r.values() for r in records]
        office_code = office_code or (records[0].office_code if records else None)
        found = breakdown_problems(self, rows, ignore=[ignore] if ignore else (), office_code=office_code,
                                   label=(lambda n: "this record") if ignore else None)
        return [Problem(p.field, p.message, None if ignore else p.row, p.code, p.params) for p in found]

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
                self._drop_unfinished(unfinished, who, "finish", at=now)
            if not changed:
                return old
            problems = self._over_totals([replace(old, **clean)], ignore=record_id)
            if problems:
                raise ValidationError(problems)
            sets = ", ".join(f"{k} = ?" for k in changed)
            conn.execute(
                f"UPDATE record SET {sets}, version = version + 1, updated_at = ?, changed_by = ? WHERE id = ?",
                [*changed.values(), now, who, record_id])
            _audit(conn, who, "update", "record", record_id,
                   {k: getattr(old, k) for k in changed}, changed, at=now)
            return self.record(record_id)

    def delete_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Mark a record deleted (a tombstone, so that the deletion reaches headquarters)."""
        return self._set_deleted(record_id, True, who)

    def restore_record(self, record_id: str, *, who: str | None = None) -> Record:
        """Undo a deletion."""
        return self._set_deleted(record_id, False, who)

    def set_deleted_many(self, record_ids: Iterable[str], deleted: bool, *,
                         who: str | None = None) -> list[Record]:
        """Delete (tombstone) or restore several records in one transaction: all of them or none.

        Every record is checked first; a missing or locked one raises before anything changes.
        Returns the records as they are afterwards, in the order given.
        """
        who = who or default_user()
        ids = list(dict.fromkeys(record_ids))
        with self.transaction() as conn:
            old = [self._editable(record_id, allow_deleted=True) for record_id in ids]
            changing = [r.id for r in old if r.deleted != deleted]
            if changing:
                now = utc_now()
                conn.executemany("UPDATE record SET deleted = ?, version = version + 1, updated_at = ?, "
                                 "changed_by = ? WHERE id = ?",
                                 [(int(deleted), now, who, record_id) for record_id in changing])
                _audit_many(conn, who, now, [("delete" if deleted else "restore", "record", record_id,
                                              {"deleted": not deleted}, {"deleted": deleted})
                                             for record_id in changing])
            return self.records_by_id(ids)

    def _set_deleted(self, record_id: str, deleted: bool, who: str | None) -> Record:
        who = who or default_user()
        with self.transaction() as conn:
            old = self._editable(record_id, allow_deleted=True)
            if old.deleted == deleted:
                return old
            now = utc_now()
            conn.execute("UPDATE record SET deleted = ?, version = version + 1, updated_at = ?, "
                         "changed_by = ? WHERE id = ?", (int(deleted), now, who, record_id))
            _audit(conn, who, "delete" if deleted else "restore", "record", record_id,
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
            _audit_many(conn, who, now, [("submit", "record", i, None, {"status": "submitted"}) for i in ids])
        return len(ids)

    # --- unfinished rows -----------------------------------------------------------------------

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
        return [_unfinished(r) for r in rows]

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
        text = _JSON(cells)
        with self.transaction() as conn:
            old = None
            if row_id is not None:
                old = conn.execute("SELECT cells FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
            if old is None:
                row_id = row_id or str(uuid.uuid4())
                conn.execute("INSERT INTO unfinished_row (id, office_code, record_id, indicator, year, cells, "
                             "created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (row_id, self.office.code, record_id, indicator, year, text, now, now, who))
                _audit(conn, who, "insert", "unfinished_row", row_id, None, cells, at=now)
            elif old["cells"] != text:
                conn.execute("UPDATE unfinished_row SET indicator = ?, year = ?, cells = ?, updated_at = ?, "
                             "changed_by = ? WHERE id = ?", (indicator, year, text, now, who, row_id))
                _audit(conn, who, "update", "unfinished_row", row_id, json.loads(old["cells"]), cells, at=now)
        assert row_id is not None  # given, or made above
        return self.unfinished_row(row_id)

    def unfinished_row(self, row_id: str) -> UnfinishedRow:
        row = self.conn.execute("SELECT * FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise RecordNotFound.of("unfinished_row_missing", id=row_id, file=self.path.name)
        return _unfinished(row)

    def discard_unfinished_row(self, row_id: str, *, who: str | None = None) -> None:
        """Delete an unfinished row the user deleted (audited with what it held)."""
        who = who or default_user()
        self._drop_unfinished(row_id, who, "delete")

    def _drop_unfinished(self, row_id: str, who: str, action: str, at: str | None = None) -> None:
        with self.transaction() as conn:
            old = conn.execute("SELECT cells FROM unfinished_row WHERE id = ?", (row_id,)).fetchone()
            if old is None:
                return
            conn.execute("DELETE FROM unfinished_row WHERE id = ?", (row_id,))
            _audit(conn, who, action, "unfinished_row", row_id, json.loads(old["cells"]), None, at=at)

    def finish_unfinished_row(self, row_id: str, values: dict, *, who: str | None = None) -> Record:
        """Store an unfinished row, now valid, as a new draft record; the row goes, in the same transaction."""
        who = who or default_user()
        with self.transaction():
            record = self.add_record(values, who=who)
            self._drop_unfinished(row_id, who, "finish", at=record.created_at)
        return record

    # --- outcome narratives ---------------------------------------------------------------------

    def outcome_narratives(self, year: int | None = None) -> dict[tuple[str, int], str]:
        sql, params = "SELECT outcome, year, text FROM outcome_narrative", []
        if year is not None:
            sql += " WHERE year = ?"
            params.append(year)
        return {(r["outcome"], r["year"]): r["text"] for r in self.conn.execute(sql, params)}

    def set_outcome_narrative(self, outcome: str, year: int, text: str, *, who: str | None = None) -> None:
        """Write (or, with empty text, clear) the office's narrative for an outcome and year."""
        text = text.strip()
        problems = check_narrative(outcome, year, text, self.plans)
        if problems:
            raise ValidationError(problems)
        who = who or default_user()
        office = self.office.code
        with self.transaction() as conn:
            row = conn.execute("SELECT text FROM outcome_narrative WHERE office_code = ? AND outcome = ? "
                               "AND year = ?", (office, outcome, year)).fetchone()
            old = row["text"] if row else None
            if old == (text or None):
                return
            now = utc_now()
            key = f"{office}/{outcome}/{year}"
            if text:
                conn.execute(
                    "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, "
                    "changed_by) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (office_code, outcome, year) "
                    "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, "
                    "version = version + 1, changed_by = excluded.changed_by",
                    (office, outcome, year, text, now, who))
            else:
                conn.execute("DELETE FROM outcome_narrative WHERE office_code = ? AND outcome = ? AND year = ?",
                             (office, outcome, year))
            _audit(conn, who, "update" if old is not None else "insert", "outcome_narrative", key,
                   {"text": old}, {"text": text}, at=now)

    # --- history and checks ---------------------------------------------------------------------

    def audit_log(self, target_id: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM audit", []
        if target_id:
            sql += " WHERE target_id = ?"
            params.append(target_id)
        rows = []
        for r in self.conn.execute(sql + " ORDER BY id", params):
            entry = dict(r)
            entry["old"] = json.loads(entry["old"]) if entry["old"] else None
            entry["new"] = json.loads(entry["new"]) if entry["new"] else None
            rows.append(entry)
        return rows

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
        return found


def _new_row(clean: dict, fixed: dict, new: list, stored: list, audits: list) -> None:
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


_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def in_capitals(code: str) -> str:
    """``code`` with its small letters a–z in capitals, as new files store office codes.

    Only a–z: any other character stays as typed for ``check_office`` to refuse (str.upper would
    turn the dotless 'ı' into a valid 'I').
    """
    return code.translate(_CAPITALS)


def offices_named(codes: Iterable[str], typed: str) -> list[str]:
    """The stored office codes ``typed`` names: itself if stored so, else those differing only in case.

    Codes are typed in any case ('ken' for KEN). Files made before new codes were stored in capitals
    may hold 'ken', and a headquarters file both 'ken' and 'KEN': then the exact one is meant.
    """
    codes = list(codes)
    if typed in codes:
        return [typed]
    return [c for c in codes if in_capitals(c) == in_capitals(typed)]


def check_office(office: Office) -> list[Problem]:
    problems = []
    if not re.fullmatch(r"[A-Za-z0-9-]{1,20}", office.code):
        problems.append(Problem.of("office", "office_code_invalid"))
    if not office.name.strip():
        problems.append(Problem.of("name", "office_name_required"))
    elif reason := text_refusal("office_name", office.name):
        problems.append(Problem.of("name", reason[0], **reason[1]))
    if office.region and (reason := text_refusal("region", office.region)):
        problems.append(Problem.of("region", reason[0], **reason[1]))
    if not is_country_code(office.country):
        problems.append(Problem.of("country", "office_country_unknown", text=office.country))
    return problems


AUDITED_FIELDS = (*EDITABLE_FIELDS, "status")
# One encoder for every audit entry: json.dumps(..., ensure_ascii=False) builds a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False).encode


def _audit(conn, who, action, target, target_id, old, new, at=None) -> None:
    _audit_many(conn, who or default_user(), at or utc_now(), [(action, target, target_id, old, new)])


def _audit_many(conn, who, at, entries) -> None:
    conn.executemany(
        "INSERT INTO audit (at, who, action, target, target_id, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(at, who, action, target, target_id,
          _JSON(old) if old is not None else None,
          _JSON(new) if new is not None else None)
         for action, target, target_id, old, new in entries])
