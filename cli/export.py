"""``habitat-results export``: the annex tables of a results file as PDF, Excel, CSV or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.terminal import echo, printable
from cli.words import count
from exports import ANNEX_LANGUAGES, FORMATS, DocumentSettings, ExportError, annex_file_name, export_annex


def _progress_bar():
    """A one-line progress display on standard error, only when a person is watching."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int | None = None, message: str = "") -> bool:
        share = f"{done * 100 // total:3d}%" if total else "    "
        click.echo(f"\r{share} {printable(message[:60]):<60}", err=True, nl=False)
        if total and done >= total:
            echo("", err=True)
        return True

    return show


@click.command("export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; by default taken from the -o file name, else pdf.")
@click.option("--lang", type=click.Choice(list(ANNEX_LANGUAGES)), default="en", show_default=True,
              help="Language of the document: ar, en, es, fr, ru or zh.")
@click.option("-o", "--output", help="Output file; '-' writes CSV or JSON to standard output. "
                                     "Default: FILE's name with -annex-LANG.FORMAT beside it.")
@click.option("--years", help="Reporting years, e.g. 2020-2024 (default: the whole plan period).")
@click.option("--include-drafts", is_flag=True, help="Count draft and returned records too (a working view).")
@click.option("--draft", "working_draft", is_flag=True,
              help="Export although the check finds blocking problems: a working draft, marked "
                   "'Working draft — not for publication' on every page and sheet.")
@click.option("--symbol", default="", help="Document symbol (default HSP/OECPR.2025/5).")
@click.option("--date", "date_", default="", help="Date of issue, as the language version writes it "
              "(default: 4 March 2025; 4 mars 2025 in French, 4 de marzo de 2025 in Spanish).")
@click.option("--session", default="", help="Session or meeting line of the masthead.")
@click.option("--agenda-item", default="", help="Agenda item line, e.g. 'Item 4 of the provisional agenda'.")
@click.option("--agenda-title", default="", help="Title of the agenda item.")
@click.option("--title", default="", help="Document title.")
@click.option("--job-number", default="", help="Job number printed on the first page.")
@click.option("--figures", is_flag=True,
              help="PDF: add a Figures section, each indicator's figures by year as a chart. "
                   "(The Excel workbook always has a Charts sheet.)")
def export(file, fmt, lang, output, years, include_drafts, working_draft, symbol, date_, session, agenda_item,
           agenda_title, title, job_number, figures):
    """Export the annex tables of FILE (an office or headquarters file).

    Only submitted and validated records count unless --include-drafts is given. The annex is
    checked first (see 'check'): blocking problems refuse the export, unless --draft is given.
    """
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output and output != "-" else ""
        fmt = suffix if suffix in FORMATS else ("json" if output == "-" else "pdf")
    settings = DocumentSettings(lang=lang, symbol=symbol or DocumentSettings.symbol,
                                date=date_ or DocumentSettings.date, session=session,
                                agenda_item=agenda_item, agenda_title=agenda_title, title=title,
                                job_number=job_number, figures=figures, working_draft=working_draft)
    from exports.aggregate import default_plan_note

    note = default_plan_note(file) if years is None else None
    if note:
        echo(note, err=True)
    if output == "-":
        if fmt not in ("csv", "json"):
            raise ExportError("only csv and json can be written to standard output; use -o FILE")
        from exports.service import checked_annex, render

        annex, _ = checked_annex(file, years=years, include_drafts=include_drafts, working_draft=working_draft)
        render(annex, fmt, settings.resolved(), sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    out = Path(output) if output else file.with_name(annex_file_name(file, lang, fmt))
    annex = export_annex(file, out, fmt, settings, _progress_bar(), years=years,
                         include_drafts=include_drafts, working_draft=working_draft)
    offices = len(annex.offices)
    echo(f"Wrote {out} ({fmt}, {lang}; {annex.period}; "
         f"{count(annex.source.records_counted, 'record')} from {count(offices, 'office')})"
         + ("; a working draft, marked as not for publication." if working_draft else ".")
         + (" Its plan is provisional: marked 'provisional plan'." if annex.provisional else ""))
