"""Error messages about statistics: reporting periods and reports.

Codes ``period.*``, ``statistics.*``, ``report.*`` (:data:`mediation_desk.ui.messages.AREAS`). A new
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
    }
