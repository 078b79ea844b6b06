"""One call for the CLI and the desktop app: aggregate a results file, check it, and write one export.

``export_annex`` opens its own read-only connection, so it can run on a worker thread. The annex
is published only when the pre-publication check finds nothing blocking; otherwise only a working
draft can be written, marked as such on every page and sheet.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from db.leftovers import temporary_name
from db.officefile import SQLITE_HEADER
from db.progress import Progress
from db.storage import output_error
from exports.aggregate import Annex, ExportError, aggregate, open_for_export, parse_years
from exports.check import CheckReport, check
from exports.document import DocumentSettings
from exports.reproducible import manifest_of, write_manifest

FORMATS = ("pdf", "xlsx", "csv", "json")
# The languages of the annex, each named in its own language (as the app's language menu names them).
ANNEX_LANGUAGES = {"ar": "العربية", "en": "English", "es": "Español", "fr": "Français", "ru": "Русский",
                   "zh": "中文"}
SHOWN_IN_REFUSAL = 3
# An export's progress on a 0-100 scale, phase by phase: adding up and checking, then writing.
ADDING_UP, WRITING = "adding up", "writing"
EXPORT_PHASES = {ADDING_UP: (0, 30), WRITING: (30, 99)}


def export_phase(done: int) -> str:
    """The phase an export reporting ``done`` (of 100) is in."""
    return ADDING_UP if done < EXPORT_PHASES[ADDING_UP][1] else WRITING


def annex_file_name(source: Path, lang: str, fmt: str) -> str:
    """The annex file's default name: beside the results file, its language and format in the name."""
    return f"{Path(source).stem}-annex-{lang}.{fmt}"


class ExportRefused(ExportError):
    """The check found blocking problems: the annex may be exported as a working draft only."""

    def __init__(self, source: Path, report: CheckReport):
        self.report = report
        blocking = report.blocking
        listed = "; ".join(f.message for f in blocking[:SHOWN_IN_REFUSAL])
        more = f"; and {len(blocking) - SHOWN_IN_REFUSAL} more" if len(blocking) > SHOWN_IN_REFUSAL else ""
        super().__init__(
            f"{source}: not exported: the check found {len(blocking)} blocking problem"
            f"{'s' * (len(blocking) != 1)}: {listed}{more}. Fix them ('habitat-results check' lists them "
            f"all), or export a working draft, marked as not for publication")


def checked_annex(source_path: Path, *, years=None, include_drafts: bool = False, working_draft: bool = False,
                  progress: Progress | None = None) -> tuple[Annex, CheckReport]:
    """Aggregate and check ``source_path`` (read-only); refuse with ``ExportRefused`` if anything
    blocks, unless a working draft is asked for."""
    with open_for_export(source_path) as results:
        if years is None or isinstance(years, str):
            years = parse_years(years, results)
        annex = aggregate(results, years=years, include_drafts=include_drafts, progress=_phase(progress, 0, 80))
        if annex.provisional and not working_draft:
            plan = annex.framework
            raise ExportError.of("export_plan_provisional", path=str(source_path), plan=plan.id,
                                 version=plan.version, period=annex.period)
        report = check(results, years=annex.years, include_drafts=include_drafts, annex=annex,
                       progress=_phase(progress, 80, 100))
    if report.blocking and not working_draft:
        raise ExportRefused(Path(source_path), report)
    return annex, report


def _phase(progress: Progress | None, start: int, end: int) -> Progress | None:
    """Progress of one phase mapped onto start..end of a 0–100 scale."""
    if progress is None:
        return None

    def scaled(done: int, total: int | None = None, message: str = "") -> bool:
        if total:
            done = start + (end - start) * min(done, total) // total
        else:
            done = start
        return progress(done, 100, message)

    return scaled


def render(annex: Annex, fmt: str, settings: DocumentSettings, target, progress: Progress | None = None) -> None:
    """Write ``annex`` as ``fmt`` to ``target``, a path or a binary file object."""
    if fmt == "pdf":
        from exports.pdf import write_pdf

        write_pdf(annex, target, settings, progress)
    elif fmt == "xlsx":
        from exports.xlsx import write_xlsx

        write_xlsx(annex, target, settings, progress)
    elif fmt in ("csv", "json"):
        from exports.tables import annex_csv, annex_json

        text = (annex_csv if fmt == "csv" else annex_json)(annex, settings.lang, settings.working_draft)
        data = text.encode("utf-8")
        if isinstance(target, (str, Path)):
            Path(target).write_bytes(data)
        else:
            target.write(data)
    else:
        raise ExportError.of("export_format_unknown", fmt=fmt, known=", ".join(FORMATS))


def refuse_overwriting_results(out_path: Path, source_path: Path, what: str = "the annex") -> None:
    """An export never replaces a results file: not its own source, nor any other SQLite file."""
    out_path = Path(out_path)
    template = what == "the template"
    if out_path.exists() and out_path.resolve() == Path(source_path).resolve():
        raise ExportError.of("template_over_source" if template else "export_over_source", path=str(out_path))
    if out_path.is_file():
        with out_path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                raise ExportError.of("template_over_results" if template else "export_over_results",
                                     path=str(out_path))


def export_annex(source_path: Path, out_path: Path, fmt: str, settings: DocumentSettings | None = None,
                 progress: Progress | None = None, *, years=None, include_drafts: bool = False,
                 working_draft: bool = False) -> Annex:
    """Aggregate and check ``source_path`` and write the ``fmt`` export to ``out_path``; returns the aggregate.

    ``years`` is None (the whole plan period), text such as '2020-2024', or a list of years.
    Blocking problems refuse the export (``ExportRefused``) unless ``working_draft`` is asked for:
    then every page, sheet and row carries the working-draft mark.
    The file appears complete or not at all: it is written under a temporary name and renamed. A
    manifest is written beside it (``exports.reproducible``).
    Cancelling through ``progress`` raises ``Cancelled`` and leaves no file.
    """
    if fmt not in FORMATS:
        raise ExportError.of("export_format_unknown", fmt=fmt, known=", ".join(FORMATS))
    settings = replace((settings or DocumentSettings()).resolved(), working_draft=working_draft)
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise ExportError.of("folder_not_found", path=str(out_path.parent))
    refuse_overwriting_results(out_path, source_path)
    annex, _ = checked_annex(source_path, years=years, include_drafts=include_drafts,
                             working_draft=working_draft, progress=_phase(progress, *EXPORT_PHASES[ADDING_UP]))
    _write(annex, Path(source_path), out_path, fmt, settings, _phase(progress, *EXPORT_PHASES[WRITING]),
           years=years, include_drafts=include_drafts, working_draft=working_draft)
    if progress is not None:
        progress(100, 100, "Done")  # the file is written: too late to cancel
    return annex


def _write(annex: Annex, source_path: Path, out_path: Path, fmt: str, settings: DocumentSettings,
           progress: Progress | None, *, years, include_drafts: bool, working_draft: bool) -> None:
    """Write one export of ``annex`` (complete or not at all) and its manifest beside it."""
    if annex.provisional:
        settings = replace(settings, provisional_plan=True)
    tmp = temporary_name(out_path)
    try:
        render(annex, fmt, settings, tmp, progress)
        os.replace(tmp, out_path)
        # Beside it, what it was made from: `verify-annex` makes it again and compares (exports/reproducible.py).
        write_manifest(manifest_of(out_path, source_path, fmt, settings, annex, years=years,
                                   include_drafts=include_drafts, working_draft=working_draft), out_path)
    except OSError as exc:
        raise output_error(exc, out_path) or ExportError.of("export_not_writable", path=str(out_path),
                                                             detail=str(exc.strerror or exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def publish_annex(source_path: Path, folder: Path, langs, formats, settings: DocumentSettings | None = None,
                  progress: Progress | None = None, *, years=None, include_drafts: bool = False,
                  working_draft: bool = False) -> tuple[Annex, list[Path]]:
    """The annex in each of ``langs`` and ``formats``, from ONE aggregation and ONE check of ``source_path``.

    Each file is named as ``export_annex`` names it (``annex_file_name``) in ``folder``, is the
    same, byte for byte, as that export would write, and has its manifest beside it. Blocking
    problems refuse them all before any is written (``ExportRefused``) unless ``working_draft``.
    Each file appears complete or not at all; if one cannot be written (or the user cancels), the
    ones written before it stay, whole. Returns the aggregate and the files written, in order.
    """
    langs, formats = list(dict.fromkeys(langs)), list(dict.fromkeys(formats))
    for fmt in formats:
        if fmt not in FORMATS:
            raise ExportError.of("export_format_unknown", fmt=fmt, known=", ".join(FORMATS))
    base = replace(settings or DocumentSettings(), working_draft=working_draft)
    each = [replace(base, lang=lang).resolved() for lang in langs]  # an unknown language refuses here
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError.of("folder_not_found", path=str(folder))
    jobs = [(folder / annex_file_name(Path(source_path), s.lang, fmt), fmt, s) for s in each for fmt in formats]
    for out_path, _, _ in jobs:
        refuse_overwriting_results(out_path, source_path)
    annex, _ = checked_annex(source_path, years=years, include_drafts=include_drafts,
                             working_draft=working_draft, progress=_phase(progress, *EXPORT_PHASES[ADDING_UP]))
    start, end = EXPORT_PHASES[WRITING]
    written = []
    for n, (out_path, fmt, lang_settings) in enumerate(jobs):
        share = _phase(progress, start + (end - start) * n // len(jobs), start + (end - start) * (n + 1) // len(jobs))
        _write(annex, Path(source_path), out_path, fmt, lang_settings, share, years=years,
               include_drafts=include_drafts, working_draft=working_draft)
        written.append(out_path)
    if progress is not None:
        progress(100, 100, "Done")
    return annex, written
