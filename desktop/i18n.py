"""User-interface languages: Qt Linguist translations, built from the committed ``.ts`` on demand.

The ``.ts`` files in ``resources/translations`` are the source. Their compiled ``.qm`` is not
committed: on first use (or when the ``.ts`` content changed) ``lrelease`` from PySide6 builds it
into the user's cache folder, so a fresh clone shows Chinese without a build step. The standalone
build ships the ``.qm`` beside the ``.ts``, named with the hash of that ``.ts`` (as in the cache),
and needs no ``lrelease``: a shipped ``.qm`` is used only when it was built from that very ``.ts``.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import uuid
from importlib import resources
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from desktop.paths import cache_dir

# UI language code -> (Qt locale name, name shown in the language menu, in its own language), in the
# United Nations' order. Arabic is Modern Standard Arabic ("ar_001"): Western digits, as UN documents
# write them (Egyptian Arabic, Qt's default for "ar", writes Arabic-Indic ones).
LANGUAGES = {
    "ar": ("ar_001", "العربية"),
    "zh": ("zh_CN", "中文（简体）"),
    "en": ("en_GB", "English"),
    "fr": ("fr_FR", "Français"),
    "ru": ("ru_RU", "Русский"),
    "es": ("es_ES", "Español"),
}
DEFAULT_LANGUAGE = "en"
TS_PREFIX = "habitat_"
# The .ts of a language is named by its locale; these by their language alone.
_TS_NAMES = {"ar": "ar", "fr": "fr", "ru": "ru", "es": "es"}

_installed: list[QTranslator] = []


def ts_file(lang: str) -> Path | None:
    """The committed translation source for a language, or None (English needs none)."""
    name = _TS_NAMES.get(lang, LANGUAGES[lang][0])
    entry = resources.files("resources") / "translations" / f"{TS_PREFIX}{name}.ts"
    return Path(str(entry)) if entry.is_file() else None


def lrelease_program() -> Path | None:
    """PySide6's ``lrelease`` (shipped with pyside6-essentials), or one on the PATH."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / name
    if bundled.is_file():
        return bundled
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def qm_name(ts: Path) -> str:
    """The compiled file's name: the ``.ts`` name with a hash of its content."""
    return f"{ts.stem}-{hashlib.sha256(ts.read_bytes()).hexdigest()[:16]}.qm"


def build_qm(ts: Path, folder: Path) -> Path:
    """The ``.qm`` compiled from ``ts``, in ``folder``; built with lrelease unless already there.

    The name carries a hash of the ``.ts`` content, so an upgrade never keeps stale translations
    (file times from a wheel say nothing), and two instances never write the same file.
    """
    qm = folder / qm_name(ts)
    if qm.is_file():
        return qm
    program = lrelease_program()
    if program is None:
        raise RuntimeError("lrelease not found; install pyside6-essentials")
    folder.mkdir(parents=True, exist_ok=True)
    # Build under a name of its own, then rename: a half-written .qm is never loaded.
    tmp = folder / f".{qm.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        subprocess.run([str(program), "-silent", str(ts), "-qm", str(tmp)], check=True,
                       capture_output=True, timeout=60)
        try:
            tmp.replace(qm)
        except OSError:
            # Another instance put the same file there first and may hold it open (Windows).
            if not qm.is_file():
                raise
    finally:
        tmp.unlink(missing_ok=True)
    for old in folder.glob(f"{ts.stem}-*.qm"):  # earlier versions' translations
        if old != qm:
            try:
                old.unlink()
            except OSError:
                pass  # still in use by a running instance: removed next time
    return qm


def qm_file(lang: str) -> Path | None:
    ts = ts_file(lang)
    if ts is None:
        return None
    shipped = ts.with_name(qm_name(ts))
    if shipped.is_file():
        return shipped
    return build_qm(ts, cache_dir() / "translations")


def system_language(locale: QLocale | None = None) -> str:
    """The UI language that fits the system's (or ``locale``'s) languages, for the first start."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_language(lang: str) -> str:
    """Load the UI language (ours and Qt's own dialogs); returns the language actually used."""
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(LANGUAGES[lang][0])
    QLocale.setDefault(locale)
    qm = None
    try:
        qm = qm_file(lang)
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        print(f"habitat-results: cannot build the {lang} translation: {exc}", file=sys.stderr)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    qt_own = QTranslator(app)
    if lang != "en" and qt_own.load(locale, "qtbase", "_",
                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # Set explicitly (not left to the system locale) so that right-to-left languages can follow.
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(LANGUAGES[lang][0]))
    return lang


def left_to_right(text: str) -> str:
    """A code kept in its own order inside right-to-left text ("1.2.a", not "a.2.1"): isolated as
    left to right (U+2066 … U+2069) while the UI is laid out right to left; else as it is."""
    app = QCoreApplication.instance()
    if text and hasattr(app, "layoutDirection") and app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


def layout_direction(locale_name: str) -> Qt.LayoutDirection:
    """Right-to-left for Arabic and other right-to-left scripts, else left-to-right."""
    if QLocale(locale_name).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight
