"""Build the monthly report's snapshot from the statistics, and write the PDF."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..documents.monthly_report import MonthlyReportSnapshot, render_monthly_report
from ..domain.errors import StorageError
from ..domain.money import format_money
from ..store.anchors import chain_head, record_anchor
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Organisation
from ..store.queries.hotline_stats import HotlineRow
from ..store.queries.statistics import Row, group_labels
from ..store.types import SHANGHAI, utcnow
from . import monitoring
from . import stat_notes as notes
from . import statistics as st
from .base import Actor, unit_of_work
from .hotline import hotline_definitions

BREAKDOWN_HEADER = [
    "分组",
    "收案",
    "调解成功",
    "调解不成",
    "撤回",
    "未办结",
    "响应率",
    "解决率",
    "满意率",
    "协议金额（元）",
    "已履行（元）",
]
CHART_MONTHS = 6


def _money(fen: int) -> str:
    return format_money(fen).removeprefix("¥")


def _days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}天"


def _rate(row: Any, name: str) -> str:
    rate = getattr(row, name)
    return f"{rate.percent()}（{rate.num}/{rate.den}）" if rate.den else "—"


def breakdown_row(label: str, row: Row) -> list[str]:
    """One line of a breakdown table (confidential cases' amounts are already excluded)."""
    c = row.counts
    return [
        label,
        str(c["received"]),
        str(c["resolved"]),
        str(c["failed"]),
        str(c["withdrawn"]),
        str(c["open"]),
        row.response.percent(),
        row.resolution.percent(),
        row.satisfaction.percent(),
        _money(row.agreed_fen),
        _money(row.paid_fen),
    ]


def summary(row: Row) -> list[tuple[str, str]]:
    """The month's totals as (label, value) pairs: the received cases by outcome, then the rest."""
    c = row.counts
    return [
        ("本月收案", f"{c['received']}件"),
        ("其中：待受理", f"{c['pending']}件"),
        ("调解中", f"{c['in_mediation']}件（其中超期{c['overdue']}件）"),
        ("调解成功", f"{c['resolved']}件"),
        ("调解不成", f"{c['failed']}件"),
        ("撤回", f"{c['withdrawn']}件"),
        ("不予受理", f"{c['declined']}件"),
        ("响应率", _rate(row, "response")),
        ("解决率", _rate(row, "resolution")),
        ("满意率", _rate(row, "satisfaction")),
        ("本月结案（另计）", f"{c['closed']}件"),
        ("本月受理（另计）", f"{c['accepted']}件"),
        ("协议金额", format_money(row.agreed_fen)),
        ("已履行金额", format_money(row.paid_fen)),
        ("未履行金额", format_money(row.outstanding_fen)),
        ("平均调解天数", _days(row.avg_days)),
        ("最长调解天数", _days(row.max_days)),
        ("金额保密案件", f"{c['confidential']}件（金额不计入）"),
    ]


def hotline_summary(row: HotlineRow) -> list[tuple[str, str]]:
    """The hotline's figures of the period as (label, value) pairs."""
    c = row.counts
    return [
        ("接单", f"{c['received']}件"),
        ("按时响应", f"{c['responded_on_time']}件"),
        ("超时响应", f"{c['responded_late']}件"),
        ("未响应", f"{c['unresponded_overdue'] + c['unresponded_waiting']}件"),
        ("已答复", f"{c['replied_on_time'] + c['replied_late']}件"),
        ("已回访", f"{row.visited}件"),
        ("响应率", _rate(row, "response")),
        ("解决率", _rate(row, "resolution")),
        ("满意率", _rate(row, "satisfaction")),
    ]


def monthly_report_snapshot(
    session: Session,
    year: int,
    month: int,
    *,
    visible: ColumnElement[bool] | None = None,
    organisation: str | None = None,
    now: datetime | None = None,
) -> MonthlyReportSnapshot:
    """Everything the monthly report of ``year-month`` prints."""
    period = st.month(year, month)
    if organisation is None:
        organisation = (
            session.execute(select(col(Organisation.name)).order_by(col(Organisation.id))).scalars().first()
            or ""
        )
    total = st.figures(session, period, visible=visible, now=now)[0]
    hot = monitoring.hotline_figures(session, period, visible=visible, now=now)[0]
    hdefs = hotline_definitions(session)
    by_cat = st.figures(session, period, by="category", visible=visible, now=now)
    by_med = st.figures(session, period, by="mediator", visible=visible, now=now)
    question = st.monthly_question(session, year, month, visible=visible)
    months = st.months_back(year, month, CHART_MONTHS)
    labels = [f"{p.start.month}月" if p.start.month != 1 else f"{p.start.year}年1月" for p in months]
    cats = st.category_months(session, months, visible=visible)
    names = group_labels(session=session, by="category", keys=list(cats))
    rates = st.rate_series(session, months, visible=visible)

    def pct(values: list[Row], name: str) -> list[float | None]:
        out = []
        for r in values:
            v = getattr(r, name).value
            out.append(None if v is None else round(float(v) * 100, 1))
        return out

    def growth(t: st.CategoryTrend) -> str:
        return "新出现" if t.growth is None else f"{float(t.growth) * 100:+.1f}%"

    return MonthlyReportSnapshot(
        organisation=organisation,
        title=f"{period.label}人民调解工作统计报告",
        generated_on=(now or utcnow()).astimezone(SHANGHAI).date(),
        summary=summary(total),
        table_header=BREAKDOWN_HEADER,
        category_rows=[breakdown_row(r.label or str(r.key), r) for r in by_cat],
        mediator_rows=[breakdown_row(r.label if r.key is not None else "（未指定）", r) for r in by_med],
        question_header=[
            "纠纷类型",
            "本月件数",
            "前三月件数",
            "前三月平均",
            "增长",
            "按件数排名",
            "按增长排名",
        ],
        question_rows=[
            [
                t.label,
                str(t.count),
                " / ".join(map(str, t.previous)),
                f"{float(t.average):.1f}",
                growth(t),
                str(i),
                str(question.by_growth.index(t) + 1),
            ]
            for i, t in enumerate(question.by_count, 1)
        ],
        topic=(
            f"{question.topic.label}（本月{question.topic.count}件，{growth(question.topic)}）"
            if question.topic
            else "本月无案件"
        ),
        months=labels,
        category_series={names.get(k, k): v for k, v in cats.items()},
        rate_series={
            "响应率": pct(rates, "response"),
            "解决率": pct(rates, "resolution"),
            "满意率": pct(rates, "satisfaction"),
        },
        notes=["注：金额保密案件的金额不计入统计。各项比率的口径见“本月概况”下的说明。"],
        definitions=[
            *(n.line() for n in notes.case_notes(st.definitions(session), total)),
            *notes.case_reconciliation(total),
        ],
        hotline_summary=hotline_summary(hot) if hot.counts["received"] else [],
        hotline_definitions=(
            [*(n.line() for n in notes.hotline_notes(hdefs, hot)), *notes.hotline_reconciliation(hot)]
            if hot.counts["received"]
            else []
        ),
    )


def export_monthly_report(db: Database, actor: Actor, path: Path, year: int, month: int) -> None:
    """Write the monthly report PDF of the cases ``actor`` may see to ``path`` (an audited export)."""
    st.authorise(actor, "statistics")
    visible = st.counting(actor)
    with read_session(db.engine) as session:
        snap = monthly_report_snapshot(session, year, month, visible=visible)
        head = chain_head(session)  # the audit anchor: printed on the paper, kept outside the database
    pdf = render_monthly_report(dataclasses.replace(snap, notes=[*snap.notes, head.note()]))
    with unit_of_work(db, actor) as uow:
        try:
            Path(path).write_bytes(pdf)
        except OSError as exc:
            raise StorageError("file.write", path=str(path), reason=str(exc)) from exc
        uow.audit(
            "statistics.report",
            "statistics",
            None,
            diff={"path": [None, str(path)], "month": [None, f"{year}-{month:02d}"]},
        )
    record_anchor(db.url, head, f"monthly report {year}-{month:02d}")


__all__ = ["breakdown_row", "export_monthly_report", "monthly_report_snapshot", "summary"]
