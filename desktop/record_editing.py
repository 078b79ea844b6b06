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
from db.rules import copy_problem
from db.validation import is_country_code
from desktop import problem_text
from desktop.commands import (AddRecordCommand, AddRecordsCommand, DeleteRecordsCommand, DiscardRowsCommand,
                              EditRecordCommand, KeepRowsCommand, RefusedEditCommand, TypeInRowCommand)
from desktop.vocabulary import COLUMNS

DUPLICATE_CODES = ("duplicate_of_record", "duplicate_of_row")


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
        """Apply an edit from the grid: stored at once if valid, else kept on the cell with its problems.

        Either way it is one undo step of its own: typing into an incomplete row, an edit the rules
        refuse and an accepted edit are each taken back alone.
        """
        key = self.key(row)
        if self.is_new(row):
            return self._edit_new(key, changes)
        record = self.record(row)
        if record is None:
            return False
        pending = self._pending.get(key)
        before = (dict(pending), list(self._problems.get(key, []))) if pending is not None else None
        wanted, refusals = self._match_country({**(pending or {}), **changes})
        old = {field: getattr(record, field) for field in wanted}
        name = self._row_name({**record.values(), **wanted})
        try:
            updated = self.results.update_record(key, wanted, unfinished=self._pending_rows.get(key))
        except ValidationError as exc:
            problems = _with_refusals(exc.problems, refusals)
            if before is not None and before[0] == wanted:
                self._set_problems(key, problems)  # typed again as it was: no new step
                return True
            self.undo_stack.push(RefusedEditCommand(self, key, name, list(changes), before, (wanted, problems)))
            return True
        except HabitatError as exc:  # locked by another writer for too long, a full disk...
            self.refused.emit(self.error_text(exc))
            return False
        self._pending.pop(key, None)
        self._pending_rows.pop(key, None)
        self._set_problems(key, [])
        new = {field: getattr(updated, field) for field in wanted}
        if new != old or before is not None:
            self.undo_stack.push(EditRecordCommand(self, key, old, new, already_done=True, row=name, pending=before))
        self._after_update(updated)
        return True

    def _edit_new(self, key: str, changes: dict) -> bool:
        """Typing into an incomplete row: kept as typed (an undo step), or stored once the rules accept it."""
        before_values = dict(self._new_values[key])
        before = (before_values, list(self._problems.get(key, [])), self._row_in_file(key))
        values, refusals = self._match_country({**before_values, **changes})
        _, problems = self.results.check_values(values, new=True)
        problems = _with_refusals(problems, refusals)
        name = self._row_name(values)
        allow = False
        if problems and all(p.code in DUPLICATE_CODES for p in problems):
            source = self._copy_of.get(key)
            if source is not None and _says_the_same(source, values, self.framework):
                problems = [copy_problem(_described(source, self.framework))]
            elif self.ask_duplicate is not None \
                    and self.ask_duplicate("\n".join(self.localize(p) for p in problems)):
                allow, problems = True, []  # two records of the same figure, meant (as import --allow-duplicates)
        if problems:
            if values == before_values and before[2]:
                self._set_problems(key, problems)  # typed again as it was: no new step
                self._row_changed(self.row_of(key) or 0)
                return True
            self.undo_stack.push(TypeInRowCommand(self, key, name, list(changes), before, (values, problems)))
            return True
        self.undo_stack.push(AddRecordCommand(self, values, new_key=key, row=name, before=before,
                                              allow_duplicates=allow))
        return True

    def _row_name(self, values: dict) -> str:
        """A row as an undo step names it: its city, entity or country ("Kisumu")."""
        for field in ("city", "entity"):
            if isinstance(values.get(field), str) and values[field].strip():
                return values[field].strip()
        country = values.get("country")
        if isinstance(country, str) and country:
            return self.display_text("country", country)
        return QCoreApplication.translate("RecordTableModel", "a new row")

    def _row_in_file(self, key: str) -> bool:
        """Whether the file keeps the incomplete row ``key`` (typed into) or not (nothing typed yet)."""
        try:
            self.results.unfinished_row(key)
        except HabitatError:
            return False
        return True

    def set_new_row(self, key: str, values: dict, problems: list, kept: bool) -> None:
        """Show an incomplete row with these values (undo and redo of typing); ``kept``: the file keeps
        it as typed, else the file holds nothing of it (as before anything was typed)."""
        row = self.row_of(key)
        if row is None and values.get("indicator") in self.indicators and values.get("year") == self.year:
            row = self.rowCount()  # back in the grid it was typed in
            self.beginInsertRows(QModelIndex(), row, row)
            self._new_keys.append(key)
            self._new_values[key] = dict(values)
            self.endInsertRows()
        if row is not None:
            self._new_values[key] = dict(values)
        self.stored_as.pop(key, None)
        if kept:
            self._keep_unfinished(key, values)
        else:
            self.results.discard_unfinished_row(key)
            self._unstored.discard(key)
        if row is not None:  # a row of another year or indicator is changed in the file only
            self._set_problems(key, list(problems))
            self._row_changed(row)

    def set_pending(self, record_id: str, cells: dict | None, problems: list) -> None:
        """Put refused text on a stored record's cells, or (None) take it away: the record is untouched.

        The record may be out of the grid now (another year or indicator): its row in the file is
        found by the record's id.
        """
        row = self.row_of(record_id)
        held = self._pending_rows.get(record_id) or next(
            (r.id for r in self.results.unfinished_rows(record_id=record_id)), None)
        if cells:
            record = self.results.record(record_id)
            if held is not None:
                self._pending_rows[record_id] = held
            self._keep_unfinished(record_id, cells, record)
            if row is None:
                self._pending_rows.pop(record_id, None)
                return
            self._pending[record_id] = dict(cells)
            self._set_problems(record_id, list(problems))
        else:
            self._pending_rows.pop(record_id, None)
            if held is not None:
                self.results.discard_unfinished_row(held)
            self._pending.pop(record_id, None)
            if row is None:
                return
            self._set_problems(record_id, [])
        self._row_changed(row)

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
        held = self._pending_rows.pop(record_id, None) or next(
            (r.id for r in self.results.unfinished_rows(record_id=record_id)), None)  # out of the grid now
        updated = self.results.update_record(record_id, values, unfinished=held)
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

    def store_new(self, values: dict, new_key: str | None, *, allow_duplicates: bool = False) -> Record:
        """Store a completed new row (first redo of an addition); its unfinished row goes with it."""
        if new_key is None:
            record = self.results.add_record(values, allow_duplicates=allow_duplicates)
        else:
            record = self.results.finish_unfinished_row(new_key, values, allow_duplicates=allow_duplicates)
            self._copy_of.pop(new_key, None)
        if new_key is not None:
            self.stored_as[new_key] = record.id  # so that the view can keep its place on the row
        self.reload()
        self.stored.emit()
        return record

    def take_back_added(self, record_id: str, new_key: str | None, before: tuple | None) -> None:
        """Undo of an addition: the record is deleted, and the incomplete row it completed comes back as it was."""
        self.set_deleted([record_id], True)
        if new_key is not None and before is not None:
            self.set_new_row(new_key, before[0], before[1], kept=before[2])

    def restore_added(self, record_id: str, new_key: str | None, allow_duplicates: bool = False) -> None:
        """Redo of an addition undone: the record is restored, the incomplete row goes again
        (``allow_duplicates``: it was stored as a second identical record, confirmed)."""
        if new_key is not None:
            self.stored_as[new_key] = record_id  # the view keeps its place on the row
            if self.row_of(new_key) is not None:
                self.results.discard_unfinished_row(new_key)
        self.set_deleted([record_id], False, allow_duplicates=allow_duplicates)

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

    def set_deleted(self, record_ids: list[str], deleted: bool, allow_duplicates: bool = False) -> None:
        """Delete (tombstone) or restore records, all in one transaction; used by the undo commands.

        A locked or missing record, or one the rules refuse now, refuses the whole change, which
        raises; the grid is read again either way, so that it shows what the file holds.
        """
        try:
            self.results.set_deleted_many(record_ids, deleted, allow_duplicates=allow_duplicates)
            for record_id in record_ids:  # a refused edit stays in the file: it comes back on a restore
                self._pending.pop(record_id, None)
                self._pending_rows.pop(record_id, None)
                self._problems.pop(record_id, None)
        finally:
            self.reload()
            self.stored.emit()

    def delete_rows(self, rows: list[int]) -> None:
        """Delete the given rows: incomplete rows are dropped, stored ones tombstoned (each undoable).

        A total whose breakdown parts would remain without it is refused, with the reason on its cell.
        """
        from db.rules import blocked_totals

        stored, locked, new = [], [], []
        for row in sorted(set(rows), reverse=True):
            if self.is_new(row):
                key = self.key(row)
                new.append((key, dict(self._new_values[key]), list(self._problems.get(key, [])),
                            self._row_in_file(key)))
                continue
            record = self.record(row)
            if record is None:
                continue
            (locked if record.locked else stored).append(record.id)
        if locked:
            text = QCoreApplication.translate("RecordTableModel",
                                              "{count} submitted record(s) were not deleted: they are read-only.")
            self.refused.emit(text.format(count=len(locked)))
        blocked = blocked_totals(self.results, stored) if stored else []
        if blocked:
            for record_id, problem in blocked:
                self._set_problems(record_id, [problem])
                row = self.row_of(record_id)
                if row is not None:
                    self._row_changed(row)
            self.refused.emit(QCoreApplication.translate(
                "RecordTableModel", "Nothing was deleted: {reason}").format(reason=self.localize(blocked[0][1])))
            return
        # A refused edit of a deleted record goes with it (nothing unseen stays in the file); undo brings both back.
        refused = [(record_id, dict(self._pending[record_id]), list(self._problems.get(record_id, [])))
                   for record_id in stored if record_id in self._pending]
        several = sum(map(bool, (new, stored, refused))) > 1
        if several:
            self.undo_stack.beginMacro(QCoreApplication.translate("RecordTableModel", "Delete {count} row(s)").format(
                count=len(new) + len(stored)))
        try:
            if new:
                self.undo_stack.push(DiscardRowsCommand(self, new))
            for record_id, cells, problems in refused:
                values = self.results.record(record_id).values()
                self.undo_stack.push(RefusedEditCommand(self, record_id, self._row_name({**values, **cells}),
                                                        list(cells), (cells, problems), (None, [])))
            if stored:
                self.undo_stack.push(DeleteRecordsCommand(self, stored))
        finally:
            if several:
                self.undo_stack.endMacro()

    def duplicate_rows(self, rows: list[int]) -> int | None:
        """Copy the given rows as incomplete rows to change (another city, another year…), one undo step.

        A copy of a record is not a record until it differs from it: until then it says so on its
        value. Returns the first copy's row.
        """
        copies = []
        for row in sorted(set(rows)):
            values = {k: v for k, v in self.values(row).items() if k != "status"}
            if self.is_new(row):
                problems = list(self._problems.get(self.key(row), []))
            else:
                problems = [copy_problem(_described(values, self.framework))]
            copies.append((values, problems))
        if not copies:
            return None
        first = self.rowCount()
        command = KeepRowsCommand(self, copies)
        command.setText(QCoreApplication.translate("RecordTableModel", "Duplicate {count} row(s)").format(
            count=len(copies)))
        for key, values, _ in command.rows:
            self._copy_of[key] = dict(values)
        self.undo_stack.push(command)
        return first

    def _set_problems(self, key: str, problems: list[Problem]) -> None:
        if problems:
            self._problems[key] = list(problems)
        elif self._problems.pop(key, None) is None:
            return
        self.problemsChanged.emit()


def _says_the_same(a: dict, b: dict, framework) -> bool:
    """Whether two rows' values say the same thing, as the duplicate rule compares them."""
    from db.quality import meaning_key

    try:
        return meaning_key(_cleaned(a, framework)) == meaning_key(_cleaned(b, framework))
    except (KeyError, TypeError):
        return False


def _cleaned(values: dict, framework) -> dict:
    from db.validation import check_record

    return check_record(values, framework)[0]


def _described(values: dict, framework) -> str:
    from db.quality import describe

    try:
        return describe(_cleaned(values, framework))
    except (KeyError, TypeError, ValueError):
        return str(values.get("city") or values.get("entity") or "")


def _with_refusals(problems: list[Problem], refusals: list[Problem]) -> list[Problem]:
    """The validation's problems, where a refusal of the typed text replaces its problem on the field."""
    fields = {p.field for p in refusals}
    return [p for p in problems if p.field not in fields] + refusals

