"""Decisions in the linked criminal or administrative matter (关联案件的处理决定)."""

from __future__ import annotations

from enum import StrEnum


class DecisionKind(StrEnum):
    """What the police, the procuratorate or the court decided in the matter behind the dispute."""

    NON_PROSECUTION = "non_prosecution"  # 不起诉
    CASE_WITHDRAWN = "case_withdrawn"  # 撤案
    JUDGMENT = "judgment"  # 判决
    ADMINISTRATIVE_PENALTY = "administrative_penalty"  # 行政处罚
    BAIL = "bail"  # 取保候审
    OTHER = "other"  # 其他 (the note says which)
