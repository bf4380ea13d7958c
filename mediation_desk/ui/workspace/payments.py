"""履行 Payments: obligations with paid and outstanding (overdue in red); record a payment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.enums import PaymentMethod
from ...domain.errors import ValidationError
from ...domain.money import fen_to_text, parse_money
from ...domain.vocabulary import payment_method_in
from ...services import performance
from ...services.case_workspace import CaseDetail, ObligationRow, PaymentRow
from .. import errors
from ..models.rows import RIGHT, RowsModel
from ..time_fields import TypedDateTimeEdit
from . import wlabels
from .common import (
    fmt_date,
    fmt_dt,
    fmt_money,
    from_qdatetime,
    make_table,
    selected_row,
    to_qdatetime,
    today,
)
from .dialogs import FormDialog

if TYPE_CHECKING:
    from .workspace import CaseWorkspace

RED = QBrush(QColor("#c62828"))
GREEN = QBrush(QColor("#2e7d32"))


class LedgerModel(RowsModel):
    """The current agreement's obligations with what was paid."""

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Payer"),
            self.tr("Payee"),
            self.tr("Amount"),
            self.tr("Due"),
            self.tr("Paid"),
            self.tr("Outstanding"),
            self.tr("State"),
        ]

    def value(self, row: ObligationRow, column: int) -> str:
        if column == 7:
            if row.outstanding_fen <= 0:
                return self.tr("Paid")
            if row.overdue(today()):
                return self.tr("Overdue")
            if row.paid_fen > 0:
                return self.tr("Partly paid")
            return self.tr("On the spot") if row.on_the_spot else self.tr("Open")
        return [
            str(row.seq),
            row.payer_name,
            row.payee_name,
            fmt_money(row.amount_fen),
            fmt_date(row.due_date),
            fmt_money(row.paid_fen),
            fmt_money(row.outstanding_fen),
        ][column]

    def sort_key(self, row: ObligationRow, column: int) -> Any:
        return {0: row.seq, 3: row.amount_fen, 4: row.due_date, 5: row.paid_fen, 6: row.outstanding_fen}.get(
            column, self.value(row, column)
        )

    def foreground(self, row: ObligationRow, column: int) -> Any:
        if row.overdue(today()):
            return RED
        return GREEN if row.outstanding_fen <= 0 and column == 7 else None

    def alignment(self, column: int) -> Any:
        return RIGHT if column in (3, 5, 6) else None


class PaymentsModel(RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Paid at"),
            self.tr("Instalment"),
            self.tr("Payer"),
            self.tr("Amount"),
            self.tr("Method"),
            self.tr("Receipt no."),
            self.tr("Note"),
        ]

    def value(self, row: PaymentRow, column: int) -> str:
        return [
            fmt_dt(row.paid_at),
            str(row.obligation_seq),
            row.payer_name,
            fmt_money(row.amount_fen),
            wlabels.name(wlabels.payment_methods(), row.method),
            row.receipt_no,
            row.note,
        ][column]

    def sort_key(self, row: PaymentRow, column: int) -> Any:
        return row.paid_at if column == 0 else row.amount_fen if column == 3 else self.value(row, column)

    def alignment(self, column: int) -> Any:
        return RIGHT if column == 3 else None


class PaymentDialog(FormDialog):
    """Instalment, amount typed as text (→ fen), time, method, receipt no., note."""

    def __init__(
        self,
        obligations: list[ObligationRow],
        chosen: ObligationRow | None,
        parent: QWidget | None = None,
        *,
        agreed_method: str = "",
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record payment"))
        self.obligation = QComboBox(self)
        for o in obligations:
            self.obligation.addItem(
                self.tr("No. {seq}: {payer} → {payee}, outstanding {amount}").format(
                    seq=o.seq, payer=o.payer_name, payee=o.payee_name, amount=fmt_money(o.outstanding_fen)
                ),
                o.id,
            )
            self.obligation.setItemData(
                self.obligation.count() - 1, o.outstanding_fen, Qt.ItemDataRole.UserRole + 2
            )
        if chosen is not None and self.obligation.findData(chosen.id) >= 0:
            self.obligation.setCurrentIndex(self.obligation.findData(chosen.id))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("paymentAmount")
        self.amount_error = QLabel(self)
        self.amount_error.setObjectName("amountError")
        self.amount_error.setStyleSheet("color: #b00020;")
        self.amount_error.hide()
        self.obligation.currentIndexChanged.connect(self._default_amount)
        self._default_amount()
        self.paid_at = TypedDateTimeEdit(to_qdatetime(utcnow().replace(second=0, microsecond=0)), self)
        self.paid_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.method = QComboBox(self)
        for code, text in wlabels.payment_methods().items():
            self.method.addItem(text, code)
        agreed = payment_method_in(agreed_method)  # the agreement's method is the default
        if agreed is not None:
            self.method.setCurrentIndex(self.method.findData(agreed.value))
        self.receipt = QLineEdit(self)
        self.note = QLineEdit(self)
        amount_box = QVBoxLayout()
        amount_box.setSpacing(2)
        amount_box.addWidget(self.amount)
        amount_box.addWidget(self.amount_error)
        self.form.addRow(self.tr("Instalment"), self.obligation)
        self.form.addRow(self.tr("Amount (¥)"), amount_box)
        self.form.addRow(self.tr("Paid at"), self.paid_at)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Receipt no."), self.receipt)
        self.form.addRow(self.tr("Note"), self.note)
        self.setMinimumWidth(520)

    def _default_amount(self) -> None:
        owed = self.obligation.currentData(Qt.ItemDataRole.UserRole + 2)
        self.amount.setText(fen_to_text(owed) if isinstance(owed, int) and owed > 0 else "")

    def collect(self) -> dict[str, Any] | None:
        if self.obligation.currentData() is None:
            self.show_error(self.tr("Nothing is outstanding."))
            return None
        try:
            fen = parse_money(self.amount.text())
        except ValidationError as exc:
            self.amount_error.setText(errors.message(exc))
            self.amount_error.show()
            self.amount.setFocus()
            return None
        self.amount_error.hide()
        return {
            "obligation_id": int(self.obligation.currentData()),
            "amount_fen": fen,
            "paid_at": from_qdatetime(self.paid_at.dateTime()),
            "method": PaymentMethod(self.method.currentData()),
            "receipt_no": self.receipt.text().strip(),
            "note": self.note.text().strip(),
        }


class PaymentsTab(QWidget):
    """The performance ledger and the payments made."""

    def __init__(self, ws: CaseWorkspace) -> None:
        super().__init__(ws)
        self.ws = ws
        self.dialog: PaymentDialog | None = None
        self.ledger = LedgerModel(self)
        self.ledger_view = make_table(self.ledger, self)
        self.payments = PaymentsModel(self)
        self.payments_view = make_table(self.payments, self, stretch=6)
        self.summary = QLabel(self)
        self.record_button = QPushButton(self.tr("Record payment…"), self)
        self.record_button.clicked.connect(self.open_payment)
        top = QHBoxLayout()
        top.addWidget(self.record_button)
        top.addWidget(self.summary, 1)
        ledger_box = QGroupBox(self.tr("Obligations"), self)
        QVBoxLayout(ledger_box).addWidget(self.ledger_view)
        pay_box = QGroupBox(self.tr("Payments made"), self)
        QVBoxLayout(pay_box).addWidget(self.payments_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(ledger_box)
        split.addWidget(pay_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def show_detail(self, detail: CaseDetail) -> None:
        ag = detail.current_agreement
        rows = list(ag.obligations) if ag else []
        self.ledger.set_rows(rows)
        self.payments.set_rows(detail.payments)
        owed = detail.outstanding_fen
        overdue = sum(1 for o in rows if o.overdue(today()))
        text = self.tr("Agreed {agreed} · paid {paid} · outstanding {owed}").format(
            agreed=fmt_money(sum(o.amount_fen for o in rows)),
            paid=fmt_money(sum(o.paid_fen for o in rows)),
            owed=fmt_money(owed),
        )
        if overdue:
            text += " · " + self.tr("%n instalment(s) overdue", "", overdue)
        self.summary.setText(text if rows else self.tr("No obligations: the agreement has none yet."))
        self.summary.setStyleSheet("color: #c62828;" if overdue else "")
        self.record_button.setEnabled(bool(ag and ag.state == "signed" and owed > 0))

    def open_payment(self) -> PaymentDialog | None:
        detail = self.ws.detail
        ag = detail.current_agreement if detail else None
        if ag is None:
            return None
        open_rows = [o for o in ag.obligations if o.outstanding_fen > 0]
        chosen = selected_row(self.ledger_view)
        dialog = PaymentDialog(
            open_rows, chosen if chosen in open_rows else None, self, agreed_method=ag.performance_method
        )
        dialog.on_submit = self._submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, values: dict[str, Any], dialog: FormDialog) -> None:
        db, actor = self.ws.ctx.db, self.ws.ctx.actor
        oid = values.pop("obligation_id")
        self.ws.run(
            lambda: performance.record_payment(db, actor, oid, **values),
            done=dialog.succeeded,
            failed=dialog.failed,
        )
