"""Screenshot of the administrator's directory (Settings → 名册): members and organisations, in Chinese.

Run offscreen (the font is chosen like the app does: Noto Sans CJK SC when installed)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_admin_directory.py [OUT.png]

Writes ``admin-directory-zh.png`` next to this script unless a path is given.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
OUT = Path(__file__).resolve().parent / "admin-directory-zh.png"

from take_security import demo_app, settle  # noqa: E402


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    app, home, db, org = demo_app(40)
    from PySide6.QtWidgets import QScrollArea, QWidget

    from mediation_desk.app import build_window
    from mediation_desk.domain.enums import CommitteeRole, OrgKind
    from mediation_desk.services import directory
    from mediation_desk.services.base import SYSTEM, Actor
    from mediation_desk.services.directory import MemberInput, OrganisationInput
    from mediation_desk.ui import i18n
    from mediation_desk.ui.context import AppContext
    from mediation_desk.ui.main_window import PAGE_SETTINGS

    court = directory.add_organisation(
        db,
        SYSTEM,
        OrganisationInput(
            name="北京市朝阳区人民法院望京法庭",
            kind=OrgKind.COURT,
            org_code="京朝法",
            uscc="11110105000013003T",
            address="北京市朝阳区西坝河南里",
            phone="010-6512 3456",
        ),
    ).id
    social = directory.add_organisation(
        db,
        SYSTEM,
        OrganisationInput(name="朝阳区阳光社会工作服务中心", kind=OrgKind.SOCIAL_WORK, phone="010-8599 2211"),
    ).id
    directory.add_member(
        db,
        SYSTEM,
        MemberInput(
            name="欧阳明",
            role=CommitteeRole.JUDGE,
            organisation_id=court,
            phone="138 1234 5678",
            title="民事审判庭副庭长",
        ),
    )
    directory.add_member(
        db,
        SYSTEM,
        MemberInput(
            name="司马晓雯", role=CommitteeRole.SOCIAL_WORKER, organisation_id=social, phone="139 1111 2222"
        ),
    )
    gone = directory.add_member(
        db,
        SYSTEM,
        MemberInput(name="钱立新", role=CommitteeRole.INVITED, phone="137 0000 3333", title="退休教师"),
    ).id
    directory.deactivate_member(db, SYSTEM, gone)
    admin = Actor(user_id=None, username="admin", role="admin", workstation="调解室-1", organisation_id=org)

    i18n.install(app, "zh_CN")
    ctx = AppContext(db=db, actor=admin, organisation_id=org)
    window = build_window(ctx)
    window.resize(1366, 768)
    window.show()
    window.show_page(PAGE_SETTINGS)
    settle(app, ctx, 0.3)
    admin_page = window.findChild(QWidget, "adminSettingsPage")
    section = window.findChild(QWidget, "adminDirectory")
    admin_page.tabs.setCurrentWidget(section)
    settle(app, ctx, 0.6)
    section.select_member(gone)
    scroll = window.findChild(QScrollArea)
    if scroll is not None:  # bring the administrator's tabs into view, as a user scrolls there
        scroll.ensureWidgetVisible(admin_page, 0, 0)
    settle(app, ctx, 0.3)
    window.grab().save(str(out))
    window.close()
    settle(app, ctx)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
