"""What each store of an open results file reads and writes through: the file itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from db.framework import Framework
from db.store.models import Office

if TYPE_CHECKING:
    from db.plans import Plans


class OpenFile(Protocol):
    """An open results file as its stores (and the data-quality checks) see it."""

    path: Path
    conn: sqlite3.Connection
    kind: str
    framework: Framework
    plans: Plans

    @property
    def office(self) -> Office: ...

    def offices(self) -> list[Office]: ...

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def query(self, sql: str, params: Sequence | dict = (), *, tuples: bool = False) -> sqlite3.Cursor: ...


class Store:
    """One job of an open results file (records, unfinished rows, …), done through the file."""

    def __init__(self, file: OpenFile):
        self.file = file

    @property
    def conn(self) -> sqlite3.Connection:
        return self.file.conn

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def framework(self) -> Framework:
        return self.file.framework

    @property
    def plans(self) -> Plans:
        return self.file.plans

    @property
    def office(self) -> Office:
        return self.file.office

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return self.file.transaction()
