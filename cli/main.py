"""The ``habitat-results`` command line: a thin client of the ``db`` and ``exports`` APIs.

Exit codes: 0 success, 1 a validation or user error (a message, no traceback), 2 wrong usage.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import click

from cli.terminal import Refusal, echo, printable, say_office
from cli.words import count, qualifier_words
from db.errors import HabitatError
from db.framework import LANGUAGES as FRAMEWORK_LANGUAGES
from db.framework import Framework, get_framework, load_framework_file

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
FILE = click.Path(path_type=Path, dir_okay=False)


class UserError(Refusal):
    pass


def _open(path: Path):
    from db.officefile import ResultsFile

    return ResultsFile.open(path)


class Group(click.Group):
    """Turns the core's named errors into one clear message and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except HabitatError as exc:
            raise UserError(str(exc)) from exc
        except (sqlite3.Error, OSError) as exc:  # a disk or lock failure the core did not name
            from db.storage import storage_error

            error = storage_error(exc, _file_argument(ctx))
            if error is None:
                raise
            raise UserError(str(error)) from exc


def _file_argument(ctx) -> str:
    """The file a command was given (its first argument naming an existing path), for messages."""
    args = [*ctx.protected_args, *ctx.args][1:]
    return next((a for a in args if not a.startswith("-") and Path(a).exists()),
                next((a for a in args if not a.startswith("-")), "the file"))


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(package_name="habitat-results")
def main():
    """Habitat Results: UN-Habitat strategic plan results, from country offices to the annex."""


@main.command()
@click.argument("file", type=FILE)
@click.option("--office", "code", required=True, help="Office code, e.g. KEN or ROAF.")
@click.option("--name", required=True, help="Office name, e.g. 'UN-Habitat Kenya Country Office'.")
@click.option("--country", required=True, help="Country of the office, ISO 3166-1 alpha-3 (e.g. KEN).")
@click.option("--region", default="", help="Region, e.g. 'Africa'.")
def init(file, code, name, country, region):
    """Create a new office results FILE (refuses to overwrite one)."""
    from db.officefile import Office, ResultsFile, in_capitals

    # Stored in capitals, as offices write their codes, rather than refused: 'ken' can only mean KEN,
    # and headquarters must not see 'ken' beside KEN as another office. Said, never silent.
    typed, code = code.strip(), in_capitals(code.strip())
    if code != typed:
        echo(f"Office code {typed} is stored as {code} (office codes are in capitals).")
    with ResultsFile.create(file, Office(code, name.strip(), country.strip().upper(), region.strip())) as r:
        echo(f"Created {file} for {r.office.name} ({r.office.code}), framework "
             f"{r.framework.id} {r.framework.version}.")
    from db.signing import ensure_key

    key = ensure_key(code)  # the office's key pair, in the user's profile: submissions are signed with it
    echo(f"Submissions are signed with the office's key {key.fingerprint} (see `habitat-results keys`).")


@main.command("import")
@click.argument("file", type=FILE)
@click.argument("data", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check every row, store nothing.")
@click.option("--allow-duplicates", is_flag=True,
              help="Import rows that repeat a record of FILE or another row, and a DATA file imported before.")
def import_(file, data, dry_run, allow_duplicates):
    """Import records from a CSV (UTF-8) or XLSX DATA file into FILE, as drafts.

    Columns: indicator, year, value, country, city, entity, qualifier, narrative, source, and
    optionally sex, age, disability, in any order. A row with sex, age or disability is a part
    ("of which") of the total of its place and year: a row without them, in DATA or already in
    FILE. One bad row and nothing is stored; every bad row is listed. Rows that repeat a record of
    FILE (same indicator, year, place, entity, breakdown and value) or another row, and a file
    imported before, are refused unless --allow-duplicates. A filled-in entry template (see
    `template`) is read from its Entry sheet: its problems are named by cell, and its pre-filled
    rows are recognised and not added again.
    """
    from db.importer import ImportRefused, import_table

    with _open(file) as results:
        try:
            report = import_table(results, data, dry_run=dry_run, allow_duplicates=allow_duplicates)
        except ImportRefused as exc:
            _say_separator(data, exc.report)
            for problem in exc.report.problems:
                echo(f"{data.name}: {problem}", err=True)
            if exc.report.only_duplicates:
                echo("Only duplicates were found: import with --allow-duplicates to store them anyway.",
                     err=True)
            raise UserError(str(exc)) from exc
    _say_separator(data, report)
    if dry_run:
        found = "duplicates allowed" if allow_duplicates else "no duplicates"
        echo(f"{data.name}: {count(report.rows, 'row')} checked, all valid, {found}; "
             "nothing stored (dry run).")
    else:
        echo(f"{data.name}: {count(report.stored, 'record')} imported as drafts into {file.name}.")
    corrected = getattr(report, "corrected", 0)  # returned records corrected in an entry template
    if corrected and not dry_run:
        echo(f"{data.name}: {count(corrected, 'returned record')} corrected, each stored as its new version.")
    already = getattr(report, "already_in_file", 0)  # pre-filled rows of an entry template
    if already:
        echo(f"{data.name}: {count(already, 'pre-filled row')} recognised as records already in "
             f"{file.name}; not added again.")


def _say_separator(data: Path, report) -> None:
    from db.tablefile import SEPARATORS

    if report.separator != ",":  # Excel in many languages writes "CSV" with semicolons
        echo(f"{data.name}: read as columns separated by {SEPARATORS[report.separator]}", err=True)


@main.command()
@click.argument("file", type=FILE)
@click.option("--year", type=int, required=True, help="Reporting year to submit.")
def submit(file, year):
    """Submit a year's draft and returned records to headquarters (they are then locked in the office).

    They are checked first, as the app checks them: a record with a problem of its own, or a
    blocking problem of the year's check (rules, shares, ceilings), refuses the submission and is
    listed; warnings are listed and do not stop it.
    """
    from db.signoff import refuse_nothing_to_submit
    from exports.submission import check_submission, submit_year

    with _open(file) as results:
        if results.framework_for(year) is None:
            plans = results.plans
            raise UserError(f"{year} lies outside the plan period {plans.first_year}–{plans.last_year}"
                            if len(plans) == 1 else f"{year} lies outside the plans of {file.name} ({plans.periods()})")
        refuse_nothing_to_submit(results, year)  # before the check: its warnings would say nothing new
        found = check_submission(results, year)
        for line in found.problem_lines():
            echo(f"BLOCKING  {line}")
        for finding in found.warnings:
            echo(f"warning   {finding.message}")
        if found.unfinished:
            echo(f"warning   {count(found.unfinished, 'row')} kept as typed, not records yet: not submitted")
        if not found.ok:
            raise UserError(f"{file.name}: {year} not submitted: "
                            f"{count(len(found.problem_lines()), 'problem')} to fix first (listed above)")
        submitted = submit_year(results, year, checked=found)
    echo(f"{count(submitted, 'record')} of {year} submitted.")


LIST_COLUMNS = ("id", "office", "indicator", "year", "value", "qualifier", "country", "city", "entity",
                "sex", "age", "disability", "status", "version", "narrative", "source")
TABLE_COLUMNS = ("indicator", "year", "value", "qualifier", "country", "city", "entity", "of_which", "status")
HEADINGS = {"of_which": "of which"}  # a part of its place's total: 'sex=female'; empty for the total


@main.command("list")
@click.argument("file", type=FILE)
@click.option("--indicator", help="Only this indicator code.")
@click.option("--year", type=int, help="Only this reporting year.")
@click.option("--office", help="Only this office's records (a headquarters file holds many offices).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def list_(file, indicator, year, office, fmt):
    """Show the records of FILE (read only: the file is not changed)."""
    from db.feedback import require_office
    from db.officefile import ResultsFile

    fields = {"office": "office_code"}
    with ResultsFile.open_readonly(file) as results:
        headquarters = results.kind == "headquarters"
        if office:  # 'ken' finds KEN; a typo is named rather than listing nothing
            typed = office
            office = require_office(results, typed)
            say_office(file, typed, office)
        shown = (("office",) if headquarters else ()) + TABLE_COLUMNS if fmt == "table" else LIST_COLUMNS
        rows = results.record_rows([fields.get(c, c) for c in shown], indicator=indicator, year=year,
                                   office=office, as_text=fmt == "table")
    if fmt != "json":  # people read these: the qualifier's words ('at least'), as typed; JSON keeps codes
        where = shown.index("qualifier")
        rows = [(*r[:where], qualifier_words(r[where]), *r[where + 1:]) for r in rows]
    out = sys.stdout
    if fmt == "json":
        out.write(printable("[" + ",".join("\n " + json.dumps(dict(zip(LIST_COLUMNS, r)), ensure_ascii=False)
                                            for r in rows) + ("\n]\n" if rows else "]\n")))
    elif fmt == "csv":
        from exports.tables import spreadsheet_safe

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(LIST_COLUMNS)
        writer.writerows([spreadsheet_safe(v) if isinstance(v, str) else v for v in r] for r in rows)
    else:
        _table(rows, [HEADINGS.get(c, c) for c in shown])
        echo(count(len(rows), "record"))


def _table(rows: list[tuple[str, ...]], header, widest: int = 40) -> None:
    """Text in aligned columns, each cut at ``widest`` characters."""
    columns = list(zip(*rows)) or [()] * len(header)
    widths = [min(max(len(h), max(map(len, c), default=0)), widest) for h, c in zip(header, columns)]
    line = "  ".join(f"{{:<{w}.{widest}}}" for w in widths).format
    out = [line(*header).rstrip()]
    out += [line(*r).rstrip() for r in rows]
    echo("\n".join(out))


@main.command()
@click.argument("file", type=FILE, required=False)
@click.option("--lang", type=click.Choice(list(FRAMEWORK_LANGUAGES)), default="en", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--framework-file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Show a framework data file instead (checks it too).")
@click.option("--plan", "plan_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Show a plan file (as `plan build` writes it) instead, with its own level names; checks it too.")
@click.option("--year", type=int, help="The plan FILE uses for this reporting year (default: its built-in plan).")
def framework(file, lang, fmt, framework_file, plan_file, year):
    """Show a plan's levels, groups and indicators (FILE's plan, a plan file's, or the built-in one)."""
    if year is not None and not file:
        raise click.UsageError("--year names a year of FILE: give the FILE too")
    if framework_file or plan_file:
        fw = load_framework_file(plan_file or framework_file)
    elif file:
        from db.officefile import ResultsFile

        with ResultsFile.open_readonly(file) as results:
            fw = results.framework if year is None else results.framework_for(year)
            if fw is None:
                raise UserError(f"{file.name}: {year} lies outside the plans it holds ({results.plans.periods()})")
    else:
        fw = get_framework()
    if fmt == "json":
        echo(json.dumps(_framework_json(fw, lang), ensure_ascii=False, indent=1))
        return
    status = ", provisional" if fw.status == "provisional" else ""
    echo(f"{fw.name.get(lang)} ({fw.id} {fw.version}, {fw.first_year}–{fw.last_year}{status})")
    echo("Levels: " + "; ".join(f"{lv.number} {lv.name.get(lang)}" for lv in fw.levels))
    for root in fw.roots:
        echo("")
        _show_group(fw, root, lang, 0)


def _show_group(fw: Framework, group, lang: str, depth: int) -> None:
    """One group under its level's name, the groups and indicators under it indented."""
    level = fw.level(group.level)
    label = level.name.get(lang) if level else group.level
    echo(f"{'  ' * depth}{label} {group.code}  {group.name.get(lang)}")
    for child in group.children:
        _show_group(fw, child, lang, depth + 1)
    for ind in group.indicators:
        rule = ind.rule if ind.rule != "derived" else f"{ind.numerator} ÷ {ind.denominator}"
        echo(f"{'  ' * (depth + 1)}{ind.code:<6} {ind.name.get(lang)}  [{fw.unit_name(ind.unit, lang)}; {rule}]")


def _framework_json(fw: Framework, lang: str) -> dict:
    def indicator(i):
        return {"code": i.code, "name": i.name.get(lang), "official_name": i.name.is_official(lang),
                "unit": i.unit, "rule": i.rule, "entity": i.entity, "numerator": i.numerator,
                "denominator": i.denominator, "disaggregations": list(i.disaggregations)}

    def group(g):
        out = {"code": g.code, "name": g.name.get(lang), "official_name": g.name.is_official(lang)}
        if g.children:
            out["outcomes"] = [group(c) for c in g.children]
        else:
            out["indicators"] = [indicator(i) for i in g.indicators]
        return out

    def node(g):
        return {"code": g.code, "level": g.level, "name": g.name.get(lang), "official_name": g.name.is_official(lang),
                "groups": [node(c) for c in g.children], "indicators": [indicator(i) for i in g.indicators]}

    return {"id": fw.id, "version": fw.version, "name": fw.name.get(lang), "status": fw.status,
            "first_year": fw.first_year, "last_year": fw.last_year,
            "levels": [{"level": lv.number, "key": lv.key, "name": lv.name.get(lang)} for lv in fw.levels],
            "tree": [node(g) for g in fw.roots],
            "domains": [group(d) for d in fw.domains], "enablers": [group(e) for e in fw.enablers]}


@main.command()
@click.argument("file", type=FILE)
def validate(file):
    """Check FILE: storage integrity, schema version, every record, and the rules between records
    (breakdown parts without their total or above it). Exit 0 only if all is well."""
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(file) as results:
        problems = results.check()
        records = results.count_records()
    for problem in problems:
        echo(f"{file.name}: {problem}", err=True)
    if problems:
        raise UserError(f"{file}: {count(len(problems), 'problem')}")
    echo(f"{file.name}: OK ({count(records, 'record')})")


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
def demo(folder):
    """Write sample office files (five offices, 2020–2025) into FOLDER."""
    from db.demo import write_demo

    for path in write_demo(folder):
        with _open(path) as results:
            by_status = {}
            for year in results.framework.years:
                for status, n in results.status_counts(year).items():
                    by_status[status] = by_status.get(status, 0) + n
            summary = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
            echo(f"{path}: {results.office.name}: {summary}")


# The export and headquarters commands live in their own modules, which never import this one.
from cli.check import COMMANDS as CHECK_COMMANDS  # noqa: E402
from cli.explain import COMMANDS as EXPLAIN_COMMANDS  # noqa: E402
from cli.export import export  # noqa: E402
from cli.history import history  # noqa: E402
from cli.keys import COMMANDS as KEY_COMMANDS  # noqa: E402
from cli.merge import COMMANDS as MERGE_COMMANDS  # noqa: E402
from cli.plan import COMMANDS as PLAN_COMMANDS  # noqa: E402
from cli.publish import COMMANDS as PUBLISH_COMMANDS  # noqa: E402
from cli.template import template  # noqa: E402
from cli.verify import COMMANDS as VERIFY_COMMANDS  # noqa: E402

for _command in (export, template, history, *MERGE_COMMANDS, *CHECK_COMMANDS, *PLAN_COMMANDS, *EXPLAIN_COMMANDS,
                 *KEY_COMMANDS, *VERIFY_COMMANDS, *PUBLISH_COMMANDS):
    main.add_command(_command)

if __name__ == "__main__":
    main()
