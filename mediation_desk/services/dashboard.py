"""The dashboard's lists (工作台), read in one session for the task runner. No Qt.

Every list carries its true total beside the rows it shows, so a panel's title states how many
there are even when the list is cut short; the overdue total is :func:`deadlines.count_overdue`,
the very count the sign-in notice shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from ..domain.deadlines import DueItem
from ..store.database import Database
from ..store.engine import read_session
from ..store.queries import dashboard as q
from ..store.queries.dashboard import DashItem, DashList
from ..store.types import SHANGHAI, utcnow
from . import deadlines as engine
from .base import Actor
from .deadlines import CaseDue, count_overdue, overdue_summary
from .list_plans import list_condition
from .settings import limits

#: Rows of the overdue and due-soon lists: the engine reads every listed case's facts (~5
#: queries a case), so the dashboard lists the most pressing ones; "show all" lists every one.
DEADLINE_ROWS = 50

#: What the dashboard says about a due item (the UI's translated words for the item's kind).
Describe = Callable[[DueItem, datetime], str]


@dataclass(frozen=True)
class DashboardData:
    today: DashList
    week: DashList
    overdue: DashList
    due_soon: DashList
    clocks: DashList
    instalments: DashList
    follow_ups: DashList
    waiting: DashList


def _deadline_list(rows: list[engine.CaseDue], total: int, now: datetime, describe: Describe) -> DashList:
    items = [
        DashItem(
            r.case_id,
            r.number,
            r.title,
            r.items[0].due_at,
            describe(r.items[0], now),
            tab=_tab_of(r.items[0]),
        )
        for r in rows
    ]
    return DashList(items, max(total, len(items)))


def _tab_of(item: DueItem) -> str:
    """The workspace tab where the item is dealt with."""
    kind = str(item.kind)
    if kind == "session":
        return "sessions"
    if kind == "instalment":
        return "payments"
    if kind == "follow_up":
        return "follow_ups"
    if kind.startswith("fast_track.") or kind == "mediation_limit":
        return "track"
    return ""


def deadline_lists(
    session: Session,
    now: datetime,
    *,
    organisation_id: int | None,
    visible: Any,
    describe: Describe,
    rows: int | None = DEADLINE_ROWS,
) -> tuple[DashList, DashList]:
    """Overdue and due-soon cases (``rows`` of each, None: all) with their true totals."""
    within = timedelta(days=limits(session).due_soon_days)
    overdue = engine.overdue_summary(
        session, now, organisation_id=organisation_id, visible=visible, limit=rows
    )
    soon = engine.due_soon(
        session, now, within=within, organisation_id=organisation_id, visible=visible, limit=rows
    )
    n_overdue = engine.count_overdue(session, now, organisation_id=organisation_id, visible=visible)
    n_soon = engine.count_due_soon(
        session, now, within=within, organisation_id=organisation_id, visible=visible
    )
    return _deadline_list(overdue, n_overdue, now, describe), _deadline_list(soon, n_soon, now, describe)


def load_dashboard(
    db: Database,
    actor: Actor,
    *,
    organisation_id: int | None,
    describe: Describe,
    now: datetime | None = None,
) -> DashboardData:
    """Every dashboard list of the cases ``actor`` may see (in the task runner: never on the UI thread)."""
    visible = list_condition(actor)
    at = now or utcnow()
    today = at.astimezone(SHANGHAI).date()
    end_of_week = today + timedelta(days=6 - today.weekday())
    org, vis = organisation_id, visible
    with read_session(db.engine) as s:
        soon_until = today + timedelta(days=limits(s).due_soon_days)
        overdue, due_soon = deadline_lists(s, at, organisation_id=org, visible=vis, describe=describe)
        return DashboardData(
            today=q.sessions_between(session=s, first=today, last=today, organisation_id=org, visible=vis),
            week=q.sessions_between(
                session=s,
                first=today + timedelta(days=1),
                last=max(end_of_week, today + timedelta(days=1)),
                organisation_id=org,
                visible=vis,
            ),
            overdue=overdue,
            due_soon=due_soon,
            clocks=q.fast_track_clocks(session=s, organisation_id=org, visible=vis),
            instalments=q.instalments_due(session=s, until=soon_until, organisation_id=org, visible=vis),
            follow_ups=q.follow_ups_due(session=s, until=soon_until, organisation_id=org, visible=vis),
            waiting=q.awaiting_acceptance(session=s, organisation_id=org, visible=vis),
        )


def load_full_list(
    db: Database,
    actor: Actor,
    key: str,
    *,
    organisation_id: int | None,
    describe: Describe,
    now: datetime | None = None,
) -> DashList:
    """Every row of one dashboard list (``key`` as a :class:`DashboardData` field), for "show all"."""
    visible = list_condition(actor)
    at = now or utcnow()
    today = at.astimezone(SHANGHAI).date()
    org, vis, big = organisation_id, visible, 100_000
    with read_session(db.engine) as s:
        if key in ("overdue", "due_soon"):
            overdue, soon = deadline_lists(
                s, at, organisation_id=org, visible=vis, describe=describe, rows=None
            )
            return overdue if key == "overdue" else soon
        soon_until = today + timedelta(days=limits(s).due_soon_days)
        end_of_week = today + timedelta(days=6 - today.weekday())
        readers: dict[str, Callable[[], DashList]] = {
            "today": lambda: q.sessions_between(
                session=s, first=today, last=today, organisation_id=org, visible=vis, limit=big
            ),
            "week": lambda: q.sessions_between(
                session=s,
                first=today + timedelta(days=1),
                last=max(end_of_week, today + timedelta(days=1)),
                organisation_id=org,
                visible=vis,
                limit=big,
            ),
            "clocks": lambda: q.fast_track_clocks(session=s, organisation_id=org, visible=vis, limit=big),
            "instalments": lambda: q.instalments_due(
                session=s, until=soon_until, organisation_id=org, visible=vis, limit=big
            ),
            "follow_ups": lambda: q.follow_ups_due(
                session=s, until=soon_until, organisation_id=org, visible=vis, limit=big
            ),
            "waiting": lambda: q.awaiting_acceptance(session=s, organisation_id=org, visible=vis, limit=big),
        }
        return readers[key]()


__all__ = [
    "DEADLINE_ROWS",
    "DashItem",
    "DashList",
    "DashboardData",
    "deadline_lists",
    "Overdue",
    "load_dashboard",
    "load_overdue",
    "load_full_list",
]


@dataclass(frozen=True)
class Overdue:
    """The overdue notice: the most overdue cases ``actor`` may see, and how many are overdue in all."""

    rows: list[CaseDue]
    total: int


def load_overdue(
    db: Database, actor: Actor, *, organisation_id: int | None, now: datetime | None = None, rows: int = 20
) -> Overdue:
    """The ``rows`` most overdue cases and the number of overdue cases (task runner)."""
    at = now or utcnow()
    vis = list_condition(actor)
    with read_session(db.engine) as s:
        listed = overdue_summary(s, at, organisation_id=organisation_id, visible=vis, limit=rows)
        # the same count as the dashboard's overdue panel title (one indexed COUNT)
        total = count_overdue(s, at, organisation_id=organisation_id, visible=vis)
    return Overdue(listed, max(total, len(listed)))
