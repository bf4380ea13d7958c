"""Error messages about security and accounts: permissions, sign-in, passwords, users, sealed records.

Codes ``perm.*``, ``auth.*``, ``password.*``, ``user.*``, ``sealed.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "perm.unseal": translate(
            "Errors",
            "Only the sealed-records custodian or the director may unseal a case.",
        ),
        "perm.role": translate("Errors", "Your role ({role}) does not allow this."),
        "perm.case_required": translate("Errors", "Choose a case first."),
        "perm.not_on_case": translate("Errors", "You are not assigned to this case."),
        "perm.other_organisation": translate("Errors", "This case belongs to another organisation."),
        "perm.sealed": translate(
            "Errors",
            "This record is sealed (juvenile or public-security record). Only the people on the "
            "case and the sealed-records custodian may open it.",
        ),
        "perm.stage": translate("Errors", "Your assignment to this case does not cover this stage."),
        "perm.no_case_content": translate("Errors", "Administrators and auditors do not see case contents."),
        "perm.legal_basis_required": translate(
            "Errors", "Record the legal basis before opening this sealed record."
        ),
        "auth.failed": translate("Errors", "The user name or password is wrong."),
        "auth.failed.remaining": translate(
            "Errors",
            "The user name or password is wrong. {remaining} more attempts before the account is locked.",
        ),
        "auth.locked": translate(
            "Errors", "This account is locked after too many wrong passwords until {until}."
        ),
        "password.too_short": translate("Errors", "The password must have at least {minimum} characters."),
        "password.too_long": translate("Errors", "The password may have at most {maximum} characters."),
        "user.admin_exists": translate("Errors", "An administrator account already exists."),
        "user.exists": translate("Errors", "The user name {username} is already taken."),
        "user.name_required": translate("Errors", "Enter a user name."),
        "user.role": translate("Errors", "Unknown role {role}."),
        "sealed.legal_basis_required": translate(
            "Errors", "Enter the legal basis for opening this sealed record."
        ),
        "sealed.not_sealed": translate("Errors", "This case is not sealed."),
    }
