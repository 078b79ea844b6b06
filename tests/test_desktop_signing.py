"""Signatures in the merge window: each merged file shows its signature, and a file signed with a
key headquarters does not know for its office is merged only after headquarters confirms the key."""

from __future__ import annotations

import pytest

from db.merge import merge_files, merge_log
from db.signing import key_for
from tests.test_desktop_merge import make_window, merge_window, run, table_rows
from tests.test_signing import office_file

pytestmark = pytest.mark.usefixtures("app_home")


@pytest.mark.parametrize("answer", [True, False], ids=["confirmed", "declined"])
def test_the_merge_window_shows_signatures_and_asks_before_accepting_a_new_key(qtbot, tmp_path, monkeypatch,
                                                                               answer):
    first, second = tmp_path / "laptop-1", tmp_path / "laptop-2"
    ken = tmp_path / "ken.habitat"
    office_file(ken, keys=first, year=2023)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    ken2 = tmp_path / "ken-new-laptop.habitat"
    office_file(ken2, keys=second, year=2024)
    old, new = key_for("KEN", first).fingerprint, key_for("KEN", second).fingerprint
    win = make_window(qtbot, None, monkeypatch)
    mw = merge_window(qtbot, win, monkeypatch, hq, [ken2])
    asked = []
    monkeypatch.setattr(mw, "confirm_new_file", lambda office, path, reason: True)  # a new laptop: a new file

    def confirm(office, path, reason):
        asked.append((office, path.name, reason))
        return answer

    monkeypatch.setattr(mw, "confirm_new_key", confirm)
    run(qtbot, mw, mw.merge)
    if answer:
        qtbot.waitUntil(lambda: mw.report is not None and mw.report.files[0].ok and mw.job is None, timeout=60000)
    assert [a[:2] for a in asked] == [("KEN", "ken-new-laptop.habitat")]
    assert new in asked[0][2] and old in asked[0][2]
    rows = table_rows(mw)
    if answer:
        assert rows[0]["result"].startswith("Merged") and f"signed by {new} (new key accepted)" in rows[0]["result"]
        assert merge_log(hq)[-1]["key_change"]
    else:
        assert rows[0]["result"].startswith("Refused") and len(merge_log(hq)) == 1
