"""口头协议登记表 — record of an oral agreement (People's Mediation Law Arts. 28 and 30)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from . import facts
from .agreement_parts import obligation_sentences
from .base import FORM, build_pdf, cn_number, fmt_date, p
from .flowables import money_both
from .forms import Form, signature_lines
from .signatories import MEMBER_TITLES
from .snapshot import AgreementSnapshot

EFFECT = "口头调解协议自各方当事人达成协议之日起生效。人民调解员已将协议内容如实记录并向各方当事人宣读。"


def story(a: AgreementSnapshot) -> list[Flowable]:
    """The flowables of the oral-agreement registration form."""
    form = Form()
    form.pair("案号", a.case_number, "登记编号", a.number)
    form.pair("达成时间", fmt_date(a.signed_on), "调解地点", a.place)
    for party in a.principal_parties:
        form.party(party)
    form.wide("纠纷事实及争议事项", f"{a.facts}\n{a.issues}", height=35)
    terms = [p(f"（{cn_number(i)}）{t}", "cell") for i, t in enumerate(a.terms, 1)]
    terms += [p(s, "cell") for s in obligation_sentences(a.obligations, confidential=a.confidential_amounts)]
    if a.obligations and not a.confidential_amounts:
        terms.append(p(f"合计：{money_both(a.total_fen)}", "cell"))
    form.wide("协议内容", terms, height=40)
    done = facts.performance(a)  # one source: the obligations
    method = "；".join(x for x in (done.manner, a.performance_method.strip().rstrip("。；")) if x)
    deadline = done.deadline_text or (fmt_date(a.performance_deadline) if a.performance_deadline else "")
    form.wide("履行方式地点和期限", f"方式：{method}\n地点：{a.performance_place}\n期限：{deadline}")
    form.full(EFFECT, style="cell_body")
    signers = [f"当事人 {x.name}（签名或者按指印）" for x in a.principal_parties]
    signers += [f"{MEMBER_TITLES.get(m.role, '人民调解员')} {m.name}（签名）" for m in a.mediators]
    form.full([Spacer(1, 2 * mm), *signature_lines(signers)])
    table = form.table()
    # the signatures never stand alone on a page: the performance and effect rows go with them
    last = len(form.rows) - 1
    table.setStyle(TableStyle([("NOSPLIT", (0, last - 2), (-1, last))]))
    return [
        p(a.organisation, "org"),
        p("人民调解口头协议登记表", "form_title"),
        Spacer(1, 2 * mm),
        table,
    ]


def render(a: AgreementSnapshot) -> bytes:
    """Render the registration form of an oral agreement."""
    return build_pdf(
        story(a), title="人民调解口头协议登记表", margins=FORM, author=a.organisation, subject=a.number
    )
