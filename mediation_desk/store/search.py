"""Case search: party names (1–2 characters included), case no., ID and phone fragments, text.

Two indexes serve one meaning ("the query is a substring of the case's search document"):

* queries of 1–2 characters look up ``searchgram`` — every 1- and 2-character gram of the
  parties' names and every 2-character gram of the title (FTS5 trigram cannot answer them);
* longer queries use FTS5 ``trigram`` on SQLite and a ``pg_trgm`` GIN index with ``ILIKE``
  on PostgreSQL, over the same document (names, case no., ID numbers, phones, title, facts).

Both are maintained by :func:`reindex_case`, called by every service that changes a case.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, column, delete, exists, func, insert, select, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from .models import Case, CaseParty, Person, SearchGram

MAX_QUERY = 100
#: From this many matching cases on, a newest-first page probes along the index (see match_condition).
FREQUENT = 2000


def grams(names: Iterable[str], title: str) -> set[str]:
    """The short-query grams of a case."""
    out: set[str] = set()
    for name in names:
        name = "".join(name.split()).lower()
        out.update(name)
        out.update(name[i : i + 2] for i in range(len(name) - 1))
    t = "".join(title.split()).lower()
    out.update(t[i : i + 2] for i in range(len(t) - 1))
    return {g for g in out if g}


def document(case: Case, people: Iterable[Person]) -> str:
    """The long-query search document of a case."""
    parts = [case.number, case.title, case.facts]
    for person in people:
        parts.append(person.name)
        if person.id_number:
            parts.append(person.id_number)
        if person.uscc:
            parts.append(person.uscc)
        if person.phone:
            parts.append(person.phone)
            parts.append(person.phone.removeprefix("+86"))
    return "\n".join(p for p in parts if p)


def _people(session: Session, case_id: int) -> list[Person]:
    stmt = select(Person).join(CaseParty, CaseParty.person_id == Person.id).where(CaseParty.case_id == case_id)
    return list(session.execute(stmt).scalars())


def reindex_case(session: Session, case: Case) -> None:
    """Rebuild both search indexes for one case (inside the caller's transaction)."""
    assert case.id is not None
    people = _people(session, case.id)
    session.execute(delete(SearchGram).where(SearchGram.case_id == case.id))  # type: ignore[arg-type]
    rows = [{"gram": g, "case_id": case.id} for g in sorted(grams((p.name for p in people), case.title))]
    if rows:
        session.execute(insert(SearchGram), rows)
    doc = document(case, people)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM case_fts WHERE rowid = :id"), {"id": case.id})
        session.execute(text("INSERT INTO case_fts(rowid, doc) VALUES (:id, :doc)"), {"id": case.id, "doc": doc})
    else:
        session.execute(
            text(
                "INSERT INTO case_fts(case_id, doc) VALUES (:id, :doc) "
                "ON CONFLICT (case_id) DO UPDATE SET doc = EXCLUDED.doc"
            ),
            {"id": case.id, "doc": doc},
        )


def normalise_query(query: str) -> str:
    """Fold white space and full-width digits/letters; cut nothing silently (max enforced)."""
    q = "".join(query.split())
    q = q.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return q.lower()


def _frequent(session: Session, sub: Any) -> bool:
    """Whether ``sub`` (a SELECT of case ids) has at least :data:`FREQUENT` rows (stops counting there)."""
    capped = sub.limit(FREQUENT).subquery()
    return int(session.execute(select(func.count()).select_from(capped)).scalar_one()) >= FREQUENT


def match_condition(
    session: Session, query: str, *, newest_first: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE condition on ``Case.id`` for cases matching ``query`` (None: empty query).

    Args:
        session: The session the condition will run in.
        query: What the user typed.
        newest_first: The caller reads a page in the order of an index (the case list by date
            received). A 1–2 character query matching many cases (a common surname) then becomes a
            correlated EXISTS probed row by row along that index — the first page needs a few
            hundred probes instead of collecting and sorting every match. Counting and other
            orders keep the ``IN`` form (so do FTS5 queries: a rowid probe re-runs the match).
    """
    q = normalise_query(query)[:MAX_QUERY]
    if not q:
        return None
    if len(q) <= 2:
        sub = select(SearchGram.case_id).where(SearchGram.gram == q)
        if newest_first and _frequent(session, sub):
            return exists().where(SearchGram.gram == q, SearchGram.case_id == Case.id)
        return Case.id.in_(sub)  # type: ignore[union-attr]
    if session.get_bind().dialect.name == "sqlite":
        phrase = '"' + q.replace('"', '""') + '"'
        sub_sqlite = text("SELECT rowid FROM case_fts WHERE case_fts MATCH :q").bindparams(q=phrase)
        return Case.id.in_(sub_sqlite.columns(column("rowid", Integer)))  # type: ignore[union-attr]
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sub_pg = text("SELECT case_id FROM case_fts WHERE doc ILIKE :q").bindparams(q=like)
    return Case.id.in_(sub_pg.columns(column("case_id", Integer)))  # type: ignore[union-attr]


def rebuild_all(session: Session) -> int:
    """Rebuild the search index of every case (after an import or a migration)."""
    count = 0
    for case in session.execute(select(Case)).scalars():
        reindex_case(session, case)
        count += 1
    return count
