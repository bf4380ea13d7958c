"""Error messages about typed input: ID numbers, phone numbers, credit codes, money, names and free text.

Codes ``id.*``, ``phone.*``, ``uscc.*``, ``money.*``, ``name.*``, ``text.*``, ``number.*``,
``field.*``, ``datetime.*`` (:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes
here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "field.type": translate(
            "Errors",
            "{field} has a value of the wrong kind.",
        ),
        "field.range": translate(
            "Errors",
            "{field} must be at least {minimum}.",
        ),
        "id.empty": translate("Errors", "Enter the ID number."),
        "id.length": translate("Errors", "An ID number has 18 characters; this one has {length}."),
        "id.characters": translate("Errors", "An ID number has 17 digits followed by a digit or X."),
        "id.birth_date": translate("Errors", "The birth date inside this ID number is impossible."),
        "id.checksum": translate(
            "Errors", "This ID number is mistyped: the last character should be {expected}."
        ),
        "phone.empty": translate("Errors", "Enter the phone number."),
        "phone.invalid": translate("Errors", "This is not a valid phone number."),
        "uscc.empty": translate("Errors", "Enter the unified social credit code."),
        "uscc.length": translate(
            "Errors", "A unified social credit code has 18 characters; this one has {length}."
        ),
        "uscc.characters": translate(
            "Errors", "The credit code contains characters that are not allowed (I, O, S, V, Z)."
        ),
        "uscc.authority": translate(
            "Errors", "The credit code starts with an unknown registration authority ({authority})."
        ),
        "uscc.checksum": translate(
            "Errors", "This credit code is mistyped: the last character should be {expected}."
        ),
        "money.empty": translate("Errors", "Enter an amount."),
        "money.invalid": translate("Errors", "This is not an amount of money, e.g. 1200 or 1,200.50."),
        "money.float": translate("Errors", "The amount must be exact (yuan and fen)."),
        "money.negative": translate("Errors", "The amount cannot be negative."),
        "money.precision": translate("Errors", "An amount has at most two decimals (fen)."),
        "money.too_large": translate("Errors", "The amount is larger than the maximum of {maximum}."),
        "name.empty": translate("Errors", "Enter the name."),
        "name.characters": translate("Errors", "The name contains control characters or line breaks."),
        "name.too_long": translate(
            "Errors", "The name is too long: at most {max} characters, it has {length}."
        ),
        "text.empty": translate("Errors", "{field} is required."),
        "text.characters": translate("Errors", "{field} contains characters that are not allowed."),
        "text.too_long": translate(
            "Errors", "{field} is too long: at most {max} characters, it has {length}."
        ),
        "number.invalid": translate("Errors", "The number is not valid."),
        "field.unknown": translate("Errors", "The field {field} cannot be changed here."),
        "datetime.naive": translate("Errors", "The time of {field} has no time zone."),
        "id.reveal_reason_required": translate("Errors", "Enter why the full ID number is needed."),
    }
