"""A record's history: who changed it, when, on which computer, what before and after, and from where.

Read from the audit log (every write appends to it in the same transaction), the import log (an
import's records are audited in the transaction that logs the file) and, at headquarters, the merge
log: each version of a record that arrived with a merge (its batch, the office's file and its
SHA-256), rival versions kept aside in ``conflict``, and headquarters' own reviews. Only reads:
``record_history`` works on a file opened read-only, and writes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from db.errors import RecordNotFound
from db.officefile import AUDITED_FIELDS, Record, ResultsFile

# What each audit action means for a record, in the words the command line prints.
ACTIONS = {
    "insert": "added",
    "update": "changed",
    "delete": "deleted",
    "restore": "restored",
    "submit": "submitted",
    "feedback": "headquarters' decision applied",
    "review": "reviewed at headquarters",
    "resolve": "conflict resolved",
    "merge": "arrived with a merge",
    "rival": "rival version arrived with a merge",
}
# Fields of a version that are not the record's values: shown apart (or not at all).
_NOT_VALUES = {"version", "batch", "comment", "kept_version", "kept_file", "choice"}


@dataclass(frozen=True)
class Source:
    """Where a step came from: an imported file, or a merge batch (office file and its SHA-256)."""

    kind: str  # "import" or "merge"
    file_name: str
    sha256: str
    batch: int | None = None
    office: str = ""

    def describe(self) -> str:
        if self.kind == "import":
            return f"import of {self.file_name} (SHA-256 {self.sha256[:12]}…)"
        return f"merge batch {self.batch}: {self.file_name} of {self.office} (SHA-256 {self.sha256[:12]}…)"

    def to_json(self) -> dict:
        out: dict[str, object] = {"kind": self.kind, "file": self.file_name, "sha256": self.sha256}
        if self.kind == "merge":
            out.update(batch=self.batch, office=self.office)
        return out


@dataclass(frozen=True)
class Step:
    """One thing that happened to the record; ``changes``: (field, old, new), None where there was none."""

    at: str
    who: str
    machine: str  # '' where the file did not record it (entries written before it was recorded)
    action: str
    changes: tuple[tuple[str, object, object], ...] = ()
    version: int | None = None
    comment: str = ""
    source: Source | None = None

    @property
    def what(self) -> str:
        return ACTIONS.get(self.action, self.action)

    def to_json(self) -> dict:
        return {"at": self.at, "who": self.who, "machine": self.machine or None, "action": self.action,
                "what": self.what, "version": self.version, "comment": self.comment or None,
                "changes": [{"field": f, "old": old, "new": new} for f, old, new in self.changes],
                "source": self.source.to_json() if self.source else None}


@dataclass
class RecordHistory:
    """The record as it is now (None if the file no longer holds it) and its steps, oldest first."""

    record_id: str
    record: Record | None
    headquarters: bool
    steps: list[Step] = field(default_factory=list)

    def to_json(self) -> dict:
        record = None
        if self.record is not None:
            record = {k: getattr(self.record, k) for k in ("id", "office_code", *AUDITED_FIELDS, "version",
                                                            "deleted")}
        return {"record_id": self.record_id, "record": record, "headquarters": self.headquarters,
                "steps": [s.to_json() for s in self.steps]}


def record_history(results: ResultsFile, record_id: str) -> RecordHistory:
    """The history of ``record_id`` in ``results``; RecordNotFound if the file never held it."""
    record_id = record_id.strip()
    try:
        record: Record | None = results.record(record_id)
    except RecordNotFound:
        record = None
    headquarters = results.kind == "headquarters"
    entries = _audit_entries(results, record_id)
    if record is None and not entries:
        raise RecordNotFound.of("record_missing", id=record_id, file=results.path.name)
    imports = _imports_at(results, {e["at"] for e in entries if e["action"] == "insert"})
    batches: dict = _batches(results)
    steps: list[Step] = []
    arrived: set[tuple] = set()  # (version, batch) told by the audit log
    replaced: list[tuple] = []  # (version, batch) that later versions replaced, oldest first
    values: dict | None = None  # the values of the version before (to say what a merge changed)
    for e in entries:
        new, old = e["new"] or {}, e["old"] or {}
        action = e["action"]
        machine = e.get("machine") or ""
        if action in ("merge", "rival") and old.get("batch") is not None:
            # A version replacing another: the fields it changed, old and new, and both batches.
            arrived.add((new.get("version"), new.get("batch")))
            replaced.append((old.get("version"), old.get("batch")))
            keys = [k for k in (*old, *new) if k not in _NOT_VALUES]
            steps.append(Step(e["at"], e["who"], machine, action,
                              tuple((k, old.get(k), new.get(k)) for k in dict.fromkeys(keys)),
                              new.get("version"), source=batches.get(new.get("batch"))))
            continue
        if action in ("merge", "rival"):  # a version with all its values (a conflict's, or a new record's)
            batch = new.get("batch")
            arrived.add((new.get("version"), batch))
            now_values = {k: v for k, v in new.items() if k not in _NOT_VALUES}
            steps.append(Step(e["at"], e["who"], machine, action, _difference(values, now_values),
                              new.get("version"), source=batches.get(batch)))
            if action == "merge":  # a rival is set aside: the record stays as it was
                values = now_values
            continue
        if action == "insert":
            changes = tuple((k, None, v) for k, v in new.items() if k not in _NOT_VALUES)
            values = dict(new)
        elif action in ("review", "feedback"):
            changes = (("status", old.get("status"), new.get("status")),)
        elif action == "resolve":
            changes = ()
        else:
            keys = [k for k in (*old, *new) if k not in _NOT_VALUES]
            changes = tuple((k, old.get(k), new.get(k)) for k in dict.fromkeys(keys))
            if values is not None:
                values.update({k: v for k, v in new.items() if k not in _NOT_VALUES})
        comment = str(new.get("comment") or "")
        if action == "resolve":
            comment = f"kept version {new.get('kept_version')} from {new.get('kept_file')}"
        steps.append(Step(e["at"], e["who"], machine, action, changes, new.get("version"), comment,
                          imports.get(e["at"]) if action == "insert" else None))
    if headquarters:
        steps += _arrivals_before_the_log(results, record_id, batches, arrived, replaced[:1])
        steps.sort(key=lambda s: s.at)
    return RecordHistory(record_id, record, headquarters, steps)


def _audit_entries(results: ResultsFile, record_id: str) -> list[dict]:
    return [e for e in results.audit_log(record_id) if e["target"] == "record"]


def _imports_at(results: ResultsFile, times: set[str]) -> dict[str, Source]:
    """The imported file of each time records were audited as added (an import audits its records
    with the time it logs the file)."""
    if not times:
        return {}
    marks = ", ".join("?" * len(times))
    rows = results.query(f"SELECT imported_at, file_name, sha256 FROM import_log WHERE imported_at IN ({marks})",
                         sorted(times)).fetchall()
    return {r["imported_at"]: Source("import", r["file_name"], r["sha256"]) for r in rows}


def _batches(results: ResultsFile) -> dict[int, Source]:
    rows = results.query("SELECT id, file_name, sha256, office_code FROM merge_batch").fetchall()
    return {r["id"]: Source("merge", r["file_name"], r["sha256"], r["id"], r["office_code"]) for r in rows}


def _merging_computers(results: ResultsFile) -> dict[int, str]:
    """The computer each merge batch was written on, from the merge log's audit entries."""
    found = {}
    for machine, new in results.query("SELECT machine, new FROM audit WHERE action = 'merge' AND target = 'file' "
                                      "AND machine IS NOT NULL", tuples=True):
        try:
            found[int(json.loads(new)["batch"])] = machine
        except (ValueError, KeyError, TypeError):
            continue  # an entry without its batch: nothing to say
    return found


def _arrivals_before_the_log(results: ResultsFile, record_id: str, batches: dict[int, Source],
                             arrived: set[tuple], first: list[tuple]) -> list[Step]:
    """Versions not logged one by one: a record's first version (a merge logs the versions that
    replace another; the first is the one the first replacement replaced), the version held now
    when no replacement is logged (from ``record_origin``; also for files merged by earlier versions
    of the app), and rival versions set aside."""
    steps = []
    machines = _merging_computers(results)
    for version, batch in first:
        row = results.query("SELECT merged_at, merged_by FROM merge_batch WHERE id = ?", (batch,)).fetchone()
        if (version, batch) not in arrived and row is not None:
            arrived.add((version, batch))
            steps.append(Step(row["merged_at"], row["merged_by"], machines.get(batch, ""), "merge", (), version,
                              source=batches.get(batch)))
    origin = results.query("SELECT o.version, o.batch_id, b.merged_at, b.merged_by FROM record_origin o "
                           "JOIN merge_batch b ON b.id = o.batch_id WHERE o.record_id = ?",
                           (record_id,)).fetchone()
    if origin is not None and (origin["version"], origin["batch_id"]) not in arrived:
        steps.append(Step(origin["merged_at"], origin["merged_by"], machines.get(origin["batch_id"], ""), "merge", (),
                          origin["version"],
                          source=batches.get(origin["batch_id"])))
    for row in results.query("SELECT c.version, c.batch_id, c.state, b.merged_at, b.merged_by FROM conflict c "
                             "LEFT JOIN merge_batch b ON b.id = c.batch_id WHERE c.record_id = ? ORDER BY c.id",
                             (record_id,)):
        if (row["version"], row["batch_id"]) in arrived or row["merged_at"] is None:
            continue
        arrived.add((row["version"], row["batch_id"]))
        steps.append(Step(row["merged_at"], row["merged_by"], machines.get(row["batch_id"], ""), "rival", (),
                          row["version"],
                          f"rival version, {row['state']}", batches.get(row["batch_id"])))
    return steps


def _difference(before: dict | None, after: dict) -> tuple[tuple[str, object, object], ...]:
    if before is None:
        return tuple((k, None, v) for k, v in after.items())
    keys = dict.fromkeys((*before, *after))
    return tuple((k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k))
