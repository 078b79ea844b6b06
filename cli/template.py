"""``habitat-results template``: an Excel data-entry template for an office that reports by spreadsheet."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("template")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--year", type=int,
              help="Reporting year whose records are pre-filled (default: the latest year holding records).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Workbook to write (.xlsx). Default: FILE's name with -template-YEAR-LANG.xlsx beside it.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
              help="Language of the instructions, input messages and names.")
def template(file, year, output, lang):
    """Write an Excel data-entry template for FILE's office (FILE is only read).

    The workbook has instructions, an Entry sheet with the import columns, drop-down lists and
    input messages, and the office's records of YEAR pre-filled. Fill it in and import it with
    `habitat-results import FILE WORKBOOK`: the pre-filled rows are recognised, not added twice.
    """
    from exports.template import write_template

    if year is None:  # the latest year holding records, under its plan: said, never silent
        from db.officefile import ResultsFile

        with ResultsFile.open_readonly(file) as results:
            latest = results.query("SELECT max(year) FROM record WHERE deleted = 0").fetchone()[0]
            plan = results.plans.plan_for_year(latest) if latest is not None else None
        if plan is None:
            raise click.UsageError(f"{file.name} holds no records yet: give the year with --year")
        year = latest
        click.echo(f"{file.name}: no --year given: {year}, the latest year holding records, under the plan "
                   f"{plan.label()} ({plan.first_year}–{plan.last_year})", err=True)
    out = output or file.with_name(f"{file.stem}-template-{year}-{lang}.xlsx")
    count = write_template(file, out, year, lang)
    click.echo(f"Wrote {out}: the entry template for {year} ({lang}), "
               f"{count} record{'s' if count != 1 else ''} of {year} pre-filled.")
