"""Who may be mediated on which track, and who must be present (DOMAIN.md "Rules the app must honour").

Pure Python: each rule either raises a :class:`RuleViolation` with a stable code or
returns warnings (:class:`EligibilityWarning`) that a mediator may override with a
recorded reason. Codes:

* ``public_security.excluded`` (``reason``: one of :data:`PS_EXCLUSIONS`, ``all``)
* ``public_security.unknown_exclusion`` (``reason``)
* ``public_security.offence_not_allowed`` (``offence``)
* ``public_security.consent_missing`` (``parties``)
* ``public_security.guardian_absent`` (``party``)
* ``juvenile.guardian_required`` (``party``)
* ``fee.not_allowed`` (``track``), ``fee.too_high`` (``maximum``)
* ``eligibility.override_reason_required`` (``warnings``)
* criminal-reconciliation warnings: ``criminal.unknown`` (``field``), ``criminal.not_civil_origin``,
  ``criminal.chapter_out_of_scope`` (``chapter``), ``criminal.sentence_too_high`` (``months``,
  ``maximum``), ``criminal.dereliction_excluded``, ``criminal.recent_intentional_crime``,
  ``criminal.no_specific_victim``
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .enums import PRINCIPAL_ROLES, PROTECTOR_ROLES, Track
from .errors import RuleViolation
from .limits import Limits

#: Public Security Administration Punishment Law Art. 9: minor cases caused by civil disputes.
PS_ALLOWED_OFFENCES: dict[str, str] = {
    "assault": "殴打他人",
    "intentional_injury": "故意伤害",
    "insult": "侮辱",
    "defamation": "诽谤",
    "property_damage": "故意损毁财物",
    "disturbance": "干扰他人正常生活",
    "privacy": "侵犯隐私",
}
#: MPS 治安调解工作规范 (2007) Art. 3: never mediated by the police.
PS_EXCLUSIONS: tuple[str, ...] = (
    "hired_violence",
    "group_fight",
    "picking_quarrels",
    "repeat_violation",
    "new_trouble",
)

#: Criminal Procedure Law Art. 288 — fixed by statute, not configurable.
CRIMINAL_CHAPTERS = (4, 5)  # 侵犯公民人身权利、民主权利罪; 侵犯财产罪
INTENTIONAL_MAX_MONTHS = 36
NEGLIGENT_MAX_MONTHS = 84
DERELICTION_CHAPTER = 9  # 渎职罪: negligent dereliction is excluded


@dataclass(frozen=True)
class EligibilityWarning:
    """A checklist item that is not satisfied (or not known); ``params`` fill the message."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def offence_code(text: str) -> str | None:
    """The allowed offence ``text`` names (a code, or contains its Chinese term), else None."""
    text = text.strip()
    if text in PS_ALLOWED_OFFENCES:
        return text
    for code, zh in PS_ALLOWED_OFFENCES.items():
        if zh in text:
            return code
    return None


def check_public_security(exclusions: Iterable[str], offence: str = "") -> None:
    """Refuse the 治安 track for an excluded case or an offence outside Art. 9.

    Args:
        exclusions: Exclusion codes the officer ticked (see :data:`PS_EXCLUSIONS`).
        offence: The charge / 案由 of the linked matter, empty when not known yet.

    Raises:
        RuleViolation: ``public_security.excluded``, ``public_security.unknown_exclusion`` or
            ``public_security.offence_not_allowed``.
    """
    given = list(dict.fromkeys(exclusions))
    unknown = [e for e in given if e not in PS_EXCLUSIONS]
    if unknown:
        raise RuleViolation("public_security.unknown_exclusion", reason=unknown[0])
    if given:
        raise RuleViolation("public_security.excluded", reason=given[0], all=given)
    if offence.strip() and offence_code(offence) is None:
        raise RuleViolation("public_security.offence_not_allowed", offence=offence.strip())


def check_fee(track: Track, fee_fen: int | None, limits: Limits) -> None:
    """People's mediation is free (Art. 4); lawyer mediation may charge a low fee."""
    if fee_fen is None:
        return
    if track != Track.LAWYER:
        raise RuleViolation("fee.not_allowed", track=track.value)
    if not 0 <= fee_fen <= limits.lawyer_fee_max_fen:
        raise RuleViolation("fee.too_high", maximum=limits.lawyer_fee_max_fen)


@dataclass(frozen=True)
class CriminalFacts:
    """The criminal-reconciliation checklist; ``None`` means "not known yet"."""

    civil_dispute_origin: bool | None = None
    chapter: int | None = None  # chapter of the Criminal Law's special part
    negligent: bool | None = None
    likely_sentence_months: int | None = None
    intentional_crime_within_5y: bool | None = None
    specific_victim: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> CriminalFacts:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})


def criminal_warnings(facts: CriminalFacts) -> list[EligibilityWarning]:
    """Check CPL Art. 288 scope; every unmet or unknown item becomes a warning."""
    out: list[EligibilityWarning] = []
    for name in (
        "civil_dispute_origin",
        "negligent",
        "likely_sentence_months",
        "intentional_crime_within_5y",
        "specific_victim",
    ):
        if getattr(facts, name) is None:
            out.append(EligibilityWarning("criminal.unknown", {"field": name}))
    if facts.chapter is None and facts.negligent is not True:
        out.append(EligibilityWarning("criminal.unknown", {"field": "chapter"}))
    if facts.civil_dispute_origin is False:
        out.append(EligibilityWarning("criminal.not_civil_origin"))
    if facts.negligent is True:
        if facts.chapter == DERELICTION_CHAPTER:
            out.append(EligibilityWarning("criminal.dereliction_excluded"))
        maximum = NEGLIGENT_MAX_MONTHS
    else:
        if facts.chapter is not None and facts.chapter not in CRIMINAL_CHAPTERS:
            out.append(EligibilityWarning("criminal.chapter_out_of_scope", {"chapter": facts.chapter}))
        maximum = INTENTIONAL_MAX_MONTHS
    months = facts.likely_sentence_months
    if months is not None and months > maximum:
        out.append(EligibilityWarning("criminal.sentence_too_high", {"months": months, "maximum": maximum}))
    if facts.intentional_crime_within_5y is True:
        out.append(EligibilityWarning("criminal.recent_intentional_crime"))
    if facts.specific_victim is False:
        out.append(EligibilityWarning("criminal.no_specific_victim"))
    return out


def check_override(warnings: Sequence[EligibilityWarning], reason: str) -> str:
    """Return the cleaned override reason; refuse an override without one.

    Raises:
        RuleViolation: ``eligibility.override_reason_required`` with the warning codes.
    """
    reason = reason.strip()
    if not reason:
        raise RuleViolation("eligibility.override_reason_required", warnings=[w.code for w in warnings])
    return reason


@dataclass(frozen=True)
class PartyFacts:
    """A case party as the presence rules see it (``age`` at the incident, None if unknown)."""

    party_id: int
    person_id: int
    name: str
    role: str
    age: int | None = None
    guardian_of_id: int | None = None
    consent: bool = False


def is_juvenile(age: int | None, limits: Limits) -> bool:
    return age is not None and age < limits.juvenile_age


def is_sensitive(age: int | None, limits: Limits) -> bool:
    """Under-14 parties' data is flagged sensitive."""
    return age is not None and age < limits.sensitive_age


def _principals(parties: Sequence[PartyFacts]) -> list[PartyFacts]:
    roles = {r.value for r in PRINCIPAL_ROLES}
    return [p for p in parties if p.role in roles]


def _protectors_of(party: PartyFacts, parties: Sequence[PartyFacts]) -> list[PartyFacts]:
    roles = {r.value for r in PROTECTOR_ROLES}
    return [p for p in parties if p.role in roles and p.guardian_of_id in (party.party_id, None)]


def check_session_presence(
    track: Track,
    parties: Sequence[PartyFacts],
    attendee_person_ids: Iterable[int],
    limits: Limits,
    *,
    juvenile_case: bool = False,
) -> None:
    """Rules checked before a session's record is saved.

    * every juvenile party has a guardian or appropriate adult on the case (any track);
    * 治安: every principal party consented, and a party under 16 had a protector present.

    Raises:
        RuleViolation: ``juvenile.guardian_required``, ``public_security.consent_missing`` or
            ``public_security.guardian_absent``.
    """
    present = set(attendee_person_ids)
    principals = _principals(parties)
    juveniles = [p for p in principals if is_juvenile(p.age, limits)]
    any_protector = any(p.role in {r.value for r in PROTECTOR_ROLES} for p in parties)
    if juvenile_case and not juveniles and not any_protector:
        raise RuleViolation("juvenile.guardian_required", party="")
    for party in juveniles:
        if not _protectors_of(party, parties):
            raise RuleViolation("juvenile.guardian_required", party=party.name)
    if track != Track.PUBLIC_SECURITY:
        return
    missing = [p.name for p in principals if not p.consent]
    if missing:
        raise RuleViolation("public_security.consent_missing", parties=missing)
    for party in principals:
        if party.age is None or party.age >= limits.guardian_present_age:
            continue
        if not [g for g in _protectors_of(party, parties) if g.person_id in present]:
            raise RuleViolation("public_security.guardian_absent", party=party.name)


__all__ = [
    "CRIMINAL_CHAPTERS",
    "PS_ALLOWED_OFFENCES",
    "PS_EXCLUSIONS",
    "CriminalFacts",
    "EligibilityWarning",
    "PartyFacts",
    "check_fee",
    "check_override",
    "check_public_security",
    "check_session_presence",
    "criminal_warnings",
    "is_juvenile",
    "is_sensitive",
    "offence_code",
]
