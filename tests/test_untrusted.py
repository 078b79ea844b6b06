"""A corpus of bad office files, built here: each is refused with its own message, and neither the
headquarters file nor the bad file changes by a single byte."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import uuid
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from db import schema
from db.merge import merge_files
from db.officefile import ResultsFile, connect
from db.untrusted import UntrustedFileError, open_untrusted, readonly_uri
from tests.test_merge import EGYPT, KENYA, make_office


def _valid(tmp: Path, name: str = "good.habitat", n: int = 40) -> Path:
    path = tmp / name
    make_office(path, KENYA, years=(2021, 2022), n=n)
    return path


def _truncated(at):
    def build(tmp):
        good = _valid(tmp)
        data = good.read_bytes()
        assert len(data) > at
        path = tmp / f"truncated-{at}.habitat"
        path.write_bytes(data[:at] if at >= 0 else data[:len(data) // 2 // 4096 * 4096])
        return path, None
    return build


def _sql(statements, name):
    """A valid office file changed by raw SQL (what a tampered or foreign file looks like)."""
    def build(tmp):
        path = _valid(tmp, name)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = DELETE")
        for s in statements(conn) if callable(statements) else statements:
            conn.execute(s)
        conn.close()
        return path, None
    return build


def _bytes(data: bytes, name: str):
    def build(tmp):
        path = tmp / name
        path.write_bytes(data)
        return path, None
    return build


def _other_application(tmp):
    path = tmp / "notes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('shopping list')")
    conn.commit()
    conn.close()
    return path, None


def _duplicate_ids(conn):
    first, second = [r[0] for r in conn.execute("SELECT id FROM record ORDER BY id LIMIT 2")]
    return [f"UPDATE record SET id = '{first.upper()}' WHERE id = '{second}'"]


def _damaged(tmp):
    path = _valid(tmp, "damaged.habitat", n=300)
    data = bytearray(path.read_bytes())
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'record'").fetchone()[0]
    conn.close()
    page = 4096
    # Scribble over the record table's root page, past its header: its cells point nowhere.
    start = (root - 1) * page + 12
    data[start:start + 200] = bytes(random.Random(7).randrange(256) for _ in range(200))
    path.write_bytes(bytes(data))
    return path, None


def _folder(tmp):
    path = tmp / "a-folder.habitat"
    path.mkdir()
    return path, None


def _missing(tmp):
    return tmp / "missing.habitat", None


def _locked(tmp):
    path = _valid(tmp, "locked.habitat")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value WHERE key = 'kind'")
    return path, holder


def _hot_journal(tmp):
    path = _valid(tmp, "interrupted.habitat")
    Path(str(path) + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    return path, None


def _with_wal_no_shm(statements, name):
    """A file whose last changes are still in its -wal, copied without its -shm (off a running laptop)."""
    def build(tmp):
        (tmp / "running").mkdir()
        source = _valid(tmp / "running", name)
        writer = sqlite3.connect(source, isolation_level=None)
        try:
            writer.execute("PRAGMA wal_autocheckpoint = 0")
            for s in statements:
                writer.execute(s)
            path = tmp / name
            shutil.copyfile(source, path)
            shutil.copyfile(f"{source}-wal", f"{path}-wal")
        finally:
            writer.close()
        assert Path(f"{path}-wal").stat().st_size and not Path(f"{path}-shm").exists()
        return path, None
    return build


def _headquarters(tmp):
    path = tmp / "other-hq.habitat"
    merge_files(path, [_valid(tmp)])
    return path, None


def _changed_layout(conn):
    return ["ALTER TABLE record ADD COLUMN payload TEXT"]


CORPUS = {
    "zero bytes": (_bytes(b"", "empty.habitat"), "empty"),
    "truncated in the signature": (_truncated(10), "inside the SQLite signature"),
    "truncated in the header": (_truncated(60), "shorter than the 100-byte SQLite header"),
    "truncated mid-page": (_truncated(5000), "not a whole number of 4096-byte pages"),
    "truncated at a page boundary": (_truncated(8192), "but its header says"),
    "truncated at half": (_truncated(-1), "but its header says"),
    "random bytes": (_bytes(random.Random(1).randbytes(3001), "random.habitat"), "binary data"),
    "encrypted": (_bytes(random.Random(2).randbytes(16384), "encrypted.habitat"), "looks encrypted"),
    "text file": (_bytes(b"indicator,year,value\n1.1.a,2022,5\n", "results.csv"), "a text file"),
    "another application's SQLite": (_other_application, "another application"),
    "a trigger": (_sql(["CREATE TRIGGER t AFTER INSERT ON record BEGIN DELETE FROM record; END"],
                       "trigger.habitat"), "contains a trigger"),
    "a view": (_sql(["CREATE VIEW v AS SELECT * FROM record"], "view.habitat"), "contains a view"),
    "an extra table": (_sql(["CREATE TABLE payload (x)"], "table.habitat"), "contains a table 'payload'"),
    "an extra index": (_sql(["CREATE INDEX sneaky ON record (narrative)"], "index.habitat"),
                       "contains an index 'sneaky'"),
    "a changed table": (_sql(_changed_layout, "layout.habitat"), "layout of 'record' differs"),
    "a newer schema": (_sql([f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}"], "newer.habitat"),
                       "made by a newer version of Habitat Results"),
    "a wrong framework": (_sql(["UPDATE meta SET value = 'sp-2026-2029' WHERE key = 'framework_id'"],
                               "framework.habitat"), "framework 'sp-2026-2029'"),
    "duplicated ids": (_sql(_duplicate_ids, "duplicates.habitat"), "appears 2 times"),
    "an unknown indicator": (_sql(["UPDATE record SET indicator = '9.9.z' WHERE rowid = 3"],
                                  "indicator.habitat"), "'9.9.z' is not an indicator"),
    "a value stored as text": (_sql(["UPDATE record SET value = '1,000' WHERE rowid = 4"], "text-value.habitat"),
                               "not stored as Habitat Results stores them"),
    "a record of another office": (_sql(["INSERT INTO office VALUES ('EGY', 'Egypt', 'EGY', '')",
                                         "UPDATE record SET office_code = 'EGY' WHERE rowid = 2"],
                                        "two-offices.habitat"), "names 2 offices"),
    "damaged pages": (_damaged, "damaged"),
    "a folder": (_folder, "is a folder"),
    "a missing path": (_missing, "no such file"),
    "a locked file": (_locked, "locked by another program"),
    "an interrupted write": (_hot_journal, "being written when last closed"),
    "a headquarters file": (_headquarters, "is a headquarters file, not an office file"),
    "a trigger in a -wal without -shm": (
        _with_wal_no_shm(["CREATE TRIGGER w AFTER UPDATE ON record BEGIN SELECT 1; END"], "wal-trigger.habitat"),
        "contains a trigger ('w')"),
}


def _folder_state(folder: Path) -> dict:
    """Every name in ``folder`` with its bytes (None for a folder): sidecars created or changed show."""
    return {p.name: p.read_bytes() if p.is_file() else None for p in sorted(folder.iterdir())}


@pytest.fixture
def headquarters(tmp_path, demo_dir):
    hq = tmp_path / "hq" / "hq.habitat"
    hq.parent.mkdir()
    report = merge_files(hq, [demo_dir / "ken.habitat", demo_dir / "egy.habitat"])
    assert all(f.ok for f in report.files)
    return hq


@pytest.mark.parametrize("case", list(CORPUS))
def test_each_bad_file_is_refused_and_nothing_changes(case, tmp_path, headquarters):
    build, expected = CORPUS[case]
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    path, holder = build(bad_dir)
    try:
        bad_before = _folder_state(bad_dir)
        hq_before = headquarters.read_bytes()
        report = merge_files(headquarters, [path])
        refused = report.files[0].refused
        assert refused, f"{case}: not refused"
        assert expected in refused, refused
        assert refused.startswith(str(path))
        assert headquarters.read_bytes() == hq_before
        assert not [p for p in headquarters.parent.iterdir() if p.name != "hq.habitat"]
        assert _folder_state(bad_dir) == bad_before  # no -shm or -wal created, none changed
    finally:
        if holder is not None:
            holder.close()


def test_the_corpus_is_large_and_every_refusal_message_is_its_own(tmp_path, headquarters):
    assert len(CORPUS) >= 15
    messages = {}
    holders = []
    paths = []
    for n, (case, (build, _)) in enumerate(CORPUS.items()):
        folder = tmp_path / f"case{n}"
        folder.mkdir()
        path, holder = build(folder)
        holders.append(holder)
        paths.append((case, path))
    try:
        report = merge_files(headquarters, [p for _, p in paths])
    finally:
        for h in holders:
            if h is not None:
                h.close()
    for (case, _path), f in zip(paths, report.files, strict=True):  # a file without its report fails
        assert f.refused, case
        messages[case] = f.refused.split(": refused: ", 1)[-1]
    assert len(set(messages.values())) == len(messages), messages


def test_refused_file_among_good_ones_does_not_stop_the_others(tmp_path, demo_dir):
    hq = tmp_path / "hq.habitat"
    empty = tmp_path / "empty.habitat"
    empty.write_bytes(b"")
    report = merge_files(hq, [demo_dir / "ken.habitat", empty, demo_dir / "egy.habitat"])
    assert [f.ok for f in report.files] == [True, False, True]
    assert report.totals()["refused"] == 1


def test_a_file_with_a_pending_wal_is_read_with_its_wal(tmp_path):
    """Changes still in the -wal sidecar are part of the file: they are copied, hashed, merged."""
    path = tmp_path / "ken.habitat"
    make_office(path)
    keeper = connect(path)
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    with ResultsFile.open(path) as f:
        f.add_record({"indicator": "1.1.a", "year": 2023, "value": 5, "country": "KEN"})
        f.submit_year(2023)
        # keep the WAL around: another connection stays open, so close does not checkpoint it
        assert Path(str(path) + "-wal").stat().st_size > 0
        with open_untrusted(path) as safe:
            conn = safe.connect()
            assert conn.execute("SELECT count(*) FROM record").fetchone()[0] == 6
            conn.close()
    keeper.close()


def test_open_untrusted_cleans_up_its_copy(tmp_path):
    path = tmp_path / "ken.habitat"
    make_office(path, EGYPT)
    with open_untrusted(path) as safe:
        copy = safe.copy
        assert copy.exists() and safe.meta["kind"] == "office"
    assert not copy.exists()
    with pytest.raises(UntrustedFileError):
        open_untrusted(tmp_path / "nope")
    assert os.path.exists(path)
    assert uuid.UUID(safe.meta["file_id"])


def test_a_file_copied_with_its_wal_but_no_shm_is_merged_and_nothing_appears_next_to_it(tmp_path):
    build = _with_wal_no_shm(["UPDATE record SET narrative = 'checked' WHERE rowid = 1"], "ken.habitat")
    path, _ = build(tmp_path)
    (tmp_path / "hq").mkdir()
    before = _folder_state(tmp_path)
    report = merge_files(tmp_path / "hq" / "hq.habitat", [path])
    f = report.files[0]
    assert f.ok and f.added == 80, f.refused
    assert _folder_state(tmp_path) == before
    with ResultsFile.open(tmp_path / "hq" / "hq.habitat") as hq:
        assert [r.narrative for r in hq.records() if r.narrative] == ["checked"]  # read from the -wal
    # Provenance names the file headquarters holds, as sha256sum shows it (not file + WAL).
    assert f.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("path, uri", [
    (PureWindowsPath(r"\\server\share\results\hq.habitat"), "file:////server/share/results/hq.habitat?mode=ro"),
    (PureWindowsPath(r"C:\Users\Amina\Offices\ken.habitat"), "file:///C:/Users/Amina/Offices/ken.habitat?mode=ro"),
    (PureWindowsPath(r"D:\a b\50% #1?.habitat"), "file:///D:/a%20b/50%25%20%231%3F.habitat?mode=ro"),
    (PurePosixPath("/srv/hq files/hq.habitat"), "file:///srv/hq%20files/hq.habitat?mode=ro"),
])
def test_read_only_uris_keep_windows_shares_and_odd_names(path, uri):
    assert readonly_uri(path) == uri
    assert readonly_uri(path, immutable=True, readonly_shm=False) == uri + "&immutable=1"


def test_an_immutable_read_only_uri_opens_a_file_with_odd_characters_and_creates_nothing(tmp_path):
    path = tmp_path / "50% #1? ken.habitat"
    make_office(path)
    conn = sqlite3.connect(readonly_uri(path.resolve(), immutable=True), uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM record").fetchone()[0] == 5
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
