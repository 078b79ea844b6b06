"""``habitat-results history``: one record's history, from the file's audit log (the file is only read)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.terminal import echo
from cli.words import qualifier_words

NOTHING = "—"


@click.command("history")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("record_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def history(file, record_id, fmt):
    """Show the history of RECORD_ID in FILE: when, who, on which computer, what changed (old → new),
    and the import file or merge batch that did it. At headquarters: each version that arrived with
    a merge (batch, office file and its SHA-256) and headquarters' reviews. FILE is only read.
    """
    from db.history import record_history
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(file) as results:
        found = record_history(results, record_id)
    if fmt == "json":
        echo(json.dumps(found.to_json(), ensure_ascii=False, indent=1))
        return
    record = found.record
    if record is None:
        echo(f"Record {found.record_id}: no longer in {file.name}")
    else:
        place = ", ".join(v for v in (record.country, record.city, record.entity) if v)
        value = "" if record.value is None else f": {_shown('qualifier', record.qualifier)} {record.value:,}".replace(
            ":  ", ": ")
        gone = ", deleted" if record.deleted else ""
        echo(f"Record {record.id} ({record.office_code}): {record.indicator} {record.year} {place}{value} "
             f"(version {record.version}, {record.status}{gone})")
    # The changes come last: they may be long, and the columns before them stay aligned.
    rows = [(step.at[:19].replace("T", " "), step.who, step.machine or NOTHING, step.what,
             step.source.describe() if step.source else "", _changes(step)) for step in found.steps]
    header = ("when (UTC)", "who", "computer", "what", "from", "changes")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        echo("  ".join(text.ljust(width) for text, width in zip(row, widths)).rstrip())
    echo(f"{len(rows)} step{'s' if len(rows) != 1 else ''}")


def _changes(step) -> str:
    parts = [f"{name} {_shown(name, old)} → {_shown(name, new)}" if old is not None
             else f"{name} {_shown(name, new)}" for name, old, new in step.changes]
    if step.version is not None and step.action in ("merge", "rival"):
        parts.insert(0, f"version {step.version}")
    if step.comment:
        parts.append(f"“{step.comment}”")
    return "; ".join(parts)


def _shown(name: str, value) -> str:
    if value is None or value == "":
        return NOTHING
    if name == "qualifier":
        return qualifier_words(str(value)) or "exact"
    if name == "value" and isinstance(value, int):
        return f"{value:,}"
    return str(value)
