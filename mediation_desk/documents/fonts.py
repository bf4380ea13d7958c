"""The embedded fonts of every document: a 仿宋-style body, a 小标宋-style title, a Song fallback.

Official papers (司法部 formats, GB/T 9704-2012) set the title in 小标宋 and the body in 仿宋.
Bundled, in ``resources/fonts/`` with their licences beside them (built by ``tools/make_fonts.py``):

* body — FandolFang (CTeX project, GPL with the font exception), GB2312 levels 1 and 2;
* title — Noto Serif CJK SC Bold (SIL OFL 1.1), GB2312 level 1;
* supplement — Noto Serif CJK SC (SIL OFL 1.1), the 1,467 characters of the 通用规范汉字表 that
  GB2312 lacks (many are common in names: 玥, 昇, 珺, 堃, 喆, 赟, 镕);
* fallback — AR PL SungtiL GB (Arphic Public License), for characters the others lack.

All are TrueType (glyf outlines), which ReportLab embeds as subsets, so a printer or a PC
without Chinese fonts shows the same page. Where the workstation has the official faces
(``simfang.ttf``, ``simsun.ttc``, 方正小标宋 ``FZXBSJW.TTF``), they are preferred; an administrator's
choice (:func:`register_font`, :func:`register_title_font`) comes before both.

A character a face lacks is drawn in the next face that has it (:func:`font_runs`); a symbol no
face has is replaced by a look-alike (:func:`glyph_safe`), so nothing prints as a box.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from mediation_desk.domain.errors import StorageError
from mediation_desk.paths import resources_dir

#: ReportLab names the stylesheet uses; re-registering replaces the font behind a name.
FONT_NAME = "MDFang"  # body (仿宋)
TITLE_FONT = "MDTitle"  # title (小标宋)
SUPPLEMENT_FONT = "MDSupplement"  # 通用规范汉字表 characters GB2312 lacks (names: 玥, 昇, 珺…)
FALLBACK_FONT = "MDSong"  # characters the others lack (宋体)
DEFAULT_FONT_FILE = "FandolFang-GB2312.ttf"
DEFAULT_TITLE_FILE = "NotoSerifSC-Bold-GB2312L1.ttf"
SUPPLEMENT_FONT_FILE = "NotoSerifSC-Regular-TGH.ttf"
FALLBACK_FONT_FILE = "gbsn00lp.ttf"

#: Official faces a workstation may have, per role, by file name (compared case-insensitively).
SYSTEM_FACES: dict[str, tuple[str, ...]] = {
    FONT_NAME: ("simfang.ttf", "fangsong.ttf", "fzfsk.ttf"),
    TITLE_FONT: ("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf"),
    FALLBACK_FONT: ("simsun.ttc", "simsun.ttf"),
}
_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts")

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

_lock = threading.RLock()
_keys: dict[str, str] = {}  # font name → "path#index" registered under it
_cmaps: dict[str, frozenset[int]] = {}
_chosen: dict[str, tuple[Path, int]] = {}  # the administrator's choice per font name
_table: dict[int, str] = {}


def default_font_path() -> Path:
    """The bundled body font (仿宋-style)."""
    return resources_dir() / "fonts" / DEFAULT_FONT_FILE


def _bundled(name: str) -> Path:
    files = {
        FONT_NAME: DEFAULT_FONT_FILE,
        TITLE_FONT: DEFAULT_TITLE_FILE,
        SUPPLEMENT_FONT: SUPPLEMENT_FONT_FILE,
        FALLBACK_FONT: FALLBACK_FONT_FILE,
    }
    return resources_dir() / "fonts" / files[name]


def _system_dirs() -> list[Path]:
    dirs = [Path(os.path.expanduser(d)) for d in _FONT_DIRS]
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.insert(0, Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def find_system_face(name: str) -> Path | None:
    """The workstation's official face for ``name`` (body, title or fallback), if installed."""
    wanted = SYSTEM_FACES.get(name, ())
    if os.environ.get("MEDIATION_DESK_NO_SYSTEM_FONTS") or not wanted:
        return None
    for folder in _system_dirs():
        for root, _dirs, files in os.walk(folder):
            for file in files:
                if file.lower() in wanted:
                    return Path(root) / file
    return None


def _register(name: str, path: Path, subfont_index: int) -> None:
    key = f"{path.resolve()}#{subfont_index}"
    if _keys.get(name) == key:
        return
    try:
        font = TTFont(name, str(path), subfontIndex=subfont_index)
    except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
        raise StorageError("font.unusable", path=str(path), reason=str(exc)) from exc
    cmap = font.face.charToGlyph
    probe = "玥" if name == SUPPLEMENT_FONT else "调0"
    if any(ord(c) not in cmap for c in probe):
        raise StorageError("font.unusable", path=str(path), reason="no CJK glyphs")
    pdfmetrics.registerFont(font)
    _keys[name] = key
    _cmaps[name] = frozenset(cmap)
    _table.clear()


def _ensure(name: str) -> str:
    with _lock:
        if name in _keys:
            return name
        if name in _chosen:
            _register(name, *_chosen[name])
            return name
        system = find_system_face(name)
        if system is not None:
            try:
                _register(name, system, 0)
                return name
            except StorageError:
                pass  # an unusable system file: the bundled face
        _register(name, _bundled(name), 0)
        return name


def register_font(path: Path | None = None, *, subfont_index: int = 0) -> str:
    """Use ``path`` for the body of every document (the administrator's choice); ``None`` goes
    back to the workstation's official face or the bundled one.

    Args:
        path: A TrueType ``.ttf``/``.ttc`` file with glyf outlines.
        subfont_index: Face index inside a ``.ttc`` collection.

    Returns:
        The ReportLab font name to use in styles (always :data:`FONT_NAME`).

    Raises:
        StorageError: ``font.unusable`` when the file is missing, is CFF-flavoured (``.otf``)
            or otherwise cannot be parsed and embedded.
    """
    return _choose(FONT_NAME, path, subfont_index)


def register_title_font(path: Path | None = None, *, subfont_index: int = 0) -> str:
    """Use ``path`` for document titles (see :func:`register_font`)."""
    return _choose(TITLE_FONT, path, subfont_index)


def _choose(name: str, path: Path | None, subfont_index: int) -> str:
    with _lock:
        if path is None:
            _chosen.pop(name, None)
            _keys.pop(name, None)
            return _ensure(name)
        _register(name, Path(path), subfont_index)
        _chosen[name] = (Path(path), subfont_index)
        return name


def ensure_font() -> str:
    """Register the body font unless it is registered already; return its name."""
    return FONT_NAME if FONT_NAME in _keys else _ensure(FONT_NAME)


def title_font() -> str:
    """The title font's name (registered on first use)."""
    return TITLE_FONT if TITLE_FONT in _keys else _ensure(TITLE_FONT)


def has_glyph(name: str, char: str) -> bool:
    """True if the font registered as ``name`` draws ``char``."""
    _ensure(name)
    return ord(char) in _cmaps[name]


def _substitution_table() -> dict[int, str]:
    if _table:
        return _table
    faces = [_cmaps[_ensure(n)] for n in (FONT_NAME, FALLBACK_FONT)]
    for char, candidates in _FALLBACKS.items():
        if any(ord(char) in cmap for cmap in faces):
            continue
        for candidate in candidates:
            if all(any(ord(c) in cmap for cmap in faces) for c in candidate):
                _table[ord(char)] = candidate
                break
    _table.setdefault(-1, "")  # computed (an empty table would be rebuilt every call)
    return _table


def glyph_safe(text: str) -> str:
    """Replace symbols no document face has by a look-alike one has (``¥`` → ``￥``).

    Args:
        text: Text to print.

    Returns:
        The text with substitutions applied (unchanged for complete fonts).
    """
    return text.translate(_substitution_table())


def font_runs(text: str, name: str) -> list[tuple[str, str]]:
    """Split ``text`` into runs of ``(font name, text)``: ``name`` where it has the glyph, else
    the body font, else the Song fallback (for rare characters in names and addresses)."""
    chain = [name] + [n for n in (FONT_NAME, SUPPLEMENT_FONT, FALLBACK_FONT) if n != name]
    cmaps = [_cmaps[_ensure(n)] for n in chain]
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        face = (
            name if code < 0x80 else next((n for n, c in zip(chain, cmaps, strict=True) if code in c), name)
        )
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def with_fallback(markup: str, name: str) -> str:
    """Paragraph markup in which characters ``name`` lacks are wrapped in ``<font name=…>``."""
    if markup.isascii():
        return markup
    parts = [
        text if face == name else f'<font name="{face}">{text}</font>'
        for face, text in font_runs(markup, name)
    ]
    return "".join(parts)


def draw_text(
    canvas: object, x: float, y: float, text: str, name: str, size: float, *, align: str = "left"
) -> float:
    """Draw ``text`` on a ReportLab canvas with per-character fallback; returns its width.

    Args:
        canvas: The canvas.
        x: Left edge (``align="left"``), centre (``"centre"``) or right edge (``"right"``).
        y: Baseline.
        text: Plain text.
        name: Preferred font.
        size: Font size in points.
        align: ``left``, ``centre`` or ``right``.
    """
    runs = font_runs(glyph_safe(text), name)
    width = float(sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs))
    start = x - width / 2 if align == "centre" else x - width if align == "right" else x
    for face, part in runs:
        canvas.setFont(face, size)  # type: ignore[attr-defined]
        canvas.drawString(start, y, part)  # type: ignore[attr-defined]
        start += pdfmetrics.stringWidth(part, face, size)
    return width


def text_width(text: str, name: str, size: float) -> float:
    """Width of ``text`` as :func:`draw_text` draws it."""
    return float(sum(pdfmetrics.stringWidth(t, f, size) for f, t in font_runs(glyph_safe(text), name)))
