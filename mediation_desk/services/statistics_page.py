"""What the statistics page reads, under the reader's policy (no ``visible=`` from the caller).

Figures, chart series and the weekly digest count the cases ``policy.counted_case_condition`` gives
(a director: every case of the committee, sealed and juvenile ones included, as numbers only); the
lists of cases behind a figure and the day's ticket lines show only the cases the actor may see
(``policy.visible_case_condition``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case
from ..store.queries import statistics as q
from ..store.queries.hotline_stats import HotlineDefinitions, HotlineRow
from ..store.queries.statistics import Definitions, Row
from . import hotline, monitoring
from . import statistics as st
from .base import Actor
from .monitoring import TodayView, WeekDigest

CASE_LIST_CAP = 2000  # cases listed behind one figure


@dataclass(frozen=True)
class StatsReading:
    """One period's figures and what the page shows beside them."""

    rows: list[Row]
    question: st.MonthlyQuestion
    rates: list[Row]
    categories: dict[str, list[int]]
    category_names: dict[Any, str]
    mediators: list[Row]
    definitions: Definitions
    hotline_definitions: HotlineDefinitions
    hotline: HotlineRow
    today: TodayView
    week: WeekDigest


def read_page(
    db: Database, actor: Actor, period: st.Period, by: str, months: list[st.Period], day: date
) -> StatsReading:
    """The figures of ``period`` grouped ``by``, the ``months`` series and the monitoring of ``day``."""
    visible = st.counting(actor)  # figures count; the lists below apply st.visibility
    listed = st.visibility(actor)
    anchor = period.start
    anchor_week = day if period.start <= day < period.end else period.start
    with read_session(db.engine) as s:
        cats = st.category_months(s, months, visible=visible)
        return StatsReading(
            rows=st.figures(s, period, by=by, visible=visible),
            question=st.monthly_question(s, anchor.year, anchor.month, visible=visible),
            rates=st.rate_series(s, months, visible=visible),
            categories=cats,
            category_names=q.group_labels(session=s, by="category", keys=list(cats)),
            mediators=st.figures(s, period, by="mediator", visible=visible),
            definitions=st.definitions(s),
            hotline_definitions=hotline.hotline_definitions(s),
            hotline=monitoring.hotline_figures(s, period, visible=visible)[0],
            today=monitoring.today_view(s, day, visible=listed),  # lists tickets by case
            week=monitoring.week_digest(s, anchor_week, visible=visible),
        )


def _case_rows(session: Any, actor: Actor, ids: list[int]) -> list[tuple[int, str, str, str]]:
    if not ids:
        return []
    stmt = (
        select(col(Case.id), col(Case.number), col(Case.title), col(Case.status))
        .where(col(Case.id).in_(ids[:CASE_LIST_CAP]))
        .where(st.visibility(actor))
        .order_by(col(Case.received_at))
    )
    return [(r[0], r[1], r[2], r[3]) for r in session.execute(stmt).all()]


def cases_behind(
    db: Database, actor: Actor, period: st.Period, figure: str, *, by: str = "total", key: Any = None
) -> list[tuple[int, str, str, str]]:
    """(id, number, title, status) of the cases the actor may see behind ``figure`` of group ``key``."""
    with read_session(db.engine) as s:
        ids = st.cases_behind(s, period, figure, by=by, key=key, visible=st.visibility(actor))
        return _case_rows(s, actor, ids)


def cases_listed(db: Database, actor: Actor, ids: list[int]) -> list[tuple[int, str, str, str]]:
    """(id, number, title, status) of those of ``ids`` the actor may see (e.g. a monthly question's)."""
    with read_session(db.engine) as s:
        return _case_rows(s, actor, ids)


__all__ = ["Definitions", "Row", "StatsReading", "cases_behind", "cases_listed", "read_page"]
