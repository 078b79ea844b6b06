"""Headquarters in the app: merging office files, with a preview.

``MergeWindow`` chooses the headquarters file and the office files, previews the merge
(``db.merge.merge_files(dry_run=True)``: the headquarters file is neither touched nor created) and
merges, both in the background, and shows the per-file report. Resolving the conflicts a merge
finds is ``desktop.conflicts_dialog``. Nothing here writes SQL: everything goes through ``db.merge``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from db.merge import MergeReport
from desktop import accessible, plain_text
from desktop.conflicts_dialog import DIFFERENT_BACKGROUND
from desktop.paths import data_dir
from desktop.problem_text import reason_text
from desktop.settings import Settings

HEADQUARTERS_FILE_NAME = "headquarters.habitat"
FILE_FILTER = "Habitat Results (*.habitat);;All files (*)"
SETTINGS_PREFIX = "merge/"
REFUSED_BACKGROUND = QColor("#f8d7da")
REFUSED_FOREGROUND = QColor("#8a1c1c")
# The report's columns: FileReport attributes (the first and last are texts).
REPORT_FIELDS = ("file", "office", "added", "updated", "deleted", "unchanged", "outdated", "conflicts", "result")


def default_headquarters_file() -> Path:
    return data_dir() / HEADQUARTERS_FILE_NAME


class MergeWindow(QDialog):
    """Choose the headquarters file and office files; preview, then merge; the report per file."""

    merged = Signal(object)  # the headquarters Path, after a real merge wrote to it
    open_requested = Signal(object)  # the headquarters Path, to open in the main window

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.report: MergeReport | None = None
        self.job = None  # the running preview or merge (tests wait for it)
        self.setWindowTitle(self.tr("Merge office files"))
        self.setAcceptDrops(True)

        self.hq_edit = QLineEdit()
        self.hq_edit.setToolTip(self.tr("The headquarters file: an existing one, or a new one, created by the "
                                        "first merge."))
        remembered = self.settings.value(SETTINGS_PREFIX + "headquarters")
        self.hq_edit.setText(str(Path(remembered) if remembered else default_headquarters_file()))
        self.hq_edit.textChanged.connect(self._forget_report)
        choose_hq = QPushButton(self.tr("Choose…"))
        choose_hq.clicked.connect(self.choose_headquarters)
        self.choose_hq_button = choose_hq
        hq_row = QHBoxLayout()
        hq_row.addWidget(self.hq_edit, 1)
        hq_row.addWidget(choose_hq)

        self.files_list = QListWidget()
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_list.setMinimumHeight(self.fontMetrics().height() * 4)
        self.files_list.setMaximumHeight(self.fontMetrics().height() * 8)
        self.files_list.setToolTip(self.tr("Office files to merge. You can also drop files here."))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_office_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(self.add_button)
        files_buttons.addWidget(self.remove_button)
        files_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files_list, 1)
        files_row.addLayout(files_buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Headquarters file"), hq_row)
        form.addRow(self.tr("Office files"), files_row)

        self.summary = plain_text.label(self.tr("Add the office files, then preview what the merge would do."))
        self.summary.setWordWrap(True)
        self.report_table = QTableWidget(0, len(REPORT_FIELDS))
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report_table.setWordWrap(False)
        accessible.describe(self.report_table, self.tr("What the merge did, file by file"),
                            self.tr("One row per office file: its records added, updated, deleted, unchanged, "
                                    "outdated and in conflict, and the result."))
        self.report_table.verticalHeader().hide()
        self.report_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.report_table.setHorizontalHeaderLabels(self.report_titles())
        header = self.report_table.horizontalHeader()
        for column in range(len(REPORT_FIELDS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(REPORT_FIELDS) - 1, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(self.tr("Shows what the merge would do; writes nothing."))
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("Open the headquarters file"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.merge_button.clicked.connect(self.merge)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.headquarters_path()))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_table, 1)
        layout.addWidget(buttons)
        self.files_list.model().rowsInserted.connect(self._update_buttons)
        self.files_list.model().rowsRemoved.connect(self._update_buttons)
        self._update_buttons()
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 36)
        accessible.complete(self)  # every input named for screen readers

    def report_titles(self) -> list[str]:
        return [self.tr("File"), self.tr("Office"), self.tr("Added"), self.tr("Updated"), self.tr("Deleted"),
                self.tr("Unchanged"), self.tr("Outdated"), self.tr("Conflicts"), self.tr("Result")]

    # --- the files --------------------------------------------------------------------------------

    def headquarters_path(self) -> Path | None:
        text = self.hq_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        # Never relative to the working directory, which the user does not see.
        return path if path.is_absolute() else data_dir() / path

    def office_paths(self) -> list[Path]:
        return [Path(self.files_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.files_list.count())]

    def add_office_files(self, paths) -> int:
        """Add files to the list (each once); returns how many were new."""
        known = set(self.office_paths())
        added = 0
        for path in map(Path, paths):
            if path in known or path.is_dir():
                continue
            item = QListWidgetItem(path.name)
            item.setToolTip(plain_text.tooltip(str(path)))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files_list.addItem(item)
            known.add(path)
            added += 1
        if added:
            self._forget_report()
        return added

    def remove_selected(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))
        self._forget_report()

    def choose_headquarters(self) -> None:
        path = self.ask_headquarters_path(self.headquarters_path() or default_headquarters_file())
        if path is not None:
            self.hq_edit.setText(str(path))

    def choose_office_files(self) -> None:
        folder = self.settings.value(SETTINGS_PREFIX + "folder")
        paths = self.ask_office_paths(Path(folder) if folder else data_dir())
        if paths:
            self.settings.set_value(SETTINGS_PREFIX + "folder", str(Path(paths[0]).parent))
            self.add_office_files(paths)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.add_office_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        ready = bool(self.files_list.count()) and not busy
        self.preview_button.setEnabled(ready)
        self.merge_button.setEnabled(ready)
        self.remove_button.setEnabled(bool(self.files_list.count()) and not busy)
        hq = self.headquarters_path()
        self.open_button.setEnabled(not busy and hq is not None and hq.exists())

    def _forget_report(self) -> None:
        """The shown report no longer matches the choices: clear it rather than mislead."""
        self.accepted_new_files: set[str] = set()  # offices whose new file headquarters confirmed
        if self.report is not None:
            self.report = None
            self.report_table.setRowCount(0)
            self.summary.setText(self.tr("Add the office files, then preview what the merge would do."))
        self._update_buttons()

    # --- preview and merge ------------------------------------------------------------------------

    def preview(self):
        """Run the merge on a temporary copy and show its report; returns the job (tests wait for it)."""
        return self._run(dry_run=True)

    def merge(self):
        """Merge the office files into the headquarters file; returns the job (tests wait for it)."""
        return self._run(dry_run=False)

    def _run(self, *, dry_run: bool):
        from db.merge import merge_files
        from desktop.jobs import run_with_progress

        hq, paths = self.headquarters_path(), self.office_paths()
        if hq is None:
            self.show_error(self.tr("Merge office files"), self.tr("Choose the headquarters file."))
            return None
        if not paths:
            return None
        if hq.is_dir():
            self.show_error(self.tr("Merge office files"),
                            self.tr("{path} is a folder: choose a file name.").format(path=hq))
            return None
        names = [p.name for p in paths]
        accepted = tuple(sorted(getattr(self, "accepted_new_files", ())))
        accepted_keys = tuple(sorted(getattr(self, "accepted_new_keys", ())))
        checking = self.tr("Checking {file}…") if dry_run else self.tr("Merging {file}…")

        def work(progress):
            def relay(done, total=None, message=""):
                # The core reports in English: the user reads the file being merged, in the UI language.
                shown = checking.format(file=names[done]) if total and done < total else ""
                return progress(done, total, shown)

            # merge_files opens the files itself, on this worker thread.
            return merge_files(hq, paths, dry_run=dry_run, progress=relay, accept_new_file_for=accepted,
                               accept_new_key_for=accepted_keys)

        title = self.tr("Previewing the merge") if dry_run else self.tr("Merging office files")

        # Exactly one of these runs, from the event loop, after run_with_progress has returned.
        def done(report):
            self._job_ended()
            self._show_report(report)

        def failed(message):
            self._job_ended()
            self.show_error(title, message if dry_run else
                            self.tr("Nothing was merged.\n\n{reason}").format(reason=message))

        def cancelled():
            self._job_ended()
            self.summary.setText(
                self.tr("Cancelled: the files merged before the cancel are kept; the one being merged was not.")
                if not dry_run else self.tr("Preview cancelled."))

        self.job = run_with_progress(self, title, work, on_done=done, on_error=failed, on_cancel=cancelled)
        self._update_buttons()
        return self.job

    def reject(self) -> None:
        # The running job belongs to this window: it stays open until the job has ended (or was cancelled).
        if self.job is None:
            super().reject()

    def _job_ended(self) -> None:
        self.job = None
        self._update_buttons()

    def _show_report(self, report: MergeReport) -> None:
        self.report = report
        table = self.report_table
        table.setRowCount(len(report.files))
        for row, f in enumerate(report.files):
            numbers = [f.added, f.updated, f.deleted, f.unchanged, f.outdated, f.conflicts]
            if f.refused:
                result = self.tr("Refused: {reason}").format(reason=self.localize_reason(f))
            elif f.already_merged:
                result = self.tr("Already merged: nothing to do")
            elif report.dry_run:
                result = self.tr("Would be merged")
            else:
                result = self.tr("Merged")
            if f.conflicts and not f.refused:
                result += " " + self.tr("({count} conflict(s) to resolve: Review → Conflicts)").format(
                    count=f.conflicts)
            if f.signature is not None and not f.refused and not f.already_merged:
                result += " · " + self.signature_text(f.signature)
            texts = [f.path.name, f.office_code, *("" if f.refused else str(n) for n in numbers), result]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                # The refusal may quote the refused file itself (its office code, framework, kind).
                item.setToolTip(plain_text.tooltip(f.refused if f.refused else str(f.path)))
                if 2 <= column < len(REPORT_FIELDS) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if f.refused:
                    item.setBackground(QBrush(REFUSED_BACKGROUND))
                    item.setForeground(QBrush(REFUSED_FOREGROUND))
                elif column == REPORT_FIELDS.index("conflicts") and f.conflicts:
                    item.setBackground(QBrush(DIFFERENT_BACKGROUND))
                table.setItem(row, column, item)
        totals = report.totals()
        counts = self.tr("{files} file(s): {added} added, {updated} updated, {deleted} deleted, {unchanged} "
                         "unchanged, {conflicts} conflict(s), {refused} refused.").format(
            files=len(report.files), added=totals["added"], updated=totals["updated"], deleted=totals["deleted"],
            unchanged=totals["unchanged"], conflicts=totals["conflicts"], refused=totals["refused"])
        if report.dry_run:
            text = self.tr("Preview, nothing written to {file}: {counts}").format(
                file=report.headquarters.name, counts=counts)
        else:
            text = self.tr("Merged into {file}: {counts}").format(file=report.headquarters.name, counts=counts)
        if totals["refused"]:
            text += " " + self.tr("Refused files were not merged (the reason is in the last column); the "
                                  "others were not affected by them.")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #8a1c1c" if totals["refused"] else "")
        if self._confirm_new_files(report):
            return  # merged (or previewed) again with the new files accepted: that report follows
        if not report.dry_run:
            self.settings.set_value(SETTINGS_PREFIX + "headquarters", str(report.headquarters))
            self._update_buttons()
            self.merged.emit(report.headquarters)
            if self.ask_open_headquarters(report.headquarters):
                self.open_requested.emit(report.headquarters)

    def localize_reason(self, report) -> str:
        """Why a file was refused, in the UI language, chosen by the refusal's code (the tooltip keeps
        the core's words in any case)."""
        english = self._reason(report)
        return english if report.refusal is None else reason_text(report.refusal, english)

    @staticmethod
    def _reason(report) -> str:
        """The refusal without the file's path in front (the table names the file already)."""
        text = report.refused
        for prefix in (f"{report.path}: refused: ", f"{report.path}: "):
            if text.startswith(prefix):
                return text[len(prefix):]
        return text

    # --- modal questions (one method each, so tests can replace them) -----------------------------

    def ask_headquarters_path(self, suggested: Path) -> Path | None:
        # A new file or an existing one: merging into an existing file does not replace it.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Headquarters file"), str(suggested), FILE_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(name) if name else None

    def ask_office_paths(self, folder: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add office files"), str(folder), FILE_FILTER)
        return [Path(n) for n in names]

    def signature_text(self, signature) -> str:
        """Whether a merged file was signed, and by which key (db/signing.py)."""
        if signature.state != "signed":
            return self.tr("unsigned")
        text = self.tr("signed by {key}").format(key=", ".join(signature.keys))
        if signature.first_seen:
            text += " " + self.tr("(the office's key, recorded now)")
        if signature.accepted:
            text += " " + self.tr("(new key accepted)")
        return text

    def _confirm_new_files(self, report: MergeReport) -> bool:
        """Ask about each file refused because its office is held from another file, or signed with a
        key headquarters does not know for its office; if one is accepted, run the same merge (or
        preview) again, from the event loop. Returns whether it will."""
        accepted = getattr(self, "accepted_new_files", set())
        keys = getattr(self, "accepted_new_keys", set())
        asked = False
        for f in report.files:
            office = f.other_file_for
            if office and office not in accepted and self.confirm_new_file(office, f.path, f.refused):
                accepted.add(office)
                asked = True
            if (f.refusal is not None and f.refusal.code == "key_new" and f.office_code not in keys
                    and self.confirm_new_key(f.office_code, f.path, self.localize_reason(f))):
                keys.add(f.office_code)
                asked = True
        self.accepted_new_files = accepted
        self.accepted_new_keys = keys
        if asked:
            QTimer.singleShot(0, lambda: self._run(dry_run=report.dry_run))
        return asked

    def confirm_new_file(self, office: str, path: Path, reason: str) -> bool:
        """Headquarters confirms that ``path`` is now the file of ``office`` (a reinstalled laptop)."""
        return plain_text.ask(self, self.tr("Another file for {office}").format(office=office),
                              self.tr("{reason}\n\nAccept {file} as the new file of office {office}? The "
                                      "merge log records it; the earlier file of {office} will then be "
                                      "refused.").format(reason=reason, file=path.name, office=office))

    def confirm_new_key(self, office: str, path: Path, reason: str) -> bool:
        """Headquarters confirms that the key ``path`` is signed with is a key of ``office`` (a new laptop)."""
        return plain_text.ask(self, self.tr("A new key for {office}").format(office=office),
                              self.tr("{reason}\n\nAccept the key {file} is signed with as a key of office "
                                      "{office}? The merge log records it with the keys known before; the office "
                                      "may then sign with either. Confirm it with the office first.").format(
                                  reason=reason, file=path.name, office=office))

    def ask_open_headquarters(self, path: Path) -> bool:
        return plain_text.ask(self, self.tr("Merge done"),
                              self.tr("Open the headquarters file {file} in the window, to review the records "
                                      "and resolve conflicts?").format(file=path.name))

    def show_error(self, title: str, message: str) -> None:
        plain_text.warn(self, title, message)

