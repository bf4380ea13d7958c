"""Plain, frozen snapshots of a case that the documents render from.

A service fills them from the database; renderers never query anything. Values are printed
as given: an ID number that should be masked must be masked by the service. Datetimes are
timezone-aware (printed in Asia/Shanghai), money is integer fen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mediation_desk.domain.enums import (
    PRINCIPAL_ROLES,
    AgreementForm,
    CaseStatus,
    CommitteeRole,
    IdType,
    MatterStage,
    PartyRole,
    PaymentMethod,
    Procedure,
    Satisfaction,
    SessionOutcome,
    Sex,
    Source,
    Track,
)


@dataclass(frozen=True, slots=True)
class PartySnapshot:
    """One person or organisation on the case, in one role."""

    role: PartyRole
    name: str
    is_organisation: bool = False
    sex: Sex | None = None
    birth_date: date | None = None
    ethnicity: str = ""
    id_type: IdType | None = None
    id_number: str = ""
    phone: str = ""
    address: str = ""
    occupation: str = ""  # 职业
    employer: str = ""  # 工作单位
    uscc: str = ""  # 统一社会信用代码 (organisations)
    legal_rep: str = ""  # 法定代表人 (organisations)
    legal_rep_title: str = ""
    represents: str = ""  # name of the party a guardian / adult / agent acts for
    agent_authority: str = ""  # 代理权限 of an agent
    power_of_attorney: bool = False  # an agent's 授权委托书 is on file

    @property
    def is_principal(self) -> bool:
        """True for applicant, respondent, victim and offender (they sign and get a copy)."""
        return self.role in PRINCIPAL_ROLES


@dataclass(frozen=True, slots=True)
class MemberSnapshot:
    """A committee member on the case."""

    name: str
    role: CommitteeRole
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class ObligationSnapshot:
    """One obligation or instalment: who pays whom what, by when."""

    payer: str
    payee: str
    description: str
    amount_fen: int
    due_date: date | None = None
    on_the_spot: bool = False
    method: PaymentMethod | None = None


@dataclass(frozen=True, slots=True)
class PaymentSnapshot:
    """Money actually paid (one receipt)."""

    receipt_number: str
    payer: str
    payee: str
    amount_fen: int
    paid_at: datetime
    method: PaymentMethod
    purpose: str = ""  # 款项用途, e.g. "第一期赔偿款"
    handled_by: str = ""  # 经办调解员
    note: str = ""


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """One mediation session and its record."""

    index: int  # 第N次调解
    start: datetime
    end: datetime | None
    place: str
    host: str  # 主持人
    recorder: str  # 记录人
    attendees: tuple[str, ...]
    record: str  # 笔录; lines are kept
    outcome: SessionOutcome = SessionOutcome.PENDING
    private: bool = False  # 不公开调解 at a party's request


@dataclass(frozen=True, slots=True)
class FollowUpSnapshot:
    """A follow-up visit or call."""

    at: datetime
    method: str  # 电话回访 / 上门回访 / 当面回访
    by: str  # 回访人
    interviewee: str  # 被回访人
    performance: str  # 履行情况
    satisfaction: Satisfaction | None = None
    opinion: str = ""  # 当事人意见
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgreementSnapshot:
    """The agreement as signed (or as printed for signature)."""

    number: str
    version: int
    track: Track
    form: AgreementForm
    organisation: str
    seal_name: str
    case_number: str
    parties: tuple[PartySnapshot, ...]
    mediators: tuple[MemberSnapshot, ...]  # the committee members on the case (who signs: .signatories)
    facts: str
    issues: str
    responsibility: str
    terms: tuple[str, ...]
    obligations: tuple[ObligationSnapshot, ...]
    performance_method: str
    performance_place: str
    performance_deadline: date | None  # as typed (a stated fact; the printed one is derived, .facts)
    signed_on: date  # 签订日期: the signing date once signed, else the day printed for signature
    place: str = ""  # 调解地点
    confidential_amounts: bool = False
    police_organ: str = ""  # 治安调解: the public security organ
    police_case_number: str = ""  # 治安调解 / 刑事和解: the police case behind it
    charge: str = ""  # 案由 / 罪名
    offender_admission: str = ""  # 刑事和解: admits guilt and repents
    apology: str = ""  # 刑事和解: apology
    victim_requests_leniency: bool = False  # 刑事和解: asks for / agrees to leniency

    @property
    def principal_parties(self) -> tuple[PartySnapshot, ...]:
        """The parties who sign and receive a copy."""
        return tuple(p for p in self.parties if p.is_principal)

    @property
    def copies(self) -> int:
        """Copies to print: 3 for 治安调解 and 刑事和解, else one per party plus the committee's."""
        if self.track in (Track.PUBLIC_SECURITY, Track.CRIMINAL):
            return 3
        return len(self.principal_parties) + 1

    @property
    def total_fen(self) -> int:
        """Sum of all obligations."""
        return sum(o.amount_fen for o in self.obligations)


@dataclass(frozen=True, slots=True)
class LinkedMatterSnapshot:
    """The police matter behind the dispute (关联案件)."""

    police_case_number: str = ""
    charge: str = ""  # 罪名 / 案由
    procedure: Procedure | None = None
    stage: MatterStage | None = None
    handling_organ: str = ""
    decision: str = ""  # e.g. 相对不起诉
    decided_on: date | None = None


@dataclass(frozen=True, slots=True)
class JudicialConfirmationSnapshot:
    """Application to a court to confirm the agreement (Art. 33)."""

    court: str
    applied_on: date | None = None
    ruling_number: str = ""
    ruled_on: date | None = None
    result: str = ""


@dataclass(frozen=True, slots=True)
class ClosingSnapshot:
    """How the case ended."""

    status: CaseStatus
    closed_on: date
    summary: str  # 调解结果 / 结案情况
    handled_by: str = ""  # 承办人
    reviewed_by: str = ""  # 审核人 (committee director)
    failure_reason: str = ""  # 调解不成 reason


@dataclass(frozen=True, slots=True)
class AttachmentSnapshot:
    """A paper item of the dossier kept as scan or original (identity proof, evidence...)."""

    section: int  # 3 identity, 4 power of attorney, 5 investigation, 6 evidence
    title: str
    pages: int = 1


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    """Everything the case documents and the dossier need."""

    number: str
    title: str
    track: Track
    source: Source
    category: str  # category code (see DEFAULT_CATEGORIES) or a Chinese label
    organisation: str
    seal_name: str
    received_at: datetime
    facts: str  # 纠纷简要情况
    claims: str  # 当事人申请事项 / 请求
    parties: tuple[PartySnapshot, ...]
    members: tuple[MemberSnapshot, ...]
    accepted_on: date | None = None
    registered_by: str = ""
    declined_reason: str = ""
    sessions: tuple[SessionSnapshot, ...] = ()
    agreement: AgreementSnapshot | None = None
    payments: tuple[PaymentSnapshot, ...] = ()
    follow_ups: tuple[FollowUpSnapshot, ...] = ()
    attachments: tuple[AttachmentSnapshot, ...] = ()
    judicial: JudicialConfirmationSnapshot | None = None
    closing: ClosingSnapshot | None = None
    matter: LinkedMatterSnapshot | None = None
    retention_period: str = "长期"  # 保管期限: 永久 / 长期 / 短期
    archived_on: date | None = None
    archivist: str = ""  # 立卷人
    dossier_note: str = ""  # 卷内备考表 text

    @property
    def principal_parties(self) -> tuple[PartySnapshot, ...]:
        """Applicant/respondent/victim/offender, in case order."""
        return tuple(p for p in self.parties if p.is_principal)

    @property
    def mediators(self) -> tuple[MemberSnapshot, ...]:
        """Members who are people's mediators or lawyers (they sign as mediators)."""
        return tuple(m for m in self.members if m.role in (CommitteeRole.MEDIATOR, CommitteeRole.LAWYER))
