"""Every error message and label the user reads, split by area, in plain (Qt-free) Python.

- one module per area holds ``templates()``: error code → sentence, ``{name}`` placeholders take
  the error's parameters (:mod:`.inputs`, :mod:`.cases`, :mod:`.people`, :mod:`.agreements`,
  :mod:`.payments`, :mod:`.security`, :mod:`.files`, :mod:`.documents`, :mod:`.statistics`,
  :mod:`.settings`) — a new error code goes into the module of its prefix (see :data:`AREAS`);
- :mod:`.labels`: screen names of the domain's codes (tracks, statuses, roles, fields, limits…);
- :mod:`.params`: parameters as the user reads them; :mod:`.tr`: the translation function.

:func:`render` is what the error dialogs (:mod:`mediation_desk.ui.errors`) and the command line
(:func:`mediation_desk.cli.common.report_error`) both show. ``tests/unit/test_messages.py`` checks
that every code raised below ``ui/`` has a message here, in Chinese and in English.
"""

from __future__ import annotations

from ...domain.errors import KnownError
from . import agreements, cases, documents, files, inputs, payments, people, security, settings, statistics
from .params import display_params, template_code
from .tr import translate

#: The area modules and the code prefixes each one holds.
AREAS = {
    inputs: ("id", "phone", "uscc", "money", "name", "text", "number", "field", "datetime"),
    cases: (
        "case",
        "workflow",
        "eligibility",
        "juvenile",
        "consent",
        "criminal",
        "public_security",
        "extension",
        "recusal",
        "record",
        "session",
        "fast_track",
        "matter",
        "followup",
        "decision",
    ),
    people: ("party", "member", "membership", "organisation", "person", "committee", "relation"),
    agreements: ("agreement", "obligation"),
    payments: ("payment", "fee"),
    security: ("perm", "auth", "password", "user", "sealed"),
    files: (
        "backup",
        "restore",
        "db",
        "disk",
        "transfer",
        "file",
        "storage",
        "key",
        "protector",
        "import",
        "ledger",
        "export",
    ),
    documents: ("document", "scan", "font", "verification", "print"),
    statistics: ("period", "statistics", "report", "hotline", "screening", "official"),
    settings: ("settings", "calendar", "category", "type_code"),
}


def templates() -> dict[str, str]:
    """Every code → its template, in the current language."""
    out: dict[str, str] = {}
    for area in AREAS:
        out.update(area.templates())
    return out


def render(exc: KnownError) -> str:
    """The sentence for ``exc`` in the current language; an unknown code still gets a human message."""
    params = display_params(exc)
    template = templates().get(template_code(exc))
    if template is None:
        generic = translate(
            "Errors",
            "The action could not be completed. Please check your input and try again (code: {code}).",
        )
        return generic.format(code=exc.code)
    return template.format_map(params)


__all__ = ["AREAS", "render", "templates", "translate"]
