"""Signature places, fingerprint boxes, signature rows, the seal area (who signs: :mod:`.signatories`;
the QR code: :mod:`.qr`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn  # measures a list as KeepTogether does

from .base import esc
from .fonts import draw_text, ensure_font, glyph_safe, text_width, with_fallback
from .qr import QrCode
from .signatories import Signer

GRID = colors.black
HINT = colors.Color(0.45, 0.45, 0.45)


class FingerprintBox(Flowable):  # type: ignore[misc]
    """A square for the party's fingerprint (捺印), 14 x 14 mm."""

    def __init__(self, size_mm: float = 14) -> None:
        super().__init__()
        self.width = self.height = size_mm * mm

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(HINT)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(HINT)
        draw_text(c, self.width / 2, self.height / 2 - 3, "捺印", ensure_font(), 9, align="centre")


def _split_org(name: str, limit: int = 13) -> list[str]:
    """Break a long organisation name before its last unit word (委员会, 工作室...)."""
    if len(name) <= limit:
        return [name]
    for tail in ("人民调解委员会", "调解委员会", "律师调解工作室", "调解工作室", "派出所", "分局"):
        if name.endswith(tail) and len(name) > len(tail):
            head = name[: -len(tail)]
            return _split_org(head, limit) + [tail]
    return [name[i : i + limit] for i in range(0, len(name), limit)]


class SealArea(Flowable):  # type: ignore[misc]
    """The issuing body's name, the seal mark "（印章）" and the date — text only: the real seal
    goes over it, so nothing is drawn that would show under the ink."""

    SIZE = 12.5
    PITCH = 1.4

    def __init__(self, organisation: str, when: str, mark: str = "（印章）", width_mm: float = 62) -> None:
        super().__init__()
        limit = max(4, int(width_mm * mm / self.SIZE))
        head = [*_split_org(glyph_safe(organisation), limit), mark] if organisation else []
        self.lines = [line for line in (*head, when) if line]
        self.width = width_mm * mm
        self.height = len(self.lines) * self.SIZE * self.PITCH + 1 * mm

    def draw(self) -> None:
        y = self.height - self.SIZE * 1.1
        for line in self.lines:
            draw_text(self.canv, self.width / 2, y, line, ensure_font(), self.SIZE, align="centre")
            y -= self.SIZE * self.PITCH


def _label_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"sign{size}", fontName=ensure_font(), fontSize=size, leading=size * 1.3, wordWrap="CJK"
    )


class SignatureCell(Flowable):  # type: ignore[misc]
    """One signature place (see :class:`.signatories.Signer`).

    A natural person: the label, a signature line, the date and a 14 mm fingerprint square. An
    organisation: the label with 单位盖章, the seal mark, the line of the person who signs for it and
    the date. A committee member: the label and a signature line. A long label (a company name)
    wraps inside the cell; nothing shrinks or runs into its neighbour.
    """

    SIZE = 14.0
    MEMBER = 13.0  # a member's inline label

    def __init__(self, signer: Signer | str, width_mm: float, *, fingerprint: bool | None = None) -> None:
        super().__init__()
        if isinstance(signer, str):
            signer = Signer(signer, "person" if fingerprint in (None, True) else "member")
        self.signer = signer
        text = signer.label + ("（单位盖章）" if signer.kind == "organisation" else "（签名）")
        style = _label_style(self.SIZE)
        self.label = Paragraph(with_fallback(esc(text), style.fontName), style)
        self.width = width_mm * mm
        self._label_h = 0.0
        self.height = 0.0

    @property
    def _inline(self) -> bool:
        """A member's label and signature line on one line, when the label leaves room for it."""
        label = f"{self.signer.label}（签名）："
        room = self.width - 20 * mm
        return self.signer.kind == "member" and text_width(label, ensure_font(), self.MEMBER) < room

    def _below(self) -> float:
        if self._inline:
            return float(2.0 * mm)
        return float({"person": 15.0, "organisation": 18.0, "member": 7.0}[self.signer.kind] * mm)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self._label_h = self.MEMBER * 1.4 if self._inline else self.label.wrap(self.width, aH)[1]
        self.height = self._label_h + self._below()
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        font = ensure_font()
        below = self._below()
        c.setLineWidth(0.6)
        if self._inline:
            label = f"{self.signer.label}（签名）："
            end = draw_text(c, 0, below + 0.25 * self.SIZE, label, font, self.MEMBER)
            c.line(end + 1 * mm, below, self.width - 2 * mm, below)
            return
        self.label.drawOn(c, 0, below)
        if self.signer.kind == "member":
            c.line(2 * mm, 2 * mm, self.width - 4 * mm, 2 * mm)
            return
        if self.signer.kind == "organisation":
            draw_text(c, 0, below - 6 * mm, f"{self.signer.signatory}（签名）：", font, 12)
            c.line(2 * mm, below - 13 * mm, self.width - 6 * mm, below - 13 * mm)
            draw_text(c, self.width - 6 * mm, 1.5 * mm, "年    月    日", font, 12, align="right")
            return
        box = FingerprintBox()
        right = self.width - box.width - 4 * mm
        c.line(2 * mm, below - 7 * mm, right - 2 * mm, below - 7 * mm)
        draw_text(c, right - 2 * mm, 1.5 * mm, "年    月    日", font, 12, align="right")
        box.drawOn(c, self.width - box.width - 1 * mm, 0.5 * mm)


def _style_rows(table: Table, *, top: float = 3 * mm) -> Table:
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), top),
            ]
        )
    )
    return table


def pack_groups(groups: Sequence[Sequence[Signer]]) -> list[list[Signer | None]]:
    """Signature places two per row; a party with someone signing beside them (a minor and their
    guardian) starts a row of its own, so the two stand side by side."""
    rows: list[list[Signer | None]] = []
    pending: list[Signer] = []
    for group in groups:
        if len(group) > 1 and pending:
            rows.append([*pending, None])
            pending = []
        for signer in group:
            pending.append(signer)
            if len(pending) == 2:
                rows.append([*pending])
                pending = []
    if pending:
        rows.append([*pending, None])
    return rows


def signature_grid(labels: Sequence[str | Signer], width_mm: float) -> Table:
    """Signers two per row, natural persons with a fingerprint box (one table: it breaks
    between rows). Used by the notices; every party has a place of their own."""
    cell_w = width_mm / 2
    cells = [SignatureCell(label, cell_w - 4) for label in labels]
    rows: list[list[Any]] = [
        cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
    ]
    table = Table(rows or [["", ""]], colWidths=[cell_w * mm, cell_w * mm], hAlign="LEFT")
    return _style_rows(table)


def signature_rows(groups: Sequence[Sequence[Signer]], width_mm: float) -> list[Table]:
    """The parties' signature places (see :func:`pack_groups`), one table per row so a long
    list can break between rows."""
    cell_w = width_mm / 2
    out: list[Table] = []
    for row in pack_groups(groups) or [[None, None]]:
        cells = [SignatureCell(s, cell_w - 4) if s is not None else "" for s in row]
        out.append(_style_rows(Table([cells], colWidths=[cell_w * mm, cell_w * mm], hAlign="LEFT")))
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
            while text_width(self.note, font, size) > self.width and size > 7:
                size -= 0.5
            draw_text(self.canv, self.width / 2, self.height - size, self.note, font, size, align="centre")


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
    mark: str = "（印章）",
    signers: Sequence[Signer | str] = (),
) -> Flowable:
    """Member signature lines, the QR code and the seal area, kept together (see :func:`seal_parts`)."""
    return KeepTogether(seal_parts(organisation, when, width_mm, qr=qr, mark=mark, signers=signers))


def seal_parts(
    organisation: str,
    when: str,
    width_mm: float,
    *,
    qr: str | None = None,
    mark: str = "（印章）",
    signers: Sequence[Signer | str] = (),
) -> list[Flowable]:
    """Members' signature lines at the left, the QR code in a column of its own (it never
    overlaps text), the seal area — name, "（印章）", date — at the right.

    Args:
        organisation: The body that seals ("" for none: only the date is printed).
        when: The date under the seal.
        width_mm: Available width.
        qr: Verification payload for the QR code, or ``None``.
        mark: The seal mark text.
        signers: Members signing (a plain string is a member's label).
    """
    seal_w = 62.0
    left_w = width_mm - seal_w
    left: list[Flowable] = [
        SignatureCell(s if isinstance(s, Signer) else Signer(s, "member"), left_w - 4) for s in signers
    ]
    if qr:  # below the members' lines, in the left column: never over any text
        left.append(QrCode(qr, size_mm=20))
    row: list[Any] = [left or "", SealArea(organisation, when, mark, seal_w)]
    table = Table([row], colWidths=[left_w * mm, seal_w * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ensure_font()),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 2 * mm), table]
