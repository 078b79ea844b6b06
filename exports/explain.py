"""Every figure explained: the records behind one figure of the annex, and what the counting rule did with each.

"Where does 3.9 million come from?" The answer lists each record of the indicator in the years
asked (and the office, if one is asked), by its id as ``list`` prints it, with its office and the
office file it was merged from, and its fate:

- counted (its value added, or its entity counted);
- counted once: a distinct entity (a city, a country, a named item) another record counts already;
- not counted: a draft or returned record (unless a working view counts drafts), a part ("of
  which") of a total that is counted, a deleted record, a rival version of a record in conflict.

The fates come from the rules of ``exports.aggregate`` (the statuses counted, the entity a distinct
record counts, a part and its place's total as ``db.quality`` compares them), so that the counted
values add up to the annex figure; the tests hold both to that on the report scenario.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from db.errors import HabitatError
from db.feedback import require_office
from db.framework import Indicator
from db.officefile import ResultsFile
from db.quality import BREAKDOWNS, is_part, place_key
from exports.aggregate import Cell, counted_statuses, entity_key, parse_years, plan_of_years
from exports.numbers import combine_qualifiers, percent, share_qualifier

# What the counting rule did with a record (code -> English; the app words them by code).
FATES: dict[str, str] = {
    "counted": "counted",
    "counted_part_alone": "counted: a part whose place and year hold no total, counted as its total "
                          "(as files of the first version were)",
    "same_entity": "counted once: the same {entity} as record {other}",
    "part_of_total": "not counted: a part ({of_which}) of the total record {other}",
    "part_without_total": "not counted: a part ({of_which}) whose place and year have no total (check names it)",
    "draft": "not counted: draft",
    "returned": "not counted: returned to the office",
    "deleted": "not counted: deleted",
    "in_conflict": "not counted: a rival version of record {other}, in conflict until headquarters chooses",
}
COUNTED_FATES = ("counted", "counted_part_alone")
# The fates whose records give the figure its qualifier ("about", "at least"), as the aggregation does.
QUALIFYING_FATES = (*COUNTED_FATES, "same_entity")
ENTITY_WORDS = {"city": "city", "country": "country", "named": "item"}
COLUMNS = ("record", "office", "source", "year", "value", "qualifier", "country", "city", "entity", "of_which",
           "status", "counted", "fate")


@dataclass(frozen=True)
class Explained:
    """One record behind a figure and what the counting rule did with it."""

    record_id: str
    office: str
    source: str  # the office file it was merged from; at an office, the file itself
    year: int
    value: int | float | None
    qualifier: str
    country: str
    city: str
    entity: str
    of_which: str  # 'sex=female' for a part, empty for a total
    status: str
    fate: str  # a code of FATES
    other: str = ""  # the record a fate names (the total of a part, the first of an entity)
    counts: int | float = 0  # what this record adds to the figure: its value, 1 for a new entity, or 0
    key: tuple = ()  # the entity a distinct record counts

    @property
    def counted(self) -> bool:
        return self.fate in COUNTED_FATES

    def words(self) -> str:
        """The fate in English, as the command line prints it."""
        kind = self.key[0] if self.key else ""
        return FATES[self.fate].format(other=self.other, of_which=self.of_which,
                                       entity=ENTITY_WORDS.get(kind, "entity"))

    def row(self) -> tuple:
        value = "" if self.value is None else self.value
        counts = self.counts if self.counted else ""
        return (self.record_id, self.office, self.source, self.year, value, self.qualifier, self.country,
                self.city, self.entity, self.of_which, self.status, counts, self.words())


@dataclass
class Explanation:
    """The records behind one figure: an indicator in some years, at one office or all."""

    indicator: Indicator
    years: tuple[int, ...]
    office: str | None
    include_drafts: bool
    records: list[Explained] = field(default_factory=list)
    # For a share (derived indicator): the explanations of its numerator and denominator.
    components: tuple[Explanation, ...] = ()

    @property
    def figure(self) -> Cell:
        """The figure the counted records make, as the annex shows it."""
        if self.indicator.rule == "derived":
            num, den = (c.figure for c in self.components)
            if num.value is None or den.value is None:
                return Cell(None)
            value = percent(num.value, den.value)
            return Cell(None) if value is None else Cell(value, share_qualifier(num.qualifier, den.qualifier))
        counted = [r for r in self.records if r.counted]
        if not counted:
            return Cell(None)
        qualifier = combine_qualifiers({r.qualifier for r in self.records if r.fate in QUALIFYING_FATES})
        if self.indicator.rule == "distinct":
            return Cell(len({r.key for r in counted}), qualifier)
        total: int | float | Fraction = sum(r.counts for r in counted)
        return Cell(total, qualifier)

    def not_counted(self) -> list[Explained]:
        return [r for r in self.records if not r.counted]


_READ = ("id", "office_code", "indicator", "year", "value", "qualifier", "country", "city", "entity", "sex",
         "age", "disability", "status", "deleted")


def explain(results: ResultsFile, code: str, *, years: Iterable[int] | str | None = None,
            office: str | None = None, include_drafts: bool = False,
            sources: dict[str, str] | None = None) -> Explanation:
    """The records behind indicator ``code``'s figure in ``results`` (office or headquarters file).

    ``years``: the reporting years of the figure (all the plan's years by default; text such as
    '2020-2024' too); ``office``: one office's figure (as the annex's table by office). ``sources``:
    each record's office file, as ``record_sources`` gives it (read here when not given).
    """
    # The plan of the years asked (one figure, one plan); without years, the latest plan that has ``code``.
    having = [p for p in results.plans if p.framework.indicator(code) is not None]
    if years is None and having:
        chosen = tuple(having[-1].framework.years)
    else:
        chosen = parse_years(years, results) if years is None or isinstance(years, str) else tuple(sorted(years))
    framework = plan_of_years(results, chosen)
    indicator = framework.indicator(code)
    if indicator is None:
        raise HabitatError.of("indicator_unknown", code=code, framework=framework.id, version=framework.version)
    if office is not None:
        office = require_office(results, office)
    if indicator.rule == "derived":
        assert indicator.numerator and indicator.denominator  # parse_framework requires both
        parts = tuple(explain(results, c, years=chosen, office=office, include_drafts=include_drafts,
                              sources=sources) for c in (indicator.numerator, indicator.denominator))
        return Explanation(indicator, chosen, office, include_drafts, components=parts)
    explanation = Explanation(indicator, chosen, office, include_drafts)
    rows = _rows(results, indicator.code, chosen, office)
    if sources is None:
        sources = record_sources(results, indicator.code, chosen)
    statuses = counted_statuses(include_drafts)
    live = [r for r in rows if not r["deleted"] and r["status"] in statuses]
    fates: dict[str, tuple[str, str, int | float, tuple]] = {}  # record id -> fate, other, counts, key
    if indicator.rule == "distinct":
        first: dict[tuple, str] = {}
        for r in live:  # in the order of the years, then offices: the first record of an entity counts it
            key = entity_key(indicator.entity, r["country"] or "", r["city"] or "", r["entity"] or "")
            if key in first:
                fates[r["id"]] = ("same_entity", first[key], 0, key)
            else:
                first[key] = r["id"]
                fates[r["id"]] = ("counted", "", 1, key)
    else:
        totals: dict[tuple, str] = {}  # a place and year of an office -> its first total
        for r in live:
            if not is_part(r):
                totals.setdefault((r["office_code"], *place_key(r)), r["id"])
                fates[r["id"]] = ("counted", "", r["value"] or 0, ())
        alone = _parts_counted_alone(results)
        for r in live:
            if is_part(r):
                total = totals.get((r["office_code"], *place_key(r)))
                if total:
                    fates[r["id"]] = ("part_of_total", total, 0, ())
                elif alone is None or r["id"] in alone:
                    fates[r["id"]] = ("counted_part_alone", "", r["value"] or 0, ())
                else:
                    fates[r["id"]] = ("part_without_total", "", 0, ())
    for r in rows:
        if r["id"] in fates:
            fate, other, counts, key = fates[r["id"]]
        else:
            fate = "deleted" if r["deleted"] else "returned" if r["status"] == "returned" else "draft"
            other, counts, key = "", 0, ()
        explanation.records.append(_explained(r, sources.get(r["id"], results.path.name), fate, other,
                                              counts, key))
    explanation.records += _rivals(results, indicator.code, chosen, office)
    return explanation


def _parts_counted_alone(results: ResultsFile) -> set[str] | None:
    """The parts without a total that count as it: the first version's, marked (db/rules.py,
    ``part_counted_as_total``) where the file has the mark; every one in a file without it, as the
    aggregation counts them."""
    has_marks = results.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'part_counted_as_total'",
                              tuples=True).fetchone()
    if not has_marks:
        return None
    return {r[0] for r in results.query("SELECT record_id FROM part_counted_as_total", tuples=True)}


def _rows(results: ResultsFile, code: str, years: tuple[int, ...], office: str | None) -> list[dict]:
    where = f"indicator = ? AND year IN ({', '.join('?' * len(years))})"
    params: list = [code, *years]
    if office is not None:
        where += " AND office_code = ?"
        params.append(office)
    # rowid: records in the order they were written, so that the first to name an entity is the earliest.
    cursor = results.query(f"SELECT {', '.join(_READ)} FROM record WHERE {where} "
                           f"ORDER BY year, office_code, rowid", params, tuples=True)
    return [dict(zip(_READ, row)) for row in cursor]


def record_sources(results: ResultsFile, code: str | None = None, years: tuple[int, ...] = ()) -> dict[str, str]:
    """At headquarters: the office file each record came from (the merge that last brought it); of
    one indicator's records in ``years`` when ``code`` is given, else of every record."""
    if results.kind != "headquarters":
        return {}
    sql = ("SELECT o.record_id, b.file_name FROM record_origin o JOIN merge_batch b ON b.id = o.batch_id")
    params: list = []
    if code is not None:
        # From the indicator's records (its index), each one's origin by its id: not every origin.
        sql = ("SELECT r.id, b.file_name FROM record r CROSS JOIN record_origin o ON o.record_id = r.id "
               f"JOIN merge_batch b ON b.id = o.batch_id WHERE r.indicator = ? AND r.year IN "
               f"({', '.join('?' * len(years))})")
        params = [code, *years]
    return dict(results.query(sql, params, tuples=True).fetchall())


def _rivals(results: ResultsFile, code: str, years: tuple[int, ...], office: str | None) -> list[Explained]:
    """Rival versions of records still in conflict: never counted until headquarters chooses one."""
    where = f"state = 'open' AND indicator = ? AND year IN ({', '.join('?' * len(years))})"
    params: list = [code, *years]
    if office is not None:
        where += " AND office_code = ?"
        params.append(office)
    columns = ("record_id", "office_code", "year", "value", "qualifier", "country", "city", "entity", "sex", "age",
               "disability", "file_name")
    out = []
    for row in results.query(f"SELECT {', '.join(columns)} FROM conflict WHERE {where} ORDER BY year, id", params,
                             tuples=True):
        r = dict(zip(columns, row))
        r["id"], r["status"] = r["record_id"], "conflict"
        out.append(_explained(r, r["file_name"] or "", "in_conflict", r["record_id"], 0, ()))
    return out


def _explained(r: dict, source: str, fate: str, other: str, counts, key: tuple) -> Explained:
    of_which = ", ".join(f"{d}={r[d]}" for d in BREAKDOWNS if r[d])
    return Explained(r["id"], r["office_code"], source, r["year"], r["value"], r["qualifier"] or "none",
                     r["country"] or "", r["city"] or "", r["entity"] or "", of_which, r["status"], fate, other or "",
                     counts, key)


def explain_file(path, code: str, *, years=None, office: str | None = None,
                 include_drafts: bool = False) -> Explanation:
    """Open ``path`` read-only and explain indicator ``code``'s figure."""
    with ResultsFile.open_readonly(path) as results:
        return explain(results, code, years=years, office=office, include_drafts=include_drafts)


# --- the "Explained" sheet of the XLSX annex -----------------------------------------------------------

# openpyxl holds a sheet in memory: beyond this many rows (Excel's own limit is 1,048,576) the sheet
# names the `explain` command instead of listing the records.
SHEET_ROWS = 100_000
SHEET_WORDS: dict[str, dict] = {
    "en": {"sheet": "Explained",
           "intro": "The records behind each figure of Annex I for {period} (the period's figure), and what the "
                    "counting rule did with each. A year's figure: habitat-results explain FILE --indicator CODE "
                    "--year YEAR.",
           "too_many": "{count} records: more than this sheet holds ({limit} rows). List the records behind a "
                       "figure with: habitat-results explain FILE --indicator CODE [--year YEAR]",
           "share": "a share: {numerator} ÷ {denominator}, whose records are listed under them",
           "columns": ("Record", "Office", "Office file", "Year", "Value", "Qualifier", "Country", "City",
                       "Entity", "Of which", "Status", "Counted", "What the counting rule did"),
           "fates": FATES},
    "zh": {"sheet": "说明",
           "intro": "附件一中{period}各数字（整个期间的数字）背后的记录，以及计数规则对每条记录的处理。某一年的数字："
                    "habitat-results explain FILE --indicator CODE --year YEAR。",
           "too_many": "{count} 条记录：超出本工作表的容量（{limit} 行）。请用以下命令列出某一数字背后的记录："
                       "habitat-results explain FILE --indicator CODE [--year YEAR]",
           "share": "比例：{numerator} ÷ {denominator}，其记录列在这两个指标下",
           "columns": ("记录", "办事处", "办事处文件", "年度", "数值", "限定语", "国家", "城市", "实体", "其中",
                       "状态", "计入", "计数规则的处理"),
           "fates": {"counted": "计入",
                     "counted_part_alone": "计入：该地点和年度没有总数的部分，按总数计入（与第一版文件相同）",
                     "same_entity": "只计一次：与记录 {other} 相同",
                     "part_of_total": "不计入：总数记录 {other} 的部分（{of_which}）",
                     "part_without_total": "不计入：该地点和年度没有总数的部分（{of_which}）",
                     "draft": "不计入：草稿", "returned": "不计入：已退回办事处", "deleted": "不计入：已删除",
                     "in_conflict": "不计入：记录 {other} 的竞争版本，冲突待总部解决"}},
    "fr": {"sheet": "Explications",
           "intro": "Les enregistrements derrière chaque chiffre de l’annexe I pour {period} (le chiffre de la "
                    "période) et ce que la règle de calcul en a fait. Le chiffre d’une année : habitat-results "
                    "explain FILE --indicator CODE --year YEAR.",
           "too_many": "{count} enregistrements : plus que cette feuille n’en contient ({limit} lignes). Listez les "
                       "enregistrements d’un chiffre avec : habitat-results explain FILE --indicator CODE",
           "share": "une proportion : {numerator} ÷ {denominator}, dont les enregistrements figurent sous ceux-ci",
           "columns": ("Enregistrement", "Bureau", "Fichier du bureau", "Année", "Valeur", "Qualificatif", "Pays",
                       "Ville", "Entité", "Dont", "Statut", "Compté", "Ce qu’a fait la règle de calcul"),
           "fates": {"counted": "compté",
                     "counted_part_alone": "compté : une partie dont le lieu et l’année n’ont pas de total, "
                                           "comptée comme total (fichiers de la première version)",
                     "same_entity": "compté une fois : le même que l’enregistrement {other}",
                     "part_of_total": "non compté : une partie ({of_which}) du total {other}",
                     "part_without_total": "non compté : une partie ({of_which}) sans total pour son lieu et "
                                           "son année",
                     "draft": "non compté : projet", "returned": "non compté : renvoyé au bureau",
                     "deleted": "non compté : supprimé",
                     "in_conflict": "non compté : version concurrente de l’enregistrement {other}, en conflit"}},
    "es": {"sheet": "Explicaciones",
           "intro": "Los registros detrás de cada cifra del anexo I para {period} (la cifra del período) y lo que "
                    "hizo con cada uno la regla de cálculo. La cifra de un año: habitat-results explain FILE "
                    "--indicator CODE --year YEAR.",
           "too_many": "{count} registros: más de los que caben en esta hoja ({limit} filas). Liste los registros "
                       "de una cifra con: habitat-results explain FILE --indicator CODE",
           "share": "una proporción: {numerator} ÷ {denominator}, cuyos registros figuran bajo ellos",
           "columns": ("Registro", "Oficina", "Archivo de la oficina", "Año", "Valor", "Calificativo", "País",
                       "Ciudad", "Entidad", "Del cual", "Estado", "Contado", "Lo que hizo la regla de cálculo"),
           "fates": {"counted": "contado",
                     "counted_part_alone": "contado: una parte cuyo lugar y año no tienen total, contada como "
                                           "total (archivos de la primera versión)",
                     "same_entity": "contado una vez: el mismo que el registro {other}",
                     "part_of_total": "no contado: una parte ({of_which}) del total {other}",
                     "part_without_total": "no contado: una parte ({of_which}) sin total de su lugar y año",
                     "draft": "no contado: borrador", "returned": "no contado: devuelto a la oficina",
                     "deleted": "no contado: eliminado",
                     "in_conflict": "no contado: versión rival del registro {other}, en conflicto"}},
    "ru": {"sheet": "Пояснения",
           "intro": "Записи, стоящие за каждой цифрой приложения I за {period} (цифра периода), и что с каждой "
                    "сделало правило подсчета. Цифра одного года: habitat-results explain FILE --indicator CODE "
                    "--year YEAR.",
           "too_many": "{count} записей: больше, чем вмещает этот лист ({limit} строк). Записи, стоящие за цифрой: "
                       "habitat-results explain FILE --indicator CODE",
           "share": "доля: {numerator} ÷ {denominator}, их записи перечислены под ними",
           "columns": ("Запись", "Отделение", "Файл отделения", "Год", "Значение", "Уточнение", "Страна", "Город",
                       "Объект", "В том числе", "Статус", "Учтено", "Что сделало правило подсчета"),
           "fates": {"counted": "учтено",
                     "counted_part_alone": "учтено: часть, у места и года которой нет итога, учтена как итог "
                                           "(файлы первой версии)",
                     "same_entity": "учтено один раз: то же, что запись {other}",
                     "part_of_total": "не учтено: часть ({of_which}) итога {other}",
                     "part_without_total": "не учтено: часть ({of_which}) без итога своего места и года",
                     "draft": "не учтено: черновик", "returned": "не учтено: возвращено отделению",
                     "deleted": "не учтено: удалено",
                     "in_conflict": "не учтено: конкурирующая версия записи {other}, конфликт"}},
    "ar": {"sheet": "الشرح",
           "intro": "السجلات وراء كل رقم في المرفق الأول للفترة {period} (رقم الفترة)، وما فعلته قاعدة الحساب بكل "
                    "منها. رقم سنة واحدة: habitat-results explain FILE --indicator CODE --year YEAR.",
           "too_many": "{count} سجلًا: أكثر مما تسعه هذه الورقة ({limit} صف). اعرض السجلات وراء رقم بالأمر: "
                       "habitat-results explain FILE --indicator CODE",
           "share": "نسبة: {numerator} ÷ {denominator}، وسجلاتهما مدرجة تحتهما",
           "columns": ("السجل", "المكتب", "ملف المكتب", "السنة", "القيمة", "الصفة", "البلد", "المدينة", "الكيان",
                       "منها", "الحالة", "محسوب", "ما فعلته قاعدة الحساب"),
           "fates": {"counted": "محسوب",
                     "counted_part_alone": "محسوب: جزء ليس لمكانه وسنته إجمالي، حُسب إجماليًا (ملفات الإصدار "
                                           "الأول)",
                     "same_entity": "محسوب مرة واحدة: هو نفسه السجل {other}",
                     "part_of_total": "غير محسوب: جزء ({of_which}) من الإجمالي {other}",
                     "part_without_total": "غير محسوب: جزء ({of_which}) بلا إجمالي لمكانه وسنته",
                     "draft": "غير محسوب: مسودة", "returned": "غير محسوب: أُعيد إلى المكتب",
                     "deleted": "غير محسوب: محذوف",
                     "in_conflict": "غير محسوب: نسخة منافسة من السجل {other}، في تعارض"}},
}


def add_explained_sheet(wb, annex, settings, *, statuses: dict[str, str], banner) -> None:
    """The XLSX annex's "Explained" sheet: each indicator's records for the annex's period and what the
    counting rule did with each; Annex I's code and figures link to their indicator's rows. Beyond
    ``SHEET_ROWS`` rows the sheet names the ``explain`` command instead. ``statuses``: the statuses'
    words in the annex's language; ``banner``: marks a sheet as a working draft (both from xlsx.py)."""
    from exports import document
    from exports.xlsx_cells import BOLD, put

    lang = settings.lang
    words = SHEET_WORDS.get(lang, SHEET_WORDS["en"])
    ws = wb.create_sheet(words["sheet"])
    if document.is_rtl(lang):
        ws.sheet_view.rightToLeft = True
    put(ws, 1, 1, words["intro"].format(period=annex.period))
    with ResultsFile.open_readonly(Path(annex.source.path)) as results:
        total = results.query(f"SELECT count(*) FROM record WHERE year IN ({', '.join('?' * len(annex.years))})",
                              annex.years).fetchone()[0] + results.query(
            "SELECT count(*) FROM conflict WHERE state = 'open'").fetchone()[0]
        if total + 2 * len(annex.results) > SHEET_ROWS:
            put(ws, 3, 1, words["too_many"].format(count=f"{total:,}", limit=f"{SHEET_ROWS:,}"))
            if settings.working_draft:
                banner(ws, settings)
            return
        sources = record_sources(results)
        explanations = {r.code: explain(results, r.code, years=annex.years, include_drafts=annex.source.include_drafts,
                                        sources=sources) for r in annex.results if r.rule != "derived"}
    row = 3
    for col, name in enumerate(words["columns"], start=1):
        put(ws, row, col, name).font = BOLD
    ws.freeze_panes = "A4"
    for result in annex.results:
        row += 2
        if result.rule == "derived":
            put(ws, row, 1, f"{result.code}: " + words["share"].format(
                numerator=result.indicator.numerator, denominator=result.indicator.denominator)).font = BOLD
            continue
        explanation = explanations[result.code]
        figure = explanation.figure.value
        put(ws, row, 1, result.code).font = BOLD
        put(ws, row, 5, figure).font = BOLD
        for r in explanation.records:
            row += 1
            template = words["fates"].get(r.fate, FATES[r.fate])
            values = (r.record_id, r.office, r.source, r.year, r.value, r.qualifier, r.country, r.city, r.entity,
                      r.of_which, statuses.get(r.status, r.status), r.counts if r.counted else None,
                      r.words() if lang == "en" else template.format(other=r.other, of_which=r.of_which))
            for col, value in enumerate(values, start=1):
                put(ws, row, col, value)
    for n, width in enumerate((38, 8, 18, 6, 12, 10, 8, 16, 20, 14, 10, 10, 60), start=1):
        ws.column_dimensions[chr(64 + n)].width = width
    if settings.working_draft:  # as on every sheet; it moves the rows down, so the links are made after
        banner(ws, settings)
    codes = {r.code for r in annex.results}
    first_row = {c.value: c.row for c in ws["A"] if c.value in codes}
    _link_annex1(wb.worksheets[0], words["sheet"], first_row, len(annex.years))


def _link_annex1(annex1, sheet: str, first_row: dict[str, int], years: int) -> None:
    """Annex I's indicator codes and figures open their rows on the Explained sheet."""
    from openpyxl.worksheet.hyperlink import Hyperlink

    for cells in annex1.iter_rows(min_col=1, max_col=5 + years):
        target = first_row.get(cells[0].value) if isinstance(cells[0].value, str) else None
        if target is None:
            continue
        for cell in (cells[0], *cells[4:]):
            if cell.value is not None:  # a location in the workbook, not a file: no relationship is written
                cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet}'!A{target}")
