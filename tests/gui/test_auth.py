"""Sign-in dialogs and the idle lock, with a fake clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from mediation_desk.services import accounts
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent
from mediation_desk.ui.auth import FirstAdminDialog, IdleLock, LoginDialog

PASSWORD = "Tiao-Jie-2026!"


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_first_admin_then_login_dialog(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    first = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(first)
    first.password.setText(PASSWORD)
    first.repeat.setText("different-1")
    first.create()
    assert "differ" in first.message.text() and accounts.needs_first_admin(sqlite_db)
    first.password.setText(PASSWORD)
    first.repeat.setText(PASSWORD)
    first.create()
    assert not accounts.needs_first_admin(sqlite_db)
    login = LoginDialog(sqlite_db)
    qtbot.addWidget(login)
    login.username.setText("admin")
    login.password.setText("wrong-password")
    login.try_login()
    assert login.actor is None and login.message.text() and login.password.text() == ""
    login.password.setText(PASSWORD)
    login.try_login()
    assert login.actor is not None and login.actor.role == "admin"


def test_idle_lock_hides_case_data_until_the_password(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(sqlite_db, username="admin", display_name="管理员", password=PASSWORD)
    actor = accounts.login(sqlite_db, "admin", PASSWORD)
    window = QMainWindow()
    window.setCentralWidget(QLabel("张伟与李娜自行车损坏赔偿纠纷 110105198503140011"))
    qtbot.addWidget(window)
    window.show()
    clock = Clock()
    lock = IdleLock(
        actor.username,
        lambda pw: accounts.unlock_screen(sqlite_db, actor, pw),
        minutes=10,
        clock=clock,
        on_lock=lambda: accounts.lock_screen(sqlite_db, actor),
    )
    lock.install()
    try:
        clock.t += 9 * 60
        lock.check()
        assert not lock.is_locked
        QApplication.sendEvent(
            window,
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(5, 5),
                QPointF(5, 5),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        clock.t += 9 * 60  # input reset the idle time
        lock.check()
        assert not lock.is_locked
        clock.t += 60
        lock.check()
        assert lock.is_locked and not window.isVisible()
        assert lock.screen is not None and lock.screen.isVisible()
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert visible == [lock.screen]  # nothing with case data is on screen
        screen = lock.screen
        screen.close()  # closing the lock screen does not unlock
        assert lock.is_locked and screen.isVisible()
        screen.password.setText("wrong-password")
        screen.try_unlock()
        assert lock.is_locked and screen.message.text()
        screen.password.setText(PASSWORD)
        screen.try_unlock()
        assert not lock.is_locked and window.isVisible() and not screen.isVisible()
    finally:
        lock.uninstall()
    with read_session(sqlite_db.engine) as s:
        actions = [
            a for (a,) in s.execute(AuditEvent.__table__.select().with_only_columns(AuditEvent.action))
        ]
    print(f"\nidle lock after 10 min (fake clock); audit: {[a for a in actions if a.startswith('auth.')]}")
    assert "auth.screen_lock" in actions and "auth.screen_unlock" in actions


def test_login_after_creating_the_administrator_names_the_new_account(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """First start: the login dialog that follows the administrator dialog is prefilled with that
    user name.
    """
    from PySide6.QtCore import QTimer

    from mediation_desk.ui.startup import sign_in_user

    seen: dict[str, str] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstAdminDialog):
            dialog.username.setText("  zhang.admin ")
            dialog.password.setText(PASSWORD)
            dialog.repeat.setText(PASSWORD)
            dialog.create()
        elif isinstance(dialog, LoginDialog):
            seen["username"] = dialog.username.text()
            dialog.password.setText(PASSWORD)
            dialog.try_login()
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(20, drive)
    actor = sign_in_user(sqlite_db)
    assert seen["username"] == "zhang.admin"
    assert actor is not None and actor.username == "zhang.admin" and actor.role == "admin"
