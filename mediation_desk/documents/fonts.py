"""The embedded CJK font of every document.

The bundled font is AR PL SungtiL GB (``resources/fonts/gbsn00lp.ttf``, Arphic Public
License, see ``LICENSE-arphic.txt`` beside it): a TrueType (glyf outlines) Song face, which
ReportLab embeds as a subset, so a printer or a PC without Chinese fonts shows the same page.
An administrator may pick another TrueType font (e.g. SimSun) with :func:`register_font`.

A font may lack a few symbols (gbsn00lp has no half-width ``¥`` U+00A5); :func:`glyph_safe`
replaces such characters with a look-alike the font does have, so nothing prints as a box.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from mediation_desk.domain.errors import StorageError
from mediation_desk.paths import resources_dir

#: ReportLab name the stylesheet uses; re-registering replaces the font behind it.
FONT_NAME = "MDSong"
DEFAULT_FONT_FILE = "gbsn00lp.ttf"

#: Missing character → substitutes to try, in order.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "\u00a5": ("\uffe5",),  # ¥ → ￥ (full-width yen sign)
    "\u2610": ("\u25a1",),  # ☐ → □
    "\u2611": ("\u25a0",),  # ☑ → ■
    "\u2713": ("\u221a",),  # ✓ → √
    "\u2714": ("\u221a",),
    "\u2012": ("\u2014", "-"),
    "\u2013": ("\u2014", "-"),
}

_lock = threading.Lock()
_state: dict[str, object] = {}


def default_font_path() -> Path:
    """The bundled TrueType font."""
    return resources_dir() / "fonts" / DEFAULT_FONT_FILE


def register_font(path: Path | None = None, *, subfont_index: int = 0) -> str:
    """Register the document font with ReportLab and return its name.

    Args:
        path: A TrueType ``.ttf``/``.ttc`` file with glyf outlines; ``None`` for the bundled font.
        subfont_index: Face index inside a ``.ttc`` collection.

    Returns:
        The ReportLab font name to use in styles (always :data:`FONT_NAME`).

    Raises:
        StorageError: ``font.unusable`` when the file is missing, is CFF-flavoured (``.otf``)
            or otherwise cannot be parsed and embedded.
    """
    font_path = Path(path) if path is not None else default_font_path()
    key = f"{font_path.resolve()}#{subfont_index}"
    with _lock:
        if _state.get("key") == key:
            return FONT_NAME
        try:
            font = TTFont(FONT_NAME, str(font_path), subfontIndex=subfont_index)
        except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
            raise StorageError("font.unusable", path=str(font_path), reason=str(exc)) from exc
        cmap = font.face.charToGlyph
        if ord("调") not in cmap or ord("0") not in cmap:
            raise StorageError("font.unusable", path=str(font_path), reason="no CJK glyphs")
        pdfmetrics.registerFont(font)
        _state["key"] = key
        _state["table"] = _substitution_table(cmap)
        return FONT_NAME


def ensure_font() -> str:
    """Register the bundled font unless a font was registered already; return its name."""
    if "key" not in _state:
        return register_font()
    return FONT_NAME


def _substitution_table(cmap: dict[int, int]) -> dict[int, str]:
    table: dict[int, str] = {}
    for char, candidates in _FALLBACKS.items():
        if ord(char) in cmap:
            continue
        for candidate in candidates:
            if all(ord(c) in cmap for c in candidate):
                table[ord(char)] = candidate
                break
    return table


def glyph_safe(text: str) -> str:
    """Replace characters the registered font lacks by a look-alike it has.

    Args:
        text: Text to print.

    Returns:
        The text with substitutions applied (unchanged for a complete font).
    """
    ensure_font()
    table = _state.get("table")
    if not table:
        return text
    return text.translate(table)  # type: ignore[arg-type]
