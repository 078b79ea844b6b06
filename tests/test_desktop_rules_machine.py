"""A model-based test of the rules and of undo (issue 19), beside the entry-integrity one
(tests/test_desktop_model.py): random sequences of what an office does in one grid, driven through
the real window (offscreen), checked after every step against a model kept beside it.

The steps: add a record (a new place, or one repeating a record: refused), add a breakdown part
(within its total, or above it: refused), duplicate a record, edit a value, type a refused value,
type into an incomplete row, delete a record (a total whose parts remain: refused) or an incomplete
row, undo and redo (Ctrl+Z, Ctrl+Y on the grid), paste rows, import a CSV, submit the year.

After each step: the file's records, incomplete rows and refused edits equal the model's; every
incomplete row or refused edit the file keeps is shown in the grid; an undo changed only what the
step it undid had changed; the check finds nothing blocking and the annex's figure equals the sum
of the totals counted by hand (no part counted as a total, no duplicate counted twice).
"""

from __future__ import annotations

import itertools
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QItemSelectionModel, Qt

from db.officefile import ResultsFile
from desktop.app import create_window
from desktop.settings import Settings
from desktop.vocabulary import COLUMNS
from exports.aggregate import aggregate
from exports.check import check
from tests.conftest import KENYA

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

INDICATOR, YEAR = "1.1.a", 2025
REFUSED = ["-5", "12a5", "1e3", "-250"]
SEEN: Counter = Counter()


class RulesMachine(RuleBasedStateMachine):
    window = None  # one window for every sequence, set by the test
    qtbot = None
    folder: Path = None

    def __init__(self):
        super().__init__()
        here = Path(tempfile.mkdtemp(dir=self.folder))
        self.here, self.path = here, here / "ken.habitat"
        ResultsFile.create(self.path, KENYA).close()
        win = self.window
        win.confirm_duplicate_record = lambda reason: False  # a repeat typed by hand is not meant
        win.confirm_submit = lambda *args, **kwargs: True
        self.boxes: list[str] = []  # what a box would have said: a step that meets one fails
        win.show_error = lambda title, message: self.boxes.append(f"{title}: {message}")
        win.show_import_problems = lambda source, problems: self.boxes.extend(problems)
        win.ask_import_duplicates = lambda source, problems: self.boxes.extend(problems) or False
        assert win.open_file(self.path)
        win.year_box.setCurrentIndex(win.year_box.findData(YEAR))
        win.select_node("indicator", INDICATOR)
        self.counter = itertools.count(1)
        # The model: records by id (city, sex, value, status); incomplete rows by key (city, value as
        # typed); refused edits by record id (the text kept on the value cell).
        self.records: dict[str, tuple] = {}
        self.incomplete: dict[str, tuple] = {}
        self.pending: dict[str, str] = {}
        self.steps: list[tuple[dict, dict]] = []  # undo steps: (before, after) of what each changed
        self.at = 0
        self.log: list[str] = []

    # --- helpers ----------------------------------------------------------------------------------

    @property
    def grid(self):
        return self.window.record_model

    def state(self) -> dict:
        return {**{("r", k): v for k, v in self.records.items()},
                **{("i", k): v for k, v in self.incomplete.items()},
                **{("p", k): v for k, v in self.pending.items()}}

    def set_state(self, changes: dict) -> None:
        for (kind, key), value in changes.items():
            table = {"r": self.records, "i": self.incomplete, "p": self.pending}[kind]
            if value is None:
                table.pop(key, None)
            else:
                table[key] = value

    def step(self, before: dict) -> None:
        """The model changed by one undo step: remember what it changed, and how it was."""
        after = self.state()
        keys = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        if not keys:
            return
        del self.steps[self.at:]
        self.steps.append(({k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}))
        self.at += 1

    def new_city(self) -> str:
        return f"Town {next(self.counter)}"

    def set_cell(self, row: int, field: str, value) -> None:
        assert self.grid.setData(self.grid.index(row, COLUMNS.index(field)), value)

    def row_of(self, key: str) -> int:
        row = self.grid.row_of(key)
        assert row is not None, f"{key} is not shown after {self.log}"
        return row

    def drafts(self, *, totals: bool | None = None) -> list[str]:
        return sorted(k for k, (city, sex, value, status) in self.records.items()
                      if status == "draft" and (totals is None or totals == (not sex)))

    def total_of(self, city: str) -> int:
        return sum(v for c, sex, v, _ in self.records.values() if c == city and not sex)

    def parts_of(self, city: str) -> int:
        return sum(v for c, sex, v, _ in self.records.values() if c == city and sex)

    def repeats(self, city: str, sex: str, value: int) -> bool:
        return any((c, s, v) == (city, sex, value) for c, s, v, _ in self.records.values())

    def learn_new_records(self, expected: list[tuple]) -> None:
        """The records the step stored: their ids, from the file; their values, as expected."""
        with ResultsFile.open(self.path) as results:
            new = [r for r in results.records(indicator=INDICATOR) if r.id not in self.records]
        assert sorted((r.city, r.sex, r.value) for r in new) == sorted(expected), (new, expected, self.log)
        for r in new:
            self.records[r.id] = (r.city, r.sex, r.value, r.status)

    def press(self, key) -> None:
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        self.window.grid.setFocus()
        self.qtbot.keyClick(self.window.grid, key, Qt.KeyboardModifier.ControlModifier)

    def select(self, key: str) -> None:
        index = self.grid.index(self.row_of(key), COLUMNS.index("city"))
        self.window.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # --- steps ------------------------------------------------------------------------------------

    def possible(self) -> dict[str, bool]:
        drafts = self.drafts()
        return {
            "add a record": True, "add a repeated record": bool(self.drafts(totals=True)),
            "add a part": bool(self.drafts(totals=True)), "duplicate": bool(drafts),
            "edit a value": any(k not in self.pending for k in drafts), "refused edit": bool(drafts),
            "type into an incomplete row": bool(self.incomplete),
            "delete a record": any(k not in self.pending for k in drafts),
            "delete an incomplete row": bool(self.incomplete),
            "undo": self.at > 0, "redo": self.at < len(self.steps), "paste": True, "import": True,
            "submit": len(self.log) > 12 and bool(drafts),
        }

    @rule(data=st.data())
    def one_step(self, data):
        weights = {"undo": 4, "redo": 3, "add a record": 2, "submit": 1, "import": 2}
        kinds = [k for k, ok in self.possible().items() if ok for _ in range(weights.get(k, 2))]
        kind = kinds[(data.draw(st.integers(0, len(kinds) - 1), label="step") + len(self.log)) % len(kinds)]
        SEEN[kind] += 1
        self.log.append(kind)
        try:
            getattr(self, "do_" + kind.replace(" ", "_"))(data)
        except Exception as exc:
            print(f"FAILED STEP after {self.log}: {exc!r}", flush=True)
            raise

    def _new_row(self, city: str, sex: str, value: str, accepted: bool) -> None:
        """Add a row and type its city, its sex if any, its value: each typing is an undo step."""
        self.window.add_action.trigger()
        key = self.grid.key(self.grid.rowCount() - 1)
        before = self.state()
        self.set_cell(self.row_of(key), "city", city)
        self.incomplete[key] = (city, "", None)
        self.step(before)
        if sex:
            before = self.state()
            self.set_cell(self.row_of(key), "sex", sex)
            self.incomplete[key] = (city, sex, None)
            self.step(before)
        before = self.state()
        self.set_cell(self.row_of(key), "value", value)
        if accepted:
            self.incomplete.pop(key)
            self.learn_new_records([(city, sex, int(value))])
        else:
            self.incomplete[key] = (city, sex, value)
        self.step(before)

    def do_add_a_record(self, data):
        self._new_row(self.new_city(), "", str(data.draw(st.integers(1, 10**5))), True)

    def do_add_a_repeated_record(self, data):
        city, _, value, _ = self.records[data.draw(st.sampled_from(self.drafts(totals=True)))]
        self._new_row(city, "", str(value), False)  # a duplicate: refused, kept as an incomplete row

    def do_add_a_part(self, data):
        city = self.records[data.draw(st.sampled_from(self.drafts(totals=True)))][0]
        room = self.total_of(city) - self.parts_of(city)
        value = data.draw(st.integers(0, room + 50))
        accepted = value <= room and not self.repeats(city, "female", value)
        self._new_row(city, "female", str(value), accepted)

    def do_duplicate(self, data):
        record_id = data.draw(st.sampled_from(self.drafts()))
        self.select(record_id)
        before = self.state()
        count = self.grid.rowCount()
        self.window.duplicate_action.trigger()
        assert self.grid.rowCount() == count + 1
        key = self.grid.key(count)
        city, sex, value, _ = self.records[record_id]
        self.incomplete[key] = (city, sex, self.pending.get(record_id, str(value)))
        self.step(before)

    def do_edit_a_value(self, data):
        record_id = data.draw(st.sampled_from([k for k in self.drafts() if k not in self.pending]))
        city, sex, value, status = self.records[record_id]
        new = value + data.draw(st.integers(1, 60))
        before = self.state()
        self.set_cell(self.row_of(record_id), "value", str(new))
        if sex and (self.parts_of(city) - value + new > self.total_of(city) or self.repeats(city, sex, new)):
            self.pending[record_id] = str(new)
        else:
            self.records[record_id] = (city, sex, new, status)
        self.step(before)

    def do_refused_edit(self, data):
        record_id = data.draw(st.sampled_from(self.drafts()))
        typed = data.draw(st.sampled_from([t for t in REFUSED if t != self.pending.get(record_id)]))
        before = self.state()
        self.set_cell(self.row_of(record_id), "value", typed)
        assert self.grid.index(self.row_of(record_id), COLUMNS.index("value")).data(self.grid.ProblemRole)
        self.pending[record_id] = typed
        self.step(before)

    def do_type_into_an_incomplete_row(self, data):
        key = data.draw(st.sampled_from(sorted(self.incomplete)))
        city, sex, typed = self.incomplete[key]
        text = data.draw(st.sampled_from([t for t in REFUSED if t != typed]))
        before = self.state()
        self.set_cell(self.row_of(key), "value", text)
        self.incomplete[key] = (city, sex, text)
        self.step(before)

    def do_delete_a_record(self, data):
        record_id = data.draw(st.sampled_from([k for k in self.drafts() if k not in self.pending]))
        city, sex, value, _ = self.records[record_id]
        self.select(record_id)
        before = self.state()
        self.window.delete_action.trigger()
        others = [k for k, (c, s, _, _) in self.records.items() if k != record_id and c == city and not s]
        if not sex and self.parts_of(city) and not others:
            assert "Nothing was deleted" in self.window.statusBar().currentMessage()
            return  # refused: its parts would be left without it
        self.records.pop(record_id)
        self.step(before)

    def do_delete_an_incomplete_row(self, data):
        key = data.draw(st.sampled_from(sorted(self.incomplete)))
        self.select(key)
        before = self.state()
        self.window.delete_action.trigger()
        self.incomplete.pop(key)
        self.step(before)

    def _refusals(self, key) -> tuple[list[str], int]:
        """Press Ctrl+``key``; what the grid refused meanwhile, and the undo stack's count before."""
        said: list[str] = []
        count = self.window.undo_stack.count()
        self.grid.refused.connect(said.append)
        try:
            self.press(key)
        finally:
            self.grid.refused.disconnect(said.append)
        return said, count

    def do_undo(self, data):
        assert self.window.undo_stack.canUndo(), self.log
        said, count = self._refusals(Qt.Key.Key_Z)
        if not said:
            self.at -= 1
            self.set_state(self.steps[self.at][0])
        elif self.window.undo_stack.count() < count:  # refused (the rules, as they are now): the step goes
            self.at -= 1
            del self.steps[self.at]
        else:  # refused inside a step of several commands: it stays, and changes nothing now
            self.at -= 1
            self.steps[self.at] = ({}, {})

    def do_redo(self, data):
        assert self.window.undo_stack.canRedo(), self.log
        said, count = self._refusals(Qt.Key.Key_Y)
        if not said:
            self.set_state(self.steps[self.at][1])
            self.at += 1
        elif self.window.undo_stack.count() < count:
            del self.steps[self.at]
        else:
            self.steps[self.at] = ({}, {})
            self.at += 1

    def do_paste(self, data):
        values = data.draw(st.lists(st.integers(1, 10**5), min_size=1, max_size=3))
        cities = [self.new_city() for _ in values]
        before = self.state()
        self.grid.paste(self.grid.rowCount(), [{"city": c, "value": str(v)} for c, v in zip(cities, values)])
        self.learn_new_records([(c, "", v) for c, v in zip(cities, values)])
        self.step(before)

    def do_import(self, data):
        values = data.draw(st.lists(st.integers(1, 10**5), min_size=1, max_size=2))
        cities = [self.new_city() for _ in values]
        source = self.here / f"import-{next(self.counter)}.csv"
        source.write_text("indicator,year,value,country,city\n" + "".join(
            f"{INDICATOR},{YEAR},{v},KEN,{c}\n" for v, c in zip(values, cities)), encoding="utf-8")
        self.window.office.import_file(source)
        self.qtbot.waitUntil(lambda: source.name in self.window.statusBar().currentMessage() or bool(self.boxes),
                             timeout=30000)
        assert not self.boxes, self.boxes
        self.learn_new_records([(c, "", v) for c, v in zip(cities, values)])  # not an undo step

    def do_submit(self, data):
        self.window.office.submit_year()
        self.qtbot.waitUntil(lambda: "submitted" in self.window.statusBar().currentMessage() or bool(self.boxes),
                             timeout=30000)
        assert not self.boxes, self.boxes
        self.records = {k: (c, s, v, "submitted" if st_ == "draft" else st_)
                        for k, (c, s, v, st_) in self.records.items()}
        self.steps, self.at = [], 0  # submitted records are locked: nothing to undo across that

    # --- the check after every step ---------------------------------------------------------------

    @invariant()
    def the_file_holds_what_the_user_did(self):
        try:
            self._check_file()
        except Exception as exc:
            stack = self.window.undo_stack
            print(f"FAILED CHECK after {self.log}: {exc!r}; undo stack "
                  f"{[stack.text(i) for i in range(stack.count())]} at {stack.index()}; model steps {self.steps} "
                  f"at {self.at}", flush=True)
            raise

    def _check_file(self):
        with ResultsFile.open(self.path) as results:
            stored = {r.id: (r.city, r.sex, r.value, r.status) for r in results.records()}
            rows = results.unfinished_rows()
            annex = aggregate(results, years=(YEAR,), include_drafts=True)
            found = check(results, years=(YEAR,), include_drafts=True, annex=annex)
        assert stored == self.records, self.log
        incomplete = {row.id: (row.cells.get("city"), row.cells.get("sex") or "", _typed(row.cells.get("value")))
                      for row in rows if row.record_id is None}
        assert incomplete == self.incomplete, self.log
        assert {row.record_id: str(row.cells.get("value")) for row in rows if row.record_id} == self.pending, self.log
        # Nothing invisible: every row the file keeps is shown (drafts' refused edits on their cells).
        assert set(incomplete) <= set(self.grid._new_keys), self.log
        # (A submitted record's refused edit stays in the file, shown again if headquarters returns it.)
        drafts = {k for k, r in self.records.items() if r[3] == "draft"}
        assert {k for k in self.pending if k in drafts} == set(self.grid._pending) & drafts, self.log
        # The annex adds up the totals only, each once; the check finds nothing blocking.
        totals = [v for c, sex, v, _ in self.records.values() if not sex]
        assert annex.result(INDICATOR).by_year[YEAR].value == (sum(totals) if self.records else None), self.log
        assert found.blocking == [], (found.blocking, self.log)


def _typed(value):
    return None if value in (None, "") else str(value)


def test_the_rules_and_undo_hold_on_every_path(qtbot, tmp_path):
    first = tmp_path / "start.habitat"
    ResultsFile.create(first, KENYA).close()
    window = create_window(first, Settings(), lang="en")
    qtbot.addWidget(window)
    window.show()
    RulesMachine.window, RulesMachine.qtbot, RulesMachine.folder = window, qtbot, tmp_path
    run_state_machine_as_test(RulesMachine, settings=settings(
        max_examples=10, stateful_step_count=30, derandomize=True, deadline=None,
        suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate]))
    print("steps run:", dict(SEEN))
    kinds = {k.replace("_", " ")[3:] for k in dir(RulesMachine) if k.startswith("do_")}
    assert kinds <= set(SEEN), f"never run: {kinds - set(SEEN)}"
