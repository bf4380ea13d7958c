"""Demo people: natural persons with valid ID numbers, organisations with valid credit codes.

Rows are plain dicts; ids come from the caller's ``next_id`` (batch-local negative ids in the
builder, real ids in set-up). ID numbers are unique: each builder *lane* draws order codes
from its own half of 000-999, so lanes built in separate processes never collide.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import accumulate
from operator import mul

from ..domain.enums import IdType, PersonKind, Sex
from ..domain.idcard import age_on
from ..domain.uscc import ALPHABET, make_uscc
from . import names as N

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def resident_number(region: str, birth: date, seq: int) -> str:
    """An 18-digit ID number (GB 11643, ISO 7064 MOD 11-2 check character); no validation."""
    first17 = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return first17 + _CHECK[sum(map(mul, map(int, first17), _WEIGHTS)) % 11]


PERSON_COLUMNS = (
    "id",
    "kind",
    "name",
    "sex",
    "birth_date",
    "ethnicity",
    "id_type",
    "id_number",
    "uscc",
    "legal_rep",
    "phone",
    "address",
    "occupation",
    "organisation_id",
    "member_role",
    "sensitive",
    "created_at",
    "updated_at",
)


_NATURAL = PersonKind.NATURAL.value
_RESIDENT_ID = IdType.RESIDENT_ID.value


class _Weighted:
    """Fast repeated weighted choice (``random.choices`` costs several times more per call)."""

    def __init__(self, rng: random.Random, items: list[str], weights: list[float]) -> None:
        self.random, self.items, self.cum = rng.random, items, list(accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self) -> str:
        return self.items[bisect(self.cum, self.random() * self.total)]


class PeopleMaker:
    """Creates person rows with unique ID numbers / credit codes.

    Args:
        rng: The run's random generator.
        next_id: Hands out ``person.id`` values.
        used_ids: ID numbers already in the database (extended as rows are made).
        used_uscc: Credit codes already in the database (extended as rows are made).
        lane: 0 or 1 — which half of the order codes ID numbers use; None for all.
    """

    def __init__(
        self,
        rng: random.Random,
        next_id: Callable[[], int],
        used_ids: set[str],
        used_uscc: set[str],
        lane: int | None = None,
    ) -> None:
        self.rng = rng
        self.next_id = next_id
        self.used_ids = used_ids
        self.used_uscc = used_uscc
        self.seq_base, self.seq_span = (0, 1000) if lane is None else (500 * lane, 500)
        self.rows: list[dict[str, object]] = []
        self.surname = _Weighted(rng, list(N.SURNAMES), list(N.SURNAMES.values()))
        self.ethnicity = _Weighted(rng, list(N.ETHNICITIES), list(N.ETHNICITIES.values()))
        self.beijing = _Weighted(rng, [b[0] for b in N.BEIJING], [b[2] for b in N.BEIJING])
        self.elsewhere = _Weighted(rng, [e[0] for e in N.ELSEWHERE], [e[1] for e in N.ELSEWHERE])
        self.district = {code: name for code, name, _ in N.BEIJING}

    # -- names, numbers, addresses -------------------------------------------------------------
    def name(self, sex: Sex, surname: str | None = None) -> str:
        r = self.rng
        sur = surname or self.surname()
        roll = r.random()
        if roll < 0.06:
            given = r.choice(N.COMMON_MALE if sex is Sex.MALE else N.COMMON_FEMALE)
        else:
            chars = N.MALE_CHARS if sex is Sex.MALE else N.FEMALE_CHARS
            given = (
                r.choice(chars)
                if roll < 0.24 or len(sur) == 2 and roll < 0.5
                else r.choice(chars) + r.choice(chars)
            )
        return sur + given

    def mobile(self) -> str:
        rnd = self.rng.random
        return f"+86{N.MOBILE_PREFIXES[int(rnd() * len(N.MOBILE_PREFIXES))]}{int(rnd() * 10**8):08d}"

    def address(self) -> str:
        rnd = self.rng.random
        if rnd() < 0.75:
            estate = N.CHAOYANG_ESTATES[int(rnd() * len(N.CHAOYANG_ESTATES))]
            return (
                f"北京市朝阳区{estate}{int(rnd() * 30) + 1}号楼{int(rnd() * 6) + 1}单元"
                f"{int(rnd() * 24) + 1}0{int(rnd() * 4) + 1}"
            )
        district = self.district[self.beijing()]
        estate = N.OTHER_ESTATES[int(rnd() * len(N.OTHER_ESTATES))]
        return (
            f"北京市{district}{estate}{int(rnd() * 40) + 1}号院"
            f"{int(rnd() * 20) + 1}号楼{int(rnd() * 2304) + 101}"
        )

    def resident_id(self, birth: date, sex: Sex) -> str:
        rnd = self.rng.random
        region = self.beijing() if rnd() < 0.7 else self.elsewhere()
        male = 1 if sex is Sex.MALE else 0
        while True:
            seq = (self.seq_base + int(rnd() * self.seq_span)) & ~1 | male
            number = resident_number(region, birth, seq)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def uscc(self, head: str, region: str = "110105") -> str:
        r = self.rng
        while True:
            body = "".join(r.choice(ALPHABET[:10]) if i < 8 else r.choice(ALPHABET) for i in range(9))
            code = make_uscc(head + region + body)
            if code not in self.used_uscc:
                self.used_uscc.add(code)
                return code

    # -- rows ----------------------------------------------------------------------------------
    def _row(self, **values: object) -> dict[str, object]:
        row: dict[str, object] = dict.fromkeys(PERSON_COLUMNS)
        row.update(
            kind=PersonKind.NATURAL.value,
            ethnicity="",
            legal_rep="",
            phone="",
            address="",
            occupation="",
            sensitive=False,
        )
        row.update(values)
        row["id"] = self.next_id()
        row["updated_at"] = row["created_at"]
        self.rows.append(row)
        return row

    def natural(
        self,
        *,
        on: date,
        at: datetime,
        min_age: int = 18,
        max_age: int = 80,
        mode: float = 38,
        sex: Sex | None = None,
        surname: str | None = None,
        occupation: str | None = None,
        sensitive_age: int = 14,
        **extra: object,
    ) -> dict[str, object]:
        """A natural person aged ``min_age``..``max_age`` on ``on`` (first seen at ``at``)."""
        r = self.rng
        sex = sex or (Sex.MALE if r.random() < 0.55 else Sex.FEMALE)
        age = min(max_age, int(r.triangular(min_age, max_age + 1, mode)))
        birth = on - timedelta(days=int(age * 365.25) + r.randrange(360))
        if age_on(birth, on) < min_age:
            birth -= timedelta(days=370)
        if occupation is None:
            occupation = (
                "学生" if age < 19 else ("退休" if age > 62 and r.random() < 0.7 else r.choice(N.OCCUPATIONS))
            )
        # one dict literal in PERSON_COLUMNS order (what _row makes; called ~2 times a case)
        row: dict[str, object] = {
            "id": self.next_id(),
            "kind": _NATURAL,
            "name": self.name(sex, surname),
            "sex": sex.value,
            "birth_date": birth,
            "ethnicity": self.ethnicity(),
            "id_type": _RESIDENT_ID,
            "id_number": self.resident_id(birth, sex),
            "uscc": None,
            "legal_rep": "",
            "phone": "" if age < 12 else self.mobile(),
            "address": self.address(),
            "occupation": occupation,
            "organisation_id": None,
            "member_role": None,
            "sensitive": age_on(birth, on) < sensitive_age,
            "created_at": at,
            "updated_at": at,
        }
        if extra:
            row.update(extra)
        self.rows.append(row)
        return row

    def organisation(
        self, name: str, head: str, *, at: datetime, region: str = "110105"
    ) -> dict[str, object]:
        """An organisation party (company, property firm, village collective)."""
        return self._row(
            kind=PersonKind.ORGANISATION.value,
            name=name,
            id_type=None,
            uscc=self.uscc(head, region),
            legal_rep=self.name(Sex.MALE if self.rng.random() < 0.7 else Sex.FEMALE),
            phone=f"+8610{self.rng.randrange(5, 9)}{self.rng.randrange(10**7):07d}",
            address=self.address(),
            created_at=at,
        )
