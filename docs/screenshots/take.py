"""Screenshots of every main screen, in Chinese and English, from the real window.

Run under Xvfb at 1366×768::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take.py

A fresh demo database is created in a temporary directory (demo.generator.generate);
PNG files are written next to this script.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def wait(app: object, ctx: object, seconds: float = 0.4) -> None:
    """Let background tasks finish and the screen settle."""
    end = time.monotonic() + 30
    while ctx.tasks.busy and time.monotonic() < end:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--lang", action="append", choices=["zh_CN", "en"])
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="md-shots-"))
    os.environ["MEDIATION_DESK_HOME"] = str(home)

    from datetime import date

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mediation_desk.app import build_window, choose_font
    from mediation_desk.demo.generator import generate
    from mediation_desk.domain.idcard import make_resident_id
    from mediation_desk.services.base import Actor
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from mediation_desk.ui import i18n, preferences
    from mediation_desk.ui.context import AppContext
    from mediation_desk.ui.dialogs.intake import IntakeDialog

    app = QApplication(sys.argv[:1])
    preferences.use(preferences.Preferences(QSettings(str(home / "prefs.ini"), QSettings.Format.IniFormat)))
    family = choose_font(app)
    print("font:", family)
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}")
    org = initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    generate(db, cases=args.cases)
    # The director sees every case of the organisation (a mediator only the cases they work).
    actor = Actor(user_id=None, username="李主任", role="director", organisation_id=org)
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["zh_CN", "en"]:
        i18n.install(app, lang)
        ctx = AppContext(db=db, actor=actor, organisation_id=org)
        window = build_window(ctx)
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        wait(app, ctx)

        def shot(name: str, widget: object = window, lang: str = lang) -> None:
            path = args.out / f"{lang}-{name}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print("saved", path)

        for index, name in enumerate(("dashboard", "cases", "people", "statistics", "settings")):
            window.show_page(index)
            wait(app, ctx, 1.0 if name == "statistics" else 0.4)
            shot(name)
        window.show_page(1)
        window.cases.search.setText("王")
        wait(app, ctx, 0.5)
        shot("cases-search")
        window.cases.search.clear()
        wait(app, ctx)
        window.show_page(2)
        window.people.tabs.setCurrentIndex(1)
        wait(app, ctx)
        window.people.party_view.selectRow(0)
        wait(app, ctx)
        shot("people-parties")
        window.show_page(1)
        wait(app, ctx)
        window.open_case(window.cases.model.case_id(0))
        wait(app, ctx, 1.0)
        shot("case-workspace")
        dialog = IntakeDialog(ctx, window)
        dialog.show()
        wait(app, ctx)
        shot("intake-case", dialog)
        dialog.tabs.setCurrentIndex(1)
        dialog.editor.name.setText("张小明")
        dialog.editor.id_number.setText(make_resident_id("110105", date(2015, 5, 1), 3))
        wait(app, ctx)
        shot("intake-parties", dialog)
        dialog.close()
        window.close()
        window.deleteLater()
        wait(app, ctx)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
