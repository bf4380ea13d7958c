"""The weekly report (接诉即办及调解工作周报): this week against the last, with every rate's definition.

Renders from :class:`WeekDigestSnapshot` (built by ``services.monitoring.digest_snapshot``) on
the shared renderer base (embedded font, A4, "第x页 共y页").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .base import FORM, build_pdf, esc, fmt_date, p, styles
from .monthly_report import FRAME_MM, _heading, table


@dataclass(frozen=True)
class WeekDigestSnapshot:
    """Everything the weekly report prints, as display-ready text."""

    organisation: str
    title: str
    generated_on: date
    header: list[str]
    rows: list[list[str]]
    top_categories: list[str] = field(default_factory=list)
    definitions: list[str] = field(default_factory=list)


def story(snap: WeekDigestSnapshot) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        p(snap.organisation, "org"),
        p(snap.title, "form_title"),
        Paragraph(esc(f"制表日期：{fmt_date(snap.generated_on)}"), s["small"]),
        Spacer(1, 3 * mm),
        _heading("一、本周与上周"),
        Spacer(1, 1.5 * mm),
        table(snap.header, snap.rows, [FRAME_MM * 0.4, FRAME_MM * 0.3, FRAME_MM * 0.3]),
    ]
    out += [Spacer(1, 4 * mm), _heading("二、本周收案较多的纠纷类型"), Spacer(1, 1.5 * mm)]
    out += [Paragraph(esc(line), s["small"]) for line in snap.top_categories or ["本周无收案"]]
    out += [Spacer(1, 4 * mm), _heading("三、口径与核对"), Spacer(1, 1.5 * mm)]
    out += [Paragraph(esc(line), s["small"]) for line in snap.definitions]
    return out


def render_week_digest(snap: WeekDigestSnapshot) -> bytes:
    """The weekly report as PDF bytes."""
    return build_pdf(
        story(snap), title=snap.title, margins=FORM, author=snap.organisation, subject=snap.title
    )


__all__ = ["WeekDigestSnapshot", "render_week_digest", "story"]
