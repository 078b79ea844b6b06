"""``habitat-results template``: an Excel data-entry template for an office that reports by spreadsheet."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("template")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--year", type=int, required=True, help="Reporting year whose records are pre-filled.")
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

    out = output or file.with_name(f"{file.stem}-template-{year}-{lang}.xlsx")
    count = write_template(file, out, year, lang)
    click.echo(f"Wrote {out}: the entry template for {year} ({lang}), "
               f"{count} record{'s' if count != 1 else ''} of {year} pre-filled.")
