"""The vocabulary of DOMAIN.md as enums with stable codes.

The codes are stored in the database and must never change; Chinese terms for paper
live in :mod:`mediation_desk.domain.vocabulary`, screen texts in ``ui/``.
"""

from __future__ import annotations

from enum import StrEnum


class Track(StrEnum):
    """调解类型."""

    PEOPLE = "people"  # 人民调解
    PUBLIC_SECURITY = "public_security"  # 治安调解
    CRIMINAL = "criminal"  # 刑事和解
    LAWYER = "lawyer"  # 律师调解
    PRE_LITIGATION = "pre_litigation"  # 诉前调解


class Source(StrEnum):
    """案件来源."""

    APPLICATION = "application"
    INITIATIVE = "initiative"
    POLICE_REFERRAL = "police_referral"
    HOTLINE_12345 = "hotline_12345"
    POLICE_110 = "police_110"
    COURT = "court"
    PROCURATORATE = "procuratorate"
    GOVERNMENT = "government"


class CaseStatus(StrEnum):
    """Workflow states of a case."""

    REGISTERED = "registered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_MEDIATION = "in_mediation"
    AGREEMENT_REACHED = "agreement_reached"
    MEDIATION_FAILED = "mediation_failed"
    WITHDRAWN = "withdrawn"
    PERFORMING = "performing"
    PERFORMED = "performed"
    NOT_PERFORMED = "not_performed"
    CLOSED = "closed"
    ARCHIVED = "archived"


class PartyRole(StrEnum):
    """当事人身份."""

    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    VICTIM = "victim"
    SUSPECT = "suspect"
    GUARDIAN = "guardian"
    APPROPRIATE_ADULT = "appropriate_adult"
    AGENT = "agent"


#: Roles that are principal parties of the dispute (sign the agreement, get a copy).
PRINCIPAL_ROLES = frozenset({PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.VICTIM, PartyRole.SUSPECT})
#: Roles that accompany a juvenile party.
PROTECTOR_ROLES = frozenset({PartyRole.GUARDIAN, PartyRole.APPROPRIATE_ADULT})


class CommitteeRole(StrEnum):
    """调解委员会成员角色."""

    MEDIATOR = "mediator"
    LAWYER = "lawyer"
    PROSECUTOR = "prosecutor"
    JUDGE = "judge"
    POLICE = "police"
    SOCIAL_WORKER = "social_worker"
    INVITED = "invited"


class Stage(StrEnum):
    """Stages of a case a committee member may be assigned to."""

    ACCEPTANCE = "acceptance"
    INVESTIGATION = "investigation"
    MEDIATION = "mediation"
    AGREEMENT = "agreement"
    PERFORMANCE = "performance"
    FOLLOW_UP = "follow_up"
    JUDICIAL_CONFIRMATION = "judicial_confirmation"


class PersonKind(StrEnum):
    NATURAL = "natural"
    ORGANISATION = "organisation"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    OTHER = "other"


class OrgKind(StrEnum):
    COMMITTEE = "committee"  # 人民调解委员会
    STUDIO = "studio"  # 律师调解工作室
    POLICE_STATION = "police_station"  # 派出所
    CASE_CENTRE = "case_centre"  # 执法办案管理中心
    COURT = "court"
    PROCURATORATE = "procuratorate"
    LAW_FIRM = "law_firm"  # 律师事务所
    SOCIAL_WORK = "social_work"  # 社会工作服务中心
    COMPANY = "company"
    OTHER = "other"


class Procedure(StrEnum):
    """Procedure of the linked police matter."""

    FAST_TRACK_48H = "fast_track_48h"  # 48小时全流程速裁
    ORDINARY_FAST = "ordinary_fast"  # 普通程序快速办理
    RELATIVE_NON_PROSECUTION = "relative_non_prosecution"  # 相对不起诉
    BAIL = "bail"  # 取保候审
    ADMINISTRATIVE = "administrative"  # 治安案件
    OTHER = "other"


class MatterStage(StrEnum):
    SUMMONS = "summons"  # 传唤到案
    INVESTIGATION = "investigation"  # 侦查
    REVIEW_FOR_PROSECUTION = "review_for_prosecution"  # 审查起诉
    TRIAL = "trial"  # 审判
    CONCLUDED = "concluded"


class AgreementForm(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class AgreementState(StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"  # printed for signature
    SIGNED = "signed"  # frozen
    SUPERSEDED = "superseded"  # replaced by a correction


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"


class FollowUpPerformance(StrEnum):
    """What a follow-up (回访) found of the agreement's performance."""

    PERFORMED = "performed"  # 已履行
    PARTLY = "partly"  # 部分履行
    NOT_PERFORMED = "not_performed"  # 未履行


class ContactMethod(StrEnum):
    """How the person was reached at a follow-up."""

    PHONE = "phone"  # 电话
    VISIT = "visit"  # 上门
    SMS = "sms"  # 短信
    WECHAT = "wechat"  # 微信


class SessionOutcome(StrEnum):
    PENDING = "pending"
    AGREED = "agreed"
    CONTINUED = "continued"  # another session needed
    FAILED = "failed"


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    OTHER = "other"


#: Default dispute categories (code → Chinese); an administrator can add more in the database.
DEFAULT_CATEGORIES: dict[str, str] = {
    "neighbour": "邻里纠纷",
    "property_damage": "财产损害纠纷",
    "injury": "人身损害赔偿纠纷",
    "family": "婚姻家庭纠纷",
    "labour": "劳动纠纷",
    "consumer": "消费纠纷",
    "property_mgmt": "物业纠纷",
    "parking": "停车纠纷",
    "noise": "噪声纠纷",
    "traffic": "交通事故纠纷",
    "other": "其他纠纷",
}
