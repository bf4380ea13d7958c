"""Error parameters as the user reads them: money in yuan, statuses and fields by name, local times."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...domain.clock import SHANGHAI
from ...domain.errors import KnownError
from ...domain.money import format_money
from . import labels
from .tr import translate


class SafeParams(dict[str, Any]):
    """Parameters for ``str.format_map``: a placeholder the error did not fill shows as ``?``."""

    def __missing__(self, key: str) -> str:
        return "?"


def display_params(exc: KnownError) -> SafeParams:
    """``exc``'s parameters, each turned into the text its placeholder shows."""
    params = exc.params
    out = SafeParams(params)
    for key in ("outstanding_fen", "remaining_fen"):
        if isinstance(params.get(key), int):
            out[key.removesuffix("_fen")] = format_money(params[key])
    if exc.code in ("money.too_large", "fee.too_high") and isinstance(params.get("maximum"), int):
        out["maximum"] = format_money(params["maximum"])
    if exc.code.startswith("settings.") and "name" in params:
        out["name"] = labels.label(labels.limit_labels, str(params["name"]))
    if "field" in params:
        out["field"] = labels.label(labels.fields, str(params["field"]))
    for key in ("current", "target", "status"):
        if key in params:
            out[key] = labels.label(labels.statuses, str(params[key]))
    for key in ("reason", "kind"):
        if key in params:
            out[key] = labels.label(labels.exclusions, str(params[key]))
    if exc.code.startswith(("recusal.", "relation.")) and exc.code != "relation.kind" and "kind" in params:
        out["kind"] = labels.label(labels.relation_kinds, str(params["kind"]))
    if isinstance(params.get("parties"), list):
        out["parties"] = "、".join(str(p) for p in params["parties"])
    if isinstance(params.get("details"), list):  # session.overlap: one line per clashing session
        out["details"] = "\n".join(str(p) for p in params["details"])
    if exc.code.startswith("fast_track."):
        for key in ("step", "previous"):
            if key in params:
                out[key] = labels.label(labels.step_names, str(params[key]))
    if exc.code in ("case.changed", "record.changed") and not params.get("by"):
        out["by"] = translate("Errors", "Someone")
    if exc.code == "record.changed":
        out["record"] = record_names().get(str(params.get("record", "")), translate("Errors", "record"))
    if isinstance(params.get("until"), str):
        try:
            until = datetime.fromisoformat(params["until"]).astimezone(SHANGHAI)
            out["until"] = until.strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    if "role" in params:  # a party's role in a case, else an account's role
        table = labels.party_roles if exc.code.startswith("party.") else labels.role_names
        out["role"] = labels.label(table, str(params["role"]))
    if isinstance(params.get("tables"), list | dict):
        out["tables"] = ", ".join(str(t) for t in params["tables"])
    return out


def template_code(exc: KnownError) -> str:
    """The template to use for ``exc`` (a code can have variants chosen by its parameters)."""
    if exc.code == "auth.failed" and exc.params.get("remaining") is not None:
        return "auth.failed.remaining"
    return exc.code


def record_names() -> dict[str, str]:
    """The kinds of record a stale save names (``store/versions.py`` ``KINDS``)."""
    return {
        "agreement": translate("Errors", "agreement"),
        "obligation": translate("Errors", "instalment"),
        "session": translate("Errors", "mediation session"),
        "follow_up": translate("Errors", "follow-up"),
        "confirmation": translate("Errors", "judicial confirmation"),
        "party": translate("Errors", "party"),
        "matter": translate("Errors", "linked matter"),
        "membership": translate("Errors", "committee membership"),
        "person": translate("Errors", "person's details"),
        "organisation": translate("Errors", "organisation"),
        "settings": translate("Errors", "setting"),
        "category": translate("Errors", "category"),
        "case": translate("Errors", "case"),
    }
