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
            "Check a scan or photo instead."
        ),
        "verification.bad_field": translate(
            "Errors",
            'The agreement\'s number, date or organisation contains the character "|", which the QR '
            "code cannot carry.",
        ),
    }
