"""An office's work on its own file: importing a table, submitting a year, the outcome narratives,
and the records headquarters returned (applying its feedback, the to-do list). The window makes one
for an office file only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QStyle

from db.errors import HabitatError
from db.feedback import apply_feedback, todos
from db.officefile import ResultsFile
from desktop import plain_text, terms
from desktop.jobs import run_with_progress
from desktop.problem_text import import_problem_text
from desktop.session import Changes, WindowPiece


class OfficeWork(WindowPiece):
    """Import, submit, narratives and returned records, for an office file."""

    def __init__(self, window):
        super().__init__(window)
        self.listen(window.import_action.triggered, self.import_file_dialog)
        self.listen(window.submit_action.triggered, self.submit_year)
        self.listen(window.apply_feedback_action.triggered, self.apply_feedback_dialog)
        self.listen(window.todo_action.triggered, self.show_todos)
        self.listen(window.todo_list.itemActivated, self._go_to_todo)
        self.listen(window.todo_list.itemClicked, self._go_to_todo)
        self.listen(window.nav.outcome_shown, self.load_outcome_narrative)
        self.refresh_todos()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches_records():
            self.refresh_todos()  # a submitted or deleted returned record is no longer to do

    def detach(self) -> None:
        self.show_todo_items([])
        super().detach()

    # --- import -----------------------------------------------------------------------------------

    def import_file_dialog(self) -> None:
        path = self.window.ask_open_path(self.tr("Import records"), self.tr("Tables (*.csv *.xlsx)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, source: Path, *, allow_duplicates: bool = False):
        """Import a CSV/XLSX file in the background; returns the job (tests wait for it)."""
        target = self.results.path

        def work(progress):
            # Imported here, not at start-up: it reads spreadsheets
            from db.importer import ImportRefused, import_table

            # The worker thread opens its own connection: one SQLite connection per thread.
            with ResultsFile.open(target) as results:
                try:
                    return import_table(results, Path(source), progress=progress,
                                        allow_duplicates=allow_duplicates)
                except ImportRefused as exc:
                    return exc.report

        return run_with_progress(self.window, self.tr("Importing {file}").format(file=Path(source).name), work,
                                 on_done=self._import_done,
                                 on_error=lambda message: self.window.show_error(self.tr("Import failed"), message))

    def _import_done(self, report) -> None:
        window = self.window
        if report.ok:
            self.session.notify(self, records=True)
            message = self.tr("{count} record(s) imported from {file}").format(count=report.stored,
                                                                                file=report.source.name)
            if getattr(report, "corrected", 0):  # returned records corrected in an entry template
                message += " " + self.tr("{count} returned record(s) corrected.").format(count=report.corrected)
            if report.separator != ",":  # Excel in many languages writes "CSV" with semicolons
                words = {";": self.tr("semicolons"), "\t": self.tr("tabs")}
                message += " " + self.tr("(columns separated by {separator})").format(
                    separator=words.get(report.separator, report.separator))
            window.statusBar().showMessage(message, 15000)
            return
        # Refused: the status bar must not go on saying what an earlier import stored.
        window.statusBar().showMessage(self.tr("Nothing imported from {file}").format(file=report.source.name),
                                       15000)
        if report.only_duplicates:
            # Duplicates only: the user may know better (two projects reporting the same figure).
            if window.ask_import_duplicates(str(report.source), self._import_problems(report)):
                self.import_file(report.source, allow_duplicates=True)
        else:
            window.show_import_problems(str(report.source), self._import_problems(report))

    def _import_problems(self, report) -> list[str]:
        """The import's problems in the UI language, each with its line or cell."""
        return [import_problem_text(p, self.window.lang, self.results.framework) for p in report.problems]

    # --- submitting a year ------------------------------------------------------------------------

    def submit_year(self):
        """Check the year in the background, show what will be submitted, then submit if confirmed."""
        # Imported here, not at start-up: the submission check loads the exports package
        from desktop import submission

        window = self.window
        window.save_outcome_narrative()
        year, target, lang = window.year, self.results.path, window.lang
        # Rows kept as typed but not records (in any indicator of the year), and any the file refused.
        unsaved = self.results.count_unfinished(year) + window.record_model.unsaved_rows()

        def work(progress):
            with ResultsFile.open(target) as results:  # the worker's own connection
                return submission.summarize(results, year, progress, lang)

        return run_with_progress(window, self.tr("Checking {year}").format(year=year), work,
                                 on_done=lambda summary: self._submit_checked(summary, unsaved, target),
                                 on_error=lambda message: window.show_error(
                                     self.tr("Cannot submit {year}").format(year=year), message))

    def _submit_checked(self, summary, unsaved: int, checked: Path) -> bool:
        window = self.window
        year = summary.year
        # Another file may have been opened while the check ran: the summary is not about it.
        if window.results is None or Path(window.results.path) != Path(checked):
            window.show_error(self.tr("Cannot submit {year}").format(year=year),
                              self.tr("{file} was checked, but another file is open now. Nothing was "
                                      "submitted.").format(file=Path(checked).name))
            return False
        if not window.confirm_submit(year, summary.to_submit, summary.problems, unsaved, summary.warnings):
            return False
        if window.results is None or Path(window.results.path) != Path(checked):
            return False
        from exports.submission import submit_year  # loaded with the check, not at start-up

        try:  # the core's rule: it submits exactly the records checked, or refuses
            count = submit_year(window.results, year, checked=getattr(summary, "found", None))
        except HabitatError as exc:
            window.show_error(self.tr("Cannot submit {year}").format(year=year), window.localize_error(exc))
            return False
        # Submitted records are locked (undoing edits made before would now be refused).
        self.session.notify(self, records=True, reviews=True)
        window.statusBar().showMessage(self.tr("{count} record(s) of {year} submitted.").format(
            count=count, year=year), 15000)
        return True

    # --- outcome narratives -----------------------------------------------------------------------

    def load_outcome_narrative(self, outcome: str | None) -> None:
        """Show the narrative of the outcome shown (one per outcome and year; none for a domain)."""
        window = self.window
        if outcome is None:
            window.narrative_box.unbind()
            return
        group = window.nav.framework.group(outcome)  # the plan of the year shown
        window.narrative_box.bind(self.results, outcome, window.year, read_only=window.nav.year_locked(),
                                  title=self.tr("Narrative for outcome {code} in {year}").format(
                                      code=outcome, year=window.year),
                                  tooltip=group.name.get(window.lang) if group else "")

    # --- feedback from headquarters ---------------------------------------------------------------

    def apply_feedback_dialog(self):
        path = self.window.ask_open_path(self.tr("Apply feedback from headquarters"),
                                         self.tr("Feedback from headquarters (*.json);;All files (*)"))
        return self.apply_feedback_file(path) if path is not None else None

    def apply_feedback_file(self, feedback: Path):
        """Apply a feedback file to the open office file in the background; returns the job."""
        window = self.window
        window.save_outcome_narrative()
        target, feedback = self.results.path, Path(feedback)

        def work(progress):
            # apply_feedback opens the office file itself, on this worker thread.
            return apply_feedback(target, feedback, progress=progress)

        return run_with_progress(window, self.tr("Applying {file}").format(file=feedback.name), work,
                                 on_done=self._feedback_applied,
                                 on_error=lambda message: window.show_error(
                                     self.tr("Cannot apply the feedback"),
                                     self.tr("Nothing was changed.\n\n{reason}").format(reason=message)))

    def _feedback_applied(self, report) -> None:
        # Returned records are editable again, validated ones locked. The grid keeps a row being entered.
        self.session.notify(self, records=True, reviews=True, plans=bool(report.plans_added))
        message = self.tr("{validated} record(s) validated and {returned} returned by headquarters.").format(
            validated=report.validated, returned=report.returned)
        if report.already:
            message += " " + self.tr("{count} decision(s) had been applied before.").format(count=report.already)
        if report.outdated:
            message += " " + self.tr("{count} decision(s) were about versions changed since, and were left "
                                     "out.").format(count=report.outdated)
        if report.unknown:
            message += " " + self.tr("{count} record(s) are not in this file.").format(count=len(report.unknown))
        for plan in report.plans_added:
            message += " " + self.tr("The plan {plan} from headquarters was added: its years are open for "
                                     "entry.").format(plan=plan)
        self.window.statusBar().showMessage(message, 15000)
        if self.window.todo_list.count():
            self.show_todos()
        self.window.show_info(self.tr("Feedback applied"), message)

    # --- records returned: the to-do list ---------------------------------------------------------

    def refresh_todos(self) -> None:
        """List the records headquarters returned, with its comments."""
        try:
            items = todos(self.results)
        except HabitatError:
            items = []
        self.show_todo_items(items)

    def show_todo_items(self, items: list[dict]) -> None:
        window = self.window
        window.todo_list.clear()
        for todo in items:
            where = ", ".join(x for x in (terms.country_label(todo["country"], window.lang) if todo["country"] else "",
                                          todo["city"], todo["entity"]) if x)
            item = QListWidgetItem(self.tr("{indicator} {year} · {place}: {comment}").format(
                indicator=todo["indicator"], year=todo["year"], place=where, comment=todo["comment"]))
            # The comment and the reviewer's name come from a feedback file: shown as written.
            item.setToolTip(plain_text.tooltip(self.tr("Returned by {who} on {date}:\n{comment}").format(
                who=todo["reviewed_by"], date=(todo["reviewed_at"] or "")[:10], comment=todo["comment"])))
            item.setData(Qt.ItemDataRole.UserRole, (todo["id"], todo["indicator"], todo["year"]))
            item.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            window.todo_list.addItem(item)
        window.todo_dock.setWindowTitle(self.tr("To do ({count})").format(count=len(items)) if items
                                        else self.tr("To do"))
        window.todo_action.setEnabled(bool(items))
        if not items:
            window.todo_dock.hide()

    def show_todos(self) -> None:
        self.window.todo_dock.show()
        self.window.todo_dock.raise_()

    def _go_to_todo(self, item: QListWidgetItem) -> None:
        record_id, indicator, year = item.data(Qt.ItemDataRole.UserRole)
        window = self.window
        position = window.year_box.findData(year)
        if position >= 0:
            window.year_box.setCurrentIndex(position)
        window.nav.select_node("indicator", indicator)
        row = window.record_model.row_of(record_id)
        if row is not None:
            window.grid_view.go_to(row, "value")
