"""Error messages about statistics: reporting periods and reports.

Codes ``period.*``, ``statistics.*``, ``report.*``, ``hotline.*``, ``screening.*``, ``official.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new
code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "period.kind": translate("Errors", "Unknown reporting period ({kind})."),
        "period.range": translate("Errors", "The period ends ({end}) before it starts ({start})."),
        "statistics.response_hours": translate(
            "Errors", "The time for a timely response must be at least one hour (entered: {value})."
        ),
        "statistics.concluded": translate(
            "Errors", "The resolution rate's base must count resolved cases (chosen: {value})."
        ),
        "hotline.satisfied_answers": translate(
            "Errors", "Choose at least one return-visit answer that counts as satisfied."
        ),
        "hotline.resolution_base": translate("Errors", "Unknown base for the resolution rate ({value})."),
        "hotline.ticket_no": translate(
            "Errors", "The 12345 ticket number must be 4 to 40 letters, digits or - _ / (entered: {value})."
        ),
        "hotline.time": translate("Errors", "The time of {field} has no time zone."),
        "hotline.future": translate("Errors", "The time of {field} lies in the future."),
        "hotline.before": translate("Errors", "The time of {field} is earlier than {before}."),
        "hotline.not_hotline": translate(
            "Errors", "Only a case from the 12345 hotline has a ticket (this case's source: {source})."
        ),
        "hotline.ticket_taken": translate(
            "Errors", "Ticket {ticket_no} is already recorded on another case."
        ),
        "hotline.ticket_fixed": translate(
            "Errors", "The ticket has been responded to; its number and times can no longer be changed."
        ),
        "hotline.no_ticket": translate("Errors", "This case has no 12345 ticket yet."),
        "hotline.reply_empty": translate("Errors", "Enter the reply given to the hotline."),
        "hotline.reply_before_response": translate("Errors", "Record the first response before the reply."),
        "hotline.visit_before_reply": translate("Errors", "Record the reply before the return visit."),
        "screening.found": translate(
            "Errors", "Disputes found must be a number from 0 to 10,000 (entered: {value})."
        ),
        "screening.date": translate("Errors", "The screening date lies in the future."),
        "official.persons": translate(
            "Errors",
            "The number of persons must be from 1 to 100,000 when the box is ticked (entered: {value}).",
        ),
        "official.source": translate("Errors", "Unknown official source ({value})."),
    }
