"""``habitat-results check`` (is the annex fit to publish?) and ``status`` (what headquarters has received)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.terminal import echo, printable
from cli.words import count

FILE = click.Path(path_type=Path, dir_okay=False)


class NotReady(click.ClickException):
    exit_code = 1

    def format_message(self) -> str:
        return printable(self.message)


def print_findings(report) -> None:
    """The check's problems, blocking first, one per line."""
    for finding in report.blocking:
        echo(f"BLOCKING  {finding.message}")
    for finding in report.warnings:
        echo(f"warning   {finding.message}")


@click.command("check")
@click.argument("file", type=FILE)
@click.option("--years", help="Reporting years, e.g. 2020-2024 (default: the whole plan period).")
@click.option("--include-drafts", is_flag=True, help="Check draft and returned records too (a working view).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def check(file, years, include_drafts, fmt):
    """Check FILE before publishing its annex; exit 1 if anything blocks.

    Blocking: open conflicts, broken consistency rules of the framework, shares above 100 %,
    values above their indicator's ceiling, breakdown parts without their counted total or above
    it. Warnings: the same figure counted twice (two offices, or twice in one), years far from the
    office's own history, offices not fully received, records not yet validated. Reads FILE only;
    never changes it.
    """
    from exports.check import check_file

    from exports.aggregate import default_plan_note

    note = default_plan_note(file) if years is None else None
    if note:
        echo(note, err=True)
    report = check_file(file, years=years, include_drafts=include_drafts)
    if fmt == "json":
        echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print_findings(report)
        echo(f"{file.name}: {report.summary()}")
    if not report.ok:
        raise NotReady(f"{file.name}: {count(len(report.blocking), 'blocking problem')}")


@click.command("status")
@click.argument("hq_file", type=FILE)
@click.option("--years", help="Reporting years, e.g. 2020-2024 (default: the whole plan period).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def status(hq_file, years, fmt):
    """What headquarters has received: each office × year, and which offices report each indicator."""
    from db.completeness import completeness, years_text
    from db.merge import check_headquarters
    from exports.aggregate import open_for_export, parse_years

    check_headquarters(hq_file)
    with open_for_export(hq_file) as results:
        found = completeness(results, parse_years(years, results))
    if fmt == "json":
        echo(json.dumps(found.to_json(), ensure_ascii=False, indent=1))
        return
    states = {(o.office, o.year): o.state for o in found.office_years}
    header = ["office", *map(str, found.years)]
    rows = [[office, *(states[(office, y)] for y in found.years)] for office in found.offices]
    _table(header, rows)
    echo("")
    total = len(found.offices)
    _table(["indicator", "offices", "records", "years"],
           [[c.indicator, f"{len(c.offices)} of {total}", f"{c.records:,}",
             years_text(c.years)] for c in found.coverage])
    missing = [c.indicator for c in found.coverage if not c.offices]
    echo(f"\n{len(found.offices)} offices; {len(found.coverage) - len(missing)} of {len(found.coverage)} "
         f"indicators reported" + (f" (none for {', '.join(missing)})" if missing else ""))


def _table(header, rows) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        echo("  ".join(str(v).ljust(w) for v, w in zip(r, widths)).rstrip())


COMMANDS = [check, status]
