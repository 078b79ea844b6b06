"""The core's problems and refusals in the user-interface language, chosen by their code.

Every problem (``db.errors.Problem``, ``db.quality.RowProblem``) and every failure the core raises
carries a code and its parameters (``db.errors.MESSAGES`` lists the codes with their English).
Here each code has its own template, said through Qt Linguist like every other string; the core's
English is never read, so rewording it changes nothing here. A code without a template here is
shown as the core wrote it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from db import storage
from db.errors import HabitatError, ValidationError
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


def _problem_templates() -> dict[str, tuple[str, str]]:
    """What is wrong with a field, by code."""
    tr = _marked("ProblemText")
    return {
        "indicator_required": tr("required: an indicator code of {framework}, such as 1.1.a"),
        "indicator_unknown": tr("'{code}' is not an indicator of {framework} {version}"),
        "indicator_computed": tr("{code} is computed from {numerator} ÷ {denominator} and cannot be entered"),
        "year_required": tr("required: a year from {first} to {last}"),
        "year_outside_period": tr("{year} lies outside the plan period {first}–{last}"),
        "year_outside_plans": tr("{year} lies outside the plans of this file ({periods})"),
        "indicator_removed": tr("{code} was removed from the plan {plan} by its version {version}; its records "
                                "are kept, read-only, and not counted"),
        "outcome_unknown": tr("'{outcome}' is not an outcome of {framework}"),
        "too_long": tr("too long ({count} characters); at most {limit}"),
        "control_character": tr("contains the control character {char} at character {position}, which is not "
                                "text; retype it"),
        "line_break": tr("a line break at character {position}; this field is one line of text"),
        "tab": tr("a tab at character {position}; this field is one line of text"),
        "not_text": tr("is not text"),
        "country_code_unknown": tr("'{text}' is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)"),
        "country_for_city": tr("required when a city is given: the ISO 3166-1 alpha-3 code of the city's country"),
        "distinct_value": tr("leave empty (or 1) for {code}: each record counts one {entity}"),
        "city_required": tr("required for {code}, which counts cities (with the city's country)"),
        "country_required": tr("required for {code}: the ISO 3166-1 alpha-3 code"),
        "entity_required": tr("required for {code}: the name of the {unit} counted"),
        "value_required": tr("required for {code}: a whole number of {unit}"),
        "not_whole_number": tr("'{text}' is not a whole number of {unit}"),
        "not_whole_number_point": tr("'{text}' is not a whole number of {unit}; the point may separate "
                                     "thousands (1.200 = 1200 in many languages) or decimals (1.2): write the "
                                     "number without separators"),
        "not_whole_number_decimals": tr("'{text}' is not a whole number of {unit}; a count is a whole number, "
                                        "without decimals"),
        "negative": tr("{value} is negative; counts are whole numbers of 0 or more"),
        "implausibly_large": tr("{value} is implausibly large (more than {limit})"),
        "qualifier_unknown": tr("'{text}' is not one of: none, at least, more than, about"),
        "not_one_of": tr("'{text}' is not one of: {allowed}"),
        "not_broken_down": tr("{code} is not broken down by {field}; leave it empty"),
        "not_editable": tr("not a field that can be edited"),
        "country_ambiguous": tr("'{text}' could be {names}: type more letters or the code"),
        "country_not_found": tr("'{text}' is not a country: type its name, its ISO 3166-1 alpha-3 code "
                                "(e.g. KEN) or the first letters of its name"),
        "decision_unknown": tr("'{text}' is not one of: {allowed}"),
        "comment_required": tr("required when returning records: say what the office should change"),
        "office_code_invalid": tr("the office code must be 1–20 letters, digits or hyphens"),
        "office_name_required": tr("required: the office's name"),
        "office_country_unknown": tr("'{text}' is not an ISO 3166-1 alpha-3 country code"),
        "duplicate_of_record": tr("a duplicate of {record}, already in the file"),
        "duplicate_of_row": tr("a duplicate of {row} ({described})"),
        "part_without_total": tr("a breakdown row says 'of which', but {place} has no total: add the total as "
                                 "a row without sex, age and disability"),
        "parts_over_total": tr("the parts by {dimension} of {place} ({listed}) add up to {added}, more than "
                               "their total {total} ({named}); breakdown rows say 'of which' and may not "
                               "exceed the total"),
    }


def _storage_templates() -> dict[str, tuple[str, str]]:
    """The text of each storage failure, by code (see ``db.storage``)."""
    tr = _marked("StorageError")
    return {
        storage.DISK_FULL: tr("{path}: not saved: the disk is full. Nothing was changed; free some space and "
                              "try again."),
        storage.LOCKED: tr("{path}: in use by {holder}; nothing was changed. Try again in a moment, or close "
                           "the file there."),
        storage.READ_ONLY: tr("{path}: the file is on a read-only medium (a CD, a write-protected disk, a "
                              "read-only folder or file): copy it to a folder you can write to. Nothing was "
                              "changed."),
        storage.OUTPUT_READ_ONLY: tr("{path}: cannot be written: its folder is on a read-only medium (a CD, a "
                                     "write-protected disk, a read-only folder): choose a folder you can write "
                                     "to"),
        storage.VANISHED: tr("{path}: the file is gone (moved, deleted, or its disk removed). Nothing was "
                             "saved; open it again from where it is now."),
        storage.CHANGED: tr("{path}: the file was changed by another program while it was being read; try "
                            "again."),
        storage.DISK_ERROR: tr("{path}: the disk failed while reading or writing ({detail}). Nothing was "
                               "changed; check the disk or network drive and try again."),
    }


def _refusal_templates() -> dict[str, tuple[str, str]]:
    """Why a file was refused, or another failure of the core, by code (see ``db.errors``)."""
    tr = _marked("Refusal")
    return {
        "broken_link": tr("a link to a file that does not exist"),
        "export_language_unknown": tr("language '{lang}' is not one of {known}"),
        "export_font_missing": tr("the PDF font {font} was not found; reinstall Habitat Results (its fonts are in "
                                  "resources/fonts) or install {package}"),
        "export_layout_failed": tr("the annex cannot be laid out on the page: {detail}"),
        "no_such_file": tr("no such file"),
        "is_folder": tr("is a folder, not a results file"),
        "not_regular_file": tr("not a regular file (a device or a pipe)"),
        "interrupted_write": tr("it was being written when last closed ({journal} lies next to it); open it "
                                "once in Habitat Results on that computer, then send it again"),
        "in_use": tr("locked by another program that is writing to it; close it there (or wait) and try again"),
        "permission_denied": tr("cannot be read: permission denied, or locked by another program"),
        "unreadable": tr("cannot be read ({reason})"),
        "empty_file": tr("the file is empty (0 bytes)"),
        "truncated_signature": tr("truncated: the file ends after {size} bytes, inside the SQLite signature"),
        "text_file": tr("a text file, not a results file"),
        "encrypted": tr("not readable: the file looks encrypted (whole pages of unreadable data with no SQLite "
                        "signature); Habitat Results files are never encrypted"),
        "not_sqlite": tr("not a results file: binary data that is not an SQLite database (damaged, or another "
                         "kind of file)"),
        "truncated_header": tr("truncated: only {size} bytes, shorter than the {header}-byte SQLite header"),
        "bad_page_size": tr("damaged header: page size {page_size} is impossible"),
        "truncated_pages": tr("truncated: {size} bytes is not a whole number of {page_size}-byte pages"),
        "truncated_short": tr("truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes "
                              "({expected} bytes)"),
        "forbidden_object": tr("it contains a {kind} ('{name}'), which a results file never has; the file may "
                               "have been tampered with"),
        "extra_table": tr("it contains a table '{name}' that a results file does not have"),
        "extra_index": tr("it contains an index '{name}' that a results file does not have"),
        "missing_part": tr("incomplete: the table or index '{name}' of a results file is missing"),
        "layout_differs": tr("the layout of '{name}' differs from a results file's"),
        "sqlite_unreadable": tr("SQLite cannot read it (encrypted, or damaged beyond the header)"),
        "damaged": tr("damaged: SQLite reports '{detail}'"),
        "damaged_steps": tr("damaged: {detail}"),
        "integrity": tr("damaged: SQLite's integrity check reports '{detail}'"),
        "integrity_more": tr("damaged: SQLite's integrity check reports '{detail}' and {more} more problem(s)"),
        "another_application": tr("an SQLite database of another application, not a Habitat Results file"),
        "newer_version": tr("made by a newer version of Habitat Results (file schema {version}, this app knows "
                            "{known}); please update the app"),
        "steps_mismatch": tr("its recorded schema steps ({steps}) do not match schema version {version}"),
        "identity_incomplete": tr("its identity is incomplete (no '{key}')"),
        "not_office_file": tr("is a {found} file, not an office file"),
        "not_headquarters_file": tr("is a {found} file, not a headquarters file"),
        "feedback_is_folder": tr("is a folder, not a feedback file"),
        "feedback_too_large": tr("too large for a feedback file ({size} bytes)"),
        "feedback_not_json": tr("not a feedback file from headquarters (not readable JSON: {detail})"),
        "not_feedback": tr("not a feedback file from headquarters"),
        "feedback_other_version": tr("made by another version of Habitat Results (feedback format {found}, this "
                                     "app reads {known})"),
        "feedback_incomplete": tr("incomplete: no office or no reviews"),
        "not_a_review": tr("review {n} is not a review"),
        "review_field_is": tr("review {n}: its {name} {reason}"),
        "review_field": tr("review {n}: its {name}: {reason}"),
        "review_repeated": tr("review {n} is about record {record} again (review {first}); a feedback file holds "
                              "one decision per record"),
        "feedback_other_office": tr("it is for office {office}, but {file} is {own}'s file"),
        "feedback_plan_invalid": tr("the plan {n} it carries is not valid: {detail}"),
        "other_framework": tr("it uses the framework {framework} version {version}, which this headquarters file "
                              "does not know (it holds {held})"),
        "office_count": tr("it names {count} offices; an office file names exactly one"),
        "plan_needs_newer_app": tr("it holds the plan {plan} in plan format {format}, which needs a newer version "
                                   "of Habitat Results (this app reads plan formats up to {known}); please update "
                                   "the app"),
        "plan_damaged": tr("its plan {plan} is damaged ({detail})"),
        "plan_not_held": tr("it uses the plan {plan}, which this headquarters file does not hold (it holds "
                            "{held}); headquarters adds the plan first (plan add), then sends it to the offices"),
        "plan_differs": tr("its plan {plan} differs from the one headquarters holds under the same id and version "
                           "in what counting depends on (substance {theirs}… here, {ours}… at headquarters); the "
                           "office needs the plan file headquarters issued"),
        "office_not_text": tr("its office ({office}) is not valid: its {fields} is not text"),
        "office_invalid": tr("its office ({office}) is not valid: {problems}"),
        "duplicate_record_id": tr("the record id {id} appears {count} times; every record must have its own id"),
        "invalid_records": tr("records that are not valid: {problems}"),
        "narrative_invalid": tr("the outcome narrative {outcome} {year} is not valid: {problems}"),
        "record_of_other_office": tr("the record {id} belongs to office {owner} at headquarters, but this file "
                                     "is from {office}"),
        "office_held_elsewhere": tr("office {office} is held at headquarters from another file (file id {held}, "
                                    "{name}, first merged {first}); this file has file id {file_id} (created "
                                    "{created}). If the office's laptop was reinstalled, merge it again "
                                    "confirming the new file"),
        "hq_not_headquarters": tr("{path}: not a headquarters file"),
        "hq_unreadable": tr("{path}: cannot be read as a headquarters file ({detail})"),
        "hq_another_application": tr("{path}: an SQLite database of another application, not a headquarters "
                                     "file; give the headquarters file first (it is created on the first merge)"),
        "hq_newer_version": tr("{path}: made by a newer version of Habitat Results (file schema {version}, this "
                               "app knows {known}); please update the app"),
        "hq_office_file": tr("{path}: an office file, not a headquarters file; give the headquarters file first "
                             "(it is created on the first merge)"),
        "hq_not_habitat": tr("{path}: not a Habitat Results file, not a headquarters file; give the headquarters "
                             "file first (it is created on the first merge)"),
        "key_unreadable": tr("{path}: not an office key file ({detail})"),
        "key_not_written": tr("{path}: the office key could not be written ({detail})"),
        "key_none": tr("this profile holds no key for office {office} (keys folder {folder})"),
        "key_export_exists": tr("{path} exists already; choose another name for the exported key"),
        "signature_bad": tr("its signature {row} (year {year}) does not match what it signs: the file was "
                            "changed after it was signed, or the signature is damaged"),
        "signature_other_file": tr("its signature {row} (year {year}) was made for office {office}, file "
                                   "{file_id}, not for this file"),
        "signature_missing": tr("it is not signed, but headquarters knows office {office} by its key ({keys}); "
                                "an unsigned file from this office is refused. Ask the office to submit its year "
                                "again with this version of the app"),
        "signature_not_covering": tr("the record {id} ({year}) is not as it was signed: it changed after {year} "
                                     "was submitted. The office submits {year} again to sign it"),
        "signature_not_covering_narrative": tr("the outcome narrative {outcome} {year} is not as it was signed: "
                                               "it changed after {year} was submitted. The office submits {year} "
                                               "again to sign it"),
        "key_revoked": tr("it is signed with the key {key}, which headquarters revoked for office {office}"),
        "key_of_other_office": tr("it is signed with the key {key}, which headquarters knows as office "
                                  "{other}'s, not {office}'s"),
        "key_new": tr("it is signed with a key headquarters does not know for office {office} ({key}); "
                      "headquarters knows the office by {known}. If the office has a new laptop or a new "
                      "colleague, merge it again confirming the new key"),
        "key_unknown": tr("{file} holds no office key whose fingerprint starts with {key}"),
        "key_ambiguous": tr("more than one office key in {file} has a fingerprint starting with {key}: type more "
                            "of it"),
        "hq_damaged": tr("headquarters holds provenance but no record for {id}; run 'validate'"),
        "record_not_found": tr("no record {id} in {file}"),
        "file_not_found": tr("{path}: no such file"),
        "file_is_folder": tr("{path}: is a folder, not a results file"),
        "file_unreadable": tr("{path}: cannot be read ({detail})"),
        "file_empty": tr("{path}: the file is empty"),
        "file_not_sqlite": tr("{path}: not a Habitat Results file (not an SQLite database)"),
        "file_not_lockable": tr("{path}: cannot be locked ({detail})"),
        "file_damaged": tr("{path}: damaged results file (no {missing} recorded)"),
        "file_framework": tr("{path}: {detail}"),
        "file_exists": tr("{path}: already exists; choose another name or open it"),
        "folder_not_found": tr("{path}: no such folder"),
        "file_unopenable": tr("{path}: cannot be opened as a results file ({detail})"),
        "file_read_only": tr("{path}: opened for reading only"),
        "hq_holds_offices": tr("{path}: a headquarters file holds {count} offices"),
        "office_listed": tr("{path}: office {office} is already listed"),
        "file_newer_version": tr("{path}: made by a newer version of Habitat Results (file schema {version}, this "
                                 "app knows {known}); please update the app"),
        "file_foreign_sqlite": tr("{path}: an SQLite database, but not a Habitat Results file"),
        "file_bad_schema_number": tr("{path}: not a Habitat Results file (its schema number {version} is not one "
                                     "this app ever writes)"),
        "file_other_application": tr("{path}: an SQLite database of another application (it numbers its schema "
                                     "{version}), not a Habitat Results file"),
        "record_missing": tr("no record {id} in {file}"),
        "record_locked": tr("record {id} is {status} and locked; headquarters must return it before it can be "
                            "changed"),
        "record_deleted": tr("record {id} has been deleted"),
        "unfinished_row_missing": tr("no unfinished row {id} in {file}"),
        "year_already_submitted": tr("{path}: {year} is already submitted; nothing to submit"),
        "year_nothing_to_submit": tr("{path}: {year} has no records to submit"),
        "year_changed": tr("{path}: {year} changed since it was checked; nothing was submitted. Check it again "
                           "and submit"),
        "review_deleted": tr("record {id} was deleted by its office; there is nothing to review"),
        "review_conflict": tr("record {id} has rival versions; resolve the conflict first"),
        "office_unknown": tr("no office {office} in {file}; offices: {offices}"),
        "office_ambiguous": tr("office {office} could be {offices} in {file}: type the code exactly as held"),
        "feedback_not_writable": tr("{path}: cannot be written ({detail})"),
        "feedback_over_results": tr("{path}: a results file (SQLite database); feedback is never written over it: "
                                    "choose another name, such as office-feedback.json"),
        "feedback_to_headquarters": tr("{path}: a headquarters file; feedback is applied to an office file"),
        "no_open_conflict": tr("record {id} has no open conflict"),
        "version_replaced": tr("{choice} is not among the rival versions of record {id} now: a merge since the "
                               "list was shown may have replaced it; look at the conflict again (now: {shown})"),
        "not_a_version": tr("{choice} is not a version of record {id}; choose one of: {shown}"),
        "plan_unreadable": tr("{path}: cannot be read ({detail})"),
        "plan_too_large": tr("{path}: too large for a plan file ({size} bytes)"),
        "plan_not_json": tr("{path}: not a plan file (not readable JSON: {detail})"),
        "plan_invalid": tr("not a valid plan: {detail}"),
        "plan_format_newer": tr("{path}: the plan {plan} version {version} is in plan format {format}, which needs "
                                "a newer version of Habitat Results (this app reads plan formats up to {known}); "
                                "please update the app"),
        "plan_status_unknown": tr("{path}: the plan's status '{status}' is not one of: provisional, final"),
        "plan_overlaps": tr("{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} "
                            "{held_version} ({held_first}–{held_last}) that {file} holds; one year is reported "
                            "under one plan"),
        "plan_version_differs": tr("{path}: {file} already holds the plan {plan} version {version} with other "
                                   "content; a changed plan needs a new version number"),
        "plan_version_older": tr("{path}: the plan {plan} version {version} is older than version {held} that "
                                 "{file} holds"),
        "file_plan_newer": tr("{path}: holds the plan {plan} version {version} in plan format {format}, which "
                              "needs a newer version of Habitat Results (this app reads plan formats up to "
                              "{known}); please update the app"),
        "file_plan_damaged": tr("{path}: the plan {plan} version {version} it holds is damaged ({detail})"),
    }


def _import_templates() -> dict[str, tuple[str, str]]:
    """What is wrong with a table being imported, by code (see ``db.tablefile``, ``db.importer``)."""
    tr = _marked("ImportText")
    return {
        "unsupported_type": tr("{path}: unsupported file type '{suffix}'; use .csv or .xlsx"),
        "file_too_large": tr("the file is {size}; at most {limit} can be imported at once: split it into smaller "
                             "files"),
        "line_too_long": tr("longer than {limit} characters; is this a table exported as CSV?"),
        "too_many_rows": tr("more than {limit} rows; import at most {limit} at a time (split the file)"),
        "cell_too_long": tr("a cell of {length} characters; at most {limit}"),
        "not_utf8": tr("not UTF-8 text: {places}. In Excel, save it with File > Save As > 'CSV UTF-8 (Comma "
                       "delimited)'"),
        "not_csv": tr("not a readable CSV file ({detail})"),
        "not_workbook": tr("cannot be read as a spreadsheet (not an Excel workbook: {detail})"),
        "too_many_parts": tr("the workbook holds {count} parts; at most {limit}"),
        "unpacks_too_large": tr("the workbook unpacks to {size} ({part}: {part_size}); at most {limit}"),
        "no_worksheet": tr("the workbook has no worksheet"),
        "first_sheet_missing": tr("damaged workbook: its first sheet ({part}) is missing"),
        "xml_unreadable": tr("damaged workbook: {part} is not readable XML ({detail})"),
        "part_unpack_failed": tr("damaged workbook: {part} cannot be unpacked ({detail})"),
        "doctype": tr("the workbook contains a document type declaration, which Excel never writes"),
        "xlsx_cell_too_long": tr("cell{label} holds more than {limit} characters, the most a cell may hold"),
        "shared_text_too_long": tr("a text shared by cells holds more than {limit} characters, the most a cell "
                                   "may hold"),
        "too_many_texts": tr("the workbook holds more than {limit} texts"),
        "beyond_column": tr("cell {ref} lies beyond column {column}; at most {limit} columns are read"),
        "sheet_too_many_rows": tr("the first sheet has more than {limit} rows; import at most {limit} at a time "
                                  "(split the sheet)"),
        "range_too_large": tr("the first sheet declares the range {ref} ({rows} rows × {columns} columns); at "
                              "most {max_rows} rows and {max_columns} columns are read: copy the table alone "
                              "into a new workbook"),
        "not_a_file": tr("not a file"),
        "cells_over_header": tr("{cells} cells, but the header has {header}"),
        "empty_table": tr("the file is empty; expected a header row"),
        "spreadsheet_unreadable": tr("cannot be read as a spreadsheet ({detail})"),
        "unknown_column": tr("unknown column; the columns are: {columns}"),
        "unknown_column_separator": tr("unknown column (is the file separated by {separator}? then a column name "
                                       "is misspelt); the columns are: {columns}"),
        "unnamed_column": tr("a column has no name"),
        "column_twice": tr("the column appears twice"),
        "column_missing": tr("required column is missing"),
        "imported_before": tr("this file was already imported on {when} UTC (as {name}, {records} records); "
                              "importing it again would count its records twice"),
        "nothing_imported": tr("{source}: nothing imported; {problems} problem(s)"),
        "sheet_empty": tr("the sheet {sheet} is empty; expected a header row"),
        "prefilled_not_in_file": tr("this row was pre-filled from record {id}, which is not in this file (a "
                                    "template made from another office file?); copy its values into an empty "
                                    "row to enter it as a new record"),
        "prefilled_deleted": tr("this row was pre-filled from record {id}, which is deleted from the file since "
                                "the template was made; copy its values into an empty row to enter it as a new "
                                "record"),
        "prefilled_cleared": tr("the row of record {id} was cleared; records already in the file are deleted in "
                                "the app, not by import"),
        "prefilled_differs": tr("differs from record {id} already in the file ('{here}' here, '{there}' in the "
                                "file); records already in the file are changed in the app, not by import"),
        "prefilled_differs_changed": tr("differs from record {id} already in the file ('{here}' here, '{there}' "
                                        "in the file) (the record was changed in the file after the template was "
                                        "made: version {version}, the template has {template_version}); records "
                                        "already in the file are changed in the app, not by import"),
    }


def _plan_templates() -> dict[str, tuple[str, str]]:
    """What is wrong with a plan workbook or a plan file, by code (``db.plan_format``, ``db.plan_workbook``)."""
    tr = _marked("PlanText")
    return {
        "plan_format_unknown": tr("{path}: a plan of format {format}, which this version of Habitat Results does "
                                  "not read (it reads formats {known}); please update the app"),
        "plan_over_other_file": tr("{path} is a results file or a workbook; a plan file is never written over it: "
                                   "choose another name, such as plan.json"),
        "plan_file_too_large": tr("{path}: {size} bytes, too large for a plan file (at most {limit})"),
        "plan_file_invalid": tr("{path}: not a valid plan: {problems}{more_text}"),
        "plan_required": tr("required; the cell is empty"),
        "plan_required_with": tr("required when {other} is given"),
        "plan_english_required": tr("required: the English text, since {column} is given"),
        "plan_not_text": tr("{text} is not text"),
        "plan_number_for_text": tr("{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and "
                                   "1.0 into 1; format the cell as Text and type it again"),
        "plan_not_number": tr("'{text}' is not a number"),
        "plan_not_whole_number": tr("'{text}' is not a whole number"),
        "plan_not_above_zero": tr("{text} is not above 0"),
        "plan_negative": tr("{text} is below 0"),
        "plan_not_one_of": tr("'{text}' is not one of: {allowed}"),
        "plan_too_long": tr("too long ({count} characters); at most {limit}"),
        "plan_control_character": tr("contains the control character {char}, which is not text; retype it"),
        "plan_code_invalid": tr("'{text}' is not a code: letters, digits, '.', '-' and '_', starting with a letter "
                                "or digit, at most {limit}"),
        "plan_language_unknown": tr("'{text}' is not a language of the plan: {allowed}"),
        "plan_key_unknown": tr("'{text}' is not a key of the plan; the keys are: {keys}"),
        "plan_key_missing": tr("the key '{text}' is missing: add a row with it"),
        "plan_sheet_too_large": tr("the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more "
                                   "than a plan holds"),
        "plan_key_twice": tr("the key '{text}' appears twice (also at {other})"),
        "plan_column_unknown": tr("'{text}' is not a column of this sheet; the columns are: {columns}"),
        "plan_column_twice": tr("the column '{text}' appears twice (also at {other})"),
        "plan_column_missing": tr("the column '{text}' is missing; add it to the first row"),
        "plan_no_header": tr("a value in a column without a name in the first row: name the column or clear the "
                             "cell"),
        "plan_not_a_list": tr("{sheet} must be a list of entries"),
        "plan_sheet_empty": tr("the sheet {sheet} holds no entries"),
        "plan_sheet_missing": tr("the sheet '{sheet}' is missing; a plan workbook has the sheets {sheets}"),
        "plan_sheet_hidden": tr("the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or "
                                "delete it"),
        "plan_formula": tr("a formula ({formula}); a plan workbook holds values only: type the value itself"),
        "plan_error_value": tr("an error value ({text}) instead of a value"),
        "plan_date": tr("a date ({text}); type the value as text or a number"),
        "plan_workbook_refused": tr("{path}: {detail}"),
        "plan_year_invalid": tr("'{text}' is not a year from 1900 to 2100"),
        "plan_years_reversed": tr("the last year {last} comes before the first year {first}"),
        "plan_years_overlap_builtin": tr("the years {first}–{last} overlap the plan {other} "
                                         "({other_first}–{other_last}) built into the app; a results file follows "
                                         "one plan a year"),
        "plan_builtin_other_counting": tr("{id} {version} is the plan built into the app, and this one counts "
                                          "otherwise: give it a new version"),
        "plan_factor": tr("'{text}' must be a number above 1"),
        "plan_level_number": tr("'{text}' is not a level: 1 at the top, at most {most}"),
        "plan_level_key_invalid": tr("'{text}' is not a key: small letters, digits and '_', starting with a letter"),
        "plan_level_gap": tr("level {number} has no level {missing} above it"),
        "plan_level_unknown": tr("'{text}' is not a key of the sheet levels"),
        "plan_duplicate": tr("'{text}' appears twice (also at {other})"),
        "plan_cycle": tr("{code} sits under itself: {path}"),
        "plan_parent_unknown": tr("'{text}' is not a code of the sheet structure"),
        "plan_parent_required": tr("required: a group of level {number} ({level}) sits under a group of level "
                                   "{above}"),
        "plan_parent_at_top": tr("a group of level 1 ({level}) sits at the top: leave its parent empty"),
        "plan_parent_level": tr("'{parent}' is a group of level {found} ({parent_level}); a group of level "
                                "{number} ({level}) sits under a group of level {above}"),
        "plan_group_holds_groups": tr("'{text}' holds groups ({groups}); indicators sit under a group that holds "
                                      "no groups"),
        "plan_unit_unknown": tr("unit '{text}' is not in units"),
        "plan_counts_required": tr("required for a distinct indicator: what it counts once ({allowed})"),
        "plan_only_for": tr("only for a {rule} indicator: leave it empty"),
        "plan_indicator_unknown": tr("'{text}' is not an indicator of this plan"),
        "plan_derived_from_derived": tr("'{text}' is itself derived; a share is derived from two indicators that "
                                        "offices enter"),
        "plan_derived_same": tr("the numerator and the denominator are both {text}"),
        "plan_share_above_100": tr("{text} is above 100; a derived indicator is a share in per cent"),
        "plan_target_year": tr("the target year {target} must come after the baseline year {baseline}"),
        "plan_target_equals_baseline": tr("the target equals the baseline ({value}): progress cannot be shown"),
        "plan_rule_not_enterable": tr("'{text}' is not an indicator of this plan that offices enter"),
        "plan_rule_same": tr("a rule compares two different indicators; both are {text}"),
        "plan_crosswalk_self": tr("'{text}' is this plan; a crosswalk names an earlier plan"),
        "plan_crosswalk_unknown": tr("'{text}' is not an indicator of {plan} {version}"),
        "plan_crosswalk_overlap": tr("{plan} ({first}–{last}) does not end before this plan's first year "
                                     "{own_first}; a crosswalk continues an earlier plan"),
    }


@cache
def _sources() -> dict[str, tuple[str, str]]:
    """Every code the app can say, with the context and English source of its template."""
    return {**_problem_templates(), **_storage_templates(), **_refusal_templates(), **_import_templates(),
            **_plan_templates()}


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
