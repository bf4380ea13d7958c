"""The case ledger in Excel: export (masked, confidential), import (row errors, all or nothing,
no duplicates).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from mediation_desk.domain.enums import CaseStatus, PaymentMethod, Satisfaction, Source, Track
from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.services import agreements, cases, performance
from mediation_desk.services import statistics as st
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.services.inputs import AgreementInput, ObligationInput
from mediation_desk.services.ledger import COLUMNS, export_ledger
from mediation_desk.services.ledger_import import import_ledger
from mediation_desk.services.statistics_export import export_statistics
from mediation_desk.store import audit, search
from mediation_desk.store.database import Database, open_database
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case, CaseParty, Organisation, StatusHistory
from tests.helpers.factories import new_case, person

ADMIN = Actor(user_id=None, username="director1", role="director", workstation="ws-test", organisation_id=1)
CLERK = Actor(user_id=None, username="mediator1", role="mediator", workstation="ws-test", organisation_id=1)
BUILDER = Actor(user_id=None, username="builder", role="system", workstation="ws-test")
T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


@pytest.fixture
def second_db(db: Database, tmp_path: Path) -> Iterator[Database]:
    """A second empty database on the same backend as ``db`` (the import target)."""
    from mediation_desk.services.setup import initialise
    from tests.conftest import _pg_database

    gen = None
    if db.is_sqlite:
        url = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    else:
        gen = _pg_database()
        url = next(gen)
    target = open_database(url)
    initialise(target, org_name="朝阳区人民调解委员会", org_code="京朝")
    yield target
    target.dispose()
    if gen is not None:
        gen.close()


def _org(db: Database) -> int:
    with read_session(db.engine) as s:
        return s.execute(select(Organisation.id)).scalar_one()


def _parties(db: Database, case_id: int) -> tuple[int, int]:
    with read_session(db.engine) as s:
        roles = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()
        }
    return roles["respondent"], roles["applicant"]


def build_ledger_db(db: Database) -> dict[str, int]:
    """Cases through the real services: paid and closed, performing, confidential, failed, withdrawn,
    declined.
    """
    org, out = _org(db), {}

    def register(name: str, seq: int, **kw: object) -> int:
        r = cases.register_case(
            db,
            BUILDER,
            new_case(
                org, applicant=person(f"{name}甲", seq=seq), respondent=person(f"{name}乙", seq=seq + 1), **kw
            ),
        )
        out[name] = r.case_id
        return r.case_id

    def agree(case_id: int, fens: list[int]) -> int:
        cases.accept_case(db, BUILDER, case_id)
        cases.change_status(db, BUILDER, case_id, CaseStatus.IN_MEDIATION)
        payer, payee = _parties(db, case_id)
        ag = agreements.draft_agreement(
            db,
            BUILDER,
            case_id,
            AgreementInput(
                terms="赔偿", obligations=[ObligationInput(payer, payee, f, date(2026, 4, 1)) for f in fens]
            ),
        )
        agreements.mark_printed(db, BUILDER, ag.agreement_id)
        agreements.sign_agreement(db, BUILDER, ag.agreement_id, signatories=["甲", "乙"], signed_at=T0)
        return ag.agreement_id

    a = register("周", 10)
    agree(a, [120_000])
    with read_session(db.engine) as s:
        from mediation_desk.store.models import Obligation

        ob = s.execute(select(Obligation.id).where(Obligation.case_id == a)).scalar_one()
    performance.record_payment(db, BUILDER, ob, amount_fen=120_000, paid_at=T0, method=PaymentMethod.WECHAT)
    cases.change_status(db, BUILDER, a, CaseStatus.CLOSED)
    performance.record_follow_up(
        db, BUILDER, a, done_at=T0 + timedelta(days=3), satisfaction=Satisfaction.SATISFIED
    )
    agree(register("吴", 20, category="noise"), [30_000, 20_000])
    agree(
        register(
            "郑", 30, track=Track.CRIMINAL, confidential_amounts=True, eligibility_override="检察院已审查"
        ),
        [9_876_500],
    )
    f = register("冯", 40)
    cases.accept_case(db, BUILDER, f)
    cases.change_status(db, BUILDER, f, CaseStatus.IN_MEDIATION)
    cases.change_status(db, BUILDER, f, CaseStatus.MEDIATION_FAILED, reason="双方分歧过大")
    cases.change_status(db, BUILDER, f, CaseStatus.CLOSED)
    cases.change_status(
        db,
        BUILDER,
        register("陈", 50, source=Source.HOTLINE_12345),
        CaseStatus.WITHDRAWN,
        reason="申请人撤回",
    )
    cases.decline_case(db, BUILDER, register("褚", 60), "不属于受理范围")
    register("卫", 70)
    return out


def _sheet(path: Path, name: str = "台账") -> list[list[object]]:
    wb = load_workbook(path)
    return [list(r) for r in wb[name].iter_rows(values_only=True)]


def _all_text(path: Path) -> str:
    wb = load_workbook(path)
    return "\n".join(
        str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v is not None
    )


def _count(db: Database, model: type) -> int:
    with read_session(db.engine) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_export_masks_ids_and_never_shows_confidential_amounts(db: Database, tmp_path: Path) -> None:
    ids = build_ledger_db(db)
    path = tmp_path / "ledger.xlsx"
    assert export_ledger(db, SYSTEM, path) == 7  # every case (0.3.1 passed visible=; callers no longer can)
    rows = _sheet(path)
    assert tuple(rows[0]) == COLUMNS
    by_no = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    with read_session(db.engine) as s:
        numbers = {k: s.get(Case, v).number for k, v in ids.items()}  # type: ignore[union-attr]
    paid = by_no[numbers["周"]]
    assert (paid["协议金额"], paid["已履行金额"], paid["履行情况"], paid["调解结果"]) == (
        1200,
        1200,
        "已履行",
        "调解成功",
    )
    assert paid["满意度"] == "满意" and paid["结案日期"] is not None
    assert by_no[numbers["吴"]]["协议金额"] == 500 and by_no[numbers["吴"]]["履行情况"] == "履行中"
    secret = by_no[numbers["郑"]]
    assert (secret["协议金额"], secret["已履行金额"]) == ("保密", "保密")
    assert by_no[numbers["冯"]]["调解结果"] == "调解不成" and by_no[numbers["陈"]]["调解结果"] == "撤回"
    assert by_no[numbers["褚"]]["调解结果"] == "不予受理" and by_no[numbers["卫"]]["调解结果"] == "待受理"
    text = _all_text(path)
    assert "98765" not in text and "98,765" not in text  # the confidential ¥98,765.00
    assert person("周甲", seq=10).id_number not in text
    assert "申请人：周甲（110105********" in paid["当事人"]
    assert "已脱敏" in text


def test_unmasked_export_needs_permission_and_names_who_and_when(db: Database, tmp_path: Path) -> None:
    build_ledger_db(db)
    with pytest.raises(PermissionDenied):
        export_ledger(db, CLERK, tmp_path / "x.xlsx", unmasked=True)
    assert not (tmp_path / "x.xlsx").exists()
    path = tmp_path / "full.xlsx"
    export_ledger(db, ADMIN, path, unmasked=True)
    text = _all_text(path)
    assert person("周甲", seq=10).id_number in text
    assert "未脱敏（导出人 director1，导出时间 " in text
    with read_session(db.engine) as s:
        last = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
    assert last is not None and last.action == "ledger.export" and '"unmasked"' in last.diff


def test_export_import_round_trip_reproduces_the_ledger(
    db: Database, second_db: Database, tmp_path: Path
) -> None:
    build_ledger_db(db)
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_ledger(db, ADMIN, first, unmasked=True)
    report = import_ledger(second_db, ADMIN, first)
    assert report.ok and len(report.imported) == 7 and report.skipped == []
    export_ledger(second_db, ADMIN, second, unmasked=True)
    assert _sheet(second) == _sheet(first)
    with read_session(second_db.engine) as s:
        assert audit.verify_chain(s).ok
        imported = s.execute(select(func.count()).where(AuditEvent.action == "case.import")).scalar_one()
        assert imported == 7
        assert s.execute(select(func.count()).select_from(StatusHistory)).scalar_one() >= 7 * 2
        cond = search.match_condition(s, "周甲")
        assert cond is not None and len(s.execute(select(Case.id).where(cond)).all()) == 1
    # importing the same file again creates nothing
    again = import_ledger(second_db, ADMIN, first)
    assert again.ok and again.imported == [] and len(again.skipped) == 7
    assert _count(second_db, Case) == 7
    # new cases continue the number series after the imported numbers
    r = cases.register_case(
        second_db,
        BUILDER,
        new_case(_org(second_db), applicant=person("新甲", seq=91), respondent=person("新乙", seq=92)),
    )
    assert r.number == "（2026）京朝调字第0007号"  # six people's-mediation numbers imported (one is 刑和)


def _write(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(list(COLUMNS))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [
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


def test_broken_rows_are_reported_row_by_row_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    def row(**changes: object) -> list[object]:
        values = dict(zip(COLUMNS, GOOD, strict=True))
        values.update(changes)
        return [values[c] for c in COLUMNS]

    path = _write(
        tmp_path / "broken.xlsx",
        [
            row(),
            row(案件编号="第一号"),
            row(案件编号="（2025）京朝调字第0003号", 登记日期="2025-13-01"),
            row(案件编号="（2025）京朝调字第0004号", 纠纷类型="外星纠纷", 已履行金额=900),
            row(
                案件编号="（2025）京朝调字第0005号",
                当事人="申请人：孙一（110105198503140012）；被申请人：李二",
            ),
            row(案件编号="（2025）京朝调字第0001号"),
            row(
                案件编号="（2025）京朝调字第0007号",
                调解结果="调解中",
                协议编号="",
                协议金额=None,
                已履行金额=None,
                履行情况="",
            ),
        ],
    )
    events = _count(db, AuditEvent)
    report = import_ledger(db, ADMIN, path)
    assert not report.ok and report.imported == []
    assert [(e.row, e.column, e.code) for e in report.errors] == [
        (3, "案件编号", "number.invalid"),
        (4, "登记日期", "date.invalid"),
        (5, "纠纷类型", "category.unknown"),
        (5, "已履行金额", "payment.exceeds"),
        (5, "履行情况", "performance.unpaid"),
        (6, "当事人", "id.checksum"),
        (7, "案件编号", "number.duplicate_in_file"),
        (8, "结案日期", "closed_but_open"),
    ]
    assert _count(db, Case) == 0 and _count(db, AuditEvent) == events
    fixed = _write(
        tmp_path / "fixed.xlsx",
        [
            row(),
            row(
                案件编号="（2025）京朝调字第0002号",
                调解结果="撤回",
                协议编号="",
                协议金额=None,
                已履行金额=None,
                履行情况="",
                受理日期=None,
            ),
        ],
    )
    ok = import_ledger(db, ADMIN, fixed)
    assert ok.ok and len(ok.imported) == 2
    with read_session(db.engine) as s:
        got = {c.number: c for c in s.execute(select(Case)).scalars()}
    assert (
        got["（2025）京朝调字第0001号"].status == "closed"
        and got["（2025）京朝调字第0002号"].status == "closed"
    )


def test_missing_columns_are_named(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["案件编号", "当事人"])
    wb.save(tmp_path / "short.xlsx")
    report = import_ledger(db, ADMIN, tmp_path / "short.xlsx")
    assert {e.column for e in report.errors} == set(COLUMNS) - {"案件编号", "当事人"}
    assert all(e.row == 1 and e.code == "header.missing" for e in report.errors)


def test_statistics_export_matches_the_figures_and_keeps_secrets(db: Database, tmp_path: Path) -> None:
    from tests.helpers.stats_fixture import build

    build(db)
    path = tmp_path / "stats.xlsx"
    export_statistics(db, ADMIN, path, st.month(2026, 3))
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "合计",
        "口径说明",
        "按单位",
        "按调解员",
        "按来源",
        "按纠纷类型",
        "按调解类型",
        "每月一题",
    ]
    header, total = [list(r) for r in wb["合计"].iter_rows(values_only=True)]
    values = dict(zip(header, total, strict=True))
    assert (values["收案"], values["及时响应"], values["办结"], values["本期结案（另计）"]) == (8, 4, 7, 5)
    parts = ("待受理", "调解中", "调解成功", "调解不成", "撤回", "不予受理")
    assert [values[k] for k in parts] == [1, 0, 4, 1, 1, 1] and sum(values[k] for k in parts) == 8
    assert (values["响应率"], values["解决率"], values["满意率"]) == (0.5, 0.5714, 0.6667)
    assert (values["协议金额"], values["已履行金额"], values["未履行金额"]) == (10700, 6000, 4700)
    notes = [list(r) for r in wb["口径说明"].iter_rows(values_only=True)]
    assert notes[0] == ["项目", "定义", "公式", "本期计算"]
    assert [
        "案件解决率",
        "本期收案中已办结的案件（调解成功＋调解不成＋撤回＋不予受理）里调解成功的比例",
        "调解成功数÷（调解成功＋调解不成＋撤回＋不予受理）",
        "解决率＝调解成功4÷办结7＝57.1%",
    ] in notes
    assert "80000" not in _all_text(path) and "30000" not in _all_text(path)
    question = [list(r) for r in wb["每月一题"].iter_rows(values_only=True)]
    assert question[1][:2] == ["噪声纠纷", 3] and question[-2][:2] == ["建议议题", "噪声纠纷"]
    assert question[-1] == ["比较期间", "2025年12月、2026年1月、2026年2月、2026年3月"] + [None] * 3


def test_round_trip_on_demo_data(sqlite_db: Database, tmp_path: Path) -> None:
    from mediation_desk.demo.generator import generate
    from mediation_desk.services.setup import initialise

    generate(sqlite_db, cases=150, seed=7, today=date(2026, 11, 20))
    first, second = tmp_path / "demo.xlsx", tmp_path / "demo2.xlsx"
    n = export_ledger(sqlite_db, ADMIN, first, unmasked=True)
    target = open_database(f"sqlite:///{tmp_path / 'target.sqlite3'}")
    initialise(target, org_name="朝阳区人民调解委员会", org_code="京朝")
    report = import_ledger(target, ADMIN, first)
    assert report.errors == [] and len(report.imported) == n
    export_ledger(target, ADMIN, second, unmasked=True)
    assert _sheet(second) == _sheet(first)
    target.dispose()


def test_command_line_export_and_import(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import re

    from mediation_desk.__main__ import main
    from mediation_desk.services import accounts

    build_ledger_db(sqlite_db)
    # the commands sign in (issue 14): a director's account, the password on standard input
    accounts.create_user(
        sqlite_db,
        SYSTEM,
        username="director1",
        display_name="刘主任",
        role="director",
        password="correct-horse-battery",
        organisation_id=1,
    )
    sign_in = ["--user", "director1", "--password-stdin"]

    def run(argv: list[str]) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO("correct-horse-battery\n"))
        return main(["--database", sqlite_db.url, *argv, *sign_in])

    out = tmp_path / "cli.xlsx"
    assert run(["export-ledger", str(out), "--from", "2026-01-01", "--to", "2026-12-31"]) == 0
    found = re.search(r"exported (\d+) case\(s\)", capsys.readouterr().out)
    assert found is not None and int(found.group(1)) > 0
    broken = _write(tmp_path / "bad.xlsx", [["（2025）京朝调字第0009号", "昨天"] + GOOD[2:]])
    assert run(["import-ledger", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "row 2\t登记日期\t" in err and "(date.invalid)" in err and "nothing imported" in err
    assert run(["import-ledger", str(out)]) == 0
    assert f"skipped {found.group(1)} already present" in capsys.readouterr().out
