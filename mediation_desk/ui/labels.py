"""Screen names for the domain's stable codes (tracks, statuses, roles...), translated.

The literal ``QCoreApplication.translate("Labels", ...)`` calls are what ``pyside6-lupdate``
extracts; do not wrap them in a helper. Unknown codes fall back to the code itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def tracks() -> dict[str, str]:
    return {
        "people": QCoreApplication.translate("Labels", "People's mediation"),
        "public_security": QCoreApplication.translate("Labels", "Public-security mediation"),
        "criminal": QCoreApplication.translate("Labels", "Criminal reconciliation"),
        "lawyer": QCoreApplication.translate("Labels", "Lawyer mediation"),
        "pre_litigation": QCoreApplication.translate("Labels", "Pre-litigation mediation"),
    }


def sources() -> dict[str, str]:
    return {
        "application": QCoreApplication.translate("Labels", "Party application"),
        "initiative": QCoreApplication.translate("Labels", "Committee initiative"),
        "police_referral": QCoreApplication.translate("Labels", "Police referral"),
        "hotline_12345": QCoreApplication.translate("Labels", "12345 hotline"),
        "police_110": QCoreApplication.translate("Labels", "110 police call"),
        "court": QCoreApplication.translate("Labels", "Court entrustment"),
        "procuratorate": QCoreApplication.translate("Labels", "Procuratorate referral"),
        "government": QCoreApplication.translate("Labels", "Government assignment"),
    }


def statuses() -> dict[str, str]:
    return {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
        "in_mediation": QCoreApplication.translate("Labels", "In mediation"),
        "agreement_reached": QCoreApplication.translate("Labels", "Agreement reached"),
        "mediation_failed": QCoreApplication.translate("Labels", "Mediation failed"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
        "performing": QCoreApplication.translate("Labels", "Performing"),
        "performed": QCoreApplication.translate("Labels", "Performed"),
        "not_performed": QCoreApplication.translate("Labels", "Not performed"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
    }


def party_roles() -> dict[str, str]:
    return {
        "applicant": QCoreApplication.translate("Labels", "Applicant"),
        "respondent": QCoreApplication.translate("Labels", "Respondent"),
        "victim": QCoreApplication.translate("Labels", "Victim"),
        "suspect": QCoreApplication.translate("Labels", "Suspect"),
        "guardian": QCoreApplication.translate("Labels", "Guardian"),
        "appropriate_adult": QCoreApplication.translate("Labels", "Appropriate adult"),
        "agent": QCoreApplication.translate("Labels", "Agent"),
    }


def committee_roles() -> dict[str, str]:
    return {
        "mediator": QCoreApplication.translate("Labels", "People's mediator"),
        "lawyer": QCoreApplication.translate("Labels", "Lawyer"),
        "prosecutor": QCoreApplication.translate("Labels", "Prosecutor"),
        "judge": QCoreApplication.translate("Labels", "Judge"),
        "police": QCoreApplication.translate("Labels", "Police officer"),
        "social_worker": QCoreApplication.translate("Labels", "Social worker"),
        "invited": QCoreApplication.translate("Labels", "Invited person"),
    }


def relation_kinds() -> dict[str, str]:
    """Relations recorded for the recusal check (codes: ``domain.recusal.RelationKind``)."""
    return {
        "kinship": QCoreApplication.translate("Labels", "Relative"),
        "colleague": QCoreApplication.translate("Labels", "Colleague"),
        "employer": QCoreApplication.translate("Labels", "Employment"),
        "agent": QCoreApplication.translate("Labels", "Agent"),
        "adviser": QCoreApplication.translate("Labels", "Adviser"),
        "shared_interest": QCoreApplication.translate("Labels", "Shared interest"),
        "gift": QCoreApplication.translate("Labels", "Gifts received"),
        "other": QCoreApplication.translate("Labels", "Other relation"),
        "is_party": QCoreApplication.translate("Labels", "Is a party"),
    }


def org_kinds() -> dict[str, str]:
    return {
        "committee": QCoreApplication.translate("Labels", "Mediation committee"),
        "studio": QCoreApplication.translate("Labels", "Lawyer mediation studio"),
        "police_station": QCoreApplication.translate("Labels", "Police station"),
        "case_centre": QCoreApplication.translate("Labels", "Case-handling centre"),
        "court": QCoreApplication.translate("Labels", "Court"),
        "procuratorate": QCoreApplication.translate("Labels", "Procuratorate"),
        "law_firm": QCoreApplication.translate("Labels", "Law firm"),
        "social_work": QCoreApplication.translate("Labels", "Social-work centre"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def id_types() -> dict[str, str]:
    return {
        "resident_id": QCoreApplication.translate("Labels", "Resident ID card"),
        "passport": QCoreApplication.translate("Labels", "Passport"),
        "hk_macao_permit": QCoreApplication.translate("Labels", "Hong Kong/Macao permit"),
        "taiwan_permit": QCoreApplication.translate("Labels", "Taiwan permit"),
        "foreign_permanent": QCoreApplication.translate("Labels", "Foreign permanent residence ID"),
        "other": QCoreApplication.translate("Labels", "Other document"),
    }


def procedures() -> dict[str, str]:
    return {
        "fast_track_48h": QCoreApplication.translate("Labels", "48-hour fast track"),
        "ordinary_fast": QCoreApplication.translate("Labels", "Ordinary fast track"),
        "relative_non_prosecution": QCoreApplication.translate("Labels", "Relatively non-prosecution"),
        "bail": QCoreApplication.translate("Labels", "Bail pending trial"),
        "administrative": QCoreApplication.translate("Labels", "Administrative case"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def matter_stages() -> dict[str, str]:
    return {
        "summons": QCoreApplication.translate("Labels", "Summoned"),
        "investigation": QCoreApplication.translate("Labels", "Investigation"),
        "review_for_prosecution": QCoreApplication.translate("Labels", "Review for prosecution"),
        "trial": QCoreApplication.translate("Labels", "Trial"),
        "concluded": QCoreApplication.translate("Labels", "Concluded"),
    }


def deadline_kinds() -> dict[str, str]:
    return {
        "acceptance": QCoreApplication.translate("Labels", "Decide on acceptance"),
        "mediation_limit": QCoreApplication.translate("Labels", "Mediation period ends"),
        "session": QCoreApplication.translate("Labels", "Record the session"),
        "fast_track.investigation": QCoreApplication.translate("Labels", "Fast track: investigation"),
        "fast_track.review": QCoreApplication.translate("Labels", "Fast track: review for prosecution"),
        "fast_track.trial": QCoreApplication.translate("Labels", "Fast track: trial"),
        "instalment": QCoreApplication.translate("Labels", "Instalment due"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up due"),
        "judicial_confirmation": QCoreApplication.translate("Labels", "Judicial confirmation window"),
    }


def fields() -> dict[str, str]:
    """Names of input fields, for validation messages."""
    return {
        "name": QCoreApplication.translate("Labels", "Name"),
        "title": QCoreApplication.translate("Labels", "Title"),
        "facts": QCoreApplication.translate("Labels", "Facts"),
        "claims": QCoreApplication.translate("Labels", "Claims"),
        "issues": QCoreApplication.translate("Labels", "Disputed issues"),
        "responsibility": QCoreApplication.translate("Labels", "Responsibility"),
        "terms": QCoreApplication.translate("Labels", "Terms"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "occupation": QCoreApplication.translate("Labels", "Occupation"),
        "ethnicity": QCoreApplication.translate("Labels", "Ethnicity"),
        "legal_rep": QCoreApplication.translate("Labels", "Legal representative"),
        "id_number": QCoreApplication.translate("Labels", "ID number"),
        "place": QCoreApplication.translate("Labels", "Place"),
        "record": QCoreApplication.translate("Labels", "Record"),
        "note": QCoreApplication.translate("Labels", "Note"),
        "reason": QCoreApplication.translate("Labels", "Reason"),
        "amount": QCoreApplication.translate("Labels", "Amount"),
        "police_case_no": QCoreApplication.translate("Labels", "Police case no."),
        "charge": QCoreApplication.translate("Labels", "Charge"),
        "agent_authority": QCoreApplication.translate("Labels", "Scope of authority"),
        "eligibility_override": QCoreApplication.translate("Labels", "Eligibility override"),
        "performance_method": QCoreApplication.translate("Labels", "Performance method"),
        "performance_place": QCoreApplication.translate("Labels", "Performance place"),
        "apology": QCoreApplication.translate("Labels", "Apology"),
    }


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    """The screen name of ``code`` in ``table`` (the code itself when unknown)."""
    if not code:
        return ""
    return table().get(code, code)
