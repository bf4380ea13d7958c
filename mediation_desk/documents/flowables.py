"""Reusable pieces of the paper: form grids, the compensation table, signature and
fingerprint boxes, the seal area, the verification QR code and the copies line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mediation_desk.domain.money import format_money, to_capitals

from .base import cn_number, esc, p, styles
from .facts import obligation_due_text
from .fonts import ensure_font, glyph_safe
from .snapshot import ObligationSnapshot

Cell: TypeAlias = "str | Flowable | list[Flowable]"
GRID = colors.black
HINT = colors.Color(0.45, 0.45, 0.45)
CONFIDENTIAL_AMOUNT = "（赔偿金额依当事人要求保密，另行记载）"


def money_figures(fen: int) -> str:
    """``¥12,300.00`` with the font's yen sign."""
    return glyph_safe(format_money(fen))


def money_capitals(fen: int) -> str:
    """``人民币壹万贰仟叁佰元整``."""
    return to_capitals(fen, prefix=True)


def money_both(fen: int) -> str:
    """``¥12,300.00（人民币壹万贰仟叁佰元整）``."""
    return f"{money_figures(fen)}（{money_capitals(fen)}）"


def _cell(value: Cell, style: str) -> Any:
    if isinstance(value, str):
        return Paragraph(esc(value), styles()[style])
    return value


def grid(
    rows: Sequence[Sequence[Cell]],
    widths_mm: Sequence[float],
    *,
    label_cols: Sequence[int] = (0,),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    min_heights_mm: Sequence[float | None] | None = None,
    body_style: str = "cell",
    repeat_rows: int = 0,
) -> Table:
    """A ruled form table; string cells become wrapping Paragraphs.

    Args:
        rows: Cell values; ``""`` for an empty cell.
        widths_mm: Column widths in millimetres.
        label_cols: Columns whose strings are centred labels.
        spans: ReportLab SPAN ranges ``((col, row), (col, row))``.
        min_heights_mm: Optional row heights (``None`` = automatic).
        body_style: Style of non-label string cells.
        repeat_rows: Header rows repeated after a page break.

    Returns:
        The table flowable.
    """
    data = [
        [_cell(value, "cell_c" if col in label_cols else body_style) for col, value in enumerate(row)]
        for row in rows
    ]
    for r, height in enumerate(min_heights_mm or ()):
        if height:
            col = 1 if len(data[r]) > 1 and data[r][1] != "" else 0
            data[r][col] = MinHeight(data[r][col], height * mm - 7)
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=repeat_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    return table


class MinHeight(Flowable):  # type: ignore[misc]
    """Cell content, top-aligned, in a box at least ``height`` points tall (a row that grows
    with long text, unlike ReportLab's fixed ``rowHeights``)."""

    def __init__(self, content: Any, height: float) -> None:
        super().__init__()
        self.content = content if isinstance(content, list) else [content]
        self.min_height = height
        self._sizes: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Measure the content; never shorter than the minimum."""
        self._sizes = [f.wrap(avail_width, avail_height)[1] for f in self.content]
        self.width, self.height = avail_width, max(self.min_height, sum(self._sizes))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for flowable, size in zip(self.content, self._sizes, strict=True):
            y -= size
            flowable.drawOn(self.canv, 0, y)


def compensation_table(
    obligations: Sequence[ObligationSnapshot], width_mm: float, *, confidential: bool = False
) -> Flowable:
    """The compensation table: amounts in figures and in Chinese capitals, due dates.

    Args:
        obligations: The obligations / instalments.
        width_mm: Available width.
        confidential: Replace every amount with :data:`CONFIDENTIAL_AMOUNT`.

    Returns:
        A table (or a paragraph when amounts are confidential).
    """
    if confidential:
        return p(CONFIDENTIAL_AMOUNT, "plain")
    one_pair = len({(o.payer, o.payee) for o in obligations}) == 1  # said once, above the table
    head: list[Cell] = ["款项", "金额（小写）", "金额（大写）", "履行期限"]
    rows: list[list[Cell]] = [head if one_pair else [head[0], "支付方", "收款方", *head[1:]]]
    for o in obligations:
        amounts = [money_figures(o.amount_fen), to_capitals(o.amount_fen), obligation_due_text(o)]
        rows.append([o.description, *amounts] if one_pair else [o.description, o.payer, o.payee, *amounts])
    total = sum(o.amount_fen for o in obligations)
    sums = [money_figures(total), to_capitals(total), ""]
    rows.append(["合计", *sums] if one_pair else ["合计", "", "", *sums])
    widths = [0.0, 25.0, 42.0, 42.0] if one_pair else [0.0, 22.0, 22.0, 25.0, 30.0, 39.0]
    widths[0] = width_mm - sum(widths)
    last = len(rows) - 1
    spans = [] if one_pair else [((0, last), (2, last))]
    table = grid(rows, widths, label_cols=(), spans=spans, body_style="cell_s", repeat_rows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return table


def payment_lead(obligations: Sequence[ObligationSnapshot], total_fen: int, subject: str = "上述款项") -> str:
    """The sentence above the compensation table: who pays whom (when one payer pays one payee,
    the table leaves those columns out) and the total in figures and capitals."""
    pairs = {(o.payer, o.payee) for o in obligations}
    if len(pairs) == 1:
        payer, payee = next(iter(pairs))
        return f"{payer}应向{payee}支付{subject}合计{money_both(total_fen)}，明细如下："
    return f"{subject}合计{money_both(total_fen)}，明细如下："


def copies_line(count: int, holders: str) -> Paragraph:
    """ "本协议一式N份，…。（以下无正文）" — the last clause, closing the text before the signatures."""
    return p(f"本协议一式{cn_number(count)}份，{holders}。（以下无正文）")
