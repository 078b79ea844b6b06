"""The PDF's font names, and user-typed text as paragraph markup with its Chinese runs in the CJK font.

Used by the annex (``exports.pdf``), its figures (``exports.figures``) and the mixed-direction
paragraphs (``exports.bidi_text``); the fonts themselves are registered by ``exports.pdf``.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

SERIF = "HR-Serif"
CJK = "HR-CJK"
ARABIC = "HR-Arabic"
ARABIC_BOLD = "HR-Arabic-Bold"

_CJK_RUN = re.compile(
    "([\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0002ffff]+)")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text))


def markup(text: str) -> str:
    """Paragraph markup for text typed by a user: escaped, CJK runs in the CJK font, line breaks kept.

    A narrative containing ``<b>`` or ``&`` prints as typed and cannot break the build.
    """
    text = _CONTROL.sub("", str(text))
    parts = _CJK_RUN.split(text)
    out = []
    for n, part in enumerate(parts):
        if not part:
            continue
        safe = escape(part).replace("\r\n", "\n").replace("\n", "<br/>")
        out.append(f'<font name="{CJK}">{safe}</font>' if n % 2 else safe)
    return "".join(out)
