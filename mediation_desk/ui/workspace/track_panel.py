"""调解类型 Track rules: what the law asks of this case's track, with its clocks.

* 治安调解: each principal party's consent, the allowed case type, sessions held against the
  maximum, the 3-working-day limit and the appraisal report;
* 刑事和解: the eligibility checklist (:mod:`.track_criminal`);
* 人民调解 / 律师调解 / 诉前调解: the one-month limit with its extension, the judicial-confirmation
  countdown, and (lawyer mediation only) the fee — people's mediation is free;
* a linked 48-hour fast-track matter: the clock (:mod:`.track_fast`), on any track.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import SHANGHAI
from ...domain.deadlines import DueKind
from ...domain.eligibility import PS_ALLOWED_OFFENCES, offence_code
from ...domain.errors import KnownError
from ...domain.money import fen_to_text, format_money, parse_money
from ...services import cases
from ...services.case_workspace import CaseDetail
from ...services.tracks import extend_mediation, record_appraisal, record_consent
from .. import errors
from ..clock_text import fmt_remaining
from ..messages import labels
from ..time_fields import TypedDateTimeEdit
from .common import fmt_date, fmt_dt, from_qdatetime, inline_error_label, to_qdatetime
from .track_criminal import CriminalSection
from .track_dialogs import ExtendDialog, JuvenileBanner, principals
from .track_fast import RED_STYLE, FastTrackClock
from .track_matter import MatterDecisionsSection

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

GREY_STYLE = "QLabel { color: #757575; }"


def _item(ws: CaseWorkspace, kind: DueKind) -> Any:
    return next((i for i in ws.due or [] if str(i.kind) == kind.value), None)


def _due_text(ws: CaseWorkspace, item: Any) -> str:
    when = fmt_date(item.due_on) if item.due_on else fmt_dt(item.due_at)
    if item.done:
        return QCoreApplication.translate("Track", "{when} — done").format(when=when)
    if getattr(item, "stopped", False):
        return QCoreApplication.translate("Track", "{when} — stopped (case finished)").format(when=when)
    if item.due_on is None:
        return f"{when} — {fmt_remaining(item.due_at - ws.clock())}"
    days = (item.due_on - ws.clock().astimezone(SHANGHAI).date()).days
    if days < 0:
        left = QCoreApplication.translate("Track", "overdue by %n day(s)", "", -days)
    elif days == 0:
        left = QCoreApplication.translate("Track", "due today")
    else:
        left = QCoreApplication.translate("Track", "%n day(s) left", "", days)
    return f"{when} — {left}"


class PublicSecuritySection(QGroupBox):
    """治安调解: consent, allowed type, sessions, the 3-working-day limit, the appraisal report."""

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Public-security mediation"))
        self.ws = ws
        self.consent_grid = QGridLayout()
        self.consent_buttons: dict[int, QPushButton] = {}
        self.type_label = QLabel(self)
        self.type_label.setWordWrap(True)
        self.sessions_label = QLabel(self)
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("psLimit")
        self.appraisal_label = QLabel(self)
        self.appraisal_at = TypedDateTimeEdit(self)
        self.appraisal_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        appraisal_button = QPushButton(self.tr("Record appraisal report"), self)
        appraisal_button.clicked.connect(self.save_appraisal)
        appraisal_row = QHBoxLayout()
        appraisal_row.addWidget(self.appraisal_label, 1)
        appraisal_row.addWidget(self.appraisal_at)
        appraisal_row.addWidget(appraisal_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Consent to mediation"), self.consent_grid)
        form.addRow(self.tr("Case type"), self.type_label)
        form.addRow(self.tr("Sessions"), self.sessions_label)
        form.addRow(self.tr("Time limit"), self.limit_label)
        form.addRow(self.tr("Appraisal report"), appraisal_row)

    def show_detail(self, detail: CaseDetail) -> None:
        ws = self.ws
        while self.consent_grid.count():
            item = self.consent_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.consent_buttons.clear()
        for row, p in enumerate(principals(detail)):
            name = QLabel(f"{p.name}（{labels.label(labels.party_roles, p.role)}）", self)
            state = QLabel(self.tr("consented") if p.consent else self.tr("not recorded"), self)
            state.setStyleSheet("" if p.consent else RED_STYLE)
            self.consent_grid.addWidget(name, row, 0)
            self.consent_grid.addWidget(state, row, 1)
            if not p.consent:
                button = QPushButton(self.tr("Record consent"), self)
                button.setObjectName(f"consent_{p.id}")
                button.clicked.connect(lambda _=False, pid=p.id: self.record(pid))
                self.consent_buttons[p.id] = button
                self.consent_grid.addWidget(button, row, 2)
        self.consent_grid.setColumnStretch(3, 1)
        charge = detail.matter.charge.strip() if detail.matter else ""
        code = offence_code(charge) if charge else None
        exclusions = self.tr(
            "No exclusion (hired violence, group fight, picking quarrels, repeat violation, "
            "new trouble) was reported at registration."
        )
        if not charge:
            self.type_label.setText(self.tr("Charge not entered yet.") + " " + exclusions)
            self.type_label.setStyleSheet("")
        elif code is None:
            self.type_label.setText(
                self.tr('"{charge}" is not a type the police may mediate.').format(charge=charge)
            )
            self.type_label.setStyleSheet(RED_STYLE)
        else:
            self.type_label.setText(
                self.tr("Allowed type: {type}.").format(type=PS_ALLOWED_OFFENCES[code]) + " " + exclusions
            )
            self.type_label.setStyleSheet("")
        count, maximum = len(detail.sessions), ws.limits.public_security_max_sessions
        self.sessions_label.setText(
            self.tr("{count} of at most {maximum}").format(count=count, maximum=maximum)
        )
        self.sessions_label.setStyleSheet(RED_STYLE if count >= maximum else "")
        item = _item(ws, DueKind.MEDIATION_LIMIT)
        if item is None:
            self.limit_label.setText(
                self.tr("{days} working days from acceptance (not accepted yet)").format(
                    days=ws.limits.public_security_working_days
                )
            )
            self.limit_label.setStyleSheet("")
        else:
            basis = (
                self.tr("from the appraisal report")
                if item.params.get("from_appraisal")
                else self.tr("from acceptance")
            )
            self.limit_label.setText(
                self.tr("{days} working days {basis}: {due}").format(
                    days=ws.limits.public_security_working_days, basis=basis, due=_due_text(ws, item)
                )
            )
            self.limit_label.setStyleSheet(RED_STYLE if item.overdue else "")
        appraisal = detail.matter.appraisal_at if detail.matter else None
        self.appraisal_label.setText(fmt_dt(appraisal) if appraisal else self.tr("none"))
        self.appraisal_at.setDateTime(to_qdatetime(appraisal or ws.clock()))

    def record(self, party_id: int) -> None:
        ws = self.ws
        db, actor, case_id, at = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.clock()
        ws.run(lambda: record_consent(db, actor, case_id, party_id, given_at=at))

    def save_appraisal(self) -> None:
        ws, at = self.ws, from_qdatetime(self.appraisal_at.dateTime())
        db, actor, case_id = ws.ctx.db, ws.ctx.actor, ws.case_id
        ws.run(lambda: record_appraisal(db, actor, case_id, at))


class MediationPeriodSection(QGroupBox):
    """人民调解 / 律师调解: the period and its extension, judicial confirmation, the lawyer's fee."""

    def __init__(self, ws: CaseWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mediation period"))
        self.ws = ws
        self.dialog: ExtendDialog | None = None
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("mediationLimit")
        self.extend_button = QPushButton(self.tr("Extend (both parties consent)…"), self)
        self.extend_button.setObjectName("extendMediation")
        self.extend_button.clicked.connect(self.open_extend)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_label, 1)
        limit_row.addWidget(self.extend_button)
        self.judicial_label = QLabel(self)
        self.judicial_label.setObjectName("judicialCountdown")
        self.fee = QLineEdit(self)
        self.fee.setObjectName("lawyerFee")
        self.fee.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000.00") + 24)
        self.fee_button = QPushButton(self.tr("Save fee"), self)
        self.fee_button.clicked.connect(self.save_fee)
        self.fee_error = inline_error_label(self)
        self.fee_row = QWidget(self)
        fee_layout = QHBoxLayout(self.fee_row)
        fee_layout.setContentsMargins(0, 0, 0, 0)
        fee_layout.addWidget(self.fee)
        fee_layout.addWidget(QLabel(self.tr("yuan"), self.fee_row))
        fee_layout.addWidget(self.fee_button)
        fee_layout.addWidget(self.fee_error, 1)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Time limit"), limit_row)
        self.form.addRow(self.tr("Judicial confirmation"), self.judicial_label)
        self.form.addRow(self.tr("Lawyer-mediation fee"), self.fee_row)

    def show_detail(self, detail: CaseDetail) -> None:
        ws, case = self.ws, detail.case
        item = _item(ws, DueKind.MEDIATION_LIMIT)
        if item is None:
            self.limit_label.setText(
                self.tr("{days} days from acceptance (not accepted yet)").format(
                    days=ws.limits.mediation_days
                )
            )
            self.limit_label.setStyleSheet("")
        else:
            text = _due_text(ws, item)
            if item.params.get("extended"):
                text += " " + self.tr("(extended with both parties' consent)")
            self.limit_label.setText(text)
            self.limit_label.setStyleSheet(RED_STYLE if item.overdue else "")
        self.extend_button.setEnabled(case.accepted_at is not None and item is not None and not item.done)
        judicial = _item(ws, DueKind.JUDICIAL_CONFIRMATION)
        if judicial is None:
            self.judicial_label.setText(
                self.tr("{days} days once the agreement takes effect").format(
                    days=ws.limits.judicial_confirmation_days
                )
            )
            self.judicial_label.setStyleSheet("")
        elif judicial.done:
            self.judicial_label.setText(self.tr("Applied for."))
            self.judicial_label.setStyleSheet("")
        elif judicial.due_at <= ws.clock():
            self.judicial_label.setText(
                self.tr("Expired on {day} (optional: not an overdue task)").format(
                    day=fmt_date(judicial.due_on)
                )
            )
            self.judicial_label.setStyleSheet(GREY_STYLE)  # optional: expired is not a fault
        else:
            self.judicial_label.setText(
                self.tr("The parties may apply jointly until {day} — {left}").format(
                    day=fmt_date(judicial.due_on), left=fmt_remaining(judicial.due_at - ws.clock())
                )
            )
            self.judicial_label.setStyleSheet("")
        lawyer = case.track == "lawyer"
        self.fee_row.setVisible(lawyer)
        self.form.setRowVisible(self.fee_row, lawyer)  # people's mediation is free: no fee field at all
        if lawyer:
            self.fee.setText(fen_to_text(case.fee_fen) if case.fee_fen is not None else "")
            self.fee.setPlaceholderText(
                self.tr("at most {maximum}").format(maximum=format_money(ws.limits.lawyer_fee_max_fen))
            )

    def open_extend(self) -> ExtendDialog | None:
        detail = self.ws.detail
        if detail is None:
            return None
        item = _item(self.ws, DueKind.MEDIATION_LIMIT)
        dialog = ExtendDialog(principals(detail), item.due_on if item else None, self)
        dialog.on_submit = self._submit_extend
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit_extend(self, values: dict[str, Any], dialog: ExtendDialog) -> None:
        ws = self.ws
        db, actor, case_id, version = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.version
        ws.run(
            lambda: extend_mediation(db, actor, case_id, expected_version=version, **values),
            done=dialog.succeeded,
            failed=dialog.failed,
        )

    def save_fee(self) -> None:
        text = self.fee.text().strip()
        try:
            fen = parse_money(text) if text else None
        except KnownError as exc:
            self.fee_error.setText(errors.message(exc))
            self.fee_error.show()
            return
        self.fee_error.hide()
        ws = self.ws
        db, actor, case_id, version = ws.ctx.db, ws.ctx.actor, ws.case_id, ws.version
        ws.run(lambda: cases.update_case(db, actor, case_id, {"fee_fen": fen}, expected_version=version))


class TrackTab(QWidget):
    """The track's rules and clocks for one case (sections shown by track and matter)."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.fast_track = FastTrackClock(ws, self)
        self.public_security = PublicSecuritySection(ws, self)
        self.criminal = CriminalSection(ws, self)
        self.period = MediationPeriodSection(ws, self)
        self.decisions = MatterDecisionsSection(ws, self)
        inner = QWidget(self)
        col = QVBoxLayout(inner)
        col.addWidget(self.heading)
        for section in (self.fast_track, self.public_security, self.criminal, self.period, self.decisions):
            col.addWidget(section)
            section.hide()
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_detail(self, detail: CaseDetail) -> None:
        track = detail.case.track
        self.heading.setText(self.tr("Track: {track}").format(track=labels.label(labels.tracks, track)))
        fast = detail.matter is not None and detail.matter.procedure == "fast_track_48h"
        shown = {
            self.fast_track: fast,
            self.public_security: track == "public_security",
            self.criminal: track == "criminal",
            self.period: track in ("people", "lawyer", "pre_litigation"),
            self.decisions: True,  # every track: a 人民调解 case may have a 不起诉 decision too
        }
        for section, visible in shown.items():
            section.setVisible(visible)
            if visible:
                section.show_detail(detail)  # type: ignore[attr-defined]


__all__ = ["JuvenileBanner", "MediationPeriodSection", "PublicSecuritySection", "TrackTab"]
