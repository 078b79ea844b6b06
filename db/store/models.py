"""What a results file holds, as Python values: offices, records, unfinished rows, and how
records are ordered and narrowed (``RecordQuery``)."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, fields

from db import schema
from db.countries import codes_by_name

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


def unfinished_from_row(row: sqlite3.Row) -> UnfinishedRow:
    return UnfinishedRow(row["id"], row["record_id"], row["indicator"], row["year"], json.loads(row["cells"]),
                         row["created_at"], row["updated_at"], row["changed_by"])


def record_from_row(row: sqlite3.Row) -> Record:
    data = dict(row)
    data["deleted"] = bool(data["deleted"])
    return Record(**data)


AUDITED_FIELDS = (*EDITABLE_FIELDS, "status")


# Columns a listing may ask of ``record_rows`` besides the record's own: "of_which" names the
# breakdown a part belongs to ("sex=female, age=youth"), empty for a total.
LISTED_EXPRESSIONS = {
    "of_which": "trim(" + " || ".join(
        f"CASE WHEN ifnull({c}, '') <> '' THEN ', {c}=' || {c} ELSE '' END" for c in ("sex", "age", "disability"))
    + ", ', ')",
}

