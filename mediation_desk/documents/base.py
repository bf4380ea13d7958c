"""The renderer base: page geometry, the stylesheet, the numbered canvas and text helpers.

Every document builds a list of flowables and hands it to :func:`build_pdf`, which lays it out
on A4 with the embedded CJK font and prints "第x页 共y页" centred at the foot of every page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from mediation_desk.domain.vocabulary import zh

from . import linebreak
from .fonts import draw_text, ensure_font, glyph_safe, title_font, with_fallback
from .snapshot import PartySnapshot

# Binary (Flate only) streams instead of Flate + ASCII85: a quarter smaller and, without
# ReportLab's optional C accelerator, much faster to write. ReportLab is used only here.
rl_config.useA85 = 0
linebreak.install()  # Chinese line-breaking rules for every CJK paragraph

SHANGHAI = ZoneInfo("Asia/Shanghai")
PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in millimetres."""

    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        """Usable width in points."""
        return float(PAGE_WIDTH - (self.left + self.right) * mm)


#: GB/T 9704 official-document margins (agreements, notices, applications).
OFFICIAL = Margins(top=37, bottom=35, left=28, right=26)
#: Slightly tighter margins for registration forms and records.
FORM = Margins(top=25, bottom=28, left=25, right=22)


#: Body size: 三号 (16 pt) in a 仿宋 face, as GB/T 9704-2012 sets official papers.
BODY_PT = 16.0
#: Line pitch of the body. GB/T 9704's 22 lines in 225 mm is a 29 pt pitch; the agreements use a
#: 1.35 pitch (21.6 pt, ~29 lines) so that a two-party agreement with its signatures fits on two
#: pages — the one adaptation of the standard (see the CHANGELOG).
BODY_LEADING = 1.35


@lru_cache(maxsize=4)
def _styles(font: str, title: str) -> dict[str, ParagraphStyle]:
    def style(
        name: str, size: float, *, align: int = TA_JUSTIFY, leading: float = 1.5, face: str = font, **kw: Any
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=face, fontSize=size, leading=size * leading, alignment=align, wordWrap="CJK", **kw
        )

    body = BODY_PT
    return {
        "org": style("org", 16, align=TA_CENTER, leading=1.4),
        "title": style("title", 22, align=TA_CENTER, leading=1.3, face=title, spaceAfter=2 * mm),
        "number": style("number", body, align=TA_RIGHT, leading=BODY_LEADING, spaceAfter=1 * mm),
        "number_c": style("number_c", body, align=TA_CENTER, leading=BODY_LEADING, spaceAfter=2 * mm),
        "body": style("body", body, leading=BODY_LEADING, firstLineIndent=2 * body),
        "plain": style("plain", body, leading=BODY_LEADING),
        "heading": style("heading", body, leading=BODY_LEADING, firstLineIndent=2 * body, keepWithNext=1),
        "right": style("right", body, align=TA_RIGHT, leading=BODY_LEADING),
        "sign": style("sign", 14, align=TA_LEFT, leading=1.35),
        "form_title": style("form_title", 22, align=TA_CENTER, leading=1.3, face=title, spaceAfter=2 * mm),
        "cell": style("cell", 11.5, align=TA_LEFT, leading=1.4),
        "cell_c": style("cell_c", 11.5, align=TA_CENTER, leading=1.4),
        "cell_body": style("cell_body", 11.5, align=TA_JUSTIFY, leading=1.5, firstLineIndent=23),
        "cell_s": style("cell_s", 10.5, align=TA_CENTER, leading=1.4),
        "small": style("small", 10.5, align=TA_LEFT, leading=1.4),
        "caption": style("caption", 9, align=TA_CENTER, leading=1.2),
        "cover_title": style("cover_title", 36, align=TA_CENTER, leading=1.4, face=title),
        "cover_row": style("cover_row", 15, align=TA_LEFT, leading=1.5),
    }


def styles() -> dict[str, ParagraphStyle]:
    """The stylesheet (built once per registered font)."""
    return _styles(ensure_font(), title_font())


#: ``&``, ``<`` and ``>`` as ReportLab's paragraph markup needs them (what ``xml.sax.saxutils.escape``
#: does; that module imports urllib.request, http.client and ssl — ~6 MiB — on first print).
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def esc(text: str) -> str:
    """Escape user text for a Paragraph: XML entities, line breaks, missing glyphs."""
    return glyph_safe(text.translate(_MARKUP)).replace("\n", "<br/>")


def p(text: str, style: str = "body", *, markup: bool = False, keep_with_next: bool = False) -> Paragraph:
    """A paragraph of plain text (``markup=True`` keeps ReportLab inline tags); a character the
    style's face lacks is drawn in the next face that has it."""
    sheet = styles()[style]
    para = Paragraph(with_fallback(glyph_safe(text) if markup else esc(text), sheet.fontName), sheet)
    if keep_with_next:
        para.keepWithNext = True
    return para


_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Chinese numeral for 1..99 (一, 十二, 二十三) as used for clause numbers."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def fmt_date(value: date | datetime | None, *, blank: str = "    年    月    日") -> str:
    """``2026年11月27日`` (aware datetimes are first converted to Asia/Shanghai)."""
    if value is None:
        return blank
    if isinstance(value, datetime):
        value = value.astimezone(SHANGHAI).date()
    return f"{value.year}年{value.month}月{value.day}日"


def fmt_datetime(value: datetime | None) -> str:
    """``2026年11月27日14时05分`` in Asia/Shanghai."""
    if value is None:
        return "    年    月    日    时    分"
    local = value.astimezone(SHANGHAI)
    return f"{fmt_date(local)}{local.hour}时{local.minute:02d}分"


def fmt_time(value: datetime) -> str:
    """``14时05分`` in Asia/Shanghai."""
    local = value.astimezone(SHANGHAI)
    return f"{local.hour}时{local.minute:02d}分"


def party_description(party: PartySnapshot) -> str:
    """The statutory one-line description of a party (basic information)."""
    if party.is_organisation:
        bits = [party.name]
        if party.uscc:
            bits.append(f"统一社会信用代码{party.uscc}")
        if party.address:
            bits.append(f"住所地{party.address}")
        if party.legal_rep:
            title = f"，职务{party.legal_rep_title}" if party.legal_rep_title else ""
            bits.append(f"法定代表人{party.legal_rep}{title}")
        if party.phone:
            bits.append(f"联系电话{party.phone}")
        return "，".join(bits) + "。"
    bits = [party.name]
    if party.sex is not None:
        bits.append(zh(party.sex))
    if party.birth_date is not None:
        bits.append(f"{fmt_date(party.birth_date)}出生")
    if party.ethnicity:
        bits.append(party.ethnicity)
    if party.occupation:
        bits.append(party.occupation)
    if party.employer:
        bits.append(f"工作单位{party.employer}")
    if party.id_number:
        kind = zh(party.id_type) if party.id_type is not None else "身份证件"
        bits.append(f"{kind}号码{party.id_number}")
    if party.address:
        bits.append(f"住{party.address}")
    if party.phone:
        bits.append(f"联系电话{party.phone}")
    if party.represents:
        bits.append(f"系{party.represents}的{zh(party.role)}")
    if party.agent_authority:
        bits.append(f"代理权限：{party.agent_authority}")
    if party.power_of_attorney:
        bits.append("授权委托书附卷")
    return "，".join(bits) + "。"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that prints "第x页 共y页" once the page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw the footers on every buffered page, then write the file."""
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        draw_text(
            self,
            PAGE_WIDTH / 2,
            14 * mm,
            f"第{self._pageNumber}页 共{total}页",
            ensure_font(),
            12,
            align="centre",
        )
        self.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    margins: Margins = OFFICIAL,
    author: str = "",
    subject: str = "",
    numbered: bool = True,
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes.

    Args:
        story: The flowables, top to bottom.
        title: PDF title metadata (the document's Chinese title).
        margins: Page margins.
        author: PDF author metadata (the issuing organisation).
        subject: PDF subject metadata (the case number).
        numbered: Print "第x页 共y页" at the foot of each page (off for covers).

    Returns:
        The PDF file content (deterministic for the same input: ``invariant`` is on).
    """
    ensure_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=margins.top * mm,
        bottomMargin=margins.bottom * mm,
        leftMargin=margins.left * mm,
        rightMargin=margins.right * mm,
        title=title,
        author=author,
        subject=subject,
        creator="Mediation Desk",
        invariant=True,
        lang="zh-CN",
        initialFontName=ensure_font(),
        initialFontSize=12,
    )
    doc.build(list(story), canvasmaker=NumberedCanvas if numbered else Canvas)
    return buffer.getvalue()


__all__ = [
    "FORM",
    "OFFICIAL",
    "SHANGHAI",
    "Margins",
    "NumberedCanvas",
    "build_pdf",
    "cn_number",
    "esc",
    "fmt_date",
    "fmt_datetime",
    "fmt_time",
    "p",
    "party_description",
    "styles",
]
