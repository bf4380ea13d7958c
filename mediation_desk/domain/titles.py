"""The name of a case as intake proposes it and the papers print it.

A dispute is named after its parties and category ("王丽与张强财产损害纠纷"); a criminal
reconciliation after the suspect and the charge ("张强涉嫌盗窃罪刑事和解").

Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from .enums import PRINCIPAL_ROLES, PartyRole, Track


def charge_name(charge: str) -> str:
    """``盗窃`` → ``盗窃罪`` (a charge already ending in 罪 is kept)."""
    charge = charge.strip()
    return charge if not charge or charge.endswith("罪") else f"{charge}罪"


def case_title(
    track: Track, parties: Sequence[tuple[PartyRole, str]], category: str = "", charge: str = ""
) -> str:
    """The proposed name of a case.

    Args:
        track: The case's track.
        parties: ``(role, name)`` of the parties in case order.
        category: The category's Chinese label (财产损害纠纷).
        charge: The charge of the linked criminal matter (盗窃 / 盗窃罪).

    Returns:
        "张强涉嫌盗窃罪刑事和解" for a criminal reconciliation with a suspect and a charge, else
        the first two principal parties joined by 与, followed by the category.
    """
    if track == Track.CRIMINAL and charge.strip():
        suspects = [name for role, name in parties if role == PartyRole.SUSPECT and name]
        if suspects:
            return f"{'、'.join(suspects)}涉嫌{charge_name(charge)}刑事和解"
    names = [name for role, name in parties if role in PRINCIPAL_ROLES and name][:2]
    return "与".join(names) + category
