"""The 司法部 people's-mediation statistics table for print: A4 landscape, the ruled table, notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .base import esc
from .fonts import ensure_font


@dataclass(frozen=True)
class OfficialTableSnapshot:
    """The table as display-ready text."""

    title: str
    unit_line: str
    header: list[str]
    rows: list[list[str]]
    screening: str
    notes: list[str] = field(default_factory=list)


def _style(size: float, align: int = 1) -> ParagraphStyle:
    return ParagraphStyle(
        f"ot{size}{align}",
        fontName=ensure_font(),
        fontSize=size,
        leading=size * 1.3,
        alignment=align,
        wordWrap="CJK",
    )


def story(snap: OfficialTableSnapshot) -> list[Flowable]:
    head, cell, first = _style(8), _style(8.5), _style(8.5, 0)
    data = [[Paragraph(esc(h), head) for h in snap.header]]
    data += [[Paragraph(esc(v), first if i == 0 else cell) for i, v in enumerate(row)] for row in snap.rows]
    width = (297 - 24) * mm
    # the type and the amount need room; the counts share the rest
    amount = next((i for i, h in enumerate(snap.header) if "金额" in h), -1)
    rest = (width - 22 * mm - (26 * mm if amount > 0 else 0)) / (len(snap.header) - 1 - (amount > 0))
    widths = [22 * mm if i == 0 else 26 * mm if i == amount else rest for i in range(len(snap.header))]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    out: list[Flowable] = [
        Paragraph(esc(snap.title), _style(18)),
        Spacer(1, 2 * mm),
        Paragraph(esc(snap.unit_line), _style(9.5, 0)),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 2 * mm),
        Paragraph(esc(snap.screening), _style(9.5, 0)),
    ]
    out += [Paragraph(esc(n), _style(8, 0)) for n in snap.notes]
    return out


def render_official_table(snap: OfficialTableSnapshot) -> bytes:
    """The table as PDF bytes (A4 landscape, embedded font)."""
    import io

    ensure_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=snap.title,
        creator="Mediation Desk",
        invariant=True,
        lang="zh-CN",
    )
    doc.build(story(snap))
    return buffer.getvalue()


__all__ = ["OfficialTableSnapshot", "render_official_table", "story"]
