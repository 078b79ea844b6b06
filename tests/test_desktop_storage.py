"""The app and the disk: storage failures shown in the user's language."""

from __future__ import annotations

import sqlite3

from db.storage import DISK_FULL, LOCKED, StorageError
from desktop import i18n
from desktop.problem_text import error_text
from desktop.vocabulary import COLUMNS


def test_storage_failures_are_translated_by_code(qapp, app_home):
    i18n.install_language("zh")
    full = error_text(StorageError(DISK_FULL, "/u/ken.habitat"), "zh")
    assert full.startswith("/u/ken.habitat：") and "磁盘已满" in full
    busy = error_text(StorageError(LOCKED, "/u/ken.habitat"), "zh")
    assert "另一个程序" in busy and "another" not in busy
    holder = "amina on HQ-PC-7 (since 2026-12-01 09:12 UTC)"
    named = error_text(StorageError(LOCKED, "/u/hq.habitat", holder=holder), "zh")
    assert "amina on HQ-PC-7" in named
    i18n.install_language("en")
    assert error_text(StorageError(DISK_FULL, "/u/ken.habitat"), "en") == str(StorageError(DISK_FULL, "/u/ken.habitat"))


def test_the_window_tells_a_full_disk_in_chinese(qtbot, app_home, office_path, monkeypatch):
    from desktop.app import create_window

    window = create_window(office_path, lang="zh")
    qtbot.addWidget(window)
    window.select_node("indicator", "1.1.a")
    window.add_action.trigger()
    pages = office_path.stat().st_size // 4096
    window.results.conn.execute(f"PRAGMA max_page_count = {pages:d}")
    messages = []
    window.record_model.refused.connect(messages.append)
    model = window.record_model
    model.setData(model.index(0, COLUMNS.index("value")), 10)  # a small write fits in the file's pages
    assert not model.setData(model.index(0, COLUMNS.index("narrative")), "长" * 1900)
    assert messages and "磁盘已满" in messages[-1]
    i18n.install_language("en")
    with sqlite3.connect(office_path) as raw:
        assert raw.execute("SELECT count(*) FROM record WHERE narrative != ''").fetchone()[0] == 0
