"""Case workflow: which status may follow which (DOMAIN.md "Workflow")."""

from __future__ import annotations

from .enums import CaseStatus as S
from .errors import RuleViolation

ALLOWED: dict[S, frozenset[S]] = {
    S.REGISTERED: frozenset({S.ACCEPTED, S.DECLINED, S.WITHDRAWN}),
    S.ACCEPTED: frozenset({S.IN_MEDIATION, S.WITHDRAWN}),
    S.DECLINED: frozenset({S.CLOSED}),
    S.IN_MEDIATION: frozenset({S.AGREEMENT_REACHED, S.MEDIATION_FAILED, S.WITHDRAWN}),
    S.AGREEMENT_REACHED: frozenset({S.PERFORMING, S.PERFORMED}),
    S.MEDIATION_FAILED: frozenset({S.CLOSED}),
    S.WITHDRAWN: frozenset({S.CLOSED}),
    S.PERFORMING: frozenset({S.PERFORMED, S.NOT_PERFORMED}),
    S.PERFORMED: frozenset({S.CLOSED}),
    S.NOT_PERFORMED: frozenset({S.CLOSED, S.PERFORMING}),
    S.CLOSED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset(),
}

#: Statuses in which the case is still being worked.
OPEN_STATUSES = frozenset({S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT_REACHED, S.PERFORMING})
#: Statuses that count as "resolved" for the resolution rate.
RESOLVED_STATUSES = frozenset({S.AGREEMENT_REACHED, S.PERFORMING, S.PERFORMED})
#: Statuses that need a reason when entered.
NEEDS_REASON = frozenset({S.DECLINED, S.WITHDRAWN, S.MEDIATION_FAILED, S.NOT_PERFORMED})


def can_transition(current: S, target: S) -> bool:
    """Return whether the workflow allows ``current → target``."""
    return target in ALLOWED[current]


def check_transition(current: S, target: S, reason: str | None = None) -> None:
    """Raise :class:`RuleViolation` unless ``current → target`` is allowed.

    Raises:
        RuleViolation: ``workflow.transition`` (with ``current``/``target``) or
            ``workflow.reason_required`` when the target needs a reason and none is given.
    """
    if not can_transition(current, target):
        raise RuleViolation("workflow.transition", current=current.value, target=target.value)
    if target in NEEDS_REASON and not (reason and reason.strip()):
        raise RuleViolation("workflow.reason_required", target=target.value)
