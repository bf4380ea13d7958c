"""Recusal (回避): the relations between a person and a party that give a member an interest.

People's Mediation Law Art. 23 and the 2002 rules: a mediator with an interest in the case —
a relative, an employer or colleague, an agent or adviser of a party, a shared interest, gifts
received — discloses it and steps aside. The relation codes are a closed list: a code outside it
is refused (``relation.kind``), so every recorded relation has a name on the screen and counts in
the recusal check.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import ValidationError


class RelationKind(StrEnum):
    """How a person is related to another (recorded for the recusal check)."""

    KINSHIP = "kinship"  # 亲属
    COLLEAGUE = "colleague"  # 同事
    EMPLOYER = "employer"  # 雇佣 (employer or employee)
    AGENT = "agent"  # 代理人
    ADVISER = "adviser"  # 法律顾问 / 顾问
    SHARED_INTEREST = "shared_interest"  # 利害关系
    GIFT = "gift"  # 收受财物
    OTHER = "other"  # 其他可能影响公正的关系 (the note says which)


#: a relation of this kind needs a note saying what it is
NOTE_REQUIRED = frozenset({RelationKind.OTHER})
NOTE_MAX = 200


def check_relation(kind: str, note: str) -> tuple[RelationKind, str]:
    """The relation kind and note, validated.

    Raises:
        ValidationError: ``relation.kind`` for a code outside :class:`RelationKind`;
            ``relation.note`` when an "other" relation has no note; ``text.too_long``.
    """
    try:
        rel = RelationKind(kind.strip())
    except ValueError:
        raise ValidationError("relation.kind", kind=kind) from None
    text = note.strip()
    if len(text) > NOTE_MAX:
        raise ValidationError("text.too_long", field="note", max=NOTE_MAX, length=len(text))
    if rel in NOTE_REQUIRED and not text:
        raise ValidationError("relation.note", kind=rel.value)
    return rel, text


#: committee roles that may lead the mediation as chief mediator (主持调解)
CHIEF_ROLES = frozenset({"mediator", "lawyer"})
