"""Where the app keeps the user's files, settings and caches.

``HABITAT_RESULTS_HOME`` puts all of them under one folder (tests, benchmarks, a portable copy on
a USB stick); otherwise the platform's usual places are used (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "habitat-results"
APP_AUTHOR = "UN-Habitat"
DEFAULT_FILE_NAME = "office.habitat"


# A relative HABITAT_RESULTS_HOME is taken from the working folder once, when first seen: the
# files must not move if the working folder changes later (a file dialog may change it).
_resolved_homes: dict[str, Path] = {}


def _home() -> Path | None:
    value = os.environ.get("HABITAT_RESULTS_HOME")
    if not value:
        return None
    if value not in _resolved_homes:
        _resolved_homes[value] = Path(value).expanduser().resolve()
    return _resolved_homes[value]


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    home = _home()
    path = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_office_file() -> Path:
    """The office file opened when the app starts without a file."""
    return data_dir() / DEFAULT_FILE_NAME
