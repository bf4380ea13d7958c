"""Reusable pieces of the paper: form grids, the compensation table, signature and
fingerprint boxes, the seal area, the verification QR code and the copies line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mediation_desk.domain.money import format_money, to_capitals

from .base import esc, fmt_date, p, styles
from .fonts import ensure_font, glyph_safe
from .snapshot import ObligationSnapshot

Cell = str | Flowable | list[Flowable]
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
    heights = [h * mm if h else None for h in min_heights_mm] if min_heights_mm else None
    table = Table(data, colWidths=[w * mm for w in widths_mm], rowHeights=heights, repeatRows=repeat_rows)
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
    rows: list[list[Cell]] = [["款项", "支付方", "收款方", "金额（小写）", "金额（大写）", "履行期限"]]
    for o in obligations:
        due = "当场履行" if o.on_the_spot else (fmt_date(o.due_date) + "前" if o.due_date else "")
        rows.append([o.description, o.payer, o.payee, money_figures(o.amount_fen), money_capitals(o.amount_fen), due])
    total = sum(o.amount_fen for o in obligations)
    rows.append(["合计", "", "", money_figures(total), money_capitals(total), ""])
    widths = [0.0, 18.0, 18.0, 23.0, 37.0, 31.0]
    widths[0] = width_mm - sum(widths)
    last = len(rows) - 1
    table = grid(rows, widths, label_cols=(), spans=[((0, last), (2, last))], body_style="cell_s",
                 repeat_rows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    return table


class FingerprintBox(Flowable):
    """A square for the party's fingerprint (捺印), about 20 x 20 mm."""

    def __init__(self, size_mm: float = 20) -> None:
        super().__init__()
        self.width = self.height = size_mm * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(HINT)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(HINT)
        c.setFont(ensure_font(), 8)
        c.drawCentredString(self.width / 2, self.height / 2 - 3, "捺印")


def _split_org(name: str, limit: int = 14) -> list[str]:
    """Break a long organisation name before its last unit word (委员会, 工作室...)."""
    if len(name) <= limit:
        return [name]
    for tail in ("人民调解委员会", "调解委员会", "律师调解工作室", "调解工作室", "派出所"):
        if name.endswith(tail) and len(name) > len(tail):
            head = name[: -len(tail)]
            return _split_org(head, limit) + [tail]
    return [name[i : i + limit] for i in range(0, len(name), limit)]


class SealArea(Flowable):
    """Organisation name and date, under a dashed 42 mm circle where the seal goes."""

    def __init__(self, organisation: str, when: str, hint: str = "（调解委员会印章）", width_mm: float = 72) -> None:
        super().__init__()
        self.lines, self.when, self.hint = _split_org(glyph_safe(organisation)), when, hint
        self.width, self.height = width_mm * mm, 46 * mm

    def draw(self) -> None:
        c = self.canv
        cx, cy, r = self.width / 2, self.height / 2, 21 * mm
        c.setStrokeColor(HINT)
        c.setDash(2, 2)
        c.setLineWidth(0.5)
        c.circle(cx, cy, r)
        c.setDash()
        lines = [*self.lines, self.when]
        step = 7 * mm
        y = cy + (len(lines) - 1) / 2 * step - 1.7 * mm
        c.setFillColor(HINT)
        c.setFont(ensure_font(), 9)
        c.drawCentredString(cx, y + 6.5 * mm, self.hint)
        c.setFillColor(colors.black)
        c.setFont(ensure_font(), 14)
        for line in lines:
            c.drawCentredString(cx, y, line)
            y -= step


class QrCode(Flowable):
    """A vector QR code with a caption underneath (drawn from the ``qrcode`` matrix)."""

    def __init__(self, payload: str, size_mm: float = 32, caption: str = "扫码核验") -> None:
        super().__init__()
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(payload.encode("utf-8"))
        code.make(fit=True)
        self.matrix: list[list[bool]] = code.get_matrix()
        self.caption = caption
        self.size = size_mm * mm
        self.width, self.height = self.size, self.size + 5 * mm

    def draw(self) -> None:
        c = self.canv
        n = len(self.matrix)
        module = self.size / n
        c.setFillColor(colors.black)
        path = c.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.height - (row_index + 1) * module
            col = 0
            while col < n:
                if row[col]:
                    start = col
                    while col < n and row[col]:
                        col += 1
                    path.rect(start * module, y, (col - start) * module, module)
                else:
                    col += 1
        c.drawPath(path, stroke=0, fill=1)
        c.setFont(ensure_font(), 9)
        c.drawCentredString(self.width / 2, 0.5 * mm, self.caption)


class SignatureCell(Flowable):
    """One signer's box: label, signature line, date line and a 20 mm fingerprint square."""

    def __init__(self, label: str, width_mm: float, *, fingerprint: bool = True) -> None:
        super().__init__()
        self.label, self.fingerprint = glyph_safe(f"{label}（签名）："), fingerprint
        self.width, self.height = width_mm * mm, 30 * mm

    def draw(self) -> None:
        c = self.canv
        font = ensure_font()
        size = 12.0
        while stringWidth(self.label, font, size) > self.width and size > 8:
            size -= 0.5
        c.setFont(font, size)
        c.drawString(0, self.height - 5 * mm, self.label)
        right = self.width - (23 * mm if self.fingerprint else 2 * mm)
        c.setLineWidth(0.6)
        c.line(2 * mm, 12 * mm, right, 12 * mm)
        c.setFont(font, 12)
        c.drawRightString(right, 3 * mm, "年    月    日")
        if self.fingerprint:
            box = FingerprintBox()
            box.drawOn(c, self.width - box.width - 1 * mm, 1 * mm)


def signature_grid(labels: Sequence[str], width_mm: float, *, qr: str | None = None) -> Table:
    """Signers two per row, each with a fingerprint box; the verification QR code at the right.

    Args:
        labels: Signer labels such as "申请人 郭建华".
        width_mm: Available width.
        qr: Verification payload drawn as a QR code spanning the rows, or ``None``.

    Returns:
        A borderless table.
    """
    qr_w = 36.0 if qr else 0.0
    cell_w = (width_mm - qr_w) / 2
    cells = [SignatureCell(label, cell_w - 4) for label in labels]
    rows: list[list[Any]] = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    rows = rows or [["", ""]]
    if qr:
        rows[0].append(QrCode(qr))
        for row in rows[1:]:
            row.append("")
    widths = [cell_w, cell_w] + ([qr_w] if qr else [])
    table = Table(rows, colWidths=[w * mm for w in widths], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    if qr:
        commands += [("SPAN", (2, 0), (2, -1)), ("VALIGN", (2, 0), (2, -1), "TOP"), ("ALIGN", (2, 0), (2, -1), "RIGHT")]
    table.setStyle(TableStyle(commands))
    return table


def signature_rows(labels: Sequence[str], width_mm: float, *, fingerprint: bool = True) -> Table:
    """One row per signer: "label（签名）：____" + fingerprint box + date line.

    Args:
        labels: Signer labels such as "申请人 郭建华".
        width_mm: Available width.
        fingerprint: Add a 20 mm fingerprint box per signer.

    Returns:
        A borderless table.
    """
    texts = [f"{label}（签名）：" for label in labels]
    label_w = max(stringWidth(glyph_safe(t), ensure_font(), 14) for t in texts) / mm + 1
    date_w = 46.0 if fingerprint else 0.0
    finger_w = 24.0 if fingerprint else 0.0
    line_w = max(20.0, width_mm - label_w - date_w - finger_w)
    rows: list[list[Any]] = []
    for text in texts:
        row: list[Any] = [p(text, "plain"), ""]
        if fingerprint:
            row += [FingerprintBox(), p("    年    月    日", "right")]
        rows.append(row)
    widths = [label_w, line_w] + ([finger_w, date_w] if fingerprint else [])
    table = Table(rows, colWidths=[w * mm for w in widths], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, GRID),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm if fingerprint else 5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def seal_block(
    organisation: str,
    when: str,
    width_mm: float,
    *,
    qr: str | None = None,
    hint: str = "（调解委员会印章）",
    signers: Sequence[str] = (),
) -> Flowable:
    """Mediator signature lines and the QR code at the left, the seal area at the right."""
    seal_w = 72.0
    left: list[Flowable] = []
    if signers:
        left.append(signature_rows(signers, width_mm - seal_w - 4, fingerprint=False))
    if qr:
        left += [Spacer(1, 3 * mm), QrCode(qr)]
    table = Table([[left or "", SealArea(organisation, when, hint, seal_w)]],
                  colWidths=[(width_mm - seal_w) * mm, seal_w * mm])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 3 * mm), table])


def copies_line(count: int, holders: str) -> Paragraph:
    """"本协议一式N份，…"."""
    return p(f"本协议一式{count}份，{holders}。")
