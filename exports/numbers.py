"""Figures written the way the Executive Director's report writes them, in English and in Chinese.

English: "17.6 million", "more than 3.9 million", "425,000", "43%".
Chinese: "1 760 万", "390多万", "466 000", "1.91亿", "43%"; a space separates thousands.

Large figures keep three significant digits, as the report does. A figure qualified "more than"
or "at least" is cut down, not rounded up, so that the printed statement stays true.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from fractions import Fraction

QUALIFIER_ORDER = ("none", "at_least", "more_than", "about")

QUALIFIER_WORDS = {
    "en": {"none": "", "at_least": "at least", "more_than": "more than", "about": "about"},
    "zh": {"none": "", "at_least": "至少", "more_than": "超过", "about": "约"},
}

MILLION = 1_000_000
BILLION = 1_000_000_000
WAN = 10_000
YI = 100_000_000


def combine_qualifiers(qualifiers) -> str:
    """The qualifier a total inherits from its parts.

    Any part "about" makes the total "about" (it may be off either way); otherwise any part
    "more than" makes it "more than"; otherwise any "at least" makes it "at least"; a total of
    exact parts is exact.
    """
    found = set(qualifiers)
    for q in ("about", "more_than", "at_least"):
        if q in found:
            return q
    return "none"


# For a running total: a record's qualifier replaces the total's when it ranks higher
# (QUALIFIER_ORDER; a qualifier the annex does not know ranks as "none", as above).
QUALIFIER_RANK = {q: rank for rank, q in enumerate(QUALIFIER_ORDER)}


def share_qualifier(numerator_qualifier: str, denominator_qualifier: str) -> str:
    """A share of two qualified figures is only approximately known: "about" if either part is qualified."""
    if numerator_qualifier == "none" and denominator_qualifier == "none":
        return "none"
    return "about"


def percent(numerator, denominator) -> Fraction | None:
    """numerator ÷ denominator × 100, exactly; None when the denominator is zero or missing."""
    if numerator is None or not denominator:
        return None
    return Fraction(numerator) * 100 / Fraction(denominator)


def round_percent(value) -> int:
    """Whole per cent, half to even as the report prints it: 42.7 → 43, 62.5 → 62."""
    return round(Fraction(value))


def _three_digits(value: int, qualifier: str) -> int:
    """``value`` kept to three significant digits (cut down for "more than"/"at least")."""
    digits = len(str(abs(int(value))))
    if digits <= 3:
        return int(value)
    quantum = Decimal(10) ** (digits - 3)
    mode = ROUND_DOWN if qualifier in ("more_than", "at_least") else ROUND_HALF_EVEN
    return int((Decimal(int(value)) / quantum).to_integral_value(rounding=mode) * quantum)


def group_thousands(value: int, lang: str) -> str:
    """425,000 in English; 466 000 in Chinese."""
    text = f"{int(value):,}"
    return text.replace(",", " ") if lang == "zh" else text


def _decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_count(value, qualifier: str = "none", lang: str = "en", *, abbreviate: bool = True) -> str:
    """A count in the report's style, with its qualifier: "more than 3.9 million", "390多万"."""
    if value is None:
        return ""
    value = int(value)
    if lang == "zh":
        return _format_zh(value, qualifier, abbreviate)
    if abbreviate and value >= MILLION:
        rounded = _three_digits(value, qualifier)
        if rounded >= BILLION:
            number = f"{_decimal_text(Decimal(rounded) / BILLION)} billion"
        else:
            number = f"{_decimal_text(Decimal(rounded) / MILLION)} million"
    else:
        number = group_thousands(value, "en")
    word = QUALIFIER_WORDS["en"].get(qualifier, "")
    return f"{word} {number}" if word else number


def _format_zh(value: int, qualifier: str, abbreviate: bool) -> str:
    if abbreviate and value >= MILLION:
        rounded = _three_digits(value, qualifier)
        if rounded >= YI:
            number, unit = _decimal_text(Decimal(rounded) / YI), "亿"
        else:
            number, unit = group_thousands(rounded // WAN, "zh"), "万"
        if qualifier == "more_than" and "." not in number:
            return f"{number}多{unit}"  # 390多万: the report's way of saying "more than 3.9 million"
        text = f"{number}{unit}" if unit == "亿" else f"{number} {unit}"
    else:
        text = group_thousands(value, "zh")
    word = QUALIFIER_WORDS["zh"].get(qualifier, "")
    return f"{word} {text}" if word else text  # 至少 466 000, as the report spaces it


def format_percent(value, qualifier: str = "none", lang: str = "en") -> str:
    """A share as the tables print it: "43%" ("about 62%", "约62%")."""
    if value is None:
        return ""
    text = f"{round_percent(value)}%"
    word = QUALIFIER_WORDS.get(lang, QUALIFIER_WORDS["en"]).get(qualifier, "")
    if not word:
        return text
    return f"{word}{text}" if lang == "zh" else f"{word} {text}"


def format_value(value, rule: str, qualifier: str = "none", lang: str = "en", *, abbreviate: bool = True) -> str:
    """Any annex figure: a share for a derived indicator, a count otherwise."""
    if rule == "derived":
        return format_percent(value, qualifier, lang)
    return format_count(value, qualifier, lang, abbreviate=abbreviate)


def share_value(value) -> float | None:
    """A share as a plain number for scripts and spreadsheets: one decimal place."""
    if value is None:
        return None
    return float(exact_decimal(Fraction(value)))


def exact_decimal(value: Fraction, places: int = 1) -> Decimal:
    """A share as a decimal with ``places`` digits, rounded half to even."""
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(quantum, rounding=ROUND_HALF_EVEN)


QUALIFIER_MARKS = {"none": "", "at_least": "≥", "more_than": ">", "about": "~"}


def short_count(value, lang: str = "en") -> str:
    """A count short enough for a chart's bar: 3.9M, 12.3k (English), 390万, 1.2亿 (Chinese)."""
    if value is None:
        return ""
    if value != int(value):
        return f"{value:.1f}"
    value = int(value)
    sizes = ((YI, "亿"), (WAN, "万")) if lang == "zh" else ((BILLION, "B"), (MILLION, "M"), (1_000, "k"))
    for size, suffix in sizes:
        if abs(value) >= size:
            scaled = value / size
            return (f"{scaled:,.0f}" if abs(scaled) >= 100 else f"{scaled:.3g}") + suffix
    return f"{value:,}" if lang == "zh" else str(value)


def short_figure(value, rule: str, qualifier: str = "none", lang: str = "en") -> str:
    """An annex figure as a chart labels its bar: ">3.9M", "≥12k", "43%" ("more than" as >, "at least" as ≥)."""
    if value is None:
        return ""
    text = f"{round_percent(value)}%" if rule == "derived" else short_count(value, lang)
    return QUALIFIER_MARKS.get(qualifier, "") + text
