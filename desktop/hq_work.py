"""Headquarters' work on a merged file: conflicts between versions, reviewing records (validate,
return), writing feedback for an office, and the offices and years received. The window makes one
for a headquarters file only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from db.completeness import completeness_file
from db.errors import HabitatError
from db.feedback import review_records, write_feedback
from db.merge import list_conflicts
from desktop.session import Changes, WindowPiece


class HeadquartersWork(WindowPiece):
    """Review, conflicts, feedback and status, for a headquarters file."""

    def __init__(self, window):
        super().__init__(window)
        self._conflicts = 0  # records with rival versions
        self._counted = -1  # the session's generation the count was read in
        self.listen(window.conflicts_action.triggered, self.open_conflicts)
        self.listen(window.validate_action.triggered, self.validate_selected)
        self.listen(window.return_action.triggered, self.return_selected)
        self.listen(window.write_feedback_action.triggered, self.write_feedback_dialog)
        self.listen(window.status_action.triggered, self.open_status)
        self._name_conflicts()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches_records():
            self._name_conflicts()

    # --- conflicts --------------------------------------------------------------------------------

    @property
    def conflict_count(self) -> int:
        """Records with rival versions, read again after each change to the file."""
        if self._counted != self.session.generation:
            self._counted = self.session.generation
            try:
                self._conflicts = len(list_conflicts(self.results.path))
            except HabitatError:
                self._conflicts = 0  # the banner then does not mention conflicts; the Conflicts dialog says why
        return self._conflicts

    def _name_conflicts(self) -> None:
        count = self.conflict_count
        self.window.conflicts_action.setText(self.tr("&Conflicts ({count})…").format(count=count)
                                             if count else self.tr("&Conflicts…"))

    def banner_text(self) -> str:
        """What the lock banner says over a headquarters file."""
        text = self.tr("Headquarters file: the offices' records are read-only here. Select records and "
                       "validate them, or return them to their office with a comment (Review menu).")
        if self.conflict_count:
            text += " " + self.tr("{count} record(s) have rival versions: compare them and keep one under "
                                  "Review → Conflicts.").format(count=self.conflict_count)
        return text

    def open_conflicts(self):
        """The open conflicts of the headquarters file, side by side; returns the dialog after it closed."""
        # Imported here, not at start-up: a window of its own
        from desktop.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.results.path, self.window.lang, self.window)
        dialog.resolved.connect(lambda record_id: self.session.notify(self, conflicts=True, records=True))
        try:
            self.window.show_conflicts_dialog(dialog)
        finally:
            dialog.deleteLater()
        return dialog

    # --- status -----------------------------------------------------------------------------------

    # The counting behind the dialog, run on a worker thread; replaceable (tests hold it back).
    count_status = staticmethod(completeness_file)

    def open_status(self):
        """Each office × year received, and the indicators' coverage; returns the dialog, open and counting."""
        # Imported here, not at start-up: it draws charts
        from desktop.status_dialog import StatusDialog

        framework = self.window.nav.framework  # the plan of the year shown: its offices × years
        dialog = StatusDialog(framework, self.window.lang, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        count, path, years = self.count_status, self.results.path, tuple(framework.years)
        dialog.count(lambda: count(path, years))
        dialog.show()
        return dialog

    # --- review -----------------------------------------------------------------------------------

    def validate_selected(self) -> int:
        return self._review_selected("validated")

    def return_selected(self) -> int:
        return self._review_selected("returned")

    def _review_selected(self, decision: str) -> int:
        window = self.window
        ids = window.grid_view.selected_record_ids()
        if not ids:
            window.show_info(self.tr("Review"), self.tr("Select the records to review in the grid first."))
            return 0
        comment = ""
        if decision == "returned":
            comment = window.ask_return_comment(len(ids))
            if comment is None:
                return 0
            if not comment.strip():
                window.show_info(self.tr("Return to the office"),
                                 self.tr("Nothing was returned: say what the office should change."))
                return 0
        try:
            count = review_records(self.results.path, ids, decision, comment)
        except HabitatError as exc:
            window.show_error(self.tr("Cannot review the records"), window.localize_error(exc))
            return 0
        self.session.notify(self, reviews=True)
        message = (self.tr("{count} record(s) validated.") if decision == "validated"
                   else self.tr("{count} record(s) returned to their office."))
        window.statusBar().showMessage(message.format(count=count), 15000)
        return count

    # --- feedback ---------------------------------------------------------------------------------

    def write_feedback_dialog(self):
        """Choose an office and a file, then write headquarters' decisions for it; returns the summary."""
        window = self.window
        offices = [o for o in self.results.offices() if o.code != "HQ"]
        if not offices:
            window.show_info(self.tr("Write feedback"), self.tr("No office has been merged into this file yet."))
            return None
        code = window.ask_feedback_office(offices)
        if code is None:
            return None
        path = window.ask_feedback_path(Path(self.results.path).parent / f"{code.lower()}-feedback.json")
        if path is None:
            return None
        try:
            summary = write_feedback(self.results.path, code, path)
        except HabitatError as exc:
            window.show_error(self.tr("Cannot write the feedback"), window.localize_error(exc))
            return None
        window.show_info(self.tr("Feedback written"),
                         self.tr("Feedback for {office}: {validated} validated, {returned} returned record(s), "
                                 "written to:\n{path}\n\nSend this file to the office; it applies it with File → "
                                 "Apply feedback from headquarters.").format(
                             office=code, validated=summary.validated, returned=summary.returned, path=path))
        return summary
