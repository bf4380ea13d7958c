"""Search by name (1–2 characters too), case no., ID and phone fragments, free text."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from mediation_desk.domain.uscc import make_uscc
from mediation_desk.services import cases
from mediation_desk.services.inputs import PersonInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from mediation_desk.store.search import match_condition
from tests.helpers.factories import MEDIATOR, new_case, person


def _found(db, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        cond = match_condition(s, query)
        assert cond is not None
        return set(s.execute(select(Case.title).where(cond)).scalars())


def _seed(db) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        org = s.execute(text("SELECT id FROM organisation")).scalar_one()
    cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            title="自行车损坏",
            applicant=person("王伟", seq=1, phone="13911112222"),
            respondent=person("李娜", seq=2, birth=date(1992, 1, 5), phone="13833334444"),
        ),
    )
    cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            title="楼上噪声扰民",
            applicant=person("王芳芳", seq=3, phone="13755556666"),
            respondent=person("欧阳修", seq=4, birth=date(1970, 6, 6), phone="13677778888"),
            facts="夜间装修噪声影响休息",
        ),
    )
    cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            title="物业费纠纷",
            applicant=PersonInput(
                name="北京阳光物业管理有限公司",
                kind="organisation",  # type: ignore[arg-type]
                uscc=make_uscc("91110105MA01ABCD1"),
                id_type=None,
            ),
            respondent=person("张三", seq=5, phone="13599990000"),
        ),
    )


def test_search_kinds(db) -> None:  # type: ignore[no-untyped-def]
    _seed(db)
    assert _found(db, "王") == {"自行车损坏", "楼上噪声扰民"}  # one-character surname
    assert _found(db, "王伟") == {"自行车损坏"}  # two-character name
    assert _found(db, "欧阳") == {"楼上噪声扰民"}  # compound surname
    assert _found(db, "噪声") == {"楼上噪声扰民"}  # two characters of the title
    assert _found(db, "装修噪声") == {"楼上噪声扰民"}  # free text in the facts
    assert _found(db, "第0002号") == {"楼上噪声扰民"}  # case number fragment
    assert _found(db, "3333444") == {"自行车损坏"}  # phone fragment
    assert _found(db, "19920105") == {"自行车损坏"}  # ID-number fragment
    assert _found(db, "阳光物业") == {"物业费纠纷"}  # organisation party
    assert _found(db, "赵") == set()
    assert _found(db, "ＷＡＮＧ") == set()  # full-width folded, no crash
