"""The documents of a case: preview, print, save, the whole dossier, the signed scan, verify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import KnownError
from ...services import agreements
from ...services import dossier as docs
from ...services.base import Changes
from ..context import AppContext
from ..errors import show_error
from .preview import PreviewDialog, print_pdf, save_pdf
from .verify import open_verify_dialog

Index = QModelIndex | QPersistentModelIndex
SCAN_FILTER = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff"


class DocumentsModel(QAbstractTableModel):
    """The case's documents in dossier order (one row per paper)."""

    SECTION, TITLE, KIND, COPIES = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[docs.DocumentItem] = []

    def set_items(self, items: list[docs.DocumentItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def kinds(self) -> dict[str, str]:
        return {
            "application": self.tr("Application"),
            "registration": self.tr("Registration form"),
            "rights_notice": self.tr("Notice of rights and duties"),
            "session_record": self.tr("Mediation record"),
            "failure_notice": self.tr("Notice of other routes"),
            "agreement": self.tr("Agreement"),
            "receipt": self.tr("Receipt"),
            "follow_up": self.tr("Follow-up record"),
            "judicial": self.tr("Judicial confirmation application"),
            "closing_report": self.tr("Closing report"),
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("No."), self.tr("Document"), self.tr("Kind"), self.tr("Copies")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(item.section), item.title, self.kinds().get(item.kind, item.kind), str(item.copies)][
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SECTION, self.COPIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DocumentsPanel(QWidget):
    """Every paper of the case that applies to its state, with preview and printing.

    Signals:
        preview_opened(object): the :class:`PreviewDialog` just shown.
        saved(str): a document was written to this path.
        dossier_progress(int, int): documents done, documents in all, while the dossier is generated.
        dossier_ready(object): the whole dossier (bytes) was generated.
    """

    preview_opened = Signal(object)
    dossier_progress = Signal(int, int)
    saved = Signal(str)
    dossier_ready = Signal(object)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.state = docs.CaseDocuments(())
        self.preview: PreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.model = DocumentsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DocumentsModel.SECTION, DocumentsModel.KIND, DocumentsModel.COPIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.preview_selected())
        self.signing = QLabel("", self)
        self.signing.setWordWrap(True)
        self.signing.setObjectName("signingState")
        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for key, text, slot, row in (
            ("preview", self.tr("Preview"), self.preview_selected, row1),
            ("print", self.tr("Print…"), self.print_selected, row1),
            ("save", self.tr("Save as PDF…"), self.save_selected, row1),
            ("dossier", self.tr("Print whole dossier…"), self.print_dossier, row2),
            ("scan", self.tr("Attach signed scan…"), self.pick_scan, row2),
            ("verify", self.tr("Verify agreement…"), lambda: open_verify_dialog(self.ctx, self), row2),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signing)
        layout.addWidget(self.view, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # -- state ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of documents (in the background)."""
        db, actor, case_id = self.ctx.db, self.ctx.actor, self.case_id
        self.ctx.tasks.run(
            lambda: docs.case_documents(db, actor, case_id),
            on_success=self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.case_id in changes.cases:
            self.refresh()

    def _loaded(self, state: docs.CaseDocuments) -> None:
        current = self.selected()
        self.state = state
        self.model.set_items(list(state.items))
        rows = [
            i
            for i, item in enumerate(state.items)
            if current and (item.kind, item.ref) == (current.kind, current.ref)
        ]
        self.view.selectRow(rows[0] if rows else 0)
        self.signing.setText(self.signing_text())
        self._enable()

    def signing_text(self) -> str:
        s = self.state
        if s.agreement_id is None:
            return self.tr("No agreement yet.")
        if s.agreement_state == "draft":
            return self.tr("Agreement: draft. Print it for signature (Print…), then record the signatures.")
        if s.agreement_state == "printed":
            return self.tr(
                "Agreement: printed for signature. Record who signed and when in the Agreement tab."
            )
        if s.agreement_state == "signed" and not s.has_scan:
            return self.tr("Agreement: signed. Attach the scanned signed copy.")
        return self.tr("Agreement: signed, scanned copy attached.")

    def selected(self) -> docs.DocumentItem | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.items[rows[0].row()] if rows and rows[0].row() < len(self.model.items) else None

    def _enable(self) -> None:
        has = self.selected() is not None
        for key in ("preview", "print", "save"):
            self.buttons[key].setEnabled(has)
        self.buttons["dossier"].setEnabled(bool(self.model.items))
        self.buttons["scan"].setEnabled(self.state.agreement_state == "signed" and not self.state.has_scan)

    def select_kind(self, kind: str) -> docs.DocumentItem:
        """Select the first document of ``kind`` (for tests and for the workspace's shortcuts)."""
        row = next(i for i, item in enumerate(self.model.items) if item.kind == kind)
        self.view.selectRow(row)
        return self.model.items[row]

    # -- actions -------------------------------------------------------------------------------------

    def _render(self, item: docs.DocumentItem, then: Any, *, for_print: bool = False) -> None:
        db, actor, case_id = self.ctx.db, self.ctx.actor, self.case_id
        check = for_print and item.kind == "agreement" and self.state.agreement_state in ("draft", "printed")

        def work() -> bytes:
            if check and item.ref is not None:
                agreements.check_printable(db, actor, item.ref)  # 打印签署 refuses contradictions
            return docs.render_item(db, actor, case_id, item)

        self.ctx.tasks.run(work, on_success=then, on_error=lambda exc: show_error(self, exc))

    def mark_printed(self, item: docs.DocumentItem) -> None:
        """Record that the agreement ``item`` was printed for signature (after a real print job,
        or when the user says it was printed elsewhere)."""
        if item.kind != "agreement" or item.ref is None:
            return
        db, actor, ref = self.ctx.db, self.ctx.actor, item.ref
        self.ctx.tasks.run(
            lambda: agreements.mark_printed(db, actor, ref),
            on_success=self.ctx.bus.publish,
            on_error=lambda exc: show_error(self, exc),
        )

    def preview_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._render(item, lambda pdf: self._show_preview(item, pdf))

    def _show_preview(self, item: docs.DocumentItem, pdf: bytes) -> None:
        agreement = item.kind == "agreement"
        on_print = (lambda: self.print_item(item)) if agreement else None
        unprinted = agreement and self.state.agreement_state == "draft"
        on_mark = (lambda: self.mark_printed(item)) if unprinted else None
        self.preview = PreviewDialog(
            pdf, item.title, self, copies=item.copies, on_print=on_print, on_mark=on_mark
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(lambda *_: setattr(self, "preview", None))
        self.preview.open()
        self.preview_opened.emit(self.preview)

    def print_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.print_item(item)

    def print_item(self, item: docs.DocumentItem) -> None:
        """Print one document as vector PDF; the agreement is checked before and counts as printed
        for signature only once a print job took it (not when it went to a file)."""

        def send(pdf: bytes) -> None:
            try:
                outcome = print_pdf(pdf, self, copies=item.copies, title=item.title)
            except KnownError as exc:
                show_error(self, exc)
                return
            if outcome and outcome not in ("file", "cancelled"):
                self.mark_printed(item)

        self._render(item, send, for_print=True)

    def save_selected(self, path: Path | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        target = path
        if target is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(Path.home() / f"{item.title}.pdf"), "PDF (*.pdf)"
            )
            if not chosen:
                return
            target = Path(chosen).with_suffix(".pdf")
        self._render(item, lambda pdf: self.saved.emit(str(save_pdf(pdf, self, "", path=target))))

    def print_dossier(self) -> None:
        """Generate the dossier in the background with progress, then print it."""

        def send(pdf: bytes) -> None:
            try:
                print_pdf(pdf, self, title=self.tr("Dossier"))
            except KnownError as exc:
                show_error(self, exc)

        self.generate_dossier(send)

    def generate_dossier(self, then: Any = None) -> None:
        db, actor, case_id = self.ctx.db, self.ctx.actor, self.case_id
        dialog = QProgressDialog(self.tr("Generating the dossier…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Dossier"))
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog
        self.buttons["dossier"].setEnabled(False)

        shown = [-1]  # the last step shown

        def progressed(done: int, total: int, _text: str) -> None:
            # The worker reports the steps in order and they arrive in order, but setValue() on a
            # window-modal QProgressDialog processes events, so the next step can be handled inside
            # this call (and even the end of the task). Everything else is done first, setValue()
            # last, and a step older than one already shown is dropped: the bar never steps back.
            if done <= shown[0] or self.progress is not dialog:
                return
            shown[0] = done
            self.dossier_progress.emit(done, total)
            dialog.setLabelText(
                self.tr("Generating the dossier: document %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
            dialog.setMaximum(total)
            dialog.setValue(done)

        def finished(pdf: bytes | None, exc: BaseException | None = None) -> None:
            dialog.reset()
            dialog.deleteLater()
            self.progress = None
            self._enable()
            if exc is not None:
                show_error(self, exc)
                return
            self.dossier_ready.emit(pdf)
            if then is not None:
                then(pdf)

        handle = self.ctx.tasks.run(
            lambda progress: docs.dossier_pdf(db, actor, case_id, progress=progress),
            on_success=finished,
            on_error=lambda exc: finished(None, exc),
            progress=progressed,
        )
        dialog.canceled.connect(handle.cancel)
        dialog.show()

    def pick_scan(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed agreement"),
            str(Path.home()),
            self.tr("Scan (%1)").replace("%1", SCAN_FILTER),
        )
        if chosen:
            self.attach_scan(Path(chosen))

    def attach_scan(self, path: Path) -> None:
        from ...services.dossier_scan import attach_signed_scan

        agreement_id = self.state.agreement_id
        if agreement_id is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            lambda: attach_signed_scan(db, actor, agreement_id, path),
            on_success=lambda result: self.ctx.bus.publish(result.changes),
            on_error=lambda exc: show_error(self, exc),
        )
