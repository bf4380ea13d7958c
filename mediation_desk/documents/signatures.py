"""Signature and fingerprint boxes, signature rows, the seal area (the QR code is in :mod:`.qr`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn  # measures a list as KeepTogether does

from .fonts import ensure_font, glyph_safe
from .qr import QrCode

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


def signature_grid(labels: Sequence[str], width_mm: float) -> Table:
    """Signers two per row, each with a fingerprint box (one table: it breaks between rows).

    Args:
        labels: Signer labels such as "申请人 郭建华".
        width_mm: Available width.

    Returns:
        A borderless table.
    """
    cell_w = width_mm / 2
    cells = [SignatureCell(label, cell_w - 4) for label in labels]
    rows: list[list[Any]] = [
        cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
    ]
    table = Table(rows or [["", ""]], colWidths=[cell_w * mm, cell_w * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def signature_rows(labels: Sequence[str], width_mm: float, *, qr: str | None = None) -> list[Table]:
    """Signers two per row, one table per row (a long list can break between rows); the
    verification QR code at the right of the first row.

    Args:
        labels: Signer labels such as "申请人 郭建华".
        width_mm: Available width.
        qr: Verification payload drawn as a QR code, or ``None``.

    Returns:
        Borderless one-row tables with the same column widths.
    """
    qr_w = 36.0 if qr else 0.0
    cell_w = (width_mm - qr_w) / 2
    cells = [SignatureCell(label, cell_w - 4) for label in labels]
    pairs = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    widths = [w * mm for w in [cell_w, cell_w] + ([qr_w] if qr else [])]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    if qr:
        commands += [("VALIGN", (2, 0), (2, 0), "TOP"), ("ALIGN", (2, 0), (2, 0), "RIGHT")]
    style = TableStyle(commands)
    out: list[Table] = []
    for i, pair in enumerate(pairs or [["", ""]]):
        row: list[Any] = pair + ([QrCode(qr) if i == 0 else ""] if qr else [])
        table = Table([row], colWidths=widths, hAlign="LEFT")
        table.setStyle(style)
        out.append(table)
    return out


class ContinuedRow(Flowable):  # type: ignore[misc]
    """A row of signatures that, when it starts a page, first prints the line tying that page to
    its document ("（本页无正文，为《…》…签名页）", as signature pages of contracts carry)."""

    NOTE_SIZE = 10.5

    def __init__(self, row: Flowable, note: str) -> None:
        super().__init__()
        self.row, self.note, self.with_note = row, glyph_safe(note), False

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        frame = getattr(self, "_frame", None)  # set by the frame that places us, not when measured
        self.with_note = bool(frame is not None and frame._atTop)
        self.width, height = self.row.wrapOn(self.canv, aW, aH)
        self.height = height + (self.NOTE_SIZE * 1.6 if self.with_note else 0)
        return self.width, self.height

    def draw(self) -> None:
        self.row.drawOn(self.canv, 0, 0)
        if self.with_note:
            font, size = ensure_font(), self.NOTE_SIZE
            while stringWidth(self.note, font, size) > self.width and size > 7:
                size -= 0.5
            self.canv.setFont(font, size)
            self.canv.drawCentredString(self.width / 2, self.height - size, self.note)


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with every nested ``KeepTogether`` replaced by its content."""
    out: list[Flowable] = []
    for f in flowables:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]
    return out


class KeepTogetherIfItFits(KeepTogether):  # type: ignore[misc]
    """``KeepTogether`` that measures nested groups and starts a new page only when the whole
    then fits on it.

    Works around two ReportLab behaviours: a nested ``KeepTogether`` reports a height of
    0xffffff (so an outer group never fits and always jumps to a new page), and a group that
    does not fit in the space left breaks the page even when it is taller than a whole page and
    will be split anyway — leaving the rest of the page blank for nothing. Content taller than a
    page flows from where it is; the ``KeepTogether`` groups inside it still hold.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        dims: list[tuple[float, float]] = []
        width, self._H = _listWrapOn(_flat(self._content), aW, self.canv, dims=dims)
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split, as KeepTogether does

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - ReportLab API
        parts: list[Flowable] = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        # ReportLab's FrameBreak is an instance that creates the break when called
        breaks = bool(parts) and isinstance(parts[0], type(self.FrameBreak))
        if breaks and frame is not None:
            page = frame._height - frame._topPadding - frame._bottomPadding
            if self._H > page:
                parts[0] = self.NullActionFlowable()  # the content flows on from here
        elif not breaks:
            # the doc template adds a split's first part without splitting it: a nested group
            # there must come back through the flowable list, after an action that does nothing
            parts.insert(0, self.NullActionFlowable())
        return parts


def seal_block(
    organisation: str,
    when: str,
    width_mm: float,
    *,
    qr: str | None = None,
    hint: str = "（调解委员会印章）",
    signers: Sequence[str] = (),
) -> Flowable:
    """Mediator signature lines and the QR code at the left, the seal area at the right, kept
    together (see :func:`seal_parts`)."""
    return KeepTogether(seal_parts(organisation, when, width_mm, qr=qr, hint=hint, signers=signers))


def seal_parts(
    organisation: str,
    when: str,
    width_mm: float,
    *,
    qr: str | None = None,
    hint: str = "（调解委员会印章）",
    signers: Sequence[str] = (),
) -> list[Flowable]:
    """The flowables of :func:`seal_block`, for a caller that groups them with others."""
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
    return [Spacer(1, 3 * mm), table]
