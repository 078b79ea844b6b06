"""Keep the UI translations of every language in step with the Chinese one.

``resources/translations/habitat_zh_CN.ts`` lists every message of the app (each engineer adds a
string there with its Chinese translation; tests fail otherwise). This tool writes the other
languages' ``.ts`` with the same contexts and sources, in the same order, keeping the translations
they already hold and taking new ones from batch files; a message without one is written
``unfinished`` (and the tests name it)::

    python -m tools.translations                      # sync; print what is missing per language
    python -m tools.translations --missing todo.txt   # ... and write the missing ones to translate
    python -m tools.translations --add batch.txt      # take translations from a batch file

A batch file holds blocks: ``@KEY`` (the message's key, as ``--missing`` writes it), then one
line per language, ``fr: texte``; ``\\n`` stands for a line break. A string new to the app is
added by a block ``@new CONTEXT`` with its ``en:`` source and a ``zh:`` line among the others: it
goes into the Chinese file too. The pseudo-language for the
screen tests (``pseudo_translation``) is generated here too and never shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
MASTER = TRANSLATIONS / "habitat_zh_CN.ts"
# Languages filled by this tool: code -> the Qt locale name in the .ts file's name and header.
LANGUAGES = {"ar": "ar", "es": "es", "fr": "fr", "ru": "ru"}

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
MARKUP = re.compile(r"<[^>]+>|&[a-z]+;")


@dataclass
class Message:
    context: str
    source: str
    translation: str = ""
    finished: bool = True

    @property
    def key(self) -> str:
        return message_key(self.context, self.source)


def message_key(context: str, source: str) -> str:
    """A short, stable name for a message (its context and source)."""
    return hashlib.sha1(f"{context}\x00{source}".encode()).hexdigest()[:10]


def read_ts(path: Path) -> list[Message]:
    """The messages of a ``.ts`` file, in file order (vanished and obsolete ones left out)."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (translation.text or "") if translation is not None else ""
            found.append(Message(name, message.findtext("source") or "", text,
                                 kind != "unfinished" and bool(text.strip())))
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"habitat_{LANGUAGES[lang]}.ts"


def write_ts(path: Path, locale: str, messages: list[Message]) -> None:
    """Write ``messages`` grouped by context, in the layout of the committed files."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{locale}">']
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name, items in contexts.items():
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for item in items:
            lines += ["    <message>", f"        <source>{_xml(item.source)}</source>"]
            if item.finished:
                lines.append(f"        <translation>{_xml(item.translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    text = "\n".join(lines) + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def read_batch(path: Path) -> dict[str, dict[str, str]]:
    """``{key: {lang: text}}`` from a batch file (see the module's docstring); a new string's entry
    also holds ``context`` and ``en`` (its source)."""
    found: dict[str, dict[str, str]] = {}
    key = None
    blocks = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            words = line[1:].split()
            blocks += 1
            key = f"new {blocks}" if words[0] == "new" else words[0]
            found[key] = {"context": words[1]} if words[0] == "new" else found.get(key, {})
            continue
        lang, sep, text = line.partition(":")
        if key is None or not sep or lang.strip() not in (*LANGUAGES, "en", "zh"):
            raise ValueError(f"{path}, line {number}: expected '@key' or 'xx: text', found {line!r}")
        found[key][lang.strip()] = text.strip().replace("\\n", "\n")
    # New strings are named by their key from here on.
    return {message_key(v["context"], v["en"]) if k.startswith("new ") else k: v for k, v in found.items()}


def add_to_master(additions: dict[str, dict[str, str]]) -> int:
    """Put the new strings among ``additions`` (with their Chinese) into the Chinese file, at the end
    of their context, leaving the rest of the file as it is; returns how many."""
    known = {m.key for m in read_ts(MASTER)}
    text = MASTER.read_text(encoding="utf-8")
    added = 0
    for key, texts in additions.items():
        if "en" not in texts or key in known:
            continue
        if not texts.get("zh"):
            raise ValueError(f"the new string {texts['en']!r} has no Chinese translation")
        block = (f"    <message>\n        <source>{_xml(texts['en'])}</source>\n"
                 f"        <translation>{_xml(texts['zh'])}</translation>\n    </message>\n")
        name = f"    <name>{escape(texts['context'])}</name>\n"
        at = text.find(name)
        if at < 0:
            end = text.rindex("</TS>")
            text = text[:end] + f"<context>\n{name}{block}</context>\n" + text[end:]
        else:
            end = text.index("</context>", at)
            text = text[:end] + block + text[end:]
        known.add(key)
        added += 1
    if added:
        MASTER.write_text(text, encoding="utf-8")
    return added


def problems(source: str, translation: str) -> list[str]:
    """What a translation breaks: its placeholders must be the source's (so that ``format`` works)."""
    wrong = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        wrong.append(f"placeholders {sorted(PLACEHOLDER.findall(translation))}, "
                     f"source has {sorted(PLACEHOLDER.findall(source))}")
    if source.count("{") != translation.count("{"):
        wrong.append("braces differ from the source's")
    return wrong


def sync(additions: dict[str, dict[str, str]] | None = None) -> dict[str, list[Message]]:
    """Write every language's ``.ts`` from the master's messages; returns the missing per language."""
    additions = additions or {}
    master = read_ts(MASTER)
    missing: dict[str, list[Message]] = {}
    for lang, locale in LANGUAGES.items():
        path = ts_path(lang)
        have = {(m.context, m.source): m for m in read_ts(path)} if path.exists() else {}
        written = []
        for message in master:
            old = have.get((message.context, message.source))
            text = additions.get(message.key, {}).get(lang, "")
            bad = problems(message.source, text) if text else []
            if bad:  # refused: the translation held before (if any) stays
                print(f"{lang} {message.key} {message.source!r}: {'; '.join(bad)}", file=sys.stderr)
            if not text or bad:
                text = old.translation if old and old.finished and not problems(message.source, old.translation) else ""
            written.append(Message(message.context, message.source, text, bool(text)))
        write_ts(path, locale, written)
        missing[lang] = [m for m in written if not m.finished]
    return missing


def pseudo_text(source: str) -> str:
    """A source made 40 % longer and bracketed, placeholders, markup and access keys kept intact:
    text cut at an edge, or left in English, shows at once."""
    if not source.strip():
        return source
    pieces = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]+>|&[a-z]+;|\n)", source)
    letters = sum(len(p) for p in pieces[::2])
    # In short runs: a long text stays wrappable, as a translation's words are.
    padding = ("~~~~ " * letters)[:max(1, round(letters * 0.4))].rstrip()
    # Accented letters where the source has plain ones: a string left in English stays recognisable
    # but is never mistaken for a translated one.
    table = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")
    body = "".join(p if i % 2 else p.translate(table) for i, p in enumerate(pieces))
    return f"[{body}{padding}]"


def pseudo_translation(path: Path) -> Path:
    """Write the pseudo-language's ``.ts`` (every master message, pseudo-translated) to ``path``."""
    write_ts(path, "en_GB", [Message(m.context, m.source, pseudo_text(m.source)) for m in read_ts(MASTER)])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", type=Path, action="append", default=[], help="a batch file of translations")
    parser.add_argument("--missing", type=Path, help="write the messages still missing here, to translate")
    args = parser.parse_args(argv)
    additions: dict[str, dict[str, str]] = {}
    for batch in args.add:
        for key, texts in read_batch(batch).items():
            additions.setdefault(key, {}).update(texts)
    add_to_master(additions)
    missing = sync(additions)
    for lang, messages in missing.items():
        print(f"{lang}: {len(messages)} missing")
    if args.missing:
        keys: dict[str, Message] = {}
        for messages in missing.values():
            for message in messages:
                keys.setdefault(message.key, message)
        args.missing.write_text("".join(f"@{m.key} [{m.context}] {m.source!r}\n" for m in keys.values()),
                                encoding="utf-8")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
