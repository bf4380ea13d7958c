"""Reconciliation (issue 17): every case figure equals its formula recomputed with plain SQL on the raw
rows of generated demo data, and the counts add up."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from mediation_desk.demo.generator import generate
from mediation_desk.services import monitoring
from mediation_desk.services import statistics as st
from mediation_desk.store.engine import read_session

OUTCOME_SQL = """
CASE
  WHEN c.status = 'registered' THEN 'pending'
  WHEN c.status IN ('accepted', 'in_mediation') THEN 'in_mediation'
  WHEN c.status IN ('agreement_reached', 'performing', 'performed', 'not_performed') THEN 'resolved'
  WHEN c.status = 'mediation_failed' THEN 'failed'
  WHEN c.status = 'withdrawn' THEN 'withdrawn'
  WHEN c.status = 'declined' THEN 'declined'
  ELSE (SELECT CASE h.to_status WHEN 'agreement_reached' THEN 'resolved' WHEN 'mediation_failed' THEN 'failed'
                 WHEN 'withdrawn' THEN 'withdrawn' ELSE 'declined' END
        FROM statushistory h WHERE h.case_id = c.id
          AND h.to_status IN ('agreement_reached', 'mediation_failed', 'withdrawn', 'declined')
        ORDER BY h.seq DESC LIMIT 1)
END"""


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def test_case_and_hotline_figures_equal_plain_sql_on_demo_data(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    generate(sqlite_db, cases=600, today=date(2026, 11, 20), parallel=False)
    now = datetime(2026, 11, 20, 4, tzinfo=UTC)
    with read_session(sqlite_db.engine) as s:
        for period in (st.month(2026, 10), st.month(2026, 5), st.make_period("week", date(2026, 11, 16))):
            w = period.window(now)
            row = st.figures(s, period, now=now)[0]
            p = {"start": _utc(w.start), "end": _utc(w.end), "asof": _utc(w.as_of)}
            outcomes = dict(
                s.execute(
                    text(
                        f'SELECT o, count(*) FROM (SELECT {OUTCOME_SQL} AS o FROM "case" c '
                        "WHERE c.received_at >= :start AND c.received_at < :end) GROUP BY o"
                    ),
                    p,
                ).all()
            )
            c = row.counts
            for name in st.q.OUTCOMES:
                assert c[name] == outcomes.get(name, 0), (period.label, name)
            received = s.execute(
                text('SELECT count(*) FROM "case" WHERE received_at >= :start AND received_at < :end'), p
            ).scalar_one()
            responded = s.execute(
                text(
                    'SELECT count(*) FROM "case" WHERE received_at >= :start AND received_at < :end AND '
                    "coalesce(first_contact_at, accepted_at) IS NOT NULL AND "
                    "(julianday(coalesce(first_contact_at, accepted_at)) - julianday(received_at)) * 24 <= 24"
                ),
                p,
            ).scalar_one()
            closed = s.execute(
                text('SELECT count(*) FROM "case" WHERE closed_at >= :start AND closed_at < :end'), p
            ).scalar_one()
            answers = dict(
                s.execute(
                    text(
                        "SELECT satisfaction, count(*) FROM followup"
                        " WHERE done_at >= :start AND done_at < :end"
                        " AND satisfaction IS NOT NULL GROUP BY satisfaction"
                    ),
                    p,
                ).all()
            )
            assert c["received"] == received == sum(c[o] for o in st.q.OUTCOMES)
            assert c["responded"] == responded and c["not_responded"] == received - responded
            assert c["closed"] == closed
            assert c["answered"] == sum(answers.values())
            assert c["satisfied"] == answers.get("satisfied", 0) + answers.get("basically_satisfied", 0)
            assert (row.response.num, row.response.den) == (responded, received)
            concluded = sum(c[o] for o in ("resolved", "failed", "withdrawn", "declined"))
            assert (row.resolution.num, row.resolution.den) == (c["resolved"], concluded)
            assert (row.satisfaction.num, row.satisfaction.den) == (c["satisfied"], c["answered"])
            hot = monitoring.hotline_figures(s, period, now=now)[0]
            tickets = s.execute(
                text(
                    "SELECT count(*), sum(t.first_response_at IS NOT NULL AND "
                    "(julianday(t.first_response_at) - julianday(t.received_at)) * 24 <= 24), "
                    "sum(t.visit_resolved = 1), sum(t.visit_resolved IS NOT NULL) "
                    "FROM hotlineticket t WHERE t.received_at >= :start AND t.received_at < :end"
                ),
                p,
            ).one()
            assert (
                hot.counts["received"],
                hot.response.num,
                hot.resolution.num,
                hot.resolution.den,
            ) == tuple(int(v or 0) for v in tickets)
        assert st.figures(s, st.month(2026, 10), now=now)[0].counts["received"] > 20
        # the demo's hotline cases carry tickets, so the hotline figures above were not all zero
        assert monitoring.hotline_figures(s, st.month(2026, 10), now=now)[0].counts["received"] > 0
