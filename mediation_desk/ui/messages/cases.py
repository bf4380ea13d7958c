"""Error messages about cases: intake, workflow, tracks and their rules, sessions, extensions, recusal.

Codes ``case.*``, ``workflow.*``, ``eligibility.*``, ``juvenile.*``, ``consent.*``, ``criminal.*``,
``public_security.*``, ``extension.*``, ``recusal.*``, ``record.*``, ``session.*``,
``fast_track.*``, ``matter.*``, ``followup.*``, ``decision.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "case.parties_min": translate(
            "Errors",
            "A case needs at least {minimum} principal parties (applicant, respondent, "
            "victim or suspect); {given} given.",
        ),
        "case.changed": translate(
            "Errors",
            "{by} changed this case at {at} while you were editing. Your changes were not "
            "saved. Reopen the case to see the latest version, then make your change again.",
        ),
        "case.unpaid_obligations": translate(
            "Errors",
            "The case cannot be closed: {outstanding} is still unpaid. Record the "
            "payments or mark the agreement as not performed first.",
        ),
        "case.no_signed_agreement": translate(
            "Errors", "Record a signed (or oral) agreement before marking the agreement as reached."
        ),
        "record.changed": translate(
            "Errors",
            "{by} changed this {record} at {at} while you were editing. Your changes were not "
            "saved. The latest version is shown now; make your change again.",
        ),
        "record.duplicate": translate(
            "Errors",
            "Someone else saved the same record at the same moment, so yours was not saved. "
            "Look at what is there now and try again.",
        ),
        "record.stale": translate(
            "Errors", "Someone else changed this record while you were editing. Reopen it and try again."
        ),
        "record.not_found": translate(
            "Errors", "The record no longer exists. It may have been removed by someone else."
        ),
        "workflow.transition": translate("Errors", 'A case that is "{current}" cannot move to "{target}".'),
        "workflow.reason_required": translate("Errors", 'Give a reason for "{target}".'),
        "recusal.conflict": translate(
            "Errors",
            "This member has an interest in the case ({kind}) and must step aside. "
            "To assign them anyway, record the reason for the override.",
        ),
        "public_security.excluded": translate(
            "Errors",
            "Public-security mediation is not allowed for this case ({reason}). "
            "Choose another track or refer the case back to the police.",
        ),
        "public_security.max_sessions": translate(
            "Errors", "Public-security mediation allows at most {maximum} sessions."
        ),
        "public_security.guardian_absent": translate(
            "Errors", "{party} is under 16: a parent or guardian must attend."
        ),
        "juvenile.guardian_required": translate(
            "Errors", "A party is under 18: add a guardian or appropriate adult to the case first."
        ),
        "session.case_not_open": translate(
            "Errors", 'Sessions can only be scheduled for an open case (now: "{status}").'
        ),
        "session.record_empty": translate("Errors", "Write the record of the session."),
        "session.overlap": translate(
            "Errors", "The same committee member or room is already booked at that time:\n{details}"
        ),
        "session.not_started": translate(
            "Errors", "This session starts at {starts}: it can be recorded once it has been held."
        ),
        "session.ends_before_start": translate("Errors", "A session must end after it starts."),
        "public_security.unknown_exclusion": translate(
            "Errors", "Unknown exclusion for public-security mediation: {reason}."
        ),
        "public_security.offence_not_allowed": translate(
            "Errors",
            '"{offence}" is not a minor case the police may mediate (assault, injury, insult, defamation, '
            "damaging property, disturbing others, privacy). Choose another track.",
        ),
        "public_security.consent_missing": translate(
            "Errors",
            "Public-security mediation needs both parties' consent; not recorded yet for: {parties}.",
        ),
        "eligibility.override_reason_required": translate(
            "Errors", "Give the reason for proceeding despite the checklist's warnings."
        ),
        "criminal.eligibility_unconfirmed": translate(
            "Errors",
            "The eligibility checklist has warnings: resolve them or record the reason for proceeding "
            "(Track rules tab) before accepting the case.",
        ),
        "consent.party_not_principal": translate(
            "Errors", "Consent is recorded for the parties themselves, not for guardians or agents."
        ),
        "extension.not_allowed": translate("Errors", "Public-security mediation cannot be extended."),
        "extension.not_accepted": translate(
            "Errors", "Accept the case before extending its mediation period."
        ),
        "extension.not_later": translate(
            "Errors", "The new end date must be after the current one ({current})."
        ),
        "extension.consent_missing": translate(
            "Errors", "An extension needs every party's consent; missing: {parties}."
        ),
        "fast_track.step": translate("Errors", "Unknown fast-track step {step}."),
        "fast_track.order": translate("Errors", 'Record "{previous}" before "{step}".'),
        "fast_track.before_previous": translate(
            "Errors", '"{step}" cannot be earlier than the step before it.'
        ),
        "fast_track.future": translate(
            "Errors", '"{step}" cannot lie in the future: enter the time it actually happened.'
        ),
        "fast_track.after_next": translate("Errors", '"{step}" cannot be later than the step after it.'),
        "followup.method": translate("Errors", "Unknown way of contact {method}."),
        "followup.satisfaction_not_asked": translate(
            "Errors", "A satisfaction can only be recorded when it was asked."
        ),
        "matter.none": translate("Errors", "This case has no linked police matter."),
        "decision.unknown": translate("Errors", "Unknown decision {decision}."),
        "decision.future": translate(
            "Errors", "The decision's date {on} is in the future. Enter the day it was made."
        ),
        "decision.note": translate("Errors", "Say in the note what the other decision was."),
    }
