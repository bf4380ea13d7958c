"""The agreement's obligations (履行事项): table model, instalment entry, versions model, sign dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.enums import PRINCIPAL_ROLES, PROTECTOR_ROLES, PartyRole
from ...domain.errors import ValidationError
from ...domain.money import parse_money
from ...services.case_workspace import AgreementRow, ObligationRow, PartyRow
from ...services.inputs import ObligationInput
from .. import errors
from ..models.rows import RIGHT, RowsModel
from ..time_fields import TypedDateTimeEdit
from . import wlabels
from .common import (
    fmt_date,
    fmt_dt,
    fmt_money,
    from_qdate,
    from_qdatetime,
    inline_error_label,
    to_qdate,
    to_qdatetime,
    today,
)
from .dialogs import FormDialog

_PRINCIPALS = {r.value for r in PRINCIPAL_ROLES}
_SIGNING = _PRINCIPALS | {r.value for r in PROTECTOR_ROLES} | {PartyRole.AGENT.value}


@dataclass(frozen=True)
class Instalment:
    """An obligation being edited (not yet saved)."""

    payer_id: int
    payer_name: str
    payee_id: int
    payee_name: str
    amount_fen: int
    due_date: date | None
    on_the_spot: bool
    description: str = ""

    @classmethod
    def from_row(cls, row: ObligationRow) -> Instalment:
        return cls(
            row.payer_person_id,
            row.payer_name,
            row.payee_person_id,
            row.payee_name,
            row.amount_fen,
            row.due_date,
            row.on_the_spot,
            row.description,
        )

    def to_input(self) -> ObligationInput:
        return ObligationInput(
            payer_person_id=self.payer_id,
            payee_person_id=self.payee_id,
            amount_fen=self.amount_fen,
            due_date=self.due_date,
            on_the_spot=self.on_the_spot,
            description=self.description,
        )


class InstalmentsModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Payer"),
            self.tr("Payee"),
            self.tr("Amount"),
            self.tr("Due"),
            self.tr("On the spot"),
        ]

    def value(self, row: Instalment, column: int) -> str:
        seq = self._rows.index(row) + 1 if row in self._rows else 0
        return [
            str(seq),
            row.payer_name,
            row.payee_name,
            fmt_money(row.amount_fen),
            fmt_date(row.due_date),
            self.tr("Yes") if row.on_the_spot else "",
        ][column]

    def sort_key(self, row: Instalment, column: int) -> Any:
        return row.amount_fen if column == 3 else row.due_date if column == 4 else self.value(row, column)

    def alignment(self, column: int) -> Any:
        return RIGHT if column == 3 else None

    def total_fen(self) -> int:
        return sum(r.amount_fen for r in self._rows)


class InstalmentEntry(QWidget):
    """Payer, payee, amount typed as text, due date, on the spot; Add, Split in two, Remove.

    Signals:
        added(object): an :class:`Instalment` to append.
    """

    added = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payer = QComboBox(self)
        self.payee = QComboBox(self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("instalmentAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 600 or 1,200.00"))
        self.due = QDateEdit(to_qdate(today()), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.on_spot = QCheckBox(self.tr("On the spot"), self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        self.split_button = QPushButton(self.tr("Two instalments"), self)
        self.split_button.setToolTip(
            self.tr("Split the amount into two halves, the second due a month later")
        )
        self.split_button.clicked.connect(self.split)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.error = inline_error_label(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Payer"), self), 0, 0)
        grid.addWidget(self.payer, 0, 1)
        grid.addWidget(QLabel(self.tr("Payee"), self), 0, 2)
        grid.addWidget(self.payee, 0, 3)
        grid.addWidget(QLabel(self.tr("Amount (¥)"), self), 1, 0)
        grid.addWidget(self.amount, 1, 1)
        grid.addWidget(QLabel(self.tr("Due"), self), 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.addWidget(self.on_spot, 2, 0, 1, 2)
        grid.addWidget(self.add_button, 2, 2)
        grid.addWidget(self.split_button, 2, 3)
        grid.addWidget(self.remove_button, 2, 4)
        grid.addWidget(self.error, 3, 0, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_parties(self, parties: list[PartyRow]) -> None:
        """Offer the principal parties; payer defaults to the respondent, payee to the applicant."""
        principals = [p for p in parties if p.role in _PRINCIPALS] or list(parties)
        first_time = self.payer.count() == 0
        for combo in (self.payer, self.payee):
            current = combo.currentData()
            combo.clear()
            for p in principals:
                combo.addItem(p.name, p.person_id)
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))
        if first_time:
            for combo, roles in (
                (self.payer, ("respondent", "suspect")),
                (self.payee, ("applicant", "victim")),
            ):
                person = next((p for p in principals if p.role in roles), None)
                if person is not None:
                    combo.setCurrentIndex(combo.findData(person.person_id))

    def _amount(self) -> int | None:
        try:
            fen = parse_money(self.amount.text())
        except ValidationError as exc:
            self.error.setText(errors.message(exc))
            self.error.show()
            self.amount.setFocus()
            return None
        if fen <= 0:
            self.error.setText(errors.message(ValidationError("payment.amount")))
            self.error.show()
            return None
        return fen

    def _make(self, fen: int, due: date | None) -> Instalment | None:
        if self.payer.currentData() is None or self.payer.currentData() == self.payee.currentData():
            self.error.setText(self.tr("Payer and payee must be two different parties."))
            self.error.show()
            return None
        self.error.hide()
        return Instalment(
            int(self.payer.currentData()),
            self.payer.currentText(),
            int(self.payee.currentData()),
            self.payee.currentText(),
            fen,
            due,
            self.on_spot.isChecked(),
        )

    def add(self) -> None:
        fen = self._amount()
        item = self._make(fen, from_qdate(self.due.date())) if fen is not None else None
        if item is not None:
            self.added.emit(item)
            self.amount.clear()

    def split(self) -> None:
        """Two instalments: the typed total in halves, the second due a month after the first."""
        fen = self._amount()
        first_due = from_qdate(self.due.date())
        first = self._make(fen - fen // 2, first_due) if fen is not None else None
        if first is None or fen is None:
            return
        second_due = from_qdate(self.due.date().addMonths(1))
        self.added.emit(first)
        self.added.emit(replace(first, amount_fen=fen // 2, due_date=second_due, on_the_spot=False))
        self.amount.clear()


class VersionsModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Version"),
            self.tr("State"),
            self.tr("Total"),
            self.tr("Signed"),
            self.tr("Signatories"),
        ]

    def value(self, row: AgreementRow, column: int) -> str:
        return [
            str(row.version),
            wlabels.name(wlabels.agreement_states(), row.state),
            fmt_money(sum(o.amount_fen for o in row.obligations)),
            fmt_dt(row.signed_at),
            row.signatories,
        ][column]


class SignDialog(FormDialog):
    """Who signed (parties ticked by default) and when."""

    def __init__(self, parties: list[PartyRow], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Sign agreement"))
        self.signatories: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for p in parties:
            if p.name in self.signatories:
                continue
            box = QCheckBox(p.name, self)
            # every party with a signature place on the paper: a guardian, appropriate adult or
            # agent signs beside the party they act for (a minor's agreement went out with only
            # the 14-year-old ticked and the guardian's line left out of the record)
            box.setChecked(p.role in _SIGNING)
            grid.addWidget(box, len(self.signatories) // 3, len(self.signatories) % 3)
            self.signatories[p.name] = box
        who = QWidget(self)
        who.setLayout(grid)
        self.signed_at = TypedDateTimeEdit(to_qdatetime(utcnow().replace(second=0, microsecond=0)), self)
        self.signed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        note = QLabel(
            self.tr("Once signed, the agreement can only be changed by a correction (a new version)."), self
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("Signed by"), who)
        self.form.addRow(self.tr("Signed at"), self.signed_at)
        self.form.addRow(note)

    def collect(self) -> dict[str, Any] | None:
        names = [name for name, box in self.signatories.items() if box.isChecked()]
        if not names:
            self.show_error(self.tr("Tick who signed."))
            return None
        at: datetime = from_qdatetime(self.signed_at.dateTime())
        return {"signatories": names, "signed_at": at}
