"""Error messages about agreements and their obligations.

Codes ``agreement.*``, ``obligation.*`` (:data:`mediation_desk.ui.messages.AREAS`). A new code of
this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "obligation.not_a_party": translate(
            "Errors",
            "Instalment {seq}: the payer and the payee must be parties of this case.",
        ),
        "agreement.exists": translate("Errors", "This case already has an agreement; revise it instead."),
        "agreement.case_not_in_mediation": translate(
            "Errors",
            'An agreement can only be drafted while the case is accepted or in mediation (now: "{status}").',
        ),
        "agreement.superseded": translate("Errors", "This agreement version was replaced by a correction."),
        "agreement.correction_reason_required": translate(
            "Errors", "The agreement is signed: give the reason for the correction."
        ),
        "agreement.no_terms": translate("Errors", "Write the terms of the agreement first."),
        "agreement.frozen": translate("Errors", "The agreement is signed and can no longer be changed."),
        "agreement.no_signatories": translate("Errors", "Name who signed the agreement."),
        "agreement.guardian_unsigned": translate(
            "Errors", "{name} is under age: their guardian must sign the agreement beside them."
        ),
        "obligation.amount": translate("Errors", "Instalment {seq}: the amount must be more than zero."),
        "obligation.same_person": translate(
            "Errors", "Instalment {seq}: payer and payee must be different people."
        ),
        "agreement.not_printed": translate(
            "Errors", "Print the agreement for signature first; then record who signed it."
        ),
        "agreement.not_signed": translate(
            "Errors", "Record the signatures first; then attach the scanned signed copy."
        ),
        "agreement.scan_exists": translate(
            "Errors", "A scanned signed copy is already attached to this version of the agreement."
        ),
        "agreement.content_changed": translate(
            "Errors", "The agreement changed since it was printed. Print it again for signature."
        ),
        "agreement.already_archived": translate(
            "Errors", "This version of the agreement is already archived as signed."
        ),
        "agreement.fact_due_missing": translate(
            "Errors",
            "Obligation {seq} ({description}) has no due date and is not paid on the spot: give it a "
            "date or mark it on the spot before printing for signature.",
        ),
        "agreement.fact_deadline": translate(
            "Errors",
            "Deadline of performance: the box says {stated}, but the obligations end on {derived}. "
            "Correct the deadline (or clear it: it is taken from the obligations) before printing.",
        ),
        "agreement.fact_method_at_once": translate(
            "Errors",
            "Performance method: the text says it is paid at once or on the spot, but the obligations "
            "are {count} payment(s) with later dates. Correct the method before printing.",
        ),
        "agreement.fact_terms_at_once": translate(
            "Errors",
            "Terms: a clause says it is paid at once or on the spot, but the obligations are {count} "
            "payment(s) with later dates. Correct the terms before printing.",
        ),
        "agreement.fact_method_instalments": translate(
            "Errors",
            "Performance method: the text speaks of {stated} instalments, but there are {count} "
            "obligations. Correct the method or the obligations before printing.",
        ),
        "agreement.fact_terms_instalments": translate(
            "Errors",
            "Terms: a clause speaks of {stated} instalments, but there are {count} obligations. "
            "Correct the terms or the obligations before printing.",
        ),
        "agreement.fact_method_total": translate(
            "Errors",
            'Performance method: the text states "{stated}", but the obligations add up to {total_text}. '
            "Correct the amount before printing.",
        ),
        "agreement.fact_terms_total": translate(
            "Errors",
            'Terms: a clause states "{stated}", but the obligations add up to {total_text}. '
            "Correct the amount before printing.",
        ),
        "agreement.fact_method_capitals": translate(
            "Errors",
            'Performance method: the amount in capitals "{stated}" matches no obligation and not the '
            "total. Correct it before printing.",
        ),
        "agreement.fact_terms_capitals": translate(
            "Errors",
            'Terms: the amount in capitals "{stated}" matches no obligation and not the total. '
            "Correct it before printing.",
        ),
        "agreement.print_day": translate(
            "Errors",
            "The agreement was printed for signature on {printed}, but is signed on {signed}: the date "
            "under the seal must be the signing date. Print it again today and have that copy signed.",
        ),
    }
