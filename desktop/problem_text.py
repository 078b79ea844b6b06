"""The core's problems and refusals in the user-interface language, chosen by their code.

Every problem (``db.errors.Problem``, ``db.quality.RowProblem``) and every failure the core raises
carries a code and its parameters (``db.errors.MESSAGES`` lists the codes with their English).
Here each code is said through Qt Linguist like every other string, the source text being the
core's English for the code, written once in ``db.errors.MESSAGES`` (a few codes the app words its
own way). The message a running core produces is never read: a code without a template here is
shown as the core wrote it. The .ts files hold these sources under the contexts listed below (the
tests name a code left untranslated); lupdate does not see them, ``tools/translations.py`` adds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from db import storage
from db.errors import MESSAGES, HabitatError, ValidationError
from db.framework import Framework
from db.untrusted import UntrustedFileError
from desktop import terms
from desktop.i18n import left_to_right
from desktop.vocabulary import column_titles

# The measure words the framework's Chinese units start with (个城市): dropped inside a sentence.
_MEASURE_WORDS = "个家次"


def _marked(context: str) -> Callable[[str], tuple[str, str]]:
    """Marks a template for translation in ``context`` (the .ts file lists it there); translated when used."""
    return lambda text: (context, text)


def _translator(context: str) -> Callable[[str], str]:
    """Qt's translation in ``context``."""
    return lambda text: QCoreApplication.translate(context, text)


# The English of each code is written once, in ``db.errors.MESSAGES``, and is the source text that the
# .ts files translate (context, English): taken from there when this module is loaded, so that what a
# running core says (``problem.message``) is never read. Each context lists its codes; a code the app
# says otherwise than the core is in ``_OWN_WORDS``, with the app's English.
_CORE_ENGLISH = dict(MESSAGES)

# What is wrong with a field, by code.
_PROBLEM_CODES = (
    "indicator_required", "indicator_unknown", "indicator_computed", "year_required", "year_outside_period",
    "year_outside_plans", "indicator_removed", "outcome_unknown", "too_long", "control_character", "line_break",
    "tab", "not_text", "country_code_unknown", "country_for_city", "distinct_value", "city_required",
    "country_required", "entity_required", "value_required", "not_whole_number", "not_whole_number_point",
    "not_whole_number_decimals", "negative", "implausibly_large", "qualifier_unknown", "not_one_of",
    "not_broken_down", "not_editable", "country_ambiguous", "country_not_found", "decision_unknown",
    "comment_required", "office_code_invalid", "office_name_required", "office_country_unknown",
    "duplicate_of_record", "duplicate_of_row", "part_without_total", "parts_over_total", "total_has_parts",
    "copy_unchanged",
)

# The text of each storage failure, by code (see ``db.storage``).
_STORAGE_CODES = (
    "disk_full", "locked", "read_only", "output_read_only", "vanished", "changed", "disk_error",
)

# Why a file was refused, or another failure of the core, by code (see ``db.errors``).
_REFUSAL_CODES = (
    "broken_link", "export_language_unknown", "export_font_missing", "export_layout_failed", "no_such_file",
    "is_folder", "not_regular_file", "interrupted_write", "in_use", "permission_denied", "unreadable", "empty_file",
    "truncated_signature", "text_file", "encrypted", "not_sqlite", "truncated_header", "bad_page_size",
    "truncated_pages", "truncated_short", "forbidden_object", "extra_table", "extra_index", "missing_part",
    "layout_differs", "sqlite_unreadable", "damaged", "damaged_steps", "integrity", "another_application",
    "newer_version", "steps_mismatch", "identity_incomplete", "not_office_file", "not_headquarters_file",
    "feedback_is_folder", "feedback_too_large", "feedback_not_json", "not_feedback", "feedback_other_version",
    "feedback_incomplete", "not_a_review", "review_field_is", "review_field", "review_repeated",
    "feedback_other_office", "feedback_plan_invalid", "office_count", "plan_needs_newer_app", "plan_damaged",
    "plan_not_held", "plan_differs", "office_not_text", "office_invalid", "duplicate_record_id", "narrative_invalid",
    "record_of_other_office", "hq_not_headquarters", "hq_unreadable", "hq_another_application", "hq_newer_version",
    "hq_office_file", "hq_not_habitat", "key_unreadable", "key_not_written", "key_none", "key_export_exists",
    "signature_bad", "signature_other_file", "signature_missing", "signature_not_covering",
    "signature_not_covering_narrative", "key_revoked", "key_of_other_office", "key_unknown", "key_ambiguous",
    "hq_damaged", "record_not_found", "file_not_found", "file_is_folder", "file_unreadable", "file_empty",
    "file_not_sqlite", "file_not_lockable", "file_damaged", "file_framework", "file_exists", "folder_not_found",
    "file_unopenable", "file_read_only", "hq_holds_offices", "office_listed", "file_newer_version",
    "file_foreign_sqlite", "file_bad_schema_number", "file_other_application", "record_missing", "record_locked",
    "record_deleted", "unfinished_row_missing", "year_already_submitted", "year_nothing_to_submit", "year_changed",
    "review_deleted", "review_conflict", "office_unknown", "office_ambiguous", "feedback_not_writable",
    "feedback_over_results", "feedback_to_headquarters", "no_open_conflict", "version_replaced", "not_a_version",
    "plan_unreadable", "plan_too_large", "plan_not_json", "plan_invalid", "plan_format_newer", "plan_status_unknown",
    "plan_overlaps", "plan_version_differs", "plan_version_older", "file_plan_newer", "file_plan_damaged",
    "export_plan_provisional", "export_format_unknown", "export_over_source", "export_over_results",
    "template_over_source", "template_over_results", "export_not_writable", "export_years_many_plans",
    "export_years_outside_plan", "export_years_outside_plans", "export_years_invalid",
    "template_year_outside_plans", "template_from_headquarters",
)

# What is wrong with a table being imported, by code (see ``db.tablefile``, ``db.importer``).
_IMPORT_CODES = (
    "unsupported_type", "file_too_large", "line_too_long", "too_many_rows", "cell_too_long", "not_csv",
    "not_workbook", "too_many_parts", "unpacks_too_large", "no_worksheet", "first_sheet_missing", "xml_unreadable",
    "part_unpack_failed", "doctype", "xlsx_cell_too_long", "shared_text_too_long", "too_many_texts", "beyond_column",
    "sheet_too_many_rows", "range_too_large", "not_a_file", "cells_over_header", "empty_table",
    "spreadsheet_unreadable", "unknown_column", "unknown_column_separator", "unnamed_column", "column_twice",
    "column_missing", "imported_before", "sheet_empty", "prefilled_not_in_file", "prefilled_deleted",
    "prefilled_cleared", "prefilled_differs", "prefilled_differs_changed",
)

# What is wrong with a plan workbook or a plan file, by code (``db.plan_format``, ``db.plan_workbook``).
_PLAN_CODES = (
    "plan_format_unknown", "plan_over_other_file", "plan_file_too_large", "plan_file_invalid", "plan_required",
    "plan_required_with", "plan_english_required", "plan_not_text", "plan_number_for_text", "plan_not_number",
    "plan_not_whole_number", "plan_not_above_zero", "plan_negative", "plan_not_one_of", "plan_too_long",
    "plan_control_character", "plan_code_invalid", "plan_language_unknown", "plan_key_unknown", "plan_key_missing",
    "plan_sheet_too_large", "plan_key_twice", "plan_column_unknown", "plan_column_twice", "plan_column_missing",
    "plan_no_header", "plan_not_a_list", "plan_sheet_empty", "plan_sheet_missing", "plan_sheet_hidden",
    "plan_row_hidden", "plan_column_hidden", "plan_formula", "plan_error_value", "plan_date",
    "plan_workbook_refused", "plan_year_invalid",
    "plan_years_reversed", "plan_years_overlap_builtin", "plan_builtin_other_counting", "plan_factor",
    "plan_level_number", "plan_level_key_invalid", "plan_level_gap", "plan_level_unknown", "plan_duplicate",
    "plan_cycle", "plan_parent_unknown", "plan_parent_required", "plan_parent_at_top", "plan_parent_level",
    "plan_group_holds_groups", "plan_unit_unknown", "plan_counts_required", "plan_only_for",
    "plan_indicator_unknown", "plan_derived_from_derived", "plan_derived_same", "plan_share_above_100",
    "plan_target_year", "plan_target_equals_baseline", "plan_rule_not_enterable", "plan_rule_same",
    "plan_crosswalk_self", "plan_crosswalk_unknown", "plan_crosswalk_overlap",
)

# Said otherwise than the core: without the command line's options, with a number where the core counts in
# words, with what the window shows around it.
_OWN_WORDS: dict[str, tuple[str, str]] = {
    "integrity_more": _marked("Refusal")("damaged: SQLite's integrity check reports '{detail}' and {more} more "
                                         "problem(s)"),
    "other_framework": _marked("Refusal")("it uses the framework {framework} version {version}, which this "
                                          "headquarters file does not know (it holds {held})"),
    "invalid_records": _marked("Refusal")("records that are not valid: {problems}"),
    "office_held_elsewhere": _marked("Refusal")("office {office} is held at headquarters from another file (file id "
                                                "{held}, {name}, first merged {first}); this file has file id "
                                                "{file_id} (created {created}). If the office's laptop was "
                                                "reinstalled, merge it again confirming the new file"),
    "key_new": _marked("Refusal")("it is signed with a key headquarters does not know for office {office} ({key}); "
                                  "headquarters knows the office by {known}. If the office has a new laptop or a new "
                                  "colleague, merge it again confirming the new key"),
    "not_utf8": _marked("ImportText")("not UTF-8 text: {places}. In Excel, save it with File > Save As > 'CSV UTF-8 "
                                      "(Comma delimited)'"),
    "nothing_imported": _marked("ImportText")("{source}: nothing imported; {problems} problem(s)"),
}


@cache
def _sources() -> dict[str, tuple[str, str]]:
    """Every code the app can say, with the context and English source of its template."""
    contexts = {"ProblemText": _PROBLEM_CODES, "StorageError": _STORAGE_CODES, "Refusal": _REFUSAL_CODES,
                "ImportText": _IMPORT_CODES, "PlanText": _PLAN_CODES}
    sources = {code: (context, _CORE_ENGLISH[code]) for context, codes in contexts.items() for code in codes}
    return {**sources, **_OWN_WORDS}


def template(code: str) -> str | None:
    """The template of ``code`` in the language installed now, or None if the app has none."""
    source = _sources().get(code)
    return QCoreApplication.translate(*source) if source else None


def templates() -> dict[str, str]:
    """Every code the app says, with its template in the language installed now."""
    return {code: QCoreApplication.translate(*source) for code, source in _sources().items()}


def _words() -> dict[str, str]:
    """Words the core puts in its parameters (an entity's kind, a file's kind)."""
    tr = _translator("ProblemText")
    return {"city": tr("city"), "country": tr("country"), "named": tr("named item"),
            "country or city": tr("country or city"), "office": tr("office"), "headquarters": tr("headquarters")}


def _unit(unit: str, lang: str, framework: Framework | None) -> str:
    """A unit as a noun in ``lang`` (the framework's Chinese units carry a measure word: 个城市)."""
    if framework is None or unit not in framework.units:
        return unit
    name = framework.unit_name(unit, lang) or unit
    if lang == "zh" and len(name) > 1 and name[0] in _MEASURE_WORDS:
        return name[1:]
    return name


def _column_title(field: str) -> str:
    return column_titles().get(field, field)


def say(code: str, params: Mapping[str, Any], english: str, lang: str = "zh",
        framework: Framework | None = None) -> str:
    """The text of ``code`` in the UI language; ``english`` (the core's words) when there is no template."""
    if lang == "en" or not code:
        return english
    text = template(code)
    if text is None:
        return english
    values = dict(params)
    if "unit" in values:
        values["unit"] = _unit(str(values["unit"]), lang, framework)
    words = _words()
    for name in ("entity", "found"):
        if name in values:
            values[name] = words.get(str(values[name]), values[name])
    if "field" in values:
        values["field"] = _column_title(str(values["field"]))
    if "status" in values:
        values["status"] = terms.status_labels().get(str(values["status"]), values["status"])
    for name in ("code", "indicator", "numerator", "denominator"):  # "1.1.c", not "c.1.1", in Arabic
        if name in values and isinstance(values[name], str):
            values[name] = left_to_right(values[name])
    if storage.ANOTHER_PROGRAM == values.get("holder"):
        values["holder"] = QCoreApplication.translate("StorageError", "another program")
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return english


def localize(problem, lang: str, framework: Framework | None = None) -> str:
    """A problem (anything with ``code``, ``params`` and ``message``) in the UI language."""
    return say(getattr(problem, "code", ""), getattr(problem, "params", {}), problem.message, lang, framework)


def storage_text(error: storage.StorageError) -> str:
    """A storage failure in the UI language, chosen by its code."""
    return say(error.code, error.params, str(error))


def reason_text(error: HabitatError, english: str) -> str:
    """Why a file was refused, without its path in front, in the language installed (see
    ``desktop.i18n``); ``english``: the core's words for it."""
    return say(error.code, error.params, english, "")


def problem_line(problem, lang: str, framework: Framework | None = None) -> str:
    """'country: why', with the record's number in front when the problem belongs to one of a batch."""
    if lang == "en":
        return str(problem)
    text = QCoreApplication.translate("ProblemText", "{column}: {message}").format(
        column=_column_title(problem.field), message=localize(problem, lang, framework))
    if problem.row is None:
        return text
    return QCoreApplication.translate("ProblemText", "record {row}, {problem}").format(row=problem.row + 1,
                                                                                      problem=text)


def error_text(error: HabitatError, lang: str, framework: Framework | None = None) -> str:
    """Any failure of the core, as the user should read it in ``lang``."""
    if lang == "en":
        return str(error)
    if isinstance(error, ValidationError):
        return "; ".join(problem_line(p, lang, framework) for p in error.problems)
    if isinstance(error, storage.StorageError):
        return storage_text(error)
    if isinstance(error, UntrustedFileError) and template(error.code) is not None:
        path = error.params.get("path", "")
        return QCoreApplication.translate("Refusal", "{path}: refused: {reason}").format(
            path=path, reason=say(error.code, error.params, str(error), lang))
    return say(error.code, error.params, str(error), lang, framework)


def import_problem_text(problem, lang: str, framework: Framework | None = None) -> str:
    """A problem of a table being imported (``db.importer.ImportProblem``), with where it is."""
    if lang == "en":
        return str(problem)
    tr = _translator("ImportText")
    where = getattr(problem, "cell", "") or (tr("line {line}").format(line=problem.line) if problem.line
                                             else tr("file"))
    message = localize(problem, lang, framework)
    if problem.column:
        return tr("{where}, {column}: {message}").format(where=where, column=problem.column, message=message)
    return tr("{where}: {message}").format(where=where, message=message)
