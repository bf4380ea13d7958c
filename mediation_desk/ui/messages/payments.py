"""Error messages about payments and fees.

Codes ``payment.*``, ``fee.*`` (:data:`mediation_desk.ui.messages.AREAS`). A new code of this area
goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "payment.amount": translate("Errors", "The payment must be more than zero."),
        "payment.exceeds": translate("Errors", "The payment is more than what is still owed ({remaining})."),
        "payment.agreement_not_signed": translate(
            "Errors", "Payments can be recorded once the agreement is signed."
        ),
        "payment.agreement_superseded": translate(
            "Errors", "This instalment belongs to a replaced agreement version."
        ),
        "fee.not_allowed": translate(
            "Errors", "People's mediation is free: a fee is only allowed for lawyer mediation."
        ),
        "fee.too_high": translate("Errors", "The fee is above the maximum of {maximum}."),
    }
