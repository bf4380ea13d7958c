"""The rates' definitions and formulas in Chinese, as every report and export prints them beside
the figures (issue 17: no rate without its definition). The screen builds its own translated
texts from the same :class:`Definitions` values (``ui/pages/statistics_notes.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.enums import Satisfaction
from ..domain.vocabulary import zh
from ..store.queries.hotline_stats import HotlineDefinitions, HotlineRow
from ..store.queries.statistics import Definitions, Rate, Row

OUTCOME_ZH = {
    "pending": "待受理",
    "in_mediation": "调解中",
    "resolved": "调解成功",
    "failed": "调解不成",
    "withdrawn": "撤回",
    "declined": "不予受理",
}


@dataclass(frozen=True)
class RateNote:
    """One rate: its name, what it means, the formula in words and with the period's numbers."""

    name: str
    definition: str
    formula: str
    worked: str

    def line(self) -> str:
        return f"{self.name}：{self.definition}。{self.worked}"


def _answers(codes: tuple[str, ...]) -> str:
    return "＋".join(zh(Satisfaction(c)) for c in codes if c in Satisfaction._value2member_map_)


def _worked(name: str, num_label: str, rate: Rate, den_label: str) -> str:
    return f"{name}＝{num_label}{rate.num}÷{den_label}{rate.den}＝{rate.percent()}"


def case_notes(d: Definitions, row: Row) -> list[RateNote]:
    """The case statistics' three rates (population: cases received in the period)."""
    concluded = "＋".join(OUTCOME_ZH[o] for o in d.concluded_outcomes if o in OUTCOME_ZH)
    return [
        RateNote(
            "响应率",
            f"本期收案中，收案后{d.response_hours}小时内首次联系当事人"
            "（无联系记录的以受理时间计）的案件所占比例",
            "及时响应数÷收案数",
            _worked("响应率", "及时响应", row.response, "收案"),
        ),
        RateNote(
            "解决率",
            f"本期收案中已办结的案件（{concluded}）里调解成功的比例",
            f"调解成功数÷（{concluded}）",
            _worked("解决率", "调解成功", row.resolution, "办结"),
        ),
        RateNote(
            "满意率",
            f"本期完成并有答复的回访中，答复为{_answers(d.satisfied_answers)}的比例",
            f"（{_answers(d.satisfied_answers)}）÷回访答复数",
            _worked("满意率", "满意", row.satisfaction, "回访答复"),
        ),
    ]


def hotline_notes(d: HotlineDefinitions, row: HotlineRow) -> list[RateNote]:
    """The 12345 hotline's three rates (population: tickets received in the period)."""
    base = "已回访工单数" if d.resolution_base == "visited" else "接单数"
    return [
        RateNote(
            "响应率",
            f"本期接收的12345工单中，接单后{d.response_hours}小时内首次响应的比例",
            "按时响应数÷接单数",
            _worked("响应率", "按时响应", row.response, "接单"),
        ),
        RateNote(
            "解决率",
            f"回访时诉求人表示问题已解决的工单占{base}的比例",
            f"已解决数÷{base}",
            _worked("解决率", "已解决", row.resolution, base.removesuffix("数")),
        ),
        RateNote(
            "满意率",
            f"回访有评价的工单中，评价为{_answers(d.satisfied_answers)}的比例",
            f"（{_answers(d.satisfied_answers)}）÷有评价数",
            _worked("满意率", "满意", row.satisfaction, "有评价"),
        ),
    ]


def case_reconciliation(row: Row) -> list[str]:
    """The lines that show the counts add up (population: received in the period)."""
    c = row.counts
    parts = "＋".join(f"{OUTCOME_ZH[o]}{c[o]}" for o in OUTCOME_ZH)
    return [
        f"本期收案{c['received']}件＝{parts}（按案件当前结果）",
        f"本期收案{c['received']}件＝及时响应{c['responded']}＋未及时响应{c['not_responded']}",
        f"另计：本期结案{c['closed']}件、本期受理{c['accepted']}件（按发生日期，含以前收案）；"
        f"本期回访答复{c['answered']}次＝满意{c['answer_satisfied']}＋基本满意{c['answer_basic']}"
        f"＋不满意{c['answer_dissatisfied']}",
    ]


def hotline_reconciliation(row: HotlineRow) -> list[str]:
    c = row.counts
    return [
        f"接单{c['received']}件＝按时响应{c['responded_on_time']}＋超时响应{c['responded_late']}"
        f"＋超时未响应{c['unresponded_overdue']}＋时限内待响应{c['unresponded_waiting']}",
        f"接单{c['received']}件＝按期答复{c['replied_on_time']}＋逾期答复{c['replied_late']}"
        f"＋逾期未答复{c['unreplied_overdue']}＋期限内待答复{c['unreplied_waiting']}",
        f"接单{c['received']}件＝回访已解决{c['resolved']}＋回访未解决{c['unresolved']}＋未回访{c['not_visited']}",
        f"已回访{row.visited}件＝满意{c['rated_satisfied']}＋基本满意{c['rated_basic']}"
        f"＋不满意{c['rated_dissatisfied']}＋未评价{c['unrated']}",
    ]


__all__ = [
    "OUTCOME_ZH",
    "RateNote",
    "case_notes",
    "case_reconciliation",
    "hotline_notes",
    "hotline_reconciliation",
]
