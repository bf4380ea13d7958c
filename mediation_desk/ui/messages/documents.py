"""Error messages about documents: printing, dossiers, scans, signatures.

Codes ``document.*``, ``scan.*``, ``font.*``, ``verification.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "font.unusable": translate("Errors", "The font for printing could not be loaded."),
        "scan.format": translate("Errors", "Choose a PDF or an image (PNG, JPEG, TIFF)."),
        "scan.empty": translate("Errors", "The chosen file is empty."),
        "scan.too_large": translate("Errors", "The scan is too large (at most 100 MB)."),
        "verification.no_rasteriser": translate(
            "Errors",
            "PDF files cannot be checked on this computer (pdftoppm is missing). "
            "Check a scan or photo instead.",
        ),
        "verification.file_too_large": translate(
            "Errors", "This file is too large to check (at most {limit} MB). Nothing was checked."
        ),
        "verification.too_many_pages": translate(
            "Errors", "This PDF has too many pages to be an agreement (at most {limit}). Nothing was checked."
        ),
        "verification.page_too_large": translate(
            "Errors",
            "A page of this PDF is far larger than paper (over {limit} megapixels to read). "
            "Nothing was checked.",
        ),
        "verification.image_too_large": translate(
            "Errors", "This image is too large to check (over {limit} megapixels). Scan at 300 dpi or less."
        ),
        "verification.content_too_large": translate(
            "Errors",
            "A page of this PDF holds far more drawing than an agreement (over {limit} MB once "
            "unpacked). Nothing was checked.",
        ),
        "verification.timeout": translate(
            "Errors",
            "Checking this file took longer than {limit} seconds and was stopped. Nothing was checked.",
        ),
        "verification.bad_field": translate(
            "Errors",
            'The agreement\'s number, date or organisation contains the character "|", which the QR '
            "code cannot carry.",
        ),
        "print.no_spooler": translate(
            "Errors", "This workstation has no print spooler (lp). Install the CUPS client, or save as PDF."
        ),
        "print.failed": translate(
            "Errors", 'The printer "{printer}" did not take the job: {reason}. Nothing was marked printed.'
        ),
    }
