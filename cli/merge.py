"""Headquarters commands: merge, conflicts, resolve, review, feedback; and apply-feedback, todo for offices.

A thin client of ``db.merge`` and ``db.feedback``; registered on the main group by ``cli.main``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli.terminal import Refusal, echo, say_office
from cli.words import count

FILE = click.Path(path_type=Path, dir_okay=False)
ANY_PATH = click.Path(path_type=Path)


class Refused(Refusal):
    pass


def _bar_progress():
    """A progress callable drawing a bar on a terminal, silent otherwise; and a closer."""
    if not sys.stderr.isatty():
        return None, lambda: None
    state = {"bar": None}

    def progress(done, total=None, message=""):
        if total and state["bar"] is None:
            state["bar"] = click.progressbar(length=total, label="merging", file=sys.stderr)
            state["bar"].__enter__()
        if state["bar"] is not None:
            state["bar"].update(done - state["bar"].pos)
        return True

    def close():
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)

    return progress, close


@click.command()
@click.argument("hq_file", type=FILE)
@click.argument("office_files", nargs=-1, required=True, type=ANY_PATH)
@click.option("--dry-run", is_flag=True, help="Show what would be merged; write nothing.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--accept-new-file-for", "accept", multiple=True, metavar="OFFICE",
              help="Accept a new file for OFFICE although headquarters holds the office from another file "
                   "(a reinstalled laptop); recorded in the merge log. Repeat for several offices.")
@click.option("--accept-new-key-for", "accept_key", multiple=True, metavar="OFFICE",
              help="Accept a file signed with a key headquarters does not know for OFFICE (a new laptop, a "
                   "colleague); the key is then trusted too, recorded in the merge log with the keys known before.")
def merge(hq_file, office_files, dry_run, fmt, accept, accept_key):
    """Merge OFFICE_FILES into the headquarters file HQ_FILE (created on the first merge).

    Each office file is checked as untrusted and merged in its own transaction. Prints a report per
    file; exits 1 if any file was refused (the others are still merged). A signed file is checked
    against the office's keys headquarters knows (the first key seen is recorded); an unsigned file
    from an office known by a key is refused (see `keys`).
    """
    from db.leftovers import sweep
    from db.merge import merge_files

    sweep()  # checked copies and dry runs that killed merges left in the temporary folder
    progress, close = _bar_progress()
    try:
        report = merge_files(hq_file, list(office_files), dry_run=dry_run, progress=progress,
                             accept_new_file_for=tuple(a.strip() for a in accept),
                             accept_new_key_for=tuple(a.strip() for a in accept_key))
    finally:
        close()
    if fmt == "json":
        echo(json.dumps({"headquarters": str(report.headquarters), "dry_run": report.dry_run,
                               "files": [{**{k: getattr(f, k) for k in (
                                   "office_code", "file_id", "sha256", "records", "added", "updated",
                                   "deleted", "unchanged", "outdated", "conflicts", "narratives",
                                   "refused", "already_merged", "batch_id", "other_file_for", "replaces_file_id")},
                                   "path": str(f.path), "signature": _signature(f)}
                                   for f in report.files],
                               "totals": report.totals()}, ensure_ascii=False, indent=1))
    else:
        for f in report.files:
            echo(f.summary(), err=not f.ok)
        t = report.totals()
        echo(f"{'Dry run, nothing written: ' if dry_run else ''}{count(len(report.files), 'file')} into "
             f"{hq_file.name}: {t['added']} added, {t['updated']} updated, {t['deleted']} deleted, "
             f"{t['unchanged']} unchanged, {t['outdated']} outdated, {t['conflicts']} conflicts, "
             f"{t['refused']} refused")
    if report.refused:
        raise Refused(f"{len(report.refused)} of {count(len(report.files), 'file')} refused")


def _signature(f) -> dict | None:
    s = f.signature
    return None if s is None else {"state": s.state, "keys": list(s.keys), "first_seen": list(s.first_seen),
                                   "accepted": list(s.accepted), "known_before": list(s.known)}


@click.command()
@click.argument("hq_file", type=FILE)
@click.option("--office", help="Only this office's records.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def conflicts(hq_file, office, fmt):
    """List records with rival versions, side by side. Resolve each with 'resolve'."""
    from db.merge import list_conflicts

    found = list_conflicts(hq_file, office=office and _held_office(hq_file, office))
    if fmt == "json":
        echo(json.dumps([{"record": c.record_id, "copies": c.copies} for c in found],
                              ensure_ascii=False, indent=1))
        return
    shown = ("value", "country", "city", "entity", "qualifier", "sex", "age", "narrative", "source",
             "deleted", "version", "updated_at", "changed_by", "file_name")
    for c in found:
        first = c.copies[0]
        echo(f"record {c.record_id}  office {c.office_code}  {first['indicator']} {first['year']}")
        header = ["", *("held now" if k["held"] else "rival" for k in c.copies)]
        rows = [["choice", *(k["choice"] for k in c.copies)],
                *([name, *("" if k[name] is None else str(k[name])[:30] for k in c.copies)] for name in shown)]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for r in [header, *rows]:
            echo("  " + "  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
        echo(f"  -> habitat-results resolve {hq_file} {c.record_id} --keep CHOICE\n")
    echo(f"{count(len(found), 'record')} in conflict")


@click.command()
@click.argument("hq_file", type=FILE)
@click.argument("record_id")
@click.option("--keep", "choice", required=True,
              help="The version to keep: its choice (version-hash) as shown by 'conflicts'.")
def resolve(hq_file, record_id, choice):
    """Resolve a conflict: keep one version of RECORD_ID; the others are set aside."""
    from db.merge import resolve_conflict

    kept = resolve_conflict(hq_file, record_id, choice)
    echo(f"record {record_id}: kept version {kept['version']} from {kept['file_name'] or 'headquarters'}")


@click.command()
@click.argument("hq_file", type=FILE)
@click.argument("record_ids", nargs=-1)
@click.option("--validate", "decision", flag_value="validated", help="Mark the records validated.")
@click.option("--return", "decision", flag_value="returned", help="Return the records to their office.")
@click.option("--comment", default="", help="What the office should change (required with --return).")
@click.option("--office", help="All submitted records of this office (with no RECORD_IDS).")
@click.option("--year", type=int, help="Only records of this reporting year (with --office).")
def review(hq_file, record_ids, decision, comment, office, year):
    """Validate or return records at headquarters: RECORD_IDS, or all submitted ones of --office."""
    from db.feedback import records_to_review, review_records

    if not decision:
        raise click.UsageError("say --validate or --return")
    ids = list(record_ids)
    if not ids:
        if not office:
            raise click.UsageError("give RECORD_IDS, or --office (and --year) to review all submitted records")
        ids = records_to_review(hq_file, office=_held_office(hq_file, office), year=year)
    n = review_records(hq_file, ids, decision, comment)
    echo(f"{count(n, 'record')} {decision}.")


@click.command()
@click.argument("hq_file", type=FILE)
@click.option("--office", required=True, help="The office the feedback is for.")
@click.option("-o", "--output", type=FILE, required=True, help="The feedback file to write.")
def feedback(hq_file, office, output):
    """Write headquarters' decisions for one office to a feedback file to send back."""
    from db.feedback import write_feedback

    s = write_feedback(hq_file, _held_office(hq_file, office), output)
    echo(f"{output}: feedback for {s.office_code}: {s.validated} validated, {s.returned} returned.")
    if s.plans:
        echo(f"{output}: carries the {count(s.plans, 'plan')} headquarters holds; apply-feedback adds them.")


def _held_office(hq_file: Path, typed: str) -> str:
    """The office headquarters holds as ``typed`` (case aside), named when typed otherwise."""
    from db.feedback import held_office

    stored = held_office(hq_file, typed)
    say_office(hq_file, typed, stored)
    return stored


@click.command("apply-feedback")
@click.argument("office_file", type=FILE)
@click.argument("feedback_file", type=ANY_PATH)
def apply_feedback_(office_file, feedback_file):
    """Apply a feedback file from headquarters to OFFICE_FILE; list the records returned."""
    from db.feedback import apply_feedback

    report = apply_feedback(office_file, feedback_file)
    echo(report.summary())
    _print_todos(office_file)


@click.command()
@click.argument("office_file", type=FILE)
def todo(office_file):
    """List the records headquarters returned, with its comments."""
    _print_todos(office_file)


def _print_todos(office_file: Path) -> None:
    from db.feedback import todos
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(office_file) as results:  # a reading command: nothing written
        items = todos(results)
    for t in items:
        where = ", ".join(x for x in (t["country"], t["city"], t["entity"]) if x)
        echo(f"to do: {t['indicator']} {t['year']} {where} (record {t['id']}): {t['comment']}")
    echo(f"{count(len(items), 'record')} returned by headquarters to correct.")


COMMANDS = [merge, conflicts, resolve, review, feedback, apply_feedback_, todo]
