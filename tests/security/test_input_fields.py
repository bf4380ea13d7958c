"""Class 9: one validation layer for every text field — length, characters, NFC, trimming, money."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import parse_money
from mediation_desk.services import admin_settings, agreements, performance, sessions
from mediation_desk.services.base import SYSTEM
from mediation_desk.services.cases import change_status, register_case
from mediation_desk.services.inputs import AgreementInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Case, Person
from tests.helpers.factories import MEDIATOR, new_case, person

HOSTILE = {
    "bell": "张\x07伟",
    "nul": "张\x00伟",
    "escape": "张伟\x1b[31m",
    "bidi override": "张\u202e伟",
    "bidi isolate": "\u2066张伟\u2069",
    "zero width only": "\u200b\u200b",
    "zero width inside": "张\u200d伟",
    "bom": "\ufeff张伟",
    "line separator": "张\u2028伟",
    "lone surrogate": "张\ud800伟",
}
AT = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
_SEQ = itertools.count(100)


def _in_mediation(db) -> int:  # type: ignore[no-untyped-def]
    case_id = register_case(db, MEDIATOR, new_case(1)).case_id
    change_status(db, MEDIATOR, case_id, CaseStatus.ACCEPTED)
    return case_id


#: One text field of each service that stores text: (name, store value in db).
FIELDS_BY_SERVICE: dict[str, Callable[..., object]] = {
    "case title": lambda db, v: register_case(db, MEDIATOR, new_case(1, title=v)),
    "case facts": lambda db, v: register_case(db, MEDIATOR, new_case(1, facts=v)),
    "party name": lambda db, v: register_case(db, MEDIATOR, new_case(1, applicant=person(v))),
    "party address": lambda db, v: register_case(
        db, MEDIATOR, new_case(1, applicant=replace(person("张伟"), address=v))
    ),
    "session place": lambda db, v: sessions.schedule_session(
        db, MEDIATOR, _in_mediation(db), starts_at=AT, place=v
    ),
    "agreement terms": lambda db, v: agreements.draft_agreement(
        db, MEDIATOR, _mediating(db), AgreementInput(terms=v)
    ),
    "follow-up note": lambda db, v: performance.record_follow_up(
        db, MEDIATOR, _in_mediation(db), done_at=AT, note=v
    ),
    "organisation name": lambda db, v: admin_settings.update_organisation(db, SYSTEM, 1, name=v),
}


def _mediating(db) -> int:  # type: ignore[no-untyped-def]
    case_id = _in_mediation(db)
    change_status(db, MEDIATOR, case_id, CaseStatus.IN_MEDIATION)
    return case_id


def _both_languages(exc: ValidationError) -> tuple[str, str]:
    from mediation_desk.ui.messages import render, tr

    with tr.using(tr.catalogue("zh_CN")):
        zh = render(exc)
    with tr.using(tr.catalogue("en")):
        en = render(exc)
    return zh, en


@pytest.mark.parametrize("field", sorted(FIELDS_BY_SERVICE))
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_service_refuses_hostile_text_with_a_message(db, field: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        FIELDS_BY_SERVICE[field](db, HOSTILE[kind])
    assert err.value.code in ("text.characters", "name.characters", "text.empty", "name.empty")
    zh, en = _both_languages(err.value)
    assert "code:" not in en and "代码" not in zh and zh != en


@pytest.mark.parametrize("field", sorted(FIELDS_BY_SERVICE))
def test_every_service_refuses_a_ten_thousand_character_value(sqlite_db, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        FIELDS_BY_SERVICE[field](sqlite_db, "调" * 60_000)
    assert err.value.code in ("text.too_long", "name.too_long")
    zh, en = _both_languages(err.value)
    assert "60000" in zh and "60000" in en


def test_names_are_stored_nfc_and_trimmed(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    decomposed = "  Jose\u0301　"  # e + combining acute, ideographic space
    register_case(sqlite_db, MEDIATOR, new_case(1, applicant=person(decomposed), title=" 标题\u3000"))
    with read_session(sqlite_db.engine) as s:
        names = {p.name for p in s.execute(select(Person)).scalars()}
        titles = {c.title for c in s.execute(select(Case)).scalars()}
    assert "José" in names and "标题" in titles


@pytest.mark.parametrize(
    ("typed", "fen"), [("１２３.４５", 12345), ("￥１，２００", 120000), (" 80 ", 8000), ("８０元", 8000)]
)
def test_full_width_digits_in_money_follow_one_rule(typed: str, fen: int) -> None:
    assert parse_money(typed) == fen


TEXT_FIELDS = [
    "name",
    "address",
    "title",
    "facts",
    "place",
    "record",
    "terms",
    "note",
    "agent_authority",
    "reason",
    "legal_basis",
    "description",
    "org_code",
    "display_name",
    "signatories",
]
CHARS = st.characters(codec="utf-8") | st.sampled_from(["\x00", "\x07", "\u202e", "\u200b", "\r", "\n", "\t"])


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from(TEXT_FIELDS), value=st.text(CHARS, max_size=80))
def test_fuzzed_text_is_clean_or_refused_with_a_known_code(field: str, value: str) -> None:
    from mediation_desk.domain.validation import FIELDS, clean

    limit, multiline = FIELDS[field]
    try:
        out = clean(field, value)
    except ValidationError as exc:
        assert exc.code in ("text.characters", "text.too_long")
        return
    assert out == out.strip() and unicodedata.is_normalized("NFC", out) and len(out) <= limit
    allowed = {"\n", "\t"} if multiline else set()
    assert all(ch in allowed or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in out)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(CHARS, min_size=1, max_size=30), title=st.text(CHARS, max_size=40))
def test_fuzzed_intake_saves_clean_text_or_nothing(sqlite_db, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    with read_session(sqlite_db.engine) as s:
        before = s.execute(select(func.count()).select_from(Case)).scalar_one()
    try:
        applicant = person(name, seq=next(_SEQ))  # a new ID number: a new record, never a reused one
        register_case(sqlite_db, MEDIATOR, new_case(1, applicant=applicant, title=title))
    except ValidationError:
        with read_session(sqlite_db.engine) as s:
            assert (
                s.execute(select(func.count()).select_from(Case)).scalar_one() == before
            )  # nothing half-saved
        return
    with read_session(sqlite_db.engine) as s:
        for p in s.execute(select(Person)).scalars():
            assert p.name == unicodedata.normalize("NFC", p.name).strip()
            assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in p.name)
