"""One source for every printed fact of an agreement, and the check that nothing contradicts it.

The manner and deadline of performance, the totals and the amounts in capitals are derived from
the obligations (:func:`performance`); the texts the mediator typed (performance method, terms,
the overall deadline box) are *stated* facts. :func:`discrepancies` lists every stated fact that
disagrees with the derived ones, each as a known-error code naming the field, so that printing
for signature can be refused until the text is put right (:func:`check_consistent`).

Pure Python: no Qt, no SQL, no ReportLab.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.domain.money import format_money, parse_money, to_capitals

from .snapshot import AgreementSnapshot, ObligationSnapshot

Kind = Literal["none", "on_the_spot", "by_date", "instalments"]

_CN = "零一二三四五六七八九十"
_WORDS = {"两": 2, **{c: i for i, c in enumerate(_CN)}}


def cn_count(n: int) -> str:
    """``两`` for 2, else the Chinese numeral up to 99 (一, 三, 十二)."""
    if n == 2:
        return "两"
    if n <= 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else _CN[tens]}十{_CN[ones] if ones else ''}"


def _count_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _WORDS.get(text)
    if "十" in text:
        head, _, tail = text.partition("十")
        return (_WORDS.get(head, 1) if head else 1) * 10 + (_WORDS.get(tail, 0) if tail else 0)
    return None


def fmt_day(value: date) -> str:
    """``2026年12月10日``."""
    return f"{value.year}年{value.month}月{value.day}日"


@dataclass(frozen=True, slots=True)
class Performance:
    """How and by when the obligations are performed, as derived from them."""

    kind: Kind
    count: int  # obligations (instalments)
    deadline: date | None  # the last due date; the signing date when everything is paid on the spot
    first_on_the_spot: bool = False

    @property
    def manner(self) -> str:
        """履行方式 as printed, e.g. ``分两期履行，第一期当场履行，于2026年12月10日前全部履行完毕``."""
        if self.kind == "none":
            return ""
        if self.kind == "on_the_spot":
            return "本协议签订时当场一次性履行完毕" if self.count == 1 else "本协议签订时当场全部履行完毕"
        assert self.deadline is not None
        if self.kind == "by_date":
            return f"于{fmt_day(self.deadline)}前一次性履行完毕"
        first = "，第一期当场履行" if self.first_on_the_spot else ""
        return f"分{cn_count(self.count)}期履行{first}，于{fmt_day(self.deadline)}前全部履行完毕"

    @property
    def deadline_text(self) -> str:
        """履行期限 as printed."""
        if self.kind == "on_the_spot":
            return "本协议签订时当场履行完毕"
        if self.deadline is None:
            return ""
        return f"{fmt_day(self.deadline)}前" + ("全部履行完毕" if self.kind == "instalments" else "履行完毕")


def performance(a: AgreementSnapshot) -> Performance:
    """The manner and deadline of performance derived from ``a.obligations``.

    With no obligations, the stated deadline (if any) is the deadline. An obligation without a
    date that is not paid on the spot has no deadline of its own (see :func:`discrepancies`).
    """
    obligations = a.obligations
    if not obligations:
        return Performance("none", 0, a.performance_deadline)
    dates = [o.due_date for o in obligations if not o.on_the_spot and o.due_date is not None]
    if all(o.on_the_spot for o in obligations):
        return Performance("on_the_spot", len(obligations), a.signed_on)
    last = max(dates) if dates else a.performance_deadline
    if len(obligations) == 1:
        return Performance("by_date", 1, last)
    return Performance("instalments", len(obligations), last, obligations[0].on_the_spot)


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A stated fact that disagrees with the derived ones: a known-error code and its params."""

    code: str
    params: dict[str, Any]


# "当场一次性支付", "一次性付清", "当场履行完毕" — a claim that everything is paid at once.
_AT_ONCE = re.compile(r"一次性|当场(?:全部)?(?:履行|支付|给付|付清)完毕|当场全部(?:履行|支付|给付|付清)")
_ON_THE_SPOT = re.compile(r"当场(?:一次性)?(?:全部)?(?:履行|支付|给付|付清)")
_INSTALMENTS = re.compile(r"分([0-9]+|[两一二三四五六七八九十]{1,3})期")
_FIGURES = r"(?:人民币)?[¥￥]?\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*元"
_TOTAL = re.compile(r"(?:共计|合计|总计|总额|共|计)" + _FIGURES)
_CAPITALS = re.compile(
    r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元(?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?"
)


def _stated_texts(a: AgreementSnapshot) -> list[tuple[str, str]]:
    return [("method", a.performance_method), ("terms", "\n".join(a.terms))]


def _amount_checks(a: AgreementSnapshot, where: str, text: str) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    total = a.total_fen
    for match in _TOTAL.finditer(text):
        try:
            stated = parse_money(match.group(1))
        except ValidationError:
            continue
        if stated != total:
            out.append(
                Discrepancy(
                    f"agreement.fact_{where}_total",
                    {"stated": match.group(0), "total_text": format_money(total)},
                )
            )
    amounts = {total, *(o.amount_fen for o in a.obligations)}
    known = {to_capitals(x).removeprefix("人民币") for x in amounts}
    known |= {k.removesuffix("整") for k in known}
    for match in _CAPITALS.finditer(text):
        if match.group(0) not in known and match.group(0).removesuffix("整") not in known:
            out.append(Discrepancy(f"agreement.fact_{where}_capitals", {"stated": match.group(0)}))
    return out


def discrepancies(a: AgreementSnapshot) -> list[Discrepancy]:
    """Every stated fact of ``a`` that disagrees with the obligations, in field order.

    Returns:
        Discrepancies; empty when the agreement says one thing everywhere.
    """
    out: list[Discrepancy] = []
    done = performance(a)
    for seq, o in enumerate(a.obligations, 1):
        if not o.on_the_spot and o.due_date is None:
            out.append(Discrepancy("agreement.fact_due_missing", {"seq": seq, "description": o.description}))
    stated = a.performance_deadline
    if a.obligations and stated is not None and done.deadline is not None and stated != done.deadline:
        out.append(
            Discrepancy(
                "agreement.fact_deadline", {"stated": fmt_day(stated), "derived": fmt_day(done.deadline)}
            )
        )
    for where, text in _stated_texts(a):
        if not text:
            continue
        at_once = done.kind == "instalments" and _AT_ONCE.search(text)
        if at_once or (done.kind == "by_date" and _ON_THE_SPOT.search(text)):
            out.append(Discrepancy(f"agreement.fact_{where}_at_once", {"count": done.count}))
        for match in _INSTALMENTS.finditer(text):
            value = _count_value(match.group(1))
            if value is not None and value != done.count:
                out.append(
                    Discrepancy(f"agreement.fact_{where}_instalments", {"stated": value, "count": done.count})
                )
        if a.obligations and not a.confidential_amounts:
            out += _amount_checks(a, where, text)
    return out


#: Every code :func:`discrepancies` can return (the UI has a message for each).
CODES = tuple(
    ["agreement.fact_due_missing", "agreement.fact_deadline"]
    + [
        f"agreement.fact_{w}_{k}"
        for w in ("method", "terms")
        for k in ("at_once", "instalments", "total", "capitals")
    ]
)


def check_consistent(a: AgreementSnapshot) -> None:
    """Refuse an agreement whose stated facts disagree (printing for signature calls this).

    Raises:
        RuleViolation: the first discrepancy's code, with its params and ``more`` = how many
            other discrepancies there are.
    """
    found = discrepancies(a)
    if found:
        first = found[0]
        raise RuleViolation(first.code, more=len(found) - 1, **first.params)


def obligation_due_text(o: ObligationSnapshot) -> str:
    """The 履行期限 cell of one obligation: ``当场履行`` or ``2026年12月10日前``."""
    if o.on_the_spot:
        return "当场履行"
    return f"{fmt_day(o.due_date)}前" if o.due_date is not None else ""


def instalment_words(obligations: Sequence[ObligationSnapshot]) -> str:
    """``分两期`` / ``一次性`` for sentences that state the number of payments."""
    return "一次性" if len(obligations) <= 1 else f"分{cn_count(len(obligations))}期"
