"""Intake (新建案件, Ctrl+N): register a new dispute with its parties, matter, facts and claims."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import SHANGHAI
from ...domain.enums import PartyRole, Procedure, Source, Track
from ...domain.errors import KnownError
from ...domain.titles import case_title
from ...services import choices
from ...services.cases import CaseResult, register_case
from ...services.inputs import MatterInput, NewCase, PartyInput
from .. import errors, i18n
from ..context import AppContext
from ..formatting import now_local
from ..messages import labels
from .intake_hotline import HotlineBox
from .intake_parties import PartiesPanel
from .person_editor import ERROR_STYLE, PartyDraft

log = logging.getLogger(__name__)


class IntakeDialog(QDialog):
    """Register a case. On success the case is published on the bus and opened.

    Signals:
        registered(int): the new case's id.
    """

    registered = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New case"))
        self.result_case: CaseResult | None = None

        # -- case --
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("caseTitle")
        self.title_edit.setPlaceholderText(self.tr("Leave empty to use the parties' names and the category"))
        self.source = QComboBox()
        for code, text in labels.sources().items():
            self.source.addItem(text, code)
        self.source.setCurrentIndex(self.source.findData(Source.POLICE_REFERRAL.value))
        self.category = QComboBox()
        self.category.setObjectName("caseCategory")
        cats = choices.categories(ctx.db, ctx.actor)
        for cat in cats:
            self.category.addItem(
                cat.name_zh if i18n.is_chinese() else (cat.name_en or cat.name_zh), cat.code
            )
        self._category_zh = {c.code: c.name_zh for c in cats}
        self.track = QComboBox()
        self.track.setObjectName("caseTrack")
        for code, text in labels.tracks().items():
            self.track.addItem(text, code)
        now = now_local()  # Beijing wall-clock time, whatever the workstation's time zone
        self.received = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.police_no = QLineEdit()
        self.police_no.setObjectName("policeCaseNo")
        self.charge = QLineEdit()
        self.procedure = QComboBox()
        for code, text in labels.procedures().items():
            self.procedure.addItem(text, code)
        self.procedure.setCurrentIndex(self.procedure.findData(Procedure.OTHER.value))
        self.stage = QComboBox()
        for code, text in labels.matter_stages().items():
            self.stage.addItem(text, code)
        self.stage.setCurrentIndex(self.stage.findData("investigation"))
        case_form = QFormLayout()
        case_form.addRow(self.tr("Title"), self.title_edit)
        case_form.addRow(self.tr("Source"), self.source)
        case_form.addRow(self.tr("Category"), self.category)
        case_form.addRow(self.tr("Track"), self.track)
        case_form.addRow(self.tr("Received"), self.received)
        matter_box = QGroupBox(self.tr("Linked police matter"))
        matter_form = QFormLayout(matter_box)
        matter_form.addRow(self.tr("Police case no."), self.police_no)
        matter_form.addRow(self.tr("Charge"), self.charge)
        matter_form.addRow(self.tr("Procedure"), self.procedure)
        matter_form.addRow(self.tr("Stage"), self.stage)
        case_tab = QWidget()
        cl = QVBoxLayout(case_tab)
        cl.addLayout(case_form)
        self.hotline = HotlineBox()
        self.source.currentIndexChanged.connect(lambda: self.hotline.follow(self.source.currentData()))
        self.hotline.follow(self.source.currentData())
        cl.addWidget(self.hotline)
        cl.addWidget(matter_box)
        cl.addStretch(1)

        # -- parties --
        self.party_panel = PartiesPanel(ctx)
        self.party_panel.changed.connect(self._parties_changed)
        self.editor = self.party_panel.editor
        self.party_view = self.party_panel.view
        self.party_model = self.party_panel.model
        self.remove_button = self.party_panel.remove_button
        party_tab = self.party_panel

        # -- facts --
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("caseFacts")
        self.claims = QPlainTextEdit()
        self.claims.setObjectName("caseClaims")
        facts_tab = QWidget()
        fl = QFormLayout(facts_tab)
        fl.addRow(self.tr("Facts"), self.facts)
        fl.addRow(self.tr("Claims"), self.claims)

        self.tabs = QTabWidget()
        self.tabs.addTab(case_tab, self.tr("&Case"))
        self.tabs.addTab(party_tab, self.tr("&Parties"))
        self.tabs.addTab(facts_tab, self.tr("&Facts and claims"))
        self.message = QLabel()
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self.editor.set_role(PartyRole.APPLICANT)

    @property
    def parties(self) -> list[PartyDraft]:
        """The parties entered so far, in order."""
        return self.party_panel.parties

    # ---- parties ---------------------------------------------------------------------------------
    def _unguarded_juveniles(self) -> list[int]:
        return self.party_panel.unguarded_juveniles()

    def _parties_changed(self) -> None:
        """A party was added, updated or removed: say who still needs a guardian (the role box stays)."""
        self.message.clear()
        waiting = self._unguarded_juveniles()
        if waiting:
            self.message.setText(
                self.tr("%1 is under 18: add a guardian or an appropriate adult.").replace(
                    "%1", self.parties[waiting[0]].person.name
                )
            )

    # ---- save ------------------------------------------------------------------------------------
    def _title(self) -> str:
        typed = self.title_edit.text().strip()
        if typed:
            return typed
        category = self._category_zh.get(self.category.currentData() or "", "")
        track = Track(self.track.currentData()) if self.track.currentData() else Track.PEOPLE
        parties = [(p.role, p.person.name) for p in self.parties]
        return case_title(track, parties, category, self.charge.text())

    def new_case(self) -> NewCase:
        received = self.received.dateTime().toPython().replace(tzinfo=SHANGHAI)  # type: ignore[union-attr]
        matter = None
        if self.police_no.text().strip() or self.charge.text().strip():
            matter = MatterInput(
                police_case_no=self.police_no.text(),
                charge=self.charge.text(),
                procedure=Procedure(self.procedure.currentData()),
                stage=self.stage.currentData(),
            )
        parties = [
            PartyInput(
                p.role,
                p.person,
                guardian_of=p.guardian_of,
                agent_for=p.agent_for,
                same_as=p.same_as,
                power_of_attorney=p.power_of_attorney,
            )
            for p in self.parties
        ]
        return NewCase(
            organisation_id=self._ctx.organisation_id,
            title=self._title(),
            track=Track(self.track.currentData()),
            source=Source(self.source.currentData()),
            category=self.category.currentData() or "other",
            parties=parties,
            facts=self.facts.toPlainText(),
            claims=self.claims.toPlainText(),
            received_at=received,
            matter=matter,
            hotline=self.hotline.value(SHANGHAI)
            if self.source.currentData() == Source.HOTLINE_12345.value
            else None,
        )

    def save(self) -> None:
        """Validate, then register the case in the background; nothing is saved on error."""
        if not self.buttons.isEnabled():
            return
        if self.editor.name.text().strip() and not self.parties:
            self.editor.try_add()  # a typed but not yet added party counts
        juveniles = self._unguarded_juveniles()
        if juveniles:
            self.tabs.setCurrentIndex(1)
            self.editor.set_role(PartyRole.GUARDIAN)
            self.message.setText(
                self.tr("%1 is under 18: add a guardian or an appropriate adult before saving.").replace(
                    "%1", self.parties[juveniles[0]].person.name
                )
            )
            return
        try:
            data = self.new_case()
        except KnownError as exc:
            self.message.setText(errors.message(exc))
            return
        ctx = self._ctx
        self.buttons.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))
        ctx.tasks.run(
            lambda: register_case(ctx.db, ctx.actor, data), on_success=self._saved, on_error=self._failed
        )

    def _saved(self, result: Any) -> None:
        assert isinstance(result, CaseResult)
        self.result_case = result
        self._ctx.bus.publish(result.changes)
        self.registered.emit(result.case_id)
        self.accept()
        self._ctx.bus.open_case.emit(result.case_id)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, KnownError):
            self.message.setText(errors.message(exc))
            if exc.code.startswith(("case.parties", "juvenile", "id.", "phone.", "uscc.", "name.")):
                self.tabs.setCurrentIndex(1)
        else:
            self.message.clear()
            errors.show_error(self, exc)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a line edit must not press "Save" by accident (the dialog's default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focus = self.focusWidget()
            if focus is self.editor.name or (focus is not None and self.editor.isAncestorOf(focus)):
                self.editor.try_add()
                return
            return
        super().keyPressEvent(event)
