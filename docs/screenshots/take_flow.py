"""Screenshots of issue 16's screens (deadlines, 48-hour clock, sessions, follow-ups, closing,
dashboard), Chinese and English, at 1366×768; prints the dashboard's counts beside the sign-in
notice's on the same demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_flow.py [--cases 400]

A fresh demo database is made in a temporary directory; PNGs go next to this script
(``flow_<screen>_<zh|en>.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def settle(app: object, ctx: object, seconds: float = 0.4) -> None:
    end = time.monotonic() + 60
    while ctx.tasks.busy and time.monotonic() < end:  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _running_clocks(db: object, actor: object, org: int) -> None:
    """Two 48-hour clocks running now (the demo's are long finished): 8 h and 3 h left."""
    from mediation_desk.domain.enums import Procedure
    from mediation_desk.services import cases
    from mediation_desk.services.inputs import MatterInput
    from mediation_desk.store.types import utcnow
    from tests.helpers.factories import new_case, person

    now = utcnow()
    stories = ((40, "刘洋盗窃电动车赔偿纠纷"), (45, "周磊与孙芳故意损毁财物赔偿纠纷"))
    for n, (hours, title) in enumerate(stories):
        matter = MatterInput(
            police_case_no=f"京公朝刑字〔2026〕11{n:02d}号",
            charge="盗窃",
            procedure=Procedure.FAST_TRACK_48H,
            summoned_at=now - timedelta(hours=hours),
        )
        cases.register_case(
            db,
            actor,
            new_case(
                org,
                title=title,
                received_at=now - timedelta(hours=hours + 1),
                matter=matter,
                applicant=person("陈静", seq=51 + 2 * n, phone="13800005555"),
                respondent=person("刘洋", seq=52 + 2 * n, phone="13900006666"),
            ),
        )


def main() -> int:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1)  # kill -USR1 <pid>: where is it stuck?
    faulthandler.dump_traceback_later(600, exit=True)
    home = Path(tempfile.mkdtemp(prefix="md-flow-"))
    os.environ["MEDIATION_DESK_HOME"] = str(home)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from mediation_desk.app import build_window, choose_font
    from mediation_desk.demo.generator import generate
    from mediation_desk.services import cases as case_service
    from mediation_desk.services.base import Actor
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import Case, MediationSession
    from mediation_desk.ui import i18n, preferences
    from mediation_desk.ui.context import AppContext
    from mediation_desk.ui.overdue_notice import load_overdue

    app = QApplication(sys.argv[:1])
    preferences.use(preferences.Preferences(QSettings(str(home / "prefs.ini"), QSettings.Format.IniFormat)))
    print("font:", choose_font(app))
    db = open_database(f"sqlite:///{home / 'demo.sqlite3'}")
    org = initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    generate(db, cases=args.cases)
    actor = Actor(user_id=None, username="李主任", role="director", organisation_id=org)
    _running_clocks(db, actor, org)
    plain = (Case.sealed.is_(False), Case.juvenile.is_(False), Case.organisation_id == org)  # readable
    with read_session(db.engine) as s:
        fast = (
            s.execute(
                select(Case.id)
                .where(Case.fast_track_due_at.is_not(None), *plain)
                .order_by(Case.fast_track_due_at)
            )
            .scalars()
            .first()
        )

        def first(status: str) -> int | None:
            stmt = select(Case.id).where(Case.status == status, *plain).order_by(Case.id)
            return s.execute(stmt).scalars().first()

        performing, mediating = first("performing"), first("in_mediation")
        withdrawn = (
            s.execute(
                select(Case.id)
                .join(MediationSession, MediationSession.case_id == Case.id)
                .where(
                    Case.status.in_(["in_mediation", "accepted"]),
                    *plain,
                    MediationSession.recorded_at.is_(None),
                )
                .order_by(Case.id)
            )
            .scalars()
            .first()
        )
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in ("zh_CN", "en"):
        suffix = "zh" if lang == "zh_CN" else "en"
        i18n.install(app, lang)
        ctx = AppContext(db=db, actor=actor, organisation_id=org)
        window = build_window(ctx)
        window.resize(1366, 768)
        window.show()
        settle(app, ctx, 1.0)

        def shot(name: str, widget: object = window, suffix: str = suffix) -> None:
            path = args.out / f"flow_{name}_{suffix}.png"
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print("saved", path.name)

        dash = window.dashboard
        window.show_page(0)
        settle(app, ctx, 0.8)
        if lang == "zh_CN":
            notice = load_overdue(ctx)
            print("counts — sign-in notice: overdue", notice.total, "(listed", len(notice.rows), ")")
            titles = {k: (sec.total, sec.model.rowCount()) for k, sec in dash.sections.items()}
            print("counts — dashboard titles (total, listed):", titles)
        shot("dashboard")
        dialog = dash.show_all("overdue")
        settle(app, ctx, 1.0)
        shot("dashboard_show_all", dialog)
        dialog.close()
        window.show_page(1)
        settle(app, ctx, 0.6)
        if fast is not None:
            with read_session(db.engine) as s:
                number = s.get(Case, fast).number
            window.cases.search.setText(number[-6:-1])
            settle(app, ctx, 0.8)
        shot("case_list_clock")
        window.cases.search.clear()
        if fast is not None:
            window.open_case(fast)
            settle(app, ctx, 1.0)
            ws = window.tabs.currentWidget()
            shot("fast_track_overview")
            ws.show_tab(ws.track)
            settle(app, ctx, 0.6)
            shot("fast_track_clock")
            clock = ws.track.fast_track
            step = next((s for s, b in clock.buttons.items() if b.isEnabled()), None)
            if step is not None:
                from mediation_desk.domain.enums import MatterStage

                step_dialog = clock.record(MatterStage(step))
                settle(app, ctx, 0.3)
                shot("fast_track_step_dialog", step_dialog)
                step_dialog.reject()
        if mediating is not None:
            window.open_case(mediating)
            settle(app, ctx, 1.0)
            ws = window.tabs.currentWidget()
            ws.show_tab(ws.sessions)
            sched = ws.sessions.open_schedule()
            settle(app, ctx, 0.3)
            shot("session_schedule_dialog", sched)
            sched.reject()
        if performing is not None:
            window.open_case(performing)
            settle(app, ctx, 1.0)
            ws = window.tabs.currentWidget()
            ws.show_tab(ws.follow_ups)
            follow = ws.follow_ups.open_follow_up()
            settle(app, ctx, 0.3)
            shot("follow_up_dialog", follow)
            follow.reject()
            ws.show_tab(ws.payments)
            settle(app, ctx, 0.3)
            pay = ws.payments.open_payment()
            if pay is not None:
                settle(app, ctx, 0.3)
                shot("payment_dialog", pay)
                pay.reject()
        if withdrawn is not None:
            if lang == "zh_CN":
                case_service.change_status(
                    db,
                    actor,
                    withdrawn,
                    __import__("mediation_desk.domain.enums", fromlist=["CaseStatus"]).CaseStatus.WITHDRAWN,
                    reason="申请人撤回调解申请",
                )
            window.open_case(withdrawn)
            settle(app, ctx, 1.0)
            ws = window.tabs.currentWidget()
            ws.reload()
            settle(app, ctx, 0.8)
            ws.overview.change_status(
                __import__("mediation_desk.domain.enums", fromlist=["CaseStatus"]).CaseStatus.CLOSED
            )
            settle(app, ctx, 0.8)
            if ws.close_dialog is not None:
                shot("close_dialog", ws.close_dialog)
                ws.close_dialog.reject()
        window.close()
        window.deleteLater()
        settle(app, ctx)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
