"""How the workbook writes its cells: text as typed (never a formula), figures with their qualifier in
the number format, the heading cells and the print setup of every sheet. Used by the annex sheets
(``exports.xlsx``) and the charts sheet (``exports.figures``)."""

from __future__ import annotations

from fractions import Fraction

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from exports.aggregate import Cell, IndicatorResult
from exports.document import DocumentSettings
from exports.numbers import QUALIFIER_WORDS
from exports.tables import FORMULA_STARTS

COUNT_FORMAT = "#,##0"
SHARE_FORMAT = "0.0%"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
THIN = Side(style="thin", color="808080")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

CELL_LIMIT = 32_767  # characters Excel holds in one cell; more and it "repairs" the file


def safe_text(value: str) -> str:
    """Text without the control characters XML forbids, within Excel's cell limit."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:CELL_LIMIT]


def put(ws, row: int, column: int, value):
    """Write one cell. Every value of the workbook is written here: text that a spreadsheet would
    take for a formula (= + - @ ...) is stored as text with Excel's quote prefix, never evaluated;
    numbers stay numbers; None leaves the cell empty."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = safe_text(value)
        cell.value = text
        if text.startswith(FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif value is not None:
        cell.value = value
    return cell


def figure_format(rule: str, qualifier: str, lang: str) -> str:
    base = SHARE_FORMAT if rule == "derived" else COUNT_FORMAT
    word = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(qualifier, "")
    return f'"{word} "{base}' if word else base


def put_figure(ws, row: int, column: int, result: IndicatorResult, cell: Cell, lang: str, *, bold=False):
    """A figure as a number; shares as fractions shown as per cent; the qualifier in the format."""
    if cell is None or cell.value is None:
        return ws.cell(row=row, column=column)
    value = cell.value
    if isinstance(value, Fraction):
        value = float(value / 100)
    target = put(ws, row, column, value)
    target.number_format = figure_format(result.rule, cell.qualifier, lang)
    if bold:
        target.font = BOLD
    return target


def print_setup(ws, settings: DocumentSettings, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed: only the width is fitted
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.oddHeader.right.text = safe_text(settings.symbol).replace("&", "&&")
    ws.oddFooter.center.text = "&P / &N"
    ws.page_margins.left = ws.page_margins.right = 0.5


def head(ws, row: int, column: int, text: str | int):
    cell = put(ws, row, column, text)
    cell.font = BOLD
    cell.fill = HEAD_FILL
    cell.alignment = CENTER
    cell.border = Border(top=THIN, bottom=THIN)
    return cell
