"""A model-based test of the main window (issue 9): random sequences of what an office does, driven
through the real window (offscreen), checked after every step against a model of what the user did.

The steps: type in a cell (valid and refused values), add rows (complete or not), delete rows, undo
and redo, type an outcome narrative, switch node, year, language and file (two office files),
import a small CSV, export, submit a year (confirmed or cancelled). After each step both office
files are read from disk and compared with the model: records, outcome narratives, incomplete rows
and the audit log. Hypothesis runs a fixed set of sequences (derandomized) of bounded length.

Long jobs are slowed (tests.test_desktop_entry.slowed) so that their progress dialog appears and
their end meets a modal box, as in the reported crash; the boxes are answered as a user would.
"""

from __future__ import annotations

import itertools
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QItemSelectionModel, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from db.officefile import Office, ResultsFile
from desktop.app import create_window
from desktop.dialogs import SubmitDialog
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS
from tests.conftest import KENYA
from tests.test_desktop_entry import Stall, slowed

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

UGANDA = Office("UGA", "UN-Habitat Uganda Country Office", "UGA", "Africa")
OFFICES = {"KEN": KENYA, "UGA": UGANDA}
INDICATOR = "1.1.a"  # counts people: country, city and a value make a complete record
NODES = [("indicator", "1.1.a"), ("outcome", "1.1"), ("outcome", "1.2"), ("indicator", "1.2.a")]
YEARS = [2024, 2025]
REFUSED_VALUES = ["-250", "12a5", "1e3"]  # issue 9: each must stay on its cell, never be stored altered
WAIT_MS = 30000


def outcome_of(node: tuple[str, str]) -> str:
    kind, code = node
    return code if kind == "outcome" else code.rsplit(".", 1)[0]


SEEN: Counter = Counter()  # steps run, by kind: every kind must have run at least once


class OfficeModel:
    """What one office file must hold, from what the user did."""

    def __init__(self):
        self.records: dict[str, list] = {}  # city -> [year, value, status]
        self.narratives: dict[tuple[str, int], str] = {}
        self.typed: dict[tuple[str, int], set[str]] = {}  # every text typed for a narrative, in this file
        self.maybe: dict[tuple[str, int], set[str]] = {}  # a narrative being typed: stored after a pause, or not yet
        # Incomplete rows. Rows that are not records yet are kept in the file (table unfinished_row),
        # as are refused edits of stored records: this is the one place that says what the file keeps
        # of what was typed but not accepted.
        self.incomplete: Counter = Counter()  # (year, city) of new rows with a city and no value yet
        self.refused: dict[str, str] = {}  # city of a stored record -> the refused value kept on its cell
        self.audit_ids: list[int] = []


# The sequences drawn follow from this seed alone (derandomized, they followed from this class's
# source): editing a step keeps the sequences, in which every kind of step runs. The seed is the one
# the class's source gave before the window's pieces moved into their own files.
SEQUENCES = int("3548028606401776081170692186320238005197717059710678532169935609"
                "2896084647101913001149812111146487186225054155226255")


@seed(SEQUENCES)
class DesktopMachine(RuleBasedStateMachine):
    window = None  # set by the test: one window for every sequence
    qtbot = None
    folder: Path = None
    current = None  # the sequence running (it answers the boxes)

    def __init__(self):
        super().__init__()
        here = Path(tempfile.mkdtemp(dir=self.folder))
        self.paths = {code: here / f"{code.lower()}.habitat" for code in OFFICES}
        for code, path in self.paths.items():
            ResultsFile.create(path, OFFICES[code]).close()
        self.files = {code: OfficeModel() for code in OFFICES}
        self.here = here
        self.log: list = []  # the steps so far, for the message of a failure
        self.counter = itertools.count(1)
        self.undo: list[tuple] = []  # the window's undo stack as the user built it
        self.undo_at = 0
        self.pending: tuple[str, tuple[str, int], str] | None = None  # narrative typed, maybe not stored
        self.submit_answer = QDialog.DialogCode.Rejected
        self.submit_answered = False
        self.boxes: list[str] = []  # the message boxes of the step, as the user read them
        DesktopMachine.current = self
        win = self.window
        if win.lang != "en":
            win.set_language("en")
        assert win.open_file(self.paths["KEN"])
        self.office = "KEN"
        win.year_box.setCurrentIndex(win.year_box.findData(2025))
        win.select_node(*NODES[0])
        self.node = NODES[0]
        self.lang = "en"

    # --- helpers ----------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.window.year

    @property
    def model(self) -> OfficeModel:
        return self.files[self.office]

    def flush_narrative(self) -> None:
        """The narrative being typed is stored now, in the file it was typed in."""
        if self.pending is not None:
            office, key, text = self.pending
            self.files[office].narratives[key] = text
            self.files[office].maybe.pop(key, None)
            self.pending = None

    def in_grid(self) -> bool:
        return self.node == ("indicator", INDICATOR)

    def row_of(self, city: str) -> int:
        grid = self.window.record_model
        column = COLUMNS.index("city")
        shown = [grid.index(row, column).data() for row in range(grid.rowCount())]
        for row, text in enumerate(shown):
            if not grid.is_new(row) and text == city:
                return row
        raise AssertionError(f"{city} is not shown in the grid ({grid.indicators} {grid.year}: {shown}) "
                             f"after {self.log}")

    def editable(self) -> list[str]:
        """Cities of stored records shown in the grid that may be changed (drafts)."""
        return sorted(city for city, (year, _, status) in self.model.records.items()
                      if year == self.year and status == "draft")

    def set_cell(self, row: int, field: str, text: str) -> bool:
        grid = self.window.record_model
        return grid.setData(grid.index(row, COLUMNS.index(field)), text)

    def new_city(self) -> str:
        return f"Town {next(self.counter)}"

    def push(self, op: tuple) -> None:
        del self.undo[self.undo_at:]
        self.undo.append(op)
        self.undo_at += 1

    def wait_for_jobs(self, told) -> None:
        """Until the job's end has been handled: the window told the user (``told()``), nothing runs."""
        def over():
            return (bool(told()) and QThreadPool.globalInstance().activeThreadCount() == 0
                    and not any(d.isVisible() for d in self.window.findChildren(QProgressDialog)))
        self.qtbot.waitUntil(over, timeout=WAIT_MS)

    def status_names(self, path: Path) -> bool:
        return path.name in self.window.statusBar().currentMessage()

    def answer(self) -> None:
        """Answer the modal boxes as the user would: Submit as chosen, every message box closed."""
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or isinstance(widget, QProgressDialog):
                continue
            if isinstance(widget, SubmitDialog):
                self.submit_answered = True
                widget.done(self.submit_answer)
            elif isinstance(widget, QMessageBox):
                self.boxes.append(widget.text())
                widget.reject()

    # --- steps ------------------------------------------------------------------------------------

    def possible(self) -> dict[str, bool]:
        """What the user can do now, by kind of step."""
        in_grid, editable = self.in_grid(), self.editable() if self.in_grid() else []
        return {
            "add a row": in_grid,
            "type a value": bool(editable),
            "type a refused value": bool(editable),
            "delete a row": any(c not in self.model.refused for c in editable),
            "undo": self.undo_at > 0 and self._undoable(self.undo[self.undo_at - 1]),
            "redo": self.undo_at < len(self.undo) and self._undoable(self.undo[self.undo_at]),
            "type a narrative": not self.window.narrative_edit.isReadOnly(),
            "switch node": True, "switch year": True, "switch language": True, "switch file": True,
            "a long job": True,
        }

    @rule(data=st.data())
    def one_step(self, data):
        """One thing the user does, among those possible now."""
        # The grid's steps twice: they need the grid's indicator and a year with drafts, which are rarer.
        grid = ("add a row", "type a value", "type a refused value", "delete a row", "undo", "redo")
        # Delete needs a draft without a refused value; a refused value, a draft shown.
        weight = {**dict.fromkeys(grid, 2), "delete a row": 3, "type a refused value": 3, "redo": 3}
        kinds = [k for k, possible in self.possible().items() if possible for _ in range(weight.get(k, 1))]
        # Hypothesis favours its first choice: the list turns with every step, so no kind is favoured.
        kind = kinds[(data.draw(st.integers(0, len(kinds) - 1), label="step") + len(self.log)) % len(kinds)]
        if kind == "a long job":  # one kind among the others: each takes a second
            jobs = ["import", "export", "submit", "submit then cancel"]
            kind = jobs[(data.draw(st.integers(0, len(jobs) - 1), label="job") + len(self.log)) % len(jobs)]
        SEEN[kind] += 1
        self.log.append(kind)
        self.boxes.clear()
        try:
            self.steps[kind](self, data)
        except Exception as exc:
            print(f"FAILED STEP after {self.log}: {exc!r}", flush=True)
            raise

    def add_row(self, data):
        value, complete = data.draw(st.integers(0, 10**6)), data.draw(st.booleans())
        city = self.new_city()
        self.window.grid_view.add_record()
        row = self.window.record_model.rowCount() - 1
        assert self.set_cell(row, "city", city)  # typing into an incomplete row: a step of its own
        self.model.incomplete[(self.year, city)] += 1
        self.push(("type", self.office, city, self.year))
        if complete:
            assert self.set_cell(row, "value", str(value))
            self.model.incomplete[(self.year, city)] -= 1
            self.model.records[city] = [self.year, value, "draft"]
            self.push(("add", self.office, city, self.year, value))

    def type_a_value(self, data):
        pick, value = data.draw(st.integers(0, 1000)), data.draw(st.integers(0, 10**6))
        city = self.editable()[pick % len(self.editable())]
        row = self.row_of(city)
        assert self.set_cell(row, "value", str(value))
        old = self.model.records[city][1]
        self.model.records[city][1] = value
        refused = self.model.refused.pop(city, None)
        if old != value or refused is not None:
            self.push(("edit", self.office, city, old, value, refused))

    def type_a_refused_value(self, data):
        pick, typed = data.draw(st.integers(0, 1000)), data.draw(st.sampled_from(REFUSED_VALUES))
        city = self.editable()[pick % len(self.editable())]
        row = self.row_of(city)
        assert self.set_cell(row, "value", typed)
        problem = self.window.record_model.index(row, COLUMNS.index("value")).data(
            self.window.record_model.ProblemRole)
        assert problem, f"{typed!r} was accepted without a word"
        before = self.model.refused.get(city)
        self.model.refused[city] = typed
        if before != typed:  # a refused edit is a step of its own
            self.push(("refuse", self.office, city, before, typed))

    def delete_a_row(self, data):
        pick = data.draw(st.integers(0, 1000))
        cities = [c for c in self.editable() if c not in self.model.refused]
        city = cities[pick % len(cities)]
        grid = self.window.grid
        index = self.window.record_model.index(self.row_of(city), COLUMNS.index("city"))
        grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.window.grid_view.delete_records()
        year, value, status = self.model.records.pop(city)
        self.push(("delete", self.office, city, year, value))

    def _undoable(self, op) -> bool:
        # Every step is undoable (issue 19); a record deleted with a refused value is never a step here.
        return True

    def undo_last(self, data):
        assert self.window.undo_stack.canUndo()
        self.window.undo_action.trigger()
        self.undo_at -= 1
        kind, office, city, *rest = self.undo[self.undo_at]
        model = self.files[office]
        records = model.records
        if kind == "type":  # the city typed into a new row: the file keeps nothing of the row again
            model.incomplete[(rest[0], city)] -= 1
        elif kind == "add":  # the record goes, the row it completed is back with its city
            records.pop(city)
            model.incomplete[(rest[0], city)] += 1
        elif kind == "edit":
            records[city][1] = rest[0]
            if rest[2] is not None:
                model.refused[city] = rest[2]
        elif kind == "refuse":
            if rest[0] is None:
                model.refused.pop(city)
            else:
                model.refused[city] = rest[0]
        else:
            records[city] = [rest[0], rest[1], "draft"]
        model.incomplete = +model.incomplete  # drop zero counts

    def redo_next(self, data):
        assert self.window.undo_stack.canRedo()
        self.window.redo_action.trigger()
        kind, office, city, *rest = self.undo[self.undo_at]
        self.undo_at += 1
        model = self.files[office]
        records = model.records
        if kind == "type":
            model.incomplete[(rest[0], city)] += 1
        elif kind == "add":
            records[city] = [rest[0], rest[1], "draft"]
            model.incomplete[(rest[0], city)] -= 1
        elif kind == "edit":
            records[city][1] = rest[1]
            model.refused.pop(city, None)
        elif kind == "refuse":
            model.refused[city] = rest[1]
        else:
            records.pop(city)
        model.incomplete = +model.incomplete

    def type_a_narrative(self, data):
        key = (outcome_of(self.node), self.year)
        text = f"{self.office} wrote note {next(self.counter)} for {key[0]} in {key[1]}."
        model = self.model
        if self.pending is None:
            model.maybe[key] = {model.narratives.get(key, "")}
        model.maybe[key].add(text)
        model.typed.setdefault(key, set()).add(text)
        self.window.narrative_edit.setPlainText(text)
        self.pending = (self.office, key, text)

    def switch_node(self, data):
        # Back to the grid's indicator half of the time: most of an office's work is typed there.
        node = data.draw(st.sampled_from([n for n in [NODES[0], *NODES] if n != self.node]))
        if outcome_of(node) != outcome_of(self.node):
            self.flush_narrative()
        self.window.select_node(*node)
        self.node = node

    def switch_year(self, data):
        year = YEARS[0] if self.year == YEARS[1] else YEARS[1]
        if year != self.year:
            self.flush_narrative()
        self.window.year_box.setCurrentIndex(self.window.year_box.findData(year))
        assert self.window.year == year

    def switch_language(self, data):
        self.flush_narrative()
        self.lang = "zh" if self.lang == "en" else "en"
        self.window.set_language(self.lang)
        assert self.window.lang == self.lang

    def switch_file(self, data):
        self.flush_narrative()
        self.office = "UGA" if self.office == "KEN" else "KEN"
        assert self.window.open_file(self.paths[self.office])
        self.undo, self.undo_at = [], 0  # another file: nothing to undo

    def import_a_csv(self, data):
        values = data.draw(st.lists(st.integers(0, 10**6), min_size=1, max_size=2))
        country = OFFICES[self.office].country
        cities = [self.new_city() for _ in values]
        source = self.here / f"import-{next(self.counter)}.csv"
        source.write_text("indicator,year,value,country,city\n" + "".join(
            f"{INDICATOR},{self.year},{v},{country},{c}\n" for v, c in zip(values, cities)), encoding="utf-8")
        self.window.office.import_file(source)
        self.wait_for_jobs(lambda: self.status_names(source) or self.boxes)  # "2 record(s) imported from import-7.csv"
        assert not self.boxes, f"the import said: {self.boxes}"
        for value, city in zip(values, cities):
            self.model.records[city] = [self.year, value, "draft"]

    def export_the_annex(self, data):
        target = self.here / f"annex-{next(self.counter)}.csv"

        def ask_export(dialog):
            dialog.set_format("csv")
            dialog.path_edit.setText(str(target))
            dialog.export_button.click()
            return dialog.result() == QDialog.DialogCode.Accepted

        self.window.ask_export = ask_export
        self.flush_narrative()  # the export reads the file: what is typed is stored first
        self.window.export.open_export_dialog()
        self.wait_for_jobs(lambda: self.status_names(target) and self.boxes)  # "Annex written to …/annex-8.csv"
        assert all(target.name in text for text in self.boxes), f"the export said: {self.boxes}"
        assert target.exists(), f"no annex written; boxes: {self.boxes}"

    def submit_the_year(self, data, confirm=True):
        self.flush_narrative()
        self.submit_answer = QDialog.DialogCode.Accepted if confirm else QDialog.DialogCode.Rejected
        self.submit_answered = False
        self.window.office.submit_year()
        self.wait_for_jobs(lambda: self.submit_answered or self.boxes)
        assert not self.boxes, f"submitting said: {self.boxes}"
        if confirm:
            for record in self.model.records.values():
                if record[0] == self.year and record[2] == "draft":
                    record[2] = "submitted"
            self.undo, self.undo_at = [], 0  # submitted records cannot be changed back

    steps = {"add a row": add_row, "type a value": type_a_value, "type a refused value": type_a_refused_value,
             "delete a row": delete_a_row, "undo": undo_last, "redo": redo_next,
             "type a narrative": type_a_narrative, "switch node": switch_node, "switch year": switch_year,
             "switch language": switch_language, "switch file": switch_file, "import": import_a_csv,
             "export": export_the_annex, "submit": submit_the_year,
             "submit then cancel": lambda self, data: self.submit_the_year(data, confirm=False)}

    # --- the check after every step ---------------------------------------------------------------

    @invariant()
    def files_hold_what_the_user_did(self):
        try:
            self._check_files()
        except Exception as exc:
            print(f"FAILED CHECK after {self.log}: {exc!r}", flush=True)
            raise

    def _check_files(self):
        for code, path in self.paths.items():
            model = self.files[code]
            with ResultsFile.open(path) as results:
                stored = {r.city: [r.year, r.value, r.status] for r in results.records(indicator=INDICATOR)}
                narratives = results.outcome_narratives()
                unfinished = results.unfinished_rows()
                by_id = {r.id: r.city for r in results.records(include_deleted=True)}
                audit = results.audit_log()
            assert stored == model.records, code
            for key in set(narratives) | set(model.narratives) | set(model.maybe):
                allowed = model.maybe.get(key) or {model.narratives.get(key, "")}
                assert narratives.get(key, "") in allowed, (code, key, narratives.get(key))
            incomplete = Counter((row.year, row.cells.get("city")) for row in unfinished if row.record_id is None)
            assert incomplete == model.incomplete, code
            refused = {by_id[row.record_id]: str(row.cells.get("value")) for row in unfinished if row.record_id}
            assert refused == model.refused, code
            ids = [entry["id"] for entry in audit]
            assert ids[:len(model.audit_ids)] == model.audit_ids, f"{code}: the audit log lost entries"
            model.audit_ids = ids
            for entry in audit:
                if entry["target"] == "outcome_narrative":
                    office, outcome, year = entry["target_id"].split("/")
                    text = entry["new"]["text"]
                    assert office == code, f"{code} holds a narrative change of {office}"
                    assert text in model.typed.get((outcome, int(year)), set()), \
                        f"{code}: narrative {outcome} {year} set to {text!r}, which was not typed there"

    @invariant()
    def no_box_left_open(self):
        left = [w.windowTitle() for w in self.window.findChildren(QDialog) if w.isVisible()]
        assert not left, f"left open: {left}"


def test_the_window_keeps_what_the_user_did(qtbot, tmp_path, monkeypatch):
    import exports
    from desktop import submission

    first = tmp_path / "start.habitat"
    ResultsFile.create(first, KENYA).close()
    window = create_window(first, Settings(), lang="en")
    qtbot.addWidget(window)
    window.show()
    stall = Stall()
    monkeypatch.setattr(submission, "summarize", slowed(submission.summarize, 2, stall))
    monkeypatch.setattr(exports, "export_annex", slowed(exports.export_annex, 4, stall))
    DesktopMachine.window, DesktopMachine.qtbot, DesktopMachine.folder = window, qtbot, tmp_path
    answering = QTimer()
    answering.timeout.connect(lambda: DesktopMachine.current.answer() if DesktopMachine.current else None)
    answering.start(30)
    try:
        # The same sequences every run, bounded. No shrinking: a failure prints its steps (the log),
        # and shrinking would replay the window for minutes.
        run_state_machine_as_test(DesktopMachine, settings=settings(
            max_examples=8, stateful_step_count=20, derandomize=True, deadline=None,
            suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate]))
    finally:
        answering.stop()
        DesktopMachine.current = None
    print("steps run:", dict(SEEN))  # every kind must have run: a step no sequence reaches tests nothing
    assert set(DesktopMachine.steps) <= set(SEEN), f"never run: {set(DesktopMachine.steps) - set(SEEN)}"
