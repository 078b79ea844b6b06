"""The app's six languages: every string of the window translated into each, placeholders kept,
the .ts files in step with the Chinese one, the language chosen at the first start from the
system and remembered, the language menu naming each language in itself."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n
from tests.conftest import strings_of, untranslated
from tools import translations

pytestmark = pytest.mark.usefixtures("app_home")  # tests/conftest.py
DESKTOP_FILES = sorted(p.name for p in (translations.TRANSLATIONS.parents[1] / "desktop").glob("*.py"))


def test_every_string_of_the_app_is_translated_into_every_language(tmp_path):
    """lupdate over all of desktop/: each string has a finished translation in ar, es, fr, ru and zh."""
    # A context lupdate cannot read (a variable: problem_text's translator) comes out empty; those
    # messages are checked by code in tests/test_problem_codes.py.
    ours = [key for key in strings_of(tmp_path, *DESKTOP_FILES) if key[0]]
    assert len(ours) > 500
    assert untranslated(ours) == []


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_each_translation_keeps_the_placeholders_of_its_source(lang):
    """``{count}`` and ``{file}`` come back in every translation (a lost one breaks ``format``)."""
    broken = []
    for context in ET.parse(i18n.ts_file(lang)).getroot().iter("context"):
        for message in context.iter("message"):
            source, text = message.findtext("source") or "", message.findtext("translation") or ""
            if text and translations.problems(source, text):
                broken.append((context.findtext("name"), source, text))
    assert broken == []


def test_the_languages_files_hold_the_messages_of_the_chinese_one(tmp_path, monkeypatch):
    """The tool run again changes nothing: same contexts, same sources, same order, all translated."""
    folder = tmp_path / "translations"
    shutil.copytree(translations.TRANSLATIONS, folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    monkeypatch.setattr(translations, "MASTER", folder / "habitat_zh_CN.ts")
    missing = translations.sync()
    assert missing == {lang: [] for lang in translations.LANGUAGES}
    for lang in translations.LANGUAGES:
        name = f"habitat_{lang}.ts"
        committed = i18n.ts_file(lang).read_text(encoding="utf-8")
        assert (folder / name).read_text(encoding="utf-8") == committed, name


def test_a_new_string_goes_into_the_chinese_file_and_every_language(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    shutil.copytree(translations.TRANSLATIONS, folder)
    monkeypatch.setattr(translations, "TRANSLATIONS", folder)
    monkeypatch.setattr(translations, "MASTER", folder / "habitat_zh_CN.ts")
    batch = tmp_path / "batch.txt"
    batch.write_text("@new Navigation\nen: Planted {count}\nzh: 种下 {count}\nfr: Planté {count}\n"
                     "es: Plantado {count}\nru: Посажено {count}\nar: مزروع {count}\n", encoding="utf-8")
    additions = translations.read_batch(batch)
    assert translations.add_to_master(additions) == 1
    assert translations.sync(additions) == {lang: [] for lang in translations.LANGUAGES}
    key = translations.message_key("Navigation", "Planted {count}")
    for lang in ("zh_CN", "fr", "ar"):
        found = {m.key: m for m in translations.read_ts(folder / f"habitat_{lang}.ts")}
        assert found[key].finished and "{count}" in found[key].translation
    # A translation that loses its placeholder is refused: the message stays unfinished.
    batch.write_text(f"@{key}\nfr: Planté\n", encoding="utf-8")
    assert translations.sync(translations.read_batch(batch))["fr"] == []
    found = {m.key: m for m in translations.read_ts(folder / "habitat_fr.ts")}
    assert found[key].translation == "Planté {count}"  # the earlier, good one is kept


def test_the_pseudo_language_lengthens_brackets_and_keeps_what_code_needs():
    text = translations.pseudo_text("&Export {count} record(s) to <b>{file}</b>")
    assert text.startswith("[") and text.endswith("]") and len(text) >= 1.4 * len("Export  record(s) to ")
    assert re.findall(r"\{\w+\}", text) == ["{count}", "{file}"] and "<b>" in text and "&" in text


@pytest.mark.parametrize("system, expected", [("fr_CA", "fr"), ("ar_EG", "ar"), ("ru_RU", "ru"), ("es_MX", "es"),
                                              ("zh_CN", "zh"), ("de_DE", "en"), ("en_US", "en")])
def test_the_first_start_speaks_the_systems_language(system, expected):
    assert i18n.system_language(QLocale(system)) == expected


def test_the_language_chosen_is_remembered_over_the_systems(monkeypatch):
    from desktop import settings as settings_module
    from desktop.settings import Settings

    monkeypatch.setattr(settings_module, "system_language", lambda locale=None: "es")
    settings = Settings()
    assert settings.language == "es"  # nothing chosen yet: the system's
    settings.language = "ar"
    assert Settings().language == "ar"


def test_the_language_menu_names_six_languages_each_in_itself(qtbot, window):
    names = [action.text() for action in window.language_actions.values()]
    assert names == ["العربية", "中文（简体）", "English", "Français", "Русский", "Español"]
    window.language_actions["ar"].trigger()
    assert window.lang == "ar" and window.isRightToLeft() and window.menuBar().actions()[0].text() == "&ملف"
    window.language_actions["en"].trigger()
    assert not window.isRightToLeft() and window.menuBar().actions()[0].text() == "&File"


def test_arabic_numbers_use_western_digits():
    i18n.install_language("ar")
    assert QLocale().toString(1234) in ("1,234", "1234")
