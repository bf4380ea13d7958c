"""Chinese terms for codes, as printed on official paper (documents are always Chinese).

Screen texts are translated in ``ui/``; these are the legal terms of DOMAIN.md.
"""

from __future__ import annotations

from .enums import (
    DEFAULT_CATEGORIES,
    AgreementForm,
    CaseStatus,
    CommitteeRole,
    IdType,
    MatterStage,
    PartyRole,
    PaymentMethod,
    Procedure,
    Satisfaction,
    Sex,
    Source,
    Stage,
    Track,
)

ZH: dict[object, str] = {
    Track.PEOPLE: "人民调解",
    Track.PUBLIC_SECURITY: "治安调解",
    Track.CRIMINAL: "刑事和解",
    Track.LAWYER: "律师调解",
    Track.PRE_LITIGATION: "诉前调解",
    Source.APPLICATION: "当事人申请",
    Source.INITIATIVE: "主动调解",
    Source.POLICE_REFERRAL: "公安机关移交",
    Source.HOTLINE_12345: "12345热线",
    Source.POLICE_110: "110警情",
    Source.COURT: "法院委托",
    Source.PROCURATORATE: "检察院移送",
    Source.GOVERNMENT: "政府部门指定",
    CaseStatus.REGISTERED: "登记",
    CaseStatus.ACCEPTED: "受理",
    CaseStatus.DECLINED: "不予受理",
    CaseStatus.IN_MEDIATION: "调解中",
    CaseStatus.AGREEMENT_REACHED: "达成协议",
    CaseStatus.MEDIATION_FAILED: "调解不成",
    CaseStatus.WITHDRAWN: "撤回",
    CaseStatus.PERFORMING: "履行中",
    CaseStatus.PERFORMED: "已履行",
    CaseStatus.NOT_PERFORMED: "未履行",
    CaseStatus.CLOSED: "结案",
    CaseStatus.ARCHIVED: "归档",
    PartyRole.APPLICANT: "申请人",
    PartyRole.RESPONDENT: "被申请人",
    PartyRole.VICTIM: "被害人",
    PartyRole.SUSPECT: "违法犯罪嫌疑人",
    PartyRole.GUARDIAN: "法定代理人",
    PartyRole.APPROPRIATE_ADULT: "合适成年人",
    PartyRole.AGENT: "委托代理人",
    CommitteeRole.MEDIATOR: "人民调解员",
    CommitteeRole.LAWYER: "律师",
    CommitteeRole.PROSECUTOR: "检察官",
    CommitteeRole.JUDGE: "法官",
    CommitteeRole.POLICE: "民警",
    CommitteeRole.SOCIAL_WORKER: "社工",
    CommitteeRole.INVITED: "邀请人员",
    Stage.ACCEPTANCE: "受理",
    Stage.INVESTIGATION: "调查",
    Stage.MEDIATION: "调解",
    Stage.AGREEMENT: "协议",
    Stage.PERFORMANCE: "履行",
    Stage.FOLLOW_UP: "回访",
    Stage.JUDICIAL_CONFIRMATION: "司法确认",
    Sex.MALE: "男",
    Sex.FEMALE: "女",
    IdType.RESIDENT_ID: "居民身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAO_PERMIT: "港澳居民来往内地通行证",
    IdType.TAIWAN_PERMIT: "台湾居民来往大陆通行证",
    IdType.FOREIGN_PERMANENT: "外国人永久居留身份证",
    IdType.OTHER: "其他证件",
    Procedure.FAST_TRACK_48H: "48小时全流程速裁",
    Procedure.ORDINARY_FAST: "普通程序快速办理",
    Procedure.RELATIVE_NON_PROSECUTION: "相对不起诉",
    Procedure.BAIL: "取保候审",
    Procedure.ADMINISTRATIVE: "治安案件",
    Procedure.OTHER: "其他",
    MatterStage.SUMMONS: "传唤到案",
    MatterStage.INVESTIGATION: "侦查",
    MatterStage.REVIEW_FOR_PROSECUTION: "审查起诉",
    MatterStage.TRIAL: "审判",
    MatterStage.CONCLUDED: "办结",
    AgreementForm.WRITTEN: "书面协议",
    AgreementForm.ORAL: "口头协议",
    Satisfaction.SATISFIED: "满意",
    Satisfaction.BASICALLY_SATISFIED: "基本满意",
    Satisfaction.DISSATISFIED: "不满意",
    PaymentMethod.CASH: "现金",
    PaymentMethod.BANK_TRANSFER: "银行转账",
    PaymentMethod.WECHAT: "微信",
    PaymentMethod.ALIPAY: "支付宝",
    PaymentMethod.OTHER: "其他",
}


def zh(code: object) -> str:
    """Chinese term for an enum member or a category code (falls back to the code)."""
    if isinstance(code, str) and code in DEFAULT_CATEGORIES:
        return DEFAULT_CATEGORIES[code]
    return ZH.get(code, str(code))


#: Words of an agreement's performance method (履行方式) that name how money is paid, first match wins.
_PAYMENT_WORDS: tuple[tuple[tuple[str, ...], PaymentMethod], ...] = (
    (("微信", "wechat"), PaymentMethod.WECHAT),  # before "转账": a WeChat transfer is WeChat
    (("支付宝", "alipay"), PaymentMethod.ALIPAY),
    (("银行", "转账", "汇款", "bank", "transfer"), PaymentMethod.BANK_TRANSFER),
    (("现金", "cash"), PaymentMethod.CASH),
)


def payment_method_in(text: str) -> PaymentMethod | None:
    """The payment method an agreement's performance method names ("分两期银行转账" → bank transfer)."""
    lowered = text.casefold()
    for words, method in _PAYMENT_WORDS:
        if any(w in lowered for w in words):
            return method
    return None
