"""Error messages about people: parties, committee members and memberships, organisations.

Codes ``party.*``, ``member.*``, ``membership.*``, ``organisation.*``, ``person.*``, ``committee.*``,
``relation.*``
(:data:`mediation_desk.ui.messages.AREAS`). A new code of this area goes here.
(``translate("Errors", …)`` literals are what ``resources/i18n/update.sh`` extracts)."""

from __future__ import annotations

from .tr import translate


def templates() -> dict[str, str]:
    """Code → template in the current language (``{name}`` takes the error's parameter)."""
    return {
        "person.not_found": translate(
            "Errors",
            "This person's record was not found. Enter the person's details again.",
        ),
        "member.role": translate("Errors", "Choose the member's role on the committee."),
        "member.id_exists": translate("Errors", "Another person on record already has this ID number."),
        "member.not_member": translate("Errors", "This person is not a committee member."),
        "member.inactive": translate("Errors", "This member is no longer available. Choose another member."),
        "organisation.kind": translate("Errors", "Choose the kind of organisation."),
        "organisation.uscc_exists": translate("Errors", "Another organisation already has this credit code."),
        "membership.none": translate("Errors", "Tick at least one member to assign."),
        "committee.chief_role": translate(
            "Errors", "Only a people's mediator or a lawyer on the case can be its chief mediator."
        ),
        "committee.chief_not_member": translate(
            "Errors", "The chief mediator must be a member of this case's committee. Assign them first."
        ),
        "relation.kind": translate(
            "Errors",
            'The relation "{kind}" is not one the recusal check knows. Choose a relation from the list.',
        ),
        "relation.note": translate("Errors", "Say in the note what the other relation is."),
        "relation.self": translate("Errors", "A person cannot be related to themselves."),
        "relation.duplicate": translate(
            "Errors", "This relation between {name} and {other} is already recorded ({kind})."
        ),
        "membership.no_stages": translate("Errors", "Choose at least one stage for the member."),
        "membership.dates": translate(
            "Errors", "The end date {to_date} is before the start date {from_date}."
        ),
        "party.reference": translate(
            "Errors", "Party {index}: the guardian or agent refers to a party that does not exist."
        ),
        "organisation.name_empty": translate("Errors", "Enter the organisation's name."),
        "organisation.none": translate(
            "Errors",
            "This database has no organisation yet. Start Mediation Desk once and create the "
            "organisation, then try again.",
        ),
        "party.same_name": translate(
            "Errors",
            "{name} is already on this case. Choose them in the list of people on the case, or enter "
            "the ID number if this is another person of the same name.",
        ),
        "party.duplicate": translate("Errors", "{name} is already a party of this case as {role}."),
        "party.format": translate(
            "Errors", '"{part}" is not a party entry: write the role, a colon and the name (申请人：张三).'
        ),
        "party.role": translate("Errors", '"{part}" is not a party role (applicant, respondent…).'),
    }
