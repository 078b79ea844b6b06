"""The overview page: what the open file holds, at a glance, beside the record grid.

In an office: the selected year's records per outcome (entered, submitted, returned, indicators
without data), what changed since the year was last submitted, and each indicator's values over
the plan's years as small multiples. At headquarters: the problems standing between the data and
the annex, an office × year completeness map, and each indicator's merged figures by year, region
or office next to the figure the report gives. Clicking a bar, a cell or a problem opens the
records behind it (``open_records``).

The numbers come from ``exports.overview`` (the annex aggregation, the completeness and the
check), computed on a worker thread after the page is shown: the window never waits for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from desktop import accessible, jobs, plain_text
from desktop.charts import Bar, BarChart, HeatMap, Segment, StackedRow, StatusBars

# The core (exports.*) is imported where it is used, not here: importing the exports package loads
# the aggregation engine, which the window's start-up must not pay for. By the time a page is
# drawn, the worker computing its figures has imported it.

COLUMNS = 3  # small multiples per row
PROBLEMS_LISTED = 12


class OverviewPage(QScrollArea):
    """The overview of one file; ``refresh(path)`` recomputes it in the background."""

    # kind (indicator | outcome | domain), code, year or None, office code or None
    open_records = Signal(str, str, object, object)
    ready = Signal()  # the page shows new figures

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.data = None  # an exports.overview.Overview
        self.year: int | None = None
        self.charts: dict[str, BarChart] = {}  # indicator code → its small multiple
        self.status_chart: StatusBars | None = None
        self.heat_map: HeatMap | None = None
        self._path: Path | None = None
        self._job: jobs.Job | None = None
        self._again = False
        self._domain = ""
        self._dimension = "year"
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._message(self.tr("The overview is computed when a file is open."))

    # --- computing ------------------------------------------------------------------------------
    def refresh(self, path: Path) -> None:
        """Recompute the overview of ``path`` off the GUI thread (once more if already computing)."""
        self._path = Path(path)
        if self._job is not None:
            self._again = True
            return
        if self.data is None:
            self._message(self.tr("Computing the overview…"))
        from exports.overview import overview_file

        job = jobs.Job(lambda progress, path=self._path, year=self.year: overview_file(path, progress, year), self)
        job.succeeded.connect(self._computed)
        job.failed.connect(lambda message: self._message(
            self.tr("The overview could not be computed: {message}").format(message=message)))
        job.ended.connect(self._ended)
        self._job = jobs.start(job)

    def _ended(self) -> None:
        self._job.deleteLater()
        self._job = None
        if self._again:
            self._again = False
            self.refresh(self._path)

    def _computed(self, data) -> None:
        if self._again:
            return  # the file changed meanwhile: the next result is the one to show
        self.data = data
        if self.year not in data.framework.years:
            self.year = data.framework.last_year
        self._build()

    def set_year(self, year: int | None) -> None:
        """The reporting year chosen in the window (office overview)."""
        if year == self.year:
            return
        self.year = year
        if self.data is not None and year is not None and year not in self.data.framework.years and self._path:
            self.refresh(self._path)  # a year of another plan: that plan's overview
        elif self.data is not None and self.data.kind == "office":
            self._build()

    def clear(self) -> None:
        self.data = None
        self._message(self.tr("The overview is computed when a file is open."))

    # --- building -------------------------------------------------------------------------------
    def _message(self, text: str) -> None:
        widget = plain_text.label(text)
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts, self.status_chart, self.heat_map = {}, None, None
        self.setWidget(widget)

    def _build(self) -> None:
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.charts, self.status_chart, self.heat_map = {}, None, None
        if self.data.kind == "office":
            self._build_office()
        else:
            self._build_headquarters()
        self.body.addStretch(1)
        self.setWidget(body)
        self.ready.emit()

    def _heading(self, text: str, size: int = 2) -> QLabel:
        label = plain_text.label(text)
        font = label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + size)
        label.setFont(font)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def _note(self, text: str) -> QLabel:
        label = plain_text.label(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #444444")
        self.body.addWidget(label)
        return label

    def _name(self, names) -> str:
        return names.get(self.lang)

    def _figure(self, result, cell) -> str:
        from exports.numbers import format_value

        return format_value(cell.value, result.rule, cell.qualifier, self.lang) if cell.value is not None else "—"

    def _status_words(self) -> dict[str, str]:
        return {"submitted": self.tr("submitted"), "draft": self.tr("draft"), "returned": self.tr("returned"),
                "partly submitted": self.tr("partly submitted"),
                "draft only in the office": self.tr("draft only in the office"),
                "not received": self.tr("not received")}

    # --- office ---------------------------------------------------------------------------------
    def _build_office(self) -> None:
        data, year, framework = self.data, self.year, self.data.framework
        office = next((o for o in data.annex.offices), None)
        self._heading(self.tr("Overview of {office}, {year}").format(
            office=f"{office.name} ({office.code})" if office else "", year=year))
        self._note(self.tr("Working figures: drafts are included, as entered. Click a bar or an outcome to "
                           "open its records."))
        words = self._status_words()
        rows = []
        for entry in data.outcomes_in(year):
            group = framework.group(entry.outcome)
            enterable = sum(1 for i in group.indicators if i.enterable)
            if not enterable:
                continue  # an enabler without indicators of its own
            note = self.tr("{entered} entered · {empty} of {indicators} indicators without data").format(
                entered=entry.entered, empty=len(entry.no_data), indicators=enterable)
            tip = self.tr("{submitted} submitted, {draft} draft, {returned} returned; without data: {codes}").format(
                submitted=entry.submitted, draft=entry.draft, returned=entry.returned,
                codes=", ".join(entry.no_data) or "—")
            rows.append(StackedRow(f"{group.code}  {self._name(group.name)}",
                                   (Segment("submitted", entry.submitted), Segment("draft", entry.draft),
                                    Segment("returned", entry.returned)),
                                   note, ("outcome", group.code, year, None), tip))
        chart = StatusBars(self.tr("Records in {year} by outcome").format(year=year), rows,
                           [(s, words[s]) for s in ("submitted", "draft", "returned")])
        chart.lang = self.lang
        chart.setObjectName("status-chart")
        chart.activated.connect(self._activate)
        self.status_chart = chart
        self.body.addWidget(chart)

        self._heading(self.tr("Changes since the last submission"), 1)
        when = data.last_submitted.get(year)
        if when is None:
            self._note(self.tr("{year} has not been submitted yet.").format(year=year))
        else:
            changes = data.changes.get(year, [])
            self._note(self.tr("{year} was last submitted on {date} (UTC).").format(year=year, date=when[:16].replace(
                "T", " ")) + " " + (self.tr("Nothing has changed since.") if not changes else
                                    self.tr("Records changed since, by indicator:")))
            if changes:
                listing = QListWidget()
                listing.setObjectName("changes")
                for change in changes:
                    item = QListWidgetItem(
                        self.tr("{code}: {added} added, {changed} changed, {deleted} deleted").format(
                            code=change.indicator, added=change.added, changed=change.changed, deleted=change.deleted))
                    item.setData(Qt.ItemDataRole.UserRole, ("indicator", change.indicator, year, None))
                    listing.addItem(item)
                listing.setMaximumHeight(min(160, 24 * len(changes) + 8))
                listing.itemActivated.connect(lambda item: self._activate(item.data(Qt.ItemDataRole.UserRole)))
                listing.itemClicked.connect(lambda item: self._activate(item.data(Qt.ItemDataRole.UserRole)))
                self.body.addWidget(listing)
        self._small_multiples(self._office_bars)

    def _office_bars(self, result) -> tuple[list[Bar], str]:
        from exports.overview import year_series

        bars = [Bar(str(y), value, ("indicator", result.code, y, None), "selected" if y == self.year else "normal",
                    f"{result.code} {y}: {self._figure(result, result.by_year[y])}")
                for y, value in year_series(result)]
        note = self.tr("{period}: {figure}").format(period=self.data.annex.period,
                                                    figure=self._figure(result, result.total))
        earlier, said = self._earlier_bars(result.code)
        return earlier + bars, note + self._target_words(result) + said

    def _earlier_bars(self, code: str) -> tuple[list[Bar], str]:
        """The years of the earlier plan's indicator that ``code`` continues (the plan's crosswalk), in grey."""
        earlier = self.data.earlier.get(code)
        if earlier is None:
            return [], ""
        bars = [Bar(str(y), value, ("indicator", earlier.code, y, None), "earlier",
                    self.tr("{code} {year} ({plan}): {value}").format(
                        code=earlier.code, year=y, plan=earlier.plan, value="—" if value is None else f"{value:,g}"))
                for y, value in earlier.years]
        return bars, " · " + self.tr("grey: {code} of {plan}, which it continues").format(code=earlier.code,
                                                                                         plan=earlier.plan)

    def _target_words(self, result) -> str:
        from exports.numbers import short_count
        from exports.overview import progress_to_target

        indicator = result.indicator
        progress = progress_to_target(indicator, result)
        if indicator.target is None:
            return ""
        target = short_count(indicator.target.value, self.lang)
        if progress is None:
            return " · " + self.tr("target {value} by {year}").format(value=target, year=indicator.target.year)
        return " · " + self.tr("{percent} % of the way to {value} by {year}").format(
            percent=round(progress * 100), value=target, year=indicator.target.year)

    def _small_multiples(self, make_bars, codes=None) -> None:
        framework = self.data.framework
        annex = self.data.annex
        groups = [(d.code, self._name(d.name), d.all_indicators()) for d in framework.domains]
        if framework.enablers:
            label = framework.level_names.get("enabler")
            groups.append(("E", label.get(self.lang) if label else "E",
                           [i for e in framework.enablers for i in e.indicators]))
        for code, name, indicators in groups:
            if codes is not None and code not in codes:
                continue
            self._heading(f"{code}  {name}" if code != "E" else name, 1)
            grid_widget = QWidget()
            grid = QGridLayout(grid_widget)
            grid.setContentsMargins(0, 0, 0, 0)
            for column in range(COLUMNS):
                grid.setColumnStretch(column, 1)
            for n, indicator in enumerate(indicators):
                result = annex.result(indicator.code)
                bars, note = make_bars(result)
                chart = BarChart(f"{indicator.code}  {self._name(indicator.name)}", bars, note)
                chart.lang = self.lang
                chart.setObjectName(f"chart-{indicator.code}")
                chart.setToolTip(self._name(indicator.name))
                chart.activated.connect(self._activate)
                # Right-click: the records behind the figure and what the counting rule did with each.
                chart.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                explain = QAction(self.tr("Explain this figure…"), chart)
                explain.triggered.connect(lambda _=False, c=indicator.code: self.explain_figure(c))
                chart.addAction(explain)
                self.charts[indicator.code] = chart
                grid.addWidget(chart, n // COLUMNS, n % COLUMNS)
            self.body.addWidget(grid_widget)

    # --- headquarters ---------------------------------------------------------------------------
    def _build_headquarters(self) -> None:
        data, annex = self.data, self.data.annex
        self._heading(self.tr("Overview of the headquarters file: {offices} offices, {period}").format(
            offices=len(annex.offices), period=annex.period))
        self._note(self.tr("The figures the annex would show: submitted and validated records. Click a bar, "
                           "a cell or a problem to open its records."))
        self._problems()
        words = self._status_words()
        offices = [(o.code, f"{o.code}  {o.name}") for o in annex.offices]
        cells = {(s.office, s.year): (s.state, f"{s.office} {s.year}: {words[s.state]} "
                                      + self.tr("({held} records held, {returned} returned)").format(
                                          held=s.held, returned=s.returned))
                 for s in data.office_years}
        heat = HeatMap(self.tr("Reports received, by office and year"))
        heat.lang = self.lang
        heat.setObjectName("heat-map")
        heat.set_cells(offices, annex.years, cells,
                       [(s, words[s]) for s in ("submitted", "partly submitted", "returned",
                                                "draft only in the office", "not received")])
        heat.activated.connect(lambda key: self._activate(("domain", self._domain, key[1], key[0])))
        self.heat_map = heat
        self.body.addWidget(heat)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Domain of change")))
        self.domain_box = QComboBox()
        framework = data.framework
        for domain in framework.domains:
            self.domain_box.addItem(f"{domain.code}  {self._name(domain.name)}", domain.code)
        if framework.enablers:
            label = framework.level_names.get("enabler")
            self.domain_box.addItem(label.get(self.lang) if label else "E", "E")
        self._domain = self._domain or self.domain_box.itemData(0)
        self.domain_box.setCurrentIndex(max(0, self.domain_box.findData(self._domain)))
        row.addWidget(self.domain_box)
        row.addWidget(QLabel(self.tr("Figures by")))
        self.dimension_box = QComboBox()
        for key, text in (("year", self.tr("year")), ("region", self.tr("region")), ("office", self.tr("office"))):
            self.dimension_box.addItem(text, key)
        # Announced by what they choose, not by their value.
        accessible.describe(self.domain_box, self.tr("Domain of change"),
                            self.tr("The domain of change whose indicators the table shows."))
        accessible.describe(self.dimension_box, self.tr("Figures by"),
                            self.tr("Shows each indicator's merged figures by year, by region or by office."))
        self.dimension_box.setCurrentIndex(self.dimension_box.findData(self._dimension))
        row.addWidget(self.dimension_box)
        row.addStretch(1)
        self.body.addLayout(row)
        self.domain_box.currentIndexChanged.connect(self._choose_domain)
        self.dimension_box.currentIndexChanged.connect(self._choose_dimension)
        self._small_multiples(self._hq_bars, codes={self._domain})

    def _choose_domain(self) -> None:
        self._domain = self.domain_box.currentData()
        self._rebuild_keeping_scroll()

    def _choose_dimension(self) -> None:
        self._dimension = self.dimension_box.currentData()
        self._rebuild_keeping_scroll()

    def _rebuild_keeping_scroll(self) -> None:
        position = self.verticalScrollBar().value()
        self._build()
        self.verticalScrollBar().setValue(position)

    def set_view(self, domain: str | None = None, dimension: str | None = None) -> None:
        """Headquarters: show a domain of change's indicators by year, region or office."""
        self._domain = domain or self._domain
        self._dimension = dimension or self._dimension
        if self.data is not None and self.data.kind == "headquarters":
            self._build()

    def _hq_bars(self, result) -> tuple[list[Bar], str]:
        from exports.document import region_label
        from exports.numbers import format_value
        from exports.overview import number, year_series

        annex = self.data.annex
        code = result.code
        if self._dimension == "region":
            bars = [Bar(region_label(r, self.lang) or "—", number(c), ("indicator", code, None, None), "normal",
                        f"{code} {region_label(r, self.lang)}: {self._figure(result, c)}")
                    for r, c in result.by_region.items()]
        elif self._dimension == "office":
            bars = [Bar(o, number(c), ("indicator", code, None, o), "normal", f"{code} {o}: {self._figure(result, c)}")
                    for o, c in result.by_office.items()]
        else:
            bars = [Bar(str(y), value, ("indicator", code, y, None), "normal",
                        f"{code} {y}: {self._figure(result, result.by_year[y])}") for y, value in year_series(result)]
            bars = self._earlier_bars(code)[0] + bars
        indicator = result.indicator
        bars.append(Bar(self.tr("Total"), number(result.total), ("indicator", code, None, None), "total",
                        self.tr("Merged total {period}: {figure}").format(period=annex.period,
                                                                          figure=self._figure(result, result.total))))
        report = indicator.report_value
        bars.append(Bar(self.tr("Report"), report, ("indicator", code, None, None), "report",
                        self.tr("The report gives {figure}").format(figure=format_value(
                            report, "sum" if indicator.rule != "derived" else "derived", indicator.report_qualifier,
                            self.lang)) if report is not None else self.tr("The report gives no figure")))
        note = self.tr("Merged {figure} · report {report}").format(
            figure=self._figure(result, result.total),
            report=format_value(report, indicator.rule, indicator.report_qualifier, self.lang)
            if report is not None else "—")
        return bars, note + self._target_words(result)

    def _problems(self) -> None:
        data = self.data
        conflicts = sum(1 for f in data.blocking if f.code == "open_conflict")
        other = len(data.blocking) - conflicts
        self._heading(self.tr("Standing between the data and the annex"), 1)
        summary = self._note(self.tr("{conflicts} records with rival versions · {returned} records returned to "
                                     "their office · {blocking} other blocking problems").format(
            conflicts=conflicts, returned=data.returned, blocking=other))
        summary.setObjectName("problem-summary")
        if not data.blocking:
            return
        listing = QListWidget()
        listing.setObjectName("problems")
        for finding in data.blocking[:PROBLEMS_LISTED]:
            item = QListWidgetItem(self._finding_words(finding))
            item.setData(Qt.ItemDataRole.UserRole, ("indicator", finding.indicator, finding.year,
                                                    finding.office or None))
            listing.addItem(item)
        if len(data.blocking) > PROBLEMS_LISTED:
            listing.addItem(self.tr("… and {count} more (the command habitat-results check lists them all)").format(
                count=len(data.blocking) - PROBLEMS_LISTED))
        listing.setMaximumHeight(min(220, 24 * listing.count() + 8))

        def activate(item):
            key = item.data(Qt.ItemDataRole.UserRole)
            if key:
                self._activate(key)
        listing.itemActivated.connect(activate)
        listing.itemClicked.connect(activate)
        self.body.addWidget(listing)

    def _scope_words(self, finding) -> str:
        """Where a figure of the annex sits, in words: "office KEN", "region Africa", "2023"."""
        from exports.document import region_label

        key = finding.where
        words = {"country": self.tr("country {key}"), "office": self.tr("office {key}"),
                 "region": self.tr("region {key}"), "period": self.tr("period {key}")}.get(finding.scope, "{key}")
        return words.format(key=region_label(key, self.lang) if finding.scope == "region" else key)

    def _finding_words(self, finding) -> str:
        p = finding.params
        where = f"{finding.office} {finding.indicator} {finding.year or ''}".strip()
        if finding.code == "open_conflict":
            return self.tr("{where}: {versions} versions of one record, none chosen").format(
                where=where, versions=p.get("versions", 2))
        if finding.code == "rule_broken":
            return self.tr("{indicator} is above {at_most} ({where})").format(
                indicator=finding.indicator, at_most=p.get("at_most", ""), where=self._scope_words(finding))
        if finding.code == "share_above_100":
            return self.tr("{indicator} is {percent} %, above 100 % ({where})").format(
                indicator=finding.indicator, percent=p.get("percent"), where=self._scope_words(finding))
        if finding.code == "above_ceiling":
            return self.tr("{where}: {value} is above the ceiling of {ceiling} for one record").format(
                where=where, value=p.get("value"), ceiling=p.get("ceiling"))
        return finding.message

    # --- clicks ---------------------------------------------------------------------------------
    def explain_figure(self, code: str) -> None:
        """Open the records behind ``code``'s figure (exports.explain), for the year shown at an office."""
        from desktop.explain_dialog import ExplanationDialog

        if self.data is None or self._path is None:
            return
        annex = self.data.annex
        dialog = ExplanationDialog(self._path, code, annex.years, include_drafts=annex.source.include_drafts,
                                   lang=self.lang, year=self.year if self.data.kind == "office" else None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation_dialog = dialog
        dialog.show()

    def _activate(self, key) -> None:
        kind, code, year, office = key
        if code:
            self.open_records.emit(kind, code, year, office)


class OverviewTabs(QTabWidget):
    """The window's work area as two tabs: the overview first, the records (tree and grid) second.

    A file opens on its overview; the overview is recomputed whenever its tab is shown (records
    may have changed meanwhile) and follows the window's reporting year. Clicking in it shows the
    records behind the click in the grid.
    """

    ROWS_SEARCHED = 20_000  # rows of the grid looked through to select one office's records
    start_on_overview = True  # a newly opened file shows its overview first

    def __init__(self, window, records: QWidget):
        super().__init__()
        self.window = window
        self.records = records
        self.page = OverviewPage(window.lang)
        self.addTab(self.page, self.tr("Overview"))
        self.addTab(records, self.tr("Records"))
        self.setDocumentMode(True)
        self._shown_path: Path | None = None
        before = getattr(window, "overview_tabs", None)  # rebuilt for a new language: keep the tab
        if before is not None:
            self._shown_path = before._shown_path
            self.setCurrentIndex(before.currentIndex())
        self.page.open_records.connect(self.show_records)
        self.currentChanged.connect(self._tab_changed)
        self._lists_followed = False

    def file_shown(self) -> None:
        """The window shows a file (opened, reopened or in a new language): a new file opens on its overview."""
        self._follow_lists()
        results = self.window.results
        if results is None:
            self._shown_path = None
            self.page.clear()
            return
        self.page.year = self.window.year
        if results.path != self._shown_path:
            self._shown_path = results.path
            self.page.clear()
            self.setCurrentWidget(self.page if self.start_on_overview else self.records)
        if self.currentWidget() is self.page:
            # After the window has painted: the numbers never hold up its first appearance.
            QTimer.singleShot(0, self._refresh)

    def _follow_lists(self) -> None:
        """A problem or a to-do clicked in the window's panels shows its record: show the records tab."""
        if self._lists_followed:
            return
        self._lists_followed = True
        for listing in (self.window.problems_list, self.window.todo_list):
            # Not itemClicked: the window's own slot may rebuild the list and delete the item first.
            listing.clicked.connect(self._to_records)
            listing.activated.connect(self._to_records)

    def _to_records(self, index=None) -> None:
        self.setCurrentWidget(self.records)

    def year_changed(self) -> None:
        self.page.set_year(self.window.year)

    def _refresh(self) -> None:
        if self.window.results is not None and self.currentWidget() is self.page:
            self.page.refresh(self.window.results.path)

    def _tab_changed(self) -> None:
        self._refresh()

    def show_records(self, kind: str, code: str, year, office) -> None:
        """Show in the grid the records behind a chart's bar, cell or problem."""
        window = self.window
        self.setCurrentWidget(self.records)
        if year is not None and year != window.year:
            window.year_box.setCurrentIndex(window.year_box.findData(year))
        window.search_box.clear()
        window.select_node(kind, code)
        if office:
            self._select_office(office)

    def _select_office(self, office: str) -> None:
        """Select the rows of one office (headquarters), as far as the first ROWS_SEARCHED rows go."""
        window = self.window
        model = window.record_model
        selection = QItemSelection()
        first = None
        for row in range(min(model.rowCount(), self.ROWS_SEARCHED)):
            record = model.record(row)
            if record is not None and record.office_code == office:
                first = row if first is None else first
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        window.grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            window.grid.scrollTo(model.index(first, 0))
