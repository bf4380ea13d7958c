"""Idle lock: after N minutes without input every window is hidden until the password is given.

:class:`IdleLock` is an application-wide event filter: keyboard, mouse and wheel input reset
the idle time; a timer compares it with the limit. Locking hides every visible top-level
window (case data included) and shows :class:`LockScreen`; the password goes through the
``unlock`` callable (e.g. :func:`accounts.unlock_screen`, audited, counted for lockout).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import KnownError
from .. import errors

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockScreen(QWidget):
    """The only window shown while locked: who is signed in and a password field."""

    def __init__(self, username: str, unlock: Callable[[str], object]) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Locked — Mediation Desk"))
        self._unlock = unlock
        title = QLabel(
            self.tr("The screen is locked. Enter the password of %1 to continue.").replace("%1", username)
        )
        title.setWordWrap(True)
        self.password = QLineEdit(objectName="lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel(objectName="lockMessage")
        button = QPushButton(self.tr("Unlock"), objectName="unlockButton")
        button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for w in (title, self.password, self.message, button):
            layout.addWidget(w)
        self.unlocked = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.unlocked:
            event.accept()
        else:
            event.ignore()  # closing the lock screen does not unlock

    def try_unlock(self) -> None:
        text = self.password.text()
        self.password.clear()
        try:
            self._unlock(text)
        except KnownError as exc:
            self.message.setText(errors.message(exc))
            return
        self.unlocked = True
        self.close()


class IdleLock(QObject):
    """Lock the application after ``minutes`` without input.

    Args:
        username: shown on the lock screen.
        unlock: called with the typed password; raises :class:`KnownError` to refuse.
        minutes: idle limit (settings: ``idle_lock_minutes``, default 10).
        clock: seconds, monotonic (tests pass a fake one).
        on_lock: called when the lock engages (e.g. :func:`accounts.lock_screen`, which audits
            and ends sealed-case access).

    Signals:
        locked(): the windows were hidden.
        unlocked(): the password was accepted and the windows are back.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        username: str,
        unlock: Callable[[str], object],
        *,
        minutes: float = 10,
        clock: Callable[[], float] = time.monotonic,
        on_lock: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._username, self._unlock_fn, self._clock, self._on_lock = username, unlock, clock, on_lock
        self.limit = minutes * 60
        self.last_input = clock()
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)

    def install(self) -> None:
        """Start watching input on the whole application."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.last_input = self._clock()
        self.timer.start()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS and not self.is_locked:
            self.last_input = self._clock()
        return False

    def check(self) -> None:
        """Lock if the idle limit has passed (the timer calls this)."""
        if not self.is_locked and self._clock() - self.last_input >= self.limit:
            self.lock()

    def lock(self) -> None:
        """Hide every visible window and show the lock screen."""
        if self.is_locked:
            return
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for w in self._hidden:
            w.hide()
        self.screen = LockScreen(self._username, self._try_unlock)
        self.screen.show()
        if self._on_lock is not None:
            self._on_lock()
        self.locked.emit()

    def _try_unlock(self, password: str) -> None:
        self._unlock_fn(password)  # raises KnownError to refuse
        for w in self._hidden:
            w.show()
        self._hidden = []
        self.screen = None
        self.last_input = self._clock()
        self.unlocked.emit()
