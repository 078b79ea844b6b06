"""Named failures of the core, caught at the edge (CLI, GUI) and shown as one clear message.

Every problem and refusal the core raises carries a stable ``code`` and its ``params``; its English
text (what the command line prints) is made from ``MESSAGES[code]``. The app says the same thing in
the user's language by code, never by reading the English, so rewording a text here changes no
translation. Every code is registered here, once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

# code -> English template; the params fill in the named placeholders.
MESSAGES: dict[str, str] = {
    # --- a record's fields (db.validation) ---
    "indicator_required": "required: an indicator code of {framework}, such as 1.1.a",
    "indicator_unknown": "'{code}' is not an indicator of {framework} {version}",
    "indicator_computed": "{code} is computed from {numerator} ÷ {denominator} and cannot be entered",
    "year_required": "required: a year from {first} to {last}",
    "year_outside_period": "{year} lies outside the plan period {first}–{last}",
    "outcome_unknown": "'{outcome}' is not an outcome of {framework}",
    "too_long": "too long ({count} characters); at most {limit}",
    "control_character": "contains the control character {char} at character {position}, which is not "
                         "text; retype it",
    "line_break": "a line break at character {position}; this field is one line of text",
    "tab": "a tab at character {position}; this field is one line of text",
    "not_text": "is not text",
    "country_code_unknown": "'{text}' is not an ISO 3166-1 alpha-3 country code (e.g. KEN, BRA)",
    "country_for_city": "required when a city is given: the ISO 3166-1 alpha-3 code of the city's country",
    "distinct_value": "leave empty (or 1) for {code}: each record counts one {entity}",
    "city_required": "required for {code}, which counts cities (with the city's country)",
    "country_required": "required for {code}: the ISO 3166-1 alpha-3 code",
    "entity_required": "required for {code}: the name of the {unit} counted",
    "value_required": "required for {code}: a whole number of {unit}",
    "not_whole_number": "'{text}' is not a whole number of {unit}",
    "not_whole_number_point": "'{text}' is not a whole number of {unit}; the point may separate thousands "
                              "(1.200 = 1200 in many languages) or decimals (1.2): write the number "
                              "without separators",
    "not_whole_number_decimals": "'{text}' is not a whole number of {unit}; a count is a whole number, "
                                 "without decimals",
    "negative": "{value} is negative; counts are whole numbers of 0 or more",
    "implausibly_large": "{value} is implausibly large (more than {limit})",
    "qualifier_unknown": "'{text}' is not one of: none, at least, more than, about",
    "not_one_of": "'{text}' is not one of: {allowed}",
    "not_broken_down": "{code} is not broken down by {field}; leave it empty",
    "not_editable": "not a field that can be edited",
    # --- typed country names (db.countries) ---
    "country_ambiguous": "'{text}' could be {names}: type more letters or the code",
    "country_not_found": "'{text}' is not a country: type its name, its ISO 3166-1 alpha-3 code (e.g. KEN) "
                         "or the first letters of its name",
    # --- an office (db.officefile.check_office) ---
    "office_code_invalid": "the office code must be 1–20 letters, digits or hyphens",
    "office_name_required": "required: the office's name",
    "office_country_unknown": "'{text}' is not an ISO 3166-1 alpha-3 country code",
    # --- rows entered in bulk (db.quality) ---
    "duplicate_of_record": "a duplicate of {record}, already in the file",
    "duplicate_of_row": "a duplicate of {row} ({described})",
    "part_without_total": "a breakdown row says 'of which', but {place} has no total: add the total as a "
                          "row without sex, age and disability",
    "parts_over_total": "the parts by {dimension} of {place} ({listed}) add up to {added}, more than their "
                        "total {total} ({named}); breakdown rows say 'of which' and may not exceed the total",
    "total_has_parts": "the total of {place} has {count} breakdown part(s) that say 'of which' ({listed}): "
                       "delete or move the parts first, or keep a total for them",
    "copy_unchanged": "a copy of {record}: change what differs (another city, another year…) to store it",
    # --- tables imported (db.tablefile, db.importer, db.entry_template) ---
    "unsupported_type": "{path}: unsupported file type '{suffix}'; use .csv or .xlsx",
    "file_too_large": "the file is {size}; at most {limit} can be imported at once: split it into smaller files",
    "line_too_long": "longer than {limit} characters; is this a table exported as CSV?",
    "too_many_rows": "more than {limit} rows; import at most {limit} at a time (split the file)",
    "cell_too_long": "a cell of {length} characters; at most {limit}",
    "not_utf8": "not UTF-8 text: {places}{more_text}. In Excel, save it with File > Save As > 'CSV UTF-8 (Comma "
                "delimited)'",
    "not_csv": "not a readable CSV file ({detail})",
    "not_workbook": "cannot be read as a spreadsheet (not an Excel workbook: {detail})",
    "too_many_parts": "the workbook holds {count} parts; at most {limit}",
    "unpacks_too_large": "the workbook unpacks to {size} ({part}: {part_size}); at most {limit}",
    "no_worksheet": "the workbook has no worksheet",
    "first_sheet_missing": "damaged workbook: its first sheet ({part}) is missing",
    "xml_unreadable": "damaged workbook: {part} is not readable XML ({detail})",
    "part_unpack_failed": "damaged workbook: {part} cannot be unpacked ({detail})",
    "doctype": "the workbook contains a document type declaration, which Excel never writes",
    "xlsx_cell_too_long": "cell{label} holds more than {limit} characters, the most a cell may hold",
    "shared_text_too_long": "a text shared by cells holds more than {limit} characters, the most a cell may hold",
    "too_many_texts": "the workbook holds more than {limit} texts",
    "beyond_column": "cell {ref} lies beyond column {column}; at most {limit} columns are read",
    "sheet_too_many_rows": "the first sheet has more than {limit} rows; import at most {limit} at a time (split "
                           "the sheet)",
    "range_too_large": "the first sheet declares the range {ref} ({rows} rows × {columns} columns); at most "
                       "{max_rows} rows and {max_columns} columns are read: copy the table alone into a new "
                       "workbook",
    "not_a_file": "not a file",
    "cells_over_header": "{cells} cells, but the header has {header}",
    "empty_table": "the file is empty; expected a header row",
    "spreadsheet_unreadable": "cannot be read as a spreadsheet ({detail})",
    "unknown_column": "unknown column; the columns are: {columns}",
    "unknown_column_separator": "unknown column (is the file separated by {separator}? then a column name is "
                                "misspelt); the columns are: {columns}",
    "unnamed_column": "a column has no name",
    "column_twice": "the column appears twice",
    "column_missing": "required column is missing",
    "imported_before": "this file was already imported on {when} UTC (as {name}, {records} records); importing "
                       "it again would count its records twice",
    "nothing_imported": "{source}: nothing imported; {problems_text}{rows_text}",
    "sheet_empty": "the sheet {sheet} is empty; expected a header row",
    "prefilled_not_in_file": "this row was pre-filled from record {id}, which is not in this file (a template "
                             "made from another office file?); copy its values into an empty row to enter it as "
                             "a new record",
    "prefilled_deleted": "this row was pre-filled from record {id}, which is deleted from the file since the "
                         "template was made; copy its values into an empty row to enter it as a new record",
    "prefilled_cleared": "the row of record {id} was cleared; records already in the file are deleted in the "
                         "app, not by import",
    "prefilled_differs": "differs from record {id} already in the file ('{here}' here, '{there}' in the file); "
                         "records already in the file are changed in the app, not by import",
    "prefilled_differs_changed": "differs from record {id} already in the file ('{here}' here, '{there}' in the "
                                 "file) (the record was changed in the file after the template was made: version "
                                 "{version}, the template has {template_version}); records already in the file "
                                 "are changed in the app, not by import",
    # --- results files opened or created (db.officefile, db.readonly) ---
    "file_not_found": "{path}: no such file",
    "file_is_folder": "{path}: is a folder, not a results file",
    "file_unreadable": "{path}: cannot be read ({detail})",
    "file_empty": "{path}: the file is empty",
    "file_not_sqlite": "{path}: not a Habitat Results file (not an SQLite database)",
    "file_not_lockable": "{path}: cannot be locked ({detail})",
    "file_damaged": "{path}: damaged results file (no {missing} recorded)",
    "file_framework": "{path}: {detail}",
    "file_exists": "{path}: already exists; choose another name or open it",
    "folder_not_found": "{path}: no such folder",
    "file_unopenable": "{path}: cannot be opened as a results file ({detail})",
    "file_read_only": "{path}: opened for reading only",
    "hq_holds_offices": "{path}: a headquarters file holds {count} offices",
    "office_listed": "{path}: office {office} is already listed",
    "file_newer_version": "{path}: made by a newer version of Habitat Results (file schema {version}, this app "
                          "knows {known}); please update the app",
    "file_foreign_sqlite": "{path}: an SQLite database, but not a Habitat Results file",
    "file_bad_schema_number": "{path}: not a Habitat Results file (its schema number {version} is not one this "
                              "app ever writes)",
    "file_other_application": "{path}: an SQLite database of another application (it numbers its schema "
                              "{version}), not a Habitat Results file",
    # --- records (db.officefile) ---
    "record_missing": "no record {id} in {file}",
    "record_locked": "record {id} is {status} and locked; headquarters must return it before it can be changed",
    "record_deleted": "record {id} has been deleted",
    "unfinished_row_missing": "no unfinished row {id} in {file}",
    "year_already_submitted": "{path}: {year} is already submitted; nothing to submit",
    "year_nothing_to_submit": "{path}: {year} has no records to submit",
    "year_changed": "{path}: {year} changed since it was checked; nothing was submitted. Check it again and "
                    "submit",
    # --- reviews and feedback at headquarters (db.feedback) ---
    "decision_unknown": "'{text}' is not one of: {allowed}",
    "comment_required": "required when returning records: say what the office should change",
    "review_deleted": "record {id} was deleted by its office; there is nothing to review",
    "review_conflict": "record {id} has rival versions; resolve the conflict first",
    "office_unknown": "no office {office} in {file}; offices: {offices}",
    "office_ambiguous": "office {office} could be {offices} in {file}: type the code exactly as held",
    "feedback_not_writable": "{path}: cannot be written ({detail})",
    "feedback_over_results": "{path}: a results file (SQLite database); feedback is never written over it: "
                             "choose another name, such as office-feedback.json",
    "feedback_to_headquarters": "{path}: a headquarters file; feedback is applied to an office file",
    # --- storage (db.storage) ---
    "disk_full": "{path}: not saved: the disk is full. Nothing was changed; free some space and try again.",
    "locked": "{path}: in use by {holder}; nothing was changed. Try again in a moment, or close the file "
              "there.",
    "read_only": "{path}: the file is on a read-only medium (a CD, a write-protected disk, a read-only "
                 "folder or file): copy it to a folder you can write to. Nothing was changed.",
    "output_read_only": "{path}: cannot be written: its folder is on a read-only medium (a CD, a "
                        "write-protected disk, a read-only folder): choose a folder you can write to",
    "vanished": "{path}: the file is gone (moved, deleted, or its disk removed). Nothing was saved; open "
                "it again from where it is now.",
    "changed": "{path}: the file was changed by another program while it was being read; try again.",
    "disk_error": "{path}: the disk failed while reading or writing ({detail}). Nothing was changed; check "
                  "the disk or network drive and try again.",
    # --- untrusted files refused (db.untrusted: "{path}: refused: " comes first) ---
    "broken_link": "a link to a file that does not exist",
    "no_such_file": "no such file",
    "is_folder": "is a folder, not a results file",
    "not_regular_file": "not a regular file (a device or a pipe)",
    "interrupted_write": "it was being written when last closed ({journal} lies next to it); open it once "
                         "in Habitat Results on that computer, then send it again",
    "in_use": "locked by another program that is writing to it; close it there (or wait) and try again",
    "permission_denied": "cannot be read: permission denied, or locked by another program",
    "unreadable": "cannot be read ({reason})",
    "empty_file": "the file is empty (0 bytes)",
    "truncated_signature": "truncated: the file ends after {size} bytes, inside the SQLite signature",
    "text_file": "a text file, not a results file",
    "encrypted": "not readable: the file looks encrypted (whole pages of unreadable data with no SQLite "
                 "signature); Habitat Results files are never encrypted",
    "not_sqlite": "not a results file: binary data that is not an SQLite database (damaged, or another "
                  "kind of file)",
    "truncated_header": "truncated: only {size} bytes, shorter than the {header}-byte SQLite header",
    "bad_page_size": "damaged header: page size {page_size} is impossible",
    "truncated_pages": "truncated: {size} bytes is not a whole number of {page_size}-byte pages",
    "truncated_short": "truncated: {size} bytes, but its header says {pages} pages of {page_size} bytes "
                       "({expected} bytes)",
    "forbidden_object": "it contains a {kind} ('{name}'), which a results file never has; the file may "
                        "have been tampered with",
    "extra_table": "it contains a table '{name}' that a results file does not have",
    "extra_index": "it contains an index '{name}' that a results file does not have",
    "missing_part": "incomplete: the table or index '{name}' of a results file is missing",
    "layout_differs": "the layout of '{name}' differs from a results file's",
    "sqlite_unreadable": "SQLite cannot read it (encrypted, or damaged beyond the header)",
    "damaged": "damaged: SQLite reports '{detail}'",
    "damaged_steps": "damaged: {detail}",
    "integrity": "damaged: SQLite's integrity check reports '{detail}'",
    "integrity_more": "damaged: SQLite's integrity check reports '{detail}' and {more_text}",
    "another_application": "an SQLite database of another application, not a Habitat Results file",
    "newer_version": "made by a newer version of Habitat Results (file schema {version}, this app knows "
                     "{known}); please update the app",
    "steps_mismatch": "its recorded schema steps ({steps}) do not match schema version {version}",
    "identity_incomplete": "its identity is incomplete (no '{key}')",
    "not_office_file": "is a {found} file, not an office file",
    "not_headquarters_file": "is a {found} file, not a headquarters file",
    # --- feedback files refused (db.feedback) ---
    "feedback_is_folder": "is a folder, not a feedback file",
    "feedback_too_large": "too large for a feedback file ({size} bytes)",
    "feedback_not_json": "not a feedback file from headquarters (not readable JSON: {detail})",
    "not_feedback": "not a feedback file from headquarters",
    "feedback_other_version": "made by another version of Habitat Results (feedback format {found}, this "
                              "app reads {known})",
    "feedback_incomplete": "incomplete: no office or no reviews",
    "not_a_review": "review {n} is not a review",
    "review_field_is": "review {n}: its {name} {reason}",
    "review_field": "review {n}: its {name}: {reason}",
    "review_repeated": "review {n} is about record {record} again (review {first}); a feedback file holds "
                       "one decision per record",
    "feedback_other_office": "it is for office {office}, but {file} is {own}'s file",
    "feedback_plan_invalid": "the plan {n} it carries is not valid: {detail}",
    # --- office files refused by the merge (db.merge) ---
    "other_framework": "it uses the framework '{framework}' version '{version}', which this headquarters "
                       "file does not know (it holds {held})",
    "office_count": "it names {count} offices; an office file names exactly one",
    "office_not_text": "its office ({office}) is not valid: its {fields} is not text",
    "office_invalid": "its office ({office}) is not valid: {problems}",
    "duplicate_record_id": "the record id {id} appears {count} times; every record must have its own id",
    "invalid_records": "{problems}",
    "narrative_invalid": "the outcome narrative {outcome} {year} is not valid: {problems}",
    "record_of_other_office": "the record {id} belongs to office {owner} at headquarters, but this file is "
                              "from {office}",
    "office_held_elsewhere": "office {office} is held at headquarters from another file (file id {held}, "
                             "{name}, first merged {first}); this file has file id {file_id} (created "
                             "{created}). If the office's laptop was reinstalled, merge it again confirming "
                             "the new file (--accept-new-file-for {office})",
    "plan_needs_newer_app": "it holds the plan {plan} in plan format {format}, which needs a newer version of "
                            "Habitat Results (this app reads plan formats up to {known}); please update the app",
    "plan_damaged": "its plan {plan} is damaged ({detail})",
    "plan_not_held": "it uses the plan {plan}, which this headquarters file does not hold (it holds {held}); "
                     "headquarters adds the plan first (plan add), then sends it to the offices",
    "plan_differs": "its plan {plan} differs from the one headquarters holds under the same id and version in "
                    "what counting depends on (substance {theirs}… here, {ours}… at headquarters); the office "
                    "needs the plan file headquarters issued",
    # --- signed submissions (db.signing) ---
    "key_unreadable": "{path}: not an office key file ({detail})",
    "key_not_written": "{path}: the office key could not be written ({detail})",
    "key_none": "this profile holds no key for office {office} (keys folder {folder})",
    "key_export_exists": "{path} exists already; choose another name for the exported key",
    "signature_bad": "its signature {row} (year {year}) does not match what it signs: the file was changed after "
                     "it was signed, or the signature is damaged",
    "signature_other_file": "its signature {row} (year {year}) was made for office {office}, file {file_id}, not "
                            "for this file",
    "signature_missing": "it is not signed, but headquarters knows office {office} by its key ({keys}); an "
                         "unsigned file from this office is refused. Ask the office to submit its year again "
                         "with this version of the app",
    "signature_not_covering": "the record {id} ({year}) is not as it was signed: it changed after {year} was "
                              "submitted. The office submits {year} again to sign it",
    "signature_not_covering_narrative": "the outcome narrative {outcome} {year} is not as it was signed: it "
                                        "changed after {year} was submitted. The office submits {year} again to "
                                        "sign it",
    "key_revoked": "it is signed with the key {key}, which headquarters revoked for office {office}",
    "key_of_other_office": "it is signed with the key {key}, which headquarters knows as office {other}'s, not "
                           "{office}'s",
    "key_new": "it is signed with a key headquarters does not know for office {office} ({key}); headquarters "
               "knows the office by {known}. If the office has a new laptop or a new colleague, merge it again "
               "confirming the new key (--accept-new-key-for {office})",
    "key_unknown": "{file} holds no office key whose fingerprint starts with {key}",
    "key_ambiguous": "more than one office key in {file} has a fingerprint starting with {key}: type more of it",
    # --- the headquarters file of a merge (db.merge) ---
    "hq_not_headquarters": "{path}: not a headquarters file",
    "hq_unreadable": "{path}: cannot be read as a headquarters file ({detail})",
    "hq_another_application": "{path}: an SQLite database of another application, not a headquarters "
                              "file; give the headquarters file first (it is created on the first merge)",
    "hq_newer_version": "{path}: made by a newer version of Habitat Results (file schema {version}, this app "
                        "knows {known}); please update the app",
    "hq_office_file": "{path}: an office file, not a headquarters file; give the headquarters file first "
                      "(it is created on the first merge)",
    "hq_not_habitat": "{path}: not a Habitat Results file, not a headquarters file; give the headquarters "
                      "file first (it is created on the first merge)",
    "hq_damaged": "headquarters holds provenance but no record for {id}; run 'validate'",
    # --- plans held in a file (db.plans) ---
    "plan_unreadable": "{path}: cannot be read ({detail})",
    "plan_too_large": "{path}: too large for a plan file ({size} bytes)",
    "plan_not_json": "{path}: not a plan file (not readable JSON: {detail})",
    "plan_invalid": "not a valid plan: {detail}",
    "plan_format_newer": "{path}: the plan {plan} version {version} is in plan format {format}, which needs a "
                         "newer version of Habitat Results (this app reads plan formats up to {known}); "
                         "please update the app",
    "plan_status_unknown": "{path}: the plan's status '{status}' is not one of: provisional, final",
    "plan_overlaps": "{path}: the plan {plan} {version} ({first}–{last}) overlaps the plan {held} {held_version} "
                     "({held_first}–{held_last}) that {file} holds; one year is reported under one plan",
    "plan_version_differs": "{path}: {file} already holds the plan {plan} version {version} with other "
                            "content; a changed plan needs a new version number",
    "plan_version_older": "{path}: the plan {plan} version {version} is older than version {held} that "
                          "{file} holds",
    "file_plan_newer": "{path}: holds the plan {plan} version {version} in plan format {format}, which needs a "
                       "newer version of Habitat Results (this app reads plan formats up to {known}); please "
                       "update the app",
    "file_plan_damaged": "{path}: the plan {plan} version {version} it holds is damaged ({detail})",
    "year_outside_plans": "{year} lies outside the plans of this file ({periods})",
    "indicator_removed": "{code} was removed from the plan {plan} by its version {version}; its records are "
                         "kept, read-only, and not counted",
    # --- resolving a conflict (db.merge) ---
    "record_not_found": "no record {id} in {file}",
    "no_open_conflict": "record {id} has no open conflict",
    "version_replaced": "{choice} is not among the rival versions of record {id} now: a merge since the "
                        "list was shown may have replaced it; look at the conflict again (now: {shown})",
    "not_a_version": "{choice} is not a version of record {id}; choose one of: {shown}",
    # --- plans: plan files and plan workbooks (db.framework, db.plan_format, db.plan_workbook) ---
    "plan_format_unknown": "{path}: a plan of format {format}, which this version of Habitat Results does not "
                           "read (it reads formats {known}); please update the app",
    "plan_over_other_file": "{path} is a results file or a workbook; a plan file is never written over it: choose "
                            "another name, such as plan.json",
    "plan_file_too_large": "{path}: {size} bytes, too large for a plan file (at most {limit})",
    "plan_file_invalid": "{path}: not a valid plan: {problems}{more_text}",
    "plan_required": "required; the cell is empty",
    "plan_required_with": "required when {other} is given",
    "plan_english_required": "required: the English text, since {column} is given",
    "plan_not_text": "{text} is not text",
    "plan_number_for_text": "{text} is a number, but this column holds text: Excel turns 1.10 into 1.1 and 1.0 "
                            "into 1; format the cell as Text and type it again",
    "plan_not_number": "'{text}' is not a number",
    "plan_not_whole_number": "'{text}' is not a whole number",
    "plan_not_above_zero": "{text} is not above 0",
    "plan_negative": "{text} is below 0",
    "plan_not_one_of": "'{text}' is not one of: {allowed}",
    "plan_too_long": "too long ({count} characters); at most {limit}",
    "plan_control_character": "contains the control character {char}, which is not text; retype it",
    "plan_code_invalid": "'{text}' is not a code: letters, digits, '.', '-' and '_', starting with a letter or "
                         "digit, at most {limit}",
    "plan_language_unknown": "'{text}' is not a language of the plan: {allowed}",
    "plan_key_unknown": "'{text}' is not a key of the plan; the keys are: {keys}",
    "plan_key_missing": "the key '{text}' is missing: add a row with it",
    "plan_sheet_too_large": "the sheet {part} reaches beyond {max_rows} rows or {max_columns} columns, more than a "
                            "plan holds",
    "plan_key_twice": "the key '{text}' appears twice (also at {other})",
    "plan_column_unknown": "'{text}' is not a column of this sheet; the columns are: {columns}",
    "plan_column_twice": "the column '{text}' appears twice (also at {other})",
    "plan_column_missing": "the column '{text}' is missing; add it to the first row",
    "plan_no_header": "a value in a column without a name in the first row: name the column or clear the cell",
    "plan_not_a_list": "{sheet} must be a list of entries",
    "plan_sheet_empty": "the sheet {sheet} holds no entries",
    "plan_sheet_missing": "the sheet '{sheet}' is missing; a plan workbook has the sheets {sheets}",
    "plan_sheet_hidden": "the sheet is hidden; a plan workbook shows all it holds: unhide the sheet or delete it",
    "plan_row_hidden": "the row is hidden and holds values; a plan workbook shows all it holds: unhide the row "
                       "or delete it",
    "plan_column_hidden": "the column is hidden and holds values; a plan workbook shows all it holds: unhide the "
                          "column or delete it",
    "plan_formula": "a formula ({formula}); a plan workbook holds values only: type the value itself",
    "plan_error_value": "an error value ({text}) instead of a value",
    "plan_date": "a date ({text}); type the value as text or a number",
    "plan_workbook_refused": "{path}: {detail}",
    "plan_year_invalid": "'{text}' is not a year from 1900 to 2100",
    "plan_years_reversed": "the last year {last} comes before the first year {first}",
    "plan_years_overlap_builtin": "the years {first}–{last} overlap the plan {other} ({other_first}–{other_last}) "
                                  "built into the app; a results file follows one plan a year",
    "plan_builtin_other_counting": "{id} {version} is the plan built into the app, and this one counts otherwise: "
                                   "give it a new version",
    "plan_factor": "'{text}' must be a number above 1",
    "plan_level_number": "'{text}' is not a level: 1 at the top, at most {most}",
    "plan_level_key_invalid": "'{text}' is not a key: small letters, digits and '_', starting with a letter",
    "plan_level_gap": "level {number} has no level {missing} above it",
    "plan_level_unknown": "'{text}' is not a key of the sheet levels",
    "plan_duplicate": "'{text}' appears twice (also at {other})",
    "plan_cycle": "{code} sits under itself: {path}",
    "plan_parent_unknown": "'{text}' is not a code of the sheet structure",
    "plan_parent_required": "required: a group of level {number} ({level}) sits under a group of level {above}",
    "plan_parent_at_top": "a group of level 1 ({level}) sits at the top: leave its parent empty",
    "plan_parent_level": "'{parent}' is a group of level {found} ({parent_level}); a group of level {number} "
                         "({level}) sits under a group of level {above}",
    "plan_group_holds_groups": "'{text}' holds groups ({groups}); indicators sit under a group that holds no groups",
    "plan_unit_unknown": "unit '{text}' is not in units",
    "plan_counts_required": "required for a distinct indicator: what it counts once ({allowed})",
    "plan_only_for": "only for a {rule} indicator: leave it empty",
    "plan_indicator_unknown": "'{text}' is not an indicator of this plan",
    "plan_derived_from_derived": "'{text}' is itself derived; a share is derived from two indicators that offices "
                                 "enter",
    "plan_derived_same": "the numerator and the denominator are both {text}",
    "plan_share_above_100": "{text} is above 100; a derived indicator is a share in per cent",
    "plan_target_year": "the target year {target} must come after the baseline year {baseline}",
    "plan_target_equals_baseline": "the target equals the baseline ({value}): progress cannot be shown",
    "plan_rule_not_enterable": "'{text}' is not an indicator of this plan that offices enter",
    "plan_rule_same": "a rule compares two different indicators; both are {text}",
    "plan_crosswalk_self": "'{text}' is this plan; a crosswalk names an earlier plan",
    "plan_crosswalk_unknown": "'{text}' is not an indicator of {plan} {version}",
    "plan_crosswalk_overlap": "{plan} ({first}–{last}) does not end before this plan's first year {own_first}; a "
                              "crosswalk continues an earlier plan",
    # --- writing the annex (exports.document, exports.pdf) ---
    "export_language_unknown": "language '{lang}' is not one of {known}",
    "export_font_missing": "the PDF font {font} was not found; reinstall Habitat Results (its fonts are in "
                           "resources/fonts) or install {package}",
    "export_layout_failed": "the annex cannot be laid out on the page: {detail}",
    # --- what an export or an entry template refuses (exports.service, exports.aggregate, exports.template) ---
    "export_plan_provisional": "{path}: not exported: the plan {plan} {version} of {period} is provisional; its "
                               "annex is exported only as a working draft, marked 'provisional plan', until "
                               "headquarters adds the final plan",
    "export_format_unknown": "format '{fmt}' is not one of {known}",
    "export_over_source": "{path}: is the file being exported; choose another name for the annex",
    "export_over_results": "{path}: is a results file (SQLite); choose another name for the annex",
    "template_over_source": "{path}: is the file being exported; choose another name for the template",
    "template_over_results": "{path}: is a results file (SQLite); choose another name for the template",
    "export_not_writable": "{path}: cannot be written ({detail})",
    "export_years_many_plans": "the years {years} lie under {count} plans ({plans}); one annex shows one plan: ask "
                               "for the years of one plan, such as {example}",
    "export_years_outside_plan": "years must lie in the plan period {first}–{last}; '{text}' does not",
    "export_years_outside_plans": "years must lie in the periods of the plans of {file} ({periods}); '{text}' does "
                                  "not",
    "export_years_invalid": "'{text}' is not a year or a range of years such as 2020-2024",
    "template_year_outside_plans": "{year} lies outside the plans of {file} ({periods})",
    "template_from_headquarters": "{path}: an entry template is made from an office file, not a headquarters file",
}


def say(code: str, params: Mapping[str, Any]) -> str:
    """The English text of ``code`` with ``params`` filled in."""
    return MESSAGES[code].format(**params)


class HabitatError(Exception):
    """Base of every failure the user should see as a message, not a traceback.

    ``code`` and ``params`` (empty for a failure not yet coded) say what it is, so that the app
    can say it in the user's language; ``str()`` is the English.
    """

    def __init__(self, message: str = "", *, code: str = "", params: Mapping[str, Any] | None = None):
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})

    @classmethod
    def of(cls, code: str, /, **params: Any) -> Self:
        """The failure ``code``, its English made from ``MESSAGES``."""
        return cls(say(code, params), code=code, params=params)


class OfficeFileError(HabitatError):
    """A results file that cannot be created, opened or upgraded."""


class RecordNotFound(HabitatError):
    pass


class RecordLocked(HabitatError):
    """A record submitted to or validated by headquarters cannot be edited in the office."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of a record: the field name and what is expected.

    ``code`` and ``params`` say it for translation (see ``MESSAGES``); ``message`` is the English.
    """

    field: str
    message: str
    row: int | None = None  # position in a batch of records, when the problem belongs to one
    code: str = ""
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, field: str, code: str, row: int | None = None, /, **params: Any) -> Self:
        return cls(field, say(code, params), row, code, params)

    def __str__(self) -> str:
        where = f"record {self.row + 1}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class ValidationError(HabitatError):
    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))
