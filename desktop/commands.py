"""Undo and redo of edits, additions and deletions, each written through the ``db`` API.

A command is pushed after (or as) its write succeeds; undoing it is another ordinary write, in
its own transaction and audited like any other, so undo survives a crash just as edits do.
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


class EditRecordCommand(_Command):
    def __init__(self, model, record_id: str, old: dict, new: dict, *, already_done: bool = False):
        titles = column_titles()
        super().__init__(model, QCoreApplication.translate("Commands", "Edit {fields}").format(
            fields=", ".join(titles.get(f, f) for f in new)))
        self.record_id, self.old, self.new = record_id, old, new
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._try(lambda: self.model.write_update(self.record_id, self.new))

    def undo(self) -> None:
        self._try(lambda: self.model.write_update(self.record_id, self.old))


class AddRecordCommand(_Command):
    """Stores a new record; undo deletes it (a tombstone), redo restores it."""

    def __init__(self, model, values: dict, *, new_key: str | None = None):
        super().__init__(model, QCoreApplication.translate("Commands", "Add record"))
        self.values, self.new_key = values, new_key
        self.record_id: str | None = None

    def redo(self) -> None:
        if self.record_id is None:
            def first():
                self.record_id = self.model.store_new(self.values, self.new_key).id
            self._try(first)
        else:
            self._try(lambda: self.model.set_deleted([self.record_id], False))

    def undo(self) -> None:
        if self.record_id is not None:
            self._try(lambda: self.model.set_deleted([self.record_id], True))


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
