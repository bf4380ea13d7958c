"""The login dialog and the first-start administrator dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.errors import KnownError
from ...services import accounts
from ...services.base import Actor, Database
from .. import errors


class LoginDialog(QDialog):
    """User name + password; :attr:`actor` holds the signed-in actor after ``accept``.

    The password check runs through :func:`accounts.login` (audited, lockout); a refusal is
    shown inline and the password field is cleared.
    """

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clock: accounts.Clock | None = None,
        username: str = "",
    ) -> None:
        """Args:
        db: The database.
        parent: The parent widget.
        clock: The lockout clock (tests).
        username: Prefilled user name (the administrator just created); the password field gets the focus.
        """
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — Mediation Desk"))
        self._db, self._clock = db, clock
        self.actor: Actor | None = None
        self.username = QLineEdit(objectName="loginUsername")
        self.password = QLineEdit(objectName="loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="loginMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if username:
            self.username.setText(username)
            self.password.setFocus()

    def try_login(self) -> None:
        kw = {"clock": self._clock} if self._clock else {}
        try:
            self.actor = accounts.login(self._db, self.username.text(), self.password.text(), **kw)
        except KnownError as exc:
            self.password.clear()
            self.message.setText(errors.message(exc))
            return
        finally:
            self.password.clear()
        self.accept()


class FirstAdminDialog(QDialog):
    """First start: create the administrator account (password typed twice)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the administrator account"))
        self._db = db
        self.created_username = ""  # the administrator's user name once created
        self.username = QLineEdit("admin", objectName="adminUsername")
        self.display_name = QLineEdit(objectName="adminDisplayName")
        self.password = QLineEdit(objectName="adminPassword")
        self.repeat = QLineEdit(objectName="adminRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="adminMessage")
        self.message.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "The administrator manages user accounts, settings and backups. "
                "Case contents are not visible to this account."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            accounts.create_first_admin(
                self._db,
                username=self.username.text(),
                display_name=self.display_name.text(),
                password=self.password.text(),
            )
        except KnownError as exc:
            self.message.setText(errors.message(exc))
            return
        finally:
            self.password.clear()
            self.repeat.clear()
        self.created_username = self.username.text().strip()  # as the service stores it
        self.accept()


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """First start → administrator dialog; then the login dialog. None if the user cancels."""
    name = first_admin(db, parent)
    if name is None:
        return None
    dialog = LoginDialog(db, parent, username=name)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def first_admin(db: Database, parent: QWidget | None = None) -> str | None:
    """On first start, ask for the administrator account.

    Returns:
        The new administrator's user name (for the login dialog to prefill), ``""`` when an
        administrator already existed, ``None`` when the user cancelled.
    """
    if not accounts.needs_first_admin(db):
        return ""
    dialog = FirstAdminDialog(db, parent)
    return dialog.created_username if dialog.exec() == QDialog.DialogCode.Accepted else None
