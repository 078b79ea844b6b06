"""Two writers on one file: on a network share (lock file, rollback journal) and on a local disk.

The network share is the real code path with the detection pointed at a test folder through
HABITAT_RESULTS_NETWORK_FOLDERS; the lock file, the journal and the processes are real.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from db.merge import merge_files
from db.officefile import ResultsFile
from db.sharing import NETWORK_FOLDERS_ENV, _linux_file_system, lock_file, on_network_share, read_holder
from db.storage import LOCKED, StorageError
from tests.conftest import KENYA

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = {"indicator": "1.1.a", "year": 2023, "value": 900, "country": "KEN", "city": "Kisumu"}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def share(tmp_path, monkeypatch) -> Path:
    """A folder the app takes for a network share."""
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(folder))
    return folder


def journal_mode(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return raw.execute("PRAGMA journal_mode").fetchone()[0]


def test_network_file_systems_are_recognised_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n"
                      "//hq-fs/results /mnt/hq\\040results cifs rw 0 0\n"
                      "fs:/export /mnt/nfs nfs4 rw 0 0\n", encoding="utf-8")
    assert _linux_file_system(Path("/mnt/hq results/hq.habitat"), str(mounts)) == "cifs"
    assert _linux_file_system(Path("/mnt/nfs/a/b.habitat"), str(mounts)) == "nfs4"
    assert _linux_file_system(Path("/home/amina/ken.habitat"), str(mounts)) == "ext4"


def test_the_override_marks_a_folder_as_shared(share, tmp_path):
    assert on_network_share(share / "hq.habitat")
    assert on_network_share(share / "sub" / "hq.habitat")
    assert not on_network_share(tmp_path / "local.habitat")


def test_on_a_share_the_file_uses_a_rollback_journal_and_a_lock_naming_the_writer(share):
    path = share / "ken.habitat"
    ResultsFile.create(path, KENYA).close()
    assert journal_mode(path) == "delete"
    assert not lock_file(path).exists()
    with ResultsFile.open(path, who="amina") as results:
        holder = read_holder(path)
        assert (holder.user, holder.machine, holder.pid) == ("amina", socket.gethostname(), os.getpid())
        results.add_record(PEOPLE)
        assert not path.with_name(path.name + "-wal").exists()
        with ResultsFile.open(path) as again:  # the same program (window and merge job) shares it
            assert again.count_records() == 1
        assert lock_file(path).exists()
    assert not lock_file(path).exists()


def test_a_lock_of_another_computer_refuses_a_second_writer_by_name(share):
    path = share / "hq.habitat"
    ResultsFile.create(path, KENYA).close()
    lock_file(path).write_text(json.dumps({"user": "amina", "machine": "HQ-PC-7", "pid": 4242,
                                           "since": "2026-12-01 09:12 UTC"}), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        ResultsFile.open(path)
    assert caught.value.code == LOCKED
    assert "in use by amina on HQ-PC-7 (since 2026-12-01 09:12 UTC)" in str(caught.value)
    assert path.read_bytes() == before and lock_file(path).exists()
    assert run("list", path).exit_code == 0  # reading needs no lock
    result = run("submit", path, "--year", "2023")
    assert result.exit_code == 1 and "amina on HQ-PC-7" in result.output


def test_a_lock_left_by_a_crashed_program_of_this_computer_is_taken_over(share):
    path = share / "ken.habitat"
    ResultsFile.create(path, KENYA).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    lock_file(path).write_text(json.dumps({"user": "amina", "machine": socket.gethostname(),
                                           "pid": int(dead), "since": "yesterday"}), encoding="utf-8")
    with ResultsFile.open(path, who="bob") as results:
        assert read_holder(path).user == "bob"
        results.add_record(PEOPLE)
    assert not lock_file(path).exists()


def test_a_merge_into_a_shared_headquarters_file_in_use_is_refused_by_name(share, tmp_path):
    office = tmp_path / "ken.habitat"
    with ResultsFile.create(office, KENYA) as f:
        f.add_record(PEOPLE)
        f.submit_year(2023)
    hq = share / "hq.habitat"
    merge_files(hq, [office])
    hold = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(hq)], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env={**os.environ, NETWORK_FOLDERS_ENV: str(share)})
    try:
        assert hold.stdout.readline().strip() == "open"
        result = run("merge", hq, office)
        assert result.exit_code == 1
        assert f"in use by carla on {socket.gethostname()}" in result.output
    finally:
        hold.communicate("\n", timeout=30)


HOLD_OPEN = textwrap.dedent("""
    import sys
    from db.officefile import ResultsFile
    with ResultsFile.open(sys.argv[1], who="carla"):
        print("open", flush=True)
        sys.stdin.readline()
""")

# One writer process: K imports of R rows each, through the command line; prints one line per
# import: "ok" (acknowledged) or "refused: <message>".
WRITER = textwrap.dedent("""
    import sys
    import click
    from cli.main import main
    path, data, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for _ in range(times):
        try:
            main(["import", path, data, "--allow-duplicates"], standalone_mode=False)
            print("ok", flush=True)
        except click.ClickException as exc:
            print("refused: " + exc.format_message().replace("\\n", " "), flush=True)
""")


@pytest.mark.parametrize("where", ["local", "network"])
def test_two_writers_wait_or_are_refused_by_name_and_no_acknowledged_write_is_lost(tmp_path, where):
    folder = tmp_path / where
    folder.mkdir()
    path = folder / "ken.habitat"
    env = {**os.environ}
    env.pop(NETWORK_FOLDERS_ENV, None)
    if where == "network":
        env[NETWORK_FOLDERS_ENV] = str(folder)
    subprocess.run([sys.executable, "-m", "cli.main", "init", str(path), "--office", "KEN", "--name", "Kenya",
                    "--country", "KEN"], cwd=ROOT, env=env, check=True, capture_output=True)
    rows = 200
    data = tmp_path / "rows.csv"
    data.write_text("indicator,year,value,country,city\n"
                    + "".join(f"1.1.a,2023,{i},KEN,City {i}\n" for i in range(rows)), encoding="utf-8")
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(data), "6"], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [w.communicate(timeout=240) for w in writers]
    lines = [line for out, _ in outputs for line in out.splitlines() if line.startswith(("ok", "refused"))]
    assert all(w.returncode == 0 for w in writers), [err for _, err in outputs]
    assert len(lines) == 12
    refused = [line for line in lines if line.startswith("refused")]
    for line in refused:  # a refusal names who holds the file
        assert "in use by" in line and ("another program" not in line or where == "local"), line
    acknowledged = lines.count("ok")
    # Locally SQLite makes the second writer wait; on a share the lock file refuses it instead.
    assert acknowledged == 12 if where == "local" else acknowledged >= 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM record").fetchone()[0] == acknowledged * rows
    assert not lock_file(path).exists()


def test_a_lock_file_still_being_written_is_read_again_and_names_its_holder(tmp_path):
    """Its maker creates the lock file, then writes its name: a second writer arriving in between
    waits a moment for the name instead of saying "another program"."""
    import json
    import threading

    from db.sharing import FileInUse, hold_writer_lock

    path = tmp_path / "ken.habitat"
    lock = lock_file(path)
    lock.write_bytes(b"")  # created, not yet written
    holder = {"user": "amina", "machine": "HQ-PC-7", "pid": 1, "since": "2026-12-01 09:12 UTC"}
    writer = threading.Timer(0.1, lambda: lock.write_text(json.dumps(holder), encoding="utf-8"))
    writer.start()
    try:
        with pytest.raises(FileInUse) as refused:
            hold_writer_lock(path, "carla")
    finally:
        writer.join()
    assert refused.value.holder is not None and refused.value.holder.user == "amina"
