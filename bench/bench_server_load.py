"""Server mode under load: 2, 4 and 8 workstations on one PostgreSQL database.

Each workstation is a process with its own engine, signed in as its own user (a director of the
centre), for ``--duration`` seconds per round. It mixes what a centre does all day: case lists,
searches, opening cases, edits, payments and registrations, with contention on a few hot cases
(every workstation pays into their instalments and increments a counter in their titles).

After each round it checks that nothing broke:

- **lost updates**: each hot case's title carries a counter that workstations increment with a
  version check (retrying when refused); the final value must equal the acknowledged increments;
- **invariants**: paid ≤ owed for every instalment, case numbers unique, one chief mediator per
  case (a current mediator on the case);
- **the audit chain** verifies from the first event to the head.

Run (PostgreSQL on loopback only; each round makes and drops its own database)::

    python -m bench.bench_server_load --url postgresql+psycopg://postgres@127.0.0.1:54329/postgres \\
        --duration 60 --stations 2,4,8
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench.common import p95

HOT = 4  # hot cases every workstation writes to
CASES = 120  # other cases in the database at the start of a round
WRITES = ("edit", "counter", "payment", "register")
MIX = (
    ("list", 22),
    ("search", 18),
    ("open", 20),
    ("edit", 12),
    ("counter", 8),
    ("payment", 10),
    ("register", 10),
)


@dataclass(frozen=True)
class Setup:
    url: str
    users: list[tuple[int, str]]
    hot_cases: list[int]
    obligations: list[int]
    cases: list[int]


def actor(user_id: int, name: str) -> Any:
    from mediation_desk.services.base import Actor

    return Actor(
        user_id=user_id, username=name, role="director", workstation=f"bench-{name}", organisation_id=1
    )


def _database(admin_url: str) -> str:
    name = f"md_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop(admin_url: str, url: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def setup(admin_url: str, stations: int) -> Setup:
    """A fresh database: the centre, one director per workstation, hot cases with instalments."""
    from mediation_desk.services import cases
    from mediation_desk.services.setup import initialise
    from mediation_desk.store.database import open_database
    from mediation_desk.store.engine import read_session, write_session
    from mediation_desk.store.models import Obligation, User
    from tests.helpers.documents_case import T0, signed_case
    from tests.helpers.factories import MEDIATOR, new_case, seed_users

    url = _database(admin_url)
    db = open_database(url)
    initialise(db, org_name="朝阳区人民调解委员会", org_code="京朝")
    seed_users(db)
    users = []
    with write_session(db.engine) as s:
        for i in range(stations):
            user = User(
                username=f"ws{i + 1}", display_name=f"主任{i + 1}", role="director", organisation_id=1
            )
            s.add(user)
            s.flush()
            users.append((user.id, user.username))
    hot, obligations = [], []
    for k in range(HOT):
        c = signed_case(db, session_at=T0 + timedelta(hours=2 * k))  # one room: one session at a time
        cases.update_case(db, MEDIATOR, c.case_id, {"title": f"热点案件{k}#0"})
        hot.append(c.case_id)
        with read_session(db.engine) as s:
            obligations += list(
                s.execute(select(Obligation.id).where(Obligation.agreement_id == c.agreement_id))
            )
    others = [
        cases.register_case(db, MEDIATOR, new_case(1, title=f"普通纠纷{k}")).case_id for k in range(CASES)
    ]
    db.dispose()
    return Setup(url, users, hot, [o[0] for o in obligations], others)


def _person(rng: random.Random, station: int, k: int) -> Any:
    from mediation_desk.domain.idcard import make_resident_id
    from mediation_desk.services.inputs import PersonInput

    birth = date(1950, 1, 1) + timedelta(days=(k * 7 + station) % 20_000)  # 1950–2004: never in the future
    ident = make_resident_id(f"1101{station:02d}", birth, rng.randrange(100, 999))
    return PersonInput(
        name=rng.choice("张王李赵钱孙周吴") + rng.choice(["伟", "芳", "娜", "强", "敏"]),
        id_type="resident_id",
        id_number=ident,
        phone="13812345678",
    )  # type: ignore[arg-type]


def workstation(setup_: Setup, station: int, start_at: float, duration: float, out: Any) -> None:
    """One workstation's loop; puts ``(latencies by kind, outcomes, acked counters)`` on ``out``."""
    from mediation_desk.domain.enums import PaymentMethod
    from mediation_desk.domain.errors import ConflictError, KnownError
    from mediation_desk.services import cases, performance, policy
    from mediation_desk.store.database import open_database
    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import Case
    from mediation_desk.store.queries.case_detail import get_case, get_parties, get_payments
    from mediation_desk.store.queries.case_list import CaseFilters, page_cases
    from tests.helpers.factories import new_case

    rng = random.Random(station)
    db = open_database(setup_.url)
    me = actor(*setup_.users[station])
    visible = policy.visible_case_condition(me)
    lat: dict[str, list[float]] = defaultdict(list)
    outcomes: dict[str, int] = defaultdict(int)
    acked: dict[int, int] = defaultdict(int)
    kinds = [k for k, w in MIX for _ in range(w)]
    serial = 0

    def counter() -> None:
        case_id = rng.choice(setup_.hot_cases)
        while True:
            with read_session(db.engine) as s:
                case = s.get(Case, case_id)
                assert case is not None
                prefix, n = case.title.split("#")
                version = case.version
            try:
                cases.update_case(
                    db, me, case_id, {"title": f"{prefix}#{int(n) + 1}"}, expected_version=version
                )
            except ConflictError:
                outcomes["counter.retry"] += 1
                continue
            acked[case_id] += 1
            return

    warm = [k for k, _w in MIX]  # one of each first, unmeasured (imports, first queries)
    end = start_at + duration
    while warm or time.time() < end:
        if not warm:
            while time.time() < start_at:
                time.sleep(0.005)
        kind = warm.pop() if warm else rng.choice(kinds)
        t0 = time.perf_counter()
        try:
            if kind == "list":
                with read_session(db.engine) as s:
                    page_cases(session=s, filters=CaseFilters(), limit=100, visible=visible)
            elif kind == "search":
                with read_session(db.engine) as s:
                    words = CaseFilters(text=rng.choice(["张", "纠纷", "李娜", "热点"]))
                    page_cases(session=s, filters=words, limit=100, visible=visible)
            elif kind == "open":
                case_id = rng.choice(setup_.cases + setup_.hot_cases)
                with read_session(db.engine) as s:
                    get_case(session=s, case_id=case_id)
                    get_parties(session=s, case_id=case_id)
                    get_payments(session=s, case_id=case_id)
            elif kind == "edit":
                case_id = rng.choice(setup_.cases)
                with read_session(db.engine) as s:
                    version = get_case(session=s, case_id=case_id).version
                cases.update_case(
                    db,
                    me,
                    case_id,
                    {"facts": f"工作站{station}第{serial}次补充事实。"},
                    expected_version=version,
                )
            elif kind == "counter":
                counter()
            elif kind == "payment":
                performance.record_payment(
                    db,
                    me,
                    rng.choice(setup_.obligations),
                    amount_fen=rng.randrange(100, 2000_00),
                    paid_at=datetime.now(UTC),
                    method=PaymentMethod.CASH,
                )
            elif kind == "register":
                serial += 1
                data = new_case(
                    1,
                    title=f"工作站{station}登记{serial}",
                    applicant=_person(rng, station, 2 * serial),
                    respondent=_person(rng, station, 2 * serial + 1),
                )
                cases.register_case(db, me, data)
            serial += 1
            outcomes[f"{kind}.ok"] += 1
        except KnownError as exc:  # a refusal the user would read (a stale edit, nothing left to pay)
            outcomes[f"{kind}.{exc.code}"] += 1
        except Exception as exc:  # noqa: BLE001 - a bug under load: counted and reported
            outcomes[f"{kind}.BUG {type(exc).__name__}"] += 1
        if time.time() >= start_at:
            lat[kind].append((time.perf_counter() - t0) * 1000)
    db.dispose()
    out.put((dict(lat), dict(outcomes), dict(acked)))


def check(setup_: Setup, acked: dict[int, int]) -> dict[str, Any]:
    """Lost updates, broken invariants and the audit chain after a round."""
    from mediation_desk.store import audit
    from mediation_desk.store.database import open_database
    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import Case, Membership, Obligation, Payment

    db = open_database(setup_.url)
    with read_session(db.engine) as s:
        lost = 0
        for case_id in setup_.hot_cases:
            case = s.get(Case, case_id)
            assert case is not None
            lost += abs(int(case.title.split("#")[1]) - acked.get(case_id, 0))
        paid = dict(
            s.execute(
                select(Payment.obligation_id, func.sum(Payment.amount_fen)).group_by(Payment.obligation_id)
            ).all()
        )
        overpaid = sum(1 for o in s.execute(select(Obligation)).scalars() if paid.get(o.id, 0) > o.amount_fen)
        numbers = s.execute(
            select(
                func.count(Case.id),  # type: ignore[arg-type]
                func.count(Case.number.distinct()),
            )
        ).one()
        chiefs = s.execute(
            select(Case.id, Case.chief_mediator_id).where(Case.chief_mediator_id.is_not(None))
        ).all()  # type: ignore[union-attr]
        members = {
            (m.case_id, m.person_id) for m in s.execute(select(Membership)).scalars() if m.role == "mediator"
        }
        bad_chief = sum(1 for case_id, chief in chiefs if (case_id, chief) not in members)
        chain = audit.verify_chain(s)
        payments = s.execute(select(func.count(Payment.id))).scalar_one()  # type: ignore[arg-type]
    db.dispose()
    return {
        "lost": lost,
        "overpaid": overpaid,
        "duplicate_numbers": numbers[0] - numbers[1],
        "bad_chief": bad_chief,
        "chain_ok": chain.ok,
        "events": chain.checked,
        "payments": payments,
        "counter": sum(acked.values()),
    }


def round_(admin_url: str, stations: int, duration: float) -> dict[str, Any]:
    s = setup(admin_url, stations)
    out: Any = mp.get_context("spawn").Queue()
    start_at = time.time() + 8  # time for every process to import and connect
    load0 = os.getloadavg()[0]
    procs = [
        mp.get_context("spawn").Process(target=workstation, args=(s, i, start_at, duration, out))
        for i in range(stations)
    ]
    for p in procs:
        p.start()
    parts = [out.get(timeout=duration + 300) for _ in procs]
    for p in procs:
        p.join()
    lat: dict[str, list[float]] = defaultdict(list)
    outcomes: dict[str, int] = defaultdict(int)
    acked: dict[int, int] = defaultdict(int)
    for part_lat, part_out, part_acked in parts:
        for k, v in part_lat.items():
            lat[k] += v
        for k, n in part_out.items():
            outcomes[k] += n
        for k, n in part_acked.items():
            acked[k] += n
    result = {
        "stations": stations,
        "lat": dict(lat),
        "outcomes": dict(outcomes),
        "duration": duration,
        "load": (load0, os.getloadavg()[0]),
        "checks": check(s, acked),
    }
    _drop(admin_url, s.url)
    return result


def table(results: list[dict[str, Any]]) -> str:
    lines = ["| workstations | kind | ops/s | median ms | p95 ms |", "|---:|---|---:|---:|---:|"]
    for r in results:
        writes: list[float] = []
        for kind, _w in MIX:
            v = r["lat"].get(kind, [])
            if not v:
                continue
            if kind in WRITES:
                writes += v
            lines.append(
                f"| {r['stations']} | {kind} | {len(v) / r['duration']:.1f} | "
                f"{statistics.median(v):.1f} | {p95(v):.1f} |"
            )
        lines.append(
            f"| {r['stations']} | **all writes** | {len(writes) / r['duration']:.1f} | "
            f"{statistics.median(writes):.1f} | **{p95(writes):.1f}** |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url",
        default=os.environ.get("MD_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:54329/postgres"),
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per round (default 60)")
    parser.add_argument("--stations", default="2,4,8", help="workstations per round (default 2,4,8)")
    args = parser.parse_args()
    host = make_url(args.url).host or ""
    if host not in ("127.0.0.1", "localhost", "::1", ""):
        raise SystemExit("the load benchmark runs on a loopback PostgreSQL only")
    results = []
    for n in (int(x) for x in args.stations.split(",")):
        r = round_(args.url, n, args.duration)
        results.append(r)
        print(
            f"\n{n} workstations, {args.duration:.0f} s, {os.cpu_count()} CPUs, "
            f"load average {r['load'][0]:.1f} -> {r['load'][1]:.1f}"
        )
        print("outcomes:", dict(sorted(r["outcomes"].items())))
        print("checks:", r["checks"])
    print()
    print(table(results))
    first, last = results[0], results[-1]
    w = [p95([x for k in WRITES for x in r["lat"].get(k, [])]) for r in (first, last)]
    print(f"\nwrite p95 at {last['stations']} / at {first['stations']}: {w[1] / w[0]:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
