"""``case.chief_mediator_name`` (the case list's sort by chief mediator) stays equal to the person's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import aliased

from mediation_desk.demo.generator import generate
from mediation_desk.domain.enums import CommitteeRole, Stage
from mediation_desk.services import cases, committee, directory
from mediation_desk.services.base import Actor
from mediation_desk.services.directory import MemberInput
from mediation_desk.services.ledger import COLUMNS
from mediation_desk.services.ledger_import import import_ledger
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from mediation_desk.store.queries.case_list import CaseFilters, page_cases
from tests.helpers.factories import MEDIATOR, new_case

DIRECTOR = Actor(user_id=None, username="zhang", role="director", workstation="ws-test", organisation_id=1)


def _names(db) -> dict[int, str | None]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return dict(s.execute(select(Case.id, Case.chief_mediator_name)).all())  # type: ignore[arg-type]


def _out_of_sync(db) -> list[tuple[int, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """Cases whose copy differs from the chief mediator's name (none when in sync)."""
    from mediation_desk.store.models import Person

    chief = aliased(Person)
    with read_session(db.engine) as s:
        rows = s.execute(
            select(Case.id, Case.chief_mediator_name, chief.name).outerjoin(
                chief, chief.id == Case.chief_mediator_id
            )
        ).all()
    return [(i, copy, name) for i, copy, name in rows if copy != name]


def _member(db, name: str) -> int:  # type: ignore[no-untyped-def]
    return directory.add_member(db, DIRECTOR, MemberInput(name=name, role=CommitteeRole.MEDIATOR)).id


def test_name_follows_register_update_assign_rename_and_release(db) -> None:  # type: ignore[no-untyped-def]
    wang, li = _member(db, "王调解"), _member(db, "李调解")
    first = cases.register_case(db, MEDIATOR, new_case(1, chief_mediator_id=wang)).case_id
    second = cases.register_case(db, MEDIATOR, new_case(1, title="另一起纠纷")).case_id
    assert _names(db) == {first: "王调解", second: None}

    cases.update_case(db, MEDIATOR, first, {"chief_mediator_id": li})
    assert _names(db)[first] == "李调解"
    cases.update_case(db, MEDIATOR, first, {"chief_mediator_id": None})
    assert _names(db)[first] is None

    m1 = committee.assign_member(
        db,
        MEDIATOR,
        first,
        wang,
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION],
        from_date=date(2026, 3, 2),
        chief=True,
    ).membership_id
    committee.assign_member(
        db,
        MEDIATOR,
        second,
        wang,
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION],
        from_date=date(2026, 3, 2),
        chief=True,
    )
    assert _names(db) == {first: "王调解", second: "王调解"}

    directory.update_member(db, DIRECTOR, wang, MemberInput(name="王新名", role=CommitteeRole.MEDIATOR))
    assert _names(db) == {first: "王新名", second: "王新名"}  # every case of the renamed member

    committee.release_member(db, MEDIATOR, m1, on=date(2026, 3, 5))
    assert _names(db) == {first: None, second: "王新名"}
    assert _out_of_sync(db) == []


def test_sort_by_chief_mediator_uses_the_current_names_with_cases_without_one_last(db) -> None:  # type: ignore[no-untyped-def]
    a, b = _member(db, "丁调解"), _member(db, "陈调解")  # code-point order: 丁 < 陈 < 龙
    for title, chief in (("甲纠纷", b), ("乙纠纷", None), ("丙纠纷", a)):
        cases.register_case(db, MEDIATOR, new_case(1, title=title, chief_mediator_id=chief))
    renamed = MemberInput(name="龙调解", role=CommitteeRole.MEDIATOR)
    directory.update_member(db, DIRECTOR, a, renamed)  # now after 陈
    with read_session(db.engine) as s:
        asc = page_cases(session=s, filters=CaseFilters(), sort_column="chief_mediator", descending=False)
        desc = page_cases(session=s, filters=CaseFilters(), sort_column="chief_mediator", descending=True)
    assert [(r.title, r.chief_mediator) for r in asc] == [
        ("甲纠纷", "陈调解"),
        ("丙纠纷", "龙调解"),
        ("乙纠纷", None),
    ]
    assert [r.title for r in desc] == ["丙纠纷", "甲纠纷", "乙纠纷"]


def test_demo_data_carries_the_chief_mediators_names(db) -> None:  # type: ignore[no-untyped-def]
    generate(db, cases=150, seed=5)
    names = _names(db)
    assert sum(n is not None for n in names.values()) > 50  # accepted demo cases have a chief mediator
    assert _out_of_sync(db) == []


def test_ledger_import_fills_the_chief_mediators_name(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(list(COLUMNS))
    ws.append(
        [
            "（2025）京朝调字第0001号",
            date(2025, 5, 6),
            date(2025, 5, 6),
            date(2025, 5, 20),
            "申请人：孙一；被申请人：李二",
            "邻里纠纷",
            "当事人申请",
            "人民调解",
            "王调解",
            "调解成功",
            "（2025）京朝调协字第0001号",
            800,
            800,
            "已履行",
            date(2025, 6, 1),
            "基本满意",
        ]
    )
    wb.save(tmp_path / "ledger.xlsx")
    report = import_ledger(db, DIRECTOR, tmp_path / "ledger.xlsx")
    assert report.ok and len(report.imported) == 1
    assert list(_names(db).values()) == ["王调解"]
    assert _out_of_sync(db) == []
