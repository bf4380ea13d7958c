"""Chinese line breaking (禁则) for ReportLab's ``wordWrap="CJK"`` paragraphs.

ReportLab's ``cjkFragSplit`` knows the Japanese kinsoku set, but not the full-width Chinese
punctuation (，；：？！”’》〉…), and never looks at characters that must not *end* a line; it also
lets one forbidden character hang in the right margin (over a table's rule). This module replaces
it (:func:`install`, called when the documents package loads the renderer base) with a split that:

* never starts a line with closing punctuation — the last character of the line moves down with it;
* never ends a line with opening punctuation (（“《【…) — it moves to the next line;
* keeps a run of digits, Latin letters and ``.,%-:/`` together (amounts, dates, ID and phone numbers),
  with the unit after it (元, 年, 期…), when the run fits on a line.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph
from reportlab.rl_config import _FUZZ

#: Characters a line must not start with (closing punctuation, GB/T 15834 and common practice).
CANNOT_START = frozenset(
    "，。、；：？！）》〉」』】〕］｝”’…—·%‰℃°!),.:;?]}"
    "\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u3009\u300d\u300f\u3011\u3015\uff3d\uff5d"
    "\u201d\u2019\u2026\u2014\uff05"
)
#: Characters a line must not end with (opening punctuation, currency signs).
CANNOT_END = frozenset(
    "（《〈「『【〔［｛“‘([{¥￥$\uff08\u300a\u3008\u300c\u300e\u3010\u3014\uff3b\uff5b\u201c\u2018\uffe5"
)
#: Units that stay with the number before them (1,200.00元, 2026年, 3期, 2份).
_UNITS = frozenset("元角分万亿年月日时号期份个次岁人件%")
_UNBREAKABLE = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,%-:/_@")


def _break_at(text: list[str], start: int, end: int) -> int:
    """The best break ≤ ``end`` (exclusive end of the line) for the characters ``text``; never
    less than ``start + 1`` so that every line makes progress."""
    cut = end
    # a run of digits/letters crossing the break — or followed by its unit — moves down whole,
    # if it does not fill the line
    unit = cut < len(text) and text[cut] in _UNITS and text[cut - 1].isdigit()
    if unit or (cut < len(text) and text[cut] in _UNBREAKABLE and text[cut - 1] in _UNBREAKABLE):
        k = cut
        while k > start and text[k - 1] in _UNBREAKABLE:
            k -= 1
        if k > start:
            cut = k
    while True:  # closing punctuation pulls the previous character down; opening punctuation moves down
        if cut < len(text) and text[cut] in CANNOT_START and cut - 1 > start:
            cut -= 1
        elif text[cut - 1] in CANNOT_END and cut - 1 > start:
            cut -= 1
        else:
            break
    return cut


def cjk_frag_split(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:  # noqa: N803
    """Drop-in replacement of ``reportlab.platypus.paragraph.cjkFragSplit`` (same arguments)."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(_paragraph.cjkU(t, f, encoding) for t in text)
        else:
            units.append(_paragraph.cjkU(text, f, encoding))
    chars = [str(u) for u in units]
    lines: list[Any] = []
    i = start = 0
    used = 0.0
    max_width = maxWidths[0]
    while i < len(units):
        u = units[i]
        i += 1
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        used += w
        forced = hasattr(u.frag, "lineBreak")
        if not (forced or (used > max_width + _FUZZ and used > 0)):
            continue
        end = i if forced else _break_at(chars, start, i - 1) if i - 1 > start else i
        width = sum(_width(units[k], max_width) for k in range(start, end))
        lines.append(
            _paragraph.makeCJKParaLine(
                units[start:end], max_width, width, max_width - width, forced, calcBounds
            )
        )
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        i = start = end
        used = 0.0
    if start < len(units):
        width = sum(_width(units[k], max_width) for k in range(start, len(units)))
        lines.append(
            _paragraph.makeCJKParaLine(units[start:], max_width, width, max_width - width, False, calcBounds)
        )
    return _paragraph.ParaLines(kind=1, lines=lines)


def _width(unit: Any, max_width: float) -> float:
    w = unit.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        return float(w.normalizedValue(max_width))
    return float(w)


def word_split(
    word: str | bytes,
    maxWidths: Any,
    fontName: str,
    fontSize: float,
    encoding: str = "utf8",  # noqa: N803
) -> list[list[Any]]:
    """Drop-in replacement of ``reportlab.lib.textsplit.wordSplit`` (one-font paragraphs)."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    widths = [stringWidth(c, fontName, fontSize) for c in text]
    limits = maxWidths if isinstance(maxWidths, (list, tuple)) else [maxWidths]
    chars = list(text)
    lines: list[list[Any]] = []
    i = start = 0
    used = 0.0
    max_width = limits[0]
    while i < len(chars):
        used += widths[i]
        i += 1
        if used <= max_width + _FUZZ:
            continue
        end = _break_at(chars, start, i - 1) if i - 1 > start else i
        lines.append([max_width - sum(widths[start:end]), text[start:end]])
        max_width = limits[min(len(lines), len(limits) - 1)]
        i = start = end
        used = 0.0
    if start < len(chars):
        lines.append([max_width - sum(widths[start:]), text[start:]])
    if isinstance(word, bytes):
        return [[space, line.encode(encoding)] for space, line in lines]
    return lines


def install() -> None:
    """Make every ``wordWrap="CJK"`` paragraph break lines by these rules (both of ReportLab's
    paths: one-font paragraphs go through ``wordSplit``, mixed ones through ``cjkFragSplit``)."""
    _paragraph.cjkFragSplit = cjk_frag_split
    _paragraph.wordSplit = word_split
