"""What the record grid writes: edits, new rows, pastes, deletions, and the problems of refused values.

``RecordEditing`` is the writing half of ``desktop.record_model.RecordTableModel`` (which holds the
state it uses and shows the rows). Every accepted edit is written immediately through
``ResultsFile`` (one transaction each) and pushed on the undo stack. An edit the validation
refuses is kept on the cell, marked, with the validation's message, and as typed in the file's
unfinished rows, until the user corrects it; a new row is stored as soon as its values are valid.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field as _field

from PySide6.QtCore import QCoreApplication, QModelIndex

from db.countries import match_country
from db.errors import HabitatError, Problem, ValidationError
from db.officefile import Record
from db.validation import is_country_code
from desktop import problem_text
from desktop.commands import (AddRecordCommand, AddRecordsCommand, DeleteRecordsCommand, EditRecordCommand,
                              KeepRowsCommand)
from desktop.vocabulary import COLUMNS


@dataclass(frozen=True)
class CellProblem:
    row: int
    field: str
    message: str
    code: str = ""
    params: Mapping = _field(default_factory=dict, compare=False)


class RecordEditing:
    """The grid's writes and the problems they meet; mixed into ``RecordTableModel``, whose state it uses."""

    def _from_pasted(self, cells: dict) -> dict:
        """Pasted text as the grid's values: the labels shown read back as codes, a year as a number."""
        values = {}
        for field, text in cells.items():
            if field == "status":
                continue  # the workflow sets it, not a paste
            text = text.strip() if field != "narrative" else text
            if field in self._labels:
                codes = {label.casefold(): code for code, label in self._labels[field].items() if label}
                text = codes.get(text.casefold(), text)
            elif field == "year" and text.isdigit():
                text = int(text)
            values[field] = text
        return values

    def paste(self, start_row: int, rows: list[dict]) -> None:
        """Paste rows of cells (field -> text) from ``start_row`` on, as one undo step.

        Rows over records edit them, rows past the end are new: checked as an import checks its
        rows (``db.quality.check_rows``: rules, duplicates, breakdowns), the valid ones stored in one
        transaction, the others kept as incomplete rows with their problems.
        """
        from db.quality import check_rows  # the importer's own checks: rules, duplicates, breakdowns

        rows = [self._from_pasted(cells) for cells in rows]
        self.undo_stack.beginMacro(QCoreApplication.translate("RecordTableModel", "Paste {count} row(s)").format(
            count=len(rows)))
        try:
            new, locked = [], 0
            for offset, cells in enumerate(rows):
                row = start_row + offset
                if row >= self.rowCount():
                    new.append(self._new_values_from(cells))
                elif not self.is_new(row) and not self._unlocked(row):
                    locked += 1
                else:
                    changes = {f: v for f, v in cells.items() if self.field_editable(row, f)}
                    if changes:
                        self.edit(row, changes)
            if new:
                matched = [self._match_country(values) for values in new]
                found: dict[int, list[Problem]] = {}
                checked = check_rows(self.results, [values for values, _ in matched],
                                     label=lambda n: f"pasted row {n + 1}")
                for problem in checked.problems:
                    # A problem of the whole row (a duplicate) shows on its value.
                    found.setdefault(problem.row, []).append(
                        Problem(problem.field or "value", problem.message, None, problem.code, problem.params))
                good = [values for n, (values, refusals) in enumerate(matched) if n not in found and not refusals]
                kept = [(values, _with_refusals(found.get(n, []), refusals))
                        for n, (values, refusals) in enumerate(matched) if n in found or refusals]
                if good:
                    self.undo_stack.push(AddRecordsCommand(self, good))
                if kept:
                    self.undo_stack.push(KeepRowsCommand(self, kept))
            if locked:
                self.refused.emit(QCoreApplication.translate(
                    "RecordTableModel", "{count} submitted record(s) were not changed: they are read-only.").format(
                        count=locked))
        finally:
            self.undo_stack.endMacro()

    def _new_values_from(self, cells: dict) -> dict:
        start = {"indicator": self.indicators[0] if self.indicators else "", "year": self.year,
                 "country": self._office_country(), "qualifier": "none", "value": None}
        return {**start, **cells}

    def store_many(self, rows: list[dict]) -> list[Record]:
        """Store valid new rows as draft records in one transaction (first redo of a paste)."""
        try:
            return self.results.add_records(rows)
        finally:
            self.reload()
            self.stored.emit()

    def keep_new_rows(self, rows: list[tuple[str, dict, list[Problem]]]) -> None:
        """Add rows being entered, as (key, values, problems), and keep them as typed in the file."""
        start = self.rowCount()
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        for key, values, problems in rows:
            self._new_keys.append(key)
            self._new_values[key] = dict(values)
            if problems:
                self._problems[key] = list(problems)
        self.endInsertRows()
        for key, values, _ in rows:
            self._keep_unfinished(key, values)
        self.problemsChanged.emit()

    def discard_keys(self, keys: list[str]) -> None:
        """Delete rows being entered (undo of a paste), in the view and in the file."""
        for key in keys:
            row = self.row_of(key)
            if row is not None:
                self.discard_new(row)

    # --- problems ---------------------------------------------------------------------------------

    def problem_for(self, key: str, field: str) -> str | None:
        messages = [p.message for p in self._problems.get(key, ()) if p.field == field]
        return "\n".join(messages) if messages else None

    def error_text(self, error: HabitatError) -> str:
        """A failure of the core in the UI language (see ``desktop.problem_text``)."""
        return problem_text.error_text(error, self.lang, self.framework)

    def localize(self, problem) -> str:
        """A problem in the UI language, by its code (see ``desktop.problem_text``)."""
        return problem_text.localize(problem, self.lang, self.framework)

    def problems(self) -> list[CellProblem]:
        """Every problem on the rows shown, in row order."""
        found = []
        for key, problems in self._problems.items():
            row = self.row_of(key)
            if row is None:
                continue
            found += [CellProblem(row, p.field, p.message, p.code, p.params) for p in problems]
        return sorted(found, key=lambda p: (p.row, COLUMNS.index(p.field) if p.field in COLUMNS else 0))

    def unsaved_rows(self) -> int:
        """Rows whose typed values the file does not hold: it refused to keep them (busy, locked)."""
        return len(self._unstored) + sum(1 for key in self._pending if key not in self._pending_rows)

    def unfinished_rows(self) -> int:
        """Rows shown that are kept as typed but are not records (new rows not valid yet, refused edits)."""
        return len(self._new_keys) + len(self._pending)

    # --- writing ----------------------------------------------------------------------------------

    def edit(self, row: int, changes: dict) -> bool:
        """Apply an edit from the grid: stored at once if valid, else kept on the cell with its problems."""
        key = self.key(row)
        if self.is_new(row):
            values, refusals = self._match_country({**self._new_values[key], **changes})
            self._new_values[key] = values
            clean, problems = self.results.check_values(values, new=True)
            problems = _with_refusals(problems, refusals)
            if problems:
                self._keep_unfinished(key, values)
                self._set_problems(key, problems)
                self._row_changed(row)
                return True
            self.undo_stack.push(AddRecordCommand(self, values, new_key=key))
            return True
        record = self.record(row)
        if record is None:
            return False
        wanted, refusals = self._match_country({**self._pending.get(key, {}), **changes})
        old = {field: getattr(record, field) for field in wanted}
        try:
            updated = self.results.update_record(key, wanted, unfinished=self._pending_rows.get(key))
        except ValidationError as exc:
            self._pending[key] = wanted
            self._keep_unfinished(key, wanted, record)
            self._set_problems(key, _with_refusals(exc.problems, refusals))
            self._row_changed(row)
            return True
        except HabitatError as exc:  # locked by another writer for too long, a full disk...
            self.refused.emit(self.error_text(exc))
            return False
        self._pending.pop(key, None)
        self._pending_rows.pop(key, None)
        self._set_problems(key, [])
        new = {field: getattr(updated, field) for field in wanted}
        if new != old:
            self.undo_stack.push(EditRecordCommand(self, key, old, new, already_done=True))
        self._after_update(updated)
        return True

    def _keep_unfinished(self, key: str, values: dict, record: Record | None = None) -> None:
        """Keep what was typed in the file's unfinished rows (``key``: a new row, or the record edited)."""
        scope = self.framework.indicator(values.get("indicator") or "")
        indicator = values["indicator"] if scope is not None and scope.enterable else (
            record.indicator if record else (self.indicators[0] if self.indicators else ""))
        year = values.get("year") if values.get("year") in self.framework.years else (
            record.year if record else self.year)
        try:
            if record is None:
                self.results.save_unfinished_row(values, row_id=key, indicator=indicator, year=year)
                self._unstored.discard(key)
            else:
                saved = self.results.save_unfinished_row(values, row_id=self._pending_rows.get(key),
                                                         record_id=key, indicator=indicator, year=year)
                self._pending_rows[key] = saved.id
        except HabitatError as exc:  # also a lock held elsewhere for too long, a full disk
            self._not_kept(key, record, self.error_text(exc))

    def _not_kept(self, key: str, record: Record | None, message: str) -> None:
        if record is None:
            self._unstored.add(key)
        self.refused.emit(message)

    def _match_country(self, values: dict) -> tuple[dict, list[Problem]]:
        """Typed country text as its code; text that names no single country is kept, with the reason."""
        typed = values.get("country")
        if not isinstance(typed, str) or is_country_code(typed):
            return values, []
        found = match_country(typed, self.lang)
        if found.code is not None:
            return {**values, "country": found.code}, []
        return values, [found.problem(typed, self.lang)]

    def write_update(self, record_id: str, values: dict) -> Record:
        """Store values on a record (undo/redo of an edit) and show the result."""
        updated = self.results.update_record(record_id, values, unfinished=self._pending_rows.pop(record_id, None))
        self._pending.pop(record_id, None)
        self._set_problems(record_id, [])
        self._after_update(updated)
        return updated

    def _after_update(self, updated: Record) -> None:
        in_view = updated.year == self.year and updated.indicator in self.indicators
        row = self.row_of(updated.id)
        if in_view and row is not None:
            self._replace_record(updated)
            self._row_changed(row)
        else:
            self.reload()  # the record left the view, or came into it (another year or indicator)
            self.stored.emit()  # and the counts per indicator and year changed

    def add_new_row(self, values: dict | None = None) -> int:
        """Start entering a new record in a row at the end; returns its row."""
        key = str(uuid.uuid4())  # also the id of its unfinished row, once something is typed
        start = {"indicator": self.indicators[0] if self.indicators else "", "year": self.year,
                 "country": self._office_country(), "qualifier": "none", "value": None}
        start.update(values or {})
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._new_keys.append(key)
        self._new_values[key] = start
        self.endInsertRows()
        _, problems = self.results.check_values(start)
        self._set_problems(key, [p for p in problems if p.field not in ("value", "city", "entity")])
        return row

    def _office_country(self) -> str:
        try:
            return self.results.office.country
        except HabitatError:
            return ""

    def store_new(self, values: dict, new_key: str | None) -> Record:
        """Store a completed new row (first redo of an addition); its unfinished row goes with it."""
        if new_key is None:
            record = self.results.add_record(values)
        else:
            record = self.results.finish_unfinished_row(new_key, values)
        if new_key is not None:
            self.stored_as[new_key] = record.id  # so that the view can keep its place on the row
        self.reload()
        self.stored.emit()
        return record

    def discard_new(self, row: int) -> None:
        """Delete a new row, and its unfinished row in the file; False if the file refused."""
        key = self.key(row)
        try:
            self.results.discard_unfinished_row(key)
        except HabitatError as exc:  # also a lock held elsewhere for too long, a full disk
            self.refused.emit(self.error_text(exc))
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._forget_new(key)
        self.endRemoveRows()
        self.problemsChanged.emit()

    def set_deleted(self, record_ids: list[str], deleted: bool) -> None:
        """Delete (tombstone) or restore records, all in one transaction; used by the undo commands.

        A locked or missing record refuses the whole change, which raises; the grid is read again
        either way, so that it shows what the file holds.
        """
        try:
            self.results.set_deleted_many(record_ids, deleted)
            for record_id in record_ids:  # a refused edit stays in the file: it comes back on a restore
                self._pending.pop(record_id, None)
                self._pending_rows.pop(record_id, None)
                self._problems.pop(record_id, None)
        finally:
            self.reload()
            self.stored.emit()

    def delete_rows(self, rows: list[int]) -> None:
        """Delete the given rows: new rows are dropped, stored ones tombstoned (undoable)."""
        stored, locked = [], []
        for row in sorted(set(rows), reverse=True):
            if self.is_new(row):
                self.discard_new(row)
                continue
            record = self.record(row)
            if record is None:
                continue
            (locked if record.locked else stored).append(record.id)
        if locked:
            text = QCoreApplication.translate("RecordTableModel",
                                              "{count} submitted record(s) were not deleted: they are read-only.")
            self.refused.emit(text.format(count=len(locked)))
        if stored:
            self.undo_stack.push(DeleteRecordsCommand(self, stored))

    def duplicate_rows(self, rows: list[int]) -> None:
        """Copy the given rows as new draft records (or new rows, if their values are not valid yet)."""
        for row in sorted(set(rows)):
            values = {k: v for k, v in self.values(row).items() if k != "status"}
            _, problems = self.results.check_values(values)
            if problems or self.is_new(row):
                self.add_new_row(values)
                self.edit(self.rowCount() - 1, {})
            else:
                self.undo_stack.push(AddRecordCommand(self, values))

    def _set_problems(self, key: str, problems: list[Problem]) -> None:
        if problems:
            self._problems[key] = list(problems)
        elif self._problems.pop(key, None) is None:
            return
        self.problemsChanged.emit()


def _with_refusals(problems: list[Problem], refusals: list[Problem]) -> list[Problem]:
    """The validation's problems, where a refusal of the typed text replaces its problem on the field."""
    fields = {p.field for p in refusals}
    return [p for p in problems if p.field not in fields] + refusals

