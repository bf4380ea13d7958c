"""Screen names for the domain's stable codes (tracks, statuses, roles...), translated.

The literal ``QCoreApplication.translate("Labels", ...)`` calls are what ``pyside6-lupdate``
extracts; do not wrap them in a helper. Unknown codes fall back to the code itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def tracks() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "people": t("Labels", "People's mediation"),
        "public_security": t("Labels", "Public-security mediation"),
        "criminal": t("Labels", "Criminal reconciliation"),
        "lawyer": t("Labels", "Lawyer mediation"),
        "pre_litigation": t("Labels", "Pre-litigation mediation"),
    }


def sources() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "application": t("Labels", "Party application"),
        "initiative": t("Labels", "Committee initiative"),
        "police_referral": t("Labels", "Police referral"),
        "hotline_12345": t("Labels", "12345 hotline"),
        "police_110": t("Labels", "110 police call"),
        "court": t("Labels", "Court entrustment"),
        "procuratorate": t("Labels", "Procuratorate referral"),
        "government": t("Labels", "Government assignment"),
    }


def statuses() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "registered": t("Labels", "Registered"),
        "accepted": t("Labels", "Accepted"),
        "declined": t("Labels", "Declined"),
        "in_mediation": t("Labels", "In mediation"),
        "agreement_reached": t("Labels", "Agreement reached"),
        "mediation_failed": t("Labels", "Mediation failed"),
        "withdrawn": t("Labels", "Withdrawn"),
        "performing": t("Labels", "Performing"),
        "performed": t("Labels", "Performed"),
        "not_performed": t("Labels", "Not performed"),
        "closed": t("Labels", "Closed"),
        "archived": t("Labels", "Archived"),
    }


def party_roles() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "applicant": t("Labels", "Applicant"),
        "respondent": t("Labels", "Respondent"),
        "victim": t("Labels", "Victim"),
        "suspect": t("Labels", "Suspect"),
        "guardian": t("Labels", "Guardian"),
        "appropriate_adult": t("Labels", "Appropriate adult"),
        "agent": t("Labels", "Agent"),
    }


def committee_roles() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "mediator": t("Labels", "People's mediator"),
        "lawyer": t("Labels", "Lawyer"),
        "prosecutor": t("Labels", "Prosecutor"),
        "judge": t("Labels", "Judge"),
        "police": t("Labels", "Police officer"),
        "social_worker": t("Labels", "Social worker"),
        "invited": t("Labels", "Invited person"),
    }


def id_types() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "resident_id": t("Labels", "Resident ID card"),
        "passport": t("Labels", "Passport"),
        "hk_macao_permit": t("Labels", "Hong Kong/Macao permit"),
        "taiwan_permit": t("Labels", "Taiwan permit"),
        "foreign_permanent": t("Labels", "Foreign permanent residence ID"),
        "other": t("Labels", "Other document"),
    }


def procedures() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "fast_track_48h": t("Labels", "48-hour fast track"),
        "ordinary_fast": t("Labels", "Ordinary fast track"),
        "relative_non_prosecution": t("Labels", "Relatively non-prosecution"),
        "bail": t("Labels", "Bail pending trial"),
        "administrative": t("Labels", "Administrative case"),
        "other": t("Labels", "Other"),
    }


def matter_stages() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "summons": t("Labels", "Summoned"),
        "investigation": t("Labels", "Investigation"),
        "review_for_prosecution": t("Labels", "Review for prosecution"),
        "trial": t("Labels", "Trial"),
        "concluded": t("Labels", "Concluded"),
    }


def deadline_kinds() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "acceptance": t("Labels", "Decide on acceptance"),
        "mediation_limit": t("Labels", "Mediation period ends"),
        "session": t("Labels", "Record the session"),
        "fast_track.investigation": t("Labels", "Fast track: investigation"),
        "fast_track.review": t("Labels", "Fast track: review for prosecution"),
        "fast_track.trial": t("Labels", "Fast track: trial"),
        "instalment": t("Labels", "Instalment due"),
        "follow_up": t("Labels", "Follow-up due"),
        "judicial_confirmation": t("Labels", "Judicial confirmation window"),
    }


def fields() -> dict[str, str]:
    """Names of input fields, for validation messages."""
    t = QCoreApplication.translate
    return {
        "name": t("Labels", "Name"),
        "title": t("Labels", "Title"),
        "facts": t("Labels", "Facts"),
        "claims": t("Labels", "Claims"),
        "issues": t("Labels", "Disputed issues"),
        "responsibility": t("Labels", "Responsibility"),
        "terms": t("Labels", "Terms"),
        "address": t("Labels", "Address"),
        "occupation": t("Labels", "Occupation"),
        "ethnicity": t("Labels", "Ethnicity"),
        "legal_rep": t("Labels", "Legal representative"),
        "id_number": t("Labels", "ID number"),
        "place": t("Labels", "Place"),
        "record": t("Labels", "Record"),
        "note": t("Labels", "Note"),
        "reason": t("Labels", "Reason"),
        "amount": t("Labels", "Amount"),
        "police_case_no": t("Labels", "Police case no."),
        "charge": t("Labels", "Charge"),
        "agent_authority": t("Labels", "Scope of authority"),
        "eligibility_override": t("Labels", "Eligibility override"),
        "performance_method": t("Labels", "Performance method"),
        "performance_place": t("Labels", "Performance place"),
        "apology": t("Labels", "Apology"),
    }


def label(table: Callable[[], dict[str, str]], code: str | None) -> str:
    """The screen name of ``code`` in ``table`` (the code itself when unknown)."""
    if not code:
        return ""
    return table().get(code, code)
