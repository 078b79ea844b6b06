"""Undo and redo of edits, additions and deletions, each written through the ``db`` API.

A command is pushed after (or as) its write succeeds; undoing it is another ordinary write, in
its own transaction and audited like any other, so undo survives a crash just as edits do.

Every step the user takes is a command of its own, so that undo takes back exactly the last one:
typing into an incomplete row, an edit the rules refuse (kept on its cell), deleting an incomplete
row. Each names its step ("typing in Kisumu · value"); undoing a step touches only the row of that
step, and leaves nothing in the file that the grid does not show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db.errors import HabitatError
from desktop.vocabulary import column_titles


class _Command(QUndoCommand):
    """An undoable write on the grid's ``RecordTableModel`` (not imported here: it imports the commands)."""

    def __init__(self, model, text: str):
        super().__init__(text)
        self.model = model

    def _try(self, action) -> None:
        # Undo can meet a record that was submitted meanwhile: say so instead of crashing.
        try:
            action()
        except HabitatError as exc:  # also another program holding the file too long, a full disk
            self.setObsolete(True)
            self.model.refused.emit(self.model.error_text(exc))


def fields_text(fields) -> str:
    titles = column_titles()
    return ", ".join(titles.get(f, f) for f in fields)


def typing_text(row: str, fields) -> str:
    """A typing step's name: "typing in Kisumu · value" (the menu says "Undo typing in …")."""
    return QCoreApplication.translate("Commands", "typing in {row} · {fields}").format(
        row=row, fields=fields_text(fields))


class EditRecordCommand(_Command):
    """An accepted edit of a stored record; ``pending``: the refused text its cell held before, if any,
    which undo puts back on the cell."""

    def __init__(self, model, record_id: str, old: dict, new: dict, *, already_done: bool = False,
                 row: str = "", pending: tuple[dict, list] | None = None):
        text = (QCoreApplication.translate("Commands", "Edit {row} · {fields}").format(row=row, fields=fields_text(new))
                if row else QCoreApplication.translate("Commands", "Edit {fields}").format(fields=fields_text(new)))
        super().__init__(model, text)
        self.record_id, self.old, self.new, self.pending = record_id, old, new, pending
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._try(lambda: self.model.write_update(self.record_id, self.new))

    def undo(self) -> None:
        def back():
            if self.old != self.new:
                self.model.write_update(self.record_id, self.old)
            if self.pending is not None:
                self.model.set_pending(self.record_id, *self.pending)
        self._try(back)


class RefusedEditCommand(_Command):
    """Text typed on a stored record that the rules refuse: kept on its cell (and in the file's
    unfinished rows); undo puts back what the cell held before, the record itself never changes."""

    def __init__(self, model, record_id: str, row: str, fields, before: tuple[dict, list] | None,
                 after: tuple[dict, list]):
        super().__init__(model, typing_text(row, fields))
        self.record_id, self.before, self.after = record_id, before, after

    def redo(self) -> None:
        self._try(lambda: self.model.set_pending(self.record_id, *self.after))

    def undo(self) -> None:
        self._try(lambda: self.model.set_pending(self.record_id, *(self.before or (None, []))))


class TypeInRowCommand(_Command):
    """Text typed into an incomplete row (a new row not valid yet), kept as typed; undo puts back what
    the row held before (and, if the file held nothing of it then, takes it out of the file)."""

    def __init__(self, model, key: str, row: str, fields, before: tuple[dict, list, bool],
                 after: tuple[dict, list]):
        super().__init__(model, typing_text(row, fields))
        self.key, self.before, self.after = key, before, after

    def redo(self) -> None:
        self._try(lambda: self.model.set_new_row(self.key, *self.after, kept=True))

    def undo(self) -> None:
        self._try(lambda: self.model.set_new_row(self.key, *self.before))


class AddRecordCommand(_Command):
    """Stores a new record; undo deletes it (a tombstone), redo restores it.

    ``new_key``: the incomplete row it completes; undo brings that row back as it was before the
    step (``before``: values, problems, whether the file kept it), redo stores it again.
    """

    def __init__(self, model, values: dict, *, new_key: str | None = None, row: str = "",
                 before: tuple[dict, list, bool] | None = None, allow_duplicates: bool = False):
        text = (QCoreApplication.translate("Commands", "Add record {row}").format(row=row) if row
                else QCoreApplication.translate("Commands", "Add record"))
        super().__init__(model, text)
        self.values, self.new_key, self.before = values, new_key, before
        self.allow_duplicates = allow_duplicates
        self.record_id: str | None = None

    def redo(self) -> None:
        if self.record_id is None:
            def first():
                self.record_id = self.model.store_new(self.values, self.new_key,
                                                      allow_duplicates=self.allow_duplicates).id
            self._try(first)
        else:
            self._try(lambda: self.model.restore_added(self.record_id, self.new_key, self.allow_duplicates))

    def undo(self) -> None:
        if self.record_id is not None:
            self._try(lambda: self.model.take_back_added(self.record_id, self.new_key, self.before))


class DiscardRowsCommand(_Command):
    """Deletes incomplete rows (they were never records); undo brings them back as they were."""

    def __init__(self, model, rows: list[tuple[str, dict, list, bool]]):
        super().__init__(model, QCoreApplication.translate("Commands", "Delete {count} incomplete row(s)").format(
            count=len(rows)))
        self.rows = rows

    def redo(self) -> None:
        self._try(lambda: self.model.discard_keys([key for key, *_ in self.rows]))

    def undo(self) -> None:
        def back():
            for key, values, problems, kept in self.rows:
                self.model.set_new_row(key, values, problems, kept=kept)
        self._try(back)


class DeleteRecordsCommand(_Command):
    def __init__(self, model, record_ids: list[str]):
        text = QCoreApplication.translate("Commands", "Delete {count} record(s)")
        super().__init__(model, text.format(count=len(record_ids)))
        self.record_ids = list(record_ids)

    def redo(self) -> None:
        self._try(lambda: self.model.set_deleted(self.record_ids, True))

    def undo(self) -> None:
        self._try(lambda: self.model.set_deleted(self.record_ids, False))


class AddRecordsCommand(_Command):
    """Stores several new records in one transaction (a paste); undo deletes them, redo restores them."""

    def __init__(self, model, rows: list[dict]):
        super().__init__(model, QCoreApplication.translate("Commands", "Add {count} record(s)").format(count=len(rows)))
        self.rows = rows
        self.record_ids: list[str] | None = None

    def redo(self) -> None:
        if self.record_ids is None:
            def first():
                self.record_ids = [r.id for r in self.model.store_many(self.rows)]
            self._try(first)
        else:
            self._try(lambda: self.model.set_deleted(self.record_ids, False))

    def undo(self) -> None:
        if self.record_ids:
            self._try(lambda: self.model.set_deleted(self.record_ids, True))


class KeepRowsCommand(_Command):
    """Adds incomplete rows kept as typed (a paste's rows that are not valid); undo deletes them."""

    def __init__(self, model, rows: list[tuple[dict, list]]):
        import uuid

        super().__init__(model, QCoreApplication.translate("Commands", "Keep {count} incomplete row(s)").format(
            count=len(rows)))
        self.rows = [(str(uuid.uuid4()), values, problems) for values, problems in rows]

    def redo(self) -> None:
        self._try(lambda: self.model.keep_new_rows(self.rows))

    def undo(self) -> None:
        self._try(lambda: self.model.discard_keys([key for key, _, _ in self.rows]))
