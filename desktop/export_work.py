"""Exporting the annex: choose it in the export dialog, write it in the background, say where it is."""

from __future__ import annotations

from pathlib import Path

from db.schema import LOCKED_STATUSES
from desktop.jobs import run_with_progress
from desktop.session import WindowPiece



class ExportWork(WindowPiece):
    """File → Export annex…, for any open file."""

    def __init__(self, window):
        super().__init__(window)
        self.listen(window.export_action.triggered, self.open_export_dialog)

    def open_export_dialog(self):
        """Choose an annex export, then write it in the background; returns the job (tests wait for it)."""
        # Imported here, not at start-up: it loads the writers' options
        from desktop.export_dialog import ExportDialog

        window, results = self.window, self.session.results
        if results is None:
            return None
        # The export reads the file from its own connection: what is being typed must be stored first.
        window.save_outcome_narrative()
        # The plan of the year shown: one annex shows one plan's years.
        years = ((window.year and results.framework_for(window.year)) or results.framework).years
        official = [y for y in years if set(LOCKED_STATUSES) & set(results.status_counts(y))]
        dialog = ExportDialog(results.path, years, window.settings, window.lang, window, official_years=official)
        try:
            if not window.ask_export(dialog):
                return None
            return self.export_annex(dialog.choices())
        finally:
            dialog.deleteLater()

    def export_annex(self, choices):
        """Write the annex file chosen in the export dialog, behind a progress bar with Cancel."""
        window = self.window
        source, target = self.session.results.path, choices.out_path
        adding = self.tr("Adding up the results…")
        writing = self.tr("Writing {file}…").format(file=target.name)

        def work(progress):
            # Imported here, not at start-up: the writers load reportlab and openpyxl
            import exports

            def relay(done, total=None, message=""):
                # The core reports in English; the user reads one of two plain phases in the UI language.
                phase = exports.export_phase(done) if total else exports.WRITING
                return progress(done, total, adding if phase == exports.ADDING_UP else writing)

            # The worker opens the file itself (export_annex does): one SQLite connection per thread.
            exports.export_annex(source, target, choices.fmt, choices.document, relay, years=choices.years,
                                 include_drafts=choices.include_drafts, working_draft=choices.working_draft)
            return target

        return run_with_progress(window, self.tr("Exporting the annex"), work, on_done=self._export_done,
                                 on_error=lambda message: window.show_error(
                                     self.tr("Export failed"),
                                     self.tr("The annex was not written.\n\n{reason}").format(reason=message)),
                                 on_cancel=lambda: window.statusBar().showMessage(
                                     self.tr("Export cancelled: no file was written."), 15000))

    def _export_done(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Annex written to {path}").format(path=path), 15000)
        self.window.show_export_done(path)
