"""Screen names for the domain's stable codes (tracks, statuses, roles...), translated.

The literal ``translate("Labels", ...)`` calls are what ``pyside6-lupdate``
extracts; do not wrap them in a helper. Unknown codes fall back to the code itself.
"""

from __future__ import annotations

from collections.abc import Callable

from ...domain.enums import MatterStage
from .tr import translate


def tracks() -> dict[str, str]:
    return {
        "people": translate("Labels", "People's mediation"),
        "public_security": translate("Labels", "Public-security mediation"),
        "criminal": translate("Labels", "Criminal reconciliation"),
        "lawyer": translate("Labels", "Lawyer mediation"),
        "pre_litigation": translate("Labels", "Pre-litigation mediation"),
    }


def sources() -> dict[str, str]:
    return {
        "application": translate("Labels", "Party application"),
        "initiative": translate("Labels", "Committee initiative"),
        "police_referral": translate("Labels", "Police referral"),
        "hotline_12345": translate("Labels", "12345 hotline"),
        "police_110": translate("Labels", "110 police call"),
        "court": translate("Labels", "Court entrustment"),
        "procuratorate": translate("Labels", "Procuratorate referral"),
        "government": translate("Labels", "Government assignment"),
    }


def statuses() -> dict[str, str]:
    return {
        "registered": translate("Labels", "Registered"),
        "accepted": translate("Labels", "Accepted"),
        "declined": translate("Labels", "Declined"),
        "in_mediation": translate("Labels", "In mediation"),
        "agreement_reached": translate("Labels", "Agreement reached"),
        "mediation_failed": translate("Labels", "Mediation failed"),
        "withdrawn": translate("Labels", "Withdrawn"),
        "performing": translate("Labels", "Performing"),
        "performed": translate("Labels", "Performed"),
        "not_performed": translate("Labels", "Not performed"),
        "closed": translate("Labels", "Closed"),
        "archived": translate("Labels", "Archived"),
    }


def party_roles() -> dict[str, str]:
    return {
        "applicant": translate("Labels", "Applicant"),
        "respondent": translate("Labels", "Respondent"),
        "victim": translate("Labels", "Victim"),
        "suspect": translate("Labels", "Suspect"),
        "guardian": translate("Labels", "Guardian"),
        "appropriate_adult": translate("Labels", "Appropriate adult"),
        "agent": translate("Labels", "Agent"),
    }


def committee_roles() -> dict[str, str]:
    return {
        "mediator": translate("Labels", "People's mediator"),
        "lawyer": translate("Labels", "Lawyer"),
        "prosecutor": translate("Labels", "Prosecutor"),
        "judge": translate("Labels", "Judge"),
        "police": translate("Labels", "Police officer"),
        "social_worker": translate("Labels", "Social worker"),
        "invited": translate("Labels", "Invited person"),
    }


def matter_decisions() -> dict[str, str]:
    """Decisions of the linked matter (codes: ``domain.matter.DecisionKind``)."""
    return {
        "non_prosecution": translate("Labels", "Non-prosecution"),
        "case_withdrawn": translate("Labels", "Case withdrawn"),
        "judgment": translate("Labels", "Judgment"),
        "administrative_penalty": translate("Labels", "Administrative penalty"),
        "bail": translate("Labels", "Bail pending trial"),
        "other": translate("Labels", "Other decision"),
    }


def relation_kinds() -> dict[str, str]:
    """Relations recorded for the recusal check (codes: ``domain.recusal.RelationKind``)."""
    return {
        "kinship": translate("Labels", "Relative"),
        "colleague": translate("Labels", "Colleague"),
        "employer": translate("Labels", "Employment"),
        "agent": translate("Labels", "Agent"),
        "adviser": translate("Labels", "Adviser"),
        "shared_interest": translate("Labels", "Shared interest"),
        "gift": translate("Labels", "Gifts received"),
        "other": translate("Labels", "Other relation"),
        "is_party": translate("Labels", "Is a party"),
    }


def org_kinds() -> dict[str, str]:
    return {
        "committee": translate("Labels", "Mediation committee"),
        "studio": translate("Labels", "Lawyer mediation studio"),
        "police_station": translate("Labels", "Police station"),
        "case_centre": translate("Labels", "Case-handling centre"),
        "court": translate("Labels", "Court"),
        "procuratorate": translate("Labels", "Procuratorate"),
        "law_firm": translate("Labels", "Law firm"),
        "social_work": translate("Labels", "Social-work centre"),
        "company": translate("Labels", "Company"),
        "other": translate("Labels", "Other"),
    }


def id_types() -> dict[str, str]:
    return {
        "resident_id": translate("Labels", "Resident ID card"),
        "passport": translate("Labels", "Passport"),
        "hk_macao_permit": translate("Labels", "Hong Kong/Macao permit"),
        "taiwan_permit": translate("Labels", "Taiwan permit"),
        "foreign_permanent": translate("Labels", "Foreign permanent residence ID"),
        "other": translate("Labels", "Other document"),
    }


def procedures() -> dict[str, str]:
    return {
        "fast_track_48h": translate("Labels", "48-hour fast track"),
        "ordinary_fast": translate("Labels", "Ordinary fast track"),
        "relative_non_prosecution": translate("Labels", "Relatively non-prosecution"),
        "bail": translate("Labels", "Bail pending trial"),
        "administrative": translate("Labels", "Administrative case"),
        "other": translate("Labels", "Other"),
    }


def matter_stages() -> dict[str, str]:
    return {
        "summons": translate("Labels", "Summoned"),
        "investigation": translate("Labels", "Investigation"),
        "review_for_prosecution": translate("Labels", "Review for prosecution"),
        "trial": translate("Labels", "Trial"),
        "concluded": translate("Labels", "Concluded"),
    }


def deadline_kinds() -> dict[str, str]:
    return {
        "acceptance": translate("Labels", "Decide on acceptance"),
        "mediation_limit": translate("Labels", "Mediation period ends"),
        "session": translate("Labels", "Record the session"),
        "fast_track.investigation": translate("Labels", "Fast track: investigation"),
        "fast_track.review": translate("Labels", "Fast track: review for prosecution"),
        "fast_track.trial": translate("Labels", "Fast track: trial"),
        "instalment": translate("Labels", "Instalment due"),
        "follow_up": translate("Labels", "Follow-up due"),
        "judicial_confirmation": translate("Labels", "Judicial confirmation window"),
    }


def fields() -> dict[str, str]:
    """Names of input fields, for validation messages."""
    return {
        "name": translate("Labels", "Name"),
        "title": translate("Labels", "Title"),
        "facts": translate("Labels", "Facts"),
        "claims": translate("Labels", "Claims"),
        "issues": translate("Labels", "Disputed issues"),
        "responsibility": translate("Labels", "Responsibility"),
        "terms": translate("Labels", "Terms"),
        "address": translate("Labels", "Address"),
        "occupation": translate("Labels", "Occupation"),
        "ethnicity": translate("Labels", "Ethnicity"),
        "legal_rep": translate("Labels", "Legal representative"),
        "id_number": translate("Labels", "ID number"),
        "place": translate("Labels", "Place"),
        "record": translate("Labels", "Record"),
        "note": translate("Labels", "Note"),
        "reason": translate("Labels", "Reason"),
        "amount": translate("Labels", "Amount"),
        "police_case_no": translate("Labels", "Police case no."),
        "charge": translate("Labels", "Charge"),
        "agent_authority": translate("Labels", "Scope of authority"),
        "eligibility_override": translate("Labels", "Eligibility override"),
        "performance_method": translate("Labels", "Performance method"),
        "performance_place": translate("Labels", "Performance place"),
        "apology": translate("Labels", "Apology"),
    }


def limit_labels() -> dict[str, str]:
    return {
        "mediation_days": translate("SettingsPage", "Mediation period (days)"),
        "public_security_working_days": translate(
            "SettingsPage", "Public-security mediation period (working days)"
        ),
        "public_security_max_sessions": translate(
            "SettingsPage", "Public-security mediation: maximum sessions"
        ),
        "acceptance_days": translate("SettingsPage", "Decide on acceptance within (days)"),
        "judicial_confirmation_days": translate("SettingsPage", "Judicial confirmation window (days)"),
        "follow_up_days": translate("SettingsPage", "Follow-up after a performance deadline (days)"),
        "fast_track_hours": translate("SettingsPage", "Fast track (hours)"),
        "response_hours": translate("SettingsPage", "First contact within (hours)"),
        "hotline_reply_days": translate("SettingsPage", "12345 ticket reply due within (days)"),
        "due_soon_days": translate("SettingsPage", 'Dashboard: "due soon" (days)'),
        "max_amount_fen": translate("SettingsPage", "Largest amount (yuan)"),
        "lawyer_fee_max_fen": translate("SettingsPage", "Highest lawyer-mediation fee (yuan)"),
        "juvenile_age": translate("SettingsPage", "Juvenile under (years)"),
        "guardian_present_age": translate("SettingsPage", "Guardian must attend under (years)"),
        "sensitive_age": translate("SettingsPage", "Sensitive data under (years)"),
        "reset_series_yearly": translate("SettingsPage", "Restart case numbers every January"),
    }


def step_names() -> dict[str, str]:
    return {
        MatterStage.SUMMONS.value: translate("Track", "Summons (clock starts)"),
        MatterStage.INVESTIGATION.value: translate("Track", "Investigation done"),
        MatterStage.REVIEW_FOR_PROSECUTION.value: translate("Track", "Review for prosecution done"),
        MatterStage.TRIAL.value: translate("Track", "Trial done"),
    }


def role_names() -> dict[str, str]:
    """Account roles in the user's language."""
    return {
        "mediator": translate("Roles", "Mediator"),
        "director": translate("Roles", "Director"),
        "member": translate("Roles", "Committee member"),
        "custodian": translate("Roles", "Sealed-records custodian"),
        "admin": translate("Roles", "Administrator"),
        "auditor": translate("Roles", "Auditor"),
        "system": translate("Roles", "System"),
    }


def exclusions() -> dict[str, str]:
    return {
        "hired_violence": translate("Errors", "hired violence"),
        "group_fight": translate("Errors", "group fight"),
        "picking_quarrels": translate("Errors", "picking quarrels"),
        "repeat_violation": translate("Errors", "repeat violation"),
        "new_trouble": translate("Errors", "a party stirred up new trouble"),
        "is_party": translate("Errors", "the member is a party"),
        "kinship": translate("Errors", "kinship with a party"),
        "employer": translate("Errors", "employer of a party"),
        "agent": translate("Errors", "agent of a party"),
        "adviser": translate("Errors", "adviser of a party"),
        "shared_interest": translate("Errors", "shared interest"),
        "gift": translate("Errors", "gifts received"),
    }


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    """The screen name of ``code`` in ``table`` (the code itself when unknown)."""
    if not code:
        return ""
    return table().get(code, code)
