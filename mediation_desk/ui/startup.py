"""Start-up and shut-down safety for the desktop app: checks, restore offer, sign-in, backups.

The composition root (:mod:`mediation_desk.app`) calls, in order:

1. :func:`check_storage` before opening the database — refuses a network share or a newer
   version (clear dialog, exit code 2); on corruption the damaged file is already kept aside and
   the newest verified backup is offered (:func:`storage_plan` decides, the dialog asks). The
   whole file is read only when it changed since it was last known good; otherwise
   :func:`.storage_check.watch_storage` checks it in the background once the window shows,
   and damage found then leads to the same restore offer (``check_storage(found=...)``).
2. :func:`sign_in_user` after opening — the first start creates the administrator; on a demo
   database the login dialog names the demo accounts.
3. :func:`install_safety` once the window is up — idle lock (setting ``idle_lock_minutes``),
   hourly automatic backups in the task runner, the restored-data confirmation.
4. :func:`shutdown` on exit — backup of any change (``kind="exit"``) and sign-out; after the
   database is closed, :func:`.storage_check.record_clean_exit` records the file as known good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..domain.errors import KnownError, StorageError
from ..services import accounts, maintenance
from ..services.base import Actor, Database
from . import errors
from . import storage_check as watch
from .formatting import fmt_datetime

log = logging.getLogger(__name__)

IDLE_KEY = "idle_lock_minutes"
IDLE_DEFAULT = 10
BACKUP_INTERVAL_MS = 60 * 60 * 1000  # the automatic rule itself waits for 24 h and a change


# ---- 1. before opening -----------------------------------------------------------------------
def storage_plan(report: Any) -> str:
    """What to do after :func:`store.health.startup_check`: ``open``, ``restore`` or ``no_backup``."""
    if report.status != "corrupt":
        return "open"
    return "restore" if report.newest_backup is not None else "no_backup"


def _ask(parent: QWidget | None, title: str, text: str, *, question: bool = True) -> bool:
    buttons = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if question
        else QMessageBox.StandardButton.Ok
    )
    icon = QMessageBox.Icon.Question if question else QMessageBox.Icon.Critical
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("startupDialog")
    return box.exec() == QMessageBox.StandardButton.Yes


def check_storage(url: str, parent: QWidget | None = None, *, found: Any = None) -> tuple[int | None, bool]:
    """Run the start-up checks; returns (exit code or None to go on, whether a backup was restored).

    Args:
        found: The report of damage the background check found in the running app: the
            damaged file is moved aside and the same restore offer as at start follows.
    """
    storage = watch.reset()
    try:
        if found is None:
            report = maintenance.startup_check(url)
        else:
            report = maintenance.quarantine_report(found, url)
    except StorageError as exc:
        errors.show_known_error(parent, exc)
        return 2, False
    plan = storage_plan(report)
    if plan == "open":
        storage.verified = report.full_check or report.status == "new"
        return None, False
    title = QCoreApplication.translate("Startup", "The database is damaged")
    kept = QCoreApplication.translate("Startup", "The damaged file was kept unchanged at:\n%1").replace(
        "%1", str(report.moved_to or "")
    )
    if plan == "no_backup":
        text = QCoreApplication.translate(
            "Startup", "Mediation Desk found damage in its database and no verified backup to restore."
        )
        contact = QCoreApplication.translate("Startup", "Please contact your administrator.")
        _ask(parent, title, f"{text}\n\n{kept}\n\n{contact}", question=False)
        return 3, False
    newest = report.newest_backup
    assert newest is not None
    when = fmt_datetime(maintenance.backup_created_at(newest))
    text = QCoreApplication.translate(
        "Startup", "Mediation Desk found damage in its database. Restore the newest verified backup (%1)?"
    )
    if not _ask(parent, title, f"{text.replace('%1', when)}\n\n{kept}"):
        return 3, False
    try:
        maintenance.restore_at_start(Path(newest), url)
    except KnownError as exc:
        errors.show_known_error(parent, exc)
        return 3, False
    log.warning("database restored from %s after corruption (damaged copy at %s)", newest, report.moved_to)
    storage.verified = True  # a verified backup (integrity_check when it was verified)
    return None, True


# ---- 2. sign-in -----------------------------------------------------------------------------
class Demo(Protocol):
    """The demo tool, as the entry point hands it to start-up (:class:`mediation_desk.demo.DemoKit`)."""

    @property
    def accounts(self) -> tuple[str, ...]: ...

    @property
    def password(self) -> str: ...

    def counts(self, db: Database) -> tuple[int, int]: ...

    def fill(self, db: Database, cases: int, progress: Callable[[int, int], None]) -> None: ...


def demo_hint(db: Database, demo: Demo | None) -> str:
    """The demo accounts line for the login dialog (empty for a database without demo data)."""
    if demo is None or demo.counts(db)[1] == 0:
        return ""
    return (
        QCoreApplication.translate("Startup", "Demo database — accounts %1, password %2")
        .replace("%1", ", ".join(demo.accounts))
        .replace("%2", demo.password)
    )


def sign_in_user(db: Database, parent: QWidget | None = None, demo: Demo | None = None) -> Actor | None:
    """First start → create the administrator; then the login dialog. None if cancelled."""
    from .auth import LoginDialog, first_admin

    name = first_admin(db, parent)  # the new administrator's user name, prefilled below
    if name is None:
        return None
    dialog = LoginDialog(db, parent, username=name)
    dialog.message.setText(demo_hint(db, demo))
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def generate_demo(db: Database, cases: int, demo: Demo, parent: QWidget | None = None) -> None:
    """First-start demo offer: generate cases and the demo accounts (modal progress, before sign-in)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from .tasks import TaskRunner

    if cases <= 0:
        return
    dialog = QProgressDialog(
        QCoreApplication.translate("Startup", "Creating demo cases…"), "", 0, cases, parent
    )
    dialog.setCancelButton(None)
    dialog.setWindowTitle(QCoreApplication.translate("Startup", "Demo data"))
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    runner = TaskRunner()
    failure: list[BaseException] = []

    def work(progress: Any) -> None:
        demo.fill(db, cases, lambda done, total, *_: progress(done, total))

    def failed(exc: BaseException) -> None:
        failure.append(exc)
        loop.quit()

    def progressed(done: int, total: int, _text: str = "") -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    runner.run(work, on_success=lambda _r: loop.quit(), on_error=failed, progress=progressed)
    dialog.show()
    loop.exec()
    dialog.close()
    if failure:
        errors.show_error(parent, failure[0])


# ---- 3. while running -----------------------------------------------------------------------
@dataclass
class Safety:
    """What :func:`install_safety` set up (kept alive by the caller)."""

    idle: Any
    timer: QTimer | None
    sign_out: bool = False


#: The running session's safety handles (the window's "Lock now" / "Sign out" actions use it).
current: Safety | None = None


def idle_minutes(db: Database) -> float:
    """The idle-lock limit from the settings (``idle_lock_minutes``, default 10)."""
    value = maintenance.setting(db, IDLE_KEY, IDLE_DEFAULT)
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        return IDLE_DEFAULT
    return minutes if minutes > 0 else IDLE_DEFAULT


def db_file(db: Database) -> Path | None:
    """The SQLite file of ``db`` (None in server mode: backups are made on the server)."""
    return maintenance.db_file(db)


def automatic_backup_task(ctx: Any, kind: str = "daily", max_age_hours: float = 24.0) -> None:
    """Queue the automatic backup rule in the task runner (SQLite only)."""
    path = db_file(ctx.db)
    if path is None:
        return
    db = ctx.db
    ctx.tasks.run(
        lambda: maintenance.automatic_backup(db, path, kind=kind, max_age_hours=max_age_hours),
        on_success=lambda info: log.info("automatic backup: %s", getattr(info, "path", "not due")),
        on_error=lambda exc: log.warning("automatic backup failed: %s", exc),
    )


def install_safety(ctx: Any, window: QWidget, *, restored: bool = False) -> Safety:
    """Idle lock and hourly backups; asks to confirm restored data (then backups resume)."""
    from .auth import IdleLock

    db, actor = ctx.db, ctx.actor
    idle = IdleLock(
        actor.username,
        lambda password: accounts.unlock_screen(db, actor, password),
        minutes=idle_minutes(db),
        on_lock=lambda: accounts.lock_screen(db, actor),
        parent=QCoreApplication.instance(),  # outlives a window rebuilt for another language
    )
    idle.install()
    timer: QTimer | None = None
    if db_file(db) is not None:
        timer = QTimer(QCoreApplication.instance())
        timer.setInterval(BACKUP_INTERVAL_MS)
        timer.timeout.connect(lambda: automatic_backup_task(ctx))
        timer.start()
        ask_confirm_restore(window, restored=restored)
    global current
    current = Safety(idle, timer)
    return current


def ask_confirm_restore(parent: QWidget | None, *, restored: bool = False) -> bool:
    """While automatic backups are paused after a restore: ask whether the data is right."""
    if not (restored or maintenance.automatic_paused()):
        return False
    text = QCoreApplication.translate(
        "Startup",
        "The data was restored from a backup. Automatic backups are paused until you confirm "
        "that the restored data is right. Check the latest cases, then confirm.\n\n"
        "Is the restored data right?",
    )
    if _ask(parent, QCoreApplication.translate("Startup", "Restored data"), text):
        maintenance.confirm_restore()
        return True
    return False


# ---- 4. on exit -----------------------------------------------------------------------------
def shutdown(ctx: Any) -> None:
    """Back up any change since the last backup, then sign out (both audited/logged, never fatal).

    Not after the background check found damage: nothing more is written, a backup of a
    damaged file is useless.
    """
    ctx.tasks.wait()
    storage = watch.state
    if storage.check is not None:
        storage.check.stop()  # interrupted: this session is then not verified
    if storage.damage is not None:
        if current is not None and current.timer is not None:
            current.timer.stop()
        return
    path = db_file(ctx.db)
    if path is not None:
        try:
            maintenance.automatic_backup(ctx.db, path, kind="exit", max_age_hours=0)
        except KnownError as exc:
            log.warning("exit backup failed: %s", exc)
    if current is not None and current.timer is not None:
        current.timer.stop()
    if ctx.actor.user_id is not None:
        try:
            accounts.logout(ctx.db, ctx.actor)
        except KnownError as exc:
            log.warning("sign-out failed: %s", exc)


def lock_now() -> None:
    """Lock the screen at once (the "Lock now" action)."""
    if current is not None:
        current.idle.lock()


def sign_out() -> None:
    """End the session: close every window; the app then shows the login dialog again."""
    from PySide6.QtWidgets import QApplication

    if current is None:
        return
    current.sign_out = True
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()


__all__ = [
    "Safety",
    "ask_confirm_restore",
    "check_storage",
    "demo_hint",
    "generate_demo",
    "idle_minutes",
    "install_safety",
    "shutdown",
    "sign_in_user",
    "storage_plan",
]
