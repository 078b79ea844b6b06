"""A shipped .qm (the standalone build's) is used without lrelease, and only if built from that .ts."""

import shutil

import pytest

from desktop import i18n


@pytest.fixture
def ts(tmp_path, monkeypatch):
    """The Chinese .ts in a folder of its own, as the bundle lays it out."""
    folder = tmp_path / "translations"
    folder.mkdir()
    path = folder / "habitat_zh_CN.ts"
    shutil.copy(i18n.ts_file("zh"), path)
    monkeypatch.setattr(i18n, "ts_file", lambda lang: path if lang == "zh" else None)
    monkeypatch.setenv("HABITAT_RESULTS_HOME", str(tmp_path / "home"))
    return path


def test_a_shipped_qm_built_from_this_ts_is_used_without_lrelease(ts, tmp_path, monkeypatch):
    if i18n.lrelease_program() is None:
        pytest.skip("lrelease is not shipped with this PySide6")
    built = i18n.build_qm(ts, tmp_path / "build")
    shipped = ts.with_name(i18n.qm_name(ts))
    built.rename(shipped)
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)  # as in the bundle: no lrelease
    assert i18n.qm_file("zh") == shipped
    assert not (tmp_path / "home" / "cache" / "translations").exists()


def test_a_stale_shipped_qm_is_not_used(ts, tmp_path, monkeypatch):
    stale = ts.with_name("habitat_zh_CN-0000000000000000.qm")
    stale.write_bytes(b"old")
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)
    with pytest.raises(RuntimeError, match="lrelease not found"):
        i18n.qm_file("zh")  # it would build a fresh one: a stale translation is never loaded
