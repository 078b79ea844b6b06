"""What every annex document says around the figures: the masthead settings, headings, footnotes.

Defaults are those of the Executive Director's report HSP/OECPR.2025/5; each can be changed.
As in the language versions of UN documents, "Distr.: General", the date and "Original: English"
stay in English in the Arabic, Chinese and Russian versions; the French and Spanish versions
translate them ("Distr. générale", "4 mars 2025", "Original : anglais").
The Executive Director has been a woman since 2018: the French, Spanish and Arabic titles take the
feminine (Directrice exécutive, Directora Ejecutiva, المديرة التنفيذية).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from db.framework import Framework
from exports.aggregate import Annex, IndicatorResult

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Written from right to left.
RTL_LANGUAGES = ("ar",)
# Printed on every page and sheet of an annex exported although the check found blocking problems.
WATERMARK = {"en": "Working draft — not for publication", "zh": "工作草稿——不得发布",
             "fr": "Projet de travail — ne pas publier", "es": "Borrador de trabajo — no publicar",
             "ru": "Рабочий проект — не для публикации", "ar": "مشروع عمل — ليس للنشر"}
# Added to the mark when the annex's plan is provisional (db/plans.py): never published as final.
PROVISIONAL_MARK = {"en": "provisional plan", "zh": "临时计划", "fr": "plan provisoire", "es": "plan provisional",
                    "ru": "предварительный план", "ar": "خطة مؤقتة"}

DEFAULTS = {
    "en": {
        "united_nations": "United Nations",
        "organ": "United Nations Human Settlements Programme",
        "committee": "Committee of Permanent Representatives to the United Nations Human Settlements Programme",
        "session": "Third open-ended meeting: preparations for the resumed second session of the "
                   "United Nations Habitat Assembly and the midterm review",
        "place_dates": "Nairobi, 26–28 May 2025",
        "agenda_item": "Item 4 of the provisional agenda",
        "agenda_title": "Strategic plan of the United Nations Human Settlements Programme: "
                        "implementation of the strategic plan for the period 2020–2025, "
                        "including its midterm review",
        "title": "Implementation of the strategic plan for the period 2020–2025",
        "subtitle": "Report of the Executive Director",
        "job_number": "K2503673",
        "language_name": "English",
    },
    "zh": {
        "united_nations": "联合国",
        "organ": "联合国人类住区规划署",
        "committee": "联合国人类住区规划署常驻代表委员会",
        "session": "第三次不限成员名额会议：联合国人居大会第二届会议续会和中期审查的筹备工作",
        "place_dates": "2025 年 5 月 26 日至 28 日，内罗毕",
        "agenda_item": "临时议程项目 4",
        "agenda_title": "联合国人类住区规划署战略计划：2020–2025 年期间战略计划执行情况，包括其中期审查",
        "title": "2020–2025 年期间战略计划执行情况",
        "subtitle": "执行主任的报告",
        "job_number": "K2503673[C] 030425",
        "language_name": "Chinese",
    },
    "fr": {
        "united_nations": "Nations Unies",
        "organ": "Programme des Nations Unies pour les établissements humains",
        "committee": "Comité des représentants permanents auprès du Programme des Nations Unies pour "
                     "les établissements humains",
        "session": "Troisième réunion à composition non limitée : préparatifs de la reprise de la deuxième "
                   "session de l’Assemblée des Nations Unies pour l’habitat et de l’examen à mi-parcours",
        "place_dates": "Nairobi, 26-28 mai 2025",
        "agenda_item": "Point 4 de l’ordre du jour provisoire",
        "agenda_title": "Plan stratégique du Programme des Nations Unies pour les établissements humains : "
                        "mise en œuvre du plan stratégique pour la période 2020-2025, y compris son examen "
                        "à mi-parcours",
        "title": "Mise en œuvre du plan stratégique pour la période 2020-2025",
        "subtitle": "Rapport de la Directrice exécutive",
        "job_number": "K2503673[F]",
        "language_name": "Français",
        "date": "4 mars 2025",
        "original": "anglais",
    },
    "es": {
        "united_nations": "Naciones Unidas",
        "organ": "Programa de las Naciones Unidas para los Asentamientos Humanos",
        "committee": "Comité de Representantes Permanentes ante el Programa de las Naciones Unidas para "
                     "los Asentamientos Humanos",
        "session": "Tercera reunión de composición abierta: preparativos para la continuación del segundo "
                   "período de sesiones de la Asamblea de las Naciones Unidas sobre los Asentamientos "
                   "Humanos y el examen de mitad de período",
        "place_dates": "Nairobi, 26 a 28 de mayo de 2025",
        "agenda_item": "Tema 4 del programa provisional",
        "agenda_title": "Plan estratégico del Programa de las Naciones Unidas para los Asentamientos "
                        "Humanos: aplicación del plan estratégico para el período 2020-2025, incluido su "
                        "examen de mitad de período",
        "title": "Aplicación del plan estratégico para el período 2020-2025",
        "subtitle": "Informe de la Directora Ejecutiva",
        "job_number": "K2503673[S]",
        "language_name": "Español",
        "date": "4 de marzo de 2025",
        "original": "inglés",
    },
    "ru": {
        "united_nations": "Организация Объединенных Наций",
        "organ": "Программа Организации Объединенных Наций по населенным пунктам",
        "committee": "Комитет постоянных представителей при Программе Организации Объединенных Наций "
                     "по населенным пунктам",
        "session": "Третье совещание открытого состава: подготовка к возобновленной второй сессии "
                   "Ассамблеи Организации Объединенных Наций по населенным пунктам и среднесрочному обзору",
        "place_dates": "Найроби, 26–28 мая 2025 года",
        "agenda_item": "Пункт 4 предварительной повестки дня",
        "agenda_title": "Стратегический план Программы Организации Объединенных Наций по населенным "
                        "пунктам: осуществление стратегического плана на период 2020–2025 годов, включая "
                        "его среднесрочный обзор",
        "title": "Осуществление стратегического плана на период 2020–2025 годов",
        "subtitle": "Доклад Директора-исполнителя",
        "job_number": "K2503673[R]",
        "language_name": "Russian",
    },
    "ar": {
        "united_nations": "الأمم المتحدة",
        "organ": "برنامج الأمم المتحدة للمستوطنات البشرية",
        "committee": "لجنة الممثلين الدائمين لدى برنامج الأمم المتحدة للمستوطنات البشرية",
        "session": "الاجتماع الثالث المفتوح العضوية: الأعمال التحضيرية للدورة الثانية المستأنفة لجمعية "
                   "الأمم المتحدة للموئل ولاستعراض منتصف المدة",
        "place_dates": "نيروبي، 26-28 أيار/مايو 2025",
        "agenda_item": "البند 4 من جدول الأعمال المؤقت",
        "agenda_title": "الخطة الاستراتيجية لبرنامج الأمم المتحدة للمستوطنات البشرية: تنفيذ الخطة "
                        "الاستراتيجية للفترة 2020-2025، بما في ذلك استعراض منتصف المدة",
        "title": "تنفيذ الخطة الاستراتيجية للفترة 2020-2025",
        "subtitle": "تقرير المديرة التنفيذية",
        "job_number": "K2503673[A]",
        "language_name": "Arabic",
    },
}
# Left empty, the date and the original language take the report's, as each language version writes them.
for _texts in DEFAULTS.values():
    _texts.setdefault("date", "4 March 2025")
    _texts.setdefault("original", "English")


@dataclass(frozen=True)
class DocumentSettings:
    """The masthead of the annex document. Empty fields take the report's text in ``lang``."""

    lang: str = "en"
    symbol: str = "HSP/OECPR.2025/5"
    date: str = ""
    original: str = ""
    united_nations: str = ""
    organ: str = ""
    committee: str = ""
    session: str = ""
    place_dates: str = ""
    agenda_item: str = ""
    agenda_title: str = ""
    title: str = ""
    subtitle: str = ""
    job_number: str = ""
    language_name: str = ""
    figures: bool = False  # the PDF's Figures section (charts of each indicator by year)
    working_draft: bool = False  # exported despite blocking problems: watermarked everywhere
    provisional_plan: bool = False  # the annex's plan is provisional: the mark says so too

    def resolved(self) -> "DocumentSettings":
        """These settings with every empty field filled from the report's defaults."""
        if self.lang not in LANGUAGES:
            from exports.aggregate import ExportError

            raise ExportError.of("export_language_unknown", lang=self.lang, known=", ".join(LANGUAGES))
        defaults = DEFAULTS[self.lang]
        filled: dict[str, Any] = {f.name: defaults[f.name] for f in fields(self)
                                  if f.name in defaults and not getattr(self, f.name)}
        return replace(self, **filled)


LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "distr": "Distr.: General",
        "original": "Original: {language}",
        "annex": "Annex {number}",
        "annex_numbers": ("I", "II", "III"),
        "annex1": "Results by domain of change, outcome and indicator, {period}",
        "annex2": "Results by region and office, {period}",
        "annex3": "Examples of impact",
        "code": "Code",
        "indicator": "Indicator",
        "unit": "Unit",
        "total": "Total",
        "offices": "Offices",
        "countries": "Countries",
        "results_by_year": "Results by reporting year",
        "region": "Region",
        "office": "Office",
        "by_office": "By office",
        "no_region": "No region recorded",
        "notes": "Notes",
        "no_results": "No results were reported for this period.",
        "no_narratives": "No examples of impact were reported for this period.",
        "intro": "The annexes to the present document set out the results reported under the "
                 "{plan} for the reporting years {period}, aggregated from {offices} "
                 "and counted as explained in the notes to annex I.",
        "offices_count": "{n} offices",
        "offices_count_one": "one office",
        "drafts_warning": "Working view: draft records are included; these figures are not final.",
        "contents": "Contents",
        "page": "{page}",
        "derived_of": "{numerator} as a share of {denominator}",
        "sources": "Sources",
        "note_sum": "Sum: the values reported by the offices are added; the period total adds the years.",
        "note_distinct": "Distinct count: each city, country or named item is counted once. A city "
                         "reported by two offices, or in two years, counts once in the period total; "
                         "a yearly column counts the entities of that year, so the years do not add up "
                         "to the total.",
        "note_derived": "Share: one indicator's total divided by another's (for example, 1.2.e = "
                        "1.2.a ÷ 1.2.d), per year and for the period; never added across years. "
                        "Rounded to the whole per cent, half to even (62.5 per cent is printed 62%).",
        "note_qualifier": "Qualifiers: a total inherits the weakest qualifier of its parts. If any part "
                          "is \"about\", so is the total; otherwise any \"more than\" makes it \"more "
                          "than\"; otherwise any \"at least\" makes it \"at least\". A share of a "
                          "qualified figure is \"about\". Qualified figures of a million or more are "
                          "rounded down.",
        "note_columns": "Offices: the offices whose records count in the total. Countries: the "
                        "distinct countries in which the results were recorded.",
        "note_status": "Only records submitted by offices, and those validated by headquarters, are counted.",
        "note_status_drafts": "Draft and returned records are included (working view).",
        "unofficial": "The plan's names in this version are an unofficial translation.",
    },
    "zh": {
        "distr": "Distr.: General",
        "original": "Original: {language}",
        "annex": "附件{number}",
        "annex_numbers": ("一", "二", "三"),
        "annex1": "{period} 年按变革领域、成果和指标分列的成果",
        "annex2": "{period} 年按区域和办事处分列的成果",
        "annex3": "影响实例",
        "code": "代码",
        "indicator": "指标",
        "unit": "单位",
        "total": "合计",
        "offices": "办事处",
        "countries": "国家",
        "results_by_year": "按报告年度分列的成果",
        "region": "区域",
        "office": "办事处",
        "by_office": "按办事处分列",
        "no_region": "未记录区域",
        "notes": "注",
        "no_results": "本期间没有报告成果。",
        "no_narratives": "本期间没有报告影响实例。",
        "intro": "本文件附件列出了{plan}下 {period} 报告年度报告的成果，汇总自{offices}，"
                 "计算方法见附件一的注。",
        "offices_count": "{n} 个办事处",
        "offices_count_one": "1 个办事处",
        "drafts_warning": "工作视图：包括草稿记录；这些数字不是最终数字。",
        "contents": "目录",
        "page": "{page}",
        "derived_of": "{numerator}占{denominator}的比例",
        "sources": "来源",
        "note_sum": "合计：将各办事处报告的数值相加；期间合计为各年度之和。",
        "note_distinct": "不重复计数：每个城市、国家或具名项目只计一次。两个办事处报告的同一城市，"
                         "或在两个年度报告的同一城市，在期间合计中只计一次；各年度栏计算该年度的实体，"
                         "因此各年度之和不等于合计。",
        "note_derived": "比例：一个指标的合计除以另一个指标的合计（例如 1.2.e = 1.2.a ÷ 1.2.d），"
                        "按年度和期间计算，不跨年度相加。四舍五入到整数百分比，恰为一半时取偶数"
                        "（62.5%印作 62%）。",
        "note_qualifier": "限定语：合计沿用其组成部分中最弱的限定语。任何部分为“约”，合计即为“约”；"
                          "否则任何部分为“超过”（多），合计即为“超过”；否则任何部分为“至少”，合计即为"
                          "“至少”。以限定数字计算的比例为“约”。一百万及以上的限定数字向下取整。",
        "note_columns": "办事处：其记录计入合计的办事处。国家：记录成果的不同国家数目。",
        "note_status": "只计算各办事处已提交的记录和总部已核定的记录。",
        "note_status_drafts": "包括草稿和退回的记录（工作视图）。",
        "unofficial": "本文本中计划的部分名称为非正式译文。",
    },    "fr": {
        "distr": "Distr. générale",
        "original": "Original\u00a0: {language}",
        "annex": "Annexe {number}",
        "annex_numbers": ("I", "II", "III"),
        "annex1": "Résultats par domaine de changement, réalisation et indicateur, {period}",
        "annex2": "Résultats par région et par bureau, {period}",
        "annex3": "Exemples d’impact",
        "code": "Code",
        "indicator": "Indicateur",
        "unit": "Unité",
        "total": "Total",
        "offices": "Bureaux",
        "countries": "Pays",
        "results_by_year": "Résultats par année de référence",
        "region": "Région",
        "office": "Bureau",
        "by_office": "Par bureau",
        "no_region": "Aucune région indiquée",
        "notes": "Notes",
        "no_results": "Aucun résultat n’a été communiqué pour cette période.",
        "no_narratives": "Aucun exemple d’impact n’a été communiqué pour cette période.",
        "intro": "Les annexes au présent document présentent les résultats communiqués au titre du {plan} "
                 "pour les années de référence {period}, agrégés à partir des données de {offices} et "
                 "comptabilisés comme indiqué dans les notes de l’annexe I.",
        "offices_count": {"one": "{n}\u00a0bureau", "other": "{n}\u00a0bureaux"},
        "offices_count_one": "un bureau",
        "drafts_warning": "Vue de travail : les projets d’enregistrement sont inclus ; ces chiffres ne sont "
                          "pas définitifs.",
        "contents": "Table des matières",
        "page": "{page}",
        "derived_of": "{numerator} en proportion de {denominator}",
        "sources": "Sources",
        "note_sum": "Somme : les valeurs communiquées par les bureaux sont additionnées ; le total de la "
                    "période additionne les années.",
        "note_distinct": "Comptage distinct : chaque ville, pays ou élément nommé est compté une seule fois. "
                         "Une ville signalée par deux bureaux, ou deux années de suite, compte une fois dans "
                         "le total de la période ; une colonne annuelle compte les entités de l’année, de "
                         "sorte que la somme des années ne donne pas le total.",
        "note_derived": "Proportion : le total d’un indicateur divisé par celui d’un autre (par exemple, "
                        "1.2.e = 1.2.a ÷ 1.2.d), par année et pour la période ; jamais additionnée d’une "
                        "année à l’autre. Arrondie au pourcentage entier, la moitié au nombre pair (62,5 % "
                        "est imprimé 62 %).",
        "note_qualifier": "Qualificatifs : un total prend le qualificatif le plus faible de ses parties. Si une "
                          "partie est « environ », le total l’est aussi ; sinon, une partie « plus de » le "
                          "rend « plus de » ; sinon, une partie « au moins » le rend « au moins ». Une "
                          "proportion d’un chiffre qualifié est « environ ». Les chiffres qualifiés d’un "
                          "million ou plus sont arrondis à la baisse.",
        "note_columns": "Bureaux : les bureaux dont les enregistrements entrent dans le total. Pays : les "
                        "différents pays dans lesquels les résultats ont été enregistrés.",
        "note_status": "Seuls les enregistrements soumis par les bureaux et ceux validés par le Siège sont "
                       "comptabilisés.",
        "note_status_drafts": "Les projets d’enregistrement et les enregistrements renvoyés sont inclus (vue "
                              "de travail).",
        "unofficial": "Les noms du plan dans la présente version sont une traduction non officielle.",
    },
    "es": {
        "distr": "Distr. general",
        "original": "Original: {language}",
        "annex": "Anexo {number}",
        "annex_numbers": ("I", "II", "III"),
        "annex1": "Resultados por esfera de cambio, resultado previsto e indicador, {period}",
        "annex2": "Resultados por región y oficina, {period}",
        "annex3": "Ejemplos de impacto",
        "code": "Código",
        "indicator": "Indicador",
        "unit": "Unidad",
        "total": "Total",
        "offices": "Oficinas",
        "countries": "Países",
        "results_by_year": "Resultados por año del informe",
        "region": "Región",
        "office": "Oficina",
        "by_office": "Por oficina",
        "no_region": "Sin región registrada",
        "notes": "Notas",
        "no_results": "No se comunicaron resultados para este período.",
        "no_narratives": "No se comunicaron ejemplos de impacto para este período.",
        "intro": "En los anexos del presente documento figuran los resultados comunicados en el marco del "
                 "{plan} para los años {period}, agregados a partir de los datos de {offices} y contabilizados "
                 "como se explica en las notas del anexo I.",
        "offices_count": {"one": "{n} oficina", "other": "{n} oficinas"},
        "offices_count_one": "una oficina",
        "drafts_warning": "Vista de trabajo: se incluyen los registros en borrador; estas cifras no son "
                          "definitivas.",
        "contents": "Índice",
        "page": "{page}",
        "derived_of": "{numerator} como proporción de {denominator}",
        "sources": "Fuentes",
        "note_sum": "Suma: se suman los valores comunicados por las oficinas; el total del período suma los años.",
        "note_distinct": "Recuento único: cada ciudad, país o elemento nombrado se cuenta una vez. Una ciudad "
                         "comunicada por dos oficinas, o en dos años, cuenta una vez en el total del período; "
                         "una columna anual cuenta las entidades de ese año, por lo que los años no suman el "
                         "total.",
        "note_derived": "Proporción: el total de un indicador dividido por el de otro (por ejemplo, 1.2.e = "
                        "1.2.a ÷ 1.2.d), por año y para el período; nunca se suma entre años. Redondeada al "
                        "porcentaje entero, la mitad al número par (62,5% se imprime 62%).",
        "note_qualifier": "Calificativos: un total hereda el calificativo más débil de sus partes. Si alguna "
                          "parte es “alrededor de”, también lo es el total; si no, cualquier “más de” lo "
                          "hace “más de”; si no, cualquier “al menos” lo hace “al menos”. Una proporción de "
                          "una cifra calificada es “alrededor de”. Las cifras calificadas de un millón o "
                          "más se redondean a la baja.",
        "note_columns": "Oficinas: las oficinas cuyos registros cuentan en el total. Países: los distintos "
                        "países en que se registraron los resultados.",
        "note_status": "Solo se contabilizan los registros presentados por las oficinas y los validados por "
                       "la Sede.",
        "note_status_drafts": "Se incluyen los registros en borrador y los devueltos (vista de trabajo).",
        "unofficial": "Los nombres del plan en esta versión son una traducción no oficial.",
    },
    "ru": {
        "distr": "Distr.: General",
        "original": "Original: {language}",
        "annex": "Приложение {number}",
        "annex_numbers": ("I", "II", "III"),
        "annex1": "Результаты в разбивке по областям преобразований, конечным результатам и показателям, {period} годы",
        "annex2": "Результаты в разбивке по регионам и отделениям, {period} годы",
        "annex3": "Примеры воздействия",
        "code": "Код",
        "indicator": "Показатель",
        "unit": "Единица",
        "total": "Итого",
        "offices": "Отделения",
        "countries": "Страны",
        "results_by_year": "Результаты по отчетным годам",
        "region": "Регион",
        "office": "Отделение",
        "by_office": "По отделениям",
        "no_region": "Регион не указан",
        "notes": "Примечания",
        "no_results": "За этот период о результатах не сообщалось.",
        "no_narratives": "За этот период о примерах воздействия не сообщалось.",
        "intro": "В приложениях к настоящему документу приводятся результаты, о которых сообщалось в "
                 "рамках документа «{plan}» за отчетные годы {period}; данные представили {offices}, а "
                 "подсчет произведен в соответствии с примечаниями к приложению I.",
        "offices_count": {"one": "{n}\u00a0отделение", "few": "{n}\u00a0отделения",
                          "many": "{n}\u00a0отделений", "other": "{n}\u00a0отделения"},
        "offices_count_one": "одно отделение",
        "drafts_warning": "Рабочий вид: включены черновые записи; эти данные не являются окончательными.",
        "contents": "Содержание",
        "page": "{page}",
        "derived_of": "доля {numerator} в {denominator}",
        "sources": "Источники",
        "note_sum": "Сумма: значения, представленные отделениями, складываются; итог за период складывает годы.",
        "note_distinct": "Подсчет без повторов: каждый город, страна или названный объект учитывается один "
                         "раз. Город, о котором сообщили два отделения или который упоминается в двух годах, "
                         "учитывается в итоге за период один раз; годовая графа учитывает объекты этого года, "
                         "поэтому сумма по годам не равна итогу.",
        "note_derived": "Доля: итог одного показателя, деленный на итог другого (например, 1.2.e = 1.2.a ÷ "
                        "1.2.d), по годам и за период; по годам не суммируется. Округляется до целого "
                        "процента, половина — до четного (62,5 % печатается как 62 %).",
        "note_qualifier": "Уточнения: итог получает самое слабое уточнение своих частей. Если какая-либо "
                          "часть — «около», то и итог — «около»; иначе любое «более» делает его «более»; иначе "
                          "любое «не менее» делает его «не менее». Доля уточненного числа — «около». "
                          "Уточненные числа от миллиона и выше округляются в меньшую сторону.",
        "note_columns": "Отделения: отделения, записи которых учтены в итоге. Страны: число различных стран, "
                        "в которых были зарегистрированы результаты.",
        "note_status": "Учитываются только записи, представленные отделениями, и записи, утвержденные "
                       "штаб-квартирой.",
        "note_status_drafts": "Включены черновые и возвращенные записи (рабочий вид).",
        "unofficial": "Названия элементов плана в настоящей версии являются неофициальным переводом.",
    },
    "ar": {
        "distr": "Distr.: General",
        "original": "Original: {language}",
        "annex": "المرفق {number}",
        "annex_numbers": ("الأول", "الثاني", "الثالث"),
        "annex1": "النتائج حسب مجال التغيير والنتيجة والمؤشر، {period}",
        "annex2": "النتائج حسب المنطقة والمكتب، {period}",
        "annex3": "أمثلة على الأثر",
        "code": "الرمز",
        "indicator": "المؤشر",
        "unit": "الوحدة",
        "total": "المجموع",
        "offices": "المكاتب",
        "countries": "البلدان",
        "results_by_year": "النتائج حسب سنة الإبلاغ",
        "region": "المنطقة",
        "office": "المكتب",
        "by_office": "حسب المكتب",
        "no_region": "لم تُسجَّل منطقة",
        "notes": "ملاحظات",
        "no_results": "لم يُبلَّغ عن أي نتائج لهذه الفترة.",
        "no_narratives": "لم يُبلَّغ عن أي أمثلة على الأثر لهذه الفترة.",
        "intro": "تعرض مرفقات هذه الوثيقة النتائج المبلغ عنها في إطار {plan} لسنوات الإبلاغ {period}، "
                 "مجمّعةً من بيانات {offices}، ومحسوبةً على النحو المبين في ملاحظات المرفق الأول.",
        "offices_count": {"zero": "{n} مكتب", "one": "مكتب واحد", "two": "مكتبين", "few": "{n} مكاتب",
                          "many": "{n} مكتبًا", "other": "{n} مكتب"},
        "offices_count_one": "مكتب واحد",
        "drafts_warning": "عرض عمل: تشمل الأرقام السجلات المسودة؛ وهذه الأرقام ليست نهائية.",
        "contents": "المحتويات",
        "page": "{page}",
        "derived_of": "نسبة {numerator} إلى {denominator}",
        "sources": "المصادر",
        "note_sum": "المجموع: تُجمع القيم التي أبلغت عنها المكاتب؛ ويجمع مجموع الفترة السنوات.",
        "note_distinct": "العدّ دون تكرار: تُعدّ كل مدينة أو بلد أو عنصر مسمّى مرة واحدة. والمدينة التي "
                         "أبلغ عنها مكتبان، أو أُبلغ عنها في سنتين، تُعدّ مرة واحدة في مجموع الفترة؛ ويَعُدّ "
                         "عمود السنة كيانات تلك السنة، ولذلك لا يساوي مجموعُ السنوات المجموعَ الكلي.",
        "note_derived": "النسبة: مجموع مؤشر مقسومًا على مجموع مؤشر آخر (مثلًا 1.2.e = 1.2.a ÷ 1.2.d)، لكل "
                        "سنة وللفترة؛ ولا تُجمع عبر السنوات. وتُقرّب إلى أقرب عدد صحيح في المائة، والنصف إلى "
                        "العدد الزوجي (62.5 في المائة تُطبع 62 في المائة).",
        "note_qualifier": "الصفات: يرث المجموع أضعف صفة في أجزائه. فإذا كان أي جزء «نحو» كان المجموع «نحو»؛ "
                          "وإلا فإن أي «أكثر من» يجعله «أكثر من»؛ وإلا فإن أي «ما لا يقل عن» يجعله «ما لا يقل "
                          "عن». ونسبة الرقم الموصوف «نحو». وتُقرّب الأرقام الموصوفة البالغة مليونًا فأكثر "
                          "إلى الأدنى.",
        "note_columns": "المكاتب: المكاتب التي تدخل سجلاتها في المجموع. البلدان: عدد البلدان المختلفة التي "
                        "سُجّلت فيها النتائج.",
        "note_status": "لا تُحسب إلا السجلات التي قدمتها المكاتب والسجلات التي اعتمدها المقر.",
        "note_status_drafts": "تشمل الأرقام السجلات المسودة والسجلات المعادة (عرض عمل).",
        "unofficial": "أسماء عناصر الخطة في هذه النسخة ترجمة غير رسمية.",
    },
}


def labels(lang: str) -> dict:
    return LABELS.get(lang, LABELS["en"])


# (colon, semicolon, comma) between the parts of a list such as "KEN: 3; ROAF: 1": French puts a
# no-break space before the colon and semicolon, Arabic has its own semicolon and comma.
PUNCTUATION = {"fr": ("\u00a0: ", "\u00a0; ", ", "), "ar": (": ", "؛ ", "، ")}


def punctuation(lang: str) -> tuple[str, str, str]:
    return PUNCTUATION.get(lang, (": ", "; ", ", "))


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGUAGES


def offices_phrase(count: int, lang: str) -> str:
    """"5 offices", "5 bureaux", "5 отделений", "5 مكاتب": the word agrees with the number (CLDR plurals)."""
    from exports.numbers import agree, group_thousands

    text = labels(lang)
    if count == 1:
        return text["offices_count_one"]
    forms = text["offices_count"]
    if isinstance(forms, str):
        return forms.format(n=count)
    return agree(count, forms, lang).format(n=group_thousands(count, lang))


def unofficial_names(annex: Annex, lang: str) -> bool:
    """Whether any name of the plan the annex shows in ``lang`` is our translation, not an official one."""
    if lang == "en":
        return False
    framework = annex.framework
    names = [framework.name, *(d.name for d in framework.domains), *(g.name for g in framework.outcomes()),
             *(r.indicator.name for r in annex.results),
             *(framework.units[r.unit] for r in annex.results if r.unit in framework.units)]
    if any(e.indicators for e in framework.enablers) and "enabler" in framework.level_names:
        names.append(framework.level_names["enabler"])
    return any(not n.is_official(lang) for n in names)


def unit_label(framework: Framework, unit: str, lang: str) -> str:
    """A unit as a table column shows it: "cities", "城市" (no measure word), "%" for shares."""
    text = framework.unit_name(unit, lang)
    if lang == "zh" and len(text) > 1 and text[0] in "个家次":
        text = text[1:]
    return text


def watermark(lang: str, provisional: bool = False) -> str:
    """The working-draft mark: in the document's language first, then in English (English: then in Chinese).

    ``provisional``: the annex's plan is provisional, said in the mark as well.
    """
    other = "zh" if lang == "en" else "en"
    if provisional:
        return f"{WATERMARK[lang]} — {PROVISIONAL_MARK[lang]} / {WATERMARK[other]} — {PROVISIONAL_MARK[other]}"
    return f"{WATERMARK[lang]} / {WATERMARK[other]}"


def used_rules(annex: Annex) -> list[str]:
    return [r for r in ("sum", "distinct", "derived") if any(x.rule == r for x in annex.results)]


def notes(annex: Annex, lang: str) -> list[str]:
    """The footnotes of annex I: one per counting rule used, then qualifiers, columns and statuses."""
    text = labels(lang)
    found = [text[f"note_{rule}"] for rule in used_rules(annex)]
    found += [text["note_qualifier"], text["note_columns"], text["note_status"]]
    if annex.source.include_drafts:
        found.append(text["note_status_drafts"])
    if unofficial_names(annex, lang):
        found.append(text["unofficial"])
    return found


def outline(annex: Annex):
    """Annex I in reading order: ("domain"|"outcome", code, name) headings and ("indicator", result) rows.

    Enablers come last under their own heading; groups without indicators are left out.
    """
    framework = annex.framework
    results = {r.code: r for r in annex.results}

    def below(group):
        # A plan of three or four levels: each group holding indicators somewhere below gets its heading.
        for child in group.children:
            if not child.all_indicators():
                continue
            yield ("outcome", child.code, child.name)
            for indicator in child.indicators:
                yield ("indicator", results[indicator.code])
            yield from below(child)

    for domain in framework.domains:
        yield ("domain", domain.code, domain.name)
        yield from below(domain)
    enablers = [e for e in framework.enablers if e.indicators]
    if enablers:
        heading = framework.level_names.get("enabler")
        yield ("domain", "E", heading)
        for enabler in enablers:
            yield ("outcome", enabler.code, enabler.name)
            for indicator in enabler.indicators:
                yield ("indicator", results[indicator.code])


def indicator_name(result: IndicatorResult, lang: str) -> str:
    return result.indicator.name.get(lang)


def region_label(region: str, lang: str) -> str:
    return region or labels(lang)["no_region"]


# The annex I title of a plan whose levels are named otherwise than 2020–2025's ("impact area"…).
LEVELS_TITLE = {"en": "Results by {first}, {second} and indicator, {period}",
                "zh": "{period} 年按{first}、{second}和指标分列的成果",
                "fr": "Résultats par {first}, {second} et indicateur, {period}",
                "es": "Resultados por {first}, {second} e indicador, {period}",
                "ru": "Результаты в разбивке по: {first}, {second}, показатель, {period}",
                "ar": "النتائج حسب {first} و{second} والمؤشر، {period}"}


def _level_words(framework: Framework, lang: str) -> list[str]:
    """The names of a plan's levels from the top down, one per depth (2020–2025: its domains and outcomes)."""
    words: dict[int, str] = {}
    for level in framework.levels:
        words.setdefault(level.number, level.name.get(lang))
    return [words[n] for n in sorted(words)]


def annex_title(key: str, annex: Annex, lang: str) -> str:
    """The title of annex ``key`` ('annex1'…); annex I names the levels of the annex's own plan."""
    text = labels(lang)[key].format(period=annex.period)
    words = _level_words(annex.framework, lang)
    if key != "annex1" or len(words) < 2:
        return text
    from db.framework import get_framework

    if words == _level_words(get_framework(), lang):
        return text  # the 2020–2025 plan's own words, as published
    if lang in ("en", "es", "fr", "ru"):  # a level's name inside a sentence
        words = [w[:1].lower() + w[1:] for w in words]
    separator = "、" if lang == "zh" else ", "
    return LEVELS_TITLE.get(lang, LEVELS_TITLE["en"]).format(first=separator.join(words[:-1]), second=words[-1],
                                                               period=annex.period)


def annex_heading(number: int, lang: str) -> str:
    text = labels(lang)
    return text["annex"].format(number=text["annex_numbers"][number - 1])
