"""An Excel data-entry template for offices that report by spreadsheet.

The workbook has an ``Entry`` sheet (first: the one an import reads) whose columns are the import
columns — drop-down lists for indicators (with their names), countries, qualifiers and breakdowns,
number formats and an input message on every column, the header protected —, an instructions sheet
(English or Chinese) and a ``Lists`` sheet with the values of the drop-downs. The office's records
of the year are pre-filled (grey, locked) with their record id and version in hidden columns, so
that importing the filled template back (``db.entry_template``) recognises them instead of adding
them twice.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from db.entry_template import (COMMENT_COLUMN, ENTRY_COLUMNS, ENTRY_SHEET, ID_COLUMN, SEPARATOR, VERSION_COLUMN,
                               column_letter)
from db.errors import OfficeFileError
from db.feedback import todos
from db.storage import output_error
from db.validation import AGE_GROUPS, DISABILITY, MAX_VALUE, SEXES, TEXT_LIMITS, country_name
from exports.aggregate import ExportError, open_for_export
from exports.service import refuse_overwriting_results
from exports.xlsx import put

BLANK_ROWS = 1000  # empty rows ready for entry below the pre-filled ones
UNLOCKED = Protection(locked=False)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
PREFILLED_FILL = PatternFill("solid", fgColor="EDEDED")
RETURNED_FILL = PatternFill("solid", fgColor="FCE5CD")  # as the app marks a returned year
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS = {"indicator": 48, "year": 8, "value": 14, "qualifier": 12, "country": 24, "city": 20, "entity": 24,
          "sex": 9, "age": 10, "disability": 10, "narrative": 48, "source": 30, "headquarters comment": 48}
QUALIFIER_WORDS = {"en": ("at least", "more than", "about"), "zh": ("至少", "超过", "约")}
QUALIFIER_CODES = {"at_least": 0, "more_than": 1, "about": 2}

TEXTS = {
    "en": {
        "instructions": "Instructions",
        "lists": "Lists",
        "title": "Habitat Results — data-entry template",
        "about": "Office: {office} ({code}) · Reporting year: {year} · Framework: {framework} · "
                 "Made {made} UTC from {file}",
        "steps": (
            "1. Enter one record per row on the sheet “Entry”, below the header. Select a cell to see "
            "what its column takes; the drop-down lists hold the indicators with their names, the "
            "countries, the qualifiers and the breakdowns.",
            "2. Grey rows are the office's records of {year} already in the file: leave them as they are. "
            "Importing recognises them and does not add them again; change them in the app. Orange rows "
            "are records headquarters returned, with its comment in the column “headquarters comment”: "
            "correct them in their row; importing stores each as its new version (the same record).",
            "3. Sum indicators (people, households) take a whole number in “value”; distinct indicators "
            "(cities, countries, named items) leave “value” empty: each row counts one city, country or item.",
            "4. sex, age and disability: fill them only in a row that is one part of a breakdown.",
            "5. Save the workbook as .xlsx and import it: in Habitat Results, File → Import CSV/XLSX…, or "
            "habitat-results import OFFICE-FILE THIS-FILE.xlsx. A problem is named by its cell (e.g. "
            "Entry!C14) and nothing is stored until every row is right.",
            "The sheet “Lists” shows every indicator with its unit and counting rule.",
        ),
        "column": "Column", "what": "What to enter",
        "list_headers": ("Indicator (pick in Entry)", "Code", "Name", "Unit", "Counting rule",
                         "Breakdowns", "", "Country (pick in Entry)"),
        "rules": {"sum": "sum: a whole number per row", "distinct": "distinct: value empty, one per row"},
        "prompts": {
            "indicator": "Pick an indicator from the list (code — name). Computed shares are not entered.",
            "year": "Reporting year, {first}–{last}.",
            "value": "Sum indicators: a whole number (people, households). Distinct indicators "
                     "(cities, countries, named items): leave empty.",
            "qualifier": "Leave empty for an exact figure, or pick: at least, more than, about.",
            "country": "Pick the country, or type its name or ISO 3166-1 alpha-3 code (e.g. Kenya or "
                       "KEN). Needed with a city and for indicators counting countries.",
            "city": "The city's name; give its country too.",
            "entity": "For indicators counting named items (plans, utilities…): the item's name.",
            "sex": "One part of a breakdown: female or male. Empty for a total.",
            "age": "One part of a breakdown: children (0–14), youth (15–24), adults (25–64), older (65+).",
            "disability": "One part of a breakdown: yes or no.",
            "narrative": "Example of impact (optional), up to 20,000 characters.",
            "source": "Where the figure comes from (optional).",
        },
        "error_title": "Not in the list",
        "error": "Pick a value from the list (or type the code). The import checks every cell.",
        "number_error": "A whole number is expected here.",
        "year_error": "A year from {first} to {last}.",
    },
    "zh": {
        "instructions": "说明",
        "lists": "列表",
        "title": "Habitat Results — 数据录入模板",
        "about": "办事处：{office}（{code}）· 报告年度：{year} · 框架：{framework} · "
                 "{made} UTC 由 {file} 生成",
        "steps": (
            "1. 在“Entry”工作表中每行录入一条记录（从标题行下方开始）。选中单元格即可看到该列的填写说明；"
            "下拉列表包含指标（带名称）、国家、限定语和分类。",
            "2. 灰色行是本办事处 {year} 年已在文件中的记录：请保持原样。导入时会识别这些行，不会重复添加；"
            "如需修改，请在应用程序中进行。橙色行是总部退回的记录，其意见在“headquarters comment”列中："
            "请在该行中更正；导入时每条记录都作为其新版本存储（仍是同一条记录）。",
            "3. 合计类指标（人数、户数）在“value”中填整数；不重复计数类指标（城市、国家、具名项目）"
            "的“value”留空：每行计为一个城市、国家或项目。",
            "4. sex、age、disability：仅在该行是某一分类的组成部分时填写。",
            "5. 将工作簿另存为 .xlsx 并导入：在 Habitat Results 中选择“文件 → 导入 CSV/XLSX…”，或运行 "
            "habitat-results import 办事处文件 本文件.xlsx。有问题的行会指出其单元格（如 Entry!C14），"
            "所有行都正确之前不会存储任何内容。",
            "“列表”工作表列出每个指标及其单位和计算规则。",
        ),
        "column": "列", "what": "填写内容",
        "list_headers": ("指标（在 Entry 中选择）", "代码", "名称", "单位", "计算规则", "分类", "",
                         "国家（在 Entry 中选择）"),
        "rules": {"sum": "合计：每行一个整数", "distinct": "不重复计数：value 留空，每行一个"},
        "prompts": {
            "indicator": "从列表中选择指标（代码 — 名称）。计算得出的比例不录入。",
            "year": "报告年度，{first}–{last}。",
            "value": "合计类指标：整数（人数、户数）。不重复计数类指标（城市、国家、具名项目）：留空。",
            "qualifier": "确切数字留空，或选择：至少、超过、约。",
            "country": "选择国家，或输入国家名称或 ISO 3166-1 三字母代码（如 肯尼亚 或 KEN）。"
                       "填写城市时及计算国家数的指标必填。",
            "city": "城市名称；同时填写其国家。",
            "entity": "计算具名项目（规划、公用事业等）的指标：项目名称。",
            "sex": "分类的组成部分：female（女）或 male（男）。合计留空。",
            "age": "分类的组成部分：children（0–14）、youth（15–24）、adults（25–64）、older（65+）。",
            "disability": "分类的组成部分：yes（是）或 no（否）。",
            "narrative": "影响实例（可选），最多 20,000 个字符。",
            "source": "数据来源（可选）。",
        },
        "error_title": "不在列表中",
        "error": "请从列表中选择（或输入代码）。导入时会检查每个单元格。",
        "number_error": "此处应填整数。",
        "year_error": "{first} 至 {last} 年之间的年份。",
    },
}


def indicator_choice(indicator, lang: str) -> str:
    return f"{indicator.code}{SEPARATOR}{indicator.name.get(lang)}"


def write_template(source: Path, out: Path, year: int, lang: str = "en") -> int:
    """Write the entry template of ``source``'s office for ``year`` to ``out``; returns the rows pre-filled.

    ``source`` is only read. The workbook appears complete or not at all (written under a
    temporary name, then renamed).
    """
    if lang not in TEXTS:
        raise ExportError.of("export_language_unknown", lang=lang, known=", ".join(TEXTS))
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError.of("folder_not_found", path=str(out.parent))
    refuse_overwriting_results(out, source, "the template")
    with open_for_export(source) as results:
        framework = results.framework_for(year)  # the plan of the year: its indicators, units, years
        if framework is None:
            plans = results.plans
            if len(plans) == 1:
                raise ExportError.of("year_outside_period", year=year, first=plans.first_year, last=plans.last_year)
            raise ExportError.of("template_year_outside_plans", year=year, file=Path(source).name,
                                 periods=plans.periods())
        try:
            office = results.office
        except OfficeFileError as exc:
            raise ExportError.of("template_from_headquarters", path=str(source)) from exc
        records = results.records(year=year)
        returned = {t["id"]: t["comment"] for t in todos(results) if t["year"] == year}
        book = _workbook(framework, office, records, year, lang, Path(source).name, returned)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        book.save(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise output_error(exc, out) or ExportError.of("export_not_writable", path=str(out),
                                                        detail=str(exc.strerror or exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return len(records)


def _workbook(framework, office, records, year: int, lang: str, file_name: str,
              returned: dict[str, str]) -> Workbook:
    t = TEXTS[lang]
    book = Workbook()
    # Entry comes first: an import reads (and checks) the first sheet. The structure is locked so
    # that the sheets stay in this order with these names.
    entry = book.active
    entry.title = ENTRY_SHEET
    info = book.create_sheet(t["instructions"])
    lists = book.create_sheet(t["lists"])
    book.security = WorkbookProtection(lockStructure=True)
    indicators = [i for i in framework.indicators() if i.enterable]
    countries = _country_choices(lang)
    _instructions(info, t, framework, office, year, lang, file_name)
    _lists(lists, t, framework, indicators, countries, lang)
    _entry(entry, t, framework, indicators, countries, records, lang, t["lists"], returned)
    return book


def _country_choices(lang: str) -> list[str]:
    import pycountry

    codes = sorted(c.alpha_3 for c in pycountry.countries)
    return [f"{code}{SEPARATOR}{country_name(code, lang)}" for code in codes]


def _instructions(ws, t, framework, office, year, lang, file_name) -> None:
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    about = put(ws, 2, 2, t["about"].format(
        office=office.name, code=office.code, year=year, made=made, file=file_name,
        framework=f"{framework.name.get(lang)} ({framework.id} {framework.version})"))
    about.alignment = WRAP
    _fit_height(ws, 2, about.value)
    row = 4
    for step in t["steps"]:
        number, _, text = step.partition(". ") if step[:1].isdigit() else ("", "", step)
        ws.cell(row=row, column=1, value=number and f"{number}.").alignment = WRAP
        ws.cell(row=row, column=2, value=text.format(year=year)).alignment = WRAP
        _fit_height(ws, row, text)
        row += 1
    row += 1
    for column, text in enumerate((t["column"], t["what"]), start=1):
        ws.cell(row=row, column=column, value=text).font = BOLD
        ws.cell(row=row, column=column).fill = HEADER_FILL
    for name in ENTRY_COLUMNS:
        row += 1
        ws.cell(row=row, column=1, value=name).alignment = WRAP
        ws.cell(row=row, column=2, value=_prompt(t, name, framework)).alignment = WRAP
        _fit_height(ws, row, _prompt(t, name, framework))
    _print_setup(ws)
    ws.protection.sheet = True


def _fit_height(ws, row: int, text: str) -> None:
    """Room for wrapped text in column B (not every program fits row heights when opening)."""
    width = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # CJK characters are twice as wide
    ws.row_dimensions[row].height = 15 * (1 + width // 95)


def _print_setup(ws) -> None:
    """A4, as wide as the page, as many pages down as needed."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _prompt(t, name: str, framework) -> str:
    return t["prompts"][name].format(first=framework.first_year, last=framework.last_year)


def _lists(ws, t, framework, indicators, countries, lang) -> None:
    for column, text in enumerate(t["list_headers"], start=1):
        if text:
            ws.cell(row=1, column=column, value=text).font = BOLD
            ws.cell(row=1, column=column).fill = HEADER_FILL
    for row, ind in enumerate(indicators, start=2):
        ws.cell(row=row, column=1, value=indicator_choice(ind, lang))
        ws.cell(row=row, column=2, value=ind.code)
        ws.cell(row=row, column=3, value=ind.name.get(lang))
        ws.cell(row=row, column=4, value=framework.unit_name(ind.unit, lang))
        ws.cell(row=row, column=5, value=t["rules"].get(ind.rule, ind.rule))
        ws.cell(row=row, column=6, value=", ".join(ind.disaggregations))
    for row, text in enumerate(countries, start=2):
        ws.cell(row=row, column=8, value=text)
    for letter, width in zip("ABCDEFGH", (60, 8, 60, 16, 28, 20, 2, 36)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    _print_setup(ws)
    ws.protection.sheet = True


def _entry(ws, t, framework, indicators, countries, records, lang, lists_name, returned) -> None:
    # Headquarters' comment only where it returned records: a template without returns is as before.
    columns = (*ENTRY_COLUMNS, ID_COLUMN, VERSION_COLUMN, *((COMMENT_COLUMN,) if returned else ()))
    letter = {name: column_letter(i) for i, name in enumerate(columns)}
    last = 1 + len(records) + BLANK_ROWS
    for i, name in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i, value=name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        ws.column_dimensions[letter[name]].width = WIDTHS.get(name, 10)
    for name in (ID_COLUMN, VERSION_COLUMN):
        ws.column_dimensions[letter[name]].hidden = True
    formats = {"year": "0", "value": "#,##0"}
    text_format = "@"  # codes and names stay text: no dates or numbers made of them
    by_code = {i.code: i for i in indicators}
    for row, record in enumerate(records, start=2):
        ind = by_code.get(record.indicator)
        values = {
            "indicator": indicator_choice(ind, lang) if ind else record.indicator,
            "year": record.year, "value": record.value,
            "qualifier": (QUALIFIER_WORDS[lang][QUALIFIER_CODES[record.qualifier]]
                          if record.qualifier in QUALIFIER_CODES else ""),
            "country": (f"{record.country}{SEPARATOR}{country_name(record.country, lang)}"
                        if country_name(record.country) else record.country),
            ID_COLUMN: record.id, VERSION_COLUMN: record.version,
            COMMENT_COLUMN: returned.get(record.id, ""),
        }
        to_correct = record.id in returned  # open for correction, marked, with the comment beside
        for i, name in enumerate(columns, start=1):
            # What the office typed is written as text, never as a formula (= + - @).
            cell = put(ws, row, i, values.get(name, getattr(record, name, None)))
            cell.fill = RETURNED_FILL if to_correct else PREFILLED_FILL
            cell.number_format = formats.get(name, text_format)
            if to_correct and name in ENTRY_COLUMNS:
                cell.protection = UNLOCKED
    for row in range(2 + len(records), last + 1):
        for i, name in enumerate(ENTRY_COLUMNS, start=1):
            cell = ws.cell(row=row, column=i)
            cell.protection = UNLOCKED
            cell.number_format = formats.get(name, text_format)
    ws.freeze_panes = "B2"
    ws.page_setup.orientation = "landscape"
    _print_setup(ws)
    ws.print_title_rows = "1:1"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column stays possible
    ws.protection.formatRows = False

    def validation(name: str, **kw) -> None:
        kw.setdefault("allow_blank", True)
        dv = DataValidation(showInputMessage=True, promptTitle=name[:32], prompt=_prompt(t, name, framework)[:255],
                            **kw)
        dv.add(f"{letter[name]}2:{letter[name]}{last}")
        ws.add_data_validation(dv)

    def choices(values) -> str:
        return '"' + ",".join(values) + '"'

    listed = dict(type="list", showErrorMessage=True, errorStyle="warning", errorTitle=t["error_title"],
                  error=t["error"])
    validation("indicator", formula1=f"'{lists_name}'!$A$2:$A${1 + len(indicators)}", **listed)
    validation("country", formula1=f"'{lists_name}'!$H$2:$H${1 + len(countries)}", **listed)
    validation("qualifier", formula1=choices(QUALIFIER_WORDS[lang]), **listed)
    validation("sex", formula1=choices(SEXES), **listed)
    validation("age", formula1=choices(AGE_GROUPS), **listed)
    validation("disability", formula1=choices(DISABILITY), **listed)
    validation("year", type="whole", operator="between", formula1=str(framework.first_year),
               formula2=str(framework.last_year), showErrorMessage=True, errorTitle=t["error_title"],
               error=t["year_error"].format(first=framework.first_year, last=framework.last_year))
    validation("value", type="whole", operator="between", formula1="0", formula2=str(MAX_VALUE),
               showErrorMessage=True, errorStyle="warning", errorTitle=t["error_title"], error=t["number_error"])
    for name in ("city", "entity", "narrative", "source"):
        validation(name, type="textLength", operator="lessThanOrEqual", formula1=str(TEXT_LIMITS[name]),
                   showErrorMessage=True, errorStyle="warning")
