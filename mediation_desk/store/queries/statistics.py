"""Statistics aggregates: counts, the three rates, amounts and days, grouped in SQL.

Every figure is one SQL selection of cases (or follow-ups) for a period ``[start, end)``
(aware datetimes; the service converts Asia/Shanghai days to UTC). Counting a figure and
listing the cases behind it use the same selection, so a click on a number always lists
exactly the cases that make it. Grouping (organisation, mediator, source, category, track)
happens in the database with ``GROUP BY``; Python only merges the per-figure result rows.

**One population.** The main figures are about the cases **received in the period**, each
counted once by its *current outcome* (:data:`OUTCOMES`), so they add up (issue 17)::

    received = pending + in_mediation + resolved + failed + withdrawn + declined
    received = responded + not_responded          (responded: first contact within the limit)
    open     = pending + in_mediation             (overdue: of the open ones, past ``due_at``)

The outcome is the workflow's: a case that reached an agreement is *resolved* whether it is
still performing, performed or closed; a closed case takes the last outcome in its history.

Figures over **other populations** are kept apart and named for theirs:

* ``accepted`` — accepted in the period; ``closed`` — closed in the period (另计);
* ``answered`` / ``satisfied`` — follow-ups done in the period with an answer / a satisfied one,
  ``answered = answer_satisfied + answer_basic + answer_dissatisfied``;
* ``confidential`` — resolved cases (of the received) with confidential amounts (money left out);
* amounts — agreed (current agreement), paid (before the period's end), outstanding, of the
  resolved non-confidential cases received in the period; days — from receipt to the agreement.

Rates (:class:`Definitions` holds what an administrator may change):
响应率 = responded ÷ received; 解决率 = resolved ÷ concluded (the outcomes in
``concluded_outcomes``); 满意率 = the answers in ``satisfied_answers`` ÷ answered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, and_, func, literal, select
from sqlalchemy import case as sql_case
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ...domain.enums import AgreementState, Source, Track
from ...domain.vocabulary import zh
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
from .hints import unindexed

BREAKDOWNS = ("total", "organisation", "mediator", "source", "category", "track")
#: The current outcome of a received case: a partition (every case has exactly one).
OUTCOMES = ("pending", "in_mediation", "resolved", "failed", "withdrawn", "declined")
#: Outcomes that end the mediation (the resolution rate's denominator may leave some out).
CONCLUDED = ("resolved", "failed", "withdrawn", "declined")
COUNTS = (
    "received",
    *OUTCOMES,
    "concluded",
    "open",
    "overdue",
    "responded",
    "not_responded",
    "accepted",
    "closed",
    "answered",
    "answer_satisfied",
    "answer_basic",
    "answer_dissatisfied",
    "satisfied",
    "confidential",
)
#: Figures whose cases can be listed (amounts and days list the cases they are computed from).
FIGURES = (*COUNTS, "amounts", "days")

#: Current status → outcome; ``closed`` / ``archived`` take the last outcome in the history.
_STATUS_OUTCOME = {
    "registered": "pending",
    "accepted": "in_mediation",
    "in_mediation": "in_mediation",
    "agreement_reached": "resolved",
    "performing": "resolved",
    "performed": "resolved",
    "not_performed": "resolved",
    "mediation_failed": "failed",
    "withdrawn": "withdrawn",
    "declined": "declined",
}
_HISTORY_OUTCOME = {
    "agreement_reached": "resolved",
    "mediation_failed": "failed",
    "withdrawn": "withdrawn",
    "declined": "declined",
}


@dataclass(frozen=True)
class Definitions:
    """The administrator-adjustable meaning of the rates (DOMAIN.md defaults)."""

    response_hours: int = 24
    satisfied_answers: tuple[str, ...] = ("satisfied", "basically_satisfied")
    #: outcomes counted in the resolution rate's denominator (e.g. leave out ``declined``)
    concluded_outcomes: tuple[str, ...] = CONCLUDED

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Definitions:
        names = {f.name for f in fields(cls)}
        clean = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names}
        return cls(**clean)  # type: ignore[arg-type]


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
        return Rate(self.counts["resolved"], self.counts["concluded"])

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
        "organisation": col(Case.organisation_id),
        "mediator": col(Case.chief_mediator_id),
        "source": col(Case.source),
        "category": col(Case.category),
        "track": col(Case.track),
    }
    if by == "total":
        return literal(None)
    if by not in cols:
        raise ValueError(f"unknown breakdown {by!r}")
    return cols[by]


def _in(column: Any, w: Window) -> ColumnElement[bool]:
    return and_(column >= w.start, column < w.end)


def outcome_expr() -> ColumnElement[str]:
    """SQL for a case's current outcome (:data:`OUTCOMES`); the history is read only for closed cases."""
    last = (
        select(col(StatusHistory.to_status))
        # along ix_statushistory_case_id, not by status
        .where(
            col(StatusHistory.case_id) == col(Case.id),
            unindexed(col(StatusHistory.to_status)).in_(tuple(_HISTORY_OUTCOME)),
        )
        .order_by(col(StatusHistory.seq).desc())
        .limit(1)
        .scalar_subquery()
    )
    # the simple form (CASE x WHEN …) evaluates the history lookup once
    from_history = sql_case(_HISTORY_OUTCOME, value=last, else_=literal("declined"))
    return sql_case(_STATUS_OUTCOME, value=col(Case.status), else_=from_history)


def _cohort(session: Session, w: Window, d: Definitions, by: str, visible: ColumnElement[bool] | None) -> Any:
    """The received cases with their key, outcome, response and overdue flags (a subquery)."""
    contact = func.coalesce(col(Case.first_contact_at), col(Case.accepted_at))
    responded = and_(
        contact.is_not(None),
        seconds_between(session, contact, col(Case.received_at)) <= d.response_hours * 3600,
    )
    stmt = select(
        col(Case.id).label("case_id"),
        _key(by).label("key"),
        outcome_expr().label("outcome"),
        sql_case((responded, 1), else_=0).label("responded"),
        sql_case((col(Case.due_at) < w.as_of, 1), else_=0).label("late"),
        col(Case.confidential_amounts).label("secret"),
        col(Case.received_at).label("received_at"),
    ).where(_in(col(Case.received_at), w))
    if visible is not None:
        stmt = stmt.where(visible)
    # OFFSET 0 keeps the subquery a subquery (SQLite and PostgreSQL do not flatten it): the outcome,
    # read from the history for closed cases, is worked out once per case, not once per reference
    return stmt.offset(0).subquery()


def _first_agreement(sub: Any) -> Any:
    return (
        select(func.min(col(StatusHistory.at)))
        .where(
            col(StatusHistory.case_id) == sub.c.case_id,
            unindexed(col(StatusHistory.to_status)) == "agreement_reached",
        )
        .scalar_subquery()
    )


def selection(
    session: Session,
    figure: str,
    w: Window,
    *,
    by: str = "total",
    d: Definitions = Definitions(),
    visible: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """The SQL selection behind ``figure``: columns ``case_id`` and ``key``.

    Args:
        session: An open session (its dialect shapes date arithmetic).
        figure: One of :data:`FIGURES`.
        w: The period.
        by: One of :data:`BREAKDOWNS`.
        d: The definitions in force.
        visible: An extra condition on ``Case`` (cases the user may see).
    """
    if figure in ("answered", "satisfied", "answer_satisfied", "answer_basic", "answer_dissatisfied"):
        answer = col(FollowUp.satisfaction)
        stmt = (
            select(col(Case.id).label("case_id"), _key(by).label("key"), col(FollowUp.id).label("fid"))
            .join(FollowUp, col(FollowUp.case_id) == col(Case.id))
            .where(_in(col(FollowUp.done_at), w), answer.is_not(None))
        )
        wanted = {
            "satisfied": d.satisfied_answers,
            "answer_satisfied": ("satisfied",),
            "answer_basic": ("basically_satisfied",),
            "answer_dissatisfied": ("dissatisfied",),
        }
        if figure in wanted:
            stmt = stmt.where(answer.in_(wanted[figure]))
        return stmt.where(visible) if visible is not None else stmt
    if figure in ("accepted", "closed"):
        column = col(Case.accepted_at) if figure == "accepted" else col(Case.closed_at)
        stmt = select(col(Case.id).label("case_id"), _key(by).label("key")).where(_in(column, w))
        return stmt.where(visible) if visible is not None else stmt
    sub = _cohort(session, w, d, by, visible)
    conds: dict[str, Any] = {o: sub.c.outcome == o for o in OUTCOMES}
    resolved = sub.c.outcome == "resolved"
    conds.update(
        {
            "received": literal(True),
            "responded": sub.c.responded == 1,
            "not_responded": sub.c.responded == 0,
            "open": sub.c.outcome.in_(("pending", "in_mediation")),
            "overdue": and_(sub.c.outcome.in_(("pending", "in_mediation")), sub.c.late == 1),
            "concluded": sub.c.outcome.in_(d.concluded_outcomes),
            "confidential": and_(resolved, sub.c.secret.is_(True)),
            "amounts": and_(resolved, sub.c.secret.is_(False)),
            "days": resolved,
        }
    )
    if figure not in conds:
        raise ValueError(f"unknown figure {figure!r}")
    return select(sub.c.case_id, sub.c.key).where(conds[figure])


def _grouped(session: Session, sub: Any, *aggs: Any, by: str) -> dict[Any, tuple[Any, ...]]:
    cols = [sub.c.key] if by != "total" else []
    stmt = select(*cols, *aggs).select_from(sub)
    if cols:
        stmt = stmt.group_by(sub.c.key)
    out: dict[Any, tuple[Any, ...]] = {}
    for row in session.execute(stmt).all():
        out[row[0] if cols else None] = tuple(row[1:] if cols else row)
    return out


def _money_of_case(case_id: Any, w: Window) -> tuple[Any, Any]:
    """Correlated SQL for one case's money under its current agreement: (agreed fen, paid fen
    before the period's end)."""
    current = and_(
        col(Agreement.id) == col(Obligation.agreement_id),
        col(Agreement.state) != AgreementState.SUPERSEDED.value,
    )
    agreed = (
        select(func.sum(col(Obligation.amount_fen)))
        .join(Agreement, current)
        .where(col(Obligation.case_id) == case_id)
        .scalar_subquery()
    )
    paid = (
        select(func.sum(col(Payment.amount_fen)))
        .join(Obligation, col(Obligation.id) == col(Payment.obligation_id))
        .join(Agreement, current)
        .where(col(Payment.case_id) == case_id, col(Payment.paid_at) < w.end)
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
    w, d = window, definitions
    # 1. the received cases: outcome partition, response, overdue; money and days of the resolved
    # (each worked out once per case in a fenced subquery, then summed)
    sub = _cohort(session, w, d, by, visible)
    resolved = sub.c.outcome == "resolved"
    counted = and_(resolved, sub.c.secret.is_(False))
    agreed, paid = _money_of_case(sub.c.case_id, w)
    days = seconds_between(session, _first_agreement(sub), sub.c.received_at)
    mid = (
        select(
            sub.c.key,
            sub.c.outcome,
            sub.c.responded,
            sub.c.late,
            sub.c.secret,
            sql_case((counted, agreed), else_=None).label("agreed"),
            sql_case((counted, paid), else_=None).label("paid"),
            sql_case((resolved, days), else_=None).label("secs"),
        )
        .offset(0)
        .subquery()
    )
    open_ = mid.c.outcome.in_(("pending", "in_mediation"))
    names = ("received", *OUTCOMES, "responded", "overdue", "confidential")
    result = _grouped(
        session,
        mid,
        func.count(),
        *[when(mid.c.outcome == o) for o in OUTCOMES],
        func.sum(mid.c.responded),
        when(and_(open_, mid.c.late == 1)),
        when(and_(mid.c.outcome == "resolved", mid.c.secret.is_(True))),
        func.sum(mid.c.agreed),
        func.sum(mid.c.paid),
        func.avg(mid.c.secs),
        func.max(mid.c.secs),
        by=by,
    )
    for key, values in result.items():
        r = row(key)
        put(names, {key: values[: len(names)]})
        agreed_fen, paid_fen, avg, longest = values[len(names) :]
        r.agreed_fen, r.paid_fen = int(agreed_fen or 0), int(paid_fen or 0)
        if avg is not None:
            r.avg_days = round(float(avg) / 86400, 1)
            r.max_days = round(float(longest) / 86400, 1)
    # 2. other populations, each named for its own: accepted / closed in the period, follow-ups
    for name in ("accepted", "closed"):
        part = selection(session, name, w, by=by, d=d, visible=visible).subquery()
        put((name,), _grouped(session, part, func.count(), by=by))
    answer = col(FollowUp.satisfaction)
    follow = selection(session, "answered", w, by=by, d=d, visible=visible).add_columns(
        answer.label("answer")
    )
    part = follow.subquery()
    put(
        ("answered", "answer_satisfied", "answer_basic", "answer_dissatisfied", "satisfied"),
        _grouped(
            session,
            part,
            func.count(),
            when(part.c.answer == "satisfied"),
            when(part.c.answer == "basically_satisfied"),
            when(part.c.answer == "dissatisfied"),
            when(part.c.answer.in_(d.satisfied_answers)),
            by=by,
        ),
    )
    for r in rows.values():
        c = r.counts
        c["open"] = c["pending"] + c["in_mediation"]
        c["concluded"] = sum(c[o] for o in d.concluded_outcomes if o in OUTCOMES)
        c["not_responded"] = c["received"] - c["responded"]
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
                select(col(Organisation.id), col(Organisation.name)).where(col(Organisation.id).in_(wanted))
            ).all()
        )
    if by == "mediator" and wanted:
        stmt = select(col(Person.id), col(Person.name)).where(col(Person.id).in_(wanted))
        return dict(session.execute(stmt).all())
    if by == "category" and wanted:
        return dict(
            session.execute(
                select(col(Category.code), col(Category.name_zh)).where(col(Category.code).in_(wanted))
            ).all()
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
    "CONCLUDED",
    "COUNTS",
    "FIGURES",
    "OUTCOMES",
    "Definitions",
    "Rate",
    "Row",
    "Window",
    "case_ids",
    "figures",
    "group_labels",
    "outcome_expr",
    "seconds_between",
    "selection",
]
