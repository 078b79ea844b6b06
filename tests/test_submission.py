"""Submitting a year through the core's rule (exports.submission), which the CLI and the app both call."""

import sqlite3

import pytest

from db.errors import HabitatError
from exports.submission import SubmissionRefused, check_submission, submit_year

NAIROBI = {"indicator": "1.1.a", "year": 2023, "value": 1200, "country": "KEN", "city": "Nairobi"}
KISUMU = {**NAIROBI, "value": 300, "city": "Kisumu"}


def test_a_year_whose_records_pass_is_submitted(office):
    office.add_records([NAIROBI, KISUMU, {**NAIROBI, "year": 2024}])
    found = check_submission(office, 2023)
    assert found.ok and found.to_submit == {"1.1.a": 2} and found.report is not None
    assert submit_year(office, 2023, checked=found) == 2
    assert office.status_counts(2023) == {"submitted": 2} and office.status_counts(2024) == {"draft": 1}


def test_a_record_the_rules_refuse_stops_the_year_and_is_named(office, office_path):
    bad, good = office.add_records([NAIROBI, KISUMU])
    raw = sqlite3.connect(office_path)  # stored under older rules: a negative count
    with raw:
        raw.execute("UPDATE record SET value = -3 WHERE id = ?", (bad.id,))
    raw.close()
    with pytest.raises(SubmissionRefused, match=f"2023 not submitted: 1 problem to fix first: record {bad.id} "
                                                r"\(1\.1\.a Nairobi\): value") as refused:
        submit_year(office, 2023)
    assert [p.record.id for p in refused.value.found.record_problems] == [bad.id]
    assert refused.value.found.report is None  # the year is not added up from invalid records
    assert office.status_counts(2023) == {"draft": 2} and good.id not in str(refused.value)


def test_a_record_changed_after_the_check_stops_the_submission(office):
    first, _ = office.add_records([NAIROBI, KISUMU])
    found = check_submission(office, 2023)
    office.update_record(first.id, {"value": 1300})
    with pytest.raises(HabitatError, match="2023 changed since it was checked; nothing was submitted"):
        submit_year(office, 2023, checked=found)
    found = check_submission(office, 2023)
    office.add_record({**NAIROBI, "city": "Mombasa"})
    with pytest.raises(HabitatError, match="changed since it was checked"):
        submit_year(office, 2023, checked=found)
    assert office.status_counts(2023) == {"draft": 3}
    assert submit_year(office, 2023) == 3  # checked again now: all three pass


def test_unfinished_rows_are_counted_but_not_submitted(office):
    office.add_record(NAIROBI)
    office.save_unfinished_row({"indicator": "1.1.a", "year": 2023, "value": "many"})
    found = check_submission(office, 2023)
    assert found.ok and found.unfinished == 1
    assert submit_year(office, 2023, checked=found) == 1
    assert office.count_unfinished(2023) == 1
