"""Screenshots of the committee directory: the People page with its member buttons, the member
dialog and the organisations list, zh and en.

Run offscreen (the font is chosen like the app does: Noto Sans CJK SC when installed)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_people_members.py

Writes ``people_members_{page,dialog,organisations}_{zh,en}.png`` next to this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
OUT = Path(__file__).resolve().parent

from take_security import demo_app, settle  # noqa: E402


def main() -> int:
    app, home, db, _ = demo_app(80)
    from mediation_desk.app import build_window
    from mediation_desk.demo.users import DEMO_PASSWORD, create_demo_users
    from mediation_desk.domain.enums import CommitteeRole, OrgKind
    from mediation_desk.services import accounts, directory
    from mediation_desk.services.base import SYSTEM
    from mediation_desk.services.directory import MemberInput, OrganisationInput
    from mediation_desk.ui import i18n
    from mediation_desk.ui.main_window import PAGE_PEOPLE

    create_demo_users(db)
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
    judge = directory.add_member(
        db,
        SYSTEM,
        MemberInput(
            name="欧阳明",
            role=CommitteeRole.JUDGE,
            organisation_id=court,
            phone="138 1234 5678",
            id_number="110105198503140013",
            title="民事审判庭副庭长",
        ),
    ).id
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
    director = accounts.login(db, "director", DEMO_PASSWORD, workstation="调解室-1")

    from mediation_desk.ui.context import AppContext

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(app, lang)
        ctx = AppContext(db=db, actor=director, organisation_id=1)
        window = build_window(ctx)
        window.resize(1366, 768)
        window.show()
        window.show_page(PAGE_PEOPLE)
        settle(app, ctx, 0.6)
        page = window.people  # type: ignore[attr-defined]
        rows = page.members._rows
        page.member_view.selectRow(next(i for i, r in enumerate(rows) if r.person_id == gone))
        settle(app)
        window.grab().save(str(OUT / f"people_members_page_{suffix}.png"))

        dialog = page.open_member_editor(judge)
        dialog.phone.setText("138 1234 567")
        dialog.phone.editingFinished.emit()
        dialog.adjustSize()
        settle(app)
        dialog.grab().save(str(OUT / f"people_members_dialog_{suffix}.png"))
        dialog.reject()

        orgs = page.open_organisations()
        settle(app)
        orgs.grab().save(str(OUT / f"people_members_organisations_{suffix}.png"))
        orgs.reject()
        window.close()
        settle(app, ctx)
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
