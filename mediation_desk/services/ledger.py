"""The case ledger (台账) in Excel: rows from SQL, export with masked ID numbers, statistics tables.

The columns are the ones a committee keeps (:data:`COLUMNS`); :mod:`.ledger_import` reads the
same layout back. ID numbers are masked unless the export is explicitly unmasked by a user
allowed to (a director, per the data-safety policy), in which case the file names who exported it and when.
Amounts of cases with confidential amounts are written as ``保密``, never as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..domain.enums import AgreementState, PartyRole, Satisfaction, Source, Track
from ..domain.errors import StorageError
from ..domain.idcard import mask_id
from ..domain.vocabulary import zh
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import (
    Agreement,
    Case,
    CaseParty,
    Category,
    FollowUp,
    Obligation,
    Payment,
    Person,
    StatusHistory,
)
from ..store.types import SHANGHAI
from .base import Actor, unit_of_work
from .sheet_cells import safe_row, sheet_text

COLUMNS = (
    "案件编号",
    "登记日期",
    "受理日期",
    "结案日期",
    "当事人",
    "纠纷类型",
    "案件来源",
    "调解类型",
    "调解员",
    "调解结果",
    "协议编号",
    "协议金额",
    "已履行金额",
    "履行情况",
    "回访",
    "满意度",
)
SHEET = "台账"
CONFIDENTIAL = "保密"
#: Results as written in the ledger, decided from the status history.
RESULT_RESOLVED, RESULT_FAILED, RESULT_WITHDRAWN, RESULT_DECLINED = "调解成功", "调解不成", "撤回", "不予受理"
RESULT_OPEN, RESULT_REGISTERED = "调解中", "待受理"
PERF_DONE, PERF_ONGOING, PERF_NOT = "已履行", "履行中", "未履行"
_OUTCOMES = {
    "agreement_reached": RESULT_RESOLVED,
    "mediation_failed": RESULT_FAILED,
    "withdrawn": RESULT_WITHDRAWN,
    "declined": RESULT_DECLINED,
}


@dataclass(frozen=True)
class LedgerRow:
    """One case in the ledger; amounts are fen, or None with ``confidential``."""

    case_id: int
    number: str
    received: date
    accepted: date | None
    closed: date | None
    parties: str
    category: str
    source: str
    track: str
    mediator: str
    result: str
    agreement_no: str
    agreed_fen: int | None
    paid_fen: int | None
    performance: str
    follow_up: date | None
    satisfaction: str
    confidential: bool
    #: the dispute's facts as registered (the ledger book prints a brief of them)
    facts: str = ""
    #: the current agreement's form: "written", "oral" or "" (none)
    form: str = ""

    def cells(self) -> list[Any]:
        """The row as spreadsheet values (money in yuan, two decimals)."""

        def money(fen: int | None) -> Any:
            if self.confidential:
                return CONFIDENTIAL
            return None if fen is None else fen / 100

        return [
            self.number,
            self.received,
            self.accepted,
            self.closed,
            self.parties,
            self.category,
            self.source,
            self.track,
            self.mediator,
            self.result,
            self.agreement_no,
            money(self.agreed_fen),
            money(self.paid_fen),
            self.performance,
            self.follow_up,
            self.satisfaction,
        ]


def _local(value: datetime | None) -> date | None:
    return None if value is None else value.astimezone(SHANGHAI).date()


def party_text(role: str, name: str, ident: str | None, *, unmasked: bool) -> str:
    """``申请人：张伟（110105********0011）`` (ID masked unless ``unmasked``)."""
    shown = "" if not ident else f"（{ident if unmasked else mask_id(ident)}）"
    return f"{zh_role(role)}：{name}{shown}"


def zh_role(role: str) -> str:
    return zh(PartyRole(role)) if role in PartyRole._value2member_map_ else role


def ledger_rows(
    session: Session,
    *,
    start: date | None = None,
    end: date | None = None,
    visible: ColumnElement[bool] | None = None,
    unmasked: bool = False,
) -> list[LedgerRow]:
    """The ledger of the cases received on days ``start``..``end`` (inclusive; Shanghai), oldest first.

    A fixed number of queries whatever the number of cases (no query per case).
    """
    cond = []
    if start is not None:
        cond.append(col(Case.received_at) >= datetime.combine(start, time.min, tzinfo=SHANGHAI))
    if end is not None:
        cond.append(
            col(Case.received_at) < datetime.combine(end + timedelta(days=1), time.min, tzinfo=SHANGHAI)
        )
    if visible is not None:
        cond.append(visible)
    ids = select(col(Case.id)).where(*cond).scalar_subquery()
    mediator = Person.__table__.alias("mediator")  # type: ignore[attr-defined]
    cases = session.execute(
        select(Case, mediator.c.name, col(Category.name_zh))
        .outerjoin(mediator, mediator.c.id == col(Case.chief_mediator_id))
        .outerjoin(Category, col(Category.code) == col(Case.category))
        .where(*cond)
        .order_by(col(Case.received_at), col(Case.id))
    ).all()
    parties: dict[int, list[str]] = {}
    stmt = (
        select(
            col(CaseParty.case_id),
            col(CaseParty.role),
            col(Person.name),
            col(Person.id_number),
            col(Person.uscc),
        )
        .join(Person, col(Person.id) == col(CaseParty.person_id))
        .where(col(CaseParty.case_id).in_(ids))
        .order_by(col(CaseParty.case_id), col(CaseParty.sort_order), col(CaseParty.id))
    )
    for cid, role, name, id_number, uscc in session.execute(stmt).all():
        parties.setdefault(cid, []).append(party_text(role, name, id_number or uscc, unmasked=unmasked))
    current = col(Agreement.state) != AgreementState.SUPERSEDED.value
    numbers: dict[int, str] = {}
    forms: dict[int, str] = {}
    for cid, number, form in session.execute(
        select(col(Agreement.case_id), col(Agreement.number), col(Agreement.form)).where(
            current, col(Agreement.case_id).in_(ids)
        )
    ):
        numbers[cid], forms[cid] = number, form
    agreed = dict(
        session.execute(
            select(col(Obligation.case_id), func.sum(col(Obligation.amount_fen)))
            .join(Agreement, col(Agreement.id) == col(Obligation.agreement_id))
            .where(current, col(Obligation.case_id).in_(ids))
            .group_by(col(Obligation.case_id))
        ).all()
    )
    paid = dict(
        session.execute(
            select(col(Payment.case_id), func.sum(col(Payment.amount_fen)))
            .join(Obligation, col(Obligation.id) == col(Payment.obligation_id))
            .join(Agreement, col(Agreement.id) == col(Obligation.agreement_id))
            .where(current, col(Payment.case_id).in_(ids))
            .group_by(col(Payment.case_id))
        ).all()
    )
    history: dict[int, set[str]] = {}
    for cid, status in session.execute(
        select(col(StatusHistory.case_id), col(StatusHistory.to_status)).where(
            col(StatusHistory.case_id).in_(ids),
            col(StatusHistory.to_status).in_([*_OUTCOMES, "performed", "not_performed"]),
        )
    ).all():
        history.setdefault(cid, set()).add(status)
    follow: dict[int, tuple[datetime, str | None]] = {}
    for cid, done, answer in session.execute(
        select(col(FollowUp.case_id), col(FollowUp.done_at), col(FollowUp.satisfaction))
        .where(col(FollowUp.case_id).in_(ids), col(FollowUp.done_at).is_not(None))
        .order_by(col(FollowUp.done_at), col(FollowUp.id))
    ).all():
        follow[cid] = (done, answer)
    out = []
    for case, mediator_name, category_name in cases:
        h = history.get(case.id, set())
        result = next(
            (text for status, text in _OUTCOMES.items() if status in h),
            RESULT_REGISTERED if case.status == "registered" else RESULT_OPEN,
        )
        perf = (
            ""
            if result != RESULT_RESOLVED
            else (PERF_DONE if "performed" in h else PERF_NOT if "not_performed" in h else PERF_ONGOING)
        )
        fu = follow.get(case.id)
        has_agreement = case.id in numbers
        out.append(
            LedgerRow(
                case_id=case.id,
                number=case.number,
                received=_local(case.received_at),  # type: ignore[arg-type]
                accepted=_local(case.accepted_at),
                closed=_local(case.closed_at),
                parties="；".join(parties.get(case.id, [])),
                category=category_name or case.category,
                source=zh(Source(case.source)) if case.source in Source._value2member_map_ else case.source,
                track=zh(Track(case.track)) if case.track in Track._value2member_map_ else case.track,
                mediator=mediator_name or "",
                result=result,
                agreement_no=numbers.get(case.id, ""),
                agreed_fen=int(agreed.get(case.id, 0)) if has_agreement else None,
                paid_fen=int(paid.get(case.id, 0)) if has_agreement else None,
                performance=perf,
                follow_up=_local(fu[0]) if fu else None,
                satisfaction=zh(Satisfaction(fu[1])) if fu and fu[1] else "",
                confidential=case.confidential_amounts,
                facts=case.facts,
                form=forms.get(case.id, ""),
            )
        )
    return out


def sheet_header(ws: Any, headers: list[str] | tuple[str, ...], widths: list[int]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width


def write_ledger(rows: list[LedgerRow], path: Path, *, note: list[tuple[str, str]]) -> None:
    """Write the ledger workbook: sheet 台账 (header row 1, data from row 2) and sheet 说明."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    sheet_header(ws, COLUMNS, [26, 12, 12, 12, 60, 16, 14, 14, 10, 10, 26, 14, 14, 10, 12, 10])
    for row in rows:
        ws.append(safe_row(ws, row.cells()))
    for letter, fmt in (
        ("B", "yyyy-mm-dd"),
        ("C", "yyyy-mm-dd"),
        ("D", "yyyy-mm-dd"),
        ("O", "yyyy-mm-dd"),
        ("L", "#,##0.00"),
        ("M", "#,##0.00"),
    ):
        for cell in ws[letter][1:]:
            cell.number_format = fmt
    info = wb.create_sheet("说明")
    for key, value in note:
        info.append(safe_row(info, [key, value]))
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 60
    wb.properties.creator = "Mediation Desk"
    wb.properties.description = sheet_text("；".join(f"{k}：{v}" for k, v in note))
    try:
        wb.save(path)
    except OSError as exc:
        raise StorageError("file.write", path=str(path), reason=str(exc)) from exc


def export_ledger(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    unmasked: bool = False,
) -> int:
    """Export the cases ``actor`` may see to ``path`` (an audited event); returns how many were written.

    Raises:
        PermissionDenied: when the actor may not export, or may not export unmasked.
    """
    from .statistics import authorise, visibility

    authorise(actor, "export")
    if unmasked:
        authorise(actor, "export.unmasked")
    visible = visibility(actor)
    with read_session(db.engine) as session:
        rows = ledger_rows(session, start=start, end=end, visible=visible, unmasked=unmasked)
    with unit_of_work(db, actor) as uow:
        stamp = uow.now.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        scope = f"{start or '最早'} 至 {end or '最新'}（登记日期）"
        ids = f"未脱敏（导出人 {actor.username}，导出时间 {stamp}）" if unmasked else "已脱敏"
        note = [
            ("文件", "案件台账"),
            ("范围", scope),
            ("案件数", str(len(rows))),
            ("导出人", actor.username),
            ("导出时间", stamp),
            ("身份证件号码", ids),
            ("金额", "保密案件的金额不导出，写作“保密”"),
        ]
        write_ledger(rows, Path(path), note=note)
        uow.audit(
            "ledger.export",
            "ledger",
            None,
            diff={"path": [None, str(path)], "cases": [None, len(rows)], "unmasked": [None, unmasked]},
        )
    return len(rows)


__all__ = [
    "COLUMNS",
    "CONFIDENTIAL",
    "LedgerRow",
    "export_ledger",
    "ledger_rows",
    "party_text",
    "sheet_header",
    "write_ledger",
]
