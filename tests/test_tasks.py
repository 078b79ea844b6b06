"""tasks.py skips its set-up only while the environment matches the project, and changes nothing installed."""

import importlib.util
import os
import stat
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tasks():
    spec = importlib.util.spec_from_file_location("habitat_tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def env(tmp_path, tasks):
    """A project folder and a virtual environment's layout (real files, no pip)."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["click>=8.1"]\n')
    venv_dir = tmp_path / ".venv"
    site = venv_dir / ("Lib" if os.name == "nt" else "lib/python3.11") / "site-packages"
    site.mkdir(parents=True)
    (site / "click-8.1.7.dist-info").mkdir()
    (venv_dir / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.7\n")
    python = tasks.venv_python(venv_dir)
    python.parent.mkdir(parents=True, exist_ok=True)
    python.write_text("")
    tasks.write_stamp("run", ["fonts-wqy-microhei"], venv_dir, project)
    return project, venv_dir, site


def up_to_date(tasks, env, packages=("fonts-wqy-microhei",), task="run"):
    project, venv_dir, _ = env
    return tasks.is_up_to_date(task, list(packages), venv_dir, project)


def test_nothing_changed_skips_the_setup(tasks, env):
    assert up_to_date(tasks, env)


def test_a_changed_pyproject_sets_up_again(tasks, env):
    project = env[0]
    (project / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["click>=8.2"]\n')
    assert not up_to_date(tasks, env)


def test_an_installed_version_changed_or_added_sets_up_again(tasks, env):
    site = env[2]
    (site / "click-8.1.7.dist-info").rename(site / "click-8.2.0.dist-info")
    assert not up_to_date(tasks, env)
    (site / "click-8.2.0.dist-info").rename(site / "click-8.1.7.dist-info")
    assert up_to_date(tasks, env)
    (site / "pytest-8.0.0.dist-info").mkdir()
    assert not up_to_date(tasks, env)


def test_another_python_sets_up_again(tasks, env):
    venv_dir = env[1]
    (venv_dir / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.12.1\n")
    assert not up_to_date(tasks, env)


def test_a_missing_interpreter_sets_up_again(tasks, env):
    tasks.venv_python(env[1]).unlink()
    assert not up_to_date(tasks, env)


def test_other_system_packages_or_another_task_set_up_again(tasks, env):
    assert not up_to_date(tasks, env, packages=("fonts-wqy-microhei", "libreoffice-calc"))
    assert not up_to_date(tasks, env, task="test")


def test_a_damaged_or_missing_stamp_sets_up_again(tasks, env):
    stamp = tasks.stamp_file("run", env[1])
    stamp.write_text("{not json")
    assert not up_to_date(tasks, env)
    stamp.unlink()
    assert not up_to_date(tasks, env)


def test_any_installed_soffice_is_enough(tasks, tmp_path, monkeypatch):
    fake = tmp_path / "soffice"  # as libreoffice-calc-nogui, or LibreOffice from libreoffice.org, installs it
    fake.write_text("#!/bin/sh\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert tasks.wanted_packages(["poppler-utils"], spreadsheet=True, folders=()) == ["poppler-utils"]


def test_libreoffice_is_asked_for_only_when_there_is_none(tasks, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert tasks.wanted_packages([], spreadsheet=True, folders=()) == [tasks.SPREADSHEET_PACKAGE]
    assert tasks.wanted_packages([], spreadsheet=False, folders=()) == []
    program = tmp_path / "lo" / "program"
    program.mkdir(parents=True)
    (program / "soffice").write_text("")
    assert tasks.wanted_packages([], spreadsheet=True, folders=(str(tmp_path / "lo"),)) == []

