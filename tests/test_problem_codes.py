"""Problems and refusals are translated by their code, never by reading the core's English."""

from __future__ import annotations

import ast
import html
import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import errors
from db.errors import MESSAGES, Problem
from db.framework import get_framework
from db.untrusted import UntrustedFileError, open_untrusted
from db.validation import check_record
from desktop import i18n
from desktop.record_model import RecordTableModel
from desktop.problem_text import error_text, localize, templates
from tests.grid_helpers import cell, open_window, records
from tests.test_desktop_typing import a_stored_record, type_into_cell

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py

DB = Path(__file__).resolve().parent.parent / "db"
CHINESE = re.compile("[\u4e00-\u9fff]")
ENGLISH_WORDS = re.compile("[A-Za-z]{2,}")  # English words, outside the placeholders
# Placeholders the app's template fills from a param the English does not show (a number, where the
# English has it counted in words).
APP_ONLY = {"integrity_more": {"more"}, "nothing_imported": {"problems"}}
BAD_ROWS = [
    {}, {"indicator": "9.9.z", "year": 2031}, {"indicator": "1.2.e", "year": 2025},
    {"indicator": "1.1.a", "year": 2025, "country": "XXX", "city": "A" * 300},
    {"indicator": "1.1.a", "year": 2025, "city": "Nairobi", "value": "1.200", "qualifier": "maybe"},
    {"indicator": "1.1.a", "year": 2025, "value": -4, "sex": "other"},
    {"indicator": "1.1.a", "year": 2025, "value": 10**13, "source": "a\x00b"},
    {"indicator": "1.1.c", "year": 2025, "value": 3},
    {"indicator": "1.2.b", "year": 2025, "country": "KEN", "city": "Nairobi", "sex": "female"},
]


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _constants(node: ast.expr) -> list[str]:
    """The codes an argument can be: a string, or either branch of ``a if condition else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return []


def codes_raised_in_db() -> dict[str, str]:
    """Each code written at a raise site in db/ (refuse, fail, Problem.of, RowProblem.of, Error.of)."""
    found = {}
    for path in sorted(DB.rglob("*.py")):  # db/ and its packages (db/store/)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            position = {"refuse": 1, "fail": 1}.get(name)
            if name == "of":
                position = {"Problem": 1, "RowProblem": 3}.get(owner, 0)
            if position is None or len(node.args) <= position:
                continue
            for code in _constants(node.args[position]):
                found[code] = f"{path.name}:{node.lineno}"
    return found


def test_every_code_raised_in_db_is_registered_and_every_registered_code_is_used():
    raised = codes_raised_in_db()
    assert len(raised) > 80
    unregistered = {code: where for code, where in raised.items() if code not in MESSAGES}
    assert not unregistered
    source = "".join(p.read_text(encoding="utf-8") for folder in (DB, DB.parent / "exports")
                     for p in folder.rglob("*.py") if p.name != "errors.py")
    unused = [code for code in MESSAGES if f'"{code}"' not in source]
    assert not unused


def test_every_export_refusal_carries_a_registered_code():
    """An export refused without a code could only be shown in English: exports/ raises none such."""
    uncoded, unregistered = [], []
    for path in sorted((DB.parent / "exports").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "ExportError":
                uncoded.append(f"{path.name}:{node.lineno}")
            elif isinstance(func, ast.Attribute) and func.attr == "of" and isinstance(func.value, ast.Name) \
                    and func.value.id == "ExportError" and node.args:
                unregistered += [f"{path.name}:{node.lineno} {code}" for code in _constants(node.args[0])
                                 if code not in MESSAGES]
                if not _constants(node.args[0]):
                    uncoded.append(f"{path.name}:{node.lineno}")
    assert uncoded == [] and unregistered == []


def test_every_code_has_a_chinese_template_with_the_params_the_core_gives(qapp):
    i18n.install_language("en")
    english = templates()
    i18n.install_language("zh")
    chinese = templates()
    assert sorted(set(MESSAGES) - set(chinese)) == []
    for code, core_text in MESSAGES.items():
        assert chinese[code] != english[code], f"no Chinese for {code}: {chinese[code]}"
        words = string.Formatter().parse(english[code])
        if any(ENGLISH_WORDS.search(text) for text, _, _, _ in words):  # it says more than its params
            assert CHINESE.search(chinese[code]), f"no Chinese for {code}: {chinese[code]}"
        given = placeholders(core_text) | APP_ONLY.get(code, set())
        assert placeholders(english[code]) <= given, code
        assert placeholders(chinese[code]) == placeholders(english[code]), code


def test_the_english_of_a_coded_message_is_written_once():
    """The app says a code with the core's English as its translation source: no copy of it in desktop/."""
    from desktop import problem_text

    source = (Path(problem_text.__file__)).read_text(encoding="utf-8")
    copies = {node.value for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.Constant) and isinstance(node.value, str)} & set(MESSAGES.values())
    assert sorted(copies) == []
    said = problem_text.templates()
    assert set(said) == set(MESSAGES)


def test_rewording_the_english_in_the_core_changes_no_chinese(qapp, monkeypatch):
    framework = get_framework()
    i18n.install_language("zh")
    before = [p for row in BAD_ROWS for p in check_record(row, framework)[1]]
    assert len({p.code for p in before}) >= 15
    shown = [localize(p, "zh", framework) for p in before]
    assert all(CHINESE.search(text) for text in shown)
    for code, text in MESSAGES.items():
        monkeypatch.setitem(MESSAGES, code, "reworded: " + text.replace("is", "was"))
    after = [p for row in BAD_ROWS for p in check_record(row, framework)[1]]
    assert all(p.message.startswith("reworded: ") for p in after)
    assert [localize(p, "zh", framework) for p in after] == shown
    # A problem built by hand with other words and the same code reads the same.
    negative = next(p for p in before if p.code == "negative")
    assert localize(Problem("value", "counts cannot be below zero", code="negative", params=negative.params),
                    "zh", framework) == localize(negative, "zh", framework)


def test_a_refused_file_reads_the_same_in_chinese_whatever_the_english(qapp, tmp_path, monkeypatch):
    note = tmp_path / "notes.habitat"
    note.write_text("minutes of the meeting\n", encoding="utf-8")
    i18n.install_language("zh")
    with pytest.raises(UntrustedFileError) as first:
        open_untrusted(note)
    assert first.value.code == "text_file" and str(first.value) == f"{note}: refused: a text file, not a results file"
    monkeypatch.setitem(MESSAGES, "text_file", "plain text, which no results file is")
    with pytest.raises(UntrustedFileError) as second:
        open_untrusted(note)
    assert str(second.value).endswith("plain text, which no results file is")
    chinese = f"{note}：已拒绝：这是一个文本文件，不是成果文件"
    assert error_text(second.value, "zh") == error_text(first.value, "zh") == chinese


def test_a_code_the_app_does_not_know_shows_the_core_words(qapp):
    i18n.install_language("zh")
    unknown = Problem("value", "a rule of a newer core", code="from_a_newer_core", params={"x": 1})
    assert localize(unknown, "zh") == "a rule of a newer core"
    failure = errors.HabitatError("something the core says in English")
    assert error_text(failure, "zh") == "something the core says in English"


def test_refusals_on_cells_are_in_chinese_in_the_window_whatever_the_english(qtbot, office_path, monkeypatch):
    # The core's English reworded: the window must still show the same Chinese.
    for code, text in MESSAGES.items():
        monkeypatch.setitem(MESSAGES, code, "(reworded) " + text)
    win = open_window(qtbot, office_path, lang="zh")
    a_stored_record(win, office_path)
    expected = {
        "value": ("-4", "-4 是负数；计数须为 0 或更大的整数"),
        "city": ("N" * 201, "过长（201 个字符）；最多 200 个字符"),
        "country": ("Narnia", "“Narnia”不是国家：请输入国家名称、ISO 3166-1 三字母代码（例如 KEN）或名称的开头几个字"),
    }
    for field, (typed, _) in expected.items():
        type_into_cell(qtbot, win, 0, field, typed)
    for field, (typed, chinese) in expected.items():
        index = cell(win, 0, field)
        assert index.data() == typed
        english = index.data(RecordTableModel.ProblemRole)
        assert english.startswith("(reworded) ")
        tip = html.unescape(index.data(Qt.ItemDataRole.ToolTipRole))
        assert chinese in tip and english in tip  # the core's own words stay beside the translation
    panel = [win.problems_list.item(n).text() for n in range(win.problems_list.count())]
    assert len(panel) == len(expected)
    assert all(CHINESE.search(line) and "reworded" not in line for line in panel)
    assert records(office_path)[0].value == 70  # nothing refused was stored


def test_an_import_refused_in_chinese_names_each_line_in_chinese(qtbot, office_path, tmp_path, monkeypatch):
    for code, text in MESSAGES.items():
        monkeypatch.setitem(MESSAGES, code, "(reworded) " + text)
    win = open_window(qtbot, office_path, lang="zh")
    shown = []
    monkeypatch.setattr(win, "show_import_problems", lambda source, problems: shown.append(problems))
    data = tmp_path / "results.csv"
    data.write_text("indicator,year,value,country\n1.1.a,2031,5,KEN\n1.1.a,2025,-4,KEN\n", encoding="utf-8")
    win.office.import_file(data)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0] == ["第 2 行，year：2031 年不在计划期（2020–2025 年）之内",
                        "第 3 行，value：-4 是负数；计数须为 0 或更大的整数"]
    assert records(office_path) == []


def test_a_file_that_cannot_be_opened_is_named_in_chinese(qtbot, tmp_path, monkeypatch):
    empty = tmp_path / "empty.habitat"
    empty.write_bytes(b"")
    monkeypatch.setitem(MESSAGES, "file_empty", "{path}: zero bytes long")
    win = open_window(qtbot, None, lang="zh")
    errors_shown = []
    monkeypatch.setattr(win, "show_error", lambda title, message: errors_shown.append((title, message)))
    assert not win.open_file(empty)
    assert errors_shown == [("无法打开文件", f"{empty}：文件为空")]
    assert empty.read_bytes() == b""


def test_the_submit_dialog_names_a_refused_record_in_chinese(qapp, office_path):
    import sqlite3

    from db.officefile import ResultsFile
    from desktop.submission import summarize

    with ResultsFile.open(office_path) as results:
        results.add_records([{"indicator": "1.1.c", "year": 2025, "country": "KEN", "city": "Kisumu"}])
    conn = sqlite3.connect(office_path)  # a record today's rules refuse, as an older version may have left
    conn.execute("UPDATE record SET city = '' WHERE indicator = '1.1.c'")
    conn.commit()
    conn.close()
    i18n.install_language("zh")
    with ResultsFile.open(office_path) as results:
        summary = summarize(results, 2025, lang="zh")
    assert summary.problems == ["1.1.c KEN: 城市：1.1.c 必填：该指标按城市计数（同时填写城市所在国家）"]
