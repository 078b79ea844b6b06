"""Figures printed as the report prints them, in English and in Chinese."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exports.numbers import (QUALIFIER_ORDER, QUALIFIER_RANK, combine_qualifiers, format_count, format_percent, percent,
                             round_percent, share_qualifier)


@pytest.mark.parametrize("value, qualifier, lang, expected", [
    # The report's own figures (HSP/OECPR.2025/5, paras 22-26).
    (17_600_000, "none", "en", "17.6 million"),
    (3_900_000, "more_than", "en", "more than 3.9 million"),
    (2_930_000, "more_than", "en", "more than 2.93 million"),
    (53_000_000, "none", "en", "53 million"),
    (41_200_000, "none", "en", "41.2 million"),
    (425_000, "none", "en", "425,000"),
    (466_000, "at_least", "en", "at least 466,000"),
    (152, "none", "en", "152"),
    (1_910_000_000, "none", "en", "1.91 billion"),
    (17_600_000, "none", "zh", "1 760 万"),
    (41_200_000, "none", "zh", "4 120 万"),
    (75_900_000, "none", "zh", "7 590 万"),
    (3_900_000, "more_than", "zh", "390多万"),
    (466_000, "none", "zh", "466 000"),
    (466_000, "at_least", "zh", "至少 466 000"),
    (24_000, "none", "zh", "24 000"),
    (191_000_000, "none", "zh", "1.91亿"),
    (304_000_000, "none", "zh", "3.04亿"),
    (20, "about", "zh", "约 20"),
    (20, "about", "en", "about 20"),
    (None, "none", "en", ""),
])
def test_counts_in_the_report_style(value, qualifier, lang, expected):
    assert format_count(value, qualifier, lang) == expected


def test_three_significant_digits_rounded_and_cut_down_when_qualified():
    assert format_count(17_650_001, "none", "en") == "17.7 million"
    # "more than 3.94 million" stays true; rounding up to 3.95 would overstate the result.
    assert format_count(3_949_999, "more_than", "en") == "more than 3.94 million"
    assert format_count(3_949_999, "at_least", "zh") == "至少 394 万"
    assert format_count(999_999, "none", "en") == "999,999"
    assert format_count(1_234_567, "none", "en", abbreviate=False) == "1,234,567"


@pytest.mark.parametrize("numerator, denominator, expected", [
    (17_600_000, 41_200_000, "43%"),  # 42.7 per cent
    (20, 32, "62%"),  # 62.5: half to even, as the report prints it
    (21, 40, "52%"),  # 52.5
    (23, 40, "58%"),  # 57.5
    (1, 3, "33%"),
])
def test_percentages_round_half_to_even(numerator, denominator, expected):
    assert format_percent(percent(numerator, denominator)) == expected


def test_percent_of_nothing_is_no_figure():
    assert percent(5, 0) is None
    assert percent(None, 5) is None
    assert format_percent(None) == ""
    assert round_percent(Fraction(125, 2)) == 62
    assert format_percent(percent(20, 32), "about", "zh") == "约62%"


def test_total_inherits_the_weakest_qualifier():
    assert combine_qualifiers(["none", "none"]) == "none"
    assert combine_qualifiers(["none", "at_least"]) == "at_least"
    assert combine_qualifiers(["at_least", "more_than", "none"]) == "more_than"
    assert combine_qualifiers(["more_than", "about"]) == "about"
    assert combine_qualifiers([]) == "none"
    assert share_qualifier("none", "none") == "none"
    assert share_qualifier("more_than", "none") == "about"


@given(st.lists(st.sampled_from(QUALIFIER_ORDER), max_size=8))
def test_combining_qualifiers_ignores_order_and_repetition(parts):
    combined = combine_qualifiers(parts)
    assert combined == combine_qualifiers(list(reversed(parts))) == combine_qualifiers(parts + parts)
    assert combined in QUALIFIER_ORDER
    assert (combined == "none") == all(p == "none" for p in parts)


@given(st.lists(st.sampled_from([*QUALIFIER_ORDER, "roughly"]), max_size=8))
def test_a_running_total_keeps_the_qualifier_combining_gives(parts):
    """The aggregation keeps the highest-ranked qualifier as records come (QUALIFIER_RANK);
    a qualifier the annex does not know never wins, as in combine_qualifiers."""
    held = "none"
    for part in parts:
        if QUALIFIER_RANK.get(part, 0) > QUALIFIER_RANK[held]:
            held = part
    assert held == combine_qualifiers(parts)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(QUALIFIER_ORDER))
def test_chinese_figures_use_spaces_never_commas(value, qualifier):
    text = format_count(value, qualifier, "zh")
    assert "," not in text
    assert text
