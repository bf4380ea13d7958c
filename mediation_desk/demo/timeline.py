"""What the demo builders share about a case's life: status paths, reasons, stages, the local day.

:mod:`.cases` plans a case, :mod:`.work` lays out its timeline and :mod:`.records` writes its
rows; all three read these tables, so they live here and the three import one another one way only
(cases → work → records).
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from ..domain.enums import CaseStatus as S
from ..domain.enums import CommitteeRole
from ..domain.workdays import WorkCalendar
from . import texts as X

#: The statuses a case passes through to reach the status it ends in (closures add CLOSED/ARCHIVED).
PATHS: dict[S, list[S]] = {
    S.REGISTERED: [S.REGISTERED],
    S.ACCEPTED: [S.REGISTERED, S.ACCEPTED],
    S.DECLINED: [S.REGISTERED, S.DECLINED],
    S.IN_MEDIATION: [S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION],
    S.AGREEMENT_REACHED: [S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT_REACHED],
    S.MEDIATION_FAILED: [S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.MEDIATION_FAILED],
    S.PERFORMING: [S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION, S.AGREEMENT_REACHED, S.PERFORMING],
    S.NOT_PERFORMED: [
        S.REGISTERED,
        S.ACCEPTED,
        S.IN_MEDIATION,
        S.AGREEMENT_REACHED,
        S.PERFORMING,
        S.NOT_PERFORMED,
    ],
}
#: The reason recorded when a case enters one of these statuses.
REASONS: dict[S, list[str]] = {
    S.DECLINED: X.DECLINE_REASONS,
    S.WITHDRAWN: X.WITHDRAW_REASONS,
    S.MEDIATION_FAILED: X.FAIL_REASONS,
    S.NOT_PERFORMED: X.NOT_PERFORMED_REASONS,
}
#: The stages each committee role takes part in (membership rows).
STAGES: dict[CommitteeRole, str] = {
    CommitteeRole.MEDIATOR: "acceptance,investigation,mediation,agreement,performance,follow_up",
    CommitteeRole.LAWYER: "acceptance,mediation,agreement,performance,follow_up",
    CommitteeRole.POLICE: "investigation,mediation",
    CommitteeRole.PROSECUTOR: "mediation,agreement",
    CommitteeRole.JUDGE: "mediation,agreement,judicial_confirmation",
    CommitteeRole.SOCIAL_WORKER: "mediation",
    CommitteeRole.INVITED: "mediation",
}


def local_date(at: datetime) -> date:
    """The Asia/Shanghai calendar day of a UTC datetime (no DST there since 1991)."""
    return (at + timedelta(hours=8)).date()


class Ids:
    """Batch-local primary keys: -1, -2, ... per table (made real when the batch is copied in)."""

    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)

    def next(self, table: str) -> int:
        value = self.n[table] - 1
        self.n[table] = value
        return value

    def reset(self) -> None:
        self.n.clear()


class Workbench(Protocol):
    """What :mod:`.records` reads from the :class:`~.work.WorkMaker` that calls it."""

    rng: random.Random
    ctx: Any
    ids: Ids
    horizon: datetime
    rows: dict[str, list[dict[str, Any]]]
    calendar: WorkCalendar
    limits: Any
    methods: list[str]
    method_w: list[int]
    sat: list[Any]
    sat_w: list[int]
