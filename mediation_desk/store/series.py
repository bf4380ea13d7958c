"""Number series allocation: one counter per organisation, document type and year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from ..domain.numbering import format_case_number
from .models import NumberSeries, Organisation


def next_number(
    session: Session, *, organisation: Organisation, type_code: str, year: int
) -> tuple[str, int]:
    """Allocate the next number in the series (never reused: the counter only grows).

    Returns:
        The formatted number (``（2026）京朝调字第0012号``) and its sequence value.
    """
    assert organisation.id is not None
    stmt = (
        select(NumberSeries)
        .where(
            col(NumberSeries.organisation_id) == organisation.id,
            col(NumberSeries.type_code) == type_code,
            col(NumberSeries.year) == year,
        )
        .with_for_update()
    )
    series = session.execute(stmt).scalars().first()
    if series is None:
        # A series' first number: another workstation may be starting it at the same moment. The
        # unique key lets one insert win; the other reads the winner's row under its lock.
        try:
            with session.begin_nested():
                session.add(
                    NumberSeries(organisation_id=organisation.id, type_code=type_code, year=year, last_seq=0)
                )
        except IntegrityError:
            pass
        series = session.execute(stmt.execution_options(populate_existing=True)).scalars().one()
    series.last_seq += 1
    session.flush()
    number = format_case_number(
        year=year, org_code=organisation.org_code, type_code=type_code, seq=series.last_seq
    )
    return number, series.last_seq
