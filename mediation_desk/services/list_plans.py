"""How a person's case list reads the cases they may see: walk the sort index, or read their set.

The visibility rule (:func:`policy.visible_case_condition`) is one SQL condition; how SQLite runs
it for a mediator or member is chosen here, at sign-in (:func:`with_list_plans`) and per list
(:func:`list_plan`). SQLite cannot estimate the size of ``id IN (the person's cases)``: it either
drives the query from that set (reads and sorts every case the person is on) or walks the order's
index and tests each case it passes. Which is cheaper depends on how many cases the person is on
(S) among all (N), and for the chief-mediator order on where their cases lie in it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..store.models import Case
from .base import Actor
from .policy import on_case_condition, visible_case_condition

#: below this many cases a person's set is read and sorted whatever the total
WALK_MIN_CASES = 500

#: a search walks only when the person is on this many times more cases than a list needs
SEARCH_WALK_FACTOR = 25

#: a walk passes an index entry ~30 times faster than the set reads and sorts a case (1M demo:
#: ~0.12 µs against ~4 µs): a walk over the whole index costs no more than the set below this
#: many cases per case of the person
WHOLE_WALK_RATIO = 30

#: the roles whose lists see only the cases they are on (their set); the others walk
PERSONAL_ROLES = frozenset({"mediator", "member"})


class ListPlan(NamedTuple):
    """The condition a page of the case list applies, and whether it reads the person's set first."""

    condition: ColumnElement[bool]
    by_set: bool


def _shares(session: Session, actor: Actor, today: date | None) -> tuple[int, int, int]:
    """(cases ``actor`` is on, of those the ones they are chief mediator of, the number of cases)."""
    if actor.person_id is None and actor.user_id is None:
        return 0, 0, 0
    condition = on_case_condition(replace(actor, walk_lists=False), today=today)
    mine = session.execute(select(func.count()).select_from(Case).where(condition)).scalar_one()
    chief = 0
    if actor.person_id is not None:  # a chief mediator is on the case: ix_case_chief_mediator_id alone
        chief = session.execute(
            select(func.count()).select_from(Case).where(col(Case.chief_mediator_id) == actor.person_id)
        ).scalar_one()
    total = session.execute(select(func.max(col(Case.id)))).scalar_one() or 0
    return int(mine), int(chief), int(total)


def _walks(mine: int, total: int, factor: int = 1) -> bool:
    return mine >= WALK_MIN_CASES and mine * mine >= 5 * factor * total


def with_list_plans(session: Session, actor: Actor, *, today: date | None = None) -> Actor:
    """``actor`` with the plans sign-in chooses: :attr:`Actor.walk_lists`,
    :attr:`Actor.walk_searches` and :attr:`Actor.walk_chief_order`.

    Reading the set costs ~4 µs a case the person is on (read and sorted); walking with ``+id``
    ~0.1 µs a case passed, about ``200 × total / S`` for a page of 200. With S of the person's
    cases among N, a list walks when S² ≥ 5·N (≈ 700 at 100,000 cases, 2,200 at a million).
    Measured at 100,000: the busiest demo mediator (7,600 cases) 31 → 8 ms a page.

    A search's matches are a fraction p of every case (a common surname ~1 %): walking the date
    index passes ~50·N/(p·S) cases for a page of 50, reading the set S cases at ~40 times the cost
    each — walking wins when S² ≥ 125·N for p = 1 %, 25 times the list's threshold (≈ 3,500 cases
    at 100,000, 11,000 at a million). Measured for the busiest demo mediator: at 100,000 (6,532
    cases) surname searches walk in ~10 ms (the set: 26 ms); at a million (6,644 cases) the walk
    took 210–260 ms, the set ~22 ms.

    Sorted by chief mediator, a chief mediator's own cases lie in one block under their name and a
    walk may pass every case sorted before it: that order walks if their cases under other chief
    mediators alone warrant it, or if walking the whole index costs no more than the set
    (:data:`WHOLE_WALK_RATIO`). Busiest demo mediator (about 94 % of their cases as chief): at a
    million cases the first page walked 124 ms descending, the set 29 ms; at 100,000 the walk
    14 ms, the set 26 ms.
    """
    mine, chief, total = _shares(session, actor, today)
    walk = _walks(mine, total)
    chief_walk = _walks(mine - chief, total) or total <= WHOLE_WALK_RATIO * mine
    return replace(
        actor,
        walk_lists=walk,
        walk_searches=_walks(mine, total, SEARCH_WALK_FACTOR),
        walk_chief_order=walk and chief_walk,
    )


def list_plan(
    actor: Actor,
    *,
    searching: bool = False,
    counting: bool = False,
    order: str | None = None,
    today: date | None = None,
) -> ListPlan:
    """How the case list reads what ``actor`` may see: a page (``searching``: with a search text;
    ``order``: its sort column) or its count.

    The condition is :func:`policy.visible_case_condition` with the walk chosen at sign-in
    (:func:`with_list_plans`), except that a search walks the date index only if
    :attr:`Actor.walk_searches`, the chief-mediator order only if :attr:`Actor.walk_chief_order`,
    and a count always reads the person's set (it has no order to walk; 1M demo, busiest
    mediator: 210 → 27 ms on the one database worker after every list reload).

    ``by_set``: the page should read the person's set first (``page_cases(by_set=…)``) — a mediator
    or member whose list does not walk. Without that, SQLite walked the deadline and
    chief-mediator indexes by their ``IS NULL`` part for them too (1M demo, a member on 818 cases:
    164–311 ms a chief-mediator page, 35–48 ms a deadline page; reading the set: 5 and 16 ms).
    """
    if actor.walk_lists and (
        counting
        or (searching and not actor.walk_searches)
        or (order == "chief_mediator" and not actor.walk_chief_order)
    ):
        actor = replace(actor, walk_lists=False)
    by_set = actor.role in PERSONAL_ROLES and not actor.walk_lists
    return ListPlan(visible_case_condition(actor, today=today), by_set)


def list_condition(
    actor: Actor,
    *,
    searching: bool = False,
    counting: bool = False,
    order: str | None = None,
    today: date | None = None,
) -> ColumnElement[bool]:
    """The condition of :func:`list_plan` (for a count, or where the page's plan is not needed)."""
    return list_plan(actor, searching=searching, counting=counting, order=order, today=today).condition


__all__ = [
    "SEARCH_WALK_FACTOR",
    "WALK_MIN_CASES",
    "WHOLE_WALK_RATIO",
    "ListPlan",
    "list_condition",
    "list_plan",
    "with_list_plans",
]
