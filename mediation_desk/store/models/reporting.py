"""What the hotline and the 司法局 reports ask that a case does not hold by itself.

* :class:`HotlineTicket` — a case that came from the 12345 hotline (接诉即办): the platform's
  ticket number (工单号), when it was received, the platform's reply deadline, the first response,
  the reply and the citizen's return visit (resolved or not; 满意 / 基本满意 / 不满意). The three
  rates of the hotline are computed from these rows (``store/queries/hotline_stats.py``).
* :class:`ScreeningRound` — one round of 矛盾纠纷排查 (dispute screening) by a committee, with the
  number of disputes it found (the official table's 排查 rows).
* :class:`CaseReport` — a case's facts for the official people's-mediation statistics table:
  dispute prevented (预防), 防止民转刑 and 防止群体性上访 with person counts, and the official
  source (主动 / 申请 / 委托移送) when it differs from what the case's source implies.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import Column, Integer, Text
from sqlmodel import Field

from ._cols import Table, aware

_ticket_version = Column("version", Integer, nullable=False, default=1)
_round_version = Column("version", Integer, nullable=False, default=1)
_report_version = Column("version", Integer, nullable=False, default=1)


class HotlineTicket(Table, table=True):
    """A 12345 ticket behind a case (one per case). ``version`` is the optimistic-locking counter."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", unique=True)
    ticket_no: str = Field(max_length=40, index=True)
    received_at: datetime = aware(nullable=False, index=True)
    reply_due_at: datetime = aware(nullable=False)
    first_response_at: datetime | None = aware()
    first_response_note: str = Field(default="", max_length=500)
    reply_at: datetime | None = aware()
    reply_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    visit_at: datetime | None = aware()
    #: the citizen's answer at the return visit: resolved (True) or not (False); None = no visit yet
    visit_resolved: bool | None = None
    #: ``Satisfaction`` code at the return visit, or None when the citizen gave no rating
    visit_satisfaction: str | None = Field(default=None, max_length=30)
    version: int = Field(default=1, sa_column=_ticket_version)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _ticket_version}


class ScreeningRound(Table, table=True):
    """One round of dispute screening (矛盾纠纷排查) by a committee."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    held_on: date = Field(index=True)
    scope: str = Field(default="", max_length=200)
    disputes_found: int = 0
    note: str = Field(default="", max_length=1000)
    created_by: int | None = Field(default=None, foreign_key="user.id")
    version: int = Field(default=1, sa_column=_round_version)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _round_version}


class CaseReport(Table, table=True):
    """A case's facts for the official statistics table (one row per case, when recorded)."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", unique=True)
    prevented: bool = False  # a dispute found early and prevented from escalating (预防纠纷)
    prevent_crime: bool = False  # 防止民间纠纷转化为刑事案件
    prevent_crime_persons: int = 0
    prevent_petition: bool = False  # 防止群体性上访
    prevent_petition_persons: int = 0
    #: ``OfficialSource`` code overriding the one the case's source implies, or None
    official_source: str | None = Field(default=None, max_length=20)
    version: int = Field(default=1, sa_column=_report_version)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": _report_version}
