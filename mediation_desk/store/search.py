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
from sqlmodel import Session, col

from .models import Case, CaseParty, Person, SearchGram

MAX_QUERY = 100
#: From this many matching cases on, a newest-first page probes along the index (see match_condition).
FREQUENT = 2000
#: A long query is probed only if enough of the SAMPLE newest cases match (see _fts_condition).
SAMPLE = 400


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
    stmt = (
        select(Person)
        .join(CaseParty, col(CaseParty.person_id) == col(Person.id))
        .where(col(CaseParty.case_id) == case_id)
    )
    return list(session.execute(stmt).scalars())


def reindex_case(session: Session, case: Case) -> None:
    """Rebuild both search indexes for one case (inside the caller's transaction)."""
    assert case.id is not None
    people = _people(session, case.id)
    session.execute(delete(SearchGram).where(col(SearchGram.case_id) == case.id))
    rows = [{"gram": g, "case_id": case.id} for g in sorted(grams((p.name for p in people), case.title))]
    if rows:
        session.execute(insert(SearchGram), rows)
    doc = document(case, people)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM case_fts WHERE rowid = :id"), {"id": case.id})
        session.execute(
            text("INSERT INTO case_fts(rowid, doc) VALUES (:id, :doc)"), {"id": case.id, "doc": doc}
        )
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


def _threshold(session: Session) -> int:
    """Matching cases from which a newest-first page probes along the date index instead.

    :data:`FREQUENT` at 100,000 cases. A probe walk needs ~50 × cases / matches probes, the ``IN``
    form reads every match's row (at random, often uncached), so the balance point grows with the
    number of cases, more slowly than its square root (probes are cheaper than row reads).
    """
    total = int(session.execute(select(func.max(col(Case.id)))).scalar() or 0)
    scale: float = (total / 100_000) ** 0.3
    return max(1, round(FREQUENT * scale))


def _frequent(session: Session, sub: Any, threshold: int) -> bool:
    """Whether ``sub`` (a SELECT of case ids) has at least ``threshold`` rows (stops counting there)."""
    capped = sub.limit(threshold).subquery()
    return int(session.execute(select(func.count()).select_from(capped)).scalar_one()) >= threshold


def _caseless(q: str) -> bool:
    """Whether a substring test of ``q`` needs no case folding (CJK, digits, punctuation).

    FTS5 folds case before it compares; for a query without cased characters a plain ``instr``
    on the stored document gives exactly the same answer (no character folds into one of them).
    """
    return all(c.lower() == c == c.upper() and c.isprintable() for c in q)


def _fts_condition(session: Session, q: str, newest_first: bool) -> ColumnElement[bool]:
    """The SQLite FTS5 (trigram) condition for a query of 3 or more characters."""
    phrase = '"' + q.replace('"', '""') + '"'
    match = text("SELECT rowid FROM case_fts WHERE case_fts MATCH :q").bindparams(q=phrase)
    sub = match.columns(column("rowid", Integer))
    if not (newest_first and _caseless(q)):
        return col(Case.id).in_(sub)
    # One capped pass over the matches: few → they are the IN list (no second FTS pass); many →
    # probe the newest cases' stored documents one by one (a rowid seek and an instr each).
    threshold = _threshold(session)
    capped = text("SELECT rowid FROM case_fts WHERE case_fts MATCH :q LIMIT :n")
    ids = list(session.execute(capped, {"q": phrase, "n": threshold}).scalars())
    if len(ids) < threshold:
        listed = text("SELECT value FROM json_each(:ids)").bindparams(ids="[" + ",".join(map(str, ids)) + "]")
        return col(Case.id).in_(listed.columns(column("value", Integer)))
    probe = (
        'EXISTS (SELECT 1 FROM case_fts WHERE case_fts.rowid = "case".id'
        " AND instr(case_fts.doc, :probe_q) > 0)"
    )
    # Frequent overall is not frequent among the newest cases when the text follows the date
    # ("12月1" in November): probe the newest SAMPLE first (~2 ms). A page costs ~50 / density
    # probes, the IN form ~threshold row reads or more: probe only at a density ≥ 50 / threshold
    # (or a whole page within the sample); too few hits → the IN form.
    need = min(50, max(2, -(-SAMPLE * 50 // threshold)))
    # (named "case" so that the probe's ``"case".id`` refers to the sample's rows)
    by_date = (col(Case.received_at).desc(), col(Case.id).desc())
    newest = select(col(Case.id)).order_by(*by_date).limit(SAMPLE).subquery("case")
    hits = select(newest.c.id).where(text(probe).bindparams(probe_q=q)).limit(need)  # stops when enough
    if len(session.execute(hits).all()) < need:
        return col(Case.id).in_(sub)
    return text(probe).bindparams(probe_q=q)  # type: ignore[return-value]


def match_condition(
    session: Session, query: str, *, newest_first: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE condition on ``col(Case.id)`` for cases matching ``query`` (None: empty query).

    Args:
        session: The session the condition will run in.
        query: What the user typed.
        newest_first: The caller reads a page in the order of an index (the case list by date
            received). A query matching many cases (a common surname, a phrase of the facts) then
            becomes a correlated EXISTS probed row by row along that index — the first page needs a
            few hundred probes instead of collecting and sorting every match (threshold:
            :func:`_threshold`). Counting and other orders keep the ``IN`` form. A long query probes
            the stored document with ``instr`` (SQLite, caseless queries only: a probe by FTS5
            re-runs the match, ~50 µs a row); on PostgreSQL long queries keep the ``IN`` form.
    """
    q = normalise_query(query)[:MAX_QUERY]
    if not q:
        return None
    if len(q) <= 2:
        sub = select(col(SearchGram.case_id)).where(col(SearchGram.gram) == q)
        if newest_first and _frequent(session, sub, _threshold(session)):
            return exists().where(col(SearchGram.gram) == q, col(SearchGram.case_id) == col(Case.id))
        return col(Case.id).in_(sub)
    if session.get_bind().dialect.name == "sqlite":
        return _fts_condition(session, q, newest_first)
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sub_pg = text("SELECT case_id FROM case_fts WHERE doc ILIKE :q").bindparams(q=like)
    return col(Case.id).in_(sub_pg.columns(column("case_id", Integer)))


def rebuild_all(session: Session) -> int:
    """Rebuild the search index of every case (after an import or a migration)."""
    count = 0
    for case in session.execute(select(Case)).scalars():
        reindex_case(session, case)
        count += 1
    return count
