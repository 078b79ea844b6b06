"""The rules every record of an office keeps, whichever way it is written or leaves the count.

One set, written once, called by every path: the grid (an edit, a new row, a duplicate, a paste, a
deletion, undo and redo), the import, submitting a year, ``validate``, and at headquarters the
check that follows a merge, a review or a resolved conflict. Within one office's records:

- **no exact duplicate**: a record saying what another record of the office says (same indicator,
  year, place, entity, breakdown and value; names compared as the annex compares them) is refused,
  unless the user says both are meant (``allow_duplicates``, as ``import --allow-duplicates``);
- **a part needs its total**: a record with sex, age or disability is a part ("of which") of its
  place and year's total; it may not be written where that place has no total, and a total may
  not leave its place (deleted, moved) while parts remain there;
- **parts do not exceed their total**: the parts of one breakdown add up to at most the total,
  unless the total is a lower bound ("at least", "more than");
- **ceilings**: a value above its indicator's ceiling is a typo, not a result (``exports.check``).

Where a path cannot refuse (a total returned at headquarters, a conflict resolved, a file merged),
what breaks a rule is a blocking problem of ``check`` (and so of ``submit`` and of an export for
publication), naming the records, and the annex never counts a part as a total.

**Parts the first version counted.** Files of the first version added every record up; the
upgrade (schema step 0003) kept the published figure of a place and year holding parts only as
the sum of its parts. Those parts are marked in ``part_counted_as_total`` (schema step 0006), the
mark travels with the records through a merge, and only marked parts are ever counted as a total:
a part left without its total by anything done since is not counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from db.errors import Problem
from db.quality import (BREAKDOWNS, LOWER_BOUNDS, PART_CONDITION, OpenFile, RowProblem, _breakdowns, _duplicates,
                        _Held, _held_records, describe, is_part, meaning_key, place_key)

if TYPE_CHECKING:
    import sqlite3


class ResultsFile(OpenFile, Protocol):
    """What the rules read of an open results file (``db.store.results_file.ResultsFile``)."""

    def records_by_id(self, ids: Iterable[str]) -> list: ...

    def _rule_problems(self, rows: list[dict], **options) -> list[Problem]: ...

COUNTED_AS_TOTAL = "part_counted_as_total"  # the table of the first version's marked parts
TOTAL_CONDITION = "ifnull(sex, '') = '' AND ifnull(age, '') = '' AND ifnull(disability, '') = ''"
_PLACE_COLUMNS = ("id", "office_code", "indicator", "year", "value", "country", "city", "entity", "qualifier",
                  "sex", "age", "disability", "status")


# --- the first version's parts ----------------------------------------------------------------------

def create_marks(conn) -> None:
    """Make the table of marked parts and mark the first version's parts (schema step 0006).

    ``conn``: an sqlite3 connection or sqlite_utils Database inside the migration's transaction.
    A file upgraded from the first version now has just had step 0003 run: every place holding
    parts only is such a place. A file upgraded before noted those places in the audit log (step
    0003's note, which names up to 20); parts written since then are not marked.
    """
    conn.execute(f"CREATE TABLE {COUNTED_AS_TOTAL} (record_id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
    note_row = conn.execute("SELECT new FROM audit WHERE action = 'upgrade' AND target_id = '0003_data_quality' "
                            "ORDER BY id LIMIT 1").fetchone()
    if note_row is None or not note_row[0]:
        return  # the file had no place holding parts only when it was upgraded, or was made since
    applied = conn.execute("SELECT applied_at FROM migrations WHERE name = '0003_data_quality'").fetchone()
    try:
        note = json.loads(note_row[0])
        named = set(note.get("first") or ())
        exact = int(note.get("places_without_total") or 0) <= len(named)
    except (ValueError, TypeError, AttributeError):
        named, exact = set(), False
    places: dict[tuple, list[tuple[str, bool, str]]] = {}
    columns = ("id", "office_code", "indicator", "year", "value", "country", "city", "entity", "sex", "age",
               "disability", "created_at")
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM record WHERE deleted = 0 AND value IS NOT NULL"):
        values = dict(zip(columns, row))
        key = (values["office_code"], *place_key(values))
        places.setdefault(key, []).append((values["id"], is_part(values), values["created_at"] or ""))
    marked = []
    for key, entries in places.items():
        if not all(part for _, part, _ in entries):
            continue
        if exact and " ".join(str(v) for v in key if v) not in named:
            continue  # a place left without its total after the upgrade: not the first version's
        marked += [(record_id,) for record_id, _, created in entries
                   if applied is None or created <= applied[0]]
    for start in range(0, len(marked), 500):
        chunk = marked[start:start + 500]
        conn.execute(f"INSERT INTO {COUNTED_AS_TOTAL} (record_id) VALUES {', '.join(['(?)'] * len(chunk))}",
                     [i for (i,) in chunk])


def marked_parts(results: ResultsFile, ids: Iterable[str] | None = None) -> set[str]:
    """Ids of the first version's parts counted as their place's total (of ``ids``, or all)."""
    if ids is None:
        return {r[0] for r in results.query(f"SELECT record_id FROM {COUNTED_AS_TOTAL}", tuples=True)}
    ids = [i for i in ids if i]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {r[0] for r in results.query(f"SELECT record_id FROM {COUNTED_AS_TOTAL} WHERE record_id IN "
                                              f"({', '.join('?' * len(chunk))})", chunk, tuples=True)}
    return found


def read_marks(conn: sqlite3.Connection) -> list[str]:
    """The marked parts of an office's copy (upgraded, checked), as record ids."""
    return sorted(r[0] for r in conn.execute(f"SELECT record_id FROM {COUNTED_AS_TOTAL}") if isinstance(r[0], str))


def copy_marks(ids: list[str], target: sqlite3.Connection, office_code: str) -> int:
    """Mark at headquarters the parts the office's file marks (inside the merge's transaction).

    The office's marks at headquarters become those of its file (``read_marks``), for the records
    headquarters holds. Returns how many of its records are marked now.
    """
    held = [r[0] for r in target.execute(
        f"SELECT m.record_id FROM {COUNTED_AS_TOTAL} m JOIN record r ON r.id = m.record_id "
        "WHERE r.office_code = ?", (office_code,))]
    wanted: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        wanted |= {r[0] for r in target.execute(
            f"SELECT id FROM record WHERE office_code = ? AND id IN ({', '.join('?' * len(chunk))})",
            (office_code, *chunk))}
    if wanted != set(held):
        target.executemany(f"DELETE FROM {COUNTED_AS_TOTAL} WHERE record_id = ?", [(i,) for i in held])
        target.executemany(f"INSERT INTO {COUNTED_AS_TOTAL} (record_id) VALUES (?)", [(i,) for i in sorted(wanted)])
    return len(wanted)


# --- writing: what a path refuses -------------------------------------------------------------------

def write_problems(results: ResultsFile, rows: Sequence[dict], *, office_code: str | None = None,
                   replacing: Sequence[str | None] = (), allow_duplicates: bool = False,
                   label=None) -> list[RowProblem]:
    """What refuses writing ``rows`` (valid, cleaned values) as records of the office.

    ``replacing[n]``: the id of the record row ``n`` rewrites (an edit, a restored deletion), left
    out of the comparison; ``office_code``: the office (needed in a headquarters file).
    Duplicates of the office's records or of each other, parts without their total (unless the
    record rewritten is one of the first version's marked parts), parts over their total.
    """
    rows = list(rows)
    label = label or (lambda n: f"row {n + 1}")
    replaced = [replacing[n] if n < len(replacing) else None for n in range(len(rows))]
    ignore = [i for i in replaced if i]
    problems: list[RowProblem] = []
    # With parts near, the records of the rows' places are read once for both rules; without, the
    # duplicates are looked up by value alone (an edit of a total stays one indexed query).
    held = (_held_records(results, rows, ignore, office_code)
            if any(is_part(r) for r in rows) or _parts_near(results, rows, office_code) else None)
    if not allow_duplicates:
        same = held if held is not None else _same_values(results, rows, office_code, ignore)
        problems += _duplicates(rows, list(range(len(rows))), same, label)
    if held is not None:
        found = _breakdowns(results, rows, list(range(len(rows))), held, label, True)
        marked = marked_parts(results, ignore) if ignore else set()
        problems += [p for p in found if not (p.code == "part_without_total" and replaced[p.row] in marked)]
    problems.sort(key=lambda p: p.row)
    return problems


def _parts_near(results: ResultsFile, rows: list[dict], office_code: str | None) -> bool:
    from db.quality import _parts_held

    return _parts_held(results, rows, office_code)


def _same_values(results: ResultsFile, rows: list[dict], office_code: str | None, ignore: list[str]) -> list[_Held]:
    """The office's live records with the indicator, year, country, breakdown and value of a row."""
    if office_code is None and results.kind == "office":
        office_code = results.office.code
    mine = " AND office_code = ?" if office_code else ""
    found: list[_Held] = []
    skip = set(ignore)
    columns = ("id", "indicator", "year", "value", "country", "city", "entity", "qualifier", "sex", "age",
               "disability", "status", "created_at")
    asked = {(r["indicator"], r["year"], r["country"] or "", r["sex"] or "", r["age"] or "", r["disability"] or "",
              r["value"]) for r in rows}
    if len(asked) > 20:  # a batch: the office's records of its indicators, read at once
        return _held_records(results, rows, ignore, office_code)
    for indicator, year, country, sex, age, disability, value in sorted(asked, key=str):
        for row in results.query(
                f"SELECT {', '.join(columns)} FROM record WHERE deleted = 0 AND indicator = ? AND year = ? "
                "AND ifnull(country, '') = ? AND ifnull(sex, '') = ? AND ifnull(age, '') = ? "
                "AND ifnull(disability, '') = ? AND value IS ?" + mine,
                [indicator, year, country, sex, age, disability, value, *([office_code] if office_code else [])],
                tuples=True):
            if row[0] not in skip:
                found.append(_Held(row[0], dict(zip(columns[1:11], row[1:11])), row[11], row[12]))
    return found


def removal_problems(results: ResultsFile, record_ids: Iterable[str], *,
                     moved: dict[str, dict] | None = None) -> list[Problem]:
    """Totals that may not leave their place: deleted (``record_ids``) or moved (``moved``: id -> new
    values) while parts of the place remain and no other total does."""
    return [problem for _, problem in blocked_totals(results, record_ids, moved=moved)]


def blocked_totals(results: ResultsFile, record_ids: Iterable[str], *,
                   moved: dict[str, dict] | None = None) -> list[tuple[str, Problem]]:
    """As ``removal_problems``, each problem with the id of the total it stops."""
    moved = moved or {}
    leaving = set(record_ids) | set(moved)
    if not leaving:
        return []
    records = results.records_by_id(sorted(leaving))
    problems: list[tuple[str, Problem]] = []
    seen: set[tuple] = set()
    for record in records:
        values = record.values()
        if record.deleted or is_part(values) or record.value is None:
            continue
        if record.id in moved and place_key(moved[record.id]) == place_key(values) \
                and not is_part(moved[record.id]):
            continue  # still a total of the same place
        key = (record.office_code, *place_key(values))
        if key in seen:
            continue
        seen.add(key)
        entries = _place_records(results, record.office_code, values)
        totals = [e for e in entries if not is_part(e) and e["id"] not in leaving]
        parts = [e for e in entries if is_part(e) and e["id"] not in leaving]
        if totals or not parts:
            continue
        place = describe({**values, "sex": "", "age": "", "disability": "", "value": None})
        listed = "; ".join(describe(p) + f" (id {p['id']})" for p in parts[:5])
        problems.append((record.id, Problem.of("value", "total_has_parts", place=place, count=len(parts),
                                               listed=listed)))
    return problems


def _place_records(results: ResultsFile, office_code: str, values: dict) -> list[dict]:
    rows = results.query(
        f"SELECT {', '.join(_PLACE_COLUMNS)} FROM record WHERE deleted = 0 AND office_code = ? AND indicator = ? "
        "AND year = ? AND ifnull(country, '') = ?", [office_code, values["indicator"], values["year"],
                                                     values["country"] or ""], tuples=True)
    key = place_key(values)
    found = [dict(zip(_PLACE_COLUMNS, r)) for r in rows]
    return [r for r in found if place_key(r) == key]


def copy_problem(described: str) -> Problem:
    """What an unchanged copy of a record (Edit → Duplicate) says until it differs: it is not a record yet."""
    return Problem.of("value", "copy_unchanged", record=described)


# --- what a path could not refuse: problems of the records as they are ------------------------------

def place_problems(results: ResultsFile, where: str = "deleted = 0", params: Sequence = ()) -> list[dict]:
    """Breakdowns of the records selected (SQL over ``record``) that break the rules, per office.

    Each: {"code": "part_without_total" | "parts_over_total", "office", "indicator", "year", "place",
    "records": [ids], and for parts over their total "dimension", "added", "total"}. Parts the first
    version counted as their total are no problem.
    """
    sums = _summed_codes(results)
    if not sums:
        return []
    in_sums = f"indicator IN ({', '.join('?' * len(sums))})"
    marked_sql = f"id IN (SELECT record_id FROM {COUNTED_AS_TOTAL})"
    parts = results.query(
        f"SELECT {', '.join(_PLACE_COLUMNS)}, {marked_sql} FROM record WHERE {PART_CONDITION} "
        f"AND {in_sums} AND ({where})", [*sums, *params], tuples=True).fetchall()
    if not parts:
        return []
    groups: dict[tuple, dict] = {}
    for row in parts:
        values = dict(zip(_PLACE_COLUMNS, row))
        values["marked"] = bool(row[-1])
        group = groups.setdefault((values["office_code"], *place_key(values)), {"totals": [], "parts": []})
        group["parts"].append(values)
    # The totals of those offices, indicators and years, in one pass (a query per place read the
    # records of its indicator and year again each time: 4 s at 120,000 records).
    asked = {(k[0], k[1], k[2], k[3]) for k in groups}
    codes = sorted({k[1] for k in asked})
    years = sorted({k[2] for k in asked})
    rows = results.query(
        f"SELECT {', '.join(_PLACE_COLUMNS)} FROM record NOT INDEXED WHERE deleted = 0 AND {TOTAL_CONDITION} "
        f"AND indicator IN ({', '.join('?' * len(codes))}) AND year IN ({', '.join('?' * len(years))}) "
        f"AND ({where})", [*codes, *years, *params], tuples=True)
    for row in rows:
        if (row[1], row[2], row[3], row[5] or "") not in asked:
            continue
        values = dict(zip(_PLACE_COLUMNS, row))
        held = groups.get((row[1], *place_key(values)))
        if held is not None:
            held["totals"].append(values)
    found = []
    for _place, group in sorted(groups.items(), key=lambda kv: str(kv[0])):
        totals, mine = group["totals"], group["parts"]
        first = mine[0]
        place = describe({**first, "sex": "", "age": "", "disability": "", "value": None})
        base = {"office": first["office_code"], "indicator": first["indicator"], "year": first["year"],
                "place": place}
        if not totals:
            orphans = [p for p in mine if not p["marked"]]
            if orphans:
                found.append({**base, "code": "part_without_total", "records": [p["id"] for p in orphans],
                              "described": [describe(p) for p in orphans]})
            continue
        if any(t["qualifier"] in LOWER_BOUNDS for t in totals):
            continue
        total = sum(t["value"] or 0 for t in totals)
        for dimension in BREAKDOWNS:
            of = [p for p in mine if p[dimension]]
            added = sum(p["value"] or 0 for p in of)
            if added > total:
                found.append({**base, "code": "parts_over_total", "dimension": dimension, "added": added,
                              "total": total, "records": [p["id"] for p in of] + [t["id"] for t in totals],
                              "described": [describe(p) for p in of]})
    return found


def repeated_figures(results: ResultsFile, where: str = "deleted = 0", params: Sequence = ()) -> list[dict]:
    """Records of summed indicators saying the same thing (place, breakdown, value), grouped.

    Each: {"offices": [codes], "records": [ids], "described": words}. Within one office such a
    repeat was allowed on purpose (or written by an earlier version); across offices it may be one
    figure reported twice. Names are compared as the annex compares them.
    """
    sums = _summed_codes(results)
    if not sums:
        return []
    in_sums = f"indicator IN ({', '.join('?' * len(sums))})"
    # A first sieve in SQL (names in small letters, as far as SQLite knows them), then the annex's comparison.
    candidates = results.query(
        f"SELECT indicator, year, ifnull(country, ''), lower(trim(ifnull(city, ''))), "
        f"lower(trim(ifnull(entity, ''))), ifnull(sex, ''), ifnull(age, ''), ifnull(disability, ''), value "
        f"FROM record NOT INDEXED WHERE value IS NOT NULL AND {in_sums} AND ({where}) "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING count(*) > 1", [*sums, *params], tuples=True).fetchall()
    found = []
    for indicator, year, country, _city, _entity, sex, age, disability, value in candidates:
        rows = results.query(
            f"SELECT {', '.join(_PLACE_COLUMNS)} FROM record WHERE indicator = ? AND year = ? "
            "AND ifnull(country, '') = ? AND ifnull(sex, '') = ? AND ifnull(age, '') = ? "
            f"AND ifnull(disability, '') = ? AND value = ? AND ({where})",
            [indicator, year, country, sex, age, disability, value, *params], tuples=True).fetchall()
        by_meaning: dict[tuple, list[dict]] = {}
        for row in rows:
            values = dict(zip(_PLACE_COLUMNS, row))
            by_meaning.setdefault(meaning_key(values), []).append(values)
        for same in by_meaning.values():
            if len(same) > 1:
                found.append({"offices": sorted({r["office_code"] for r in same}),
                              "records": [r["id"] for r in same], "indicator": indicator, "year": year,
                              "described": describe(same[0])})
    return sorted(found, key=lambda f: (f["offices"], f["indicator"], f["year"], f["records"]))


def _summed_codes(results: ResultsFile) -> list[str]:
    """The summed indicators of every plan the file holds (a code is summed under each plan that has it)."""
    return sorted({i.code for held in results.plans for i in held.framework.indicators() if i.rule == "sum"})


def file_problems(results: ResultsFile) -> list[str]:
    """The rules broken by the live records of a file, in words (for ``validate``)."""
    lines = []
    for p in place_problems(results):
        ids = ", ".join(p["records"][:10])
        if p["code"] == "part_without_total":
            lines.append(f"office {p['office']}: {p['place']}: breakdown part(s) without their total "
                         f"(records {ids}); the annex does not count them")
        else:
            lines.append(f"office {p['office']}: {p['place']}: the parts by {p['dimension']} add up to "
                         f"{p['added']:,}, more than their total {p['total']:,} (records {ids})")
    return lines

