"""The Payments tab's State column: an instalment paid in part says so (not "Open" / 在办)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from mediation_desk.store.queries.case_detail import ObligationRow
from mediation_desk.ui import i18n
from mediation_desk.ui.formatting import today
from mediation_desk.ui.workspace.payments import LedgerModel

pytestmark = pytest.mark.gui


def instalment(paid_fen: int, due: date | None) -> ObligationRow:
    return ObligationRow(
        id=1,
        agreement_id=1,
        seq=1,
        payer_person_id=1,
        payer_name="李娜",
        payee_person_id=2,
        payee_name="张伟",
        description="",
        amount_fen=1200_00,
        due_date=due,
        on_the_spot=False,
        paid_fen=paid_fen,
    )


@pytest.mark.parametrize(
    ("language", "texts"),
    [("en", ("Open", "Partly paid", "Paid", "Overdue")), ("zh_CN", ("在办", "部分履行", "已付", "已超期"))],
)
def test_state_of_an_instalment(qapp: Any, language: str, texts: tuple[str, ...]) -> None:
    later, earlier = today() + timedelta(days=30), today() - timedelta(days=1)
    try:
        assert i18n.install(qapp, language)
        model = LedgerModel()
        states = [
            model.value(instalment(paid, due), 7)
            for paid, due in ((0, later), (500_00, later), (1200_00, later), (500_00, earlier))
        ]
        assert tuple(states) == texts
    finally:
        i18n.install(qapp, "en")
