"""The disk and the locks under a results file: full disks, held locks, read-only reading.

Faults are real: SQLite's own ``max_page_count`` (it then fails with SQLITE_FULL), a file size
limit (RLIMIT_FSIZE) in a child process, a lock held by another process.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import db.store.connection
import db.store.results_file
from cli.main import main
from db import schema
from db.errors import OfficeFileError
from db.merge import merge_files
from db.officefile import Office, ResultsFile
from db.storage import DISK_FULL, VANISHED, StorageError
from tests.conftest import KENYA, downgrade_to_first_schema

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = {"indicator": "1.1.a", "year": 2023, "value": 900, "country": "KEN", "city": "Kisumu"}
posix_only = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE and F_GETLK are POSIX")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def full_disk(monkeypatch, target: Path, spare_pages: int = 0) -> None:
    """Connections to ``target`` may not grow it beyond its size now: SQLite says the disk is full."""
    real = db.store.results_file.connect  # the connect that opens and creates results files
    pages = target.stat().st_size // 4096 + spare_pages

    def connect(path, **kw):
        conn = real(path, **kw)
        if Path(path).resolve() == target.resolve():
            conn.execute(f"PRAGMA max_page_count = {max(pages, 1):d}")
        return conn

    monkeypatch.setattr(db.store.results_file, "connect", connect)


# --- 1. storage failures in users' words -------------------------------------------------------

def test_an_import_on_a_full_disk_says_so_and_stores_nothing(office_path, tmp_path, monkeypatch):
    data = tmp_path / "in.csv"
    data.write_text("indicator,year,value,country,city,narrative\n"
                    + "".join(f"1.1.a,2023,{i},KEN,City {i},{'x' * 500}\n" for i in range(400)),
                    encoding="utf-8")
    before = digest(office_path)
    full_disk(monkeypatch, office_path)
    result = run("import", office_path, data)
    assert result.exit_code == 1
    assert "the disk is full" in result.output and str(office_path) in result.output
    assert "Traceback" not in result.output and "OperationalError" not in result.output
    monkeypatch.undo()
    assert digest(office_path) == before
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 0


def test_a_write_on_a_full_disk_raises_a_storage_error_with_its_code(office_path, monkeypatch):
    full_disk(monkeypatch, office_path)
    with ResultsFile.open(office_path) as results:
        with pytest.raises(StorageError) as caught:
            results.add_records([{**PEOPLE, "value": n, "narrative": "x" * 3000} for n in range(50)])
        assert caught.value.code == DISK_FULL and caught.value.params["path"] == str(office_path)
        assert results.count_records() == 0
        results.add_record(PEOPLE)  # a small write still fits in the pages the file has


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = value WHERE key = 'kind'")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
""")


@posix_only
def test_a_lock_held_too_long_names_the_holder(office_path, monkeypatch):
    with ResultsFile.open(office_path) as results:
        results.add_record(PEOPLE)  # a year with something to submit: the submission writes
    monkeypatch.setattr(db.store.connection, "BUSY_TIMEOUT_MS", 300)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(office_path), "30"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        result = run("submit", office_path, "--year", "2023")
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1, result.output
    assert "in use by" in result.output and "Traceback" not in result.output
    if sys.platform.startswith("linux"):
        assert f"process {holder.pid}" in result.output


INIT_ON_A_SMALL_DISK = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
    sys.argv = ["habitat-results", *sys.argv[2:]]
    from cli.main import main
    main()
""")


@posix_only
@pytest.mark.parametrize("limit", [8 * 1024, 40 * 1024])
def test_init_on_a_full_disk_leaves_no_file_behind(tmp_path, limit):
    folder = tmp_path / "stick"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", INIT_ON_A_SMALL_DISK, str(limit), "init", str(folder / "ken.habitat"),
         "--office", "KEN", "--name", "Kenya", "--country", "KEN"],
        capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and str(folder / "ken.habitat") in result.stderr
    assert list(folder.iterdir()) == []  # not even an empty .ken.habitat.xxxx.tmp


def test_a_file_deleted_while_open_is_not_written_to(office_path):
    with ResultsFile.open(office_path) as results:
        moved = office_path.with_name("elsewhere.habitat")
        office_path.rename(moved)
        with pytest.raises(StorageError) as caught:
            results.add_record(PEOPLE)
        assert caught.value.code == VANISHED
    with ResultsFile.open(moved) as results:
        assert results.count_records() == 0


# --- 9. the merge report counts only what was kept -----------------------------------------------

def _office(path: Path, office: Office, n: int) -> Path:
    with ResultsFile.create(path, office) as f:
        f.add_records([{**PEOPLE, "country": office.country, "city": f"City {i}", "narrative": "n" * 400}
                       for i in range(n)], who="tester")
        f.submit_year(2023, who="tester")
    return path


def test_a_file_that_fails_on_a_full_disk_adds_nothing_to_the_totals(tmp_path, monkeypatch):
    small = _office(tmp_path / "ken.habitat", KENYA, 3)
    large = _office(tmp_path / "egy.habitat", Office("EGY", "Egypt", "EGY", "Arab States"), 2000)
    hq = tmp_path / "hq.habitat"
    assert merge_files(hq, [small]).files[0].added == 3
    full_disk(monkeypatch, hq, spare_pages=4)
    report = merge_files(hq, [large])
    [failed] = report.files
    assert not failed.ok and "the disk is full" in failed.refused and "headquarters unchanged" in failed.refused
    assert (failed.added, failed.updated, failed.batch_id) == (0, 0, None)
    assert report.totals()["added"] == 0 and report.totals()["refused"] == 1
    monkeypatch.undo()
    with ResultsFile.open(hq) as results:
        assert results.count_records() == 3


# --- 7. read-only means read-only ---------------------------------------------------------------

def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


def _with_records(path: Path) -> Path:
    """``path`` with two more records (a new office file if there is none)."""
    if not path.exists():
        ResultsFile.create(path, KENYA).close()
    with ResultsFile.open(path) as results:
        results.add_records([PEOPLE, {**PEOPLE, "year": 2024}])
        results.submit_year(2023)
    return path


@pytest.mark.parametrize("command", [
    ["list"], ["list", "--format", "json"], ["validate"], ["framework"], ["todo"],
    ["export", "--format", "csv", "-o", "-"],
])
def test_reading_commands_write_nothing_beside_the_file(tmp_path, command):
    folder = tmp_path / "office"
    folder.mkdir()
    path = _with_records(folder / "ken.habitat")
    before = _folder_state(folder)
    result = run(command[0], path, *command[1:])
    assert result.exit_code == 0, result.output
    assert _folder_state(folder) == before  # no -wal, no -shm, not a byte changed


def test_export_to_a_file_writes_only_the_export(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    path = _with_records(folder / "ken.habitat")
    before = _folder_state(folder)
    out = tmp_path / "annex.csv"
    assert run("export", path, "-o", out).exit_code == 0
    assert out.exists() and _folder_state(folder) == before


def test_a_negative_schema_number_is_refused_not_rewritten(office_path):
    raw = sqlite3.connect(office_path)
    raw.execute("PRAGMA user_version = -1")
    raw.close()
    before = _folder_state(office_path.parent)
    for command in ("list", "validate", "submit"):
        args = ["--year", "2023"] if command == "submit" else []
        result = run(command, office_path, *args)
        assert result.exit_code == 1 and "not a Habitat Results file" in result.output, result.output
        assert _folder_state(office_path.parent) == before


def test_another_application_numbering_its_schema_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (x)")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA user_version = 1")
    raw.close()
    before = _folder_state(tmp_path)
    for command in ("list", "validate", "import"):
        result = run(command, path, *(["x.csv"] if command == "import" else []))
        assert result.exit_code != 0 and "another application" in result.output, result.output
        assert _folder_state(tmp_path) == before


def test_an_older_file_is_read_through_a_copy_and_left_as_it_was(tmp_path, monkeypatch):
    path = _with_records(tmp_path / "old.habitat")
    downgrade_to_first_schema(path)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    before = _folder_state(tmp_path)
    rows = json.loads(run("list", path, "--format", "json").output)
    assert len(rows) == 2
    assert _folder_state(tmp_path) == before and list(temp.iterdir()) == []
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.parametrize("command", ["todo", "conflicts", "check", "status"])
def test_todo_conflicts_check_and_status_leave_an_older_file_as_it_was(tmp_path, command):
    path = _with_records(tmp_path / "old.habitat")
    if command in ("conflicts", "status"):
        hq = tmp_path / "hq.habitat"
        merge_files(hq, [path])
        path.unlink()
        path = hq
    downgrade_to_first_schema(path)
    before = _folder_state(tmp_path)
    result = run(command, path)
    assert result.exit_code == 0, result.output
    assert _folder_state(tmp_path) == before
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1  # not upgraded in place


WRITE_AND_STAY = textwrap.dedent("""
    import os, sys
    from db.officefile import ResultsFile
    results = ResultsFile.open(sys.argv[1])
    results.add_record({"indicator": "1.1.a", "year": 2023, "value": 7, "country": "KEN", "city": "Lamu"})
    print("written", flush=True)
    if sys.argv[2] == "crash":
        os._exit(0)  # killed: its -wal stays, holding the committed record
    sys.stdin.readline()
    results.close()
""")


@pytest.mark.parametrize("how", ["open", "crash"])
def test_list_sees_what_another_program_committed_and_writes_nothing(office_path, how):
    writer = subprocess.Popen([sys.executable, "-c", WRITE_AND_STAY, str(office_path), how], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "written"
        if how == "crash":
            writer.wait(timeout=30)
            office_path.with_name(office_path.name + "-shm").unlink()  # as after a reboot
        before = _folder_state(office_path.parent)
        result = run("list", office_path, "--format", "json")
        assert result.exit_code == 0, result.output
        assert [r["city"] for r in json.loads(result.output)] == ["Lamu"]
        assert _folder_state(office_path.parent) == before
    finally:
        if writer.poll() is None:
            writer.communicate("\n", timeout=30)
    with ResultsFile.open(office_path) as results:
        assert results.count_records() == 1


def test_a_read_only_file_refuses_writes(office_path):
    with ResultsFile.open_readonly(office_path) as results:
        with pytest.raises(OfficeFileError, match="reading only"):
            results.add_record(PEOPLE)


def test_a_file_changed_during_an_immutable_read_is_reported(office_path):
    with pytest.raises(StorageError, match="changed by another program"):
        with ResultsFile.open_readonly(office_path) as results:
            results.records()
            _with_records(office_path)  # another writer, and its changes reach the file on close


# --- 10. the listing ----------------------------------------------------------------------------

def test_the_headquarters_listing_has_the_office_and_a_filter(tmp_path):
    ken = _office(tmp_path / "ken.habitat", KENYA, 2)
    egy = _office(tmp_path / "egy.habitat", Office("EGY", "Egypt", "EGY", "Arab States"), 1)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken, egy])
    table = run("list", hq).output.splitlines()
    assert table[0].split()[:2] == ["office", "indicator"]
    assert sorted(line.split()[0] for line in table[1:-1]) == ["EGY", "KEN", "KEN"]
    assert table[-1] == "3 records"
    only = run("list", hq, "--office", "EGY")
    assert only.output.splitlines()[-1] == "1 record"
    rows = json.loads(run("list", hq, "--office", "KEN", "--format", "json").output)
    assert [r["office"] for r in rows] == ["KEN", "KEN"]
    assert "office" in run("list", hq, "--format", "csv").output.splitlines()[0].split(",")


def test_the_listing_shows_which_records_are_parts_of_a_total(office_path):
    with ResultsFile.open(office_path) as results:
        results.add_records([PEOPLE, {**PEOPLE, "value": 500, "sex": "female"},
                             {**PEOPLE, "value": 100, "age": "youth", "disability": "yes"}])
    lines = run("list", office_path).output.splitlines()
    header = lines[0].split("  ")
    assert "of which" in [h.strip() for h in header]
    by_value = {line.split()[2]: line for line in lines[1:-1]}
    assert "sex=" not in by_value["900"] and "age=" not in by_value["900"]  # the total
    assert "sex=female" in by_value["500"]
    assert "age=youth, disability=yes" in by_value["100"]


def test_an_office_code_the_file_does_not_hold_is_named_not_listed_as_nothing(tmp_path):
    ken = _office(tmp_path / "ken.habitat", KENYA, 2)
    hq = tmp_path / "hq.habitat"
    merge_files(hq, [ken])
    downgrade_to_first_schema(hq)  # read through a copy: the message still names the file given
    for args in (["list", hq, "--office", "uga"], ["review", hq, "--office", "UGA", "--validate"],
                 ["list", ken, "--office", "EGY"]):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert f"no office {args[3]} in {args[1].name}; offices: KEN" in result.output


def test_refusals_count_in_the_singular_for_one(office_path, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator,year,value,country,city\n1.1.a,1999,5,KEN,Lamu\n", encoding="utf-8")
    assert "nothing imported; 1 problem on 1 row" in run("import", office_path, bad).output
    hq = tmp_path / "hq.habitat"
    (tmp_path / "other").mkdir()
    merge_files(hq, [_office(tmp_path / "other" / "ken.habitat", KENYA, 1)])
    assert run("conflicts", hq).output.strip() == "0 records in conflict"
    assert "1 of 1 file refused" in run("merge", hq, tmp_path / "missing.habitat").output


def test_messages_count_in_the_singular_for_one(office_path):
    with ResultsFile.open(office_path) as results:
        results.add_record(PEOPLE)
    assert run("validate", office_path).output.strip().endswith("OK (1 record)")
    assert run("submit", office_path, "--year", "2023").output.strip() == "1 record of 2023 submitted."
    assert run("list", office_path).output.splitlines()[-1] == "1 record"


def test_a_version_above_the_app_is_still_refused_read_only(office_path):
    raw = sqlite3.connect(office_path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    raw.close()
    result = run("list", office_path)
    assert result.exit_code == 1 and "newer version" in result.output


def test_reading_tries_again_when_the_wal_goes_between_looking_and_opening(office_path, monkeypatch):
    """A writer closing its last connection removes -wal and -shm: a reader that saw them and
    opens just after gets "unable to open"; it looks again and reads (a race seen with two writers)."""
    from db.store import reading as readonly
    from db.officefile import readonly_uri

    real = readonly.reading_uri
    seen = []

    def stale_then_real(path):
        seen.append(path)
        if len(seen) == 1:  # as if -wal and -shm were there when looked at
            return readonly_uri(Path(path).resolve(), readonly_shm=True)
        return real(path)

    monkeypatch.setattr(readonly, "reading_uri", stale_then_real)
    assert not readonly.sidecars(office_path)[1].exists()
    assert readonly.peek_version(office_path) == schema.SCHEMA_VERSION and len(seen) == 2
    seen.clear()
    with ResultsFile.open_readonly(office_path) as results:
        assert results.office.code == "KEN" and len(seen) == 2
