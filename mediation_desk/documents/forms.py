"""A builder for ruled registration forms (7-column grid on the FORM page width)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mediation_desk.domain.vocabulary import zh

from .base import FORM, esc, fmt_date, styles
from .flowables import grid
from .fonts import draw_text, ensure_font, text_width
from .snapshot import PartySnapshot

WIDTH_MM = 210 - FORM.left - FORM.right
COLS = [20.0, 22.0, 32.0, 14.0, 20.0, 20.0, 0.0]
COLS[-1] = WIDTH_MM - sum(COLS)
Span = tuple[tuple[int, int], tuple[int, int]]


def _label(text: str) -> Paragraph:
    return Paragraph(esc(text), styles()["cell_c"])


def _value(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(esc(text), styles()[style])


class Form:
    """Accumulates rows of a 7-column form and its cell spans."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.spans: list[Span] = []
        self.heights: list[float | None] = []

    def _add(self, cells: list[Any], spans: Sequence[tuple[int, int]], height: float | None = None) -> int:
        row = len(self.rows)
        self.rows.append(cells)
        self.heights.append(height)
        self.spans += [((a, row), (b, row)) for a, b in spans]
        return row

    def wide(
        self,
        label: str,
        text: str | Flowable | list[Flowable],
        *,
        height: float | None = None,
        style: str = "cell",
    ) -> None:
        """A label and one value across the rest of the row."""
        value = _value(text, style) if isinstance(text, str) else text
        self._add([_label(label), value, "", "", "", "", ""], [(1, 6)], height)

    def pair(self, label1: str, text1: str, label2: str, text2: str) -> None:
        """Two label/value pairs on one row."""
        self._add(
            [_label(label1), _value(text1), "", "", _label(label2), _value(text2), ""], [(1, 3), (5, 6)]
        )

    def full(
        self,
        content: str | Flowable | list[Flowable],
        *,
        height: float | None = None,
        style: str = "cell_body",
    ) -> None:
        """One cell across the whole row (declarations, signatures)."""
        value = _value(content, style) if isinstance(content, str) else content
        self._add([value, "", "", "", "", "", ""], [(0, 6)], height)

    def party(self, party: PartySnapshot, label: str | None = None) -> None:
        """Four rows of a party's basic information, the role label spanning them."""
        role = label or zh(party.role)
        first = len(self.rows)
        if party.is_organisation:
            self._add([_label(role), _label("名称"), _value(party.name), "", "", "", ""], [(2, 6)])
            self._add(["", _label("统一社会信用代码"), _value(party.uscc), "", "", "", ""], [(2, 6)])
            rep = party.legal_rep + (f"（{party.legal_rep_title}）" if party.legal_rep_title else "")
            self._add(
                ["", _label("法定代表人"), _value(rep), "", _label("联系电话"), _value(party.phone), ""],
                [(2, 3), (5, 6)],
            )
            self._add(["", _label("住所地"), _value(party.address), "", "", "", ""], [(2, 6)])
        else:
            sex = zh(party.sex) if party.sex is not None else ""
            birth = fmt_date(party.birth_date, blank="")
            self._add(
                [
                    _label(role),
                    _label("姓名"),
                    _value(party.name),
                    _label("性别"),
                    _value(sex),
                    _label("出生日期"),
                    _value(birth),
                ],
                [],
            )
            self._add(
                [
                    "",
                    _label("民族"),
                    _value(party.ethnicity),
                    _label("职业"),
                    _value(party.occupation),
                    _label("工作单位"),
                    _value(party.employer),
                ],
                [],
            )
            kind = zh(party.id_type) if party.id_type is not None else "证件"
            self._add(
                [
                    "",
                    _label(f"{kind}号码"),
                    _value(party.id_number),
                    "",
                    _label("联系电话"),
                    _value(party.phone),
                    "",
                ],
                [(2, 3), (5, 6)],
            )
            self._add(["", _label("住址"), _value(party.address), "", "", "", ""], [(2, 6)])
        self.spans.append(((0, first), (0, first + 3)))

    def table(self) -> Table:
        """The finished grid."""
        return grid(self.rows, COLS, label_cols=(), spans=self.spans, min_heights_mm=self.heights)


class _LineAndDate(Flowable):  # type: ignore[misc]
    """A drawn signature line with the date at its right (no underlined blanks: a long label
    wraps in its own cell and leaves no stray underline)."""

    def __init__(self, when: str) -> None:
        super().__init__()
        self.when = when
        self.width, self.height = 0.0, 7 * mm

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self.width = aW
        return aW, self.height

    def draw(self) -> None:
        font = ensure_font()
        date_w = text_width(self.when, font, 11.5) + 2 * mm
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1.2 * mm, self.width - date_w, 1.2 * mm)
        draw_text(self.canv, self.width, 1.8 * mm, self.when, font, 11.5, align="right")


def sign_line(label: str, when: str = "    年    月    日") -> Table:
    """ "label：" (wrapping inside its cell), then a drawn signature line and the date; the
    label takes what the 72 mm line leaves of the cell's width."""
    table = Table(
        [[Paragraph(esc(f"{label}："), styles()["cell"]), _LineAndDate(when)]],
        colWidths=["*", 72 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def signature_lines(labels: Sequence[str]) -> list[Flowable]:
    """One sign line per signer, stacked in one cell (every party has a line of their own)."""
    return [sign_line(label) for label in labels]


def party_sign_labels(parties: Sequence[PartySnapshot], how: str = "签名或者按指印") -> list[str]:
    """``申请人 郭建华（签名或者按指印）`` for each party (organisations: 盖章 and their signatory)."""
    out: list[str] = []
    for x in parties:
        if x.is_organisation:
            out.append(f"{zh(x.role)} {x.name}（盖章）")
        else:
            out.append(f"{zh(x.role)} {x.name}（{how}）")
    return out


__all__ = ["COLS", "WIDTH_MM", "Form", "mm", "party_sign_labels", "sign_line", "signature_lines"]
