"""The 12345 hotline's three rates (接诉即办) from the ticket rows, grouped in SQL.

The population of every figure is the same: the tickets **received in the period** (``[start,
end)``, UTC), of cases the user may see. Each count splits that population so the counts add up:

* received = responded_on_time + responded_late + unresponded_overdue + unresponded_waiting
  (a ticket without a response is overdue once its response limit has passed at ``as_of``);
* received = replied_on_time + replied_late + unreplied_overdue + unreplied_waiting
  (against the platform's reply deadline ``reply_due_at``);
* received = resolved + unresolved + not_visited (the citizen's answer at the return visit);
* resolved + unresolved = rated_satisfied + rated_basic + rated_dissatisfied + unrated.

The rates (:class:`HotlineDefinitions` holds what an administrator may change):

* 响应率 = responded_on_time ÷ received (first response within ``response_hours`` of receipt);
* 解决率 = resolved ÷ visited (``resolution_base == "visited"``) or ÷ received (``"received"``);
* 满意率 = the answers in ``satisfied_answers`` ÷ rated (满意 + 基本满意 + 不满意).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, literal, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..models import Case, HotlineTicket
from ..types import UTCDateTime
from .statistics import Rate, Window, group_labels, seconds_between

HOTLINE_BREAKDOWNS = ("total", "organisation", "mediator", "category")
HOTLINE_COUNTS = (
    "received",
    "responded_on_time",
    "responded_late",
    "unresponded_overdue",
    "unresponded_waiting",
    "replied_on_time",
    "replied_late",
    "unreplied_overdue",
    "unreplied_waiting",
    "resolved",
    "unresolved",
    "not_visited",
    "rated_satisfied",
    "rated_basic",
    "rated_dissatisfied",
    "unrated",
    "satisfied",
)
RESOLUTION_BASES = ("visited", "received")


@dataclass(frozen=True)
class HotlineDefinitions:
    """The administrator-adjustable meaning of the hotline's three rates."""

    response_hours: int = 24
    satisfied_answers: tuple[str, ...] = ("satisfied", "basically_satisfied")
    resolution_base: str = "visited"

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HotlineDefinitions:
        names = {f.name for f in fields(cls)}
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names})  # type: ignore[arg-type]


@dataclass
class HotlineRow:
    """The hotline figures of one group (``key`` None for the total)."""

    key: Any
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(HOTLINE_COUNTS, 0))
    resolution_base: str = "visited"

    def __getitem__(self, name: str) -> int:
        return self.counts[name]

    @property
    def responded(self) -> int:
        return self.counts["responded_on_time"] + self.counts["responded_late"]

    @property
    def visited(self) -> int:
        return self.counts["resolved"] + self.counts["unresolved"]

    @property
    def rated(self) -> int:
        return self.counts["rated_satisfied"] + self.counts["rated_basic"] + self.counts["rated_dissatisfied"]

    @property
    def response(self) -> Rate:
        return Rate(self.counts["responded_on_time"], self.counts["received"])

    @property
    def resolution(self) -> Rate:
        den = self.visited if self.resolution_base == "visited" else self.counts["received"]
        return Rate(self.counts["resolved"], den)

    @property
    def satisfaction(self) -> Rate:
        return Rate(self.counts["satisfied"], self.rated)


def conditions(session: Session, w: Window, d: HotlineDefinitions) -> dict[str, ColumnElement[bool]]:
    """Each count's condition on a ticket received in the period (shared by counting and listing)."""
    limit = d.response_hours * 3600
    resp, received = col(HotlineTicket.first_response_at), col(HotlineTicket.received_at)
    reply, due = col(HotlineTicket.reply_at), col(HotlineTicket.reply_due_at)
    on_time = seconds_between(session, resp, received) <= limit
    passed = seconds_between(session, literal(w.as_of, UTCDateTime()), received) > limit
    answer = col(HotlineTicket.visit_satisfaction)
    visited = col(HotlineTicket.visit_resolved).is_not(None)
    return {
        "received": literal(True),
        "responded_on_time": and_(resp.is_not(None), on_time),
        "responded_late": and_(resp.is_not(None), ~on_time),
        "unresponded_overdue": and_(resp.is_(None), passed),
        "unresponded_waiting": and_(resp.is_(None), ~passed),
        "replied_on_time": and_(reply.is_not(None), reply <= due),
        "replied_late": and_(reply.is_not(None), reply > due),
        "unreplied_overdue": and_(reply.is_(None), due < w.as_of),
        "unreplied_waiting": and_(reply.is_(None), due >= w.as_of),
        "resolved": col(HotlineTicket.visit_resolved).is_(True),
        "unresolved": col(HotlineTicket.visit_resolved).is_(False),
        "not_visited": col(HotlineTicket.visit_resolved).is_(None),
        "rated_satisfied": and_(visited, answer == "satisfied"),
        "rated_basic": and_(visited, answer == "basically_satisfied"),
        "rated_dissatisfied": and_(visited, answer == "dissatisfied"),
        "unrated": and_(
            visited,
            or_(answer.is_(None), answer.not_in(("satisfied", "basically_satisfied", "dissatisfied"))),
        ),
        "satisfied": and_(visited, answer.in_(d.satisfied_answers)),
    }


def _key(by: str) -> Any:
    cols = {
        "organisation": col(Case.organisation_id),
        "mediator": col(Case.chief_mediator_id),
        "category": col(Case.category),
    }
    if by == "total":
        return literal(None)
    if by not in cols:
        raise ValueError(f"unknown breakdown {by!r}")
    return cols[by]


def _base(w: Window, by: str, visible: ColumnElement[bool] | None) -> Select[Any]:
    stmt = (
        select(col(HotlineTicket.id).label("ticket_id"), col(Case.id).label("case_id"), _key(by).label("key"))
        .join(Case, col(Case.id) == col(HotlineTicket.case_id))
        .where(col(HotlineTicket.received_at) >= w.start, col(HotlineTicket.received_at) < w.end)
    )
    return stmt.where(visible) if visible is not None else stmt


def hotline_figures(
    *,
    session: Session,
    window: Window,
    by: str = "total",
    definitions: HotlineDefinitions = HotlineDefinitions(),
    visible: ColumnElement[bool] | None = None,
) -> list[HotlineRow]:
    """Every hotline count of the period, one row per group, in one ``GROUP BY`` query.

    Args:
        session: An open session.
        window: The period (tickets received in it) and the moment "overdue" is judged at.
        by: One of :data:`HOTLINE_BREAKDOWNS`.
        definitions: The definitions in force.
        visible: An extra SQL condition on ``Case`` (cases the user may see).

    Returns:
        The rows (for ``by="total"`` exactly one), most tickets first.
    """
    c = conditions(session, window, definitions)
    sums = [func.sum(sql_case((c[name], 1), else_=0)) for name in HOTLINE_COUNTS[1:]]
    base = _base(window, by, visible)
    stmt = base.with_only_columns(_key(by).label("key"), func.count(), *sums)
    if by != "total":
        stmt = stmt.group_by(_key(by))
    rows: dict[Any, HotlineRow] = {}
    if by == "total":
        rows[None] = HotlineRow(None, "", resolution_base=definitions.resolution_base)
    for key, *values in session.execute(stmt).all():
        row = rows.setdefault(key, HotlineRow(key, "", resolution_base=definitions.resolution_base))
        for name, value in zip(HOTLINE_COUNTS, values, strict=True):
            row.counts[name] = int(value or 0)
    labels = group_labels(session=session, by=by, keys=list(rows))
    for key, row in rows.items():
        row.label = labels.get(key, "" if key is None else str(key))
    return sorted(rows.values(), key=lambda r: (-r.counts["received"], r.label))


def hotline_case_ids(
    *,
    session: Session,
    figure: str,
    window: Window,
    definitions: HotlineDefinitions = HotlineDefinitions(),
    visible: ColumnElement[bool] | None = None,
) -> list[int]:
    """The ids of the cases behind one hotline count (a rate's name lists its numerator)."""
    figure = {"response": "responded_on_time", "resolution": "resolved", "satisfaction": "satisfied"}.get(
        figure, figure
    )
    if figure not in HOTLINE_COUNTS:
        raise ValueError(f"unknown figure {figure!r}")
    cond = conditions(session, window, definitions)[figure]
    sub = _base(window, "total", visible).where(cond).subquery()
    return [int(i) for i in session.execute(select(sub.c.case_id).order_by(sub.c.case_id)).scalars()]


def overdue_responses(
    *,
    session: Session,
    as_of: datetime,
    definitions: HotlineDefinitions,
    visible: ColumnElement[bool] | None = None,
    limit: int = 500,
) -> list[int]:
    """Cases whose ticket still has no response after its response limit, at ``as_of`` (oldest first)."""
    since = seconds_between(session, literal(as_of, UTCDateTime()), col(HotlineTicket.received_at))
    stmt = (
        select(col(Case.id))
        .join(HotlineTicket, col(HotlineTicket.case_id) == col(Case.id))
        .where(col(HotlineTicket.first_response_at).is_(None), since > definitions.response_hours * 3600)
        .order_by(col(HotlineTicket.received_at))
        .limit(limit)
    )
    if visible is not None:
        stmt = stmt.where(visible)
    return [int(i) for i in session.execute(stmt).scalars()]


__all__ = [
    "HOTLINE_BREAKDOWNS",
    "HOTLINE_COUNTS",
    "RESOLUTION_BASES",
    "HotlineDefinitions",
    "HotlineRow",
    "conditions",
    "hotline_case_ids",
    "hotline_figures",
    "overdue_responses",
]
