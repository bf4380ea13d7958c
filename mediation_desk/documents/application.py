"""人民调解申请书 and 人民调解受理登记表 (dossier item 1)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mediation_desk.domain.enums import PartyRole, Source
from mediation_desk.domain.vocabulary import zh

from .base import FORM, build_pdf, fmt_date, fmt_datetime, p
from .forms import Form, party_sign_labels, signature_lines
from .snapshot import CaseSnapshot

DECLARATION = "本人自愿申请人民调解委员会调解上述纠纷，保证所述情况属实，并愿意遵守人民调解的有关规定。"


def _applicants(case: CaseSnapshot) -> tuple[list[str], list[str]]:
    applying = {PartyRole.APPLICANT, PartyRole.VICTIM}
    ours = [x.name for x in case.principal_parties if x.role in applying]
    others = [x.name for x in case.principal_parties if x.role not in applying]
    return ours, others


def application_story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the application form."""
    form = Form()
    for party in case.principal_parties:
        form.party(party)
    form.wide("纠纷简要情况", case.facts, height=45)
    form.wide("申请事项", case.claims, height=25)
    ours, _ = _applicants(case)
    form.full(
        [
            p(DECLARATION, "cell_body"),
            Spacer(1, 4 * mm),
            *signature_lines(party_sign_labels([x for x in case.principal_parties if x.name in ours])),
        ]
    )
    return [
        p(case.organisation, "org"),
        p("人民调解申请书", "form_title"),
        p(f"编号：{case.number}", "number"),
        form.table(),
    ]


def registration_story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the acceptance registration form."""
    form = Form()
    form.pair("案号", case.number, "登记时间", fmt_datetime(case.received_at))
    form.pair("案件来源", zh(case.source), "纠纷类型", zh(case.category))
    form.pair("调解类型", zh(case.track), "登记人", case.registered_by)
    for party in case.parties:
        form.party(party)
    form.wide("纠纷简要情况", case.facts)
    form.wide("当事人请求", case.claims)
    if case.matter is not None:
        m = case.matter
        procedure = zh(m.procedure) if m.procedure is not None else ""
        form.wide("关联案件", f"{m.police_case_number}　{m.charge}　{procedure}　{m.handling_organ}")
    if case.declined_reason:
        opinion = f"经审查，决定不予受理。理由：{case.declined_reason}"
    else:
        how = "经当事人申请" if case.source == Source.APPLICATION else f"经{zh(case.source)}"
        opinion = f"{how}，本纠纷属于人民调解受理范围，当事人同意调解，决定受理。"
    mediators = "、".join(m.name for m in case.mediators)
    form.wide("受理意见", [p(opinion, "cell_body"), Spacer(1, 3 * mm), *signature_lines(["负责人（签名）"])])
    form.pair("受理日期", fmt_date(case.accepted_on, blank=""), "承办调解员", mediators)
    return [
        p(case.organisation, "org"),
        p("人民调解受理登记表", "form_title"),
        Spacer(1, 2 * mm),
        form.table(),
    ]


def render_application(case: CaseSnapshot) -> bytes:
    """Render 人民调解申请书 for the applicant(s)."""
    return build_pdf(
        application_story(case),
        title="人民调解申请书",
        margins=FORM,
        author=case.organisation,
        subject=case.number,
    )


def render_registration(case: CaseSnapshot) -> bytes:
    """Render 人民调解受理登记表."""
    return build_pdf(
        registration_story(case),
        title="人民调解受理登记表",
        margins=FORM,
        author=case.organisation,
        subject=case.number,
    )
