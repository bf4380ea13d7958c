"""Settlement documents in the app: the case's documents panel, PDF preview and printing, Verify."""

from .panel import DocumentsPanel
from .preview import PreviewDialog, load_pdf, paint_pdf, print_pdf
from .verify import VerifyDialog, open_verify_dialog

__all__ = [
    "DocumentsPanel",
    "PreviewDialog",
    "VerifyDialog",
    "load_pdf",
    "open_verify_dialog",
    "paint_pdf",
    "print_pdf",
]
