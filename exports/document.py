"""What every annex document says around the figures: the masthead settings, headings, footnotes.

Defaults are those of the Executive Director's report HSP/OECPR.2025/5; each can be changed.
As in the report, "Distr.: General", the date and "Original: English" stay in English in the
Chinese version.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from db.framework import Framework
from exports.aggregate import Annex, IndicatorResult

LANGUAGES = ("en", "zh")
# Printed on every page and sheet of an annex exported although the check found blocking problems.
WATERMARK = {"en": "Working draft — not for publication", "zh": "工作草稿——不得发布"}

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
}


@dataclass(frozen=True)
class DocumentSettings:
    """The masthead of the annex document. Empty fields take the report's text in ``lang``."""

    lang: str = "en"
    symbol: str = "HSP/OECPR.2025/5"
    date: str = "4 March 2025"
    original: str = "English"
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

    def resolved(self) -> "DocumentSettings":
        """These settings with every empty field filled from the report's defaults."""
        if self.lang not in LANGUAGES:
            from exports.aggregate import ExportError

            raise ExportError(f"language '{self.lang}' is not one of {', '.join(LANGUAGES)}")
        defaults = DEFAULTS[self.lang]
        filled: dict[str, Any] = {f.name: defaults[f.name] for f in fields(self)
                                  if f.name in defaults and not getattr(self, f.name)}
        return replace(self, **filled)


LABELS = {
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
    },
}


def labels(lang: str) -> dict:
    return LABELS.get(lang, LABELS["en"])


def unit_label(framework: Framework, unit: str, lang: str) -> str:
    """A unit as a table column shows it: "cities", "城市" (no measure word), "%" for shares."""
    text = framework.unit_name(unit, lang)
    if lang == "zh" and len(text) > 1 and text[0] in "个家次":
        text = text[1:]
    return text


def watermark(lang: str) -> str:
    """The working-draft mark: in the document's language first, then in the other one."""
    return " / ".join([WATERMARK[lang], *(t for k, t in WATERMARK.items() if k != lang)])


def used_rules(annex: Annex) -> list[str]:
    return [r for r in ("sum", "distinct", "derived") if any(x.rule == r for x in annex.results)]


def notes(annex: Annex, lang: str) -> list[str]:
    """The footnotes of annex I: one per counting rule used, then qualifiers, columns and statuses."""
    text = labels(lang)
    found = [text[f"note_{rule}"] for rule in used_rules(annex)]
    found += [text["note_qualifier"], text["note_columns"], text["note_status"]]
    if annex.source.include_drafts:
        found.append(text["note_status_drafts"])
    return found


def outline(annex: Annex):
    """Annex I in reading order: ("domain"|"outcome", code, name) headings and ("indicator", result) rows.

    Enablers come last under their own heading; groups without indicators are left out.
    """
    framework = annex.framework
    results = {r.code: r for r in annex.results}
    for domain in framework.domains:
        yield ("domain", domain.code, domain.name)
        for outcome in domain.children:
            if not outcome.indicators:
                continue
            yield ("outcome", outcome.code, outcome.name)
            for indicator in outcome.indicators:
                yield ("indicator", results[indicator.code])
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


def annex_heading(number: int, lang: str) -> str:
    text = labels(lang)
    return text["annex"].format(number=text["annex_numbers"][number - 1])
