"""Planning a merge: what each record an office sends becomes at headquarters. A pure function.

``plan_merge`` takes plain data (what headquarters holds for the incoming ids, and what the office
sends) and returns a ``Plan``; it reads no file and writes nothing. ``db.merge_store`` reads what
it needs and writes the plan; ``db.merge`` ties them together (see its docstring for the rules:
versions, base versions, heads and conflicts).

Every incoming record gets exactly one outcome:

- ``added``: headquarters has never seen the record;
- ``updated`` / ``deleted``: the copy supersedes every copy held (``deleted``: it is a tombstone
  of a record held alive);
- ``unchanged``: headquarters holds this very copy (same version and content), as the record row
  or as a rival or dropped copy in ``conflict``;
- ``outdated``: a copy held supersedes it (an older file arriving late rolls nothing back, and a
  copy dropped when a conflict was resolved never comes back);
- ``conflict``: neither it nor a copy held supersedes the other;
- ``foreign``: headquarters holds the record for another office (the file is then refused).
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from collections import Counter
from dataclasses import dataclass, field

from db.officefile import EDITABLE_FIELDS

CONTENT_FIELDS = ("office_code", *EDITABLE_FIELDS, "deleted")
# A plan's counts, as a merge reports them and its batch keeps them.
COUNTED = ("added", "updated", "deleted", "unchanged", "outdated", "conflicts", "narratives")
OUTCOMES = ("added", "updated", "deleted", "unchanged", "outdated", "conflict", "foreign")


@dataclass
class Copy:
    """One version of one record, as carried by a file or held at headquarters."""

    values: dict  # COPY_COLUMNS, or (held, see ``merge_store.held_for``) id, version, office_code, deleted
    base_version: int
    content_hash: str
    file_name: str
    file_id: str
    sha256: str
    batch_id: int | None = None
    conflict_id: int | None = None  # its row in ``conflict``, if it is held there
    state: str = "head"  # in ``conflict``: 'open', 'dropped' or 'kept'

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def version(self) -> int:
        return self.values["version"]

    @property
    def key(self) -> tuple[int, str]:
        return self.values["version"], self.content_hash

    @property
    def choice(self) -> str:
        """How the user names this copy when resolving a conflict: stable across merges."""
        return f"{self.version}-{self.content_hash}"

    def supersedes(self, other: Copy) -> bool:
        return self.base_version >= other.version


def content_hash(values: dict) -> str:
    """A digest of what the office entered (not of when or by whom): equal content, equal hash."""
    return content_digest(_content(values))


_content = operator.itemgetter(*CONTENT_FIELDS)


def content_digest(content: tuple) -> str:
    """``content_hash`` of the values of CONTENT_FIELDS, in that order."""
    # repr: unambiguous for str, int, None. 96 bits: only copies of one record at one version
    # are ever compared.
    return hashlib.blake2b(repr(content).encode("utf-8"), digest_size=12).hexdigest()


@dataclass
class Held:
    """What headquarters holds for the ids a file sends.

    ``records``: the record row's copy of each id held (from ``record_origin`` and its batch; only
    id, version, office_code and deleted in ``values``). ``conflicts``: every ``conflict`` row of
    the ids that have any (open, dropped or kept). ``narratives``: the office's outcome narratives,
    by (office_code, outcome, year).
    """

    records: dict[str, Copy] = field(default_factory=dict)
    conflicts: dict[str, list[Copy]] = field(default_factory=dict)
    narratives: dict[tuple, dict] = field(default_factory=dict)


@dataclass
class Plan:
    """What merging a file writes. Copies in it may be written (their ``batch_id`` set) as they are."""

    adds: list[Copy] = field(default_factory=list)
    updates: list[Copy] = field(default_factory=list)
    # The same copy from another file: the row and its provenance then name the file with the
    # smaller SHA-256 (with its times and author), so that no detail depends on the order of merges.
    origins: list[Copy] = field(default_factory=list)
    rival_origins: list[tuple[int | None, Copy]] = field(default_factory=list)  # (conflict row id, copy)
    # record id -> (the record row, its open rivals, the dropped copies) after the file's copy joined
    heads: dict[str, tuple[Copy, list[Copy], list[Copy]]] = field(default_factory=dict)
    # The held record rows among ``heads`` (copies of those in ``Held``): only id, version,
    # office_code and deleted are known; their other values are read before they are written back.
    partial: list[Copy] = field(default_factory=list)
    narratives: list[dict] = field(default_factory=list)
    outcomes: dict[str, str] = field(default_factory=dict)  # record id -> one of OUTCOMES
    # (record id, the office holding it, the file's office): the first refuses the file
    foreign: list[tuple[str, str, str]] = field(default_factory=list)

    def writes(self) -> bool:
        return bool(self.adds or self.updates or self.origins or self.rival_origins or self.heads
                    or self.narratives)

    def counts(self) -> dict[str, int]:
        """Records per outcome, and narratives, under the names of COUNTED."""
        n = Counter(self.outcomes.values())
        return {"added": n["added"], "updated": n["updated"], "deleted": n["deleted"],
                "unchanged": n["unchanged"], "outdated": n["outdated"], "conflicts": n["conflict"],
                "narratives": len(self.narratives)}


def needs_check(copies: list[Copy], held: Held) -> list[Copy]:
    """The copies to check against the framework: all but those headquarters holds unchanged as its
    record row (checked when they first arrived, against the same framework)."""
    return [c for c in copies if (h := held.records.get(c.id)) is None or h.key != c.key]


def plan_merge(held: Held, copies: list[Copy], narratives: list[dict]) -> Plan:
    """What each of ``copies`` (one file's, one copy per id) and each narrative becomes at headquarters."""
    plan = Plan()
    # In id order: lookups and inserts then walk the B-trees once instead of jumping around.
    for copy in sorted(copies, key=_copy_id):
        plan.outcomes[copy.id] = _plan_record(plan, held, copy)
    for row in narratives:
        old = held.narratives.get((row["office_code"], row["outcome"], row["year"]))
        if old is None or _narrative_rank(row) > _narrative_rank(old):
            plan.narratives.append(row)
    return plan


def _plan_record(plan: Plan, held: Held, copy: Copy) -> str:
    """Put ``copy`` in ``plan``; its outcome."""
    current = held.records.get(copy.id)
    if current is None:
        plan.adds.append(copy)
        return "added"
    if current.values["office_code"] != copy.values["office_code"]:
        plan.foreign.append((copy.id, current.values["office_code"], copy.values["office_code"]))
        return "foreign"
    rivals = held.conflicts.get(copy.id)
    if rivals is None:  # never disputed: the record row is the only copy held
        if current.key == copy.key:
            if copy.sha256 < current.sha256:
                plan.origins.append(copy)
            return "unchanged"
        if current.supersedes(copy):
            return "outdated"
        if copy.supersedes(current):
            plan.updates.append(copy)
            return _replaced(current, copy)
        current = dataclasses.replace(current)
        plan.partial.append(current)
        plan.heads[copy.id] = _heads([current], [], copy)
        return "conflict"
    known = [current, *rivals]
    same = next((k for k in known if k.key == copy.key), None)
    if same is not None:
        if copy.sha256 < same.sha256:
            if same is current:
                plan.origins.append(copy)
            elif same.state != "kept":  # a kept copy is the record row too: it matched above
                plan.rival_origins.append((same.conflict_id, copy))
        return "unchanged"
    if any(k.supersedes(copy) for k in known):
        return "outdated"
    current = dataclasses.replace(current)
    plan.partial.append(current)
    heads = [current, *(r for r in rivals if r.state == "open")]
    dropped = [r for r in rivals if r.state in ("dropped", "kept")]
    plan.heads[copy.id] = _heads(heads, dropped, copy)
    return "conflict" if plan.heads[copy.id][1] else _replaced(current, copy)


def _replaced(current: Copy, copy: Copy) -> str:
    return "deleted" if copy.values["deleted"] and not current.values["deleted"] else "updated"


def _heads(heads: list[Copy], dropped: list[Copy], new: Copy) -> tuple[Copy, list[Copy], list[Copy]]:
    """The record row and the open rivals after ``new`` joins ``heads`` (dropped ones stay dropped)."""
    remaining = [h for h in heads if not new.supersedes(h)]
    everyone = sorted([*remaining, new], key=lambda c: c.key, reverse=True)
    return everyone[0], everyone[1:], dropped


def _narrative_rank(row: dict) -> tuple:
    # Newer wins; at equal versions the larger text (then the later edit), so that the order of
    # files never matters.
    return row["version"], row["text"], row["updated_at"] or "", row["changed_by"] or ""


def _copy_id(copy: Copy) -> str:
    return copy.values["id"]
