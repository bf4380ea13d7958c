"""The plain, frozen rows a case workspace shows (read by :mod:`.case_detail`). No Qt.

Safe to hand from a worker thread to the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..models import Case, LinkedMatter


@dataclass(frozen=True)
class PartyRow:
    """A party of the case with the person's details."""

    id: int
    person_id: int
    role: str
    name: str
    kind: str
    sex: str | None
    birth_date: date | None
    age: int | None
    id_type: str | None
    id_number: str
    phone: str
    address: str
    guardian_of_id: int | None
    guardian_of_name: str
    agent_for_id: int | None
    agent_for_name: str
    agent_authority: str
    consent: bool
    #: the person's ``row_version`` when read (contact corrections refuse a stale save)
    person_version: int = 1


@dataclass(frozen=True)
class MemberRow:
    """A committee membership on the case."""

    id: int
    person_id: int
    name: str
    role: str
    stages: tuple[str, ...]
    from_date: date
    to_date: date | None
    override_reason: str
    row_version: int = 1

    def active_on(self, day: date) -> bool:
        return self.from_date <= day and (self.to_date is None or day <= self.to_date)


@dataclass(frozen=True)
class DirectoryRow:
    """A person in the committee directory (``col(Person.member_role)`` set)."""

    person_id: int
    name: str
    member_role: str
    organisation: str


@dataclass(frozen=True)
class SessionRow:
    """A mediation session with who attended."""

    id: int
    starts_at: datetime
    ends_at: datetime | None
    place: str
    public: bool
    record: str
    outcome: str
    recorded_at: datetime | None
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]
    row_version: int = 1


@dataclass(frozen=True)
class ObligationRow:
    """One instalment with what has been paid on it."""

    id: int
    agreement_id: int
    seq: int
    payer_person_id: int
    payer_name: str
    payee_person_id: int
    payee_name: str
    description: str
    amount_fen: int
    due_date: date | None
    on_the_spot: bool
    paid_fen: int

    @property
    def outstanding_fen(self) -> int:
        return self.amount_fen - self.paid_fen

    def overdue(self, today: date) -> bool:
        """Unpaid after its due date."""
        return self.outstanding_fen > 0 and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class AgreementRow:
    """One version of the agreement and its obligations."""

    id: int
    version: int
    number: str
    form: str
    state: str
    facts: str
    issues: str
    responsibility: str
    terms: str
    performance_method: str
    performance_place: str
    performance_deadline: date | None
    effective_on: date | None
    supersedes_id: int | None
    printed_at: datetime | None
    signed_at: datetime | None
    signatories: str
    created_at: datetime
    obligations: tuple[ObligationRow, ...]
    #: the version a save must be based on (``version`` is the agreement's revision: 1, 2…)
    row_version: int = 1


@dataclass(frozen=True)
class PaymentRow:
    id: int
    obligation_id: int
    obligation_seq: int
    payer_name: str
    payee_name: str
    amount_fen: int
    paid_at: datetime
    method: str
    receipt_no: str
    note: str


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_on: date | None
    done_at: datetime | None
    method: str
    performed: bool | None
    satisfaction: str | None
    note: str
    performance: str | None = None
    contact_person: str = ""
    response: str = ""
    satisfaction_asked: bool = False
    row_version: int = 1


@dataclass(frozen=True)
class StatusRow:
    seq: int
    from_status: str | None
    to_status: str
    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    diff: dict[str, Any]


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    filename: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class CaseDetail:
    """A case and everything its workspace shows."""

    case: Case
    organisation: str
    category_zh: str
    category_en: str
    chief_mediator: str
    matter: LinkedMatter | None
    parties: tuple[PartyRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    sessions: tuple[SessionRow, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
    payments: tuple[PaymentRow, ...] = ()
    follow_ups: tuple[FollowUpRow, ...] = ()
    status_history: tuple[StatusRow, ...] = ()
    audit: tuple[AuditRow, ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    loaded_at: datetime | None = field(default=None, compare=False)

    @property
    def current_agreement(self) -> AgreementRow | None:
        """The newest version that is not superseded (versions are listed newest first)."""
        for ag in self.agreements:
            if ag.state != "superseded":
                return ag
        return None

    @property
    def outstanding_fen(self) -> int:
        ag = self.current_agreement
        return sum(o.outstanding_fen for o in ag.obligations) if ag else 0


__all__ = [
    "PartyRow",
    "MemberRow",
    "DirectoryRow",
    "SessionRow",
    "ObligationRow",
    "AgreementRow",
    "PaymentRow",
    "FollowUpRow",
    "StatusRow",
    "AuditRow",
    "AttachmentRow",
    "CaseDetail",
]
