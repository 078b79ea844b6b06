"""The user's settings (language, recent files, last year), in an INI file in the config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.i18n import LANGUAGES, system_language
from desktop.paths import config_dir

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """The UI language chosen in the app; at the first start, the system's if the app has it."""
        chosen = self._qs.value("language")
        return str(chosen) if chosen in LANGUAGES else system_language()

    @language.setter
    def language(self, lang: str) -> None:
        self._qs.setValue("language", lang)
        self._qs.sync()

    def recent_files(self) -> list[Path]:
        value = self._qs.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [Path(v) for v in value or [] if v]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._qs.setValue("recent_files", [str(p) for p in files[:MAX_RECENT]])
        self._qs.sync()

    def value(self, key: str, default=None):
        return self._qs.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()
