"""Known errors become clear messages in the user's language; bugs become a crash dialog.

:func:`message` maps a :class:`~mediation_desk.domain.errors.KnownError` code and its
parameters to a translated sentence. :func:`show_error` shows either a known-error
dialog (what happened, what to do) or the crash dialog (no traceback unless the user
opens "Details"); both are logged.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import ConflictError, KnownError, StorageError
from . import labels

log = logging.getLogger(__name__)


def _templates() -> dict[str, str]:
    return {
        "id.empty": QCoreApplication.translate("Errors", "Enter the ID number."),
        "id.length": QCoreApplication.translate(
            "Errors", "An ID number has 18 characters; this one has {length}."
        ),
        "id.characters": QCoreApplication.translate(
            "Errors", "An ID number has 17 digits followed by a digit or X."
        ),
        "id.birth_date": QCoreApplication.translate(
            "Errors", "The birth date inside this ID number is impossible."
        ),
        "id.checksum": QCoreApplication.translate(
            "Errors", "This ID number is mistyped: the last character should be {expected}."
        ),
        "phone.empty": QCoreApplication.translate("Errors", "Enter the phone number."),
        "phone.invalid": QCoreApplication.translate("Errors", "This is not a valid phone number."),
        "uscc.empty": QCoreApplication.translate("Errors", "Enter the unified social credit code."),
        "uscc.length": QCoreApplication.translate(
            "Errors", "A unified social credit code has 18 characters; this one has {length}."
        ),
        "uscc.characters": QCoreApplication.translate(
            "Errors", "The credit code contains characters that are not allowed (I, O, S, V, Z)."
        ),
        "uscc.authority": QCoreApplication.translate(
            "Errors", "The credit code starts with an unknown registration authority ({authority})."
        ),
        "uscc.checksum": QCoreApplication.translate(
            "Errors", "This credit code is mistyped: the last character should be {expected}."
        ),
        "money.empty": QCoreApplication.translate("Errors", "Enter an amount."),
        "money.invalid": QCoreApplication.translate(
            "Errors", "This is not an amount of money, e.g. 1200 or 1,200.50."
        ),
        "money.float": QCoreApplication.translate("Errors", "The amount must be exact (yuan and fen)."),
        "money.negative": QCoreApplication.translate("Errors", "The amount cannot be negative."),
        "money.precision": QCoreApplication.translate("Errors", "An amount has at most two decimals (fen)."),
        "money.too_large": QCoreApplication.translate(
            "Errors", "The amount is larger than the maximum of {maximum}."
        ),
        "name.empty": QCoreApplication.translate("Errors", "Enter the name."),
        "name.characters": QCoreApplication.translate(
            "Errors", "The name contains control characters or line breaks."
        ),
        "name.too_long": QCoreApplication.translate(
            "Errors", "The name is too long: at most {max} characters, it has {length}."
        ),
        "text.empty": QCoreApplication.translate("Errors", "{field} is required."),
        "text.characters": QCoreApplication.translate(
            "Errors", "{field} contains characters that are not allowed."
        ),
        "text.too_long": QCoreApplication.translate(
            "Errors", "{field} is too long: at most {max} characters, it has {length}."
        ),
        "number.invalid": QCoreApplication.translate("Errors", "The number is not valid."),
        "field.unknown": QCoreApplication.translate("Errors", "The field {field} cannot be changed here."),
        "case.parties_min": QCoreApplication.translate(
            "Errors",
            "A case needs at least {minimum} principal parties (applicant, respondent, "
            "victim or suspect); {given} given.",
        ),
        "case.changed": QCoreApplication.translate(
            "Errors",
            "{by} changed this case at {at} while you were editing. Your changes were not "
            "saved. Reopen the case to see the latest version, then make your change again.",
        ),
        "case.unpaid_obligations": QCoreApplication.translate(
            "Errors",
            "The case cannot be closed: {outstanding} is still unpaid. Record the "
            "payments or mark the agreement as not performed first.",
        ),
        "case.no_signed_agreement": QCoreApplication.translate(
            "Errors", "Record a signed (or oral) agreement before marking the agreement as reached."
        ),
        "record.stale": QCoreApplication.translate(
            "Errors", "Someone else changed this record while you were editing. Reopen it and try again."
        ),
        "record.not_found": QCoreApplication.translate(
            "Errors", "The record no longer exists. It may have been removed by someone else."
        ),
        "member.role": QCoreApplication.translate("Errors", "Choose the member's role on the committee."),
        "member.id_exists": QCoreApplication.translate(
            "Errors", "Another person on record already has this ID number."
        ),
        "member.not_member": QCoreApplication.translate("Errors", "This person is not a committee member."),
        "member.inactive": QCoreApplication.translate(
            "Errors", "This member is no longer available. Choose another member."
        ),
        "organisation.kind": QCoreApplication.translate("Errors", "Choose the kind of organisation."),
        "organisation.uscc_exists": QCoreApplication.translate(
            "Errors", "Another organisation already has this credit code."
        ),
        "workflow.transition": QCoreApplication.translate(
            "Errors", 'A case that is "{current}" cannot move to "{target}".'
        ),
        "workflow.reason_required": QCoreApplication.translate("Errors", 'Give a reason for "{target}".'),
        "recusal.conflict": QCoreApplication.translate(
            "Errors",
            "This member has an interest in the case ({kind}) and must step aside. "
            "To assign them anyway, record the reason for the override.",
        ),
        "membership.no_stages": QCoreApplication.translate(
            "Errors", "Choose at least one stage for the member."
        ),
        "membership.dates": QCoreApplication.translate(
            "Errors", "The end date {to_date} is before the start date {from_date}."
        ),
        "agreement.exists": QCoreApplication.translate(
            "Errors", "This case already has an agreement; revise it instead."
        ),
        "agreement.case_not_in_mediation": QCoreApplication.translate(
            "Errors",
            'An agreement can only be drafted while the case is accepted or in mediation (now: "{status}").',
        ),
        "agreement.superseded": QCoreApplication.translate(
            "Errors", "This agreement version was replaced by a correction."
        ),
        "agreement.correction_reason_required": QCoreApplication.translate(
            "Errors", "The agreement is signed: give the reason for the correction."
        ),
        "agreement.no_terms": QCoreApplication.translate("Errors", "Write the terms of the agreement first."),
        "agreement.frozen": QCoreApplication.translate(
            "Errors", "The agreement is signed and can no longer be changed."
        ),
        "agreement.no_signatories": QCoreApplication.translate("Errors", "Name who signed the agreement."),
        "obligation.amount": QCoreApplication.translate(
            "Errors", "Instalment {seq}: the amount must be more than zero."
        ),
        "obligation.same_person": QCoreApplication.translate(
            "Errors", "Instalment {seq}: payer and payee must be different people."
        ),
        "payment.amount": QCoreApplication.translate("Errors", "The payment must be more than zero."),
        "payment.exceeds": QCoreApplication.translate(
            "Errors", "The payment is more than what is still owed ({remaining})."
        ),
        "payment.agreement_not_signed": QCoreApplication.translate(
            "Errors", "Payments can be recorded once the agreement is signed."
        ),
        "payment.agreement_superseded": QCoreApplication.translate(
            "Errors", "This instalment belongs to a replaced agreement version."
        ),
        "public_security.excluded": QCoreApplication.translate(
            "Errors",
            "Public-security mediation is not allowed for this case ({reason}). "
            "Choose another track or refer the case back to the police.",
        ),
        "public_security.max_sessions": QCoreApplication.translate(
            "Errors", "Public-security mediation allows at most {maximum} sessions."
        ),
        "public_security.guardian_absent": QCoreApplication.translate(
            "Errors", "{party} is under 16: a parent or guardian must attend."
        ),
        "juvenile.guardian_required": QCoreApplication.translate(
            "Errors", "A party is under 18: add a guardian or appropriate adult to the case first."
        ),
        "session.case_not_open": QCoreApplication.translate(
            "Errors", 'Sessions can only be scheduled for an open case (now: "{status}").'
        ),
        "session.record_empty": QCoreApplication.translate("Errors", "Write the record of the session."),
        "party.reference": QCoreApplication.translate(
            "Errors", "Party {index}: the guardian or agent refers to a party that does not exist."
        ),
        "fee.not_allowed": QCoreApplication.translate(
            "Errors", "People's mediation is free: a fee is only allowed for lawyer mediation."
        ),
        "fee.too_high": QCoreApplication.translate("Errors", "The fee is above the maximum of {maximum}."),
        "settings.unknown_limit": QCoreApplication.translate("Errors", "There is no limit called {name}."),
        "settings.limit_type": QCoreApplication.translate(
            "Errors", "The value of {name} has the wrong type."
        ),
        "settings.limit_range": QCoreApplication.translate("Errors", "{name} must be at least {minimum}."),
        "category.code": QCoreApplication.translate(
            "Errors", "A category code uses lower-case letters, digits and _ ({value})."
        ),
        "category.exists": QCoreApplication.translate("Errors", "The category {value} already exists."),
        "category.name_empty": QCoreApplication.translate("Errors", "Enter the category's name."),
        "type_code.track": QCoreApplication.translate("Errors", "Unknown track {track}."),
        "type_code.invalid": QCoreApplication.translate(
            "Errors", '"{value}" cannot be used in case numbers (1 to 8 letters).'
        ),
        "organisation.name_empty": QCoreApplication.translate("Errors", "Enter the organisation's name."),
        "calendar.no_change": QCoreApplication.translate(
            "Errors", "{day} already has that working-day setting."
        ),
        # track rules (services/tracks.py, tracks_matter.py, domain/eligibility.py)
        "public_security.unknown_exclusion": QCoreApplication.translate(
            "Errors", "Unknown exclusion for public-security mediation: {reason}."
        ),
        "public_security.offence_not_allowed": QCoreApplication.translate(
            "Errors",
            '"{offence}" is not a minor case the police may mediate (assault, injury, insult, defamation, '
            "damaging property, disturbing others, privacy). Choose another track.",
        ),
        "public_security.consent_missing": QCoreApplication.translate(
            "Errors",
            "Public-security mediation needs both parties' consent; not recorded yet for: {parties}."
        ),
        "eligibility.override_reason_required": QCoreApplication.translate(
            "Errors", "Give the reason for proceeding despite the checklist's warnings."
        ),
        "criminal.eligibility_unconfirmed": QCoreApplication.translate(
            "Errors",
            "The eligibility checklist has warnings: resolve them or record the reason for proceeding "
            "(Track rules tab) before accepting the case.",
        ),
        "consent.party_not_principal": QCoreApplication.translate(
            "Errors", "Consent is recorded for the parties themselves, not for guardians or agents."
        ),
        "extension.not_allowed": QCoreApplication.translate(
            "Errors", "Public-security mediation cannot be extended."
        ),
        "extension.not_accepted": QCoreApplication.translate(
            "Errors", "Accept the case before extending its mediation period."
        ),
        "extension.not_later": QCoreApplication.translate(
            "Errors", "The new end date must be after the current one ({current})."
        ),
        "extension.consent_missing": QCoreApplication.translate(
            "Errors", "An extension needs every party's consent; missing: {parties}."
        ),
        "fast_track.step": QCoreApplication.translate("Errors", "Unknown fast-track step {step}."),
        "fast_track.order": QCoreApplication.translate(
            "Errors", 'Record "{previous}" before "{step}".'
        ),
        "fast_track.before_previous": QCoreApplication.translate(
            "Errors", '"{step}" cannot be earlier than the step before it.'
        ),
        "fast_track.future": QCoreApplication.translate(
            "Errors", '"{step}" cannot lie in the future: enter the time it actually happened.'
        ),
        "fast_track.after_next": QCoreApplication.translate(
            "Errors", '"{step}" cannot be later than the step after it.'
        ),
        "matter.none": QCoreApplication.translate("Errors", "This case has no linked police matter."),
        "decision.unknown": QCoreApplication.translate("Errors", "Unknown decision {decision}."),
        "protector.role": QCoreApplication.translate(
            "Errors", "Only a guardian or an appropriate adult can be added here."
        ),
        "protector.ward": QCoreApplication.translate(
            "Errors", "The guardian must be for a party of this case."
        ),
        "datetime.naive": QCoreApplication.translate("Errors", "The time of {field} has no time zone."),
        "db.newer_version": QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of Mediation Desk. Install "
            "the newer version to open it.",
        ),
        "db.is_directory": QCoreApplication.translate(
            "Errors", "The database path {path} is a folder, not a file."
        ),
        "file.unreadable": QCoreApplication.translate("Errors", "The file could not be read."),
        "font.unusable": QCoreApplication.translate("Errors", "The font for printing could not be loaded."),
        "key.unreadable": QCoreApplication.translate("Errors", "The signing key could not be read."),
        "agreement.not_printed": QCoreApplication.translate(
            "Errors", "Print the agreement for signature first; then record who signed it."
        ),
        "agreement.not_signed": QCoreApplication.translate(
            "Errors", "Record the signatures first; then attach the scanned signed copy."
        ),
        "agreement.scan_exists": QCoreApplication.translate(
            "Errors", "A scanned signed copy is already attached to this version of the agreement."
        ),
        "agreement.content_changed": QCoreApplication.translate(
            "Errors", "The agreement changed since it was printed. Print it again for signature."
        ),
        "agreement.already_archived": QCoreApplication.translate(
            "Errors", "This version of the agreement is already archived as signed."
        ),
        "scan.format": QCoreApplication.translate("Errors", "Choose a PDF or an image (PNG, JPEG, TIFF)."),
        "scan.empty": QCoreApplication.translate("Errors", "The chosen file is empty."),
        "scan.too_large": QCoreApplication.translate("Errors", "The scan is too large (at most 100 MB)."),
        "file.write_failed": QCoreApplication.translate("Errors", "The file could not be written to {path}."),
        "verification.no_rasteriser": QCoreApplication.translate(
            "Errors",
            "PDF files cannot be checked on this computer (pdftoppm is missing). "
            "Check a scan or photo instead."
        ),
    }


def _exclusions() -> dict[str, str]:
    return {
        "hired_violence": QCoreApplication.translate("Errors", "hired violence"),
        "group_fight": QCoreApplication.translate("Errors", "group fight"),
        "picking_quarrels": QCoreApplication.translate("Errors", "picking quarrels"),
        "repeat_violation": QCoreApplication.translate("Errors", "repeat violation"),
        "new_trouble": QCoreApplication.translate("Errors", "a party stirred up new trouble"),
        "is_party": QCoreApplication.translate("Errors", "the member is a party"),
        "kinship": QCoreApplication.translate("Errors", "kinship with a party"),
        "employer": QCoreApplication.translate("Errors", "employer of a party"),
        "agent": QCoreApplication.translate("Errors", "agent of a party"),
        "adviser": QCoreApplication.translate("Errors", "adviser of a party"),
        "shared_interest": QCoreApplication.translate("Errors", "shared interest"),
        "gift": QCoreApplication.translate("Errors", "gifts received"),
    }


class _SafeParams(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _display_params(exc: KnownError) -> _SafeParams:
    from ..domain.money import format_money

    out = _SafeParams(exc.params)
    for key in ("outstanding_fen", "remaining_fen"):
        if isinstance(exc.params.get(key), int):
            out[key.removesuffix("_fen")] = format_money(exc.params[key])
    if exc.code in ("money.too_large", "fee.too_high") and isinstance(exc.params.get("maximum"), int):
        out["maximum"] = format_money(exc.params["maximum"])
    if exc.code.startswith("settings.") and "name" in exc.params:
        from .pages.settings import limit_labels

        out["name"] = limit_labels().get(str(exc.params["name"]), str(exc.params["name"]))
    if "field" in exc.params:
        out["field"] = labels.label(labels.fields, str(exc.params["field"]))
    for key in ("current", "target", "status"):
        if key in exc.params:
            out[key] = labels.label(labels.statuses, str(exc.params[key]))
    for key in ("reason", "kind"):
        if key in exc.params:
            out[key] = _exclusions().get(str(exc.params[key]), str(exc.params[key]))
    if isinstance(exc.params.get("parties"), list):
        out["parties"] = "、".join(str(p) for p in exc.params["parties"])
    if exc.code.startswith("fast_track."):
        from .workspace.track_fast import step_names

        for key in ("step", "previous"):
            if key in exc.params:
                out[key] = step_names().get(str(exc.params[key]), str(exc.params[key]))
    if exc.code == "case.changed" and not exc.params.get("by"):
        out["by"] = QCoreApplication.translate("Errors", "Someone")
    return out


def message(exc: KnownError) -> str:
    """A translated sentence for ``exc``; unknown codes still get a human message."""
    from .errors_safety import display_params, templates

    params = _display_params(exc)
    template = {**_templates(), **templates()}.get(display_params(exc.code, exc.params, params))
    if template is None:
        generic = QCoreApplication.translate(
            "Errors",
            "The action could not be completed. Please check your input and try again (code: {code}).",
        )
        return generic.format(code=exc.code)
    return template.format_map(params)


def title_for(exc: KnownError) -> str:
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "Changed by someone else")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Errors", "Storage problem")
    return QCoreApplication.translate("Errors", "Cannot do that")


def show_known_error(parent: QWidget | None, exc: KnownError) -> None:
    """A warning dialog saying what happened and what to do."""
    log.info("known error shown: %s", exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title_for(exc), message(exc), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("knownErrorDialog")
    box.exec()


def show_crash(parent: QWidget | None, exc: BaseException, *, log_path: str = "") -> None:
    """The crash dialog for a bug: a calm message, the log location, details on request."""
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong inside Mediation Desk. Your saved work is safe; the last action may "
        "not have been completed.",
    )
    info = QCoreApplication.translate(
        "Errors", "Please tell your administrator. The details were written to the log:"
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashDialog")
    box.setInformativeText(f"{info}\n{log_path}" if log_path else info)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` the right way: known error dialog or crash dialog."""
    if isinstance(exc, KnownError):
        show_known_error(parent, exc)
    else:
        from ..paths import log_dir

        show_crash(parent, exc, log_path=str(log_dir() / "mediation_desk.log"))
