"""``habitat-results plan``: plans that headquarters authors as a workbook and issues as a plan file.

``plan check`` names every problem of a plan workbook by sheet and cell; ``plan build`` turns a
valid workbook into a plan file and prints its SHA-256 (see docs/plans.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.terminal import Refusal, echo
from cli.words import count

WORKBOOK = click.Path(path_type=Path, dir_okay=False, exists=True)


@click.group("plan")
def plan():
    """Plans: check and build a plan workbook, add a plan file to a results file, list its plans (docs/plans.md)."""


@plan.command("check")
@click.argument("workbook", type=WORKBOOK)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: the problems as a list (sheet, cell, code, params, message) on standard output.")
def check(workbook, fmt):
    """Check a plan WORKBOOK; exit 1 naming every problem by sheet and cell (sheet!cell: what). Never writes."""
    from db.plan_workbook import check_workbook

    problems = check_workbook(workbook)
    if fmt == "json":
        echo(json.dumps([{"sheet": p.sheet, "cell": p.cell, "place": p.place, "code": p.code,
                          "params": dict(p.params), "message": p.message} for p in problems],
                        ensure_ascii=False, indent=1))
    else:
        for problem in problems:
            echo(str(problem), err=True)
    if problems:
        raise Refusal(f"{workbook.name}: {count(len(problems), 'problem')}")
    echo(f"{workbook.name}: a valid plan workbook", err=fmt == "json")  # JSON output stays JSON


@plan.command("build")
@click.argument("workbook", type=WORKBOOK)
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The plan file to write (e.g. sp-2026-2029.plan.json).")
def build(workbook, output):
    """Build the plan file of a valid plan WORKBOOK and print its SHA-256."""
    from db.plan_workbook import PlanWorkbookError, build_plan_file

    try:
        sha256 = build_plan_file(workbook, output)
    except PlanWorkbookError as exc:
        for problem in exc.problems:
            echo(str(problem), err=True)
        raise Refusal(f"{workbook.name}: {count(len(exc.problems), 'problem')}; no plan file written") from exc
    echo(f"{sha256}  {output}")


# --- plans held in a results file (db/plans.py) ---------------------------------------------------

RESULTS_FILE = click.Path(path_type=Path, dir_okay=False)


@plan.command("add")
@click.argument("file", type=RESULTS_FILE)
@click.argument("plan_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--new-headquarters", is_flag=True,
              help="Create FILE as the headquarters file if it does not exist yet (else its first merge does).")
def add(file, plan_file, new_headquarters):
    """FILE (office or headquarters) holds the plan of PLAN_FILE from now on: its years are open for entry.

    A plan whose years overlap another plan of FILE is refused, unless it is a newer version of the
    same plan: then it replaces it. No record changes; records of indicators the new version removed
    are kept, read-only, and named. Headquarters adds a plan first, then sends it to the offices.
    """
    from db.officefile import ResultsFile
    from db.plans import add_plan, read_plan_file

    new = read_plan_file(plan_file)
    if new_headquarters and not file.exists():
        from db.merge_store import open_headquarters

        results, _ = open_headquarters(file, create=True)
        echo(f"{file.name}: a new headquarters file.")
    else:
        results = ResultsFile.open(file)
    with results:
        added = add_plan(results, new)
    held = added.plan
    if added.already_held:
        echo(f"{file.name} already holds the plan {held.label()} ({held.first_year}–{held.last_year}); "
             "nothing changed.")
        return
    replaced = f", replacing version {added.replaced.version}" if added.replaced else ""
    echo(f"{file.name} now holds the plan {held.label()} ({held.first_year}–{held.last_year}, {held.status})"
         f"{replaced}: its years are open for entry.")
    echo(f"SHA-256 {held.sha256}")
    if held.provisional:
        echo("A provisional plan: records are entered and merged, its annex is exported only as a working draft.")
    if added.removed_indicators:
        echo(f"{count(added.removed_records, 'record')} of {', '.join(added.removed_indicators)}, which version "
             f"{held.version} no longer has, are kept, read-only, and not counted; `check` names them.")


@plan.command("list")
@click.argument("file", type=RESULTS_FILE)
def list_(file):
    """The plans FILE holds: id, version, years, status, SHA-256, when added (read only).

    Versions a newer one replaced follow, each saying when: they still name the records of the
    indicators the newer version removed.
    """
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(file) as results:
        plans = list(results.plans)
        replaced = sorted(results.plans.replaced, key=lambda p: (p.id, p.replaced_at or ""))
    for held in plans + replaced:
        added = "built in" if held.builtin else f"added {held.added_at} by {held.added_by}"
        if held.replaced_at is not None:
            added += f", replaced {held.replaced_at}" if not held.builtin else ", replaced"
        echo(f"{held.id}  {held.version}  {held.first_year}–{held.last_year}  {held.status}  "
             f"{held.sha256 or '-'}  {added}")


COMMANDS = [plan]
