"""Demo case records: rows for history, committee, sessions, agreement, money, follow-ups, matter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ..domain.deadlines import (
    FINISHED,
    SHANGHAI,
    CaseFacts,
    FastTrackFacts,
    InstalmentFacts,
    SessionFacts,
    due_items,
    fast_track_due,
    next_open,
)
from ..domain.enums import AgreementState, CommitteeRole, PartyRole, Procedure, SessionOutcome, Track
from ..domain.enums import CaseStatus as S
from ..domain.workdays import WORKING_HOURS, in_working_hours
from . import texts as X
from .matter import matter_row
from .timeline import REASONS, STAGES, Workbench, local_date

Row = dict[str, Any]
PAYERS = (PartyRole.RESPONDENT, PartyRole.SUSPECT)


def write_records(
    wm: Workbench,
    case: Row,
    plan: Any,
    parties: list[Any],
    links: list[Row],
    fill: dict[str, str],
    amount: int,
    charge: str,
    path: list[S],
    T: dict[S, float],
    contact: float,
    sessions: list[list[float]],
    dues: list[float],
    pays: list[tuple[int, float, int]],
    follow: float | None,
) -> None:
    r, ctx, rows, ids, horizon = wm.rng, wm.ctx, wm.rows, wm.ids, wm.horizon
    n_before = {k: len(v) for k, v in rows.items()}
    received: datetime = case["received_at"]
    avail = (horizon - received).total_seconds() / 3600

    def at(h: float) -> datetime:
        """``h`` hours after receipt, moved into office hours on a working day (Beijing time)."""
        raw = received + timedelta(hours=h)
        moved = in_working_hours(raw, wm.calendar)
        if raw <= horizon < moved:  # not past "now": back to the last closing time instead
            moved = max(received, in_working_hours(raw, wm.calendar, later=False))
        return moved

    track: Track = plan.track
    cid = case["id"]
    prev: str | None = None
    for seq, st in enumerate(path, start=1):
        reason = r.choice(REASONS[st]) if st in REASONS else ""
        if st == S.DECLINED:
            case["decline_reason"] = reason
        rows["statushistory"].append(
            {
                "id": ids.next("statushistory"),
                "case_id": cid,
                "seq": seq,
                "from_status": prev,
                "to_status": st.value,
                "at": at(T[st]),
                "user_id": None,
                "reason": reason,
            }
        )
        prev = st.value
    case["status"] = path[-1].value
    case["accepted_at"] = at(T[S.ACCEPTED]) if S.ACCEPTED in T else None
    case["closed_at"] = at(T[S.CLOSED]) if S.CLOSED in T else None
    case["first_contact_at"] = at(contact) if contact < avail else None

    # committee
    members: list[tuple[int, str]] = []
    if S.ACCEPTED in T:
        chief_role = CommitteeRole.LAWYER if track == Track.LAWYER else CommitteeRole.MEDIATOR
        roles = [chief_role]
        roles += {
            Track.PUBLIC_SECURITY: [CommitteeRole.POLICE],
            Track.CRIMINAL: [CommitteeRole.PROSECUTOR, CommitteeRole.POLICE],
            Track.PRE_LITIGATION: [CommitteeRole.JUDGE],
        }.get(track, [])
        if track == Track.PEOPLE and r.random() < 0.3:
            roles.append(CommitteeRole.MEDIATOR)
        if case["juvenile"]:
            roles.append(CommitteeRole.SOCIAL_WORKER)
        if "invited" in plan.force or r.random() < 0.05:
            roles.append(CommitteeRole.INVITED)
        start = local_date(at(T[S.ACCEPTED]))
        end = local_date(at(T[S.CLOSED])) if S.CLOSED in T else None
        chief_name = ""
        for role in roles:
            pid, name = r.choice(ctx.members[role])
            if any(pid == m[0] for m in members):
                continue
            chief_name = chief_name or name
            members.append((pid, role.value))
            rows["membership"].append(
                {
                    "id": ids.next("membership"),
                    "case_id": cid,
                    "person_id": pid,
                    "role": role.value,
                    "stages": STAGES[role],
                    "from_date": start,
                    "to_date": end,
                    "override_reason": "",
                }
            )
        case["chief_mediator_id"] = members[0][0]
        case["chief_mediator_name"] = chief_name  # bulk rows bypass the ORM hook (store/models/denorm.py)

    # sessions
    attendees = [(pp[0]["id"], pp[1].value) for pp in parties] + members
    place = (
        "派出所调解室"
        if track == Track.PUBLIC_SECURITY
        else "律师调解工作室"
        if track == Track.LAWYER
        else r.choice(X.SESSION_PLACES)
    )
    planned = [(a, b, True) for a, b in sessions]
    if path[-1] == S.IN_MEDIATION and r.random() < 0.5:
        s = max(avail, sessions[-1][1]) + r.uniform(2, 96)
        planned.append((s, s + 2, False))
    for i, (a, b, held) in enumerate(planned):
        outcome = SessionOutcome.PENDING if not held else SessionOutcome.CONTINUED
        if held and i == len(sessions) - 1:
            outcome = (
                SessionOutcome.AGREED
                if S.AGREEMENT_REACHED in T
                else SessionOutcome.FAILED
                if S.MEDIATION_FAILED in T
                else SessionOutcome.CONTINUED
            )
        result = {SessionOutcome.AGREED: X.RESULT_AGREED, SessionOutcome.FAILED: X.RESULT_FAILED}.get(
            outcome, X.RESULT_CONTINUED
        )
        sid = ids.next("mediationsession")
        start = at(a)
        end = _session_end(start, b - a)
        rows["mediationsession"].append(
            {
                "id": sid,
                "case_id": cid,
                "starts_at": start,
                "ends_at": end,
                "place": place,
                "public": r.random() < 0.1,
                "record": r.choice(X.RECORDS).format(**fill) + result if held else "",
                "outcome": outcome.value,
                "recorded_at": end if held else None,
            }
        )
        if held:
            rows["attendance"].extend(
                {"id": ids.next("attendance"), "session_id": sid, "person_id": pid, "capacity": cap}
                for pid, cap in attendees
            )

    agreed_at = at(T[S.AGREEMENT_REACHED]) if S.AGREEMENT_REACHED in T else None
    if agreed_at is not None:
        _agreement(wm, case, plan, parties, fill, amount, agreed_at, at, dues, pays)
    # follow-ups
    done = S.PERFORMED in T or S.NOT_PERFORMED in T
    if follow is not None:
        sat = r.choices(wm.sat, wm.sat_w)[0] if done else r.choice(wm.sat)
        fid = ids.next("followup")
        asked = fid % 10 != 0  # one in ten: satisfaction not asked (never counted); no extra draw
        found = (
            None
            if not done
            else "performed"
            if S.PERFORMED in T
            else ("partly" if fid % 3 == 0 else "not_performed")
        )
        rows["followup"].append(
            {
                "id": fid,
                "case_id": cid,
                "due_on": local_date(at(follow)),
                "done_at": at(follow),
                "method": "phone" if r.random() < 0.8 else "visit",
                "performed": (S.PERFORMED in T) if done else None,
                "performance": found,
                "contact_person": fill.get("a", ""),
                "response": "",
                "satisfaction_asked": asked,
                "satisfaction": sat.value if asked else None,
                "note": r.choice(X.FOLLOW_NOTES),
            }
        )
    open_dues = [d for i, d in enumerate(dues) if i not in {p[0] for p in pays if p[2] == 0}]
    if path[-1] in (S.PERFORMING, S.NOT_PERFORMED) and open_dues:
        rows["followup"].append(
            {
                "id": ids.next("followup"),
                "case_id": cid,
                "due_on": local_date(at(open_dues[0])) + timedelta(days=7),
                "done_at": None,
                "method": "phone",
                "performed": None,
                "performance": None,
                "contact_person": "",
                "response": "",
                "satisfaction_asked": False,
                "satisfaction": None,
                "note": "",
            }
        )
    # the police matter
    if track in (Track.PUBLIC_SECURITY, Track.CRIMINAL) or (
        track == Track.PEOPLE and plan.source.value == "police_referral" and r.random() < 0.25
    ):
        rows["linkedmatter"].append(
            matter_row(
                r,
                mid=ids.next("linkedmatter"),
                case=case,
                track=track,
                charge=charge,
                horizon=horizon,
                agreed_at=agreed_at,
                fast48="fast48" in plan.force,
            )
        )
    _deadline(wm, case, track, path[-1], rows, n_before)


def _session_end(start: datetime, hours: float) -> datetime:
    """A session lasts ``hours`` (at least half an hour, at most two) and ends by the half-day's close."""
    end = start + timedelta(hours=min(2.0, max(0.5, hours)))
    local = start.astimezone(SHANGHAI)
    close = WORKING_HOURS[0][1] if local.time() < WORKING_HOURS[0][1] else WORKING_HOURS[1][1]
    last = datetime.combine(local.date(), close, SHANGHAI)
    return (min(end, last) if last > start else end).astimezone(UTC)


def _deadline(
    wm: Workbench, case: Row, track: Track, status: S, rows: dict[str, list[Row]], n_before: dict[str, int]
) -> None:
    """``due_at`` exactly as :func:`services.deadlines.refresh_due_at` would store it (at the horizon)."""
    if status in FINISHED:
        return
    if status == S.IN_MEDIATION and track != Track.PUBLIC_SECURITY and wm.rng.random() < 0.7:
        limit = case["accepted_at"] + timedelta(days=wm.ctx.mediation_days)
        if limit < wm.horizon:
            extended = timedelta(days=2 * wm.ctx.mediation_days)
            case["extended_until"] = local_date(case["accepted_at"]) + extended
            case["extension_reason"] = "经双方当事人同意，延长调解期限"

    def mine(table: str) -> list[Row]:
        return rows[table][n_before.get(table, 0) :]

    sessions = tuple(
        SessionFacts(s["id"], s["starts_at"], s["recorded_at"]) for s in mine("mediationsession")
    )
    matter = next(iter(mine("linkedmatter")), None)
    fast = None
    if matter is not None and matter["procedure"] == Procedure.FAST_TRACK_48H.value:
        fast = FastTrackFacts(
            matter["summoned_at"],
            matter["investigation_done_at"],
            matter["review_done_at"],
            matter["trial_done_at"],
        )
    agreement = next(iter(mine("agreement")), None)
    paid: dict[int, int] = {}
    for p in mine("payment"):
        paid[p["obligation_id"]] = paid.get(p["obligation_id"], 0) + p["amount_fen"]
    instalments = tuple(
        InstalmentFacts(o["id"], o["amount_fen"], paid.get(o["id"], 0), o["due_date"], o["on_the_spot"])
        for o in mine("obligation")
    )
    applied = min((j["applied_on"] for j in mine("judicialconfirmation")), default=None)
    facts = CaseFacts(
        case_id=case["id"],
        track=track,
        status=status,
        received_at=case["received_at"],
        accepted_at=case["accepted_at"],
        extended_until=case["extended_until"],
        appraisal_at=matter["appraisal_at"] if matter else None,
        sessions=sessions,
        fast_track=fast,
        instalments=instalments,
        performance_deadline=agreement["performance_deadline"] if agreement else None,
        agreement_effective_on=agreement["effective_on"] if agreement else None,
        judicial_applied_on=applied,
        follow_ups_done=tuple(f["done_at"] for f in mine("followup") if f["done_at"] is not None),
    )
    nxt = next_open(due_items(facts, wm.limits, wm.calendar, wm.horizon))
    case["due_at"] = nxt.due_at.astimezone(UTC) if nxt is not None else None
    clock = fast_track_due(fast.summoned_at, fast.trial_done_at, wm.limits.fast_track_hours) if fast else None
    case["fast_track_due_at"] = clock.astimezone(UTC) if clock is not None else None


#: How the agreement says the money is paid (the payment dialog defaults to it).
_PAID_BY = {
    "wechat": "（微信转账）",
    "cash": "（现金）",
    "bank_transfer": "（银行转账）",
    "alipay": "（支付宝）",
}


def _method(dues: list[float], at: Any, signed: datetime) -> str:
    """The performance method as the obligations have it (``documents.facts`` checks the two agree)."""
    if not dues:
        return "自行履行"
    if len(dues) > 1:
        return f"分{len(dues)}期支付"
    return "当场履行" if at(dues[0]) == signed else "按期支付"


def _agreement(
    wm: Workbench,
    case: Row,
    plan: Any,
    parties: list[Any],
    fill: dict[str, str],
    amount: int,
    signed: datetime,
    at: Any,
    dues: list[float],
    pays: list[tuple[int, float, int]],
) -> None:
    r, ctx, rows, ids = wm.rng, wm.ctx, wm.rows, wm.ids
    track: Track = plan.track
    year = local_date(signed).year
    tcode = ctx.type_codes.get(track.value, "调") + "协"
    aid = ids.next("agreement")
    # numbered when the batch is copied in, in the order made (see demo_copy)
    rows["agreement_key"].append({"id": aid, "org_id": case["organisation_id"], "tcode": tcode, "year": year})
    principals = [
        pp
        for pp in parties
        if pp[1] in (PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.VICTIM, PartyRole.SUSPECT)
    ]
    money = bool(dues)
    pay_method = r.choices(wm.methods, wm.method_w)[0]  # the agreement names it; the payments use it
    yuan = f"{amount // 100}" + (f".{amount % 100:02d}" if amount % 100 else "")  # the total, to the fen
    terms = r.choice(X.TERMS if money else X.NO_MONEY_TERMS).format(**{**fill, "m": yuan})
    rows["agreement"].append(
        {
            "id": aid,
            "case_id": case["id"],
            "version": 1,
            "number": "",
            "form": "oral" if not money and track == Track.PEOPLE and r.random() < 0.3 else "written",
            "state": AgreementState.SIGNED.value,
            "facts": case["facts"],
            "issues": r.choice(X.ISSUES),
            "responsibility": r.choice(X.RESPONSIBILITY).format(**fill),
            "terms": terms,
            "performance_method": _method(dues, at, signed) + _PAID_BY.get(pay_method, "") * bool(dues),
            "performance_place": "执法办案管理中心调解室" if money else "",
            "performance_deadline": local_date(at(dues[-1]))
            if money
            else local_date(signed) + timedelta(days=7),
            "effective_on": local_date(signed),
            "supersedes_id": None,
            "printed_at": signed - timedelta(minutes=10),
            "signed_at": signed,
            "signatories": "、".join(pp[0]["name"] for pp in principals)[:500],
            "scan_attachment_id": None,
            "content_sha256": "",
            "offender_admits": track == Track.CRIMINAL,
            "apology": (
                r.choice(X.APOLOGIES).format(**fill)
                if track in (Track.CRIMINAL, Track.PUBLIC_SECURITY)
                else ""
            ),
            "victim_leniency": track == Track.CRIMINAL,
            "created_at": signed - timedelta(minutes=40),
        }
    )
    if not money:
        return
    payer = next((pp[0] for pp in principals if pp[1] in PAYERS), principals[-1][0])
    payee = principals[0][0]
    n = len(dues)
    part = amount // n // 100 * 100 or amount // n
    shares = [part] * (n - 1) + [amount - part * (n - 1)]
    obligation_ids = []
    for i, (due, share) in enumerate(zip(dues, shares, strict=True)):
        oid = ids.next("obligation")
        obligation_ids.append(oid)
        rows["obligation"].append(
            {
                "id": oid,
                "agreement_id": aid,
                "case_id": case["id"],
                "seq": i + 1,
                "payer_person_id": payer["id"],
                "payee_person_id": payee["id"],
                "description": "赔偿款" if n == 1 else f"第{i + 1}期赔偿款",
                "amount_fen": share,
                "due_date": local_date(at(due)),
                "on_the_spot": due == dues[0] and at(due) == signed,
            }
        )
    receipts: list[int] = []
    for i, off, flag in pays:
        share = shares[i]
        parts = [(off, share)]
        if flag == -1:
            parts = [(off, max(1, share * r.randint(3, 7) // 10))]
        elif share >= 2 and r.random() < 0.1:
            half = share // 2
            parts = [(max(dues[0] + 0.05, off - 24), half), (off, share - half)]
        for when, fen in parts:
            pid = ids.next("payment")
            receipts.append(pid)
            rows["payment"].append(
                {
                    "id": pid,
                    "obligation_id": obligation_ids[i],
                    "case_id": case["id"],
                    "amount_fen": fen,
                    "paid_at": at(when),
                    "method": pay_method,
                    "receipt_no": f"SJ{year}{case['seq']:05d}{len(receipts):02d}",
                    "note": "",
                }
            )
    if track == Track.PEOPLE and r.random() < 0.06:
        applied = local_date(signed) + timedelta(days=r.randint(3, 25))
        today = local_date(wm.horizon)
        if applied <= today:
            decided = applied + timedelta(days=r.randint(5, 15))
            rows["judicialconfirmation"].append(
                {
                    "id": ids.next("judicialconfirmation"),
                    "case_id": case["id"],
                    "agreement_id": aid,
                    "court": "北京市朝阳区人民法院",
                    "applied_on": applied,
                    "decided_on": decided if decided <= today else None,
                    "result": "裁定调解协议有效" if decided <= today else "",
                }
            )
