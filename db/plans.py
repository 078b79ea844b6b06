"""The plans a results file holds: the built-in plan it was made for, and the plans added to it.

A file made by an earlier version holds one plan without saying so: the built-in plan named in
its ``meta`` (the strategic plan 2020–2025). Headquarters issues later plans as plan files; each
added plan is stored in the file itself (table ``plan``: its canonical JSON, SHA-256 and
substance hash), so that the file reads the same on every computer whatever the app ships. The
plans' years never overlap: a year is entered, checked and exported under its own plan.

A newer version of a plan replaces the one held; the replaced version stays in the table, so that
the records of indicators the new version removed are still known for what they are: kept,
read-only, named, never counted silently.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import HabitatError
from db.framework import Framework, FrameworkError, Indicator, parse_framework

if TYPE_CHECKING:
    from db.officefile import ResultsFile

# The newest plan-file format this app reads. A file holding a plan of a later format was made
# by a newer app: it is refused whole, by the plan's name and version, never half read.
PLAN_FORMAT = 2
PLAN_STATUSES = ("provisional", "final")
MAX_PLAN_BYTES = 20 * 1024 * 1024  # a plan of four levels and thousands of indicators is well under 1 MB


class PlanError(HabitatError):
    """A plan file, or a plan held in a results file, that cannot be used or added."""


def version_key(version: str) -> tuple:
    """'1.10' after '1.9'; numbers before words in each part, so that any two versions compare."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in version.split("."))


def canonical_json(data: dict) -> str:
    """The one text of a plan's data, as ``plan build`` writes a plan file: its SHA-256 is the one
    ``plan build`` printed (and ``sha256sum`` of the plan file shows), whatever the file's spacing."""
    from db.plan_format import plan_file_bytes

    return plan_file_bytes(data).decode("utf-8")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def substance_sha256(framework: Framework) -> str:
    """The SHA-256 of what counting depends on (years, structure, codes, units, rules, ceilings).

    Names, definitions and translations are left out: headquarters and an office may word a plan
    differently and still count alike.
    """
    from db import framework as fw_module

    shared = getattr(fw_module, "substance_sha256", None)
    if shared is not None:  # the plan's own definition, where the framework module gives one
        return shared(framework)

    def group(g) -> list:
        return [g.code, g.level, [group(c) for c in g.children],
                [[i.code, i.unit, i.rule, i.entity, i.numerator, i.denominator, list(i.disaggregations),
                  i.ceiling] for i in g.indicators]]

    substance = [framework.id, framework.version, framework.first_year, framework.last_year,
                 [group(d) for d in framework.domains], [group(e) for e in framework.enablers],
                 sorted(framework.units), [[r.indicator, r.at_most] for r in framework.rules]]
    return sha256_text(json.dumps(substance, sort_keys=True, separators=(",", ":")))


@dataclass(frozen=True)
class HeldPlan:
    """A plan as a file holds it. ``added_at`` is None for the built-in plan a file was made for."""

    framework: Framework = field(repr=False)
    status: str = "final"
    sha256: str = ""
    substance: str = ""
    format: int = PLAN_FORMAT
    added_at: str | None = None
    added_by: str | None = None
    replaced_at: str | None = None
    content: str | None = field(default=None, repr=False)  # the canonical JSON (None for the built-in plan)

    @property
    def id(self) -> str:
        return self.framework.id

    @property
    def version(self) -> str:
        return self.framework.version

    @property
    def first_year(self) -> int:
        return self.framework.first_year

    @property
    def last_year(self) -> int:
        return self.framework.last_year

    @property
    def builtin(self) -> bool:
        return self.added_at is None

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"

    def label(self) -> str:
        return f"{self.id} {self.version}"


def builtin_plan(framework: Framework) -> HeldPlan:
    """The built-in plan a file was made for, as the file holds it (implicitly)."""
    return HeldPlan(framework, status=_status(framework, {}), sha256="", substance=substance_sha256(framework))


def _status(framework: Framework, data: dict) -> str:
    """A format-1 plan file says its status at its top level; a format-2 one through its framework."""
    top = data.get("status") if isinstance(data, dict) else None
    return top if isinstance(top, str) else framework.status or "final"


class Plans:
    """The plans of one file: the current version of each, by years, and the versions they replaced."""

    def __init__(self, held: Iterable[HeldPlan]):
        held = list(held)
        self.current: tuple[HeldPlan, ...] = tuple(sorted((p for p in held if p.replaced_at is None),
                                                          key=lambda p: p.first_year))
        self.replaced: tuple[HeldPlan, ...] = tuple(p for p in held if p.replaced_at is not None)
        self._by_year = {y: p for p in self.current for y in p.framework.years}

    def __iter__(self) -> Iterator[HeldPlan]:
        return iter(self.current)

    def __len__(self) -> int:
        return len(self.current)

    @property
    def years(self) -> list[int]:
        return sorted(self._by_year)

    @property
    def first_year(self) -> int:
        return self.current[0].first_year

    @property
    def last_year(self) -> int:
        return max(p.last_year for p in self.current)

    def periods(self) -> str:
        """'2020–2025, 2026–2029': the years of the plans, for messages."""
        return ", ".join(f"{p.first_year}–{p.last_year}" for p in self.current)

    def plan_for_year(self, year) -> HeldPlan | None:
        return self._by_year.get(year) if type(year) is int else None

    def for_year(self, year) -> Framework | None:
        """The framework of ``year``'s plan, or None when no plan of the file covers it."""
        plan = self.plan_for_year(year)
        return plan.framework if plan is not None else None

    def plan(self, plan_id: str) -> HeldPlan | None:
        """The current version of the plan ``plan_id``."""
        return next((p for p in self.current if p.id == plan_id), None)

    def indicator(self, code: str, year) -> Indicator | None:
        framework = self.for_year(year)
        return framework.indicator(code) if framework is not None else None

    def any_indicator(self, code: str) -> Indicator | None:
        """The indicator ``code`` in the first current plan that has it (where the year is not known)."""
        return next((i for p in self.current if (i := p.framework.indicator(code)) is not None), None)

    def removed_by(self, code: str, year) -> HeldPlan | None:
        """The replaced version of ``year``'s plan that held ``code``, when the current version removed it."""
        current = self.plan_for_year(year)
        if current is None or current.framework.indicator(code) is not None:
            return None
        for old in sorted(self.replaced, key=lambda p: version_key(p.version), reverse=True):
            if old.id == current.id and year in old.framework.years and old.framework.indicator(code) is not None:
                return old
        return None

    def removed_indicators(self, year) -> list[Indicator]:
        """The indicators that earlier versions of ``year``'s plan had and its current version removed."""
        current = self.plan_for_year(year)
        if current is None:
            return []
        found: dict[str, Indicator] = {}
        for old in sorted(self.replaced, key=lambda p: version_key(p.version), reverse=True):
            if old.id == current.id and year in old.framework.years:
                for indicator in old.framework.indicators():
                    if current.framework.indicator(indicator.code) is None:
                        found.setdefault(indicator.code, indicator)
        return list(found.values())

    def indicator_of(self, code: str, year) -> Indicator | None:
        """``code`` in ``year``'s plan, or as the earlier version that the current one removed it from had it."""
        found = self.indicator(code, year)
        if found is None and (old := self.removed_by(code, year)) is not None:
            found = old.framework.indicator(code)
        return found

    def plans_of_years(self, years: Iterable[int]) -> list[HeldPlan]:
        """The plans ``years`` lie under, in order (several: the years mix plans)."""
        found: dict[tuple[str, str], HeldPlan] = {}
        for year in sorted(set(years)):
            plan = self.plan_for_year(year)
            if plan is not None:
                found.setdefault((plan.id, plan.version), plan)
        return list(found.values())


# --- reading what a file holds -------------------------------------------------------------------

def read_plans(conn: sqlite3.Connection, builtin: Framework, path: Path) -> Plans:
    """The plans a file holds. A plan of a newer format, or a damaged one, refuses the whole file."""
    from db.errors import OfficeFileError

    held: list[HeldPlan] = []
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plan'").fetchone()
    rows = conn.execute("SELECT * FROM plan ORDER BY added_at, rowid").fetchall() if exists else []
    for row in rows:
        row = dict(row)
        fmt = row["format"]
        if type(fmt) is not int or fmt > PLAN_FORMAT:
            raise OfficeFileError.of("file_plan_newer", path=str(path), plan=row["id"], version=row["version"],
                                     format=fmt, known=PLAN_FORMAT)
        try:
            held.append(plan_from_row(row, f"{path}: plan {row['id']} {row['version']}"))
        except (FrameworkError, ValueError, TypeError) as exc:
            raise OfficeFileError.of("file_plan_damaged", path=str(path), plan=row["id"], version=row["version"],
                                     detail=str(exc)) from exc
    replaces_builtin = any(p.id == builtin.id and p.replaced_at is None for p in held)
    base = builtin_plan(builtin)
    if replaces_builtin:
        base = HeldPlan(builtin, base.status, "", base.substance, replaced_at="(built in)")
    return Plans([base, *held])


PLAN_COLUMNS = ("id", "version", "format", "first_year", "last_year", "status", "sha256", "substance_sha256",
                "content", "added_at", "added_by", "replaced_at")


def plan_from_row(row: dict, where: str) -> HeldPlan:
    """A plan as stored in a ``plan`` row; its JSON is parsed and checked again, its hash compared."""
    content = row["content"]
    if not isinstance(content, str):
        raise ValueError("its content is not text")
    if sha256_text(content) != row["sha256"]:
        raise ValueError("its content does not match its SHA-256")
    framework = parse_framework(json.loads(content), where)
    if (framework.id, framework.version) != (row["id"], row["version"]):
        raise ValueError("its content names another plan")
    if (framework.first_year, framework.last_year) != (row["first_year"], row["last_year"]):
        raise ValueError("its content gives other years")
    status = row["status"]
    if status not in PLAN_STATUSES or _status(framework, json.loads(content)) != status:
        raise ValueError(f"its status {status!r} is unknown or differs from its content's")
    return HeldPlan(framework, status, row["sha256"], substance_sha256(framework), row["format"],
                    row["added_at"], row["added_by"], row["replaced_at"], content)


# --- plan files ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanFile:
    """A plan read from a plan file (or from a feedback file), checked, not yet added anywhere."""

    plan: HeldPlan
    path: str

    @property
    def framework(self) -> Framework:
        return self.plan.framework


def plan_from_data(data, where: str) -> PlanFile:
    """Check a plan's parsed JSON: its format, its framework, its status."""
    if not isinstance(data, dict):
        raise PlanError.of("plan_invalid", detail=f"{where}: the top level must be an object")
    fmt = data.get("format", 1)
    if type(fmt) is not int or fmt < 1:
        raise PlanError.of("plan_invalid", detail=f"{where}: 'format' must be a whole number")
    if fmt > PLAN_FORMAT:
        raise PlanError.of("plan_format_newer", path=where, plan=str(data.get("id"))[:60],
                           version=str(data.get("version"))[:20], format=fmt, known=PLAN_FORMAT)
    try:
        framework = parse_framework(data, where)
    except FrameworkError as exc:
        raise PlanError.of("plan_invalid", detail=str(exc)) from exc
    status = _status(framework, data)
    if status not in PLAN_STATUSES:
        raise PlanError.of("plan_status_unknown", path=where, status=str(status)[:40])
    content = canonical_json(data)
    plan = HeldPlan(framework, status, sha256_text(content), substance_sha256(framework), fmt, content=content)
    return PlanFile(plan, where)


def read_plan_file(path: Path) -> PlanFile:
    """Read and check a plan file (JSON, as ``plan build`` writes it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PLAN_BYTES:
            raise PlanError.of("plan_too_large", path=str(path), size=size)
        raw = path.read_bytes()
    except OSError as exc:
        raise PlanError.of("plan_unreadable", path=str(path), detail=str(exc.strerror or exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanError.of("plan_not_json", path=str(path), detail=str(exc)[:200]) from exc
    return plan_from_data(data, str(path))


# --- adding a plan to a file ---------------------------------------------------------------------

@dataclass(frozen=True)
class PlanAdded:
    """What ``add_plan`` did: the plan now held, the one it replaced, records it left behind."""

    plan: HeldPlan
    replaced: HeldPlan | None = None
    removed_indicators: tuple[str, ...] = ()  # codes the new version no longer has, with records
    removed_records: int = 0
    already_held: bool = False


def add_plan(results: ResultsFile, plan_file: PlanFile, *, who: str | None = None) -> PlanAdded:
    """Hold ``plan_file``'s plan in ``results``: its years are open for entry. One transaction.

    Refused when its years overlap another plan of the file, unless it is a newer version of the
    same plan: then it replaces it; no record changes, and those of indicators it removed are named.
    """
    from db.officefile import default_user, utc_now

    new = plan_file.plan
    where = plan_file.path
    file = results.path.name
    who = who or default_user()
    with results.transaction() as conn:
        plans = read_plans(conn, results.framework, results.path)
        held = plan_to_replace(plans, plan_file, file)
        if held is not None and held.version == new.version:
            return PlanAdded(held, already_held=True)
        replaced = held
        if conn.execute("SELECT 1 FROM plan WHERE id = ? AND version = ?", (new.id, new.version)).fetchone():
            # an earlier version of it was replaced, then a later one added: this one comes back
            raise PlanError.of("plan_version_older", path=where, plan=new.id, version=new.version,
                               held=replaced.version if replaced else "?", file=file)
        now = utc_now()
        if replaced is not None and not replaced.builtin:
            conn.execute("UPDATE plan SET replaced_at = ? WHERE id = ? AND version = ?",
                         (now, replaced.id, replaced.version))
        conn.execute(f"INSERT INTO plan ({', '.join(PLAN_COLUMNS)}) VALUES ({', '.join('?' * len(PLAN_COLUMNS))})",
                     (new.id, new.version, new.format, new.first_year, new.last_year, new.status, new.sha256,
                      new.substance, new.content, now, who, None))
        removed, count = _removed(conn, replaced, new)
        results.audit("add", "plan", f"{new.id} {new.version}",
                      {"replaced": replaced.label()} if replaced else None,
                      {"years": f"{new.first_year}-{new.last_year}", "status": new.status, "sha256": new.sha256,
                       **({"removed_indicators": list(removed), "records_kept": count} if removed else {})},
                      who=who, at=now)
        added = HeldPlan(new.framework, new.status, new.sha256, new.substance, new.format, now, who, None,
                         new.content)
    results.reload_plans()
    return PlanAdded(added, replaced, removed, count)


def plan_to_replace(plans: Plans, plan_file: PlanFile, file: str) -> HeldPlan | None:
    """The plan of ``plans`` that ``plan_file`` replaces (or is: the same version, held already), or None.

    Refuses (``PlanError``) a plan overlapping another plan's years, an older version, or other
    content under a version held. Reads only: the app asks this before showing the plan.
    """
    new, where = plan_file.plan, plan_file.path
    replaced = None
    for held in plans.current:
        if held.id == new.id:
            if held.version == new.version:
                if held.sha256 == new.sha256 or (held.builtin and held.substance == new.substance):
                    return held
                raise PlanError.of("plan_version_differs", path=where, file=file, plan=new.id, version=new.version)
            if version_key(new.version) < version_key(held.version):
                raise PlanError.of("plan_version_older", path=where, plan=new.id, version=new.version,
                                   held=held.version, file=file)
            replaced = held
    for held in plans.current:
        if held is replaced:
            continue
        if new.first_year <= held.last_year and held.first_year <= new.last_year:
            raise PlanError.of("plan_overlaps", path=where, plan=new.id, version=new.version,
                               first=new.first_year, last=new.last_year, held=held.id,
                               held_version=held.version, held_first=held.first_year,
                               held_last=held.last_year, file=file)
    return replaced


def _removed(conn: sqlite3.Connection, replaced: HeldPlan | None, new: HeldPlan) -> tuple[tuple[str, ...], int]:
    """The indicators of ``replaced`` that ``new`` no longer has and that records of its years hold."""
    if replaced is None:
        return (), 0
    gone = [i.code for i in replaced.framework.indicators() if new.framework.indicator(i.code) is None]
    if not gone:
        return (), 0
    years = list(replaced.framework.years)
    rows = conn.execute(
        f"SELECT indicator, count(*) FROM record WHERE deleted = 0 AND indicator IN ({', '.join('?' * len(gone))}) "
        f"AND year IN ({', '.join('?' * len(years))}) GROUP BY indicator ORDER BY indicator",
        [*gone, *years]).fetchall()
    return tuple(r[0] for r in rows), sum(r[1] for r in rows)


def removed_records(results: ResultsFile, years: Iterable[int] | None = None) -> list[tuple[str, int, str, int]]:
    """(indicator, year, plan replaced, records) of records whose indicator a newer plan version removed."""
    plans = results.plans
    # Only the years of a plan that replaced an earlier version: elsewhere no indicator was removed,
    # and the check need not read those records.
    revised = sorted(y for p in plans.current if any(old.id == p.id for old in plans.replaced)
                     for y in p.framework.years if years is None or y in set(years))
    if not revised:
        return []
    out = []
    for indicator, year, n in results.query(
            f"SELECT indicator, year, count(*) FROM record WHERE deleted = 0 AND year IN "
            f"({', '.join('?' * len(revised))}) GROUP BY indicator, year ORDER BY year, indicator", revised,
            tuples=True):
        old = plans.removed_by(indicator, year)
        if old is not None:
            out.append((indicator, year, old.label(), n))
    return out


# --- agreeing with headquarters -------------------------------------------------------------------

def office_plans_agree(path: Path, conn: sqlite3.Connection, headquarters: Plans) -> list[HeldPlan]:
    """Refuse an office file (its checked copy, ``conn``) whose plans headquarters does not hold alike.

    Every plan the office added must be one headquarters holds now, by id and version, with the
    same substance (what counting depends on); names and translations may differ. The plans are
    read from the untrusted copy as data: parsed and checked, never executed; a plan of a newer
    format refuses the file by name and version. Returns the office's current plans.
    """
    from db.untrusted import refuse

    found: list[HeldPlan] = []
    for row in conn.execute("SELECT * FROM plan ORDER BY added_at, rowid"):
        row = dict(row)
        label = f"{str(row.get('id'))[:60]} {str(row.get('version'))[:20]}"
        fmt = row.get("format")
        if type(fmt) is int and fmt > PLAN_FORMAT:
            raise refuse(path, "plan_needs_newer_app", plan=label, format=fmt, known=PLAN_FORMAT)
        content = row.get("content")
        if not isinstance(content, str) or len(content) > MAX_PLAN_BYTES:
            raise refuse(path, "plan_damaged", plan=label, detail="its content is not a plan")
        try:
            plan = plan_from_row(row, f"{path}: plan {label}")
        except (FrameworkError, ValueError, TypeError, KeyError, RecursionError) as exc:
            raise refuse(path, "plan_damaged", plan=label, detail=str(exc)[:300]) from exc
        if plan.replaced_at is None:
            found.append(plan)
    held = {(p.id, p.version): p for p in headquarters}
    for plan in found:
        ours = held.get((plan.id, plan.version))
        if ours is None:
            raise refuse(path, "plan_not_held", plan=plan.label(),
                         held=", ".join(p.label() for p in headquarters))
        if ours.substance != plan.substance:
            raise refuse(path, "plan_differs", plan=plan.label(), theirs=plan.substance[:12],
                         ours=ours.substance[:12])
    return found


def plans_for_offices(results: ResultsFile) -> list[str]:
    """The canonical JSON of each plan added to ``results`` (current versions): what offices receive."""
    return [p.content for p in results.plans if not p.builtin and p.content is not None]
