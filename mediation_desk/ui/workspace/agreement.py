"""调解协议 Agreement: terms, facts, responsibility, performance, obligations; sign; correct."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, KnownError
from ...services import agreements
from ...services.case_workspace import AgreementRow, CaseDetail
from ...services.inputs import AgreementInput
from . import wlabels
from .common import (
    fmt_money,
    from_qdate,
    inline_error_label,
    make_table,
    scrolling,
    selected_row,
    to_qdate,
    today,
)
from .dialogs import FormDialog, ReasonDialog
from .obligations import Instalment, InstalmentEntry, InstalmentsModel, SignDialog, VersionsModel

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

TEXTS = ("facts", "issues", "responsibility", "terms")

_print_dir: tempfile.TemporaryDirectory[str] | None = None


def print_folder() -> Path:
    """Where the agreement printed for signing is written for the preview: a private (0700)
    temporary folder removed when the app exits. It was ``<data dir>/print``, where every
    agreement printed — full ID numbers, juvenile and sealed cases too — stayed after the app
    closed, outside the database and its access rules."""
    global _print_dir
    if _print_dir is None:
        _print_dir = tempfile.TemporaryDirectory(prefix="md-print-")
    return Path(_print_dir.name)


class AgreementTab(QWidget):
    """The agreement editor. Read-only once signed; "Correct…" makes a new version (reason required).

    Attributes:
        texts: the four text edits by field name; ``method``, ``place``: line edits;
        entry: the instalment entry; instalments: its table model; dialog: the last dialog opened.
    """

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.dirty = False
        self.correcting = False
        self.shown: AgreementRow | None = None
        self.edit_version: int | None = None  # see _fill
        self.last_pdf: Path | None = None
        self.preview: Any = None  # the preview of the version printed for signature
        self.texts: dict[str, QPlainTextEdit] = {}
        left = QGroupBox(self.tr("Content"), self)
        left_form = QFormLayout(left)
        for key, text in (
            ("facts", self.tr("Facts")),
            ("issues", self.tr("Disputed issues")),
            ("responsibility", self.tr("Responsibility")),
            ("terms", self.tr("Agreed terms")),
        ):
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"agreement_{key}")
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._changed)
            self.texts[key] = edit
            left_form.addRow(text, edit)
        perf = QGroupBox(self.tr("Performance"), self)
        perf_form = QFormLayout(perf)
        self.method = QLineEdit(self)
        self.method.setPlaceholderText(self.tr("e.g. cash, bank transfer"))
        self.place = QLineEdit(self)
        self.has_deadline = QCheckBox(self.tr("Deadline"), self)
        self.deadline = QDateEdit(to_qdate(today()), self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        for w in (self.method, self.place):
            w.textChanged.connect(self._changed)
        self.has_deadline.toggled.connect(self._changed)
        self.deadline.dateChanged.connect(self._changed)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        perf_form.addRow(self.tr("Method"), self.method)
        perf_form.addRow(self.tr("Place"), self.place)
        perf_form.addRow(self.tr("Due by"), deadline_row)
        self.has_deadline.setText("")
        obligations = QGroupBox(self.tr("Obligations"), self)
        self.instalments = InstalmentsModel(self)
        self.instalment_view = make_table(self.instalments, obligations)
        self.instalment_view.setMinimumHeight(90)
        self.total = QLabel(obligations)
        self.entry = InstalmentEntry(obligations)
        self.entry.added.connect(self._add_instalment)
        self.entry.remove_button.clicked.connect(self._remove_instalment)
        ob_layout = QVBoxLayout(obligations)
        ob_layout.addWidget(self.instalment_view, 1)
        ob_layout.addWidget(self.total)
        ob_layout.addWidget(self.entry)
        versions = QGroupBox(self.tr("Versions"), self)
        self.versions = VersionsModel(self)
        self.versions_view = make_table(self.versions, versions, stretch=4)
        self.versions_view.setMaximumHeight(110)
        QVBoxLayout(versions).addWidget(self.versions_view)
        right = QVBoxLayout()
        right.addWidget(perf)
        right.addWidget(obligations, 1)
        right.addWidget(versions)
        body = QHBoxLayout()
        body.addWidget(left, 1)
        body.addLayout(right, 1)
        self.state_label = QLabel(self)
        self.error = inline_error_label(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the agreement (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print for signing"), self)
        self.print_button.setToolTip(self.tr("Print the agreement as PDF for the parties to sign"))
        self.print_button.clicked.connect(self.print_for_signing)
        self.sign_button = QPushButton(self.tr("Sign…"), self)
        self.sign_button.clicked.connect(self.open_sign)
        self.correct_button = QPushButton(self.tr("Correct…"), self)
        self.correct_button.clicked.connect(self.start_correction)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, self), 1)  # the buttons stay in sight below it
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)

    # -- display -------------------------------------------------------------------------------------

    def _changed(self, *_: Any) -> None:
        if not self._filling:
            self.dirty = True

    _filling = False

    def show_detail(self, detail: CaseDetail) -> None:
        """Show the current version; unsaved edits are kept (a reload never loses typing)."""
        self.versions.set_rows(detail.agreements)
        self.entry.set_parties(list(detail.parties))
        ag = detail.current_agreement
        self.shown = ag
        if not self.dirty:
            self._fill(ag, detail)
            self.correcting = False
        signed = ag is not None and ag.state == "signed"
        if ag is None:
            editable = detail.case.status in ("accepted", "in_mediation")
        else:
            editable = self.correcting if signed else ag.state in ("draft", "printed")
        self._set_editable(editable)
        self.print_button.setEnabled(ag is not None and ag.state in ("draft", "printed"))
        self.sign_button.setEnabled(ag is not None and ag.state == "printed")
        self.correct_button.setEnabled(signed and not self.correcting)
        if ag is None:
            self.state_label.setText(self.tr("No agreement yet: write it and save."))
        else:
            state = wlabels.name(wlabels.agreement_states(), ag.state)
            self.state_label.setText(
                self.tr("{number} · version {version} · {state}").format(
                    number=ag.number, version=ag.version, state=state
                )
            )

    def _fill(self, ag: AgreementRow | None, detail: CaseDetail) -> None:
        # the version the form's content comes from: a save is based on it, even when a reload
        # meanwhile showed a newer version (unsaved typing is kept, so it must not be taken as newer)
        self.edit_version = ag.row_version if ag is not None else None
        self._filling = True
        try:
            values = {key: getattr(ag, key) for key in TEXTS} if ag else {"facts": detail.case.facts}
            for key, edit in self.texts.items():
                edit.setPlainText(values.get(key, ""))
            self.method.setText(ag.performance_method if ag else "")
            self.place.setText(ag.performance_place if ag else "")
            self.has_deadline.setChecked(bool(ag and ag.performance_deadline))
            self.deadline.setDate(
                to_qdate(ag.performance_deadline) if ag and ag.performance_deadline else to_qdate(today())
            )
            self.instalments.set_rows([Instalment.from_row(o) for o in ag.obligations] if ag else [])
            self._show_total()
        finally:
            self._filling = False

    def _set_editable(self, editable: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(not editable)
        for w in (self.method, self.place):
            w.setReadOnly(not editable)
        self.has_deadline.setEnabled(editable)
        self.deadline.setEnabled(editable and self.has_deadline.isChecked())
        self.entry.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("Total: {total} in %n instalment(s)", "", self.instalments.rowCount()).replace(
                "{total}", fmt_money(self.instalments.total_fen())
            )
        )

    def _add_instalment(self, item: Instalment) -> None:
        self.instalments.set_rows(self.instalments.rows + [item])
        self.dirty = True
        self._show_total()

    def _remove_instalment(self) -> None:
        item = selected_row(self.instalment_view)
        if item is not None:
            rows = self.instalments.rows
            rows.remove(item)
            self.instalments.set_rows(rows)
            self.dirty = True
            self._show_total()

    # -- actions -------------------------------------------------------------------------------------

    def values(self) -> AgreementInput:
        return AgreementInput(
            facts=self.texts["facts"].toPlainText(),
            issues=self.texts["issues"].toPlainText(),
            responsibility=self.texts["responsibility"].toPlainText(),
            terms=self.texts["terms"].toPlainText(),
            performance_method=self.method.text(),
            performance_place=self.place.text(),
            performance_deadline=from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            obligations=[i.to_input() for i in self.instalments.rows],
        )

    def save(self) -> None:
        """Draft, revise, or (when correcting a signed version) ask for the reason and correct."""
        if not self.save_button.isEnabled():
            return
        if not self.texts["terms"].toPlainText().strip():
            self.error.setText(self.tr("Write the agreed terms."))
            self.error.show()
            self.texts["terms"].setFocus()
            return
        self.error.hide()
        data, ag, seen = self.values(), self.shown, self.edit_version
        if ag is not None and seen is None:
            seen = 0  # typed as a new agreement while another workstation drafted one: refused
        db, actor, case_id = self.ws.ctx.db, self.ws.ctx.actor, self.ws.case_id
        if ag is not None and ag.state == "signed":
            dialog = ReasonDialog(
                self.tr("Correct the agreement"),
                self.tr(
                    "The signed version is kept; the correction becomes version {version}. "
                    "Why is it corrected?"
                ).format(version=ag.version + 1),
                self,
            )
            dialog.on_submit = lambda reason, dlg: self.ws.run(
                lambda: agreements.revise_agreement(
                    db, actor, ag.id, data, reason=reason, expected_version=seen
                ),
                done=lambda r: (dlg.succeeded(), self._saved()),
                failed=dlg.failed,
            )
            self.dialog = dialog
            dialog.open()
            return
        if ag is None:

            def fn() -> Any:
                return agreements.draft_agreement(db, actor, case_id, data)
        else:

            def fn() -> Any:
                return agreements.revise_agreement(db, actor, ag.id, data, expected_version=seen)

        self.save_button.setEnabled(False)
        self.ws.run(fn, done=lambda _r: self._saved(), failed=self._save_failed)

    def _save_failed(self, exc: KnownError) -> None:
        """Save refused. Someone else saved the agreement meanwhile: the message says "the latest
        content is now shown", so the reload that follows replaces the typing with it — kept, it
        would be saved over the other edit on the next Save (its version is then the current one)."""
        self.save_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            self.dirty = False

    def _saved(self) -> None:
        self.dirty = False
        self.correcting = False

    def start_correction(self) -> None:
        """Unlock the signed version's content for a correction."""
        self.correcting = True
        self._set_editable(True)
        self.correct_button.setEnabled(False)
        self.state_label.setText(self.tr("Correcting: save to create a new version (a reason is required)."))

    def print_for_signing(self) -> None:
        """Check the saved version (打印签署 refuses contradictions), write its PDF and show it in the
        preview; it counts as printed once a print job took it, or when the user marks it printed."""
        if self.dirty:
            self.error.setText(self.tr("Save the agreement before printing."))
            self.error.show()
            return
        ag = self.shown
        if ag is None:
            return
        db, actor = self.ws.ctx.db, self.ws.ctx.actor

        def work() -> Path:
            from ...services.dossier import agreement_pdf

            agreements.check_printable(db, actor, ag.id)
            path = print_folder() / f"agreement-{ag.id}-v{ag.version}.pdf"
            path.write_bytes(agreement_pdf(db, actor, ag.id))
            return path

        self.ws.run(work, done=self._rendered)

    def _rendered(self, path: Path) -> None:
        self.last_pdf = path
        self.preview = self.show_preview(path, for_signing=True)

    def show_preview(self, path: Path, *, for_signing: bool = False) -> QDialog:
        """The agreement in the app's own preview: print (vector PDF to the spooler) or save it;
        for signing, a real print job — or "Mark as printed" — records it printed."""
        from ..documents import PreviewDialog

        title = self.shown.number if self.shown is not None and self.shown.number else path.stem
        data = path.read_bytes()
        dialog = PreviewDialog(
            data,
            title,
            self,
            on_print=(lambda: self._print_and_mark(data, title)) if for_signing else None,
            on_mark=self.mark_printed if for_signing else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _print_and_mark(self, data: bytes, title: str) -> None:
        from ...domain.errors import KnownError
        from ..documents.preview import print_pdf
        from ..errors import show_error

        try:
            outcome = print_pdf(data, self, title=title)
        except KnownError as exc:
            show_error(self, exc)
            return
        if outcome in ("spooled", "raster"):
            self.mark_printed()

    def mark_printed(self) -> None:
        """Record the shown version printed for signature."""
        ag = self.shown
        if ag is None:
            return
        db, actor = self.ws.ctx.db, self.ws.ctx.actor
        self.ws.run(lambda: agreements.mark_printed(db, actor, ag.id, expected_version=ag.row_version))

    def open_sign(self) -> SignDialog | None:
        if self.dirty:
            self.error.setText(self.tr("Save the agreement before signing."))
            self.error.show()
            return None
        ag, detail = self.shown, self.ws.detail
        if ag is None or detail is None:
            return None
        dialog = SignDialog(list(detail.parties), self)
        db, actor = self.ws.ctx.db, self.ws.ctx.actor
        dialog.on_submit = lambda values, dlg: self.ws.run(
            lambda: agreements.sign_agreement(db, actor, ag.id, expected_version=ag.row_version, **values),
            done=dlg.succeeded,
            failed=dlg.failed,
        )
        self.dialog = dialog
        dialog.open()
        return dialog
