"""Import a ledger (台账) of past cases in the layout of :mod:`.ledger`.

All or nothing per file: every row is validated first; if any row has an error, the report
lists each one (row number, column, reason code) and the database is left unchanged. Cases
already present (same case number) are skipped, so importing a file twice creates no
duplicates. Imported cases get their status history, an audit event and their search index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from ..domain.clock import beijing_today
from ..domain.enums import DEFAULT_CATEGORIES, IdType, PartyRole, PersonKind, Satisfaction, Source, Track
from ..domain.errors import KnownError, NotFoundError, ValidationError
from ..domain.idcard import parse_resident_id
from ..domain.money import parse_money
from ..domain.numbering import parse_case_number
from ..domain.uscc import validate_uscc
from ..domain.validation import clean
from ..domain.vocabulary import zh
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, CaseParty, Category, Organisation, Person
from ..store.types import SHANGHAI
from . import ledger as L
from .base import Actor, Changes, unit_of_work
from .inputs import PersonInput
from .ledger_read import read_sheet
from .ledger_write import ParsedRow, PartyCell, status_steps, write_row
from .people import normalised
from .settings import limits

RESULTS = (
    L.RESULT_RESOLVED,
    L.RESULT_FAILED,
    L.RESULT_WITHDRAWN,
    L.RESULT_DECLINED,
    L.RESULT_OPEN,
    L.RESULT_REGISTERED,
)
PERFORMANCE = ("", L.PERF_DONE, L.PERF_ONGOING, L.PERF_NOT)


@dataclass(frozen=True)
class RowError:
    """A problem in one cell: spreadsheet row number (header is row 1), column name, reason code."""

    row: int
    column: str
    code: str
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class ImportReport:
    """What an import did (or, with errors, would have refused to do)."""

    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already in the database
    errors: list[RowError] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return not self.errors


class _RowCheck:
    """Collects the errors of one row while converting its cells."""

    def __init__(self, row: int, cells: dict[str, Any], maximum_fen: int = 100_000_000_00) -> None:
        self.row, self.cells = row, cells
        self.errors: list[RowError] = []
        self.maximum_fen = maximum_fen

    def fail(self, column: str, code: str, **params: Any) -> None:
        self.errors.append(RowError(self.row, column, code, _text(self.cells.get(column))[:200], params))

    def text(self, column: str) -> str:
        return _text(self.cells.get(column))

    def clean(self, column: str, field: str) -> str:
        """A free-text column through the one validation layer (length, characters)."""
        try:
            return clean(field, _text(self.cells.get(column)))
        except ValidationError as exc:
            self.fail(column, exc.code, **exc.params)
            return ""

    def date(self, column: str, *, required: bool = False) -> date | None:
        value = self.cells.get(column)
        if value is None or _text(value) == "":
            if required:
                self.fail(column, "required")
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(_text(value).replace("/", "-"))
        except ValueError:
            self.fail(column, "date.invalid")
            return None

    def money(self, column: str) -> int | None | str:
        value = self.cells.get(column)
        if value is None or _text(value) == "":
            return None
        if _text(value) == L.CONFIDENTIAL:
            return L.CONFIDENTIAL
        try:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                amount = Decimal(repr(value))
                if amount < 0 or amount != amount.quantize(Decimal("0.01")):
                    raise ValidationError("money.invalid")
                fen = int(amount * 100)
                if fen > self.maximum_fen:
                    raise ValidationError("money.too_large", maximum=self.maximum_fen)
                return fen
            if not isinstance(value, str):
                raise ValidationError("money.invalid")
            return parse_money(_text(value), maximum_fen=self.maximum_fen)
        except ValidationError as exc:
            self.fail(column, "money.too_large" if exc.code == "money.too_large" else "money.invalid")
            return None
        except (KnownError, InvalidOperation, ValueError, OverflowError):
            self.fail(column, "money.invalid")
            return None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _lookup(enum: Any, text: str) -> Any:
    for member in enum:
        if text in (member.value, zh(member)):
            return member
    return None


def _kind_of(ident: str) -> PersonKind:
    """A resident ID number means a natural person; a valid credit code an organisation."""
    if not ident:
        return PersonKind.NATURAL
    try:
        parse_resident_id(ident)
        return PersonKind.NATURAL
    except ValidationError as exc:
        if exc.code == "id.checksum":  # an ID number with a typing mistake, never a credit code
            raise
        try:
            validate_uscc(ident)
        except ValidationError:
            raise exc from None
        return PersonKind.ORGANISATION


def parse_parties(text: str, today: date) -> list[PartyCell]:
    """``申请人：张伟（110105…）；被申请人：李娜`` → parties (masked numbers are dropped).

    Raises:
        ValidationError: ``party.format``, ``party.role`` or the ID/credit-code codes.
    """
    out: list[PartyCell] = []
    for chunk in [c.strip() for c in text.replace(";", "；").split("；") if c.strip()]:
        role_text, sep, rest = chunk.replace(":", "：").partition("：")
        if not sep or not rest.strip():
            raise ValidationError("party.format", part=chunk)
        role = _lookup(PartyRole, role_text.strip())
        if role is None:
            raise ValidationError("party.role", part=role_text)
        name, ident = rest.strip(), ""
        if rest.endswith("）") and "（" in rest:
            name, _, ident = rest[:-1].rpartition("（")
            name, ident = name.strip(), ident.strip()
        if "*" in ident:
            ident = ""
        kind = _kind_of(ident)
        person = PersonInput(
            name=name,
            kind=kind,
            id_type=IdType.RESIDENT_ID if ident else None,
            id_number=ident if kind == PersonKind.NATURAL else "",
            uscc=ident if kind == PersonKind.ORGANISATION else "",
        )
        normalised(person, today=today)  # raises on a bad ID number or credit code
        out.append(PartyCell(role, person))
    return out


def _check_row(check: _RowCheck, categories: dict[str, str], type_codes: set[str]) -> ParsedRow | None:
    number = check.clean("案件编号", "case_number")
    parsed_no = None
    if not number and not check.text("案件编号").strip():  # a refused value is not also "missing"
        check.fail("案件编号", "required")
    else:
        try:
            parsed_no = parse_case_number(number, type_codes=type_codes)
        except ValidationError:
            check.fail("案件编号", "number.invalid")
    received = check.date("登记日期", required=True)
    accepted, closed, follow_up = check.date("受理日期"), check.date("结案日期"), check.date("回访")
    if received and accepted and accepted < received:
        check.fail("受理日期", "date.before_received")
    if received and closed and closed < (accepted or received):
        check.fail("结案日期", "date.before_accepted")
    parties: list[PartyCell] = []
    try:
        parties = parse_parties(check.text("当事人"), beijing_today())
        if not parties:
            check.fail("当事人", "required")
    except ValidationError as exc:
        check.fail("当事人", exc.code, **exc.params)  # the limits the message names (text.too_long)
    category = categories.get(check.text("纠纷类型"))
    if category is None:
        check.fail("纠纷类型", "category.unknown")
    source, track = _lookup(Source, check.text("案件来源")), _lookup(Track, check.text("调解类型"))
    if source is None:
        check.fail("案件来源", "source.unknown")
    if track is None:
        check.fail("调解类型", "track.unknown")
    result = check.text("调解结果") or (L.RESULT_OPEN if accepted else L.RESULT_REGISTERED)
    if result not in RESULTS:
        check.fail("调解结果", "result.unknown")
    if result in (L.RESULT_OPEN, L.RESULT_RESOLVED, L.RESULT_FAILED) and accepted is None:
        check.fail("受理日期", "required")
    if result in (L.RESULT_OPEN, L.RESULT_REGISTERED) and closed is not None:
        check.fail("结案日期", "closed_but_open")
    performance = check.text("履行情况")
    if performance not in PERFORMANCE or (performance and result != L.RESULT_RESOLVED):
        check.fail("履行情况", "performance.invalid")
    if result == L.RESULT_RESOLVED and closed is not None and performance not in (L.PERF_DONE, L.PERF_NOT):
        check.fail("履行情况", "performance.closed")
    agreed, paid = check.money("协议金额"), check.money("已履行金额")
    confidential = L.CONFIDENTIAL in (agreed, paid)
    if confidential and (agreed, paid) != (L.CONFIDENTIAL, L.CONFIDENTIAL):
        check.fail("已履行金额", "confidential.partial")
    if result == L.RESULT_DECLINED and accepted is not None:
        check.fail("受理日期", "declined_but_accepted")
    if (
        (agreed and not confidential) or (paid and not confidential) or check.text("协议编号")
    ) and result != L.RESULT_RESOLVED:
        check.fail("协议金额", "agreement.not_resolved")
    if isinstance(agreed, int) and isinstance(paid, int) and paid > agreed:
        check.fail("已履行金额", "payment.exceeds")
    if isinstance(paid, int) and paid and not agreed:
        check.fail("协议金额", "required")
    if isinstance(agreed, int) and agreed:
        principals = [p for p in parties if p.role != PartyRole.AGENT]
        if len(principals) < 2 and not any(e.column == "当事人" for e in check.errors):
            check.fail("当事人", "case.parties_min")
        if performance == L.PERF_DONE and paid != agreed:
            check.fail("履行情况", "performance.unpaid")
    satisfaction = _lookup(Satisfaction, check.text("满意度")) if check.text("满意度") else None
    if check.text("满意度") and satisfaction is None:
        check.fail("满意度", "satisfaction.unknown")
    if satisfaction is not None and follow_up is None:
        check.fail("回访", "required")
    mediator = check.clean("调解员", "display_name")
    agreement_no = check.clean("协议编号", "agreement_number")
    if check.errors:
        return None
    assert parsed_no is not None and received is not None and category is not None
    parsed = ParsedRow(
        row=check.row,
        number=number,
        year=parsed_no[0],
        org_code=parsed_no[1],
        type_code=parsed_no[2],
        seq=parsed_no[3],
        received=received,
        accepted=accepted,
        closed=closed,
        parties=parties,
        category=category,
        source=source,
        track=track,
        mediator=mediator,
        result=result,
        agreement_no=agreement_no,
        agreed_fen=agreed if isinstance(agreed, int) else None,
        paid_fen=paid if isinstance(paid, int) else None,
        confidential=confidential,
        performance=performance,
        follow_up=follow_up,
        satisfaction=satisfaction,
    )
    try:
        status_steps(parsed, lambda d: datetime.combine(d, time(9, 0), tzinfo=SHANGHAI))
    except KnownError as exc:
        check.fail("调解结果", exc.code)
        return None
    return parsed


def read_rows(path: Path) -> tuple[list[dict[str, Any]], list[RowError]]:
    """The data rows of the ledger sheet as ``{column: value}`` (header row checked).

    Raises:
        ValidationError: a file that is not a workbook, too large, a zip bomb, too many rows
            (:mod:`.ledger_read`).
        StorageError: ``file.unreadable``.
    """
    rows = read_sheet(path)
    if not rows:
        return [], [RowError(1, "", "header.missing")]
    header = [_text(h) for h in rows[0]]
    missing = [c for c in L.COLUMNS if c not in header]
    if missing:
        return [], [RowError(1, c, "header.missing") for c in missing]
    index = {c: header.index(c) for c in L.COLUMNS}
    out = []
    for values in rows[1:]:
        cells = {c: values[i] if i < len(values) else None for c, i in index.items()}
        out.append(cells)
    return out, []


def import_ledger(
    db: Database, actor: Actor, path: Path, *, organisation_id: int | None = None
) -> ImportReport:
    """Validate every row of ``path``, then import all of them in one transaction, or none.

    Raises:
        PermissionDenied: unless the actor may register cases in the organisation.
        StorageError: ``file.unreadable`` for a file that is not a workbook.
    """
    from .statistics import authorise

    with read_session(db.engine) as session:
        org_id = (
            organisation_id
            or session.execute(select(col(Organisation.id)).order_by(col(Organisation.id))).scalars().first()
        )
    if org_id is None:
        raise NotFoundError("organisation.none")
    authorise(actor, "case.register", organisation_id=org_id)
    report = ImportReport()
    rows, report.errors = read_rows(Path(path))
    if report.errors:
        return report
    with read_session(db.engine) as session:
        categories: dict[str, str] = {}
        known = [
            *DEFAULT_CATEGORIES.items(),
            *session.execute(select(col(Category.code), col(Category.name_zh))).all(),
        ]
        for code, name in known:
            categories[code], categories[name] = code, code
        type_codes = set(_type_codes(session))
        existing = {n: int(i) for n, i in session.execute(select(col(Case.number), col(Case.id))).all()}
        maximum = limits(session).max_amount_fen
    parsed: list[ParsedRow] = []
    seen: set[str] = set()
    for n, cells in enumerate(rows, start=2):
        if all(_text(v) == "" for v in cells.values()):
            continue
        check = _RowCheck(n, cells, maximum)
        row = _check_row(check, categories, type_codes)
        if row is not None and row.number in seen:
            check.fail("案件编号", "number.duplicate_in_file")
        report.errors += check.errors
        if row is None or check.errors:
            continue
        seen.add(row.number)
        if row.number not in existing:
            parsed.append(row)
        elif _same_parties(db, existing[row.number], row):
            report.skipped.append(row.number)  # a true duplicate: the same number and the same parties
        else:  # the number belongs to another dispute here: never skipped as "already present"
            report.errors.append(RowError(n, "案件编号", "number.conflict", row.number))
    if report.errors:
        report.skipped = []
        return report
    with unit_of_work(db, actor) as uow:
        org = uow.get(Organisation, org_id)
        mediators: dict[str, int] = {}
        for row in parsed:
            write_row(uow, org, row, mediators, at=lambda d: datetime.combine(d, time(9, 0), tzinfo=SHANGHAI))
            report.imported.append(row.number)
        uow.audit(
            "ledger.import",
            "ledger",
            None,
            diff={
                "file": [None, Path(path).name],
                "imported": [None, len(parsed)],
                "skipped": [None, len(report.skipped)],
            },
        )
        report.changes = uow.changes
    return report


def _same_parties(db: Database, case_id: int, row: ParsedRow) -> bool:
    """Whether the case ``case_id`` has exactly the parties of ``row`` (by role and name)."""
    with read_session(db.engine) as session:
        stmt = (
            select(col(CaseParty.role), col(Person.name))
            .join(Person, col(Person.id) == col(CaseParty.person_id))
            .where(col(CaseParty.case_id) == case_id)
        )
        stored = {(str(r), str(n)) for r, n in session.execute(stmt).all()}
    typed = {(p.role.value, clean("name", p.person.name)) for p in row.parties}
    return stored == typed


def _type_codes(session: Any) -> list[str]:
    from ..domain.limits import DEFAULT_TYPE_CODES
    from .settings import TYPE_CODES_KEY, get_value

    return list({*DEFAULT_TYPE_CODES.values(), *get_value(session, TYPE_CODES_KEY, {}).values()})


__all__ = ["ImportReport", "RowError", "import_ledger", "parse_parties", "read_rows"]
