"""One rule set for every text field: the office's editor, `validate`, the import and the merge at
headquarters apply the same limits and refuse the same characters, and every refusal says why."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from cli.main import main
from db.errors import ValidationError
from db.framework import get_framework
from db.importer import ImportRefused, import_table
from db.merge import merge_files
from db.officefile import Office, ResultsFile, check_office
from db.validation import TEXT_LIMITS, TEXT_RULES, check_record, check_text
from tests.test_merge import KENYA, make_office

PLAN = get_framework()
LONG_NARRATIVE = "x" * (TEXT_LIMITS["outcome_narrative"] + 1)


def _raw_sql(path, *statements):
    """Change a file as another program (or an older app with no limit) could."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement, params in statements:
        conn.execute(statement, params)
    conn.close()


def test_the_office_refuses_an_outcome_narrative_over_the_limit_with_the_reason(office):
    with pytest.raises(ValidationError) as refused:
        office.set_outcome_narrative("1.1", 2024, LONG_NARRATIVE)
    assert refused.value.problems[0].field == "text"
    assert "too long (20001 characters); at most 20000" in str(refused.value)
    office.set_outcome_narrative("1.1", 2024, LONG_NARRATIVE[:-1])  # the limit itself is accepted
    assert len(office.outcome_narratives()[("1.1", 2024)]) == TEXT_LIMITS["outcome_narrative"]


def test_validate_and_merge_name_the_reason_of_a_too_long_outcome_narrative(tmp_path):
    # An office file written by an app that had no limit: `validate` says so, and the merge names
    # the field and the reason instead of "is not valid".
    office = tmp_path / "ken.habitat"
    make_office(office, years=(2024,))
    _raw_sql(office, ("INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, "
                      "changed_by) VALUES ('KEN', '1.1', 2024, ?, '2024-05-01T00:00:00.000Z', 1, 'me')",
                      (LONG_NARRATIVE,)))
    result = CliRunner().invoke(main, ["validate", str(office)])
    assert result.exit_code == 1
    assert "outcome narrative 1.1 2024 of office KEN: text: too long (20001 characters); at most 20000" \
        in result.output
    report = merge_files(tmp_path / "hq.habitat", [office])
    refusal = report.files[0].refused
    assert "the outcome narrative '1.1' 2024 is not valid: text: too long (20001 characters); at most 20000" \
        in refusal


@pytest.mark.parametrize("column, value, reason", [
    ("office_code", "EGY", "office_code: 'EGY' is not this file's office KEN"),
    ("outcome", "9.9", "outcome: '9.9' is not an outcome of"),
    ("text", "Nai\x00robi", "text: contains the control character U+0000 (NUL) at character 4"),
])
def test_each_refused_outcome_narrative_names_its_field(tmp_path, column, value, reason):
    office = tmp_path / "ken.habitat"
    make_office(office, years=(2024,))
    with ResultsFile.open(office) as f:
        f.set_outcome_narrative("1.1", 2024, "Tenure security improved.")
    if column == "office_code":
        _raw_sql(office, ("PRAGMA foreign_keys = OFF", ()),
                 (f"UPDATE outcome_narrative SET {column} = ?", (value,)))
    else:
        _raw_sql(office, (f"UPDATE outcome_narrative SET {column} = ?", (value,)))
    report = merge_files(tmp_path / "hq.habitat", [office])
    assert reason in report.files[0].refused


def test_the_merge_names_why_an_office_is_refused(tmp_path):
    office = tmp_path / "ken.habitat"
    make_office(office, years=(2024,))
    _raw_sql(office, ("UPDATE office SET name = ?", ("K" * 301,)))
    refusal = merge_files(tmp_path / "hq.habitat", [office]).files[0].refused
    assert "its office ('KEN') is not valid: name: too long (301 characters); at most 300" in refusal


def test_the_merge_names_why_a_record_author_is_refused(tmp_path):
    office = tmp_path / "ken.habitat"
    make_office(office, years=(2024,))
    _raw_sql(office, ("UPDATE record SET changed_by = ? WHERE rowid = 1", ("m" * 1_000_000,)))
    refusal = merge_files(tmp_path / "hq.habitat", [office]).files[0].refused
    assert "changed_by: too long (1000000 characters); at most 200" in refusal
    assert len(refusal) < 1000


@pytest.mark.parametrize("field", ["city", "entity", "narrative", "source"])
def test_nul_and_escape_are_refused_in_every_record_text_field(field):
    for text, name in (("Nai\x00robi", "U+0000 (NUL)"), ("\x1b]0;pwned\x07", "U+001B (ESC)"),
                       ("a\x9bb", "U+009B (CSI)"), ("a\x7fb", "U+007F (DEL)")):
        _, problems = check_record({"indicator": "1.1.a", "year": 2024, "value": 1, "country": "KEN",
                                    field: text}, PLAN)
        assert [p.field for p in problems] == [field], text
        assert name in problems[0].message


def test_tabs_and_line_breaks_only_where_the_field_has_several_lines():
    for field, rule in TEXT_RULES.items():
        for char in "\t\n\r":
            reason = check_text(field, f"one{char}two")
            assert (reason is None) == rule.lines, (field, repr(char))
    assert check_text("city", "Nairobi\nWest") == "a line break at character 8; this field is one line of text"
    assert check_text("city", "Nairobi\tWest") == "a tab at character 8; this field is one line of text"


def test_a_nul_in_a_city_is_refused_at_import_and_never_travels(tmp_path, office):
    data = tmp_path / "rows.csv"
    data.write_text("indicator,year,value,country,city\n1.1.a,2024,5,KEN,Nai\x00robi\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_table(office, data)
    assert "line 2, city: contains the control character U+0000 (NUL) at character 4" in \
        [str(p) for p in refused.value.report.problems][0]
    assert office.count_records() == 0
    # A file whose city was changed behind the app's back is refused at headquarters, naming it.
    path = tmp_path / "tampered.habitat"
    make_office(path, years=(2024,))
    _raw_sql(path, ("UPDATE record SET city = 'Nai' || char(0) || 'robi' WHERE rowid = 1", ()))
    refusal = merge_files(tmp_path / "hq.habitat", [path]).files[0].refused
    assert "city: contains the control character U+0000 (NUL) at character 4" in refusal


def test_office_names_follow_the_rules_too():
    problems = check_office(Office("KEN", "Kenya\x1b[2J", "KEN", "A" * 101))
    assert {p.field for p in problems} == {"name", "region"}
    assert any("U+001B (ESC)" in p.message for p in problems)
    assert any("too long (101 characters); at most 100" in p.message for p in problems)
    assert check_office(KENYA) == []
