"""Signature and fingerprint boxes, the seal area and the verification QR code."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from .fonts import ensure_font, glyph_safe

GRID = colors.black
HINT = colors.Color(0.45, 0.45, 0.45)


class FingerprintBox(Flowable):  # type: ignore[misc]
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


class SealArea(Flowable):  # type: ignore[misc]
    """Organisation name and date, under a dashed 42 mm circle where the seal goes."""

    def __init__(
        self, organisation: str, when: str, hint: str = "（调解委员会印章）", width_mm: float = 66
    ) -> None:
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
        c.setFont(ensure_font(), 13)
        for line in lines:
            c.drawCentredString(cx, y, line)
            y -= step


@lru_cache(maxsize=32)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``payload`` (UTF-8 byte mode, level M, no quiet zone).

    The mask pattern is fixed: any mask is valid per ISO/IEC 18004, and letting ``qrcode``
    score all eight costs ~50 ms per code in pure Python.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=32)
def qr_rectangles(matrix: tuple[tuple[bool, ...], ...]) -> tuple[tuple[int, int, int, int], ...]:
    """Dark modules merged into rectangles ``(col, row, width, height)``: horizontal runs, then
    identical runs of consecutive rows stacked."""
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, end) → [row, height]
    done: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(matrix):
        runs: set[tuple[int, int]] = set()
        col, n = 0, len(row)
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                runs.add((start, col))
            else:
                col += 1
        for key in list(open_runs):
            if key not in runs:
                top, height = open_runs.pop(key)
                done.append((key[0], top, key[1] - key[0], height))
        for key in runs:
            if key in open_runs:
                open_runs[key][1] += 1
            else:
                open_runs[key] = [r, 1]
    done += [(k[0], top, k[1] - k[0], h) for k, (top, h) in open_runs.items()]
    return tuple(sorted(done))


class QrCode(Flowable):  # type: ignore[misc]
    """A vector QR code with a caption underneath (drawn from the ``qrcode`` matrix)."""

    def __init__(self, payload: str, size_mm: float = 32, caption: str = "扫码核验") -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.caption = caption
        self.size = size_mm * mm
        self.width, self.height = self.size, self.size + 5 * mm

    def draw(self) -> None:
        c = self.canv
        module = self.size / len(self.matrix)
        ops = [
            f"{x * module:.3f} {self.height - (y + h) * module:.3f} {w * module:.3f} {h * module:.3f} re"
            for x, y, w, h in qr_rectangles(self.matrix)
        ]
        # One literal path instead of ~1,500 PDFPathObject calls (4x faster to emit).
        c.addLiteral("q 0 g\n" + "\n".join(ops) + "\nf Q")
        c.setFont(ensure_font(), 9)
        c.drawCentredString(self.width / 2, 0.5 * mm, self.caption)


class SignatureCell(Flowable):  # type: ignore[misc]
    """One signer's box: label, signature line and either a date line with a 20 mm fingerprint
    square (parties) or just a long line (mediators, whose date is the seal's)."""

    def __init__(self, label: str, width_mm: float, *, fingerprint: bool = True) -> None:
        super().__init__()
        self.label, self.fingerprint = glyph_safe(f"{label}（签名）："), fingerprint
        self.width, self.height = width_mm * mm, (30 if fingerprint else 16) * mm

    def draw(self) -> None:
        c = self.canv
        font = ensure_font()
        size = 12.0
        while stringWidth(self.label, font, size) > self.width and size > 8:
            size -= 0.5
        c.setFont(font, size)
        c.drawString(0, self.height - 5 * mm, self.label)
        c.setLineWidth(0.6)
        if not self.fingerprint:
            c.line(4 * mm, 2 * mm, self.width - 4 * mm, 2 * mm)
            return
        right = self.width - 23 * mm
        c.line(2 * mm, 12 * mm, right, 12 * mm)
        c.setFont(font, 12)
        c.drawRightString(right, 3 * mm, "年    月    日")
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
    rows: list[list[Any]] = [
        cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
    ]
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
        commands += [
            ("SPAN", (2, 0), (2, -1)),
            ("VALIGN", (2, 0), (2, -1), "TOP"),
            ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ]
    table.setStyle(TableStyle(commands))
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
    seal_w = 66.0
    left: list[Flowable] = []
    if signers:
        left += [SignatureCell(label, width_mm - seal_w - 6, fingerprint=False) for label in signers]
    if qr:
        left += [Spacer(1, 3 * mm), QrCode(qr)]
    table = Table(
        [[left or "", SealArea(organisation, when, hint, seal_w)]],
        colWidths=[(width_mm - seal_w) * mm, seal_w * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(1, 3 * mm), table])
