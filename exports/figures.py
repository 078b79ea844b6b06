"""Charts in the exports: a Charts sheet of native Excel charts, and a Figures section in the PDF.

Both draw each reported indicator's figure per reporting year, the numbers of the annex itself
(``exports.aggregate``): in the workbook the charts' references point at a table of those
figures on the same sheet, so the user can edit the chart or the numbers in Excel; in the PDF
they are drawn with reportlab's own graphics, in the document's embedded fonts. The bars are the
Okabe–Ito blue (#0072B2), dark enough to stay visible in a greyscale print. No Qt.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.utils import get_column_letter

from exports import document
from exports.aggregate import Annex, IndicatorResult
from exports.document import DocumentSettings
from exports.numbers import short_figure
from exports.pdf_fonts import CJK, SERIF, markup
from exports.xlsx_cells import BOLD, TITLE, head, print_setup, put_figure, safe_text

BLUE = "0072B2"
WORDS = {
    "en": {"sheet": "Charts", "title": "Figures by reporting year, {period}",
           "intro": "Each reported indicator's figure per reporting year, as in annex I. The charts read "
                    "the table below them: change a number and its chart follows.",
           "figures": "Figures", "figures_intro": "Each reported indicator's figure per reporting year, "
                                                  "as in annex I ({period}).",
           "code": "Code", "indicator": "Indicator", "total": "Total {period}", "report": "Figure in the report",
           "none": "No results were reported for this period."},
    "zh": {"sheet": "图表", "title": "按报告年度列示的数字，{period}",
           "intro": "已报告的每个指标在各报告年度的数字，与附件一相同。图表读取其下方的表格：更改数字，图表随之更新。",
           "figures": "图表", "figures_intro": "已报告的每个指标在各报告年度的数字，与附件一相同（{period}）。",
           "code": "代码", "indicator": "指标", "total": "{period}合计", "report": "报告中的数字",
           "none": "本期间没有报告任何成果。"},
    "fr": {"sheet": "Graphiques", "title": "Chiffres par année de référence, {period}",
           "intro": "Le chiffre de chaque indicateur communiqué, par année de référence, comme à l’annexe I. "
                    "Les graphiques lisent le tableau ci-dessous : modifiez un chiffre et son graphique suit.",
           "figures": "Figures", "figures_intro": "Le chiffre de chaque indicateur communiqué, par année de "
                                                  "référence, comme à l’annexe I ({period}).",
           "code": "Code", "indicator": "Indicateur", "total": "Total {period}", "report": "Chiffre du rapport",
           "none": "Aucun résultat n’a été communiqué pour cette période."},
    "es": {"sheet": "Gráficos", "title": "Cifras por año del informe, {period}",
           "intro": "La cifra de cada indicador comunicado por año del informe, como en el anexo I. Los "
                    "gráficos leen el cuadro que figura debajo: si cambia una cifra, su gráfico la sigue.",
           "figures": "Gráficos", "figures_intro": "La cifra de cada indicador comunicado por año del informe, "
                                                   "como en el anexo I ({period}).",
           "code": "Código", "indicator": "Indicador", "total": "Total {period}", "report": "Cifra del informe",
           "none": "No se comunicaron resultados para este período."},
    "ru": {"sheet": "Диаграммы", "title": "Данные по отчетным годам, {period}",
           "intro": "Значение каждого показателя, о котором сообщалось, по отчетным годам, как в приложении I. "
                    "Диаграммы читают таблицу под ними: измените число — изменится и диаграмма.",
           "figures": "Диаграммы", "figures_intro": "Значение каждого показателя, о котором сообщалось, по "
                                                    "отчетным годам, как в приложении I ({period}).",
           "code": "Код", "indicator": "Показатель", "total": "Итого {period}", "report": "Значение в докладе",
           "none": "За этот период о результатах не сообщалось."},
    "ar": {"sheet": "الرسوم البيانية", "title": "الأرقام حسب سنة الإبلاغ، {period}",
           "intro": "رقم كل مؤشر مبلغ عنه حسب سنة الإبلاغ، كما في المرفق الأول. وتقرأ الرسوم البيانية الجدول "
                    "الوارد تحتها: غيّر رقمًا يتغيّر رسمه البياني.",
           "figures": "الرسوم البيانية", "figures_intro": "رقم كل مؤشر مبلغ عنه حسب سنة الإبلاغ، كما في المرفق "
                                                          "الأول ({period}).",
           "code": "الرمز", "indicator": "المؤشر", "total": "المجموع {period}", "report": "الرقم الوارد في التقرير",
           "none": "لم يُبلَّغ عن أي نتائج لهذه الفترة."},
}
CHART_ROWS = 15  # worksheet rows per chart
FIRST_TABLE_ROW = 4


def charted(annex: Annex) -> list[IndicatorResult]:
    """The indicators with at least one yearly figure, in framework order."""
    return [r for r in annex.results if any(c.value is not None for c in r.by_year.values())]


def chart_title(result: IndicatorResult, lang: str, limit: int = 80) -> str:
    name = document.indicator_name(result, lang)
    title = f"{result.code} {name}"
    return title if len(title) <= limit else title[:limit - 1] + "…"


def bar_labels(result: IndicatorResult, years, lang: str) -> list[str]:
    """What each year's bar says: the annex figure, short, its qualifier as a mark (>3.9M, ≥12k, 43%)."""
    return [short_figure(result.by_year[y].value, result.rule, result.by_year[y].qualifier, lang) for y in years]


# --- the workbook ---------------------------------------------------------------------------------

def add_charts_sheet(wb, annex: Annex, settings: DocumentSettings):
    """A sheet with the table of yearly figures and one native bar chart per indicator reading it.

    Chart n reads row FIRST_TABLE_ROW + n of the table (the indicators of ``charted``, in order),
    its categories the years of the header row above.
    """
    lang = settings.lang
    words = WORDS[lang]
    ws = wb.create_sheet(words["sheet"])
    years = annex.years
    ws.cell(row=1, column=1, value=words["title"].format(period=annex.period)).font = TITLE
    ws.cell(row=2, column=1, value=words["intro"])
    header = FIRST_TABLE_ROW - 1
    heads = [words["code"], words["indicator"], *[str(y) for y in years],
             words["total"].format(period=annex.period), words["report"]]
    for column, text in enumerate(heads, start=1):
        head(ws, header, column, text)
    results = charted(annex)
    if not results:
        ws.cell(row=FIRST_TABLE_ROW, column=1, value=words["none"])
    for n, result in enumerate(results):
        row = FIRST_TABLE_ROW + n
        ws.cell(row=row, column=1, value=result.code).font = BOLD
        ws.cell(row=row, column=2, value=safe_text(document.indicator_name(result, lang)))
        for k, year in enumerate(years):
            put_figure(ws, row, 3 + k, result, result.by_year[year], lang)
        put_figure(ws, row, 3 + len(years), result, result.total, lang, bold=True)
        indicator = result.indicator
        if indicator.report_value is not None:
            from exports.aggregate import Cell

            value = indicator.report_value
            put_figure(ws, row, 4 + len(years), result, Cell(value if result.rule != "derived" else
                                                             _fraction(value), indicator.report_qualifier), lang)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 60
    for column in range(3, 5 + len(years)):
        ws.column_dimensions[get_column_letter(column)].width = 19  # "more than 1,234,567"
    below = FIRST_TABLE_ROW + len(results) + 2
    for n, result in enumerate(results):
        row = FIRST_TABLE_ROW + n
        chart = BarChart()
        chart.type = "col"
        chart.title = _title(chart_title(result, lang))
        chart.legend = None
        chart.height, chart.width = 7, 12.5
        data = Reference(ws, min_col=3, max_col=2 + len(years), min_row=row, max_row=row)
        chart.add_data(data, from_rows=True, titles_from_data=False)
        chart.set_categories(Reference(ws, min_col=3, max_col=2 + len(years), min_row=header, max_row=header))
        series = chart.series[0]
        series.graphicalProperties = GraphicalProperties(solidFill=BLUE)
        series.graphicalProperties.line.solidFill = BLUE
        for axis in (chart.x_axis, chart.y_axis):
            axis.delete = False  # openpyxl 3.1 hides the axes unless told
        chart.y_axis.numFmt = "0%" if result.rule == "derived" else "#,##0"
        chart.y_axis.majorGridlines = None
        anchor_row = below + (n // 2) * CHART_ROWS
        anchor_column = 1 if n % 2 == 0 else 3  # beside column B's long names: two charts a row
        ws.add_chart(chart, f"{get_column_letter(anchor_column)}{anchor_row}")
    ws.freeze_panes = ws.cell(row=FIRST_TABLE_ROW, column=3)
    print_setup(ws, settings, f"{header}:{header}")
    return ws


def _title(text: str):
    """A chart title in 10-point bold (the default 14 points crowds a small chart)."""
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun

    font = CharacterProperties(sz=1000, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _fraction(value):
    from fractions import Fraction

    return Fraction(str(value))


# --- the PDF --------------------------------------------------------------------------------------

def pdf_figures(annex: Annex, settings: DocumentSettings, styles, width: float) -> list:
    """The Figures section: per domain of change, each reported indicator's yearly figures as bars."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table, TableStyle

    from exports.overview import number

    lang = settings.lang
    words = WORDS[lang]
    font = CJK if lang == "zh" else SERIF
    flow = [styles.para(words["figures"], "annex"),
            styles.para(words["figures_intro"].format(period=annex.period), "body")]
    shown = {r.code for r in charted(annex)}
    if not shown:
        return flow + [styles.para(words["none"], "body")]
    cell_width = (width - 6 * mm) / 2
    for group, indicators in _groups(annex, lang):
        results = [annex.result(i.code) for i in indicators if i.code in shown]
        if not results:
            continue
        cells = []
        for result in results:
            drawing = Drawing(cell_width, 52 * mm)
            chart = VerticalBarChart()
            chart.x, chart.y = 12 * mm, 8 * mm
            chart.width, chart.height = cell_width - 16 * mm, 38 * mm
            values = [number(result.by_year[y]) for y in annex.years]
            chart.data = [[v if v is not None else 0 for v in values]]
            chart.categoryAxis.categoryNames = [str(y) for y in annex.years]
            chart.categoryAxis.labels.fontName = font
            chart.categoryAxis.labels.fontSize = 7
            chart.valueAxis.visible = False
            chart.valueAxis.valueMin = 0
            chart.bars[0].fillColor = colors.HexColor("#" + BLUE)
            chart.bars[0].strokeColor = colors.HexColor("#004A75")
            chart.barLabels.fontName = font
            chart.barLabels.fontSize = 6.5
            chart.barLabels.nudge = 5
            chart.barLabelFormat = "values"
            chart.barLabelArray = [bar_labels(result, annex.years, lang)]
            drawing.add(chart)
            heading = chart_title(result, lang, 120)[len(result.code) + 1:]
            title = styles.para(f"<b>{_markup(result.code)}</b> {_markup(heading)}", "cell", raw=True)
            cells.append([title, drawing])
        rows = [[cells[n], cells[n + 1] if n + 1 < len(cells) else ""] for n in range(0, len(cells), 2)]
        if getattr(styles, "rtl", False):  # the first chart of a row on the right, as the text reads
            rows = [list(reversed(row)) for row in rows]
        table = Table(rows, colWidths=[cell_width + 3 * mm] * 2)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow.append(KeepTogether([styles.para(group, "h1"), table]) if len(rows) == 1 else styles.para(group, "h1"))
        if len(rows) > 1:
            flow.append(table)
    return flow


def _markup(text: str) -> str:
    return markup(text)


def _groups(annex: Annex, lang: str):
    framework = annex.framework
    for domain in framework.domains:
        yield f"{domain.code}. {domain.name.get(lang)}", [i for o in domain.children for i in o.indicators]
    if framework.enablers:
        label = framework.level_names.get("enabler")
        yield (label.get(lang) if label else "E"), [i for e in framework.enablers for i in e.indicators]
