"""Demo linked police matters: public-security and criminal cases, 48-hour fast track clocks."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from ..domain.enums import MatterStage, Procedure, Track
from . import texts as X

PROCEDURES = {
    Procedure.FAST_TRACK_48H: 30,
    Procedure.ORDINARY_FAST: 25,
    Procedure.RELATIVE_NON_PROSECUTION: 25,
    Procedure.BAIL: 20,
}


def matter_row(
    rng: random.Random,
    *,
    mid: int,
    case: dict[str, Any],
    track: Track,
    charge: str,
    horizon: datetime,
    agreed_at: datetime | None,
    fast48: bool,
) -> dict[str, Any]:
    """The police matter behind a case; timestamps never lie after ``horizon``.

    Args:
        rng: The run's random generator.
        mid: The row id.
        case: The case row (``id``, ``received_at``).
        track: The case's track.
        charge: 罪名/案由 (empty for the civil part of a people's-mediation case: one is drawn).
        horizon: Now, for the demo.
        agreed_at: When the agreement was signed (decisions follow it), or None.
        fast48: Force the 48-hour fast track.
    """
    received: datetime = case["received_at"]
    summoned = received - timedelta(hours=rng.uniform(1, 10))
    year = (summoned + timedelta(hours=8)).year
    if track == Track.PUBLIC_SECURITY:
        procedure = Procedure.ADMINISTRATIVE
        number = f"B11010555{year}{rng.randrange(10**6):06d}"
    else:
        number = f"A11010555{year}{rng.randrange(10**6):06d}"
        if track == Track.CRIMINAL:
            procedure = (
                Procedure.FAST_TRACK_48H
                if fast48
                else rng.choices(list(PROCEDURES), list(PROCEDURES.values()))[0]
            )
        else:
            procedure = rng.choice((Procedure.BAIL, Procedure.OTHER, Procedure.ORDINARY_FAST))
            charge = charge or rng.choice(X.CIVIL_PART_CHARGES)
    row: dict[str, Any] = {
        "id": mid,
        "case_id": case["id"],
        "police_case_no": number,
        "charge": charge,
        "procedure": procedure.value,
        "stage": MatterStage.INVESTIGATION.value,
        "summoned_at": summoned,
        "investigation_done_at": None,
        "review_done_at": None,
        "trial_done_at": None,
        "appraisal_at": None,
        "police_recommendation": "",
        "recommendation_at": None,
        "decision": "",
        "decision_at": None,
    }
    if "伤" in charge and rng.random() < 0.8:
        appraisal = summoned + timedelta(hours=rng.uniform(4, 72))
        row["appraisal_at"] = appraisal if appraisal <= horizon else None
    if procedure == Procedure.FAST_TRACK_48H:
        steps = [summoned]
        for lo, hi, stage in (
            (10, 20, MatterStage.REVIEW_FOR_PROSECUTION),
            (6, 12, MatterStage.TRIAL),
            (6, 12, MatterStage.CONCLUDED),
        ):
            at = steps[-1] + timedelta(hours=rng.uniform(lo, hi))
            if at > horizon:
                break
            steps.append(at)
            row["stage"] = stage.value
        for key, at in zip(
            ("investigation_done_at", "review_done_at", "trial_done_at"), steps[1:], strict=False
        ):
            row[key] = at
        if row["trial_done_at"] is not None:
            row["decision"], row["decision_at"] = X.DECISIONS[procedure.value], row["trial_done_at"]
        return row
    if agreed_at is not None:
        rec = agreed_at + timedelta(hours=rng.uniform(2, 72))
        if rec <= horizon and track == Track.CRIMINAL:
            row["police_recommendation"], row["recommendation_at"] = rng.choice(X.RECOMMENDATIONS), rec
            row["stage"] = MatterStage.REVIEW_FOR_PROSECUTION.value
            row["investigation_done_at"] = rec
        decided = agreed_at + timedelta(days=rng.uniform(3, 40))
        if decided <= horizon and procedure.value in X.DECISIONS:
            row["decision"], row["decision_at"] = X.DECISIONS[procedure.value], decided
            row["stage"] = MatterStage.CONCLUDED.value
    return row
