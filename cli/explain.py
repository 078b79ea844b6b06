"""``habitat-results explain``: the records behind one figure of the annex, and what the counting rule did with each."""

from __future__ import annotations

import csv
import json
import sys
from fractions import Fraction
from pathlib import Path

import click

from cli.terminal import echo, printable, say_office
from cli.words import count

FILE = click.Path(path_type=Path, dir_okay=False)


@click.command("explain")
@click.argument("file", type=FILE)
@click.option("--indicator", "code", required=True, help="The indicator whose figure is explained, e.g. 1.1.a.")
@click.option("--year", help="The figure of one reporting year (or years, e.g. 2020-2024); default: the whole period.")
@click.option("--office", help="The figure of one office, as the annex's table by office.")
@click.option("--include-drafts", is_flag=True, help="Count draft and returned records too (a working view).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def explain(file, code, year, office, include_drafts, fmt):
    """List the records behind FILE's figure for an indicator, and what the counting rule did with each.

    Each record is named by its id (as `list --format csv` prints it), its office and the office
    file it came from: counted; counted once (the same city, country or item as another record);
    not counted (a draft, returned, a part of a total, deleted, a rival version in conflict). The
    counted values add up to the annex's figure. FILE is only read.
    """
    from exports.explain import explain_file

    explanation = explain_file(file, code, years=year, office=office, include_drafts=include_drafts)
    if office and explanation.office != office:
        say_office(file, office, explanation.office)
    if fmt == "json":
        echo(json.dumps(_as_json(explanation), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from exports.explain import COLUMNS
        from exports.tables import spreadsheet_safe

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(("indicator", *COLUMNS))
        for part in explanation.components or (explanation,):
            writer.writerows([part.indicator.code, *(spreadsheet_safe(v) if isinstance(v, str) else v for v in r.row())]
                             for r in part.records)
    else:
        _say(explanation)


def _number(value):
    if isinstance(value, Fraction):
        return round(float(value), 6)
    return value


def _figure(explanation) -> str:
    from exports.numbers import format_value

    cell = explanation.figure
    if cell.value is None:
        return "not reported"
    return format_value(cell.value, explanation.indicator.rule, cell.qualifier, abbreviate=False)


def _heading(explanation) -> str:
    years = explanation.years
    period = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    where = f", office {explanation.office}" if explanation.office else ""
    return f"{explanation.indicator.code} {period}{where}: {_figure(explanation)}"


def _say(explanation) -> None:
    from exports.explain import COLUMNS

    echo(_heading(explanation))
    if explanation.components:
        num, den = explanation.components
        echo(f"A share: {num.indicator.code} ÷ {den.indicator.code}, both explained below.")
    for part in explanation.components or (explanation,):
        if explanation.components:
            echo("\n" + _heading(part))
        rows = [tuple(printable(str(v)) for v in r.row()) for r in part.records]
        _table(rows, COLUMNS)
        counted = sum(1 for r in part.records if r.counted)
        echo(f"{count(counted, 'record')} counted, {len(part.records) - counted} not counted.")


def _table(rows: list[tuple[str, ...]], header, widest: int = 40) -> None:
    """Aligned columns, each cut at ``widest`` characters but the last (the fate, said in full)."""
    columns = list(zip(*rows)) or [()] * len(header)
    widths = [min(max(len(h), max(map(len, c), default=0)), widest) for h, c in zip(header, columns)]
    line = "  ".join([*(f"{{:<{w}.{widest}}}" for w in widths[:-1]), "{}"]).format
    echo("\n".join([line(*header).rstrip(), *(line(*r).rstrip() for r in rows)]))


def _as_json(explanation) -> dict:
    from exports.explain import COLUMNS

    cell = explanation.figure
    out: dict = {"indicator": explanation.indicator.code, "rule": explanation.indicator.rule,
                 "years": list(explanation.years), "office": explanation.office,
                 "include_drafts": explanation.include_drafts,
                 "figure": {"value": _number(cell.value), "qualifier": cell.qualifier}}
    if explanation.components:
        out["components"] = [_as_json(c) for c in explanation.components]
        return out
    out["records"] = [{**dict(zip(COLUMNS, r.row())), "fate_code": r.fate, "other": r.other,
                       "counted": r.counts if r.counted else 0} for r in explanation.records]
    return out


COMMANDS = (explain,)
