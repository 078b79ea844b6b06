"""The annex as a PDF laid out like a UN parliamentary document (reportlab), in six languages.

Fonts are TrueType and embedded, so every script shows on any viewer and text can be extracted:
Latin and Cyrillic text in a Times-like serif, Chinese runs in a CJK font, Arabic in Amiri, chosen
run by run because reportlab has no glyph fallback of its own. Arabic, and every paragraph of the
Arabic annex, is laid out by ``exports.bidi_text`` (shaping, bidirectional order); the Arabic annex's
tables are mirrored, their first column on the right. Everything typed by users is escaped before
it reaches reportlab's paragraph markup.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, LayoutError, CondPageBreak, Frame, KeepTogether, LongTable,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from db.progress import Progress, report
from exports import document
from exports.aggregate import Annex, ExportError, IndicatorResult
from exports.bidi_text import BidiParagraph, FontSet, ShapingFont, has_rtl
from exports.document import DocumentSettings, is_rtl, labels
from exports.figures import pdf_figures
from exports.numbers import format_value
from exports.pdf_fonts import ARABIC, ARABIC_BOLD, CJK, SERIF, has_cjk, markup

# The standalone build ships its fonts in resources/fonts (see packaging/): they come first, so that
# the PDF looks the same on every laptop. A source checkout has no such folder.
_FONT_DIRS = [Path(str(resources.files("resources") / "fonts")), Path("/usr/share/fonts/truetype"),
              Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
              Path("C:/Windows/Fonts"), Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
# Families in order of preference: (regular, bold, italic, bold italic) file names.
_SERIF_FAMILIES = [
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
     "LiberationSerif-BoldItalic.ttf"),
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
     "Times New Roman Bold Italic.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
]
# TrueType CJK fonts reportlab can embed (CFF-based Noto CJK it cannot): WenQuanYi Micro Hei, shipped in
# resources/fonts, first.
_CJK_FONTS = [("WenQuanYiMicroHei.ttf", 0), ("wqy-microhei.ttc", 0), ("wqy-zenhei.ttc", 0),
              ("simsun.ttc", 0), ("msyh.ttc", 0), ("Arial Unicode.ttf", 0)]
# Arabic fonts with Latin letters, digits and brackets too (Noto Naskh Arabic has none: boxes), shipped.
_ARABIC_FONTS = [("Amiri-Regular.ttf", "Amiri-Bold.ttf")]


def _find(name: str) -> Path | None:
    for folder in _FONT_DIRS:
        if not folder.is_dir():
            continue
        direct = folder / name
        if direct.is_file():
            return direct
        for found in folder.rglob(name):
            return found
    return None


_registered = False


def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    global _registered
    if _registered:
        return
    for family in _SERIF_FAMILIES:
        regular = _find(family[0])
        if regular is None:
            continue
        paths = [_find(name) or regular for name in family]
        names = [SERIF, f"{SERIF}-Bold", f"{SERIF}-Italic", f"{SERIF}-BoldItalic"]
        for name, path in zip(names, paths):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(SERIF, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])
        break
    else:
        raise ExportError.of("export_font_missing", font="Liberation Serif", package="fonts-liberation2")
    for name, index in _CJK_FONTS:
        found = _find(name)
        if found is not None:
            pdfmetrics.registerFont(TTFont(CJK, str(found), subfontIndex=index))
            pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
            break
    else:
        raise ExportError.of("export_font_missing", font="WenQuanYi Micro Hei", package="fonts-wqy-microhei")
    for regular_name, bold_name in _ARABIC_FONTS:
        regular = _find(regular_name)
        if regular is not None:
            pdfmetrics.registerFont(ShapingFont(ARABIC, str(regular)))
            pdfmetrics.registerFont(ShapingFont(ARABIC_BOLD, str(_find(bold_name) or regular)))
            break
    else:
        raise ExportError.of("export_font_missing", font="Amiri", package="fonts-hosny-amiri")
    _registered = True


FONTS = FontSet(arabic=ARABIC, arabic_bold=ARABIC_BOLD, cjk=CJK,
                bold_names=frozenset({f"{SERIF}-Bold", f"{SERIF}-BoldItalic", ARABIC_BOLD}))


class Styles:
    """Paragraph styles of the document; a CJK twin of each wraps between any two characters."""

    def __init__(self, lang: str):
        base = dict(fontName=SERIF, fontSize=10, leading=12)
        self.lang = lang
        self._styles = {
            "body": ParagraphStyle("body", **base, spaceAfter=6),
            "masthead_un": ParagraphStyle("masthead_un", **{**base, "fontSize": 16, "leading": 19}),
            "masthead_symbol": ParagraphStyle("masthead_symbol", fontName=f"{SERIF}-Bold", fontSize=16,
                                              leading=19, alignment=TA_RIGHT),
            "masthead_organ": ParagraphStyle("masthead_organ", **{**base, "fontName": f"{SERIF}-Bold",
                                                                  "fontSize": 12, "leading": 14.5}),
            "masthead_distr": ParagraphStyle("masthead_distr", **base),
            "bold": ParagraphStyle("bold", **{**base, "fontName": f"{SERIF}-Bold"}),
            "small": ParagraphStyle("small", **{**base, "fontSize": 8.5, "leading": 10}),
            "title": ParagraphStyle("title", fontName=f"{SERIF}-Bold", fontSize=15, leading=18,
                                    leftIndent=18 * mm, spaceBefore=14, spaceAfter=8),
            "subtitle": ParagraphStyle("subtitle", fontName=f"{SERIF}-Bold", fontSize=12, leading=15,
                                       leftIndent=18 * mm, spaceAfter=14),
            "annex": ParagraphStyle("annex", fontName=f"{SERIF}-Bold", fontSize=12, leading=15,
                                    spaceAfter=2),
            "annex_title": ParagraphStyle("annex_title", fontName=f"{SERIF}-Bold", fontSize=12,
                                          leading=15, spaceAfter=10),
            "h1": ParagraphStyle("h1", fontName=f"{SERIF}-Bold", fontSize=10.5, leading=13,
                                 spaceBefore=8, spaceAfter=4),
            "h2": ParagraphStyle("h2", fontName=f"{SERIF}-BoldItalic", fontSize=10, leading=12.5,
                                 spaceBefore=6, spaceAfter=3),
            "narrative": ParagraphStyle("narrative", **{**base, "leftIndent": 10 * mm}, spaceAfter=5),
            "note": ParagraphStyle("note", fontName=SERIF, fontSize=8, leading=9.6, leftIndent=4 * mm,
                                   firstLineIndent=-4 * mm, spaceAfter=2),
            "note_plain": ParagraphStyle("note_plain", fontName=SERIF, fontSize=8, leading=9.6,
                                         leftIndent=4 * mm, spaceAfter=2),
            "cell": ParagraphStyle("cell", fontName=SERIF, fontSize=8, leading=9.4),
            "cell_head": ParagraphStyle("cell_head", fontName=f"{SERIF}-Italic", fontSize=8, leading=9.4),
            "cell_num": ParagraphStyle("cell_num", fontName=SERIF, fontSize=8, leading=9.4, alignment=TA_RIGHT),
            "cell_num_bold": ParagraphStyle("cell_num_bold", fontName=f"{SERIF}-Bold", fontSize=8,
                                            leading=9.4, alignment=TA_RIGHT),
            "cell_head_num": ParagraphStyle("cell_head_num", fontName=f"{SERIF}-Italic", fontSize=8,
                                            leading=9.4, alignment=TA_RIGHT),
            "cell_head_center": ParagraphStyle("cell_head_center", fontName=f"{SERIF}-Italic", fontSize=8,
                                               leading=9.4, alignment=TA_CENTER),
            "cell_domain": ParagraphStyle("cell_domain", fontName=f"{SERIF}-Bold", fontSize=8.5, leading=10),
            "cell_outcome": ParagraphStyle("cell_outcome", fontName=f"{SERIF}-BoldItalic", fontSize=8,
                                           leading=9.6),
        }
        self._cjk: dict[str, ParagraphStyle] = {}
        self.rtl = is_rtl(lang)
        if self.rtl:  # Arabic letters are smaller for their size than Latin ones, with tall marks
            for st in self._styles.values():
                st.fontSize = round(st.fontSize * 1.12, 2)
                st.leading = round(st.fontSize * 1.45, 2)

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self._styles[name]

    def para(self, text: str, style: str, *, raw: bool = False):
        """A paragraph of ``text`` (escaped unless ``raw``), wrapping Chinese where it appears; laid out
        right to left, shaped, for the Arabic annex and for any text holding Arabic."""
        st = self._styles[style]
        if self.rtl:
            # Text without Arabic (a code such as 1.1.a, a Latin name) keeps its own order, set from the right.
            return BidiParagraph(text if raw else markup(text), st, FONTS, rtl=has_rtl(text), mirror=True)
        if has_rtl(text):  # Arabic typed in another language's annex: embedded in a left-to-right line
            return BidiParagraph(text if raw else markup(text), st, FONTS, rtl=False)
        if self.lang == "zh" or has_cjk(text):
            st = self._cjk.get(style)
            if st is None:
                st = self._cjk[style] = ParagraphStyle(f"{style}_cjk", parent=self._styles[style],
                                                       wordWrap="CJK")
        return Paragraph(text if raw else markup(text), st)


class AnnexDocument(BaseDocTemplate):
    """Page furniture: the first page carries the job number, the others the symbol and page number."""

    def __init__(self, target, settings: DocumentSettings, progress: Progress | None, **kw):
        # Every page starts in our serif: reportlab's default, Helvetica, would be named in the file
        # without being embedded.
        super().__init__(target, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                         topMargin=20 * mm, bottomMargin=20 * mm, initialFontName=SERIF, **kw)
        self.settings = settings
        self.progress = progress
        portrait = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="portrait")
        lw, lh = landscape(A4)
        wide = Frame(16 * mm, 18 * mm, lw - 32 * mm, lh - 36 * mm, id="landscape")
        self.addPageTemplates([
            PageTemplate("first", [portrait], onPage=self._first_page, pagesize=A4),
            PageTemplate("portrait", [portrait], onPage=self._later_page, pagesize=A4),
            PageTemplate("landscape", [wide], onPage=self._later_page, pagesize=landscape(A4)),
        ])
        self.wide_width = lw - 32 * mm

    def _watermark(self, canvas) -> None:
        """Across every page of a working draft: the mark in English and in the document's language
        (English: in Chinese), large and pale."""
        if not self.settings.working_draft:
            return
        width, height = canvas._pagesize
        pale, dark = colors.Color(0.75, 0.1, 0.1, alpha=0.22), colors.Color(0.6, 0.1, 0.1)
        canvas.saveState()
        canvas.setFillColor(pale)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        lang = self.settings.lang
        second = "zh" if lang in ("en", "zh") else lang  # English and the document's language
        canvas.setFont(f"{SERIF}-Bold", 34)
        canvas.drawCentredString(0, 12, document.WATERMARK["en"])
        if second == "zh":
            canvas.setFont(CJK, 34)
            canvas.drawCentredString(0, -34, document.WATERMARK["zh"])
        else:
            _draw_line(canvas, 0, -34, document.WATERMARK[second], f"{SERIF}-Bold", 34, pale)
        if self.settings.provisional_plan:  # in English and the second language, below the mark
            canvas.setFont(f"{SERIF}-Bold", 34)
            canvas.drawCentredString(0, -80, document.PROVISIONAL_MARK["en"])
            if second == "zh":
                canvas.setFont(CJK, 34)
                canvas.drawCentredString(0, -126, document.PROVISIONAL_MARK["zh"])
            else:
                _draw_line(canvas, 0, -126, document.PROVISIONAL_MARK[second], f"{SERIF}-Bold", 34, pale)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.6, 0.1, 0.1))
        mark = document.watermark(lang, self.settings.provisional_plan)
        if lang in ("en", "zh"):
            canvas.setFont(CJK, 8)  # the Chinese font has Latin letters too: one string, one font
            canvas.drawCentredString(width / 2, height - 8 * mm, mark)
        else:
            _draw_line(canvas, width / 2, height - 8 * mm, mark, SERIF, 8, dark)
        canvas.restoreState()

    def _first_page(self, canvas, doc) -> None:
        self._watermark(canvas)
        canvas.saveState()
        canvas.setFont(SERIF, 8)
        canvas.drawString(self.leftMargin, 12 * mm, self.settings.job_number)
        canvas.restoreState()
        report(self.progress, doc.page, None, "Laying out pages")

    def _later_page(self, canvas, doc) -> None:
        width, height = canvas._pagesize
        margin = 16 * mm if width > height else self.leftMargin
        odd = doc.page % 2 == 1
        self._watermark(canvas)
        canvas.saveState()
        canvas.setFont(f"{SERIF}-Bold", 9)
        # UN documents put the symbol and page number on the outer edge: right on odd pages.
        if odd:
            canvas.drawRightString(width - margin, height - 12 * mm, self.settings.symbol)
        else:
            canvas.drawString(margin, height - 12 * mm, self.settings.symbol)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.4)
        canvas.line(margin, height - 13.5 * mm, width - margin, height - 13.5 * mm)
        canvas.setFont(SERIF, 9)
        if odd:
            canvas.drawRightString(width - margin, 10 * mm, str(doc.page))
        else:
            canvas.drawString(margin, 10 * mm, str(doc.page))
        canvas.restoreState()
        report(self.progress, doc.page, None, "Laying out pages")


def _draw_line(canvas, x_centre: float, y: float, text: str, font: str, size: float, color) -> None:
    """One line centred on ``x_centre``, in any script and direction (the watermark)."""
    style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size * 1.2, alignment=TA_CENTER,
                           textColor=color)
    para = BidiParagraph(markup(text), style, FONTS)
    width = 2000
    para.wrapOn(canvas, width, 1000)
    para.drawOn(canvas, x_centre - width / 2, y - para.height + size)


def mirror_table(rows: list, widths: list, style: list) -> tuple[list, list, list]:
    """A table read from the right: each row's cells, the column widths and the style's column
    ranges reversed; left and right paddings exchanged."""
    ncol = len(widths)

    def col(c: int) -> int:
        return ncol - 1 - (c if c >= 0 else ncol + c)

    mirrored_rows = [list(reversed(row)) for row in rows]
    mirrored_style = []
    for command in style:
        name, (c0, r0), (c1, r1), *rest = command
        name = {"LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}.get(name, name)
        a, b = col(c0), col(c1)
        if name == "SPAN" and a != b:  # a spanned cell shows what its first (now leftmost) cell holds
            for r in range(r0 if r0 >= 0 else len(rows) + r0, (r1 if r1 >= 0 else len(rows) + r1) + 1):
                row = mirrored_rows[r]
                row[b], row[a] = row[a], row[b]
        mirrored_style.append((name, (min(a, b), r0), (max(a, b), r1), *rest))
    return mirrored_rows, list(reversed(widths)), mirrored_style


def _table(rows: list, widths: list, style: list, rtl: bool, *, long: bool = False, **kw):
    if rtl:
        rows, widths, style = mirror_table(rows, widths, style)
    table = (LongTable if long else Table)(rows, colWidths=widths, **kw)
    table.setStyle(TableStyle(style))
    return table


def _masthead(settings: DocumentSettings, styles: Styles, width: float) -> list:
    text = labels(settings.lang)
    s = settings
    rtl = styles.rtl
    # The symbol is Latin: in the Arabic version it stands on the left, in its own direction.
    symbol = (Paragraph(escape(_short(s.symbol)), ParagraphStyle("symbol_ltr", parent=styles["masthead_symbol"],
                                                                 alignment=0))
              if rtl else styles.para(_short(s.symbol), "masthead_symbol"))
    top = _table(
        [[styles.para(_short(s.united_nations), "masthead_un"), symbol]],
        [width * 0.55, width * 0.45], [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # plain-text cells, even empty ones: not Helvetica
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ], rtl)
    distr = [text["distr"], _short(s.date), ""]
    if s.language_name and s.language_name != s.original:
        distr.append(_short(s.language_name))
    distr.append(text["original"].format(language=_short(s.original)))
    # The distribution line stays in English in the Arabic version: set left to right, on the left.
    distr_text = "<br/>".join(escape(x) for x in distr)
    distr_para = (Paragraph(distr_text, styles["masthead_distr"]) if rtl and not has_rtl(distr_text)
                  else styles.para(distr_text, "masthead_distr", raw=True))
    block = _table(
        [[styles.para(_short(s.organ), "masthead_organ"), distr_para]],
        [width * 0.62, width * 0.38], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("LINEBELOW", (0, 0), (-1, 0), 2.2, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ], rtl)
    session = [styles.para(s.committee, "bold"), styles.para(s.session, "body"),
               styles.para(s.place_dates, "body"), styles.para(s.agenda_item, "body"),
               styles.para(s.agenda_title, "bold")]
    return [top, block, Spacer(1, 8), *session, styles.para(s.title, "title"),
            styles.para(s.subtitle, "subtitle")]


def _num(result: IndicatorResult, cell, lang: str) -> str:
    return format_value(cell.value, result.rule, cell.qualifier, lang)


def _annex1(annex: Annex, settings: DocumentSettings, styles: Styles, width: float) -> list:
    lang = settings.lang
    text = labels(lang)
    years = annex.years
    marks = {rule: chr(ord("a") + n) for n, rule in enumerate(document.used_rules(annex))}
    fixed = {"code": 13 * mm, "unit": 20 * mm, "year": 19 * mm, "total": 30 * mm, "offices": 13 * mm,
             "countries": 15 * mm}
    if lang not in ("en", "zh"):  # "Отделения", "Bureaux", "المكاتب" and longer qualifiers
        fixed.update(offices=17 * mm, unit=22 * mm)
    name_width = width - (fixed["code"] + fixed["unit"] + fixed["year"] * len(years) + fixed["total"]
                          + fixed["offices"] + fixed["countries"])
    widths = [fixed["code"], name_width, fixed["unit"], *[fixed["year"]] * len(years), fixed["total"],
              fixed["offices"], fixed["countries"]]
    ncol = len(widths)
    y0, y1 = 3, 3 + len(years) - 1
    head = [styles.para(text["code"], "cell_head"), styles.para(text["indicator"], "cell_head"),
            styles.para(text["unit"], "cell_head"),
            styles.para(text["results_by_year"], "cell_head_center"), *[""] * (len(years) - 1),
            styles.para(f"{text['total']} {annex.period}", "cell_head_num"),
            styles.para(text["offices"], "cell_head_num"), styles.para(text["countries"], "cell_head_num")]
    head2 = ["", "", "", *[styles.para(str(y), "cell_head_num") for y in years], "", "", ""]
    rows = [head, head2]
    style = [
        ("SPAN", (y0, 0), (y1, 0)),
        *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, y1 + 1, y1 + 2, y1 + 3)],
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (y0, 0), (y1, 0), 0.4, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for item in document.outline(annex):
        n = len(rows)
        if item[0] in ("domain", "outcome"):
            kind, code, name = item
            label = name.get(lang) if name else code
            shown = label if code == "E" else f"{code}. {label}"
            rows.append([styles.para(shown, "cell_domain" if kind == "domain" else "cell_outcome"),
                         *[""] * (ncol - 1)])
            style.append(("SPAN", (0, n), (-1, n)))
            if kind == "domain":
                style.append(("BACKGROUND", (0, n), (-1, n), colors.Color(0.9, 0.9, 0.9)))
                style.append(("TOPPADDING", (0, n), (-1, n), 3))
            continue
        result = item[1]
        name = markup(document.indicator_name(result, lang)) + f"<super>{marks[result.rule]}</super>"
        rows.append([
            styles.para(result.code, "cell"), styles.para(name, "cell", raw=True),
            styles.para(document.unit_label(annex.framework, result.unit, lang), "cell"),
            *[styles.para(_num(result, result.by_year[y], lang), "cell_num") for y in years],
            styles.para(_num(result, result.total, lang), "cell_num_bold"),
            styles.para(str(len(result.offices)) if result.reported else "", "cell_num"),
            styles.para(str(len(result.countries)) if result.reported else "", "cell_num"),
        ])
        style.append(("LINEBELOW", (0, n), (-1, n), 0.25, colors.Color(0.75, 0.75, 0.75)))
    style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8, colors.black))
    table = _table(rows, widths, style, styles.rtl, long=True, repeatRows=2, splitByRow=1)
    flow = [table, Spacer(1, 6), styles.para(text["notes"], "cell_head")]
    used = document.used_rules(annex)
    all_notes = document.notes(annex, lang)
    for n, note in enumerate(all_notes):
        if n < len(used):
            flow.append(styles.para(f"<super>{marks[used[n]]}</super> {markup(note)}", "note", raw=True))
        else:
            flow.append(styles.para(note, "note_plain"))
    return flow


OFFICES_PER_ROW = 8
NAME_LIMIT = 120


def _short(text: str) -> str:
    """User text cut to a length a table cell can hold on one page."""
    text = str(text)
    return text if len(text) <= NAME_LIMIT else text[:NAME_LIMIT - 1] + "…"


def _annex2(annex: Annex, settings: DocumentSettings, styles: Styles, width: float) -> list:
    lang = settings.lang
    text = labels(lang)
    widths = [13 * mm, None, 20 * mm, 30 * mm, None]
    rest = width - (13 + 20 + 30) * mm
    widths[1], widths[4] = rest * 0.42, rest * 0.58
    head = [styles.para(text["code"], "cell_head"), styles.para(text["indicator"], "cell_head"),
            styles.para(text["unit"], "cell_head"),
            styles.para(f"{text['total']} {annex.period}", "cell_head_num"),
            styles.para(text["by_office"], "cell_head")]
    rows = [head]
    style = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (4, 0), (4, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    names = {o.code: _short(o.name) for o in annex.offices}
    colon, semicolon, comma = document.punctuation(lang)
    for region in annex.regions():
        offices = annex.offices_in(region)
        codes = {o.code for o in offices}
        block = []
        for result in annex.results:
            cell = result.by_region.get(region)
            if cell is None or cell.value is None:
                continue
            parts = [f"{names.get(code, code) if len(codes) == 1 else _short(code)}{colon}"
                     f"{_num(result, result.by_office[code], lang)}"
                     for code in sorted(codes) if code in result.by_office
                     and result.by_office[code].value is not None]
            # A row must fit on a page: many offices continue on rows of their own.
            chunks = [parts[i:i + OFFICES_PER_ROW] for i in range(0, len(parts), OFFICES_PER_ROW)] or [[]]
            block.append([[styles.para(result.code, "cell"),
                           styles.para(document.indicator_name(result, lang), "cell"),
                           styles.para(document.unit_label(annex.framework, result.unit, lang), "cell"),
                           styles.para(_num(result, cell, lang), "cell_num_bold"),
                           styles.para(semicolon.join(chunks[0]), "cell")]]
                         + [["", "", "", "", styles.para(semicolon.join(c), "cell")] for c in chunks[1:]])
        if not block:
            continue  # a region whose offices reported nothing counted
        n = len(rows)
        if len(offices) <= OFFICES_PER_ROW:
            who = comma.join(f"{names[o.code]} ({_short(o.code)})" for o in offices)
        else:
            who = document.offices_phrase(len(offices), lang)
        rows.append([styles.para(f"<b>{markup(document.region_label(region, lang))}</b> "
                                 f"<font size=7.5>({markup(who)})</font>", "cell", raw=True),
                     "", "", "", ""])
        style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.Color(0.9, 0.9, 0.9)),
                  ("TOPPADDING", (0, n), (-1, n), 3)]
        for indicator_rows in block:
            rows.extend(indicator_rows)
            last = len(rows) - 1
            style.append(("LINEBELOW", (0, last), (-1, last), 0.25, colors.Color(0.75, 0.75, 0.75)))
    if len(rows) == 1:
        return [styles.para(text["no_results"], "body")]
    return [_table(rows, widths, style, styles.rtl, long=True, repeatRows=1, splitByRow=1)]


def _annex3(annex: Annex, settings: DocumentSettings, styles: Styles) -> list:
    lang = settings.lang
    text = labels(lang)
    if not annex.narratives:
        return [styles.para(text["no_narratives"], "body")]
    framework = annex.framework
    names = {o.code: o.name for o in annex.offices}
    domain_of = {o.code: d for d in framework.domains for o in d.children}
    flow: list = []
    shown_domain = shown_outcome = None
    for narrative in annex.narratives:
        domain = domain_of.get(narrative.outcome)
        if domain is not None and domain is not shown_domain:
            flow.append(CondPageBreak(30 * mm))
            flow.append(styles.para(f"{domain.code}. {domain.name.get(lang)}", "h1"))
            shown_domain = domain
        if narrative.outcome != shown_outcome:
            group = framework.group(narrative.outcome)
            flow.append(styles.para(f"{group.code}. {group.name.get(lang)}" if group else narrative.outcome, "h2"))
            shown_outcome = narrative.outcome
        who = f"{names.get(narrative.office_code, narrative.office_code)}, {narrative.year}"
        colon = document.punctuation(lang)[0]
        flow.append(styles.para(f"<i>{markup(who)}</i>{colon}{markup(narrative.text)}", "narrative", raw=True))
    return flow


def build_story(annex: Annex, settings: DocumentSettings, doc: AnnexDocument, progress=None) -> list:
    """Every flowable of the document, from the masthead to annex III."""
    settings = settings.resolved()
    lang = settings.lang
    text = labels(lang)
    styles = Styles(lang)
    offices = document.offices_phrase(len(annex.offices), lang)
    story = [NextPageTemplate("portrait"), *_masthead(settings, styles, doc.width)]
    story.append(styles.para(text["intro"].format(plan=annex.framework.name.get(lang), period=annex.period,
                                                   offices=offices), "body"))
    if annex.source.include_drafts:
        story.append(styles.para(f"<b>{markup(text['drafts_warning'])}</b>", "body", raw=True))
    story.append(Spacer(1, 6))
    story.append(styles.para(text["contents"], "h1"))
    for number, key in ((1, "annex1"), (2, "annex2"), (3, "annex3")):
        story.append(styles.para(f"{document.annex_heading(number, lang)}  "
                                 f"{document.annex_title(key, annex, lang)}", "body"))
    report(progress, 0, None, "Building annex I")
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += [styles.para(document.annex_heading(1, lang), "annex"),
              styles.para(document.annex_title("annex1", annex, lang), "annex_title")]
    story += _annex1(annex, settings, styles, doc.wide_width)
    report(progress, 0, None, "Building annex II")
    story += [PageBreak(), styles.para(document.annex_heading(2, lang), "annex"),
              styles.para(text["annex2"].format(period=annex.period), "annex_title")]
    story += _annex2(annex, settings, styles, doc.wide_width)
    report(progress, 0, None, "Building annex III")
    story += [NextPageTemplate("portrait"), PageBreak(),
              KeepTogether([styles.para(document.annex_heading(3, lang), "annex"),
                            styles.para(text["annex3"], "annex_title")])]
    story += _annex3(annex, settings, styles)
    if settings.figures:
        report(progress, 0, None, "Drawing the figures")
        story += [PageBreak(), *pdf_figures(annex, settings, styles, doc.width)]
    return story


def write_pdf(annex: Annex, target, settings: DocumentSettings | None = None,
              progress: Progress | None = None) -> None:
    """Write the annex document to ``target`` (a path or a binary file object)."""
    register_fonts()
    settings = (settings or DocumentSettings()).resolved()
    target = str(target) if isinstance(target, Path) else target
    # invariant: no creation time nor random id in the file, so that the same data gives the same bytes
    doc = AnnexDocument(target, settings, progress, title=settings.title, author="UN-Habitat",
                        subject=settings.symbol, creator="Habitat Results", invariant=True)
    story = build_story(annex, settings, doc, progress)
    try:
        doc.build(story)
    except LayoutError as exc:
        raise ExportError.of("export_layout_failed", detail=str(exc)[:200]) from exc
