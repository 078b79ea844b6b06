"""Shared fixtures: real results files in temporary folders. Qt runs offscreen."""

import os

# Before anything imports PySide6: without a display, Qt must render offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Office keys the tests make (db/signing.py) go to a folder of their own, never the user's profile.
_KEYS = __import__("tempfile").mkdtemp(prefix="habitat-test-keys-")
os.environ["HABITAT_RESULTS_KEYS"] = _KEYS
__import__("atexit").register(__import__("shutil").rmtree, _KEYS, True)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from db.officefile import Office, ResultsFile  # noqa: E402

# CI runs once on a small shared machine: no per-example deadline (a cold cache is not a bug), and
# the same examples every run, so that a failure can be reproduced.
settings.register_profile("habitat", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("habitat")

KENYA = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")


@pytest.fixture
def office_path(tmp_path) -> Path:
    """Path of a new, empty office file for Kenya."""
    path = tmp_path / "ken.habitat"
    ResultsFile.create(path, KENYA).close()
    return path


@pytest.fixture
def office(office_path):
    """An open, empty office file for Kenya."""
    with ResultsFile.open(office_path) as results:
        yield results


@pytest.fixture
def app_home(tmp_path, monkeypatch):
    """For Qt tests: the app's settings, data and caches under the test's own folder; English after."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.window import MainWindow

    home = tmp_path / "home"
    monkeypatch.setenv("HABITAT_RESULTS_HOME", str(home))
    # Windows are closed after each test, some with rows left unfinished on purpose: asking there
    # would open a modal dialog that waits forever. test_desktop_guards.py tests the question.
    monkeypatch.setattr(MainWindow, "confirm_discard", lambda self, rows, narrative: True)
    # Files open on their records here, as before the overview existed: the grid's tests look at
    # the grid. tests/test_desktop_overview.py opens them on the overview, as the app does.
    from desktop.overview import OverviewTabs

    monkeypatch.setattr(OverviewTabs, "start_on_overview", False)
    yield home
    if QApplication.instance() is not None:
        i18n.install_language("en")
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(qtbot, office_path, app_home):
    """For Qt tests: the main window, shown, on a new Kenya office file, in English."""
    from desktop.app import create_window
    from desktop.settings import Settings

    win = create_window(office_path, Settings(), lang="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory) -> Path:
    """The demo office files, written once per test session. Tests must not change them."""
    from db.demo import write_demo

    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder)
    return folder


def downgrade_to_first_schema(path: Path) -> None:
    """Make ``path`` look as a file of the app's first schema (0001_initial) does."""
    from db.officefile import connect
    from db.untrusted import expected_schema

    conn = connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")  # a headquarters file's tables refer to each other
    conn.execute("BEGIN")
    # The tables that later schema steps made (merge_batch, record_origin, ..., import_log, ...).
    first = {name for kind, name in expected_schema(1) if kind == "table"}
    later = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' AND name != 'migrations'")]
    for table in sorted(set(later) - first):
        conn.execute(f"DROP TABLE {table}")
    # And the indexes later steps added to the first tables (idx_record_parts, ...).
    first_indexes = {name for kind, name in expected_schema(1) if kind == "index"}
    for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                 "AND name NOT LIKE 'sqlite_%'").fetchall():
        if index not in first_indexes:
            conn.execute(f"DROP INDEX {index}")
    # And the columns later steps added to the first tables (audit.machine, ...).
    first_columns = {name: {c[1] for c in conn.execute(f"PRAGMA table_info({name})")} for name in first}
    for table, column in (("audit", "machine"),):
        if column in first_columns.get(table, ()):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("DELETE FROM migrations WHERE name != '0001_initial'")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def strings_of(tmp_path: Path, *files) -> list[tuple[str, str]]:
    """(context, text) of every translatable string lupdate finds in ``files`` (names under
    desktop/ or paths); skips the test when this PySide6 ships no lupdate."""
    import subprocess

    import PySide6

    candidates = (Path(PySide6.__file__).parent / name for name in ("lupdate", "lupdate.exe"))
    lupdate = next((path for path in candidates if path.is_file()), None)
    if lupdate is None:
        pytest.skip("lupdate is not shipped with this PySide6")
    desktop = Path(__file__).resolve().parents[1] / "desktop"
    found = tmp_path / "found.ts"
    subprocess.run([str(lupdate), *(str(desktop / f) for f in files), "-ts", str(found)], check=True,
                   capture_output=True, timeout=120)
    return list(_messages(found))


def untranslated(keys) -> list[tuple[str, str, str]]:
    """(language, context, text) of the strings among ``keys`` without a finished translation in a
    language's committed .ts: Chinese, and every other language the app speaks but English."""
    from desktop import i18n

    missing = []
    for lang in i18n.LANGUAGES:
        ts = i18n.ts_file(lang)
        if lang == "en" or ts is None:
            continue
        committed = _messages(ts)
        missing += [(lang, *key) for key in keys if key not in committed or not (committed[key].text or "").strip()
                    or committed[key].get("type") == "unfinished"]
    return missing


def _messages(path: Path) -> dict:
    import xml.etree.ElementTree as ET

    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}
