"""What killed runs leave behind is swept at the next start; other programs' work never is."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db.leftovers import OLD_ENOUGH_S, sweep
from db.sharing import NETWORK_FOLDERS_ENV

ROOT = Path(__file__).resolve().parents[1]


def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


@pytest.fixture
def live_pid():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield child.pid
    child.kill()
    child.wait()


def folder_with(temp: Path, name: str) -> Path:
    folder = temp / name
    folder.mkdir(parents=True)
    (folder / "copy.habitat").write_bytes(b"x" * 1000)
    return folder


def age(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_the_work_of_processes_that_are_gone_is_removed(tmp_path):
    temp, out = tmp_path / "temp", tmp_path / "out"
    out.mkdir()
    pid = dead_pid()
    gone = [folder_with(temp, f"habitat-untrusted-{pid}-k2j3h4"), folder_with(temp, f"habitat-dry-run-{pid}-x1"),
            folder_with(temp, f"habitat-copy-{pid}-zz")]
    hidden = [out / f".annex.pdf.{pid}-1a2b3c4d.tmp", out / f".hq.habitat.{pid}-0badcafe.tmp-wal"]
    for f in hidden:
        f.write_bytes(b"half")
    removed = sweep([out], temp=temp)
    assert sorted(removed) == sorted(gone + hidden)
    assert list(temp.iterdir()) == [] and list(out.iterdir()) == []


def test_the_work_of_running_processes_is_kept(tmp_path, live_pid):
    temp, out = tmp_path / "temp", tmp_path / "out"
    out.mkdir()
    kept = [folder_with(temp, f"habitat-untrusted-{live_pid}-k2j3h4"),
            folder_with(temp, f"habitat-dry-run-{os.getpid()}-mine")]
    for name in (f".annex.pdf.{live_pid}-1a2b3c4d.tmp", f".annex.xlsx.{os.getpid()}-1a2b3c4d.tmp"):
        (out / name).write_bytes(b"being written")
        age(out / name, 3 * OLD_ENOUGH_S)  # however old: its program still runs
    assert sweep([out], temp=temp) == []
    assert all(f.exists() for f in kept) and len(list(out.iterdir())) == 2


def test_older_versions_leftovers_go_only_once_a_day_old(tmp_path):
    temp, out = tmp_path / "temp", tmp_path / "out"
    out.mkdir()
    fresh = folder_with(temp, "habitat-untrusted-k2j3h4ab")
    old = age(folder_with(temp, "habitat-dry-run-q9w8e7r6"), OLD_ENOUGH_S + 60)
    (out / ".annex.pdf.1a2b3c4d.tmp").write_bytes(b"x")
    old_file = out / ".fb.json.x8_k2jab.tmp"  # as tempfile.mkstemp named it
    old_file.write_bytes(b"x")
    age(old_file, OLD_ENOUGH_S + 60)
    assert sorted(sweep([out], temp=temp)) == sorted([old, old_file])
    assert fresh.exists() and (out / ".annex.pdf.1a2b3c4d.tmp").exists()


def test_files_that_are_not_the_apps_are_never_touched(tmp_path):
    temp, out = tmp_path / "temp", tmp_path / "out"
    out.mkdir()
    temp.mkdir()
    pid = dead_pid()
    others = [temp / f"habitat-untrusted-{pid}-file-not-folder", out / ".notes.tmp", out / "annex.pdf.tmp",
              out / f".annex.pdf.{pid}-NOTHEX00.tmp", out / ".bashrc"]
    for f in others:
        f.write_bytes(b"mine")
        age(f, 3 * OLD_ENOUGH_S)
    folder_with(temp, "habitat-results-cache")
    assert sweep([out], temp=temp) == []
    assert all(f.exists() for f in others)


def test_on_a_network_share_only_age_counts(tmp_path, monkeypatch):
    temp, share = tmp_path / "temp", tmp_path / "share"
    share.mkdir()
    monkeypatch.setenv(NETWORK_FOLDERS_ENV, str(share))
    pid = dead_pid()  # here; the file may be another computer's, whose process this one cannot see
    fresh = share / f".hq.habitat.{pid}-1a2b3c4d.tmp"
    fresh.write_bytes(b"x")
    old = share / f".annex.pdf.{pid}-2b3c4d5e.tmp"
    old.write_bytes(b"x")
    age(old, OLD_ENOUGH_S + 60)
    assert sweep([share], temp=temp) == [old] and fresh.exists()


KILLED_MIDWAY = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    what, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if what == "merge":
        from db.untrusted import open_untrusted
        safe = open_untrusted(source)  # its checked copy is in the temporary folder now
        os._exit(9)
    from exports import export_annex
    # Killed at the last moment: the whole PDF is in the hidden file, not yet renamed over the output.
    os.replace = lambda *args, **kw: os._exit(9)
    export_annex(source, out, "pdf")
""")


@pytest.mark.parametrize("what", ["merge", "export"])
def test_what_a_killed_merge_or_export_leaves_is_swept_at_the_next_start(tmp_path, demo_dir, what):
    temp, out = tmp_path / "temp", tmp_path / "out"
    temp.mkdir()
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    source = demo_dir / "ken.habitat"
    child = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, what, str(source), str(out / "annex.pdf")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert child.returncode == 9, child.stderr
    left = list(temp.iterdir()) + list(out.iterdir())
    assert len(left) == 1, left  # the checked copy's folder, or the half-written PDF
    assert sweep([out], temp=temp) == left
    assert list(temp.iterdir()) == [] and list(out.iterdir()) == []


def test_the_app_sweeps_beside_its_recent_files_at_start(tmp_path, app_home):
    from desktop.app import folders_to_sweep, sweep_leftovers
    from desktop.settings import Settings

    office = tmp_path / "office" / "ken.habitat"
    office.parent.mkdir()
    office.write_bytes(b"")
    settings = Settings()
    settings.add_recent_file(office)
    settings.set_value("export/folder", str(tmp_path / "exports"))
    assert office.parent.resolve() in folders_to_sweep(settings)
    assert tmp_path / "exports" in folders_to_sweep(settings)
    leftover = office.parent / f".ken.habitat.{dead_pid()}-1a2b3c4d.tmp"
    leftover.write_bytes(b"")
    sweep_leftovers(settings).join(timeout=60)
    assert not leftover.exists() and office.exists()
