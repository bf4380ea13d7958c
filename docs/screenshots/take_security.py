"""Screenshots of the data-safety screens (login, lock screen, backup, users, audit viewer), zh and en.

Run offscreen (the font is chosen like the app does: Noto Sans CJK SC when installed)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_security.py

A demo database with demo accounts is created in a temporary directory; PNG files
``security_*_{zh,en}.png`` are written next to this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent


def settle(app: object, ctx: object = None, seconds: float = 0.4) -> None:
    end = time.monotonic() + 30
    while ctx is not None and ctx.tasks.busy and time.monotonic() < end:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def demo_app(cases: int) -> tuple[object, Path, object, int]:
    """A QApplication (fonts as the app chooses them, preferences in a temporary home) and a demo
    database of ``cases`` cases in that home; returns ``(app, home, db, organisation id)``."""
    home = Path(tempfile.mkdtemp(prefix="md-shots-"))
    os.environ["MEDIATION_DESK_HOME"] = str(home)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mediation_desk.app import choose_font
    from mediation_desk.demo.generator import generate
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from mediation_desk.ui import preferences

    app = QApplication(sys.argv[:1])
    preferences.use(preferences.Preferences(QSettings(str(home / "p.ini"), QSettings.Format.IniFormat)))
    choose_font(app)
    db = open_database(f"sqlite:///{home / 'desk.sqlite3'}")
    org = initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    generate(db, cases=cases)
    return app, home, db, org


def main() -> int:
    app, home, db, _ = demo_app(120)
    from mediation_desk.app import build_window
    from mediation_desk.demo import DEMO
    from mediation_desk.demo.users import DEMO_PASSWORD, create_demo_users
    from mediation_desk.services import accounts
    from mediation_desk.store import backup
    from mediation_desk.ui import i18n
    from mediation_desk.ui.auth import LockScreen, LoginDialog
    from mediation_desk.ui.context import AppContext
    from mediation_desk.ui.dialogs.backup import BackupDialog
    from mediation_desk.ui.dialogs.users import UsersDialog
    from mediation_desk.ui.startup import demo_hint

    create_demo_users(db)
    accounts.create_first_admin(db, username="admin", display_name="系统管理员", password="admin-pass-1")
    admin = accounts.login(db, "admin", "admin-pass-1", workstation="调解室-1")
    for _ in range(2):
        try:
            accounts.login(db, "mediator1", "wrong-password", workstation="调解室-2")
        except Exception:  # noqa: BLE001 - the audited failures are the point
            pass
    accounts.login(db, "mediator1", DEMO_PASSWORD, workstation="调解室-2")
    auditor = accounts.login(db, "auditor", DEMO_PASSWORD, workstation="调解室-1")
    backup.ensure_installation_id(db.engine)
    assert db.path is not None
    backup.create_backup(db.path, kind="exit")
    backup.create_backup(db.path, kind="manual")

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(app, lang)
        login = LoginDialog(db)
        login.username.setText("mediator1")
        login.message.setText(demo_hint(db, DEMO))
        login.resize(520, login.sizeHint().height())
        login.show()
        settle(app)
        login.grab().save(str(OUT / f"security_login_{suffix}.png"))
        login.close()

        lock = LockScreen("mediator1", lambda _p: None)
        lock.message.setText("")
        lock.resize(460, lock.sizeHint().height())
        lock.show()
        settle(app)
        lock.grab().save(str(OUT / f"security_lock_{suffix}.png"))
        lock.unlocked = True
        lock.close()

        ctx = AppContext(db=db, actor=admin, organisation_id=1)
        dialog = BackupDialog(ctx)
        dialog.resize(760, 440)
        dialog.show()
        settle(app, ctx)
        dialog.table.selectRow(0)
        settle(app)
        dialog.grab().save(str(OUT / f"security_backup_{suffix}.png"))
        dialog.close()

        users = UsersDialog(ctx)
        users.resize(760, 420)
        users.show()
        users.table.selectRow(1)
        settle(app)
        users.grab().save(str(OUT / f"security_users_{suffix}.png"))
        users.close()

        actx = AppContext(db=db, actor=auditor, organisation_id=1)
        window = build_window(actx)
        window.resize(1366, 768)
        window.show()
        assert window.audit is not None
        window.show_page(window.stack.indexOf(window.audit))
        settle(app, actx, 0.5)
        window.audit.verify()  # type: ignore[attr-defined]
        settle(app, actx, 1.0)
        window.grab().save(str(OUT / f"security_audit_{suffix}.png"))
        window.close()
        settle(app, actx)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
