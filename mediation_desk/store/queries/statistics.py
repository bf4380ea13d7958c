"""Statistics aggregates: counts, the three rates, amounts and days, grouped in SQL.

Every figure is one SQL selection of cases (or follow-ups) for a period ``[start, end)``
(aware datetimes; the service converts Asia/Shanghai days to UTC). Counting a figure and
listing the cases behind it use the same selection, so a click on a number always lists
exactly the cases that make it. Grouping (organisation, mediator, source, category, track)
happens in the database with ``GROUP BY``; Python only merges the per-figure result rows.

Figures (DOMAIN.md "The three rates"; the sets of statuses are :class:`Definitions`):

* ``received`` — received in the period; ``accepted`` — accepted in the period;
* ``responded`` — received in the period and first contacted (``first_contact_at``, else
  ``accepted_at``) within ``response_hours`` of receipt;
* ``resolved`` / ``failed`` / ``withdrawn`` — entered a resolved / failed / withdrawn status
  in the period (status history);
* ``open`` — received in the period and still in an open status; ``overdue`` — of those,
  past their deadline (``due_at``) at ``as_of``;
* ``closed`` — closed in the period; ``closed_resolved`` — of those, the ones whose history
  passed through a resolved status;
* ``answered`` / ``satisfied`` — follow-ups done in the period with an answer / a satisfied one;
* ``confidential`` — resolved cases with confidential amounts (their money is left out);
* amounts — agreed (current agreement), paid (before the period's end) and outstanding, of the
  resolved, non-confidential cases; days — from receipt to resolution, of the resolved cases.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal, select
from sqlalchemy import case as sql_case
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from ...domain.enums import AgreementState, Source, Track
from ...domain.vocabulary import zh
from ...domain.workflow import OPEN_STATUSES
from ..models import (
    Agreement,
    Case,
    Category,
    FollowUp,
    Obligation,
    Organisation,
    Payment,
    Person,
    StatusHistory,
)

BREAKDOWNS = ("total", "organisation", "mediator", "source", "category", "track")
COUNTS = (
    "received",
    "accepted",
    "responded",
    "resolved",
    "failed",
    "withdrawn",
    "open",
    "overdue",
    "closed",
    "closed_resolved",
    "answered",
    "satisfied",
    "confidential",
)
#: Figures whose cases can be listed (amounts and days list the cases they are computed from).
FIGURES = (*COUNTS, "amounts", "days")


@dataclass(frozen=True)
class Definitions:
    """The administrator-adjustable meaning of the figures (DOMAIN.md defaults)."""

    response_hours: int = 24
    resolved_statuses: tuple[str, ...] = ("agreement_reached",)
    failed_statuses: tuple[str, ...] = ("mediation_failed",)
    withdrawn_statuses: tuple[str, ...] = ("withdrawn",)
    open_statuses: tuple[str, ...] = tuple(sorted(s.value for s in OPEN_STATUSES))
    satisfied_answers: tuple[str, ...] = ("satisfied", "basically_satisfied")
    #: Cases whose history passed through these are left out of "closed" (e.g. ``declined``).
    closed_excludes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Definitions:
        names = {f.name for f in fields(cls)}
        clean = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names}
        return cls(**clean)


@dataclass(frozen=True)
class Rate:
    """A rate as numerator and denominator (``value`` is None when nothing was counted)."""

    num: int
    den: int

    @property
    def value(self) -> Fraction | None:
        return Fraction(self.num, self.den) if self.den else None

    def percent(self) -> str:
        """``"66.7%"`` (one decimal), or ``"—"`` without a denominator."""
        return "—" if not self.den else f"{100 * self.num / self.den:.1f}%"


@dataclass
class Row:
    """The figures of one group (``key`` None and ``by == "total"`` for the whole period)."""

    key: Any
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    agreed_fen: int = 0
    paid_fen: int = 0
    avg_days: float | None = None
    max_days: float | None = None

    @property
    def outstanding_fen(self) -> int:
        return self.agreed_fen - self.paid_fen

    @property
    def response(self) -> Rate:
        return Rate(self.counts["responded"], self.counts["received"])

    @property
    def resolution(self) -> Rate:
        return Rate(self.counts["closed_resolved"], self.counts["closed"])

    @property
    def satisfaction(self) -> Rate:
        return Rate(self.counts["satisfied"], self.counts["answered"])


@dataclass(frozen=True)
class Window:
    """The period in UTC plus the moment "overdue" is judged at."""

    start: datetime
    end: datetime
    as_of: datetime


def seconds_between(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    """SQL for ``later - earlier`` in seconds on SQLite (julianday) and PostgreSQL (epoch)."""
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 86400.0
    return func.extract("epoch", later - earlier)


def _key(by: str) -> Any:
    cols = {
        "organisation": Case.organisation_id,
        "mediator": Case.chief_mediator_id,
        "source": Case.source,
        "category": Case.category,
        "track": Case.track,
    }
    if by == "total":
        return literal(None)
    if by not in cols:
        raise ValueError(f"unknown breakdown {by!r}")
    return cols[by]


def _in(column: Any, w: Window) -> ColumnElement[bool]:
    return and_(column >= w.start, column < w.end)


def _history(statuses: tuple[str, ...], w: Window | None) -> ColumnElement[bool]:
    cond = [StatusHistory.case_id == Case.id, StatusHistory.to_status.in_(statuses)]  # type: ignore[attr-defined]
    if w is not None:
        cond.append(_in(StatusHistory.at, w))
    return exists().where(*cond)


def _events(session: Session, statuses: tuple[str, ...], w: Window, by: str) -> Select[Any]:
    """Cases that entered one of ``statuses`` in the period: case id, key, first such moment."""
    first = (
        select(StatusHistory.case_id.label("case_id"), func.min(StatusHistory.at).label("at"))
        .where(StatusHistory.to_status.in_(statuses), _in(StatusHistory.at, w))  # type: ignore[attr-defined]
        .group_by(StatusHistory.case_id)
        .subquery()
    )
    return select(
        Case.id.label("case_id"),
        _key(by).label("key"),
        seconds_between(session, first.c.at, Case.received_at).label("secs"),
    ).join(first, first.c.case_id == Case.id)


def _conditions(session: Session, w: Window, d: Definitions) -> dict[str, Any]:
    """The conditions the figures share (so counting and listing agree exactly)."""
    contact = func.coalesce(Case.first_contact_at, Case.accepted_at)
    open_ = Case.status.in_(d.open_statuses)  # type: ignore[attr-defined]
    closed = _in(Case.closed_at, w)
    if d.closed_excludes:
        closed = and_(closed, ~_history(d.closed_excludes, None))
    return {
        "received": _in(Case.received_at, w),
        "responded": and_(contact.is_not(None),
                          seconds_between(session, contact, Case.received_at) <= d.response_hours * 3600),
        "open": open_,
        "overdue": and_(open_, Case.due_at < w.as_of),  # type: ignore[operator]
        "closed": closed,
        "closed_resolved": _history(d.resolved_statuses, None),
        "satisfied": FollowUp.satisfaction.in_(d.satisfied_answers),  # type: ignore[union-attr]
    }


def selection(
    session: Session,
    figure: str,
    w: Window,
    *,
    by: str = "total",
    d: Definitions = Definitions(),
    visible: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """The SQL selection behind ``figure``: columns ``case_id``, ``key`` (and ``secs`` for events).

    Args:
        session: An open session (its dialect shapes date arithmetic).
        figure: One of :data:`FIGURES`.
        w: The period.
        by: One of :data:`BREAKDOWNS`.
        d: The definitions in force.
        visible: An extra condition on ``Case`` (cases the user may see).
    """
    key = _key(by).label("key")
    base = select(Case.id.label("case_id"), key)
    c = _conditions(session, w, d)
    if figure == "received":
        stmt = base.where(c["received"])
    elif figure == "accepted":
        stmt = base.where(_in(Case.accepted_at, w))
    elif figure in ("responded", "open", "overdue"):
        stmt = base.where(c["received"], c[figure])
    elif figure in ("resolved", "days", "amounts", "confidential"):
        stmt = _events(session, d.resolved_statuses, w, by)
        if figure == "confidential":
            stmt = stmt.where(Case.confidential_amounts.is_(True))  # type: ignore[attr-defined]
        elif figure == "amounts":
            stmt = stmt.where(Case.confidential_amounts.is_(False))  # type: ignore[attr-defined]
    elif figure == "failed":
        stmt = _events(session, d.failed_statuses, w, by)
    elif figure == "withdrawn":
        stmt = _events(session, d.withdrawn_statuses, w, by)
    elif figure in ("closed", "closed_resolved"):
        stmt = base.where(c["closed"])
        if figure == "closed_resolved":
            stmt = stmt.where(c["closed_resolved"])
    elif figure in ("answered", "satisfied"):
        stmt = (
            select(Case.id.label("case_id"), key, FollowUp.id.label("fid"))
            .join(FollowUp, FollowUp.case_id == Case.id)
            .where(_in(FollowUp.done_at, w), FollowUp.satisfaction.is_not(None))
        )
        if figure == "satisfied":
            stmt = stmt.where(c["satisfied"])
    else:
        raise ValueError(f"unknown figure {figure!r}")
    return stmt.where(visible) if visible is not None else stmt


def _grouped(session: Session, sub: Any, *aggs: Any, by: str) -> dict[Any, tuple[Any, ...]]:
    cols = [sub.c.key] if by != "total" else []
    stmt = select(*cols, *aggs).select_from(sub)
    if cols:
        stmt = stmt.group_by(sub.c.key)
    out: dict[Any, tuple[Any, ...]] = {}
    for row in session.execute(stmt).all():
        out[row[0] if cols else None] = tuple(row[1:] if cols else row)
    return out


def _money_of_case(w: Window) -> tuple[Any, Any]:
    """Correlated SQL for one case's money under its current agreement: (agreed fen, paid fen
    before the period's end). Summed per resolved case in the same pass as the resolved counts
    (three passes over the period's resolutions cost three times as much at a million cases)."""
    current = and_(Agreement.id == Obligation.agreement_id,
                   Agreement.state != AgreementState.SUPERSEDED.value)
    agreed = (
        select(func.sum(Obligation.amount_fen))
        .join(Agreement, current)
        .where(Obligation.case_id == Case.id)
        .scalar_subquery()
    )
    paid = (
        select(func.sum(Payment.amount_fen))
        .join(Obligation, Obligation.id == Payment.obligation_id)
        .join(Agreement, current)
        .where(Payment.case_id == Case.id, Payment.paid_at < w.end)
        .scalar_subquery()
    )
    return agreed, paid


def figures(
    *,
    session: Session,
    window: Window,
    by: str = "total",
    definitions: Definitions = Definitions(),
    visible: ColumnElement[bool] | None = None,
) -> list[Row]:
    """Every figure for the period, one :class:`Row` per group (ordered by received, then label).

    Args:
        session: An open session.
        window: The period and the "overdue" moment.
        by: One of :data:`BREAKDOWNS`.
        definitions: The definitions in force.
        visible: An extra SQL condition on ``Case`` (cases the user may see).

    Returns:
        The rows; for ``by="total"`` exactly one row with key None.
    """
    rows: dict[Any, Row] = {}

    def row(key: Any) -> Row:
        return rows.setdefault(key, Row(key=key, label=""))

    def put(names: tuple[str, ...], result: dict[Any, tuple[Any, ...]]) -> None:
        for key, values in result.items():
            for name, value in zip(names, values, strict=False):
                row(key).counts[name] = int(value or 0)

    def when(cond: Any) -> Any:
        return func.sum(sql_case((cond, 1), else_=0))

    if by == "total":
        row(None)
    w, d, c = window, definitions, _conditions(session, window, definitions)
    # One query per source of events, each on its own index; conditions shared with selection().
    cases = select(Case.id.label("case_id"), _key(by).label("key"), c["responded"].label("responded"),
                   c["open"].label("open"), c["overdue"].label("overdue")).where(c["received"])
    sub = (cases.where(visible) if visible is not None else cases).subquery()
    put(("received", "responded", "open", "overdue"),
        _grouped(session, sub, func.count(), when(sub.c.responded), when(sub.c.open), when(sub.c.overdue),
                 by=by))
    closed = select(Case.id.label("case_id"), _key(by).label("key"),
                    c["closed_resolved"].label("ok")).where(c["closed"])
    sub = (closed.where(visible) if visible is not None else closed).subquery()
    put(("closed", "closed_resolved"), _grouped(session, sub, func.count(), when(sub.c.ok), by=by))
    follow = selection(session, "answered", w, by=by, d=d, visible=visible).add_columns(
        c["satisfied"].label("ok"))
    sub = follow.subquery()
    put(("answered", "satisfied"),
        _grouped(session, sub, func.count(func.distinct(sub.c.fid)), when(sub.c.ok), by=by))
    for name in ("accepted", "failed", "withdrawn"):
        sub = selection(session, name, w, by=by, d=d, visible=visible).subquery()
        put((name,), _grouped(session, sub, func.count(func.distinct(sub.c.case_id)), by=by))
    agreed, paid = _money_of_case(w)
    secret = Case.confidential_amounts.is_(True)  # type: ignore[attr-defined]
    # amounts of the resolved cases whose money is not confidential (as selection("amounts"))
    resolved = selection(session, "resolved", w, by=by, d=d, visible=visible).add_columns(
        secret.label("secret"), sql_case((secret, None), else_=agreed).label("agreed"),
        sql_case((secret, None), else_=paid).label("paid"))
    sub = resolved.subquery()
    for key, (n, hidden, avg, longest, agreed_fen, paid_fen) in _grouped(
            session, sub, func.count(), when(sub.c.secret), func.avg(sub.c.secs), func.max(sub.c.secs),
            func.sum(sub.c.agreed), func.sum(sub.c.paid), by=by).items():
        r = row(key)
        r.counts["resolved"], r.counts["confidential"] = int(n), int(hidden or 0)
        r.agreed_fen, r.paid_fen = int(agreed_fen or 0), int(paid_fen or 0)
        if avg is not None:
            r.avg_days = round(float(avg) / 86400, 1)
            r.max_days = round(float(longest) / 86400, 1)
    labels = group_labels(session=session, by=by, keys=list(rows))
    for key, r in rows.items():
        r.label = labels.get(key, "" if key is None else str(key))
    return sorted(rows.values(), key=lambda r: (-r.counts["received"], r.label))


def group_labels(*, session: Session, by: str, keys: list[Any]) -> dict[Any, str]:
    """Names for group keys: organisation, mediator and category names; Chinese terms for codes."""
    wanted = [k for k in keys if k is not None]
    if by == "organisation" and wanted:
        return dict(
            session.execute(
                select(Organisation.id, Organisation.name).where(Organisation.id.in_(wanted))
            ).all()
        )
    if by == "mediator" and wanted:
        return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).all())  # type: ignore[union-attr]
    if by == "category" and wanted:
        return dict(
            session.execute(select(Category.code, Category.name_zh).where(Category.code.in_(wanted))).all()
        )
    enum = {"source": Source, "track": Track}.get(by)
    if enum is not None:
        return {k: zh(enum(k)) if k in enum._value2member_map_ else str(k) for k in wanted}
    return {k: str(k) for k in wanted}


def case_ids(
    *,
    session: Session,
    figure: str,
    window: Window,
    by: str = "total",
    key: Any = None,
    definitions: Definitions = Definitions(),
    visible: ColumnElement[bool] | None = None,
) -> list[int]:
    """The ids of the cases behind one figure of one group (ascending).

    Args:
        figure: One of :data:`FIGURES` (a rate lists its numerator's figure).
        key: The group key (ignored for ``by="total"``; None is the "no mediator" group).
    """
    sub = selection(session, figure, window, by=by, d=definitions, visible=visible).subquery()
    stmt = select(sub.c.case_id).distinct().order_by(sub.c.case_id)
    if by != "total":
        stmt = stmt.where(sub.c.key.is_(None) if key is None else sub.c.key == key)
    return [int(i) for i in session.execute(stmt).scalars()]


__all__ = [
    "BREAKDOWNS",
    "COUNTS",
    "FIGURES",
    "Definitions",
    "Rate",
    "Row",
    "Window",
    "case_ids",
    "figures",
    "group_labels",
    "seconds_between",
    "selection",
]
