"""The send-back loop: headquarters validates or returns records, the office applies the feedback.

Headquarters reviews record versions it holds (``review_records``): validated, or returned with a
comment. ``write_feedback`` writes one office's current decisions to a small JSON file, which the
office applies (``apply_feedback``): a returned record becomes editable again and is listed as a
to-do with headquarters' comment; a validated one shows as such. The decision is kept in the
office's ``review`` table, which also tells the next merge which version the office's new edit
starts from (its base version, see ``db.merge``).

A feedback file is untrusted on the office side: size-limited, parsed as JSON only, every field
checked, and applied only to the office it names and to the exact record versions reviewed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import HabitatError, Problem, RecordNotFound, ValidationError
from db.leftovers import temporary_name
from db.merge_store import CHUNK, check_headquarters, open_headquarters
from db.storage import output_error
from db.words import count
from db.officefile import SQLITE_HEADER, ResultsFile, default_user, utc_now
from db.store.offices import require_office
from db.plans import PlanError, add_plan, plan_from_data, plans_for_offices
from db.progress import Progress, report as report_progress
from db.untrusted import is_canonical_uuid, refuse
from db.validation import check_text, check_time, text_refusal

FORMAT = "habitat-results-feedback"
FORMAT_VERSION = 1
DECISIONS = ("validated", "returned")
MAX_FEEDBACK_BYTES = 50 * 1024 * 1024


# --- headquarters ----------------------------------------------------------------------------------

def review_records(hq_path: Path, record_ids: list[str], decision: str, comment: str = "", *,
                   who: str | None = None) -> int:
    """Validate or return records at headquarters (all or none); returns how many were reviewed."""
    if decision not in DECISIONS:
        raise ValidationError([Problem.of("decision", "decision_unknown", text=decision, allowed=", ".join(DECISIONS))])
    comment = (comment or "").strip()
    if decision == "returned" and not comment:
        raise ValidationError([Problem.of("comment", "comment_required")])
    if reason := text_refusal("comment", comment):
        raise ValidationError([Problem.of("comment", reason[0], **reason[1])])
    who = who or default_user()
    hq, _ = open_headquarters(hq_path)
    try:
        now = utc_now()
        with hq.transaction() as conn:
            rows = []
            for record_id in dict.fromkeys(record_ids):
                row = conn.execute("SELECT id, version, status, deleted FROM record WHERE id = ?",
                                   (record_id,)).fetchone()
                if row is None:
                    raise RecordNotFound.of("record_missing", id=record_id, file=Path(hq_path).name)
                if row["deleted"]:
                    raise HabitatError.of("review_deleted", id=record_id)
                if conn.execute("SELECT 1 FROM conflict WHERE record_id = ? AND state = 'open'",
                                (record_id,)).fetchone():
                    raise HabitatError.of("review_conflict", id=record_id)
                rows.append(row)
            conn.executemany("UPDATE record SET status = ? WHERE id = ?", [(decision, r["id"]) for r in rows])
            conn.executemany(
                "INSERT INTO review (record_id, version, decision, comment, reviewed_at, reviewed_by) "
                "VALUES (?, ?, ?, ?, ?, ?)", [(r["id"], r["version"], decision, comment, now, who) for r in rows])
            hq.audit_many([("review", "record", r["id"], {"status": r["status"]},
                            {"status": decision, "comment": comment, "version": r["version"]}) for r in rows],
                          who=who, at=now)
        return len(rows)
    finally:
        hq.close()


def held_office(path: Path, code: str) -> str:
    """``require_office`` on the headquarters file at ``path`` (read only)."""
    check_headquarters(Path(path))
    with ResultsFile.open_readonly(path) as hq:
        return require_office(hq, code)


def records_to_review(hq_path: Path, *, office: str | None = None, year: int | None = None,
                      status: str = "submitted") -> list[str]:
    """Ids of live records at headquarters in ``status`` (of one office, one year, if given)."""
    hq, _ = open_headquarters(hq_path)
    try:
        sql = "SELECT id FROM record WHERE deleted = 0 AND status = ?"
        params: list[object] = [status]
        if office:
            office = require_office(hq, office)  # as stored: an office file made before may hold 'ken'
            sql += " AND office_code = ?"
            params.append(office)
        if year is not None:
            sql += " AND year = ?"
            params.append(year)
        return [r[0] for r in hq.query(sql + " ORDER BY indicator, year, id", params)]
    finally:
        hq.close()


@dataclass
class FeedbackSummary:
    path: Path
    office_code: str
    validated: int = 0
    returned: int = 0
    plans: int = 0  # plans headquarters holds that travel with the feedback


def write_feedback(hq_path: Path, office_code: str, out_path: Path) -> FeedbackSummary:
    """Write the office's current review decisions to ``out_path`` (a small JSON file).

    The file appears complete or not at all (written under a temporary name of its own, then
    renamed). A results file is never replaced: ``out_path`` may not be the headquarters file nor
    any other SQLite database.
    """
    out_path = Path(out_path)
    _check_not_a_results_file(out_path, Path(hq_path))
    check_headquarters(Path(hq_path))
    hq = ResultsFile.open_readonly(hq_path)  # feedback only reads it: a CD or a read-only share will do
    try:
        office_code = require_office(hq, office_code)
        # The latest decision on each record's current version.
        rows = hq.query(
            "SELECT v.record_id, v.version, v.decision, v.comment, v.reviewed_at, v.reviewed_by "
            "FROM review v JOIN record r ON r.id = v.record_id AND r.version = v.version "
            "WHERE r.office_code = ? AND r.status IN ('validated', 'returned') AND v.decision = r.status "
            "AND v.id = (SELECT max(w.id) FROM review w WHERE w.record_id = v.record_id) ORDER BY v.record_id",
            (office_code,)).fetchall()
        reviews = [{"record": r["record_id"], "version": r["version"], "decision": r["decision"],
                    "comment": r["comment"], "reviewed_at": r["reviewed_at"], "reviewed_by": r["reviewed_by"]}
                   for r in rows]
        doc = {"format": FORMAT, "format_version": FORMAT_VERSION, "office": office_code,
               "headquarters_file": hq.file_id, "framework": [hq.framework.id, hq.framework.version],
               "written_at": utc_now(), "reviews": reviews}
        # The plans headquarters added travel with the feedback, so that an office gets them with it.
        plans = plans_for_offices(hq)
        if plans:
            doc["plans"] = plans
    finally:
        hq.close()
    if not out_path.parent.is_dir():
        raise HabitatError.of("folder_not_found", path=str(out_path.parent))
    _check_not_a_results_file(out_path, Path(hq_path))
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    tmp = None
    try:
        tmp = temporary_name(out_path)
        with tmp.open("xb") as fh:
            fh.write(data)
        os.replace(tmp, out_path)
    except OSError as exc:
        raise output_error(exc, out_path) or HabitatError.of("feedback_not_writable", path=str(out_path),
                                                             detail=str(exc.strerror or exc)) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    summary = FeedbackSummary(out_path, office_code, plans=len(plans))
    summary.validated = sum(r["decision"] == "validated" for r in reviews)
    summary.returned = sum(r["decision"] == "returned" for r in reviews)
    return summary


def _check_not_a_results_file(out_path: Path, hq_path: Path) -> None:
    """Refuse to write feedback over the headquarters file or any other SQLite database."""
    same = out_path.exists() and hq_path.exists() and out_path.resolve() == hq_path.resolve()
    try:
        with out_path.open("rb") as fh:
            sqlite = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        sqlite = False  # missing, or a folder: nothing to protect (a folder fails when written)
    if same or sqlite:
        raise HabitatError.of("feedback_over_results", path=str(out_path))


# --- the office ------------------------------------------------------------------------------------

@dataclass
class ApplyReport:
    feedback: Path
    validated: int = 0
    returned: int = 0
    already: int = 0
    outdated: int = 0  # reviews of a version the office has changed since
    unknown: list[str] = field(default_factory=list)
    plans_added: list[str] = field(default_factory=list)  # plans from headquarters the office file now holds

    def summary(self) -> str:
        text = (f"{self.feedback.name}: {self.validated} validated, {self.returned} returned, "
                f"{self.already} already applied, {self.outdated} about versions changed since")
        if self.unknown:
            text += f", {count(len(self.unknown), 'record')} unknown to this office file"
        for plan in self.plans_added:
            text += f"; the plan {plan} from headquarters added, its years open for entry"
        return text


def read_feedback(path: Path) -> dict:
    """Parse and check a feedback file from headquarters (untrusted: every field is checked)."""
    path = Path(path)
    if not path.exists():
        raise refuse(path, "no_such_file")
    if path.is_dir():
        raise refuse(path, "feedback_is_folder")
    size = path.stat().st_size
    if size == 0:
        raise refuse(path, "empty_file")
    if size > MAX_FEEDBACK_BYTES:
        raise refuse(path, "feedback_too_large", size=size)
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise refuse(path, "feedback_not_json", detail=str(exc)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise refuse(path, "not_feedback")
    if doc.get("format_version") != FORMAT_VERSION:
        raise refuse(path, "feedback_other_version", found=repr(doc.get("format_version")), known=FORMAT_VERSION)
    if not isinstance(doc.get("office"), str) or not isinstance(doc.get("reviews"), list):
        raise refuse(path, "feedback_incomplete")
    checks = (
        ("record", lambda v: None if is_canonical_uuid(v) else "is not a record id"),
        ("version", lambda v: None if type(v) is int and v >= 1 else "is not a version number"),
        ("decision", lambda v: None if v in DECISIONS else f"is not one of {', '.join(DECISIONS)}"),
        ("comment", lambda v: check_text("comment", v) if isinstance(v, str) else "is not text"),
        ("reviewed_at", check_time),
        ("reviewed_by", lambda v: check_text("author", v) if isinstance(v, str) else "is not a name"),
    )
    first: dict[str, int] = {}
    for n, r in enumerate(doc["reviews"], start=1):
        if not isinstance(r, dict):
            raise refuse(path, "not_a_review", n=n)
        for name, check in checks:
            if reason := check(r.get(name)):
                raise refuse(path, "review_field_is" if reason.startswith("is ") else "review_field", n=n,
                             name=name, reason=reason)
        # Headquarters writes one decision per record: a record named twice is not its file.
        if r["record"] in first:
            raise refuse(path, "review_repeated", n=n, record=r["record"], first=first[r["record"]])
        first[r["record"]] = n
    plans = doc.get("plans", [])
    if not isinstance(plans, list):
        raise refuse(path, "feedback_plan_invalid", n=1, detail="the plans are not a list")
    doc["plans"] = []
    for n, content in enumerate(plans, start=1):
        try:
            data = json.loads(content) if isinstance(content, str) else None
            doc["plans"].append(plan_from_data(data, f"{path}: plan {n}"))
        except (json.JSONDecodeError, RecursionError) as exc:
            raise refuse(path, "feedback_plan_invalid", n=n, detail=str(exc)[:200]) from exc
        except PlanError as exc:
            raise refuse(path, "feedback_plan_invalid", n=n, detail=str(exc)[:300]) from exc
    return doc


def apply_feedback(office_path: Path, feedback_path: Path, *, who: str | None = None,
                   progress: Progress | None = None) -> ApplyReport:
    """Apply headquarters' decisions to an office file, in one transaction; re-applying changes nothing."""
    feedback_path = Path(feedback_path)
    report_progress(progress, 0, None, f"reading {feedback_path.name}")
    doc = read_feedback(feedback_path)
    report = ApplyReport(feedback_path)
    who = who or default_user()
    with ResultsFile.open(office_path) as results:
        if results.kind != "office":
            raise HabitatError.of("feedback_to_headquarters", path=str(office_path))
        if doc["office"] != results.office.code:
            raise refuse(feedback_path, "feedback_other_office", office=doc["office"], file=Path(office_path).name,
                         own=results.office.code)
        now = utc_now()
        with results.transaction() as conn:
            for plan in doc["plans"]:  # first: a returned record of a new plan's year needs its plan
                added = add_plan(results, plan, who=who)
                if not added.already_held:
                    report.plans_added.append(added.plan.label())
            changes, reviews, audit = [], [], []
            for n, r in enumerate(doc["reviews"]):
                if n % 1000 == 0:
                    report_progress(progress, n, len(doc["reviews"]), f"applying {feedback_path.name}")
                row = conn.execute("SELECT version, status, deleted FROM record WHERE id = ?",
                                   (r["record"],)).fetchone()
                if row is None:
                    report.unknown.append(r["record"])
                    continue
                if row["version"] != r["version"] or row["status"] == "draft":
                    report.outdated += 1
                    continue
                seen = conn.execute(
                    "SELECT 1 FROM review WHERE record_id = ? AND version = ? AND decision = ? AND reviewed_at = ?",
                    (r["record"], r["version"], r["decision"], r["reviewed_at"])).fetchone()
                if seen and row["status"] == r["decision"]:
                    report.already += 1
                    continue
                if row["status"] != r["decision"]:
                    # Headquarters' decision, not an edit by the office: the version stays.
                    changes.append((r["decision"], r["record"]))
                    audit.append(("feedback", "record", r["record"], {"status": row["status"]},
                                  {"status": r["decision"], "comment": r["comment"]}))
                if not seen:
                    reviews.append((r["record"], r["version"], r["decision"], r["comment"],
                                    r["reviewed_at"], r["reviewed_by"]))
                if r["decision"] == "validated":
                    report.validated += 1
                else:
                    report.returned += 1
            conn.executemany("UPDATE record SET status = ? WHERE id = ?", changes)
            conn.executemany("INSERT INTO review (record_id, version, decision, comment, reviewed_at, "
                             "reviewed_by) VALUES (?, ?, ?, ?, ?, ?)", reviews)
            results.audit_many(audit, who=who, at=now)
    return report


def todos(results: ResultsFile) -> list[dict]:
    """Records headquarters returned and the office has not resubmitted, with headquarters' comment."""
    rows = results.query(
        "SELECT r.id, r.indicator, r.year, r.value, r.country, r.city, r.entity, r.version, "
        "v.comment, v.reviewed_at, v.reviewed_by FROM record r JOIN review v ON v.record_id = r.id "
        "AND v.id = (SELECT max(w.id) FROM review w WHERE w.record_id = r.id AND w.decision = 'returned') "
        "WHERE r.status = 'returned' AND r.deleted = 0 ORDER BY r.indicator, r.year, r.created_at, r.id")
    return [dict(r) for r in rows]


def office_todos(office_path: Path) -> list[dict]:
    """``todos`` of the office file at ``office_path`` (opens and closes its own read-only connection)."""
    with ResultsFile.open_readonly(office_path) as results:
        return todos(results)


def review_status(results: ResultsFile, record_ids: list[str]) -> dict[str, dict]:
    """The latest headquarters decision on each of ``record_ids`` (for showing 'validated' badges)."""
    out = {}
    for start in range(0, len(record_ids), CHUNK):
        part = record_ids[start:start + CHUNK]
        for r in results.query(
                "SELECT v.* FROM review v WHERE v.id IN (SELECT max(id) FROM review WHERE record_id IN "
                f"({', '.join('?' * len(part))}) GROUP BY record_id)", part):
            out[r["record_id"]] = dict(r)
    return out
