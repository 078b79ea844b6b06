"""The results framework as a tree beside the grid, with the year's record counts, and its search box's filter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from db.framework import Framework
from db.schema import LOCKED_STATUSES
from desktop.i18n import left_to_right


class FrameworkTreeModel(QStandardItemModel):
    """The plan's tree (2020–2025: domains of change → outcomes → indicators; a later plan's own levels,
    up to four), with the year's record counts and status."""

    CodeRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2  # domain | outcome | indicator
    IndicatorsRole = Qt.ItemDataRole.UserRole + 3  # enterable indicator codes under the node
    SearchRole = Qt.ItemDataRole.UserRole + 4  # text the search box matches (code and names)

    def __init__(self, framework: Framework, lang: str = "en", parent=None, removed=()):
        super().__init__(parent)
        self.framework = framework
        self.lang = lang
        self.removed = list(removed)  # indicators a newer version of the plan removed: their records, read-only
        self._by_code: dict[str, list[QStandardItem]] = {}
        self.setHorizontalHeaderLabels([self.tr("Results framework"),
                                        self.tr("Records"), self.tr("Status")])
        self._build()

    def _row(self, code: str, text: str, kind: str, indicators: list[str], search: str,
             official: bool = True) -> list[QStandardItem]:
        name = QStandardItem(text)
        name.setData(code, self.CodeRole)
        name.setData(kind, self.KindRole)
        name.setData(indicators, self.IndicatorsRole)
        name.setData(search.casefold(), self.SearchRole)
        name.setToolTip(text if official else self.tr("{name}\n(not an official translation)").format(name=text))
        count = QStandardItem("")
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QStandardItem("")
        row = [name, count, status]
        for item in row:
            item.setEditable(False)
        self._by_code[f"{kind}:{code}"] = row
        return row

    def _official(self, names) -> bool:
        return self.lang == "en" or names.is_official(self.lang)

    def _build(self) -> None:
        fw, lang = self.framework, self.lang
        for root in fw.domains:
            self.appendRow(self._group(root, top=True))
        if fw.enablers:
            label = fw.level_names.get("enabler")
            codes = [i.code for e in fw.enablers for i in e.all_indicators() if i.enterable]
            top = self._row("E", label.get(lang) if label else "E", "domain", codes, "E")
            for enabler in fw.enablers:
                top[0].appendRow(self._group(enabler))
            self.appendRow(top)
        if self.removed:
            top = self._row("REMOVED", self.tr("Removed from the plan (read-only)"), "domain",
                            [i.code for i in self.removed], "")
            top[0].setToolTip(self.tr("Indicators that a newer version of the plan no longer has: their records "
                                      "are kept, read-only, and not counted"))
            for indicator in self.removed:
                leaf = self._row(indicator.code, f"{left_to_right(indicator.code)}  {indicator.name.get(lang)}",
                                 "indicator", [indicator.code], indicator.code, self._official(indicator.name))
                for item in leaf:
                    item.setForeground(QBrush(QColor("#777777")))
                top[0].appendRow(leaf)
            self.appendRow(top)

    def _group(self, group, top: bool = False) -> list[QStandardItem]:
        """A group's row with the rows under it, as deep as the plan goes (up to four levels).

        A group holding indicators is an "outcome" (its narrative, its records); the groups above are
        "domain" rows. The tooltip names the group's level in the plan's own words ("Impact area").
        """
        lang = self.lang
        codes = [i.code for i in group.all_indicators() if i.enterable]
        kind = "domain" if group.children or (top and not group.indicators) else "outcome"
        row = self._row(group.code, f"{left_to_right(group.code)}  {group.name.get(lang)}", kind, codes,
                        group.code, self._official(group.name))
        level = self.framework.level(group.level)
        if level is not None:
            row[0].setToolTip(f"{level.name.get(lang)}: {row[0].toolTip()}")
        for child in group.children:
            row[0].appendRow(self._group(child))
        for indicator in group.indicators:
            search = " ".join([indicator.code, *indicator.name.texts.values()])
            leaf = self._row(indicator.code, f"{left_to_right(indicator.code)}  {indicator.name.get(lang)}",
                             "indicator", [indicator.code] if indicator.enterable else [], search,
                             self._official(indicator.name))
            if not indicator.enterable:
                leaf[0].setToolTip(self.tr("{name}\nComputed from {numerator} ÷ {denominator}; "
                                           "not entered.").format(name=indicator.name.get(lang),
                                                                  numerator=indicator.numerator,
                                                                  denominator=indicator.denominator))
                for item in leaf:
                    item.setForeground(QBrush(QColor("#777777")))
            row[0].appendRow(leaf)
        return row

    def update_counts(self, counts: dict[tuple[str, str], int]) -> None:
        """Show each node's live records for the year and whether they are submitted."""
        live: dict[str, int] = {}
        locked: dict[str, int] = {}
        for (code, status), n in counts.items():
            live[code] = live.get(code, 0) + n
            if status in LOCKED_STATUSES:
                locked[code] = locked.get(code, 0) + n
        for row in self._by_code.values():
            codes = row[0].data(self.IndicatorsRole) or []
            total = sum(live.get(c, 0) for c in codes)
            done = sum(locked.get(c, 0) for c in codes)
            row[1].setText(str(total) if total else "")
            if total == 0:
                row[2].setText("")
            elif done == total:
                row[2].setText(self.tr("submitted"))
            elif done == 0:
                row[2].setText(self.tr("draft"))
            else:
                row[2].setText(self.tr("partly submitted"))

    def index_of(self, kind: str, code: str) -> QModelIndex:
        row = self._by_code.get(f"{kind}:{code}")
        return row[0].index() if row else QModelIndex()


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Keeps the indicators whose code or name (in any language) holds every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, FrameworkTreeModel.KindRole) != "indicator":
            return False  # a group is shown when one of its indicators matches (recursive filtering)
        text = model.data(index, FrameworkTreeModel.SearchRole) or ""
        return all(word in text for word in self._words)
