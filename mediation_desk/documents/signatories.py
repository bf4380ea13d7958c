"""Who signs an agreement, in which capacity, and under which seal — decided by party kind and track.

* A natural person signs and fingerprints (签名 + 捺印).
* An organisation affixes its seal (单位盖章) and its 委托代理人 (when one acts for it, with the
  授权委托书) or else its 法定代表人 signs.
* A minor signs and fingerprints, and the guardian (法定代理人) signs beside them; an appropriate
  adult or an agent of a person signs beside the party too.
* Committee members sign under their real role (人民调解员, 律师, 检察官, 人民警察, 社会工作者…).
* The track decides the rest: 治安调解 — the presiding police officer and the police unit's seal;
  律师调解 — the lawyer and the 律师调解工作室's seal; 刑事和解 — the parties, with the mediator as
  witness and no seal; otherwise the committee's members and the committee's seal.

Pure Python: no ReportLab here (the boxes are drawn by :mod:`.signatures`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from mediation_desk.domain.enums import CommitteeRole, PartyRole, Track
from mediation_desk.domain.vocabulary import zh

from .snapshot import AgreementSnapshot, MemberSnapshot, PartySnapshot

#: The capacity a committee member signs in.
MEMBER_TITLES: dict[CommitteeRole, str] = {
    CommitteeRole.MEDIATOR: "人民调解员",
    CommitteeRole.LAWYER: "律师",
    CommitteeRole.PROSECUTOR: "检察官",
    CommitteeRole.JUDGE: "法官",
    CommitteeRole.POLICE: "人民警察",
    CommitteeRole.SOCIAL_WORKER: "社会工作者",
    CommitteeRole.INVITED: "特邀调解员",
}

Kind = Literal["person", "organisation", "member"]


@dataclass(frozen=True, slots=True)
class Signer:
    """One signature place: ``label`` (capacity and name), how they sign, and for an organisation
    the person who signs for it (``signatory``, e.g. ``法定代表人 张伟``)."""

    label: str
    kind: Kind = "person"
    signatory: str = ""

    @property
    def fingerprint(self) -> bool:
        """Natural persons fingerprint beside their signature; organisations seal instead."""
        return self.kind == "person"


@dataclass(frozen=True, slots=True)
class Seal:
    """Where the issuing body seals: its name and the (text-only) seal mark."""

    organisation: str
    mark: str = "（印章）"


@dataclass(frozen=True, slots=True)
class SignaturePlan:
    """Everything the signature part of an agreement prints."""

    groups: tuple[tuple[Signer, ...], ...]  # each principal party, then who signs beside them
    members: tuple[Signer, ...]
    seal: Seal | None  # None: no seal (刑事和解: the parties' agreement, witnessed)
    date_label: str = ""  # printed before the date when there is no seal


def is_minor(party: PartySnapshot, on: date) -> bool:
    """Under 18 on ``on`` (by birth date)."""
    born = party.birth_date
    if party.is_organisation or born is None:
        return False
    return (on.year - born.year - ((on.month, on.day) < (born.month, born.day))) < 18


def _companions(a: AgreementSnapshot, party: PartySnapshot) -> list[PartySnapshot]:
    return [x for x in a.parties if not x.is_principal and x.represents == party.name]


def _party_signers(a: AgreementSnapshot, party: PartySnapshot, label: str) -> tuple[Signer, ...]:
    helpers = _companions(a, party)
    if party.is_organisation:
        agent = next((x for x in helpers if x.role == PartyRole.AGENT), None)
        if agent is not None:
            who = f"委托代理人 {agent.name}"
        else:
            who = f"{party.legal_rep_title or '法定代表人'} {party.legal_rep}".rstrip()
        others = [x for x in helpers if x is not agent]
        return (
            Signer(f"{label} {party.name}", "organisation", who),
            *(Signer(f"{zh(x.role)} {x.name}") for x in others),
        )
    return (Signer(f"{label} {party.name}"), *(Signer(f"{zh(x.role)} {x.name}") for x in helpers))


def party_groups(
    a: AgreementSnapshot, labels: dict[PartyRole, str] | None = None
) -> tuple[tuple[Signer, ...], ...]:
    """Each principal party's signature places, with their guardian, adult or agent beside them;
    companions of nobody on the list (a stray agent) sign at the end."""
    groups: list[tuple[Signer, ...]] = []
    for party in a.principal_parties:
        label = (labels or {}).get(party.role) or zh(party.role)
        groups.append(_party_signers(a, party, label))
    named = {x.name for x in a.principal_parties}
    strays = [x for x in a.parties if not x.is_principal and x.represents not in named]
    groups += [(Signer(f"{zh(x.role)} {x.name}"),) for x in strays]
    return tuple(groups)


def _member(m: MemberSnapshot, title: str | None = None) -> Signer:
    return Signer(f"{title or MEMBER_TITLES.get(m.role, zh(m.role))} {m.name}", "member")


def plan(a: AgreementSnapshot, labels: dict[PartyRole, str] | None = None) -> SignaturePlan:
    """Who signs ``a`` and under which seal (see the module docstring). A member on the case in
    two roles signs once, in the role the track asks for first."""
    groups = party_groups(a, labels)
    order = {
        Track.PUBLIC_SECURITY: (CommitteeRole.POLICE,),
        Track.LAWYER: (CommitteeRole.LAWYER,),
    }.get(a.track, (CommitteeRole.MEDIATOR,))
    seen: set[str] = set()
    staff = []
    for m in sorted(a.mediators, key=lambda m: m.role not in order):
        if m.name not in seen:
            seen.add(m.name)
            staff.append(m)
    if a.track == Track.PUBLIC_SECURITY:
        police = [m for m in staff if m.role == CommitteeRole.POLICE][:1]
        members = tuple(_member(m, "主持调解人民警察") for m in police) or (
            Signer("主持调解人民警察", "member"),
        )
        return SignaturePlan(groups, members, Seal(a.police_organ or a.organisation))
    if a.track == Track.CRIMINAL:
        hosts = [m for m in staff if m.role in (CommitteeRole.MEDIATOR, CommitteeRole.LAWYER)] or list(
            staff[:1]
        )
        members = tuple(_member(m, f"见证人（{MEMBER_TITLES.get(m.role, zh(m.role))}）") for m in hosts)
        return SignaturePlan(groups, members, None, "签订日期：")
    if a.track == Track.LAWYER:
        lawyers = [m for m in staff if m.role == CommitteeRole.LAWYER]
        others = [m for m in staff if m.role != CommitteeRole.LAWYER]
        studio = next((m.organisation for m in lawyers if m.organisation), "") or a.organisation
        members = tuple(_member(m, "调解律师") for m in lawyers) + tuple(_member(m) for m in others)
        return SignaturePlan(groups, members or (Signer("调解律师", "member"),), Seal(studio))
    members = tuple(_member(m) for m in staff) or (Signer("人民调解员", "member"),)
    return SignaturePlan(groups, members, Seal(a.organisation))
