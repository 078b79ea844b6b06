"""The record rules, with property-based tests over the whole input space."""

import pycountry
import pytest
from hypothesis import given, settings, strategies as st

from db.framework import get_framework
from db.validation import check_record

PLAN = get_framework()
SUM_CODES = [i.code for i in PLAN.indicators() if i.rule == "sum"]
CITY_CODES = [i.code for i in PLAN.indicators() if i.entity == "city"]
DERIVED_CODES = [i.code for i in PLAN.indicators() if i.rule == "derived"]
ISO3 = sorted(c.alpha_3 for c in pycountry.countries)
years = st.integers(min_value=PLAN.first_year, max_value=PLAN.last_year)


def fields(problems):
    return {p.field for p in problems}


@given(code=st.sampled_from(SUM_CODES), year=years, value=st.integers(0, 10**12),
       as_text=st.booleans())
def test_any_whole_non_negative_count_is_accepted(code, year, value, as_text):
    raw = {"indicator": code, "year": str(year) if as_text else year,
           "value": f"{value:,}" if as_text else value}
    clean, problems = check_record(raw, PLAN)
    assert problems == []
    assert (clean["year"], clean["value"]) == (year, value)


@given(code=st.sampled_from(SUM_CODES), value=st.integers(max_value=-1))
def test_negative_counts_are_refused(code, value):
    _, problems = check_record({"indicator": code, "year": 2022, "value": value}, PLAN)
    assert fields(problems) == {"value"}
    assert "negative" in problems[0].message


@given(value=st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).filter(lambda f: not float(f).is_integer()),
    st.text(min_size=1).filter(lambda s: not s.strip().replace(",", "").replace(" ", "").isdigit()
                               and s.strip() not in ("",))))
def test_values_that_are_not_whole_numbers_are_refused(value):
    _, problems = check_record({"indicator": "1.1.a", "year": 2022, "value": value}, PLAN)
    assert "value" in fields(problems)


@given(year=st.integers().filter(lambda y: y not in PLAN.years))
def test_years_outside_the_plan_period_are_refused(year):
    _, problems = check_record({"indicator": "1.1.a", "year": year, "value": 1}, PLAN)
    assert fields(problems) == {"year"}
    assert "2020–2025" in problems[0].message


@given(code=st.text(max_size=8).filter(lambda c: PLAN.indicator(c.strip()) is None))
def test_unknown_indicators_are_refused(code):
    _, problems = check_record({"indicator": code, "year": 2022, "value": 1}, PLAN)
    assert "indicator" in fields(problems)


@given(code=st.sampled_from(DERIVED_CODES), year=years)
def test_derived_indicators_cannot_be_entered(code, year):
    _, problems = check_record({"indicator": code, "year": year, "value": 43}, PLAN)
    assert any(p.field == "indicator" and "cannot be entered" in p.message for p in problems)


@given(code=st.sampled_from(CITY_CODES), country=st.sampled_from(ISO3),
       city=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=50).filter(str.strip))
def test_a_city_record_with_a_country_and_city_is_accepted(code, country, city):
    clean, problems = check_record({"indicator": code, "year": 2021, "country": country.lower(),
                                    "city": city}, PLAN)
    assert problems == []
    assert clean["country"] == country and clean["value"] is None


@given(city=st.text(min_size=1, max_size=20).filter(str.strip), control=st.characters(categories=("Cc",)),
       at=st.integers(0, 20))
def test_a_city_holding_a_control_character_is_refused(city, control, at):
    city = city.strip()
    city = city[:at] + control + city[at:]
    _, problems = check_record({"indicator": CITY_CODES[0], "year": 2021, "country": "KEN", "city": city}, PLAN)
    if city.strip() == city:  # a tab or line break at either end is trimmed like any space
        assert "city" in fields(problems)


@given(code=st.sampled_from(CITY_CODES), missing=st.sampled_from(["country", "city"]))
def test_a_city_record_needs_both_country_and_city(code, missing):
    raw = {"indicator": code, "year": 2021, "country": "KEN", "city": "Kisumu", missing: ""}
    _, problems = check_record(raw, PLAN)
    assert missing in fields(problems)


@given(country=st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=90), min_size=1,
                       max_size=4).filter(lambda c: c not in ISO3))
def test_country_codes_must_be_iso_3166_alpha_3(country):
    _, problems = check_record({"indicator": "1.2.c", "year": 2021, "country": country}, PLAN)
    assert any(p.field == "country" and "ISO 3166-1 alpha-3" in p.message for p in problems)


@given(qualifier=st.text(max_size=12))
def test_qualifiers_come_from_the_fixed_list(qualifier):
    clean, problems = check_record({"indicator": "1.1.a", "year": 2022, "value": 5,
                                    "qualifier": qualifier}, PLAN)
    known = qualifier.strip().lower() in {"", "none", "exact", "at least", "at_least", "more than",
                                          "more_than", "over", "about", "approximately", "around",
                                          "至少", "多", "超过", "约"}
    assert (problems == []) == known
    assert clean["qualifier"] in {"none", "at_least", "more_than", "about"}


@pytest.mark.parametrize("raw, field, words", [
    ({"indicator": "1.1.c", "year": 2022, "value": 7, "country": "KEN", "city": "Nakuru"}, "value", "leave empty"),
    ({"indicator": "1.1.e", "year": 2022, "country": "KEN"}, "entity", "name of the utilities"),
    ({"indicator": "1.1.a", "year": 2022, "value": 5, "sex": "f"}, "sex", "not one of: female, male"),
    ({"indicator": "1.1.c", "year": 2022, "country": "KEN", "city": "Nakuru", "sex": "female"}, "sex",
     "not broken down by sex"),
    ({"indicator": "1.1.a", "year": 2022, "value": 5, "city": "Nairobi"}, "country", "required when a city"),
    ({"indicator": "1.1.a", "year": 2022}, "value", "required for 1.1.a"),
    ({"indicator": "", "year": 2022, "value": 1}, "indicator", "required"),
])
def test_messages_name_the_field_and_say_what_is_expected(raw, field, words):
    _, problems = check_record(raw, PLAN)
    assert any(p.field == field and words in p.message for p in problems), problems


@settings(max_examples=50)
@given(st.dictionaries(st.sampled_from(["indicator", "year", "value", "country", "city", "entity",
                                        "qualifier", "sex", "age", "disability", "narrative", "source"]),
                       st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats())))
def test_no_input_makes_the_check_crash(raw):
    clean, problems = check_record(raw, PLAN)
    assert isinstance(problems, list)
    assert set(clean) >= {"indicator", "year", "value", "qualifier"}
