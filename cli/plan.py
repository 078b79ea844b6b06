"""``habitat-results plan``: plans that headquarters authors as a workbook and issues as a plan file.

``plan check`` names every problem of a plan workbook by sheet and cell; ``plan build`` turns a
valid workbook into a plan file and prints its SHA-256 (see docs/plans.md).
"""

from __future__ import annotations

from pathlib import Path

import click

from cli.terminal import Refusal, echo
from cli.words import count

WORKBOOK = click.Path(path_type=Path, dir_okay=False, exists=True)


@click.group("plan")
def plan():
    """Plans: check and build a plan workbook (see docs/plans.md)."""


@plan.command("check")
@click.argument("workbook", type=WORKBOOK)
def check(workbook):
    """Check a plan WORKBOOK; exit 1 naming every problem by sheet and cell (sheet!cell: what)."""
    from db.plan_workbook import check_workbook

    problems = check_workbook(workbook)
    for problem in problems:
        echo(str(problem), err=True)
    if problems:
        raise Refusal(f"{workbook.name}: {count(len(problems), 'problem')}")
    echo(f"{workbook.name}: a valid plan workbook")


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


COMMANDS = [plan]
