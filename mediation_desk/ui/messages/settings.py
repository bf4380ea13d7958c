"""Error messages about settings: limits, the working-day calendar, categories, case-number type codes.

Codes ``settings.*``, ``calendar.*``, ``category.*``, ``type_code.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "settings.unknown_limit": translate("Errors", "There is no limit called {name}."),
        "settings.limit_type": translate("Errors", "The value of {name} has the wrong type."),
        "settings.limit_range": translate("Errors", "{name} must be at least {minimum}."),
        "category.code": translate(
            "Errors", "A category code uses lower-case letters, digits and _ ({value})."
        ),
        "category.exists": translate("Errors", "The category {value} already exists."),
        "category.name_empty": translate("Errors", "Enter the category's name."),
        "type_code.track": translate("Errors", "Unknown track {track}."),
        "type_code.invalid": translate(
            "Errors", '"{value}" cannot be used in case numbers (1 to 8 letters).'
        ),
        "calendar.no_change": translate("Errors", "{day} already has that working-day setting."),
    }
