"""The aggregated table for scripts: JSON (one object per indicator) and CSV (one row per indicator)."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction

from exports.aggregate import Annex, Cell, IndicatorResult
from exports.document import watermark
from exports.numbers import share_value

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain(value):
    """A figure for JSON and CSV: whole numbers as they are, shares in per cent with one decimal."""
    if isinstance(value, Fraction):
        return share_value(value)
    return value


def _cell(cell: Cell) -> dict:
    return {"value": plain(cell.value), "qualifier": cell.qualifier}


def indicator_json(result: IndicatorResult, lang: str = "en") -> dict:
    """One indicator's figures: ``code unit rule by_year total qualifier offices countries`` and breakdowns."""
    ind = result.indicator
    return {
        "code": result.code,
        "name": ind.name.get(lang),
        "unit": result.unit,
        "rule": result.rule,
        "entity": ind.entity,
        "numerator": ind.numerator,
        "denominator": ind.denominator,
        "by_year": {str(y): plain(c.value) for y, c in result.by_year.items()},
        "by_year_qualifier": {str(y): c.qualifier for y, c in result.by_year.items()},
        "total": plain(result.total.value),
        "qualifier": result.total.qualifier,
        "offices": len(result.offices),
        "countries": len(result.countries),
        "office_codes": list(result.offices),
        "country_codes": list(result.countries),
        "records": result.records,
        "by_region": {k: _cell(c) for k, c in result.by_region.items()},
        "by_office": {k: _cell(c) for k, c in result.by_office.items()},
        "by_country": {k: _cell(c) for k, c in result.by_country.items()},
        "by_disaggregation": {d: {g or "not recorded": _cell(c) for g, c in groups.items()}
                              for d, groups in result.by_disaggregation.items()},
    }


def annex_json(annex: Annex, lang: str = "en", working_draft: bool = False) -> str:
    """The JSON export: a list with one object per indicator, in framework order.

    A working draft's objects each say so (``working_draft``: the mark), so that no figure of it
    travels without the warning."""
    rows = [indicator_json(r, lang) for r in annex.results]
    if working_draft:
        rows = [{"working_draft": watermark(lang, annex.provisional), **r} for r in rows]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def spreadsheet_safe(value) -> str:
    """Text for a CSV cell that a spreadsheet will show as typed and never run (CWE-1236)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_header(annex: Annex) -> list[str]:
    return ["code", "indicator", "unit", "rule", *[str(y) for y in annex.years], "total", "qualifier",
            "offices", "countries"]


def annex_csv(annex: Annex, lang: str = "en", working_draft: bool = False) -> str:
    """The CSV export: one row per indicator; shares in per cent with one decimal.

    A working draft has a last column, ``working_draft``, holding the mark on every row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    mark = [watermark(lang, annex.provisional)] if working_draft else []
    writer.writerow(csv_header(annex) + (["working_draft"] if working_draft else []))
    for r in annex.results:
        writer.writerow([r.code, spreadsheet_safe(r.indicator.name.get(lang)), r.unit, r.rule,
                         *["" if r.by_year[y].value is None else plain(r.by_year[y].value) for y in annex.years],
                         "" if r.total.value is None else plain(r.total.value),
                         r.total.qualifier, len(r.offices), len(r.countries), *mark])
    return out.getvalue()
