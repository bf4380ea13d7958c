"""Plain input values the UI (or demo data, or an import) hands to the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..domain.enums import IdType, PartyRole, PersonKind, Procedure, Source, Track


@dataclass
class PersonInput:
    """A person as typed at intake; validated and normalised by the service."""

    name: str
    kind: PersonKind = PersonKind.NATURAL
    id_type: IdType | None = IdType.RESIDENT_ID
    id_number: str = ""
    uscc: str = ""
    phone: str = ""
    sex: str | None = None
    birth_date: date | None = None
    ethnicity: str = ""
    address: str = ""
    occupation: str = ""
    employer: str = ""  # 工作单位
    legal_rep: str = ""
    legal_rep_title: str = ""  # 法定代表人职务
    existing_person_id: int | None = None


@dataclass
class PartyInput:
    """A party of a new case. ``guardian_of``/``agent_for``/``same_as`` index into the parties list.

    ``same_as``: an earlier party who is the same person in another role (a parent who applies and
    is the child's guardian) — the case keeps one record of them, even without an ID number.
    """

    role: PartyRole
    person: PersonInput
    guardian_of: int | None = None
    agent_for: int | None = None
    agent_authority: str = ""
    power_of_attorney: bool = False  # 授权委托书 received (agents)
    consent: bool = False
    same_as: int | None = None


@dataclass
class MatterInput:
    """The linked police matter."""

    police_case_no: str = ""
    charge: str = ""
    procedure: Procedure = Procedure.OTHER
    stage: str = "investigation"
    summoned_at: datetime | None = None


@dataclass
class NewCase:
    """Everything intake records about a new dispute."""

    organisation_id: int
    title: str
    track: Track
    source: Source
    category: str
    parties: list[PartyInput]
    facts: str = ""
    claims: str = ""
    received_at: datetime | None = None
    incident_on: date | None = None
    matter: MatterInput | None = None
    chief_mediator_id: int | None = None
    fee_fen: int | None = None
    confidential_amounts: bool = False
    sealed: bool = False
    #: public-security exclusions present (hired_violence, group_fight, picking_quarrels,
    #: repeat_violation, new_trouble) — any of them refuses the 治安 track.
    exclusions: list[str] = field(default_factory=list)
    eligibility_override: str = ""
    #: the 12345 ticket (``services.hotline.HotlineInput``) when the source is the hotline
    hotline: Any = None


@dataclass
class ObligationInput:
    """One instalment of an agreement: payer/payee are person ids."""

    payer_person_id: int
    payee_person_id: int
    amount_fen: int
    due_date: date | None = None
    on_the_spot: bool = False
    description: str = ""


@dataclass
class AgreementInput:
    """The content of an agreement version."""

    facts: str = ""
    issues: str = ""
    responsibility: str = ""
    terms: str = ""
    performance_method: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    form: str = "written"
    obligations: list[ObligationInput] = field(default_factory=list)
    offender_admits: bool = False
    apology: str = ""
    victim_leniency: bool = False
