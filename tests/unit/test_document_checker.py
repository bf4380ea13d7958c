"""The document checker over a matrix: parties × tracks × performance, plus generated agreements.

Each agreement is rendered and read back (tests/helpers/document_checker.py): no contradictory
statements, no line starting with closing punctuation, every statutory element and signature
place, fonts embedded, pages within budget. The facts check refuses what would contradict itself.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_desk.documents import agreement, criminal_agreement, facts, ps_agreement, signatories
from mediation_desk.documents.snapshot import (
    AgreementSnapshot,
    MemberSnapshot,
    ObligationSnapshot,
)
from mediation_desk.domain.enums import CommitteeRole, PartyRole, Track
from mediation_desk.domain.errors import RuleViolation
from tests.helpers import doc_fixtures as fx
from tests.helpers.document_checker import lines, problems

QR = "MD1|（2026）京朝调协字第0012号|1|2026-11-27|org|" + "0" * 64 + "|k|sig"
COMPANY, AGENT, MINOR, GUARDIAN = fx.COMPANY, fx.AGENT, fx.MINOR, fx.GUARDIAN

PARTIES = {
    "person": (fx.GUO, fx.LI),
    "organisation": (fx.GUO, COMPANY, AGENT),
    "minor": (fx.GUO, MINOR, GUARDIAN),
}
ROLES = {
    Track.CRIMINAL: (PartyRole.VICTIM, PartyRole.SUSPECT),
    Track.PUBLIC_SECURITY: (PartyRole.APPLICANT, PartyRole.RESPONDENT),
}


def _obligations(kind: str, payer: str) -> tuple[ObligationSnapshot, ...]:
    one = ObligationSnapshot(payer=payer, payee="郭建华", description="赔偿款", amount_fen=120000)
    if kind == "on_the_spot":
        return (dataclasses.replace(one, on_the_spot=True),)
    if kind == "date":
        return (dataclasses.replace(one, due_date=date(2026, 12, 31)),)
    return (
        dataclasses.replace(one, description="第一期赔偿款", amount_fen=60000, on_the_spot=True),
        dataclasses.replace(one, description="第二期赔偿款", amount_fen=60000, due_date=date(2027, 1, 7)),
    )


TERMS = {
    "on_the_spot": ("{p}向郭建华赔偿各项损失共计人民币1,200.00元，于本协议签订时当场一次性支付。",),
    "date": ("{p}向郭建华赔偿各项损失共计人民币1,200.00元，于2026年12月31日前一次性支付。",),
    "instalments": ("{p}向郭建华赔偿各项损失共计人民币1,200.00元，分两期支付。",),
}
STAFF = (
    MemberSnapshot("王淑英", CommitteeRole.MEDIATOR, fx.ORG),
    MemberSnapshot("陈律", CommitteeRole.LAWYER, "北京市朝阳区律师协会驻朝阳分局律师调解工作室"),
    MemberSnapshot("周立新", CommitteeRole.POLICE, "北京市公安局朝阳分局望京派出所"),
    MemberSnapshot("孙检", CommitteeRole.PROSECUTOR, "北京市朝阳区人民检察院"),
    MemberSnapshot("吴社工", CommitteeRole.SOCIAL_WORKER, fx.ORG),
)


def make(track: Track, who: str, kind: str) -> AgreementSnapshot:
    parties = PARTIES[who]
    first, second = ROLES.get(track, (PartyRole.APPLICANT, PartyRole.RESPONDENT))
    parties = (
        dataclasses.replace(parties[0], role=first),
        dataclasses.replace(parties[1], role=second),
        *parties[2:],
    )
    payer = parties[1].name
    return fx.sample_agreement(
        track=track,
        parties=parties,
        mediators=STAFF[:2] if track != Track.PUBLIC_SECURITY else STAFF[2:3],
        terms=tuple(t.format(p=payer) for t in TERMS[kind])
        + ("本协议履行完毕后，双方就本纠纷再无其他争议。",),
        obligations=_obligations(kind, payer),
        performance_method="现金或者银行转账",
        performance_deadline=None,
        police_organ="北京市公安局朝阳分局望京派出所",
    )


def render(a: AgreementSnapshot) -> bytes:
    module = {Track.PUBLIC_SECURITY: ps_agreement, Track.CRIMINAL: criminal_agreement}.get(a.track, agreement)
    return module.render(a, qr_payload=QR)


@pytest.mark.parametrize("kind", ["on_the_spot", "date", "instalments"])
@pytest.mark.parametrize("who", sorted(PARTIES))
@pytest.mark.parametrize("track", list(Track))
def test_every_agreement_reads_right(track: Track, who: str, kind: str) -> None:
    a = make(track, who, kind)
    facts.check_consistent(a)  # the matrix states one thing everywhere
    assert problems(a, render(a), max_pages=3) == []


def test_two_party_two_instalment_agreement_fits_two_pages() -> None:
    a = make(Track.PEOPLE, "person", "instalments")
    assert problems(a, render(a), max_pages=2) == []


def test_signature_places_follow_party_kind_and_track() -> None:
    company = signatories.plan(make(Track.PEOPLE, "organisation", "date"))
    assert company.groups[1][0].kind == "organisation" and not company.groups[1][0].fingerprint
    assert company.groups[1][0].signatory == "委托代理人 钱明"  # the agent with a power of attorney
    minor = signatories.plan(make(Track.PEOPLE, "minor", "date"))
    assert [s.label for s in minor.groups[1]] == ["被申请人 李小明", "法定代理人 李建国"]
    people = signatories.plan(make(Track.PEOPLE, "person", "date"))
    assert [m.label for m in people.members] == ["人民调解员 王淑英", "律师 陈律"]
    police = signatories.plan(make(Track.PUBLIC_SECURITY, "person", "date"))
    assert police.seal is not None and police.seal.organisation == "北京市公安局朝阳分局望京派出所"
    assert [m.label for m in police.members] == ["主持调解人民警察 周立新"]
    lawyer = signatories.plan(make(Track.LAWYER, "person", "date"))
    assert lawyer.seal is not None and lawyer.seal.organisation.endswith("律师调解工作室")
    criminal = signatories.plan(make(Track.CRIMINAL, "person", "date"))
    assert criminal.seal is None and criminal.members[0].label.startswith("见证人（人民调解员）")
    every = signatories.plan(fx.sample_agreement(mediators=STAFF))
    assert [m.label.split()[0] for m in every.members] == [
        "人民调解员",
        "律师",
        "人民警察",
        "检察官",
        "社会工作者",
    ]


def test_company_name_wraps_without_shrinking_into_the_qr_code() -> None:
    a = make(Track.PEOPLE, "organisation", "instalments")
    text = "".join(lines(render(a)))
    assert f"被申请人{COMPANY.name}（单位盖章）" in text.replace(" ", "")


def test_contradictions_are_refused_naming_the_field() -> None:
    a = make(Track.PEOPLE, "person", "instalments")
    with pytest.raises(RuleViolation) as info:
        facts.check_consistent(dataclasses.replace(a, performance_deadline=date(2026, 12, 1)))
    assert info.value.code == "agreement.fact_deadline" and info.value.params["derived"] == "2027年1月7日"
    with pytest.raises(RuleViolation) as info:
        facts.check_consistent(dataclasses.replace(a, performance_method="当场一次性履行完毕"))
    assert info.value.code == "agreement.fact_method_at_once"
    with pytest.raises(RuleViolation) as info:
        facts.check_consistent(dataclasses.replace(a, terms=("共计人民币1,500.00元，分三期支付。",)))
    assert info.value.code == "agreement.fact_terms_instalments"
    assert {
        d.code for d in facts.discrepancies(dataclasses.replace(a, terms=("共计人民币1,500.00元。",)))
    } == {"agreement.fact_terms_total"}
    missing = dataclasses.replace(a.obligations[1], due_date=None)
    assert facts.discrepancies(dataclasses.replace(a, obligations=(a.obligations[0], missing)))[0].code == (
        "agreement.fact_due_missing"
    )


def test_the_printed_deadline_comes_from_the_obligations() -> None:
    # the reported fault: an empty deadline box printed "当场履行完毕" above instalments to 2027-01-07
    a = make(Track.PEOPLE, "person", "instalments")
    text = "".join(lines(render(a))).replace(" ", "")
    assert "履行期限：2027年1月7日前全部履行完毕" in text and "当场履行完毕" not in text
    assert "分两期履行，第一期当场履行" in text


def test_no_line_starts_with_closing_punctuation_in_a_narrow_paragraph() -> None:
    from mediation_desk.documents.base import p

    para = p("甲" * 27 + "，乙（丙）丁。" * 6)
    para.wrap(28 * 16, 1000)
    rows = [
        "".join(str(w) for w in line.words) if hasattr(line, "words") else "".join(line[1])
        for line in para.blPara.lines
    ]
    assert rows and all(row[0] not in "，。）" and row[-1] != "（" for row in rows), rows


amount = st.integers(min_value=1, max_value=10**8)
names = st.sampled_from(["张强", "王丽", "欧阳明月", "李小龙", "赵钱孙"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    track=st.sampled_from(list(Track)),
    payer=names,
    amounts=st.lists(amount, min_size=1, max_size=4),
    first_on_spot=st.booleans(),
    facts_text=st.text(
        alphabet="纠纷事实，。；：（）“”《》双方当事人经协商一致同意赔偿损失1234567890", max_size=300
    ).filter(lambda t: not t or t[-1] not in "（“《"),  # a text that itself ends with "（" is not a break
)
def test_generated_agreements_read_right(
    track: Track, payer: str, amounts: list[int], first_on_spot: bool, facts_text: str
) -> None:
    obligations = tuple(
        ObligationSnapshot(
            payer=payer,
            payee="郭建华",
            description=f"第{i + 1}期款项",
            amount_fen=fen,
            on_the_spot=first_on_spot and i == 0,
            due_date=None if first_on_spot and i == 0 else date(2027, 1 + i, 10),
        )
        for i, fen in enumerate(amounts)
    )
    first, second = ROLES.get(track, (PartyRole.APPLICANT, PartyRole.RESPONDENT))
    a = fx.sample_agreement(
        track=track,
        parties=(
            dataclasses.replace(fx.GUO, role=first),
            dataclasses.replace(fx.LI, name=payer, role=second),
        ),
        facts=facts_text or "无",
        terms=(f"{payer}向郭建华赔偿损失，{facts.instalment_words(obligations)}支付。",),
        obligations=obligations,
        performance_method="",
        performance_deadline=None,
        mediators=STAFF[2:3] if track == Track.PUBLIC_SECURITY else STAFF[:1],
    )
    facts.check_consistent(a)
    assert problems(a, render(a), max_pages=4) == []
