"""How an indicator counts, shown beside the grid where its numbers are typed.

Everything comes from the framework file (resources/frameworks): the name, the unit, the rule
(summed, or each city/country/item counted once), the breakdowns, the SDG indicators and the
figure the 2025 report gives. The rule is put in plain words with an example of what counts once.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from db.framework import Framework, Indicator
from desktop import terms


class IndicatorHelp(QFrame):
    """A small panel: what the selected indicator counts and how."""

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.code: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("How the indicator counts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # built below from escaped text only
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        self.show_hint()

    def show_hint(self) -> None:
        self.code = None
        self.text.setText(html.escape(self.tr("Select an indicator, or a row of the grid, to see what it "
                                              "counts and how.")))

    def show_indicator(self, framework: Framework, code: str | None) -> None:
        indicator = framework.indicator(code or "")
        if indicator is None:
            self.show_hint()
            return
        self.code = code
        rule, example = self.counting_rule(indicator, framework)
        words = {"sex": self.tr("sex"), "age": self.tr("age group"), "disability": self.tr("disability")}
        breakdowns = ", ".join(words[d] for d in indicator.disaggregations)
        rows = [
            (self.tr("Unit"), framework.unit_name(indicator.unit, self.lang)),
            (self.tr("How it counts"), rule),
            (self.tr("Counts once"), example),
            (self.tr("Breakdowns"), breakdowns or self.tr("none")),
            (self.tr("SDG indicators"), ", ".join(indicator.sdg) or self.tr("none")),
        ]
        if any(i.report_value is not None for i in framework.indicators()):  # a plan the 2025 report covers
            figure = self.report_figure(indicator, framework) or self.tr("no figure given")
            rows.append((self.tr("2025 report"), figure))
        name = html.escape(indicator.name.get(self.lang))
        parts = [f"<b>{html.escape(indicator.code)}</b>&nbsp; {name}"]
        # "{label}:" is translated: Chinese writes a full-width colon, French a space before it.
        parts += [f"<b>{html.escape(self.tr('{label}:').format(label=label))}</b> {html.escape(text)}"
                  for label, text in rows if text]
        self.text.setText("<br>".join(parts))

    def counting_rule(self, indicator: Indicator, framework: Framework) -> tuple[str, str]:
        """(the rule in plain words, an example of what counts once)."""
        unit = framework.unit_name(indicator.unit, self.lang)
        if indicator.rule == "sum":
            return (self.tr("Each record gives a number of {unit}; the annex adds up the records of the "
                            "year, and the years for the plan period.").format(unit=unit),
                    self.tr("Count each person or household once: one reached in 2022 and again in 2023 "
                            "is entered in 2022 only, and not in two records of the same year."))
        if indicator.rule == "derived":
            return (self.tr("Not entered: computed as {numerator} ÷ {denominator}.").format(
                numerator=indicator.numerator, denominator=indicator.denominator), "")
        if indicator.entity == "city":
            return (self.tr("Each record names one city (with its country); a city counts once, however "
                            "many records name it."),
                    self.tr("Nairobi entered in two records, or in 2022 and again in 2024, is one city in "
                            "the plan-period total (and one in each year's column). Names are compared "
                            "without case or extra spaces."))
        if indicator.entity == "country":
            return (self.tr("Each record names one country; a country counts once, however many records "
                            "name it."),
                    self.tr("Kenya entered in two records, or in two years, is one country in the "
                            "plan-period total."))
        if indicator.entity == "country_or_city":
            return (self.tr("Each record names a country, or a city with its country; each counts once, "
                            "however many records name it."),
                    self.tr("Kenya entered twice is one country; Nairobi (Kenya) entered twice is one "
                            "city."))
        return (self.tr("Each record names one {unit}; each name counts once, however many records give "
                        "it.").format(unit=unit),
                self.tr("The same name entered in two records, or in two years, counts once in the "
                        "plan-period total. Names are compared without case or extra spaces."))

    def report_figure(self, indicator: Indicator, framework: Framework) -> str:
        """The 2025 report's figure for the plan period, in words ("" when the report gives none)."""
        if indicator.report_value is None:
            return ""
        value = indicator.report_value
        locale = QLocale()
        number = (locale.toString(int(value)) if float(value).is_integer()
                  else locale.toString(float(value), "f", 1))
        if indicator.rule == "derived":
            number = f"{number} %"
        qualifier = terms.qualifier_labels().get(indicator.report_qualifier, "")
        shown = f"{qualifier} {number}" if indicator.report_qualifier != "none" and qualifier else number
        document = framework.source.split(",")[0] if framework.source else ""
        if indicator.report_para:
            return self.tr("{figure} in 2020–2025 ({document}, para. {para})").format(
                figure=shown, document=document, para=indicator.report_para)
        return self.tr("{figure} in 2020–2025 ({document})").format(figure=shown, document=document)

    def plain_text(self) -> str:
        """What the panel says, without formatting (for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()
