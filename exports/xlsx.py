"""The annex as an Excel workbook (openpyxl): one sheet per annex, breakdowns, and the sources.

Figures stay numbers (a qualifier is shown by the cell's number format, "more than "#,##0, so
the value survives for formulas); merged headers, frozen panes, print setup (A4 landscape, fit
to width, title rows repeated). Every cell is written by ``put``: text that starts with = + - @
(whoever typed it: an office, the document symbol or title given to the export) is stored as text
with Excel's quote prefix, so that no spreadsheet program ever runs it as a formula.
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string

from db.progress import Progress, report
from db.validation import country_name
from exports import document
from exports.aggregate import Annex
from exports.document import DocumentSettings, labels, watermark
from exports.figures import add_charts_sheet
from exports.numbers import QUALIFIER_WORDS
from exports.xlsx_cells import BOLD, TITLE, head as _head, print_setup as _print_setup, put, put_figure, safe_text

ITALIC = Font(italic=True)
DOMAIN_FILL = PatternFill("solid", fgColor="EDEDED")
NAME_WIDTH = 60  # the indicator column of annex I
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
SHEET_NAMES = {
    "en": ("Annex I", "Annex II", "Annex III", "By country", "By sex, age, disability", "Sources"),
    "zh": ("附件一", "附件二", "附件三", "按国家", "按性别、年龄、残疾", "来源"),
    "fr": ("Annexe I", "Annexe II", "Annexe III", "Par pays", "Par sexe, âge, handicap", "Sources"),
    "es": ("Anexo I", "Anexo II", "Anexo III", "Por país", "Por sexo, edad, discapacidad", "Fuentes"),
    "ru": ("Приложение I", "Приложение II", "Приложение III", "По странам", "По полу, возрасту, инвалидности",
           "Источники"),
    "ar": ("المرفق الأول", "المرفق الثاني", "المرفق الثالث", "حسب البلد", "حسب الجنس والعمر والإعاقة",
           "المصادر"),
}
EXTRA: dict[str, dict[str, Any]] = {
    "en": {"rule": "Counting rule", "qualifier": "Qualifier", "country_code": "Country code",
           "country": "Country", "outcome": "Outcome", "year": "Year", "narrative": "Example of impact",
           "all_offices": "All offices in the region", "office_name": "Office name",
           "rules": {"sum": "sum", "distinct": "distinct", "derived": "share"},
           "dimension": "Of which, by", "group": "Group", "not_recorded": "not recorded",
           "without_total": "Places and years without a total (their parts added up)",
           "dimensions": {"sex": "sex", "age": "age group", "disability": "disability"},
           "sources": ("File", "File kind", "File identifier", "Framework", "Reporting years",
                       "Statuses counted", "Records counted", "Data as of (UTC)", "App version",
                       "Document symbol", "Language", "Offices", "Open conflicts", "Files merged",
                       ("File", "Office", "SHA-256", "File identifier", "Merged at (UTC)", "Records held")),
           "groups": {}, "kinds": {}, "statuses": {}},
    "zh": {"rule": "计算规则", "qualifier": "限定语", "country_code": "国家代码", "country": "国家",
           "outcome": "成果", "year": "年度", "narrative": "影响实例", "all_offices": "区域内所有办事处",
           "office_name": "办事处名称",
           "rules": {"sum": "合计", "distinct": "不重复计数", "derived": "比例"},
           "dimension": "其中，按", "group": "组别", "not_recorded": "未记录",
           "without_total": "无总数的地点和年度（其各部分相加）",
           "dimensions": {"sex": "性别", "age": "年龄组", "disability": "残疾"},
           "sources": ("文件", "文件类型", "文件标识", "框架", "报告年度", "计入的状态", "计入的记录数",
                       "数据截至（UTC）", "应用程序版本", "文件编号", "语言", "办事处", "未解决的冲突",
                       "已合并的文件", ("文件", "办事处", "SHA-256", "文件标识", "合并时间（UTC）", "现有记录数")),
           "groups": {"female": "女性", "male": "男性", "children": "儿童（0-14岁）", "youth": "青年（15-24岁）",
                      "adults": "成年人（25-64岁）", "older": "老年人（65岁及以上）", "yes": "有残疾",
                      "no": "无残疾"},
           "kinds": {"office": "办事处", "headquarters": "总部"},
           "statuses": {"draft": "草稿", "returned": "已退回", "submitted": "已提交", "validated": "已核定"}},
    "fr": {"rule": "Règle de calcul", "qualifier": "Qualificatif", "country_code": "Code du pays",
           "country": "Pays", "outcome": "Réalisation", "year": "Année", "narrative": "Exemple d’impact",
           "all_offices": "Tous les bureaux de la région", "office_name": "Nom du bureau",
           "rules": {"sum": "somme", "distinct": "comptage distinct", "derived": "proportion"},
           "dimension": "Dont, par", "group": "Groupe", "not_recorded": "non indiqué",
           "without_total": "Lieux et années sans total (leurs parties additionnées)",
           "dimensions": {"sex": "sexe", "age": "tranche d’âge", "disability": "handicap"},
           "sources": ("Fichier", "Type de fichier", "Identifiant du fichier", "Cadre", "Années de référence",
                       "Statuts comptabilisés", "Enregistrements comptabilisés", "Données au (UTC)",
                       "Version de l’application", "Cote du document", "Langue", "Bureaux",
                       "Conflits non résolus", "Fichiers fusionnés",
                       ("Fichier", "Bureau", "SHA-256", "Identifiant du fichier", "Fusionné le (UTC)",
                        "Enregistrements détenus")),
           "groups": {"female": "femmes", "male": "hommes", "children": "enfants (0-14 ans)",
                      "youth": "jeunes (15-24 ans)", "adults": "adultes (25-64 ans)",
                      "older": "personnes âgées (65 ans et plus)", "yes": "en situation de handicap",
                      "no": "sans handicap"},
           "kinds": {"office": "bureau", "headquarters": "siège"},
           "statuses": {"draft": "projet", "returned": "renvoyé", "submitted": "soumis", "validated": "validé"}},
    "es": {"rule": "Regla de cálculo", "qualifier": "Calificativo", "country_code": "Código del país",
           "country": "País", "outcome": "Resultado previsto", "year": "Año", "narrative": "Ejemplo de impacto",
           "all_offices": "Todas las oficinas de la región", "office_name": "Nombre de la oficina",
           "rules": {"sum": "suma", "distinct": "recuento único", "derived": "proporción"},
           "dimension": "Del cual, por", "group": "Grupo", "not_recorded": "no registrado",
           "without_total": "Lugares y años sin total (sus partes sumadas)",
           "dimensions": {"sex": "sexo", "age": "grupo de edad", "disability": "discapacidad"},
           "sources": ("Archivo", "Tipo de archivo", "Identificador del archivo", "Marco", "Años del informe",
                       "Estados contabilizados", "Registros contabilizados", "Datos al (UTC)",
                       "Versión de la aplicación", "Signatura del documento", "Idioma", "Oficinas",
                       "Conflictos sin resolver", "Archivos combinados",
                       ("Archivo", "Oficina", "SHA-256", "Identificador del archivo", "Combinado el (UTC)",
                        "Registros conservados")),
           "groups": {"female": "mujeres", "male": "hombres", "children": "niños (0-14 años)",
                      "youth": "jóvenes (15-24 años)", "adults": "adultos (25-64 años)",
                      "older": "personas de edad (65 años o más)", "yes": "con discapacidad",
                      "no": "sin discapacidad"},
           "kinds": {"office": "oficina", "headquarters": "Sede"},
           "statuses": {"draft": "borrador", "returned": "devuelto", "submitted": "presentado",
                        "validated": "validado"}},
    "ru": {"rule": "Правило подсчета", "qualifier": "Уточнение", "country_code": "Код страны",
           "country": "Страна", "outcome": "Конечный результат", "year": "Год", "narrative": "Пример воздействия",
           "all_offices": "Все отделения региона", "office_name": "Название отделения",
           "rules": {"sum": "сумма", "distinct": "без повторов", "derived": "доля"},
           "dimension": "В том числе, по", "group": "Группа", "not_recorded": "не указано",
           "without_total": "Места и годы без итога (части сложены)",
           "dimensions": {"sex": "полу", "age": "возрастной группе", "disability": "инвалидности"},
           "sources": ("Файл", "Тип файла", "Идентификатор файла", "Рамочная программа", "Отчетные годы",
                       "Учтенные статусы", "Учтено записей", "Данные на (UTC)", "Версия приложения",
                       "Условное обозначение документа", "Язык", "Отделения", "Неурегулированные конфликты",
                       "Объединенные файлы",
                       ("Файл", "Отделение", "SHA-256", "Идентификатор файла", "Объединено (UTC)",
                        "Хранится записей")),
           "groups": {"female": "женщины", "male": "мужчины", "children": "дети (0–14 лет)",
                      "youth": "молодежь (15–24 года)", "adults": "взрослые (25–64 года)",
                      "older": "пожилые люди (65 лет и старше)", "yes": "с инвалидностью",
                      "no": "без инвалидности"},
           "kinds": {"office": "отделение", "headquarters": "штаб-квартира"},
           "statuses": {"draft": "черновик", "returned": "возвращена", "submitted": "представлена",
                        "validated": "утверждена"}},
    "ar": {"rule": "قاعدة الحساب", "qualifier": "الصفة", "country_code": "رمز البلد",
           "country": "البلد", "outcome": "النتيجة", "year": "السنة", "narrative": "مثال على الأثر",
           "all_offices": "جميع مكاتب المنطقة", "office_name": "اسم المكتب",
           "rules": {"sum": "مجموع", "distinct": "عدّ دون تكرار", "derived": "نسبة"},
           "dimension": "منها، حسب", "group": "الفئة", "not_recorded": "غير مسجل",
           "without_total": "أماكن وسنوات دون مجموع (جُمعت أجزاؤها)",
           "dimensions": {"sex": "الجنس", "age": "الفئة العمرية", "disability": "الإعاقة"},
           "sources": ("الملف", "نوع الملف", "معرّف الملف", "الإطار", "سنوات الإبلاغ", "الحالات المحسوبة",
                       "السجلات المحسوبة", "البيانات حتى (UTC)", "إصدار التطبيق", "رمز الوثيقة", "اللغة",
                       "المكاتب", "التعارضات غير المحسومة", "الملفات المدمجة",
                       ("الملف", "المكتب", "SHA-256", "معرّف الملف", "تاريخ الدمج (UTC)", "السجلات المحفوظة")),
           "groups": {"female": "الإناث", "male": "الذكور", "children": "الأطفال (0-14 سنة)",
                      "youth": "الشباب (15-24 سنة)", "adults": "البالغون (25-64 سنة)",
                      "older": "كبار السن (65 سنة فأكثر)", "yes": "ذوو الإعاقة", "no": "بلا إعاقة"},
           "kinds": {"office": "مكتب", "headquarters": "المقر"},
           "statuses": {"draft": "مسودة", "returned": "معاد", "submitted": "مقدَّم", "validated": "معتمد"}},
}


# The annex's language named in that language (the masthead's own "language_name" follows UN usage,
# which keeps "Chinese", "Russian" and "Arabic" in English).
LANGUAGE_NAMES = {"en": "English", "zh": "中文", "fr": "Français", "es": "Español", "ru": "Русский",
                  "ar": "العربية"}

def wrapped_lines(text: str, width: float) -> int:
    """The lines a spreadsheet program shows ``text`` on in a wrapped cell ``width`` wide.

    Greedy word wrap, as LibreOffice and Excel do it. ``width`` is in the column width's unit (the
    digit 0 of the default font): a proportional Latin letter takes about 0.85 of it on average, an
    East Asian wide character about 1.85 (measured on LibreOffice's rendering of the annex).
    """
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0.0
        for token in _TOKENS.findall(paragraph):
            size = text_width(token)
            if token.isspace():
                used += size
                continue
            if used > 0 and used + size > width:  # the word goes to the next line
                lines += 1
                used = 0.0
            while size > width:  # a word longer than a line is broken
                lines += 1
                size -= width
            used += size
    return lines


def text_width(text: str) -> float:
    """The width of ``text`` in the column width's unit (see ``wrapped_lines``)."""
    return sum(1.85 if unicodedata.east_asian_width(c) in "WF" else 0.85 for c in text)


# Words, spaces, and East Asian wide characters one by one (a line may break after any of them).
_WIDE = r"\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(rf"\s+|[{_WIDE}]|[^\s{_WIDE}]+")


def _fit_height(ws, row: int, *texts: tuple[str, float]) -> None:
    """Row height for the wrapped cells of a row, each ``(text, column width)``: spreadsheet
    programs do not always grow rows on opening, and a row too low lets its text run over the next."""
    lines = max(wrapped_lines(text, width) for text, width in texts)
    if lines > 1:
        ws.row_dimensions[row].height = 15 * min(lines, 40)


def _title(ws, row: int, text: str, width: int, font=TITLE) -> None:
    put(ws, row, 1, text).font = font
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _annex1(ws, annex: Annex, settings: DocumentSettings) -> None:
    lang = settings.lang
    text, extra = labels(lang), EXTRA[lang]
    years = annex.years
    ncol = 4 + len(years) + 4
    # The unit column fits its longest label ("countries or cities"), so that none is cut.
    units = {document.unit_label(annex.framework, r.unit, lang) for r in annex.results}
    unit_width = max(12, min(24, round(max(map(text_width, units), default=0) + 2)))
    widths = [8, NAME_WIDTH, unit_width, 11, *[20] * len(years), 24, 11, 9, 10]
    _title(ws, 1, f"{document.annex_heading(1, lang)}  {document.annex_title('annex1', annex, lang)}", ncol)
    _title(ws, 2, f"{settings.symbol}  {settings.title}", ncol, ITALIC)
    for col, key in enumerate(("code", "indicator", "unit"), start=1):
        _head(ws, 3, col, text[key])
        _head(ws, 4, col, "")
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    _head(ws, 3, 4, extra["rule"])
    _head(ws, 4, 4, "")
    ws.merge_cells(start_row=3, start_column=4, end_row=4, end_column=4)
    _head(ws, 3, 5, text["results_by_year"])
    for n, year in enumerate(years):
        if n:
            _head(ws, 3, 5 + n, "")
        _head(ws, 4, 5 + n, year)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=4 + len(years))
    tail = 5 + len(years)
    for n, heading in enumerate((f"{text['total']} {annex.period}", extra["qualifier"], text["offices"],
                                 text["countries"])):
        _head(ws, 3, tail + n, heading)
        _head(ws, 4, tail + n, "")
        ws.merge_cells(start_row=3, start_column=tail + n, end_row=4, end_column=tail + n)
    row = 5
    for item in document.outline(annex):
        if item[0] in ("domain", "outcome"):
            kind, code, name = item
            label = name.get(lang) if name else code
            cell = put(ws, row, 1, label if code == "E" else f"{code}. {label}")
            cell.font = BOLD if kind == "domain" else Font(bold=True, italic=True)
            if kind == "domain":
                for col in range(1, ncol + 1):
                    ws.cell(row=row, column=col).fill = DOMAIN_FILL
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            row += 1
            continue
        result = item[1]
        put(ws, row, 1, result.code)
        name = document.indicator_name(result, lang)
        put(ws, row, 2, name).alignment = WRAP
        _fit_height(ws, row, (name, NAME_WIDTH))
        put(ws, row, 3, document.unit_label(annex.framework, result.unit, lang))
        put(ws, row, 4, extra["rules"][result.rule])
        for n, year in enumerate(years):
            put_figure(ws, row, 5 + n, result, result.by_year[year], lang)
        put_figure(ws, row, tail, result, result.total, lang, bold=True)
        if result.reported:
            put(ws, row, tail + 1, QUALIFIER_WORDS[lang].get(result.total.qualifier, "") or None)
            put(ws, row, tail + 2, len(result.offices))
            put(ws, row, tail + 3, len(result.countries))
        for col in range(1, ncol + 1):
            if col != 2:  # the wrapped name sets the row's height: the other cells align to its top
                ws.cell(row=row, column=col).alignment = TOP
        row += 1
    row += 1
    put(ws, row, 1, text["notes"]).font = ITALIC
    for note in document.notes(annex, lang):
        row += 1
        put(ws, row, 1, note).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        _fit_height(ws, row, (note, sum(widths)))
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "C5"
    _print_setup(ws, settings, "3:4")


def _annex2(ws, annex: Annex, settings: DocumentSettings) -> None:
    lang = settings.lang
    text, extra = labels(lang), EXTRA[lang]
    columns = (text["region"], text["office"], extra["office_name"], text["code"], text["indicator"],
               text["unit"], f"{text['total']} {annex.period}", extra["qualifier"])
    _title(ws, 1, f"{document.annex_heading(2, lang)}  {text['annex2'].format(period=annex.period)}",
           len(columns))
    for col, heading in enumerate(columns, start=1):
        _head(ws, 2, col, heading)
    row = 3
    for region in annex.regions():
        offices = annex.offices_in(region)
        region_name = document.region_label(region, lang)
        for result in annex.results:
            cell = result.by_region.get(region)
            if cell is None or cell.value is None:
                continue
            put(ws, row, 1, region_name).font = BOLD
            put(ws, row, 2, extra["all_offices"]).font = BOLD
            put(ws, row, 4, result.code)
            put(ws, row, 5, document.indicator_name(result, lang))
            put(ws, row, 6, document.unit_label(annex.framework, result.unit, lang))
            put_figure(ws, row, 7, result, cell, lang, bold=True)
            put(ws, row, 8, QUALIFIER_WORDS[lang].get(cell.qualifier, "") or None)
            row += 1
        for office in offices:
            for result in annex.results:
                cell = result.by_office.get(office.code)
                if cell is None or cell.value is None:
                    continue
                put(ws, row, 1, region_name)
                put(ws, row, 2, office.code)
                put(ws, row, 3, office.name)
                put(ws, row, 4, result.code)
                put(ws, row, 5, document.indicator_name(result, lang))
                put(ws, row, 6, document.unit_label(annex.framework, result.unit, lang))
                put_figure(ws, row, 7, result, cell, lang)
                put(ws, row, 8, QUALIFIER_WORDS[lang].get(cell.qualifier, "") or None)
                row += 1
    for n, width in enumerate((22, 12, 34, 8, 60, 12, 24, 11), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A3"
    if row > 3:
        ws.auto_filter.ref = f"A2:H{row - 1}"
    _print_setup(ws, settings, "2:2")


def _annex3(ws, annex: Annex, settings: DocumentSettings) -> None:
    lang = settings.lang
    text, extra = labels(lang), EXTRA[lang]
    columns = (extra["outcome"], text["office"], extra["office_name"], extra["year"], extra["narrative"])
    _title(ws, 1, f"{document.annex_heading(3, lang)}  {text['annex3']}", len(columns))
    for col, heading in enumerate(columns, start=1):
        _head(ws, 2, col, heading)
    names = {o.code: o.name for o in annex.offices}
    row = 3
    for narrative in annex.narratives:
        group = annex.framework.group(narrative.outcome)
        outcome = f"{group.code}. {group.name.get(lang)}" if group else narrative.outcome
        put(ws, row, 1, outcome).alignment = WRAP
        put(ws, row, 2, narrative.office_code)
        put(ws, row, 3, names.get(narrative.office_code, narrative.office_code)).alignment = WRAP
        put(ws, row, 4, narrative.year)
        put(ws, row, 5, narrative.text).alignment = WRAP
        _fit_height(ws, row, (narrative.text, 90), (outcome, 40),
                    (names.get(narrative.office_code, narrative.office_code), 28))
        row += 1
    for n, width in enumerate((40, 10, 28, 7, 90), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A3"
    _print_setup(ws, settings, "2:2")


def _breakdown(ws, annex: Annex, settings: DocumentSettings, headings: tuple[str, str], entries,
               widths: tuple[int, int]) -> int:
    """A sheet of one row per indicator and group: code, indicator, unit, the two ``headings``, the
    period total and its qualifier. ``entries`` yields (result, first, second, cell). Returns the
    next free row."""
    lang = settings.lang
    text, extra = labels(lang), EXTRA[lang]
    columns = (text["code"], text["indicator"], text["unit"], *headings,
               f"{text['total']} {annex.period}", extra["qualifier"])
    for col, heading in enumerate(columns, start=1):
        _head(ws, 1, col, heading)
    row = 2
    for result, first, second, cell in entries:
        put(ws, row, 1, result.code)
        put(ws, row, 2, document.indicator_name(result, lang))
        put(ws, row, 3, document.unit_label(annex.framework, result.unit, lang))
        put(ws, row, 4, first)
        put(ws, row, 5, second)
        put_figure(ws, row, 6, result, cell, lang)
        put(ws, row, 7, QUALIFIER_WORDS[lang].get(cell.qualifier, "") or None)
        row += 1
    for n, width in enumerate((8, 60, 12, *widths, 24, 11), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    _print_setup(ws, settings, "1:1")
    return row


def _by_country(ws, annex: Annex, settings: DocumentSettings) -> None:
    lang, extra = settings.lang, EXTRA[settings.lang]
    entries = ((result, country, country_name(country, lang) or country, cell)
               for result in annex.results for country, cell in result.by_country.items()
               if cell.value is not None)
    row = _breakdown(ws, annex, settings, (extra["country_code"], extra["country"]), entries, (10, 24))
    if row > 2:
        ws.auto_filter.ref = f"A1:G{row - 1}"


def _disaggregation(ws, annex: Annex, settings: DocumentSettings) -> None:
    extra = EXTRA[settings.lang]
    entries = ((result, extra["dimensions"].get(dimension, dimension),
                extra["groups"].get(group, group) if group else extra["not_recorded"], cell)
               for result in annex.results for dimension, groups in result.by_disaggregation.items()
               for group, cell in groups.items())
    _breakdown(ws, annex, settings, (extra["dimension"], extra["group"]), entries, (14, 14))


def _sources(ws, annex: Annex, settings: DocumentSettings) -> None:
    lang = settings.lang
    names = EXTRA[lang]["sources"]
    source = annex.source
    years = annex.period
    extra = EXTRA[lang]
    statuses = ", ".join(extra["statuses"].get(s, s) for s in source.statuses)
    if lang == "zh":
        statuses = statuses.replace(", ", "、")
    values = (source.path, extra["kinds"].get(source.kind, source.kind), source.file_id, source.framework, years,
              statuses, source.records_counted, source.generated_at, source.app_version, settings.symbol,
              LANGUAGE_NAMES.get(lang, settings.language_name))
    row = 1
    for name, value in zip(names, values):
        put(ws, row, 1, name).font = BOLD
        put(ws, row, 2, value)
        row += 1
    offices_name, conflicts_name, files_name, file_columns = names[-4:]
    put(ws, row, 1, offices_name).font = BOLD
    for office in annex.offices:
        for col, value in enumerate((office.code, office.name, office.country, office.region), start=2):
            put(ws, row, col, value)
        row += 1
    put(ws, row, 1, conflicts_name).font = BOLD
    put(ws, row, 2, source.open_conflicts)
    row += 1
    put(ws, row, 1, EXTRA[lang]["without_total"]).font = BOLD
    put(ws, row, 2, source.places_without_total)
    row += 1
    if source.merged_files:
        put(ws, row, 1, files_name).font = BOLD
        for col, name in enumerate(file_columns, start=2):
            put(ws, row, col, name).font = BOLD
        put(ws, row, 8, SIGNATURE_WORDS[lang][0]).font = BOLD
        row += 1
        for merged in source.merged_files:
            for col, key in enumerate(("file_name", "office_code", "sha256", "file_id", "merged_at"), start=2):
                put(ws, row, col, merged[key])
            put(ws, row, 7, merged["held"])
            put(ws, row, 8, _signature_words(merged, lang))
            row += 1
    for n, width in enumerate((24, 40, 40, 10, 30), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    _print_setup(ws, settings, "1:1")


# Whether a merged file was signed (db/signing.py): heading, "signed by" (a key follows), "unsigned".
SIGNATURE_WORDS = {"en": ("Signature", "signed by ", "unsigned"), "zh": ("签名", "签名密钥 ", "未签名"),
                   "fr": ("Signature", "signé par ", "non signé"), "es": ("Firma", "firmado por ", "sin firma"),
                   "ru": ("Подпись", "подписан ключом ", "без подписи"),
                   "ar": ("التوقيع", "موقّع بالمفتاح ", "غير موقّع")}


def _signature_words(merged: dict, lang: str) -> str:
    """By which key a merged file was signed, or that it was not; empty for merges made before signing."""
    words = SIGNATURE_WORDS.get(lang, SIGNATURE_WORDS["en"])
    state = merged.get("signature") or ""
    if state == "signed":
        return words[1] + (merged.get("signed_by") or "")
    return words[2] if state == "unsigned" else ""


DRAFT_FILL = PatternFill("solid", fgColor="F4CCCC")
DRAFT_FONT = Font(bold=True, color="8A1C1C", size=12)


def _working_draft_banner(ws, settings: DocumentSettings) -> None:
    """A working draft's mark: a banner row above the sheet (repeated on every printed page) and
    the page header."""
    text = watermark(settings.lang, settings.provisional_plan)
    ws.insert_rows(1)
    # insert_rows moves the cells only: merged ranges, row heights, frozen panes and print titles
    # are moved here.
    for merged in list(ws.merged_cells.ranges):
        merged.shift(row_shift=1)
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
    for r in sorted(heights, reverse=True):
        ws.row_dimensions[r + 1].height = heights[r]
        ws.row_dimensions[r].height = None
    if ws.freeze_panes:
        column, row = coordinate_from_string(ws.freeze_panes)
        ws.freeze_panes = f"{column}{row + 1}"
    titles = [int(n) for n in re.findall(r"\d+", ws.print_title_rows or "")]
    ws.print_title_rows = f"1:{titles[-1] + 1}" if titles else "1:1"
    width = max(ws.max_column, 6)
    cell = ws.cell(row=1, column=1, value=text)
    cell.font = DRAFT_FONT
    cell.fill = DRAFT_FILL
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 24
    ws.oddHeader.center.text = text
    ws.oddHeader.center.color = "8A1C1C"
    ws.oddFooter.left.text = text


def build_workbook(annex: Annex, settings: DocumentSettings | None = None,
                   progress: Progress | None = None) -> Workbook:
    settings = (settings or DocumentSettings()).resolved()
    wb = Workbook()
    names = SHEET_NAMES[settings.lang]
    sheets = [wb.active] + [wb.create_sheet() for _ in names[1:]]
    builders = (_annex1, _annex2, _annex3, _by_country, _disaggregation, _sources)
    for n, (ws, name, build) in enumerate(zip(sheets, names, builders)):
        report(progress, n, len(builders), f"Writing sheet {name}")
        ws.title = name
        build(ws, annex, settings)

    add_charts_sheet(wb, annex, settings)
    if settings.working_draft:  # every sheet, the charts too
        for ws in wb.worksheets:
            _working_draft_banner(ws, settings)
    if document.is_rtl(settings.lang):  # Arabic sheets read from the right: column A on the right
        for ws in wb.worksheets:
            ws.sheet_view.rightToLeft = True
    from exports.explain import add_explained_sheet

    add_explained_sheet(wb, annex, settings, statuses=EXTRA[settings.lang].get("statuses", {}),
                        banner=_working_draft_banner)  # last: it links to Annex I's rows as they end up
    wb.properties.title = safe_text(settings.title)
    wb.properties.subject = safe_text(settings.symbol)
    wb.properties.creator = "Habitat Results"
    return wb


def write_xlsx(annex: Annex, target, settings: DocumentSettings | None = None,
               progress: Progress | None = None) -> None:
    """Write the annex workbook to ``target`` (a path or a binary file object)."""
    from exports.reproducible import stable_xlsx

    buffer = io.BytesIO()
    build_workbook(annex, settings, progress).save(buffer)
    # Fixed times in the zip and its properties: the same data gives the same bytes.
    data = stable_xlsx(buffer.getvalue(), annex.source.generated_at)
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)
