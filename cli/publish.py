"""``habitat-results publish``: the annex in several languages and formats from one aggregation and one check."""

from __future__ import annotations

from pathlib import Path

import click

from cli.export import _progress_bar
from cli.terminal import echo
from cli.words import count
from exports import ANNEX_LANGUAGES, FORMATS, DocumentSettings, ExportError, publish_annex


def _listed(text: str, known, what: str) -> list[str]:
    """'all', or names separated by commas, each one of ``known``."""
    names = list(known) if text.strip().lower() == "all" else [t.strip().lower() for t in text.split(",") if t.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise click.BadParameter(f"{', '.join(unknown) or text!r}: not {what}; known: {', '.join(known)}, or all")
    return names


@click.command("publish")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--lang", "langs", default="all", show_default=True,
              help="Languages, separated by commas (e.g. en,fr,zh), or all: " + ", ".join(ANNEX_LANGUAGES) + ".")
@click.option("--format", "formats", default="pdf,xlsx", show_default=True,
              help="Formats, separated by commas, or all: " + ", ".join(FORMATS) + ".")
@click.option("-o", "--output", "folder", type=click.Path(path_type=Path, file_okay=False),
              help="Folder to write into (default: FILE's folder). Each file is named FILE-annex-LANG.FORMAT.")
@click.option("--years", help="Reporting years, e.g. 2020-2024 (default: the whole plan period).")
@click.option("--include-drafts", is_flag=True, help="Count draft and returned records too (a working view).")
@click.option("--draft", "working_draft", is_flag=True,
              help="Publish although the check finds blocking problems: working drafts, marked "
                   "'Working draft — not for publication' on every page and sheet.")
@click.option("--symbol", default="", help="Document symbol (default HSP/OECPR.2025/5).")
@click.option("--session", default="", help="Session or meeting line of the masthead.")
@click.option("--figures", is_flag=True,
              help="PDF: add a Figures section, each indicator's figures by year as a chart.")
def publish(file, langs, formats, folder, years, include_drafts, working_draft, symbol, session, figures):
    """Write the annex of FILE in several languages and formats at once.

    FILE is added up and checked once (see 'check'), then every language is written in every
    format, each file with its manifest beside it, as 'export' writes it. Blocking problems
    refuse them all, unless --draft is given.
    """
    langs = _listed(langs, ANNEX_LANGUAGES, "an annex language")
    formats = _listed(formats, FORMATS, "a format")
    settings = DocumentSettings(symbol=symbol or DocumentSettings.symbol, session=session, figures=figures,
                                working_draft=working_draft)
    from exports.aggregate import default_plan_note

    note = default_plan_note(file) if years is None else None
    if note:
        echo(note, err=True)
    target = folder if folder is not None else file.resolve().parent
    if not target.is_dir():
        raise ExportError.of("folder_not_found", path=str(target))
    annex, written = publish_annex(file, target, langs, formats, settings, _progress_bar(), years=years,
                                   include_drafts=include_drafts, working_draft=working_draft)
    for path in written:
        echo(f"Wrote {path}")
    echo(f"{count(len(written), 'file')} ({', '.join(langs)}; {', '.join(formats)}) from one check of {file}: "
         f"{annex.period}; {count(annex.source.records_counted, 'record')} from {count(len(annex.offices), 'office')}"
         + ("; working drafts, marked as not for publication." if working_draft else ".")
         + (" Its plan is provisional: marked 'provisional plan'." if annex.provisional else ""))


COMMANDS = (publish,)
