"""Reading an office's file at headquarters: what travels from its checked copy, refusing bad data.

The file is untrusted: ``db.untrusted.open_untrusted`` has checked its bytes and schema and made a
private copy; this module reads that copy (never the original) and refuses, with the file, the
record and the field named, anything the app would not have written: an office that is not one
valid office, ids that are not canonical or not unique, versions, flags, times and authors of the
wrong type, records that break the framework's rules or are not stored as the app stores them,
and narratives that are not valid.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from db.merge_plan import Copy, content_digest
from db.merge_report import FileReport
from db.officefile import EDITABLE_FIELDS, Office, ResultsFile, check_office
from db.schema import STATUSES
from db.untrusted import refuse
from db.validation import TEXT_LIMITS, check_narrative, check_record, check_text

# Records that leave the office: signed off, or deleted after headquarters returned them.
TRAVELS = "(status IN ('submitted', 'validated') OR (deleted = 1 AND status = 'returned'))"
READ_COLUMNS = (*EDITABLE_FIELDS, "id", "office_code", "created_at", "updated_at", "version", "changed_by",
                "deleted")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_PROBLEMS_SHOWN = 3


def read_office(path: Path, conn: sqlite3.Connection) -> Office:
    """The one office of a checked copy; refuses none, several, or one that is not valid."""
    offices = [Office(*r) for r in conn.execute("SELECT code, name, country, region FROM office")]
    if len(offices) != 1:
        raise refuse(path, "office_count", count=len(offices))
    office = offices[0]
    kinds = [name for name, v in (("code", office.code), ("name", office.name), ("country", office.country),
                                  ("region", office.region or "")) if not isinstance(v, str)]
    if kinds:
        raise refuse(path, "office_not_text", office=repr(office.code), fields=" and ".join(kinds))
    office = Office(office.code, office.name, office.country, office.region or "")
    wrong = check_office(office)
    if wrong:
        raise refuse(path, "office_invalid", office=repr(office.code), problems="; ".join(map(str, wrong)))
    return office


def read_office_file(path: Path, conn: sqlite3.Connection, hq: ResultsFile,
                     report: FileReport) -> tuple[Office, list[Copy], list[dict]]:
    """The office, the travelling record copies and narratives of a checked copy; refuses bad data."""
    office = read_office(path, conn)
    dup = conn.execute("SELECT lower(id), count(*) FROM record GROUP BY lower(id) HAVING count(*) > 1 "
                       "LIMIT 1").fetchone()
    if dup:
        raise refuse(path, "duplicate_record_id", id=dup[0], count=dup[1])
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: this loop runs once per record
    rows = cursor.execute(
        f"SELECT {', '.join('r.' + c for c in READ_COLUMNS)}, (SELECT max(v.version) FROM review v "
        "WHERE v.record_id = r.id AND v.decision = 'returned' AND v.version < r.version) "
        f"FROM record r WHERE {TRAVELS}")
    copies: list[Copy] = []
    problems: list[str] = []
    name, file_id, sha = path.name, report.file_id, report.sha256
    n_fields = len(EDITABLE_FIELDS)
    for row in rows:
        # READ_COLUMNS: the editable fields, then id, office_code, created_at, updated_at,
        # version, changed_by, deleted; then the base version.
        rid, office_code, created_at, updated_at, version, changed_by, deleted = row[n_fields:n_fields + 7]
        if not isinstance(rid, str) or not _UUID.fullmatch(rid):
            problems.append(f"record id {rid!r} is not a valid record id")
        if office_code != office.code:
            problems.append(f"record {rid} belongs to office {office_code!r}, not to {office.code}")
        if type(version) is not int or version < 1:
            problems.append(f"record {rid}: version: {_brief(version)} is not a whole number of 1 or more")
        if deleted not in (0, 1):
            problems.append(f"record {rid}: deleted: {_brief(deleted)} is not 0 or 1")
        for column, moment in (("created_at", created_at), ("updated_at", updated_at)):
            if type(moment) is not str or len(moment) > TEXT_LIMITS["time"]:
                problems.append(f"record {rid}: {column}: is not a time")
        if reason := (check_text("author", changed_by) if type(changed_by) is str else "is not text"):
            problems.append(f"record {rid}: changed_by: {reason}")
        if problems:
            if len(problems) >= MAX_PROBLEMS_SHOWN:
                break
            continue
        values = dict(zip(READ_COLUMNS, row))  # the last column, the base version, is left out
        # Checked against the framework by check_records, unless headquarters already holds this very copy.
        copies.append(Copy(values, row[-1] or 0, content_digest((office_code, *row[:n_fields], deleted)),
                           name, file_id, sha))
    if problems:
        raise refuse(path, "invalid_records", problems="; ".join(problems[:MAX_PROBLEMS_SHOWN]))
    narratives = []
    years = {c.values["year"] for c in copies}
    for row in conn.execute("SELECT * FROM outcome_narrative"):
        row = dict(row)
        if row["year"] not in years:
            continue  # the narrative of a year still in draft stays in the office
        problems = [str(p) for p in check_narrative(row["outcome"], row["year"], row["text"], hq.plans)]
        if row["office_code"] != office.code:
            problems.append(f"office_code: {_brief(row['office_code'])} is not this file's office {office.code}")
        if type(row["version"]) is not int or row["version"] < 1:
            problems.append(f"version: {_brief(row['version'])} is not a whole number of 1 or more")
        if problems:
            raise refuse(path, "narrative_invalid", outcome=_brief(row["outcome"]), year=_brief(row["year"]),
                         problems="; ".join(problems))
        narratives.append(row)
    return office, copies, narratives


def _brief(value) -> str:
    """A value from an untrusted file, short enough to quote in a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def office_years(conn: sqlite3.Connection, years) -> dict:
    """Records per year and status in an office's file (drafts included): what it has not sent yet."""
    out: dict = {}
    for year, status, n in conn.execute("SELECT year, status, count(*) FROM record WHERE deleted = 0 "
                                        "GROUP BY year, status"):
        if type(year) is int and year in years and status in STATUSES:
            out.setdefault(str(year), {})[status] = n
    return out


def check_records(path: Path, copies: list[Copy], hq: ResultsFile) -> None:
    """Refuse the file if a record breaks the framework's rules or is not stored as the app stores it."""
    problems = []
    for copy in copies:
        values = copy.values
        clean, found = check_record(values, hq.plans)
        # A record of an indicator a newer plan version removed travels as it is: kept, named, not counted.
        found = [p for p in found if p.code != "indicator_removed"]
        for p in found:
            problems.append(f"record {copy.id} ({values['indicator']} {values['year']}): {p}")
        if not found and _not_as_stored(clean, values):
            problems.append(f"record {copy.id}: its values are not stored as Habitat Results stores them")
        if len(problems) >= MAX_PROBLEMS_SHOWN:
            break
    if problems:
        raise refuse(path, "invalid_records", problems="; ".join(problems[:MAX_PROBLEMS_SHOWN]))


def _not_as_stored(clean: dict, values: dict) -> bool:
    """Whether cleaning changed a value or its type (1.0 for 1, True for 1, ' KEN' for 'KEN'...)."""
    mine = list(clean.values())
    theirs = [values[k] for k in clean]
    return mine != theirs or list(map(type, mine)) != list(map(type, theirs))
