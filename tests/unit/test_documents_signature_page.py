"""The agreement's signature page always carries agreement text, and every signer is on it.

A page with signatures and no agreement text could be stapled to any document: the closing
clauses and "（以下无正文）" go with the first row of signatures, the last row with the seal, and a
signature list longer than a page continues on pages that name the agreement they belong to.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from mediation_desk.documents import agreement, criminal_agreement, oral_agreement, ps_agreement
from mediation_desk.documents.snapshot import AgreementSnapshot, PartySnapshot
from mediation_desk.domain.enums import AgreementForm, PartyRole
from tests.helpers import doc_fixtures as fx

NAMES = ("郭建华", "李明亮", "张桂兰", "王志强", "刘海燕", "陈国栋", "杨秀英", "赵德胜", "黄丽娟", "周文斌")
NAMES += ("吴春梅", "徐永刚")
SIGN = "（签名）"
CONTINUED = "本页无正文"


def _parties(n: int) -> tuple[PartySnapshot, ...]:
    return tuple(
        dataclasses.replace(
            fx.GUO if i % 2 == 0 else fx.LI,
            name=NAMES[i],
            role=PartyRole.APPLICANT if i % 2 == 0 else PartyRole.RESPONDENT,
        )
        for i in range(n)
    )


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _people(parties: int, facts_times: int) -> AgreementSnapshot:
    return fx.sample_agreement(parties=_parties(parties), facts="\n".join([fx.FACTS] * facts_times))


def _check(pages: list[str], names: list[str], *, copies_clause: str = "本协议一式") -> None:
    signed = [i for i, text in enumerate(pages) if SIGN in text]
    assert signed, "no signature page"
    first = pages[signed[0]]
    # the first signature page carries the closing clauses and the end-of-text mark
    assert copies_clause in first and "（以下无正文）" in first
    assert first.index("（以下无正文）") < first.index(SIGN)
    # signature pages follow one another at the end; a continued one names its agreement
    assert signed == list(range(signed[0], len(pages)))
    for i in signed[1:]:
        assert CONTINUED in pages[i] and "签名页" in pages[i], i
    # the seal and date page has party signatures too (the seal never stands alone)
    last = pages[-1]
    assert "2026年11月27日" in last
    assert any(f"{name}{SIGN}" in last for name in names)
    # every signer appears in the signature area
    area = "".join(pages[i] for i in signed)
    for name in names:
        assert f"{name}{SIGN}" in area, name


@pytest.mark.parametrize("facts_times", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("parties", [2, 6])
def test_signatures_stay_with_the_closing_clauses(parties: int, facts_times: int) -> None:
    pages = _pages(agreement.render(_people(parties, facts_times), qr_payload="MD1|x"))
    _check(pages, list(NAMES[:parties]))
    # a list of up to six parties fits on one page with the text: no continued page at all
    assert not any(CONTINUED in text for text in pages)


def test_the_sample_agreement_no_longer_ends_with_a_page_of_signatures_only() -> None:
    pages = _pages(agreement.render(fx.sample_agreement(), qr_payload="MD1|x"))
    last = pages[-1]
    assert "当事人可以自本协议生效之日起三十日内" in last and "本协议一式三份" in last
    assert "郭建华（签名）" in last and "李明亮（签名）" in last and "人民调解员 王淑英（签名）" in last


@pytest.mark.parametrize("facts_times", [1, 4])
def test_twelve_parties_break_between_rows_with_text_first_and_seal_last(facts_times: int) -> None:
    a = _people(12, facts_times)
    pages = _pages(agreement.render(a, qr_payload="MD1|x"))
    _check(pages, list(NAMES[:12]))
    note = f"（本页无正文，为《人民调解协议书》{a.number}签名页）"
    assert all(note in text for text in pages if CONTINUED in text)
    # rows break between parties, never inside one: each name sits with its fingerprint box
    for text in pages:
        assert text.count(SIGN) - text.count("调解员") <= text.count("捺印")


def test_public_security_and_criminal_forms_keep_their_clauses_with_the_signatures() -> None:
    long_facts = "\n".join([fx.FACTS] * 3)
    ps = dataclasses.replace(fx.ps_agreement(), facts=long_facts)
    _check(_pages(ps_agreement.render(ps, qr_payload="MD1|x")), ["郭建华", "李明亮"])
    crim = dataclasses.replace(fx.criminal_agreement(confidential=True), facts=long_facts)
    _check(_pages(criminal_agreement.render(crim, qr_payload="MD1|x")), ["郭建华", "李明亮"])


def test_oral_agreement_signatures_keep_the_effect_row() -> None:
    a = fx.sample_agreement(form=AgreementForm.ORAL, parties=_parties(6))
    pages = _pages(oral_agreement.render(a))
    signed = [text for text in pages if "签名或者按指印" in text]
    assert len(signed) == 1
    assert "口头调解协议自各方当事人达成协议之日起生效" in signed[0]
    for name in NAMES[:6]:
        assert name in signed[0]
