"""Statistics use cases: periods, the figures, the administrator's definitions, the monthly question.

Periods are Asia/Shanghai calendar days ``[start, end)``; :meth:`Period.window` turns them into
the UTC :class:`~mediation_desk.store.queries.statistics.Window` the queries take.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..domain.enums import Satisfaction
from ..domain.errors import ValidationError
from ..store.models import Case
from ..store.queries import statistics as q
from ..store.queries.hints import unindexed
from ..store.queries.statistics import Definitions, Row, Window
from ..store.types import SHANGHAI, utcnow
from . import policy
from .base import Actor, Changes, unit_of_work
from .settings import get_value, limits, set_value

DEFINITIONS_KEY = "statistics_definitions"
PERIOD_KINDS = ("day", "week", "month", "quarter", "year", "custom")


@dataclass(frozen=True)
class Period:
    """Calendar days ``[start, end)`` in Asia/Shanghai, with the kind it was made as."""

    kind: str
    start: date
    end: date

    def window(self, now: datetime | None = None) -> Window:
        """UTC bounds; "overdue" is judged at the period's end, or now if that is earlier."""
        start = datetime.combine(self.start, time.min, tzinfo=SHANGHAI)
        end = datetime.combine(self.end, time.min, tzinfo=SHANGHAI)
        return Window(start, end, min(end, now or utcnow()))

    @property
    def label(self) -> str:
        s, last = self.start, self.end - timedelta(days=1)
        if self.kind == "month":
            return f"{s.year}年{s.month}月"
        if self.kind == "quarter":
            return f"{s.year}年第{(s.month - 1) // 3 + 1}季度"
        if self.kind == "year":
            return f"{s.year}年"
        if s == last:
            return f"{s.year}年{s.month}月{s.day}日"
        if (s.year, s.month) == (last.year, last.month):
            return f"{s.year}年{s.month}月{s.day}日至{last.day}日"
        return f"{s.isoformat()} 至 {last.isoformat()}"

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        return (
            make_period(self.kind, self.start - timedelta(days=1))
            if self.kind != "custom"
            else Period("custom", self.start - (self.end - self.start), self.start)
        )


def make_period(kind: str, anchor: date, end_inclusive: date | None = None) -> Period:
    """The period of ``kind`` containing ``anchor`` (custom: ``anchor``..``end_inclusive``).

    Raises:
        ValidationError: ``period.kind`` or ``period.range`` (custom end before start).
    """
    if kind == "day":
        return Period(kind, anchor, anchor + timedelta(days=1))
    if kind == "week":  # Monday to Sunday
        start = anchor - timedelta(days=anchor.weekday())
        return Period(kind, start, start + timedelta(days=7))
    if kind == "month":
        return month(anchor.year, anchor.month)
    if kind == "quarter":
        first = (anchor.month - 1) // 3 * 3 + 1
        end = date(anchor.year + (first == 10), 1 if first == 10 else first + 3, 1)
        return Period(kind, date(anchor.year, first, 1), end)
    if kind == "year":
        return Period(kind, date(anchor.year, 1, 1), date(anchor.year + 1, 1, 1))
    if kind == "custom":
        last = end_inclusive or anchor
        if last < anchor:
            raise ValidationError("period.range", start=anchor.isoformat(), end=last.isoformat())
        return Period(kind, anchor, last + timedelta(days=1))
    raise ValidationError("period.kind", kind=kind)


def month(year: int, month_: int) -> Period:
    """The calendar month ``year-month``."""
    end = date(year + 1, 1, 1) if month_ == 12 else date(year, month_ + 1, 1)
    return Period("month", date(year, month_, 1), end)


def months_back(year: int, month_: int, count: int) -> list[Period]:
    """``count`` consecutive months ending with ``year-month`` (oldest first)."""
    out: list[Period] = []
    y, m = year, month_
    for _ in range(count):
        out.append(month(y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


# --- definitions and visibility -------------------------------------------------------------


def definitions(session: Session) -> Definitions:
    """The definitions in force: the stored ones, response window defaulting to the limits."""
    stored = get_value(session, DEFINITIONS_KEY, {})
    base = {"response_hours": limits(session).response_hours}
    return Definitions.from_json({**base, **stored})


def save_definitions(db: Any, actor: Actor, value: Definitions) -> Changes:
    """Store new definitions (administrators and directors only); audited as a settings change.

    Raises:
        PermissionDenied: unless the actor may manage settings.
        ValidationError: ``statistics.response_hours`` for a window under 1 hour.
    """
    authorise(actor, "settings.manage")
    if value.response_hours < 1:
        raise ValidationError("statistics.response_hours", value=value.response_hours)
    if not value.satisfied_answers or not set(value.satisfied_answers) <= {s.value for s in Satisfaction}:
        raise ValidationError("hotline.satisfied_answers", value=",".join(value.satisfied_answers))
    if "resolved" not in value.concluded_outcomes or not set(value.concluded_outcomes) <= set(q.CONCLUDED):
        raise ValidationError("statistics.concluded", value=",".join(value.concluded_outcomes))
    with unit_of_work(db, actor) as uow:
        set_value(uow, DEFINITIONS_KEY, value.to_json())
        return uow.changes


def authorise(actor: Actor, action: str, **kw: Any) -> None:
    """Refuse ``action`` (a policy action code) unless ``actor`` may take it (``policy.require``).

    Raises:
        PermissionDenied: from the data-safety policy.
    """
    policy.require(actor, action, **kw)


def visibility(actor: Actor) -> ColumnElement[bool]:
    """The SQL condition of cases ``actor`` may see (``policy.visible_case_condition``): for lists."""
    return policy.visible_case_condition(actor)


def counting(actor: Actor) -> ColumnElement[bool]:
    """The SQL condition of cases ``actor``'s figures count (``policy.counted_case_condition``)."""
    return policy.counted_case_condition(actor)


# --- figures --------------------------------------------------------------------------------


def figures(
    session: Session,
    period: Period,
    *,
    by: str = "total",
    visible: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[Row]:
    """All figures of ``period`` grouped ``by`` (see :mod:`mediation_desk.store.queries.statistics`)."""
    return q.figures(
        session=session, window=period.window(now), by=by, definitions=definitions(session), visible=visible
    )


def cases_behind(
    session: Session,
    period: Period,
    figure: str,
    *,
    by: str = "total",
    key: Any = None,
    visible: ColumnElement[bool] | None = None,
    now: datetime | None = None,
) -> list[int]:
    """The case ids behind one figure (a rate's name lists its numerator)."""
    figure = {
        "response": "responded",
        "resolution": "resolved",
        "satisfaction": "satisfied",
        "agreed": "amounts",
        "paid": "amounts",
        "outstanding": "amounts",
        "avg_days": "days",
        "max_days": "days",
    }.get(figure, figure)
    return q.case_ids(
        session=session,
        figure=figure,
        window=period.window(now),
        by=by,
        key=key,
        definitions=definitions(session),
        visible=visible,
    )


def rate_series(
    session: Session, periods: list[Period], *, visible: ColumnElement[bool] | None = None
) -> list[Row]:
    """Total figures for each period (for "rates over time")."""
    return [figures(session, p, visible=visible)[0] for p in periods]


def category_months(
    session: Session, periods: list[Period], *, visible: ColumnElement[bool] | None = None
) -> dict[str, list[int]]:
    """Cases received per category in each of ``periods`` (one GROUP BY query with period buckets;
    the periods must not overlap)."""
    windows = [p.window() for p in periods]
    bucket = sql_case(
        *[
            ((col(Case.received_at) >= w.start) & (col(Case.received_at) < w.end), i)
            for i, w in enumerate(windows)
        ],
        else_=None,
    ).label("bucket")
    stmt = (
        select(col(Case.category), bucket, func.count())
        .where(
            col(Case.received_at) >= min(w.start for w in windows),
            col(Case.received_at) < max(w.end for w in windows),
        )
        .group_by(col(Case.category), bucket)
    )
    if visible is not None:
        stmt = stmt.where(visible)
    out: dict[str, list[int]] = {}
    for category, i, n in session.execute(stmt).all():
        if i is not None:
            out.setdefault(category, [0] * len(periods))[int(i)] = int(n)
    return out


def equal_periods(year: int, month_: int, count: int, *, today: date | None = None) -> list[Period]:
    """``count`` months ending with ``year-month``, cut to equal lengths (oldest first).

    A month not over yet (``today`` inside it) runs to ``today`` inclusive; each earlier month is
    then cut to the same days (the 1st to the same day, or the month's end if shorter), so a
    partial month is compared with the same days of the months before it (issue 17).
    """
    months = months_back(year, month_, count)
    last = months[-1]
    today = today or utcnow().astimezone(SHANGHAI).date()
    if not last.start <= today < last.end:
        return months
    days = (today - last.start).days + 1
    return [Period("custom", p.start, min(p.end, p.start + timedelta(days=days))) for p in months]


# --- the monthly question ---------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryTrend:
    """One category in the monthly question: this month's count against the previous three."""

    category: str
    label: str
    count: int
    previous: tuple[int, int, int]  # oldest first
    #: Growth against the previous three months' average; None when that average is 0.
    growth: Fraction | None

    @property
    def average(self) -> Fraction:
        return Fraction(sum(self.previous), 3)


@dataclass(frozen=True)
class MonthlyQuestion:
    """每月一题: categories ranked by count and by growth, the suggested topic and its cases.

    ``compared`` are the three earlier periods the counts come from (equal in length to ``period``).
    """

    period: Period
    by_count: list[CategoryTrend]
    by_growth: list[CategoryTrend]
    topic: CategoryTrend | None
    topic_case_ids: list[int]
    compared: tuple[Period, ...] = ()

    @property
    def partial(self) -> bool:
        """Whether the month is not over (compared over its days so far)."""
        return self.period.kind == "custom"


def monthly_question(
    session: Session,
    year: int,
    month_: int,
    *,
    visible: ColumnElement[bool] | None = None,
    today: date | None = None,
) -> MonthlyQuestion:
    """Rank the month's categories and suggest the topic.

    By count: most cases first (ties: higher growth, then category code). By growth:
    ``(count - avg) / avg`` with ``avg`` the mean of the previous three months, highest
    first; categories without history (avg 0) come last. The suggested topic is the top
    category by count — the most frequent complaint — if the month has any case.
    """
    periods = months_back(year, month_, 4)
    counts = category_months(session, periods, visible=visible)
    labels = q.group_labels(session=session, by="category", keys=list(counts))
    trends = []
    for code, series in counts.items():
        if series[3] == 0:
            continue
        avg = Fraction(sum(series[:3]), 3)
        growth = (series[3] - avg) / avg if avg else None
        trends.append(
            CategoryTrend(code, labels.get(code, code), series[3], (series[0], series[1], series[2]), growth)
        )
    minus_inf = Fraction(-(10**9))
    by_count = sorted(
        trends, key=lambda t: (-t.count, -(t.growth if t.growth is not None else minus_inf), t.category)
    )
    by_growth = sorted(trends, key=lambda t: (t.growth is None, -(t.growth or 0), -t.count, t.category))
    topic = by_count[0] if by_count else None
    ids: list[int] = []
    if topic is not None:
        w = periods[3].window()
        # the month along ix_case_received_at, the category as a filter (looked up by category,
        # SQLite read every case of it: 265 ms at a million cases)
        stmt = (
            select(col(Case.id))
            .where(
                unindexed(col(Case.category)) == topic.category,
                col(Case.received_at) >= w.start,
                col(Case.received_at) < w.end,
            )
            .order_by(col(Case.id))
        )
        if visible is not None:
            stmt = stmt.where(visible)
        ids = [int(i) for i in session.execute(stmt).scalars()]
    return MonthlyQuestion(periods[3], by_count, by_growth, topic, ids, tuple(periods[:3]))


__all__ = [
    "DEFINITIONS_KEY",
    "PERIOD_KINDS",
    "CategoryTrend",
    "MonthlyQuestion",
    "Period",
    "cases_behind",
    "category_months",
    "definitions",
    "equal_periods",
    "figures",
    "make_period",
    "month",
    "monthly_question",
    "months_back",
    "rate_series",
    "save_definitions",
    "authorise",
    "visibility",
]
