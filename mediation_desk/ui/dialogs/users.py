"""User accounts (administrators): list, create with a role, reset a password, lift a lock.

Every change goes through :mod:`mediation_desk.services.accounts` (argon2id hashes, audited;
the service refuses anyone without ``users.manage``). Passwords are never shown or logged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import utcnow
from ...domain.errors import KnownError
from ...services import account_lists, accounts
from .. import errors
from ..context import AppContext
from ..formatting import fmt_datetime
from ..messages.labels import role_names
from ..models.rows import Column, RowsModel
from ..widgets import OpeningTableView


class NewUserDialog(QDialog):
    """User name, full name, role, linked committee member (for case access), password twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.ctx = ctx
        self.username = QLineEdit(objectName="newUsername")
        self.display_name = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        for code, name in role_names().items():
            if code in accounts.ROLES:
                self.role.addItem(name, code)
        self.person = QComboBox(objectName="newPerson")
        self.person.addItem(self.tr("(none)"), None)
        for pid, name in account_lists.linkable_members(ctx.db, ctx.actor):
            self.person.addItem(name, pid)
        self.password = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="newRepeat")
        for f in (self.password, self.repeat):
            f.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="newUserMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Committee member"), self.person)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.create_user)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create_user(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            accounts.create_user(
                self.ctx.db,
                self.ctx.actor,
                username=self.username.text(),
                display_name=self.display_name.text(),
                role=str(self.role.currentData()),
                password=self.password.text(),
                organisation_id=self.ctx.organisation_id,
                person_id=self.person.currentData(),
            )
        except KnownError as exc:
            self.message.setText(errors.message(exc))
            return
        finally:
            self.password.clear()
            self.repeat.clear()
        self.accept()


class UsersDialog(QDialog):
    """The account list with create / reset password / unlock."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.ctx = ctx
        self.model: RowsModel[tuple[int, str, str, str, str]] = RowsModel(
            self,
            columns=[
                Column(header, lambda r, c=c: r[c + 1])
                for c, header in enumerate(
                    (self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Locked until"))
                )
            ],
            row_id=lambda r: r[0],
        )
        self.table = OpeningTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        new = QPushButton(self.tr("New user…"), objectName="newUserButton")
        new.clicked.connect(self.new_user)
        reset = QPushButton(self.tr("Reset password…"), objectName="resetPasswordButton")
        reset.clicked.connect(self.reset_password)
        unlock = QPushButton(self.tr("Unlock"), objectName="unlockUserButton")
        unlock.clicked.connect(self.unlock)
        row = QHBoxLayout()
        for b in (new, reset, unlock):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(640, 400)
        self.refresh()

    def refresh(self) -> None:
        names = role_names()
        now = utcnow()
        rows = []
        for u in account_lists.users(self.ctx.db, self.ctx.actor):
            locked = fmt_datetime(u.locked_until) if u.locked_until and u.locked_until > now else ""
            rows.append((u.id, u.username, u.display_name, names.get(u.role, u.role), locked))
        self.model.set_rows(rows)

    def selected_user(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.row(row)[0] if 0 <= row < self.model.rowCount() else None

    def new_user(self) -> None:
        if NewUserDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def reset_password(self) -> None:
        user_id = self.selected_user()
        if user_id is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._call(lambda: accounts.set_password(self.ctx.db, self.ctx.actor, user_id, password))

    def unlock(self) -> None:
        user_id = self.selected_user()
        if user_id is not None:
            self._call(lambda: accounts.unlock_user(self.ctx.db, self.ctx.actor, user_id))

    def _call(self, fn: object) -> None:
        try:
            fn()  # type: ignore[operator]
        except KnownError as exc:
            errors.show_known_error(self, exc)
        self.refresh()


def open_users_dialog(ctx: AppContext, parent: QWidget | None = None) -> UsersDialog:
    dialog = UsersDialog(ctx, parent)
    dialog.open()
    return dialog
