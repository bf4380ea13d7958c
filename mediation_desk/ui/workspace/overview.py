"""概况 Overview: the case at a glance, its deadlines and the next sensible action."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.enums import CaseStatus
from ...domain.workflow import ALLOWED, NEEDS_REASON
from ...services import cases
from ...services.case_workspace import CaseDetail
from .. import i18n
from ..clock_text import clock_color, fmt_remaining, relative_day
from ..messages import labels
from ..models.rows import RowsModel
from .common import fmt_date, fmt_dt, make_table
from .dialogs import FormDialog, ReasonDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

RED = QBrush(QColor("#c62828"))
GREY = QBrush(QColor("#757575"))


def due_kinds() -> dict[str, str]:
    return {
        "acceptance": QCoreApplication.translate("Overview", "Accept or decline"),
        "mediation_limit": QCoreApplication.translate("Overview", "Mediation time limit"),
        "session": QCoreApplication.translate("Overview", "Session"),
        "fast_track.investigation": QCoreApplication.translate("Overview", "Fast track: investigation"),
        "fast_track.review": QCoreApplication.translate("Overview", "Fast track: review for prosecution"),
        "fast_track.trial": QCoreApplication.translate("Overview", "Fast track: trial"),
        "instalment": QCoreApplication.translate("Overview", "Instalment due"),
        "follow_up": QCoreApplication.translate("Overview", "Follow-up"),
        "judicial_confirmation": QCoreApplication.translate("Overview", "Judicial confirmation (optional)"),
        "due_at": QCoreApplication.translate("Overview", "Next deadline"),
    }


class DeadlinesModel(RowsModel):
    """Due items: what, when, state (overdue in red)."""

    _kinds: dict[str, str] | None = None
    now: datetime | None = None  # the workspace's clock at the last load (fixed in tests)

    def set_rows(self, rows: Any) -> None:
        self._kinds = None
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("Due"), self.tr("State")]

    def value(self, row: Any, column: int) -> str:
        if column == 0:
            if self._kinds is None:  # translated once per reset, not for every cell the view measures
                self._kinds = due_kinds()
            return self._kinds.get(str(row.kind), str(row.kind))
        if column == 1:
            return fmt_date(row.due_on) if row.due_on else fmt_dt(row.due_at)
        if row.done:
            return self.tr("Done")
        if getattr(row, "stopped", False):  # the case is finished: the engine stopped this clock
            return self.tr("Stopped (case finished)")
        if row.overdue and getattr(row, "optional", False):
            return self.tr("Not applied for")
        now = self.now or utcnow()
        if row.due_on is None:  # a clock (fast track, session): hours and minutes
            return fmt_remaining(row.due_at - now)
        return relative_day(row.due_on, now)  # today, tomorrow, in N days, overdue by N days (Beijing)

    def sort_key(self, row: Any, column: int) -> Any:
        return row.due_at if column == 1 else self.value(row, column)

    def foreground(self, row: Any, column: int) -> Any:
        if row.overdue and not getattr(row, "optional", False):
            return RED
        if row.done or row.overdue or getattr(row, "stopped", False):
            return GREY
        if str(row.kind).startswith("fast_track."):  # amber at 12 h left, red at 4 h
            colour = clock_color(row.due_at - (self.now or utcnow()))
            return QBrush(colour) if colour is not None else None
        return None


class _FallbackDue:
    """``Case.due_at`` shown as a due item when no deadline engine is available."""

    def __init__(self, due_at: Any) -> None:
        from ...domain.clock import utcnow

        self.kind, self.due_at, self.due_on, self.done = "due_at", due_at, None, False
        self.remaining = due_at - utcnow()
        self.overdue = self.remaining.total_seconds() < 0


class OverviewTab(QWidget):
    """The case's facts, flags, deadlines and next step.

    Attributes:
        buttons: the action buttons by key (``accept``, ``decline``, ``schedule``, ``record_session``,
            ``draft_agreement``, ``sign``, ``record_payment``, ``follow_up``, ``close``).
        dialog: the reason dialog last opened (tests fill it and call ``accept()``).
    """

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: FormDialog | None = None
        self.fields: dict[str, QLabel] = {}
        facts = QGroupBox(self.tr("Case"), self)
        form = QFormLayout(facts)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, text in (
            ("number", self.tr("Case no.")),
            ("title", self.tr("Title")),
            ("status", self.tr("Status")),
            ("track", self.tr("Track")),
            ("category", self.tr("Category")),
            ("source", self.tr("Source")),
            ("received", self.tr("Received")),
            ("accepted", self.tr("Accepted on")),
            ("closed", self.tr("Closed on")),
            ("chief", self.tr("Chief mediator")),
            ("parties", self.tr("Parties")),
            ("flags", self.tr("Flags")),
            ("matter", self.tr("Police matter")),
            ("facts", self.tr("Facts")),
            ("claims", self.tr("Claims")),
        ):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName(f"overview_{key}")
            self.fields[key] = label
            form.addRow(text, label)
        self.deadlines = DeadlinesModel(self)
        deadline_box = QGroupBox(self.tr("Deadlines"), self)
        QVBoxLayout(deadline_box).addWidget(make_table(self.deadlines, deadline_box, stretch=0))
        action_box = QGroupBox(self.tr("Next step"), self)
        self.next_hint = QLabel(self)
        self.next_hint.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        button_row = QHBoxLayout()
        for key, text in (
            ("accept", self.tr("Accept")),
            ("decline", self.tr("Decline…")),
            ("schedule", self.tr("Schedule session…")),
            ("record_session", self.tr("Record session…")),
            ("draft_agreement", self.tr("Write agreement")),
            ("print", self.tr("Print agreement")),
            ("sign", self.tr("Sign agreement…")),
            ("record_payment", self.tr("Record payment…")),
            ("follow_up", self.tr("Record follow-up…")),
            ("close", self.tr("Close case")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _=False, key=key: self.trigger(key))
            button.hide()
            self.buttons[key] = button
            button_row.addWidget(button)
        button_row.addStretch(1)
        self.more = QToolButton(self)
        self.more.setText(self.tr("Change status"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more.setMenu(self.more_menu)
        button_row.addWidget(self.more)
        action_layout = QVBoxLayout(action_box)
        action_layout.addWidget(self.next_hint)
        action_layout.addLayout(button_row)
        right = QVBoxLayout()
        right.addWidget(action_box)
        right.addWidget(deadline_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(facts, 3)
        layout.addLayout(right, 2)

    # -- display -------------------------------------------------------------------------------------

    def show_detail(self, detail: CaseDetail) -> None:
        case = detail.case
        f = self.fields
        f["number"].setText(case.number)
        f["title"].setText(case.title)
        f["status"].setText(labels.label(labels.statuses, case.status))
        f["track"].setText(labels.label(labels.tracks, case.track))
        chinese = i18n.is_chinese()
        f["category"].setText(detail.category_zh if chinese else detail.category_en)
        f["source"].setText(labels.label(labels.sources, case.source))
        f["received"].setText(fmt_dt(case.received_at))
        f["accepted"].setText(fmt_dt(case.accepted_at) or "—")
        f["closed"].setText(fmt_dt(case.closed_at) or "—")
        f["chief"].setText(detail.chief_mediator or self.tr("not assigned"))
        f["parties"].setText(case.party_names)
        flags = [
            text
            for on, text in (
                (case.juvenile, self.tr("Juvenile")),
                (case.sealed, self.tr("Sealed")),
                (case.confidential_amounts, self.tr("Confidential amounts")),
            )
            if on
        ]
        f["flags"].setText(("、" if chinese else ", ").join(flags) or "—")
        f["flags"].setStyleSheet("color: #c62828; font-weight: bold;" if flags else "")
        m = detail.matter
        f["matter"].setText(
            " · ".join(
                x
                for x in (
                    m.police_case_no,
                    m.charge,
                    labels.label(labels.procedures, m.procedure),
                    labels.label(labels.matter_stages, m.stage),
                )
                if x
            )
            if m
            else "—"
        )
        f["facts"].setText(case.facts or "—")
        f["claims"].setText(case.claims or "—")
        items = self.ws.due
        if items is None:
            items = [_FallbackDue(case.due_at)] if case.due_at else []
        self.deadlines.now = self.ws.clock()
        self.deadlines.set_rows(items)
        self._show_actions(detail)

    def next_actions(self, detail: CaseDetail) -> list[str]:
        """The actions that make sense now, the first being the primary one."""
        status = detail.case.status
        now = self.ws.clock()  # a session is recorded once it has started
        unrecorded = [s for s in detail.sessions if s.recorded_at is None and s.starts_at <= now]
        ag = detail.current_agreement
        if status == CaseStatus.REGISTERED:
            return ["accept", "decline"]
        if status in (CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION):
            out = ["record_session"] if unrecorded else []
            if ag is None:
                out += (
                    ["schedule", "draft_agreement"]
                    if not detail.sessions
                    else ["draft_agreement", "schedule"]
                )
            elif ag.state == "draft":
                out += ["print", "draft_agreement"]
            elif ag.state == "printed":
                out += ["sign", "draft_agreement"]
            return out
        if status in (CaseStatus.AGREEMENT_REACHED, CaseStatus.PERFORMING, CaseStatus.NOT_PERFORMED):
            return ["record_payment"] if detail.outstanding_fen > 0 else ["close"]
        if status == CaseStatus.PERFORMED:
            return ["follow_up", "close"] if not detail.follow_ups else ["close", "follow_up"]
        if status in (CaseStatus.DECLINED, CaseStatus.WITHDRAWN, CaseStatus.MEDIATION_FAILED):
            return ["close"]
        return []

    def _show_actions(self, detail: CaseDetail) -> None:
        keys = self.next_actions(detail)
        for key, button in self.buttons.items():
            primary = bool(keys) and key == keys[0]
            button.setVisible(key in keys)
            button.setDefault(primary)
            font = button.font()
            if font.bold() != primary:  # a font set is a font change event for the button and its style
                font.setBold(primary)
                button.setFont(font)
        self.next_hint.setText(
            self.tr("Nothing more to do on this case.")
            if not keys
            else self.tr("Suggested next step: {action}").format(
                action=self.buttons[keys[0]].text().rstrip("…")
            )
        )
        self.more_menu.clear()
        current = CaseStatus(detail.case.status)
        for target in sorted(ALLOWED[current], key=lambda s: list(CaseStatus).index(s)):
            action = self.more_menu.addAction(labels.label(labels.statuses, target.value))
            action.triggered.connect(lambda _=False, t=target: self.change_status(t))
        self.more.setEnabled(bool(ALLOWED[current]))

    # -- actions -------------------------------------------------------------------------------------

    def trigger(self, key: str) -> None:
        """Carry out the action ``key`` (see :attr:`buttons`)."""
        ws = self.ws
        if key == "accept":
            self.change_status(CaseStatus.ACCEPTED)
        elif key == "decline":
            self.change_status(CaseStatus.DECLINED)
        elif key == "close":
            self.change_status(CaseStatus.CLOSED)
        elif key == "schedule":
            ws.show_tab(ws.sessions)
            ws.sessions.open_schedule()
        elif key == "record_session":
            ws.show_tab(ws.sessions)
            ws.sessions.open_record()
        elif key == "draft_agreement":
            ws.show_tab(ws.agreement)
        elif key == "print":
            ws.show_tab(ws.agreement)
            ws.agreement.print_for_signing()
        elif key == "sign":
            ws.show_tab(ws.agreement)
            ws.agreement.open_sign()
        elif key == "record_payment":
            ws.show_tab(ws.payments)
            ws.payments.open_payment()
        elif key == "follow_up":
            ws.show_tab(ws.follow_ups)
            ws.follow_ups.open_follow_up()

    def change_status(self, target: CaseStatus) -> None:
        """Move the case to ``target``; asks for the reason when the workflow needs one, and for a
        confirmation of what is left open before 结案."""
        if target == CaseStatus.CLOSED:
            from .closing import start_closing

            start_closing(self.ws)
            return
        if target in NEEDS_REASON:
            name = labels.label(labels.statuses, target.value)
            dialog = ReasonDialog(
                self.tr("{status}: reason").format(status=name),
                self.tr(
                    'Why does the case become "{status}"? The reason is kept in the case history.'
                ).format(status=name),
                self,
            )
            dialog.on_submit = lambda reason, dlg: self._submit_status(target, reason, dlg)
            self.dialog = dialog
            dialog.open()
            return
        self._submit_status(target, "", None)

    def _submit_status(self, target: CaseStatus, reason: str, dialog: FormDialog | None) -> None:
        ws, db, actor, case_id, version = (
            self.ws,
            self.ws.ctx.db,
            self.ws.ctx.actor,
            self.ws.case_id,
            self.ws.version,
        )
        if target == CaseStatus.DECLINED:

            def fn() -> Any:
                return cases.decline_case(db, actor, case_id, reason, expected_version=version)
        else:

            def fn() -> Any:
                return cases.change_status(
                    db, actor, case_id, target, reason=reason, expected_version=version
                )

        ws.run(fn, done=dialog.succeeded if dialog else None, failed=dialog.failed if dialog else None)
