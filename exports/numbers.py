"""Figures written the way the Executive Director's report writes them, in each of the six languages.

English: "17.6 million", "more than 3.9 million", "425,000", "43%".
Chinese: "1 760 万", "390多万", "466 000", "1.91亿", "43%"; a space separates thousands.
French: "17,6 millions", "plus de 3,9 millions", "425 000", "43 %" (a no-break space groups digits).
Spanish: "17,6 millones", "más de 3,9 millones", "425.000", "43%".
Russian: "17,6 миллиона", "более 3,9 миллиона", "425 000", "43 %" (no-break space).
Arabic: "17.6 مليون", "أكثر من 3.9 مليون", "425,000", "43 في المائة" (Western digits).

The separators come from CLDR (Babel), corrected where UN documents write otherwise (see
``_SYMBOLS``). Words that follow a number ("million", "offices") agree with it by CLDR's plural
rules: Russian and Arabic have several plural forms.

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
    "fr": {"none": "", "at_least": "au moins", "more_than": "plus de", "about": "environ"},
    # Spanish "about": "alrededor de" rather than "aproximadamente", which a year column cuts in two.
    "es": {"none": "", "at_least": "al menos", "more_than": "más de", "about": "alrededor de"},
    # Russian takes the genitive after these, which the plural forms below already are ("более 3,9
    # миллиона", "не менее 5 миллионов").
    "ru": {"none": "", "at_least": "не менее", "more_than": "более", "about": "около"},
    "ar": {"none": "", "at_least": "ما لا يقل عن", "more_than": "أكثر من", "about": "نحو"},
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


def _cldr_symbols(lang: str) -> tuple[str, str]:
    """(group, decimal) separators of ``lang`` in CLDR, with Western (latn) digits."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return (get_group_symbol(lang, numbering_system="latn"), get_decimal_symbol(lang, numbering_system="latn"))


# (group, decimal) separators as UN documents write them. Chinese as the report prints it (a plain
# space: unchanged). French: CLDR gives a narrow no-break space (U+202F); a no-break space (U+00A0)
# is taken instead, as in Russian: it never breaks a number across lines, and the PDF's fonts and
# the paragraph engine treat U+202F as an ordinary breaking space. Spanish: UN Spanish documents
# write "3.591.426.000 dólares" and "3,9 millones" (period between groups, decimal comma), which is
# CLDR's "es"; unlike CLDR, four-digit figures are grouped too ("1.500"), as those documents do and
# as every other column of the table is. Arabic: CLDR's "ar" with Western digits, which Arabic UN
# documents use ("425,000", "3.9").
_SYMBOLS = {"en": (",", "."), "zh": (" ", "."), "fr": ("\u00a0", ","), "ru": ("\u00a0", ","), "es": (".", ","),
            "ar": (",", ".")}


def symbols(lang: str) -> tuple[str, str]:
    """The (group, decimal) separators of ``lang``'s figures."""
    return _SYMBOLS.get(lang) or _cldr_symbols(lang)


def group_thousands(value: int, lang: str) -> str:
    """425,000 in English; 466 000 in Chinese; 466 000 (no-break space) in French and Russian; 466.000 in Spanish."""
    text = f"{int(value):,}"
    group = symbols(lang)[0]
    return text.replace(",", group) if group != "," else text


def _decimal_text(value: Decimal, lang: str = "en") -> str:
    text = format(value.normalize(), "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    whole, _, fraction = text.partition(".")
    group, decimal = symbols(lang)
    whole = group_thousands(int(whole), lang) if lang not in ("en", "zh") else whole
    return f"{whole}{decimal}{fraction}" if fraction else whole


def plural_category(count, lang: str) -> str:
    """CLDR's plural category of ``count`` in ``lang``: one, two, few, many, zero or other."""
    from babel import Locale

    return Locale.parse(lang).plural_form(count)


def agree(count, forms: dict[str, str], lang: str) -> str:
    """The form of a word that agrees with ``count`` (forms by CLDR plural category; "other" required)."""
    return forms.get(plural_category(count, lang), forms["other"])


# Words for a million and a billion after a number, by plural category.
LARGE_WORDS = {
    "fr": ({"one": "million", "other": "millions"}, {"one": "milliard", "other": "milliards"}),
    # Spanish says "mil millones" for a billion: figures of a billion or more are written in millions.
    "es": ({"one": "millón", "other": "millones"}, None),
    "ru": ({"one": "миллион", "few": "миллиона", "many": "миллионов", "other": "миллиона"},
           {"one": "миллиард", "few": "миллиарда", "many": "миллиардов", "other": "миллиарда"}),
    "ar": ({"one": "مليون", "two": "مليونان", "few": "ملايين", "other": "مليون"},
           {"one": "مليار", "two": "ملياران", "few": "مليارات", "other": "مليار"}),
}


def format_count(value, qualifier: str = "none", lang: str = "en", *, abbreviate: bool = True) -> str:
    """A count in the report's style, with its qualifier: "more than 3.9 million", "390多万"."""
    if value is None:
        return ""
    value = int(value)
    if lang == "zh":
        return _format_zh(value, qualifier, abbreviate)
    if lang in LARGE_WORDS:
        return _format_other(value, qualifier, lang, abbreviate)
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


def _format_other(value: int, qualifier: str, lang: str, abbreviate: bool) -> str:
    """French, Spanish, Russian, Arabic: the English way, in the language's words and separators."""
    millions, billions = LARGE_WORDS[lang]
    if abbreviate and value >= MILLION:
        rounded = _three_digits(value, qualifier)
        if rounded >= BILLION and billions is not None:
            amount = Decimal(rounded) / BILLION
            words = billions
        else:
            amount = Decimal(rounded) / MILLION
            words = millions
        count = int(amount) if amount == amount.to_integral_value() else float(amount)
        # A plain space before the word: a narrow table column may wrap there (never inside the digits).
        number = f"{_decimal_text(amount, lang)} {agree(count, words, lang)}"
    else:
        number = group_thousands(value, lang)
    word = QUALIFIER_WORDS[lang].get(qualifier, "")
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


# A whole per cent as each language's UN documents print it: French and Russian put a no-break space
# before the sign (CLDR too); Spanish UN documents write "1%" (CLDR has a space); Arabic ones write
# "في المائة" (per cent) in words.
PERCENT_PATTERN = {"en": "{n}%", "zh": "{n}%", "fr": "{n}\u00a0%", "ru": "{n}\u00a0%", "es": "{n}%",
                   "ar": "{n}\u00a0في المائة"}


def format_percent(value, qualifier: str = "none", lang: str = "en") -> str:
    """A share as the tables print it: "43%" ("about 62%", "约62%")."""
    if value is None:
        return ""
    text = PERCENT_PATTERN.get(lang, "{n}%").format(n=round_percent(value))
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
    if lang not in ("en", "zh"):
        return _short_cldr(value, lang)
    sizes = ((YI, "亿"), (WAN, "万")) if lang == "zh" else ((BILLION, "B"), (MILLION, "M"), (1_000, "k"))
    for size, suffix in sizes:
        if abs(value) >= size:
            scaled = value / size
            return (f"{scaled:,.0f}" if abs(scaled) >= 100 else f"{scaled:.3g}") + suffix
    return f"{value:,}" if lang == "zh" else str(value)


def _short_cldr(value: int, lang: str) -> str:
    """CLDR's short compact form ("3,9 M", "3,9 млн", "3.9 مليون"), Western digits, UN separators."""
    from babel.numbers import format_compact_decimal

    if lang == "ar":  # a chart's bar label is drawn unshaped: Latin letters ("3.9M"), as in English
        return short_count(value, "en")
    if abs(value) < 10_000:
        return group_thousands(value, lang)
    text = format_compact_decimal(value, format_type="short", locale=lang, fraction_digits=1,
                                  numbering_system="latn")
    group, decimal = _cldr_symbols(lang)
    if decimal != symbols(lang)[1]:
        text = text.replace(decimal, symbols(lang)[1])
    return text.replace("\u202f", "\u00a0")


def short_figure(value, rule: str, qualifier: str = "none", lang: str = "en") -> str:
    """An annex figure as a chart labels its bar: ">3.9M", "≥12k", "43%" ("more than" as >, "at least" as ≥)."""
    if value is None:
        return ""
    if rule == "derived":
        text = f"{round_percent(value)}%" if lang in ("en", "zh", "ar") else format_percent(value, "none", lang)
    else:
        text = short_count(value, lang)
    return QUALIFIER_MARKS.get(qualifier, "") + text
