"""文书 Documents: the dossier's papers (:class:`~mediation_desk.ui.documents.DocumentsPanel`)
and the attached files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.case_workspace import AttachmentRow, CaseDetail
from ..documents import DocumentsPanel
from ..models.rows import RIGHT, RowsModel
from . import wlabels
from .common import fmt_dt, make_table

if TYPE_CHECKING:
    from .workspace import CaseWorkspace


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class AttachmentsModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("File"), self.tr("Size"), self.tr("Added")]

    def value(self, row: AttachmentRow, column: int) -> str:
        return [
            wlabels.name(wlabels.attachment_kinds(), row.kind),
            row.filename,
            human_size(row.size),
            fmt_dt(row.created_at),
        ][column]

    def sort_key(self, row: AttachmentRow, column: int) -> Any:
        return row.size if column == 2 else row.created_at if column == 3 else self.value(row, column)

    def alignment(self, column: int) -> Any:
        return RIGHT if column == 2 else None


class DocumentsTab(QWidget):
    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.model = AttachmentsModel(self)
        self.view = make_table(self.model, self, stretch=1)
        self.panel = DocumentsPanel(ws.ctx, ws.case_id, self)  # the dossier's papers: preview, print, scan
        self.note = QLabel(self.tr("Files attached to this case."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 3)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def show_detail(self, detail: CaseDetail) -> None:
        self.model.set_rows(detail.attachments)
