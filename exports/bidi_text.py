"""Right-to-left text in the PDF: Arabic shaped by HarfBuzz and ordered by the Unicode bidirectional
algorithm, drawn through reportlab's own shaped-text objects.

reportlab's right-to-left support needs ``rlbidi``, which is not installable here; without it the
words come out in the wrong order, without an error. So a paragraph holding right-to-left text (any
paragraph of the Arabic annex, and Arabic typed in any other language, such as an office name) is
laid out here:

1. the paragraph's markup is parsed by reportlab's own parser (bold, italic, superscripts, line breaks);
2. each character gets its bidi level (python-bidi's pure-Python ``bidi.algorithm``, rules P–I) and
   a font by script (Arabic, CJK or the document's serif), since reportlab has no glyph fallback;
3. lines are broken at spaces in logical order, before any reordering;
4. each line's runs are put in visual order (rule L2); Arabic runs are shaped by HarfBuzz with their
   direction set, other right-to-left runs (spaces, brackets) are reversed and mirrored here;
5. the shaped glyphs are drawn as reportlab ``ShapedStr`` text (``TJ`` arrays with HarfBuzz's
   positions). Each glyph is given a code of its own whose ToUnicode entry is the logical text it
   stands for, so that a PDF reader extracts base Arabic letters (U+0600–U+06FF), never
   presentation forms or private-use code points.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paraparser import ParaParser

from exports.pdf_fonts import has_cjk

# Explicit embeddings and isolates: dropped before the algorithm (levels then follow the text alone).
_EXPLICIT = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Where a line may break: after these (no-break spaces excluded on purpose).
_BREAKING_SPACES = " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"


# Codes such as 1.2.a or HSP/OECPR.2025/5 read left to right as a whole, even inside Arabic text
# (the algorithm alone would show "1.2.a" as "a.1.2"): their levels are found as if they were letters.
_LTR_CODES = re.compile(r"[A-Za-z]+(?:[./-][0-9A-Za-z]+)+|[0-9A-Za-z]+(?:[./-][0-9A-Za-z]+)*(?<=[A-Za-z])")


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew, ...)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@lru_cache(maxsize=50_000)
def bidi_levels(text: str, base_level: int | None = None) -> tuple[int, list[int]]:
    """The paragraph level and each character's embedding level (rules P2–I2 of UAX #9).

    ``base_level`` 1 forces a right-to-left paragraph, 0 left-to-right; None finds it from the first
    strong character."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text) if base_level is None else base_level
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels = [ch["level"] for ch in storage["chars"]]
    if len(levels) != len(text):  # characters outside the BMP on a narrow build: never on Python 3.3+
        levels = [base] * len(text)
    return base, levels


def mirrored(ch: str) -> str:
    from bidi.mirror import MIRRORED

    return MIRRORED.get(ch, ch)


# --- fonts: one per script, and glyph codes that extract as their logical text ----------------------

class ShapingFont(TTFont):
    """A TrueType font whose shaped glyphs carry their logical text into the PDF's ToUnicode map."""

    def __init__(self, name, filename, **kw):
        super().__init__(name, filename, **kw)
        self.glyph_codes: dict[tuple[int, str, float], int] = {}  # (glyph id, text, width) -> our code
        self.code_text: dict[int, str] = {}  # code -> the logical text its glyph stands for
        self._next_code = 0xF0000  # plane 15, private: never a character anyone typed here

    def code_for(self, gid: int, text: str, advance: float) -> int:
        """A code of our own for glyph ``gid`` standing for ``text``, ``advance`` wide (1/1000 em)."""
        key = (gid, text, advance)
        code = self.glyph_codes.get(key)
        if code is None:
            code = self._next_code
            self._next_code += 1
            face = self.face
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = advance
            self.glyph_codes[key] = code
            self.code_text[code] = text
        return code

    def addObjects(self, doc):
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self.code_text for code in subset):
                continue
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)
            if isinstance(stream, pdfdoc.PDFStream):
                stream.content = to_unicode_cmap(base_name, [self.code_text.get(c, chr(c)) for c in subset])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper() or "0020"


def to_unicode_cmap(font_name: str, texts: list[str]) -> str:
    """A ToUnicode CMap mapping code n to ``texts[n]`` (several characters where a glyph is a ligature)."""
    entries = [f"<{n:02X}> <{_utf16_hex(t)}>" for n, t in enumerate(texts)]
    chunks = [entries[i:i + 100] for i in range(0, len(entries), 100)]
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({font_name})", f"/Ordering ({font_name})", "/Supplement 0", ">> def",
             f"/CMapName /{font_name} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(texts) - 1:02X}>", "endcodespacerange"]
    for chunk in chunks:
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass
class FontSet:
    """The fonts of the document: ``serif`` family names by style, and the Arabic and CJK fonts."""

    arabic: str
    arabic_bold: str
    cjk: str
    bold_names: frozenset[str] = field(default_factory=frozenset)

    def for_char(self, ch: str, base: str) -> str | None:
        """The font for ``ch`` in a fragment set in ``base``; None for a neutral character (it follows its
        neighbours)."""
        if is_arabic(ch):
            return self.arabic_bold if base in self.bold_names else self.arabic
        if has_cjk(ch):
            return self.cjk
        if ch.isspace() or unicodedata.category(ch)[0] in "PSZ":
            return None
        return base


# --- layout --------------------------------------------------------------------------------------

@dataclass
class Piece:
    """A run of one fragment, font and level inside one word, ready to draw."""

    text: str  # logical order
    font: str
    size: float
    rise: float
    color: object
    level: int
    space: bool  # a breaking space between words
    cjk: bool = False  # a Chinese character: a line may break after it
    drawn: str = ""  # what is drawn: a ShapedStr (Arabic) or the characters in visual order
    width: float = 0.0


@lru_cache(maxsize=50_000)
def _shape(text: str, font_name: str, size: float, rtl: bool) -> tuple[ShapedStr, float]:
    """``text`` shaped by HarfBuzz in its direction: glyphs in visual order, as a reportlab ShapedStr.

    Cached: an annex repeats its words (units, qualifiers, office names) thousands of times; the
    glyph codes a result uses stay registered with its font for the life of the process."""
    import uharfbuzz as hb

    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(size)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    # The text each glyph stands for: its cluster's characters, given to the cluster's first glyph.
    starts = sorted({i.cluster for i in infos})
    ends = {start: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, start in enumerate(starts)}
    given: set[int] = set()
    glyphs = []  # (glyph id, text, advance, x offset, y advance, y offset, cluster), 1/1000 em, visual order
    for info, pos in zip(infos, positions):
        cluster = info.cluster
        part = text[cluster:ends[cluster]] if cluster not in given else ""
        given.add(cluster)
        glyphs.append((info.codepoint, part, font.pdfScale(pos.x_advance), font.pdfScale(pos.x_offset),
                       font.pdfScale(pos.y_advance), font.pdfScale(pos.y_offset), cluster))
    chars, data = [], []
    for n, (gid, part, advance, x_offset, y_advance, y_offset, cluster) in enumerate(glyphs):
        if len(part) == 1 and font.face.glyphToChar.get(gid, [None])[0] == ord(part) and not is_arabic(part):
            code = ord(part)  # a glyph the font maps from exactly this character: no code of our own
        else:
            # The glyph's width in the PDF: its own advance, widened to reach the next glyph where
            # HarfBuzz leaves a gap (Amiri moves a final reh away from a following tooth): a reader
            # would take the gap for a space between words. The pen still moves by HarfBuzz's advance.
            width = round(font.pdfScale(hb_font.get_glyph_h_advance(gid)))
            following = glyphs[n + 1][3] if n + 1 < len(glyphs) else 0
            width = max(width, round(advance + following - x_offset))
            code = font.code_for(gid, part or "\u200c", width)
        chars.append(chr(code))
        data.append(ShapeData(cluster, advance, y_advance, x_offset, y_offset,
                              font.face.charWidths.get(code, advance)))
    width = sum(d.x_advance for d in data) * size / 1000
    return ShapedStr("".join(chars), shapeData=data), width


def _prepare(piece: Piece, fonts: FontSet) -> None:
    rtl = piece.level % 2 == 1
    if piece.font in (fonts.arabic, fonts.arabic_bold):
        piece.drawn, piece.width = _shape(piece.text, piece.font, piece.size, rtl)
        return
    text = piece.text
    if rtl:  # neutrals in a right-to-left run: reversed, brackets mirrored
        text = "".join(mirrored(c) for c in reversed(text))
    piece.drawn = text
    piece.width = pdfmetrics.stringWidth(text, piece.font, piece.size)


def _pieces(frags, fonts: FontSet, base_level: int | None) -> tuple[int, list[list[Piece]]]:
    """The paragraph's hard lines (split at <br/>), each a list of pieces in logical order."""
    hard_lines: list[list[tuple[str, Any]]] = [[]]
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            hard_lines.append([])
            continue
        text = str(getattr(frag, "text", "")).translate(_EXPLICIT)
        text = text.replace("\n", " ").replace("\r", " ")
        if text:
            hard_lines[-1].append((text, frag))
    full = "".join(t for line in hard_lines for t, _ in line)
    base = base_level if base_level is not None else (bidi_levels(full)[0] if full.strip() else 0)
    result = []
    for line in hard_lines:
        text = "".join(t for t, _ in line)
        levels = bidi_levels(_LTR_CODES.sub(lambda m: "x" * len(m.group()), text), base)[1] if text else []
        # Characters with their fragment, font (neutrals take their neighbours') and level.
        owners = [frag for t, frag in line for _ in t]
        chosen: list[str | None] = [fonts.for_char(c, frag.fontName) for c, frag in zip(text, owners)]
        last = None
        for i, name in enumerate(chosen):
            if name is None:
                continue
            last = name
            for j in range(i - 1, -1, -1):  # neutrals before the first strong character
                if chosen[j] is not None:
                    break
                chosen[j] = name
        if last is None:
            chosen = [owners[i].fontName for i in range(len(text))]
        for i in range(len(chosen)):
            if chosen[i] is None:
                chosen[i] = chosen[i - 1]
        pieces: list[Piece] = []
        for i, ch in enumerate(text):
            frag = owners[i]
            space = ch in _BREAKING_SPACES
            size = frag.fontSize
            rise = getattr(frag, "rise", 0) or 0
            prev = pieces[-1] if pieces else None
            if (prev is not None and not space and not prev.space and prev.font == chosen[i]
                    and prev.level == levels[i] and prev.size == size and prev.rise == rise
                    and prev.color is frag.textColor):
                prev.text += ch
                continue
            if prev is not None and space and prev.space:
                continue  # spaces collapse, as in reportlab's paragraphs
            pieces.append(Piece(ch, chosen[i] or frag.fontName, size, rise, frag.textColor, levels[i], space))
        # A line may break between any two Chinese characters: each is a word of its own.
        pieces = [part for piece in pieces for part in _cjk_split(piece, fonts)]
        for piece in pieces:
            _prepare(piece, fonts)
        result.append(pieces)
    return base, result


def _cjk_split(piece: Piece, fonts: FontSet) -> list[Piece]:
    if piece.font != fonts.cjk or piece.space or len(piece.text) < 2:
        return [piece]
    return [Piece(ch, piece.font, piece.size, piece.rise, piece.color, piece.level, False, cjk=True)
            for ch in piece.text]


def _break(pieces: list[Piece], widths: list[float]) -> list[list[Piece]]:
    """Greedy line breaking in logical order at breaking spaces; ``widths[n]`` is line n's width."""
    words: list[list[Piece]] = []
    current: list[Piece] = []
    for piece in pieces:
        current.append(piece)
        if piece.space or piece.cjk:
            words.append(current)
            current = []
    if current:
        words.append(current)
    lines: list[list[Piece]] = [[]]
    used = 0.0
    for word in words:
        body = sum(p.width for p in word if not p.space)
        trailing = sum(p.width for p in word if p.space)
        limit = widths[min(len(lines) - 1, len(widths) - 1)]
        if lines[-1] and used + body > limit + 1e-6:
            lines.append([])
            used = 0.0
        lines[-1].extend(word)
        used += body + trailing
    return lines


def visual_order(line: list[Piece], base: int) -> list[Piece]:
    """Rule L1 (trailing spaces at the paragraph level, left out) and L2 (reverse runs from the
    highest level down to the lowest odd one)."""
    line = list(line)
    while line and line[-1].space:
        line.pop()
    while line and line[0].space:
        line.pop(0)
    if not line:
        return []
    levels = [p.level for p in line]
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    lowest_odd = min(lowest_odd, highest if highest % 2 else highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(line):
            if line[i].level >= level:
                j = i
                while j < len(line) and line[j].level >= level:
                    j += 1
                line[i:j] = line[i:j][::-1]
                i = j
            else:
                i += 1
    return line


def _no_first_indent(style):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_rest", parent=style, firstLineIndent=0)


class BidiParagraph(Flowable):
    """A paragraph of mixed-direction text (paragraph markup as reportlab's ``Paragraph`` takes it)."""

    def __init__(self, text: str, style, fonts: FontSet, *, rtl: bool | None = None, mirror: bool | None = None,
                 _lines=None, _fixed=None):
        """``rtl``: the paragraph's direction (None: from its first strong character); ``mirror``: whether
        the style's alignment and indents are mirrored (default: when the paragraph is right to left)."""
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self.rtl = rtl
        self.mirror = mirror
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        if _lines is None:
            _, frags, _ = ParaParser().parse(text, style)
            self.base, self._hard = _pieces(frags or [], fonts, None if rtl is None else int(rtl))
        else:
            self.base, self._hard = _lines
        self._fixed = _fixed  # lines already broken (the parts of a split paragraph)
        self.lines: list[list[Piece]] = []
        self._width = 0.0

    def _indents(self) -> tuple[float, float]:
        """(start, end) indents: the style's left indent is at the start of the line, right when RTL."""
        return self.style.leftIndent, self.style.rightIndent

    def wrap(self, availWidth, availHeight):
        start, end = self._indents()
        first = availWidth - start - end - self.style.firstLineIndent
        rest = availWidth - start - end
        self.lines = []
        for pieces in ([] if self._fixed is not None else self._hard):
            widths = [first if not self.lines else rest, rest]
            self.lines += _break(pieces, widths) if pieces else [[]]
        if self._fixed is not None:
            self.lines = self._fixed
        self._width = availWidth
        self.height = len(self.lines) * self.style.leading
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(self.lines):
            return [] if fits <= 0 else [self]
        head, tail = self.lines[:fits], self.lines[fits:]
        first = BidiParagraph(self.text, self.style, self.fonts, rtl=self.rtl, _lines=(self.base, []), _fixed=head,
                              mirror=self.mirror)
        first.spaceAfter = 0
        rest = BidiParagraph(self.text, self.style, self.fonts, rtl=self.rtl, _lines=(self.base, []), _fixed=tail,
                             mirror=self.mirror)
        rest.spaceBefore = 0
        if rest.style.firstLineIndent:
            rest.style = _no_first_indent(rest.style)
        return [first, rest]

    def draw(self):
        canvas = self.canv
        style = self.style
        start, end = self._indents()
        rtl = self.base % 2 == 1 if self.mirror is None else self.mirror
        alignment = style.alignment
        if rtl and alignment in (TA_LEFT, TA_JUSTIFY):
            alignment = TA_RIGHT
        elif rtl and alignment == TA_RIGHT:
            alignment = TA_LEFT
        # The first baseline: half the extra leading above the line, and about a fifth of the size for descenders.
        y = self.height - style.leading + (style.leading - style.fontSize) / 2 + 0.22 * style.fontSize
        for n, line in enumerate(self.lines):
            shown = visual_order(line, self.base)
            total = sum(p.width for p in shown)
            indent = style.firstLineIndent if n == 0 else 0
            left = end if rtl else start + indent
            right = self._width - (start + indent if rtl else end)
            if alignment == TA_RIGHT:
                x = right - total
            elif alignment == TA_CENTER:
                x = left + (right - left - total) / 2
            else:
                x = left
            text = canvas.beginText(x, y)  # one text object a line, its font and colour set as they change
            font = color = None
            for piece in shown:
                if not piece.space:
                    text.setTextOrigin(x, y + piece.rise)
                    if font != (piece.font, piece.size):
                        font = (piece.font, piece.size)
                        text.setFont(piece.font, piece.size)
                    if color is not piece.color:
                        color = piece.color
                        text.setFillColor(piece.color)
                    text.textOut(piece.drawn)
                x += piece.width
            canvas.drawText(text)
            y -= style.leading
