"""Statistics against a hand-computed month (tests/helpers/stats_fixture.py), SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.services import statistics as st
from mediation_desk.services.base import Actor
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case
from mediation_desk.store.queries.statistics import CONCLUDED, OUTCOMES, Definitions
from tests.helpers.stats_fixture import NOW, build

MARCH = st.month(2026, 3)
ADMIN = Actor(user_id=None, username="admin", role="admin", workstation="ws")


@pytest.fixture
def fx(db):  # type: ignore[no-untyped-def]
    return build(db)


def _total(db, period=MARCH, **kw):  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return st.figures(s, period, now=NOW, **kw)[0]


def test_every_figure_of_the_month_matches_the_hand_count(db, fx) -> None:  # type: ignore[no-untyped-def]
    row = _total(db)
    assert row.counts == {
        "received": 8,  # C1 C2 C3 C5 C6 C7 C8 C10 (C4 is February, C9 is April in Shanghai)
        # the received cases by their current outcome (issue 17: these add up to received)
        "pending": 1,  # C8
        "in_mediation": 0,
        "resolved": 4,  # C1 (closed), C2 C7 (performing), C5 (agreed in April, closed)
        "failed": 1,  # C6
        "withdrawn": 1,  # C3
        "declined": 1,  # C10
        "concluded": 7,  # all but C8
        "open": 1,  # C8
        "overdue": 0,  # C8 is due 04-03
        "responded": 4,  # C1 6h, C3 3h, C5 3h (accepted), C6 0.5h; C2 48h, C7 25h, C8 C10 never
        "not_responded": 4,
        "accepted": 6,  # accepted in March: C1 C2 C3 C5 C6 C7
        "closed": 5,  # closed in March: C1 C3 C4 C6 C10
        "answered": 3,  # follow-ups in March: C1 satisfied, C4 basically, C3 dissatisfied (C2 no answer)
        "answer_satisfied": 1,
        "answer_basic": 1,
        "answer_dissatisfied": 1,
        "satisfied": 2,
        "confidential": 1,  # C7
    }
    c = row.counts
    assert c["received"] == sum(c[o] for o in OUTCOMES) == c["responded"] + c["not_responded"]
    assert c["answered"] == c["answer_satisfied"] + c["answer_basic"] + c["answer_dissatisfied"]
    assert (row.response.num, row.response.den, row.response.percent()) == (4, 8, "50.0%")
    assert (row.resolution.num, row.resolution.den, row.resolution.percent()) == (4, 7, "57.1%")
    assert row.satisfaction.value == Fraction(2, 3) and row.satisfaction.percent() == "66.7%"
    # amounts of C1, C2 and C5 (C7 is confidential): C2's April payment and C5's are after March
    assert (row.agreed_fen, row.paid_fen, row.outstanding_fen) == (1_070_000, 600_000, 470_000)
    # days to the agreement: C1 3.0, C2 10.5, C5 6.0, C7 2.0 → mean 21.5/4 = 5.375
    assert (row.avg_days, row.max_days) == (5.4, 10.5)


def test_confidential_amounts_never_reach_the_figures(db, fx) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        rows = st.figures(s, MARCH, by="category", now=NOW)
    injury = next(r for r in rows if r.key == "injury")
    assert injury.counts["confidential"] == 1 and injury.counts["resolved"] == 1
    assert (injury.agreed_fen, injury.paid_fen) == (0, 0)
    assert all(r.agreed_fen != 8_000_000 and r.paid_fen < 3_000_000 for r in rows)


def test_breakdowns_are_grouped_in_sql(db, fx) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        by_cat = {r.key: r for r in st.figures(s, MARCH, by="category", now=NOW)}
        by_med = {r.key: r for r in st.figures(s, MARCH, by="mediator", now=NOW)}
        by_track = {r.key: r for r in st.figures(s, MARCH, by="track", now=NOW)}
        by_org = st.figures(s, MARCH, by="organisation", now=NOW)
    noise = by_cat["noise"]
    assert noise.label == "噪声纠纷"
    assert [noise.counts[k] for k in ("received", "resolved", "open", "closed", "pending")] == [3, 2, 1, 2, 1]
    assert noise.agreed_fen == 1_000_000
    assert by_cat["parking"].counts["withdrawn"] == 1 and by_cat["neighbour"].counts["failed"] == 1
    m1, m2 = by_med[fx.m1], by_med[fx.m2]
    assert m1.label == "王调解" and m2.label == "刘调解"
    assert [m1.counts[k] for k in ("received", "resolved", "closed", "withdrawn", "confidential")] == [
        3,
        2,
        3,
        1,
        1,
    ]
    assert m1.agreed_fen == 500_000 and m2.agreed_fen == 570_000 and m2.paid_fen == 100_000
    assert by_med[None].counts["received"] == 2  # C8, C10 have no mediator
    assert (
        by_track["criminal"].counts["received"] == 1 and by_track["public_security"].counts["responded"] == 1
    )
    assert (
        len(by_org) == 1 and by_org[0].counts["received"] == 8 and by_org[0].label == "朝阳区人民调解委员会"
    )
    # the groups add up to the total
    assert sum(r.counts["received"] for r in by_cat.values()) == 8
    assert sum(r.counts["closed"] for r in by_med.values()) == 5


def test_clicking_a_figure_lists_exactly_its_cases(db, fx) -> None:  # type: ignore[no-untyped-def]
    c = fx.ids
    with read_session(db.engine) as s:

        def ids(figure, **kw):  # type: ignore[no-untyped-def]
            return set(st.cases_behind(s, MARCH, figure, now=NOW, **kw))

        assert ids("received") == {c[k] for k in ("C1", "C2", "C3", "C5", "C6", "C7", "C8", "C10")}
        assert ids("response") == {c["C1"], c["C3"], c["C5"], c["C6"]}
        assert ids("resolution") == {c["C1"], c["C2"], c["C5"], c["C7"]}
        assert ids("closed") == {c[k] for k in ("C1", "C3", "C4", "C6", "C10")}
        assert ids("satisfaction") == {c["C1"], c["C4"]}
        assert ids("overdue") == set()
        assert ids("agreed") == {c["C1"], c["C2"], c["C5"]}
        assert ids("max_days") == {c["C1"], c["C2"], c["C5"], c["C7"]}
        assert ids("declined") == {c["C10"]} and ids("pending") == {c["C8"]}
        assert ids("concluded") == {c[k] for k in ("C1", "C2", "C3", "C5", "C6", "C7", "C10")}
        assert ids("received", by="category", key="noise") == {c["C1"], c["C2"], c["C8"]}
        assert ids("received", by="mediator", key=None) == {c["C8"], c["C10"]}
        assert ids("resolved", by="mediator", key=fx.m1) == {c["C1"], c["C7"]}


def test_cases_count_in_the_month_received_closings_where_they_fall(db, fx) -> None:  # type: ignore[no-untyped-def]
    feb, apr = _total(db, st.month(2026, 2)), _total(db, st.month(2026, 4))
    # C4 + parking filler; C4 agreed 02-28
    assert feb.counts["received"] == 1 + 6 and feb.counts["resolved"] == 1 and feb.counts["pending"] == 6
    assert feb.counts["closed"] == 0
    # C9 only: C5 (agreed 04-03) counts with March, the month it was received
    assert apr.counts["received"] == 1 and apr.counts["resolved"] == 0 and apr.counts["pending"] == 1
    assert apr.counts["closed"] == 1  # C5, closed 04-10: "closed in the period" is its own figure
    assert apr.agreed_fen == 0 and apr.paid_fen == 0
    assert apr.counts["satisfied"] == 1  # C4's April follow-up
    day = _total(db, st.make_period("day", date(2026, 3, 31)))
    assert day.counts["received"] == 1  # C8 at 23:30 Shanghai (15:30 UTC)
    q1 = _total(db, st.make_period("quarter", date(2026, 2, 14)))
    assert q1.counts["received"] == 4 + 7 + 8  # January filler 1+2+1, February 6+C4, March


def test_an_administrator_can_change_the_definitions(db, fx) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        defaults = st.definitions(s)
    assert defaults.response_hours == 24 and defaults.concluded_outcomes == CONCLUDED
    with pytest.raises(PermissionDenied):
        st.save_definitions(db, Actor(user_id=None, username="m", role="mediator"), defaults)
    for bad in (
        Definitions(response_hours=0),
        Definitions(concluded_outcomes=("failed",)),
        Definitions(satisfied_answers=("happy",)),
        Definitions(satisfied_answers=()),
    ):
        with pytest.raises(ValidationError):
            st.save_definitions(db, ADMIN, bad)
    st.save_definitions(
        db,
        ADMIN,
        Definitions(
            response_hours=48,
            concluded_outcomes=("resolved", "failed", "withdrawn"),
            satisfied_answers=("satisfied",),
        ),
    )
    row = _total(db)
    assert row.response.num == 6  # C2 (48h) and C7 (25h) now count
    assert (row.resolution.num, row.resolution.den) == (4, 6)  # C10 (declined) left out
    assert (row.satisfaction.num, row.satisfaction.den) == (1, 3)


def test_visible_condition_hides_cases_from_every_figure(db, fx) -> None:  # type: ignore[no-untyped-def]
    hidden = Case.id != fx.ids["C1"]
    row = _total(db, visible=hidden)
    assert row.counts["received"] == 7 and row.counts["resolved"] == 3
    assert row.agreed_fen == 570_000 and row.counts["satisfied"] == 1
    with read_session(db.engine) as s:
        assert fx.ids["C1"] not in st.cases_behind(s, MARCH, "received", visible=hidden, now=NOW)
        q = st.monthly_question(s, 2026, 3, visible=hidden)
    assert q.by_count[0].count == 2


def test_monthly_question_ranks_by_count_and_growth(db, fx) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        q = st.monthly_question(s, 2026, 3)
    # March: noise 3 (C1 C2 C8), the rest 1 each; previous Dec/Jan/Feb averages:
    # noise (2+1+1)/3 → +125 %, property_damage 1/3 → +200 %, neighbour 1 → 0 %, parking 2 → −50 %,
    # injury and other have no history.
    assert [(t.category, t.count) for t in q.by_count] == [
        ("noise", 3),
        ("property_damage", 1),
        ("neighbour", 1),
        ("parking", 1),
        ("injury", 1),
        ("other", 1),
    ]
    assert [t.category for t in q.by_growth] == [
        "property_damage",
        "noise",
        "neighbour",
        "parking",
        "injury",
        "other",
    ]
    noise = q.by_count[0]
    assert noise.previous == (2, 1, 1) and noise.growth == Fraction(5, 4) and noise.label == "噪声纠纷"
    assert q.by_count[4].growth is None
    assert q.topic is not None and q.topic.category == "noise"
    assert q.topic_case_ids == sorted([fx.ids["C1"], fx.ids["C2"], fx.ids["C8"]])


def test_monthly_question_reads_the_topic_month_along_the_date_index(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The topic's cases are read by the month (a few thousand at a district), not by category (a
    tenth of every case ever received: 265 ms at a million cases)."""
    from sqlalchemy import event

    build(sqlite_db)
    statements: list[tuple[str, tuple[object, ...]]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(sqlite_db.engine, "before_cursor_execute", seen)
    try:
        with read_session(sqlite_db.engine) as s:
            q = st.monthly_question(s, 2026, 3)
            topic = [(sql, args) for sql, args in statements if "category" in sql and "ORDER BY" in sql]
            assert q.topic is not None and len(topic) == 1
            plan = " ".join(
                str(r[3])
                for r in s.connection()
                .exec_driver_sql("EXPLAIN QUERY PLAN " + topic[0][0], topic[0][1])
                .all()
            )
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", seen)
    print(f"\ntopic query plan: {plan}")
    assert "ix_case_received_at" in plan and "ix_case_category" not in plan


def test_periods_are_shanghai_calendar_ranges() -> None:
    assert st.make_period("week", date(2026, 3, 4)) == st.Period("week", date(2026, 3, 2), date(2026, 3, 9))
    assert st.make_period("quarter", date(2026, 11, 2)) == st.Period(
        "quarter", date(2026, 10, 1), date(2027, 1, 1)
    )
    assert st.make_period("year", date(2026, 5, 1)).end == date(2027, 1, 1)
    assert st.make_period("custom", date(2026, 3, 1), date(2026, 3, 3)).end == date(2026, 3, 4)
    with pytest.raises(ValidationError):
        st.make_period("custom", date(2026, 3, 3), date(2026, 3, 1))
    w = MARCH.window()
    assert w.start.utcoffset() is not None and w.start.astimezone().isoformat() and w.start.hour == 0
    assert [p.start.month for p in st.months_back(2026, 2, 3)] == [12, 1, 2]
    assert MARCH.label == "2026年3月" and MARCH.previous() == st.month(2026, 2)


def test_monthly_report_prints_the_figures_and_no_confidential_amount(db, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from mediation_desk.services.statistics_report import export_monthly_report, monthly_report_snapshot

    with read_session(db.engine) as s:
        snap = monthly_report_snapshot(s, 2026, 3, now=NOW)
    values = dict(snap.summary)
    assert values["响应率"] == "50.0%（4/8）" and values["解决率"] == "57.1%（4/7）"
    assert values["满意率"] == "66.7%（2/3）" and values["协议金额"] == "¥10,700.00"
    assert values["平均调解天数"] == "5.4天" and values["最长调解天数"] == "10.5天"
    # each rate's definition and formula with the month's numbers, and the counts that add up
    assert any(line.startswith("解决率：") and "调解成功4÷办结7＝57.1%" in line for line in snap.definitions)
    parts = "待受理1＋调解中0＋调解成功4＋调解不成1＋撤回1＋不予受理1"
    assert f"本期收案8件＝{parts}（按案件当前结果）" in snap.definitions
    assert snap.topic.startswith("噪声纠纷（本月3件")
    assert snap.category_series["噪声纠纷"][-2:] == [1, 3]  # February (C4), March
    assert snap.rate_series["解决率"][-1] == 57.1
    path = tmp_path / "report.pdf"
    export_monthly_report(db, Actor(user_id=None, username="sys", role="system"), path, 2026, 3)
    text = "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")
    assert "2026年3月人民调解工作统计报告" in text and "第1页" in text
    assert "解决率：本期收案中已办结的案件" in text
    assert "80,000" not in text and "80000" not in text and "30,000" not in text
