"""The monthly statistics report (月度统计报告): figure tables and charts drawn with reportlab.graphics.

Renders from :class:`MonthlyReportSnapshot` (built by
:func:`mediation_desk.services.statistics_report.monthly_report_snapshot`), on the shared renderer
base: embedded CJK font, A4, "第x页 共y页". Amounts of confidential cases never reach the snapshot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .base import FORM, build_pdf, esc, fmt_date, p, styles
from .fonts import ensure_font, glyph_safe

PALETTE = [
    colors.HexColor(c)
    for c in ("#1f4e79", "#c0504d", "#9bbb59", "#8064a2", "#f79646", "#4bacc6", "#7f7f7f", "#2e7d32")
]
FRAME_MM = 210 - FORM.left - FORM.right
#: 分组 · 收案 成功 不成 撤回 未结 · 响应率 解决率 满意率 · 协议金额 已履行 (mm, sums to the frame width).
BREAKDOWN_WIDTHS = [26, 11, 11, 11, 11, 11, 13, 13, 13, 21.5, 21.5]


@dataclass(frozen=True)
class MonthlyReportSnapshot:
    """Everything the monthly report prints, as display-ready text and numbers."""

    organisation: str
    title: str  # 2026年3月人民调解工作统计报告
    generated_on: date
    summary: list[tuple[str, str]]  # (label, value) of the month's totals
    table_header: list[str]
    category_rows: list[list[str]]
    mediator_rows: list[list[str]]
    question_header: list[str]
    question_rows: list[list[str]]
    topic: str
    months: list[str]  # chart x labels, oldest first
    category_series: dict[str, list[int]]  # category label → cases received per month
    rate_series: dict[str, list[float | None]] = field(default_factory=dict)  # rate label → percent per month
    notes: list[str] = field(default_factory=list)
    #: the rates' definitions with this month's numbers, and the lines that show the counts add up
    definitions: list[str] = field(default_factory=list)
    #: the 12345 hotline's figures (label, value), when the month has tickets
    hotline_summary: list[tuple[str, str]] = field(default_factory=list)
    hotline_definitions: list[str] = field(default_factory=list)


def _style(name: str, size: float, align: int = 1) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=ensure_font(), fontSize=size, leading=size * 1.3, alignment=align, wordWrap="CJK"
    )


def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float]) -> Table:
    """A compact ruled table: bold-ish shaded header, first column left-aligned, numbers centred."""
    head, first, cell = _style("mr_head", 8.5), _style("mr_first", 8.5, 0), _style("mr_cell", 8.5)
    data = [[Paragraph(esc(h), head) for h in header]]
    data += [[Paragraph(esc(v), first if i == 0 else cell) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _legend(drawing: Drawing, names: list[str], x: float, y: float, *, line: bool = False) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = ensure_font(), 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1 if line else 3  # lines: one row; bars: up to three rows
    legend.dx, legend.dy = (10, 2) if line else (6, 6)
    legend.deltax = 60 if line else 72
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], glyph_safe(n)) for i, n in enumerate(names)]
    drawing.add(legend)


def category_chart(
    months: list[str], series: dict[str, list[int]], *, width_mm: float = FRAME_MM, top: int = 6
) -> Drawing:
    """Grouped bars: cases received per category, per month (the ``top`` busiest categories)."""
    names = sorted(series, key=lambda k: -sum(series[k]))[:top]
    d = Drawing(width_mm * mm, 72 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 24 * mm, (width_mm - 16) * mm, 42 * mm
    chart.data = [series[n] for n in names] or [[0] * len(months)]
    chart.categoryAxis.categoryNames = [glyph_safe(m) for m in months]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = ensure_font()
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.barSpacing, chart.groupSpacing = 0.5, 6
    for i in range(len(names)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    _legend(d, names, 12 * mm, 14 * mm)
    d.add(String(0, 69 * mm, glyph_safe("件"), fontName=ensure_font(), fontSize=7.5))
    return d


def rate_chart(
    months: list[str], series: dict[str, list[float | None]], *, width_mm: float = FRAME_MM
) -> Drawing:
    """Lines: the three rates (percent) per month; a month without a denominator is left out."""
    names = list(series)
    d = Drawing(width_mm * mm, 62 * mm)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 16 * mm, (width_mm - 16) * mm, 40 * mm
    chart.data = [[v if v is not None else None for v in series[n]] for n in names] or [[0] * len(months)]
    chart.categoryAxis.categoryNames = [glyph_safe(m) for m in months]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = ensure_font()
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    for i, name in enumerate(names):
        colour = PALETTE[i % len(PALETTE)]
        marker = makeMarker("FilledCircle", size=3)
        marker.fillColor = marker.strokeColor = colour
        chart.lines[i].symbol = marker  # a month alone between gaps still shows
        # a line needs two months: ReportLab refuses a one-point line (a first month of data)
        points = sum(v is not None for v in series[name])
        chart.lines[i].strokeColor = colour if points >= 2 else None
        chart.lines[i].strokeWidth = 1.5
    d.add(chart)
    _legend(d, names, 12 * mm, 6 * mm, line=True)
    return d


def _heading(text: str) -> Paragraph:
    return Paragraph(esc(text), _style("mr_h", 12, 0))


def story(snap: MonthlyReportSnapshot) -> list[Flowable]:
    """The flowables of the report, top to bottom."""
    s = styles()
    out: list[Flowable] = [
        p(snap.organisation, "org"),
        p(snap.title, "form_title"),
        Paragraph(esc(f"制表日期：{fmt_date(snap.generated_on)}"), s["small"]),
        Spacer(1, 3 * mm),
    ]
    pairs = snap.summary
    half = (len(pairs) + 1) // 2
    grid_rows = [[*pairs[i], *(pairs[i + half] if i + half < len(pairs) else ("", ""))] for i in range(half)]
    out += [
        _heading("一、本月概况"),
        Spacer(1, 1.5 * mm),
        table(["项目", "数值", "项目", "数值"], grid_rows, [48, FRAME_MM / 2 - 48, 48, FRAME_MM / 2 - 48]),
    ]
    out += [Paragraph(esc(line), s["small"]) for line in snap.definitions]
    if snap.hotline_summary:
        hp = snap.hotline_summary
        half = (len(hp) + 1) // 2
        rows = [[*hp[i], *(hp[i + half] if i + half < len(hp) else ("", ""))] for i in range(half)]
        out += [
            Spacer(1, 3 * mm),
            _heading("12345热线工单（接诉即办）"),
            Spacer(1, 1.5 * mm),
            table(["项目", "数值", "项目", "数值"], rows, [48, FRAME_MM / 2 - 48, 48, FRAME_MM / 2 - 48]),
        ]
        out += [Paragraph(esc(line), s["small"]) for line in snap.hotline_definitions]
    widths = (
        BREAKDOWN_WIDTHS
        if len(snap.table_header) == len(BREAKDOWN_WIDTHS)
        else [30] + [(FRAME_MM - 30) / (len(snap.table_header) - 1)] * (len(snap.table_header) - 1)
    )
    out += [
        Spacer(1, 4 * mm),
        _heading("二、按纠纷类型"),
        Spacer(1, 1.5 * mm),
        table(snap.table_header, snap.category_rows, widths),
    ]
    out += [
        Spacer(1, 4 * mm),
        _heading("三、调解员工作量"),
        Spacer(1, 1.5 * mm),
        table(snap.table_header, snap.mediator_rows, widths),
    ]
    qwidths = [34] + [(FRAME_MM - 34) / (len(snap.question_header) - 1)] * (len(snap.question_header) - 1)
    out += [
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                _heading("四、每月一题"),
                Spacer(1, 1.5 * mm),
                Paragraph(esc(f"建议议题：{snap.topic}"), _style("mr_topic", 10.5, 0)),
                Spacer(1, 1.5 * mm),
                table(snap.question_header, snap.question_rows, qwidths),
            ]
        ),
    ]
    out += [
        Spacer(1, 4 * mm),
        KeepTogether([_heading("五、各类纠纷逐月收案"), category_chart(snap.months, snap.category_series)]),
    ]
    if snap.rate_series:
        out += [
            Spacer(1, 3 * mm),
            KeepTogether([_heading("六、三率走势（%）"), rate_chart(snap.months, snap.rate_series)]),
        ]
    for note in snap.notes:
        out.append(Paragraph(esc(note), s["small"]))
    return out


def render_monthly_report(snap: MonthlyReportSnapshot) -> bytes:
    """The report as PDF bytes."""
    return build_pdf(
        story(snap), title=snap.title, margins=FORM, author=snap.organisation, subject=snap.title
    )


__all__ = ["MonthlyReportSnapshot", "category_chart", "rate_chart", "render_monthly_report", "story", "table"]
