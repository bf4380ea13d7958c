"""接诉即办's rhythm: daily monitoring, the weekly report, the monthly analysis (issue 17).

* :func:`today_view` — the day's new tickets and the tickets whose response is overdue;
* :func:`week_digest` — the week's hotline and case figures beside the week before, printable
  (:func:`export_week_digest`, PDF on the documents base);
* the month's analysis is the monthly report (``statistics_report``) with the monthly question
  compared over equal periods (``statistics.equal_periods``).

Hotline figures come from ``store/queries/hotline_stats.py``: population = tickets received in
the period; every count splits it (see there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..domain.errors import StorageError
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, HotlineTicket
from ..store.queries import hotline_stats as hq
from ..store.queries.hotline_stats import HotlineRow
from ..store.queries.statistics import Row
from ..store.types import SHANGHAI, utcnow
from . import stat_notes as notes
from . import statistics as st
from .base import Actor, unit_of_work
from .hotline import hotline_definitions

#: the most tickets a day view lists (a day rarely has more; the count is always exact)
LIST_LIMIT = 500


def hotline_figures(
    session: Session,
    period: st.Period,
    *,
    by: str = "total",
    visible: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[HotlineRow]:
    """The hotline's counts and rates of ``period`` grouped ``by``."""
    return hq.hotline_figures(
        session=session,
        window=period.window(now),
        by=by,
        definitions=hotline_definitions(session),
        visible=visible,
    )


def hotline_cases_behind(
    session: Session,
    period: st.Period,
    figure: str,
    *,
    visible: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """The case ids behind one hotline figure (a rate lists its numerator)."""
    return hq.hotline_case_ids(
        session=session,
        figure=figure,
        window=period.window(now),
        definitions=hotline_definitions(session),
        visible=visible,
    )


@dataclass(frozen=True)
class TicketLine:
    """One ticket in a list: case, numbers, received, hours since receipt, title."""

    case_id: int
    case_number: str
    ticket_no: str
    received_at: datetime
    hours_waiting: float
    title: str


@dataclass(frozen=True)
class TodayView:
    """Daily monitoring: the day's figures, its new tickets, every ticket overdue for a response."""

    day: date
    figures: HotlineRow
    new_tickets: list[TicketLine]
    overdue: list[TicketLine]
    cases_received: int
    response_hours: int


def _lines(session: Session, case_ids: list[int], now: datetime) -> list[TicketLine]:
    if not case_ids:
        return []
    stmt = (
        select(
            col(Case.id),
            col(Case.number),
            col(HotlineTicket.ticket_no),
            col(HotlineTicket.received_at),
            col(Case.title),
        )
        .join(HotlineTicket, col(HotlineTicket.case_id) == col(Case.id))
        .where(col(Case.id).in_(case_ids))
        .order_by(col(HotlineTicket.received_at))
    )
    return [
        TicketLine(cid, number, no, at, round((now - at).total_seconds() / 3600, 1), title)
        for cid, number, no, at, title in session.execute(stmt).all()
    ]


def today_view(
    session: Session, day: date, *, visible: ColumnElement[bool] | None = None, now: datetime | None = None
) -> TodayView:
    """The daily monitoring of ``day`` (Asia/Shanghai)."""
    now = now or utcnow()
    period = st.make_period("day", day)
    defs = hotline_definitions(session)
    row = hq.hotline_figures(session=session, window=period.window(now), definitions=defs, visible=visible)[0]
    new_ids = hq.hotline_case_ids(
        session=session, figure="received", window=period.window(now), definitions=defs, visible=visible
    )[:LIST_LIMIT]
    as_of = min(now, period.window(now).end)
    overdue = hq.overdue_responses(
        session=session, as_of=as_of, definitions=defs, visible=visible, limit=LIST_LIMIT
    )
    cases = st.figures(session, period, visible=visible, now=now)[0].counts["received"]
    return TodayView(
        day, row, _lines(session, new_ids, as_of), _lines(session, overdue, as_of), cases, defs.response_hours
    )


@dataclass(frozen=True)
class WeekDigest:
    """The weekly report: this week and the week before, hotline and cases, with definitions."""

    period: st.Period
    previous: st.Period
    hotline: HotlineRow
    hotline_before: HotlineRow
    cases: Row
    cases_before: Row
    definitions: list[str]
    top_categories: list[tuple[str, int]]


def week_digest(
    session: Session, anchor: date, *, visible: ColumnElement[bool] | None = None, now: datetime | None = None
) -> WeekDigest:
    """The digest of the week (Monday–Sunday) containing ``anchor``."""
    week = st.make_period("week", anchor)
    before = week.previous()
    hot, hot_before = (hotline_figures(session, p, visible=visible, now=now)[0] for p in (week, before))
    cases, cases_before = (st.figures(session, p, visible=visible, now=now)[0] for p in (week, before))
    cats = st.figures(session, week, by="category", visible=visible, now=now)
    lines = [
        *(n.line() for n in notes.hotline_notes(hotline_definitions(session), hot)),
        *notes.hotline_reconciliation(hot),
        *(n.line() for n in notes.case_notes(st.definitions(session), cases)),
        *notes.case_reconciliation(cases),
    ]
    top = [(r.label or str(r.key), r.counts["received"]) for r in cats if r.counts["received"]][:5]
    return WeekDigest(week, before, hot, hot_before, cases, cases_before, lines, top)


def export_week_digest(
    db: Database, actor: Actor, path: Path, anchor: date, *, organisation: str = ""
) -> Path:
    """Write the weekly report PDF of the week containing ``anchor`` to ``path`` (audited)."""
    from ..documents.week_digest import render_week_digest

    st.authorise(actor, "statistics")
    visible = st.counting(actor)
    with read_session(db.engine) as session:
        digest = week_digest(session, anchor, visible=visible)
    pdf = render_week_digest(digest_snapshot(digest, organisation))
    with unit_of_work(db, actor) as uow:
        try:
            Path(path).write_bytes(pdf)
        except OSError as exc:
            raise StorageError("file.write", path=str(path), reason=str(exc)) from exc
        uow.audit(
            "statistics.week",
            "statistics",
            None,
            diff={"path": [None, str(path)], "week": [None, digest.period.label]},
        )
    return Path(path)


def digest_snapshot(d: WeekDigest, organisation: str) -> Any:
    """The printable snapshot of a digest (display-ready Chinese text)."""
    from ..documents.week_digest import WeekDigestSnapshot

    def rate(r: Any, name: str) -> str:
        v = getattr(r, name)
        return f"{v.percent()}（{v.num}/{v.den}）" if v.den else "—"

    h, hb, c, cb = d.hotline, d.hotline_before, d.cases, d.cases_before
    rows = [
        ["12345接单", str(h["received"]), str(hb["received"])],
        ["按时响应", str(h["responded_on_time"]), str(hb["responded_on_time"])],
        ["超时未响应", str(h["unresponded_overdue"]), str(hb["unresponded_overdue"])],
        ["热线响应率", rate(h, "response"), rate(hb, "response")],
        ["热线解决率", rate(h, "resolution"), rate(hb, "resolution")],
        ["热线满意率", rate(h, "satisfaction"), rate(hb, "satisfaction")],
        ["收案", str(c.counts["received"]), str(cb.counts["received"])],
        ["调解成功", str(c.counts["resolved"]), str(cb.counts["resolved"])],
        ["调解中", str(c.counts["in_mediation"]), str(cb.counts["in_mediation"])],
        ["案件解决率", rate(c, "resolution"), rate(cb, "resolution")],
        ["本周结案（另计）", str(c.counts["closed"]), str(cb.counts["closed"])],
    ]
    week = d.period
    last = week.end - timedelta(days=1)
    return WeekDigestSnapshot(
        organisation=organisation,
        title=f"接诉即办及调解工作周报（{week.start:%Y年%m月%d日}至{last:%m月%d日}）",
        generated_on=utcnow().astimezone(SHANGHAI).date(),
        header=["项目", "本周", "上周"],
        rows=rows,
        top_categories=[f"{name}：{n}件" for name, n in d.top_categories],
        definitions=d.definitions,
    )


__all__ = [
    "TicketLine",
    "TodayView",
    "WeekDigest",
    "digest_snapshot",
    "export_week_digest",
    "hotline_cases_behind",
    "hotline_figures",
    "today_view",
    "week_digest",
]
