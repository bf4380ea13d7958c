"""A realistic case for the document tests: the stolen road bike of the seed article.

Guo's road bike, worth over 10,000 yuan, was stolen at the entrance of his workplace; the police
found Li, who confessed; the bike came back damaged and Guo asked for compensation. The people's
mediator stationed in the Chaoyang case-handling centre mediated the civil part: Li pays
¥1,200.00 in two instalments (¥600.00 on the spot, ¥600.00 within two weeks).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from mediation_desk.documents.snapshot import (
    AgreementSnapshot,
    AttachmentSnapshot,
    CaseSnapshot,
    ClosingSnapshot,
    FollowUpSnapshot,
    JudicialConfirmationSnapshot,
    LinkedMatterSnapshot,
    MemberSnapshot,
    ObligationSnapshot,
    PartySnapshot,
    PaymentSnapshot,
    SessionSnapshot,
)
from mediation_desk.domain.enums import (
    AgreementForm,
    CaseStatus,
    CommitteeRole,
    IdType,
    MatterStage,
    PartyRole,
    PaymentMethod,
    Procedure,
    Satisfaction,
    SessionOutcome,
    Sex,
    Source,
    Track,
)
from mediation_desk.domain.idcard import make_resident_id

SH = ZoneInfo("Asia/Shanghai")
ORG = "北京市朝阳区执法办案管理中心人民调解委员会"
CASE_NUMBER = "（2026）京朝调字第0012号"
AGREEMENT_NUMBER = "（2026）京朝调协字第0012号"
GUO_ID = make_resident_id("110105", date(1985, 3, 12), 31, Sex.MALE)
LI_ID = make_resident_id("130102", date(1998, 7, 4), 57, Sex.MALE)
GUO_PHONE = "13811226655"
LI_PHONE = "15910348872"


def at(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> datetime:
    """An aware datetime in Beijing time."""
    return datetime(y, mo, d, h, mi, tzinfo=SH)


GUO = PartySnapshot(
    role=PartyRole.APPLICANT,
    name="郭建华",
    sex=Sex.MALE,
    birth_date=date(1985, 3, 12),
    ethnicity="汉族",
    id_type=IdType.RESIDENT_ID,
    id_number=GUO_ID,
    phone=GUO_PHONE,
    address="北京市朝阳区望京街道阜荣街10号院3号楼1单元802室",
    occupation="北京某科技有限公司职员",
)
LI = PartySnapshot(
    role=PartyRole.RESPONDENT,
    name="李明亮",
    sex=Sex.MALE,
    birth_date=date(1998, 7, 4),
    ethnicity="汉族",
    id_type=IdType.RESIDENT_ID,
    id_number=LI_ID,
    phone=LI_PHONE,
    address="河北省石家庄市长安区建设北大街188号",
    occupation="无固定职业",
)
# Other kinds of party: a company (its agent signs, with a power of attorney), a minor and his guardian.
COMPANY = PartySnapshot(
    role=PartyRole.RESPONDENT,
    name="北京阳光嘉园物业服务有限公司朝阳第二分公司",
    is_organisation=True,
    uscc="91110105MA01ABCD2X",
    address="北京市朝阳区望京街道阜荣街10号院物业服务中心",
    legal_rep="赵大勇",
    legal_rep_title="总经理",
    phone="01065123456",
)
AGENT = PartySnapshot(
    role=PartyRole.AGENT,
    name="钱明",
    represents=COMPANY.name,
    agent_authority="特别授权",
    power_of_attorney=True,
)
MINOR = dataclasses.replace(LI, name="李小明", birth_date=date(2011, 5, 1))
GUARDIAN = PartySnapshot(
    role=PartyRole.GUARDIAN, name="李建国", sex=Sex.MALE, represents="李小明", birth_date=date(1980, 1, 1)
)

MEDIATOR = MemberSnapshot(name="王淑英", role=CommitteeRole.MEDIATOR, organisation=ORG)
LAWYER = MemberSnapshot(name="陈立言", role=CommitteeRole.LAWYER, organisation="北京市朝阳区律师调解工作室")
MEDIATOR2 = MemberSnapshot(name="赵志刚", role=CommitteeRole.MEDIATOR, organisation=ORG)
POLICE = MemberSnapshot(name="周立新", role=CommitteeRole.POLICE, organisation="北京市公安局朝阳分局")

FACTS = (
    "2026年11月24日8时许，申请人郭建华停放在其单位门口的公路自行车一辆（价值人民币一万余元）被盗。"
    "朝阳分局民警经侦查查获被申请人李明亮，李明亮如实供述了盗窃事实。自行车已追回并发还申请人，"
    "但车架、变速器及后轮存在不同程度损坏。"
)
ISSUES = "申请人要求被申请人赔偿自行车维修费用及误工损失；双方对赔偿数额和支付期限存在争议。"
RESPONSIBILITY = "被申请人李明亮的盗窃行为造成申请人自行车损坏，应当承担全部赔偿责任；申请人无过错。"
TERMS = (
    "被申请人李明亮向申请人郭建华赔偿自行车维修费、误工费等各项损失共计人民币1,200.00元，分两期支付。",
    "被申请人李明亮就其行为向申请人郭建华赔礼道歉，申请人郭建华表示谅解。",
    "本协议履行完毕后，双方就本纠纷再无其他争议。",
)
OBLIGATIONS = (
    ObligationSnapshot(
        payer="李明亮",
        payee="郭建华",
        description="第一期赔偿款",
        amount_fen=60000,
        on_the_spot=True,
        method=PaymentMethod.CASH,
    ),
    ObligationSnapshot(
        payer="李明亮",
        payee="郭建华",
        description="第二期赔偿款",
        amount_fen=60000,
        due_date=date(2026, 12, 10),
        method=PaymentMethod.WECHAT,
    ),
)


def sample_agreement(**changes: Any) -> AgreementSnapshot:
    """The people's-mediation agreement of the bike case (fields can be overridden)."""
    agreement = AgreementSnapshot(
        number=AGREEMENT_NUMBER,
        version=1,
        track=Track.PEOPLE,
        form=AgreementForm.WRITTEN,
        organisation=ORG,
        seal_name=ORG,
        case_number=CASE_NUMBER,
        parties=(GUO, LI),
        mediators=(MEDIATOR, MEDIATOR2),
        facts=FACTS,
        issues=ISSUES,
        responsibility=RESPONSIBILITY,
        terms=TERMS,
        obligations=OBLIGATIONS,
        performance_method="第一期现金当场支付；第二期通过微信转账支付至申请人郭建华本人账户。",
        performance_place="北京市朝阳区执法办案管理中心人民调解室",
        performance_deadline=date(2026, 12, 10),
        signed_on=date(2026, 11, 27),
        place="北京市朝阳区执法办案管理中心人民调解室",
        police_case_number="京公朝立字〔2026〕04561号",
        charge="盗窃",
    )
    return dataclasses.replace(agreement, **changes)


def criminal_agreement(*, confidential: bool = False) -> AgreementSnapshot:
    """The same settlement as criminal reconciliation (victim Guo, offender Li)."""
    return sample_agreement(
        number="（2026）京朝和字第0003号",
        track=Track.CRIMINAL,
        parties=(
            dataclasses.replace(GUO, role=PartyRole.VICTIM),
            dataclasses.replace(LI, role=PartyRole.SUSPECT),
        ),
        offender_admission="李明亮承认其于2026年11月24日盗窃郭建华公路自行车的犯罪事实，对犯罪事实没有异议，真诚悔罪。",
        apology="李明亮当面向郭建华赔礼道歉，郭建华接受道歉。",
        victim_requests_leniency=True,
        confidential_amounts=confidential,
        police_organ="北京市公安局朝阳分局",
    )


def ps_agreement() -> AgreementSnapshot:
    """A public-security mediation version (the police organ keeps the third copy)."""
    return sample_agreement(
        number="京朝公（治）调字〔2026〕0021号",
        track=Track.PUBLIC_SECURITY,
        police_organ="北京市公安局朝阳分局",
        mediators=(
            MemberSnapshot(name="周立新", role=CommitteeRole.POLICE, organisation="北京市公安局朝阳分局"),
        ),
    )


SESSION_RECORD = """调解员：今天依法对郭建华与李明亮财产损害赔偿纠纷进行调解，双方是否申请调解员回避？
郭建华：不申请。
李明亮：不申请。
调解员：请申请人陈述请求。
郭建华：我的自行车被李明亮偷走后损坏，维修花了一千多元，还耽误了上班，要求他赔偿。
李明亮：我承认偷车，愿意赔，但一次拿不出这么多钱，希望分期。
调解员：经释法说理，双方同意赔偿1,200元，分两期支付，当场先付600元。"""


def sample_case(agreement: AgreementSnapshot | None = None) -> CaseSnapshot:
    """The whole bike case, for every document and the dossier."""
    a = agreement or sample_agreement()
    return CaseSnapshot(
        number=CASE_NUMBER,
        title="郭建华与李明亮财产损害赔偿纠纷",
        track=a.track,
        source=Source.POLICE_REFERRAL,
        category="property_damage",
        organisation=ORG,
        seal_name=ORG,
        received_at=at(2026, 11, 25, 10, 20),
        facts=FACTS,
        claims="请求被申请人赔偿自行车维修费、误工费等损失共计人民币1,500元。",
        parties=a.parties,
        members=(MEDIATOR, MEDIATOR2, POLICE),
        accepted_on=date(2026, 11, 25),
        registered_by="王淑英",
        sessions=(
            SessionSnapshot(
                index=1,
                start=at(2026, 11, 27, 14, 0),
                end=at(2026, 11, 27, 15, 30),
                place="北京市朝阳区执法办案管理中心人民调解室",
                host="王淑英",
                recorder="赵志刚",
                attendees=("郭建华", "李明亮", "王淑英", "赵志刚", "周立新"),
                record=SESSION_RECORD,
                outcome=SessionOutcome.AGREED,
            ),
        ),
        agreement=a,
        payments=(
            PaymentSnapshot(
                receipt_number="SK2026-0031",
                payer="李明亮",
                payee="郭建华",
                amount_fen=60000,
                paid_at=at(2026, 11, 27, 15, 40),
                method=PaymentMethod.CASH,
                purpose="第一期赔偿款",
                handled_by="王淑英",
            ),
            PaymentSnapshot(
                receipt_number="SK2026-0042",
                payer="李明亮",
                payee="郭建华",
                amount_fen=60000,
                paid_at=at(2026, 12, 8, 11, 5),
                method=PaymentMethod.WECHAT,
                purpose="第二期赔偿款",
                handled_by="王淑英",
            ),
        ),
        follow_ups=(
            FollowUpSnapshot(
                at=at(2026, 12, 15, 10, 0),
                method="电话回访",
                by="王淑英",
                interviewee="郭建华",
                performance="被申请人已按协议于2026年12月8日付清全部赔偿款。",
                satisfaction=Satisfaction.SATISFIED,
                opinion="对调解结果满意，感谢调解员。",
            ),
        ),
        attachments=(
            AttachmentSnapshot(section=3, title="郭建华、李明亮居民身份证复印件", pages=2),
            AttachmentSnapshot(section=6, title="自行车维修费发票及损坏照片", pages=3),
        ),
        judicial=JudicialConfirmationSnapshot(court="北京市朝阳区人民法院", applied_on=date(2026, 12, 1)),
        closing=ClosingSnapshot(
            status=CaseStatus.CLOSED,
            closed_on=date(2026, 12, 16),
            summary="双方达成调解协议，赔偿款已全部履行完毕。",
            handled_by="王淑英",
            reviewed_by="张卫东",
        ),
        matter=LinkedMatterSnapshot(
            police_case_number="京公朝立字〔2026〕04561号",
            charge="盗窃",
            procedure=Procedure.RELATIVE_NON_PROSECUTION,
            stage=MatterStage.REVIEW_FOR_PROSECUTION,
            handling_organ="北京市公安局朝阳分局",
            decision="相对不起诉",
            decided_on=date(2026, 12, 20),
        ),
        archived_on=date(2026, 12, 18),
        archivist="赵志刚",
        dossier_note="本卷共收录材料十二件，身份证明及证据材料为复印件，原件已核对。",
    )


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF with whitespace removed (lines wrap anywhere in Chinese)."""
    import io
    import re

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def page_count(pdf: bytes) -> int:
    """Number of pages of a PDF."""
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)
