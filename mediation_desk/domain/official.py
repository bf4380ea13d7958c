"""The 司法部 people's-mediation statistics table's vocabulary (DOMAIN.md "Official dispute types").

The official table counts disputes by the ministry's standard types and by three sources; the
app's own categories and sources map onto them. An administrator may re-map a category
(``services/official_table.py`` stores the overrides); the defaults are here.
"""

from __future__ import annotations

from enum import StrEnum

from .enums import Source

#: The standard dispute types, in the table's order: the core list, then the later additions.
OFFICIAL_TYPES: tuple[str, ...] = (
    "婚姻家庭",
    "邻里",
    "房屋宅基地",
    "合同",
    "生产经营",
    "损害赔偿",
    "山林土地",
    "征地拆迁",
    "环境污染",
    "劳动争议",
    "消费",
    "医疗",
    "道路交通事故",
    "物业",
    "旅游",
    "知识产权",
    "互联网",
    "其他",
)
OTHER_TYPE = "其他"

#: The app's default categories (``DEFAULT_CATEGORIES``) on the standard types.
DEFAULT_TYPE_MAP: dict[str, str] = {
    "neighbour": "邻里",
    "property_damage": "损害赔偿",
    "injury": "损害赔偿",
    "family": "婚姻家庭",
    "labour": "劳动争议",
    "consumer": "消费",
    "property_mgmt": "物业",
    "parking": "邻里",  # parking quarrels between residents
    "noise": "邻里",  # noise between neighbours (not industrial pollution)
    "traffic": "道路交通事故",
    "other": "其他",
}


class OfficialSource(StrEnum):
    """The table's three sources (案件来源)."""

    INITIATIVE = "initiative"  # 主动调解
    APPLICATION = "application"  # 依申请调解
    REFERRAL = "referral"  # 委托移送调解


OFFICIAL_SOURCE_ZH = {
    OfficialSource.INITIATIVE: "主动调解",
    OfficialSource.APPLICATION: "依申请调解",
    OfficialSource.REFERRAL: "委托移送调解",
}

#: What each of the app's sources counts as (everything handed over by another body is a referral).
SOURCE_MAP: dict[str, OfficialSource] = {
    Source.INITIATIVE.value: OfficialSource.INITIATIVE,
    Source.APPLICATION.value: OfficialSource.APPLICATION,
    Source.POLICE_REFERRAL.value: OfficialSource.REFERRAL,
    Source.HOTLINE_12345.value: OfficialSource.REFERRAL,
    Source.POLICE_110.value: OfficialSource.REFERRAL,
    Source.COURT.value: OfficialSource.REFERRAL,
    Source.PROCURATORATE.value: OfficialSource.REFERRAL,
    Source.GOVERNMENT.value: OfficialSource.REFERRAL,
}


def official_type(category: str, overrides: dict[str, str] | None = None) -> str:
    """The standard type of an app category (an unknown category counts as 其他)."""
    found = (overrides or {}).get(category) or DEFAULT_TYPE_MAP.get(category)
    return found if found in OFFICIAL_TYPES else OTHER_TYPE


def official_source(source: str, override: str | None = None) -> OfficialSource:
    """The official source of a case: the recorded override, else what its source implies."""
    if override is not None and override in OfficialSource._value2member_map_:
        return OfficialSource(override)
    return SOURCE_MAP.get(source, OfficialSource.REFERRAL)


__all__ = [
    "DEFAULT_TYPE_MAP",
    "OFFICIAL_SOURCE_ZH",
    "OFFICIAL_TYPES",
    "OTHER_TYPE",
    "OfficialSource",
    "SOURCE_MAP",
    "official_source",
    "official_type",
]
