"""Demo people: natural persons with valid ID numbers, organisations with valid credit codes.

Rows are plain dicts for a bulk ``insert(Person.__table__)``; ids are assigned here.
"""

from __future__ import annotations

import random
from bisect import bisect
from datetime import date, datetime, timedelta
from itertools import accumulate

from ..domain.enums import IdType, PersonKind, Sex
from ..domain.idcard import age_on, make_resident_id
from ..domain.uscc import ALPHABET, make_uscc
from . import demo_names as N

PERSON_COLUMNS = ("id", "kind", "name", "sex", "birth_date", "ethnicity", "id_type", "id_number", "uscc",
                  "legal_rep", "phone", "address", "occupation", "organisation_id", "member_role", "sensitive",
                  "created_at", "updated_at")


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
        next_id: First free ``person.id``.
        used_ids: ID numbers already in the database (extended as rows are made).
        used_uscc: Credit codes already in the database (extended as rows are made).
    """

    def __init__(self, rng: random.Random, next_id: int, used_ids: set[str], used_uscc: set[str]) -> None:
        self.rng = rng
        self.next_id = next_id
        self.used_ids = used_ids
        self.used_uscc = used_uscc
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
            given = r.choice(chars) if roll < 0.24 or len(sur) == 2 and roll < 0.5 else r.choice(chars) + r.choice(chars)
        return sur + given

    def mobile(self) -> str:
        return f"+86{self.rng.choice(N.MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"

    def address(self) -> str:
        r = self.rng
        if r.random() < 0.75:
            return f"北京市朝阳区{r.choice(N.CHAOYANG_ESTATES)}{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 24)}0{r.randint(1, 4)}"
        district = self.district[self.beijing()]
        return f"北京市{district}{r.choice(N.OTHER_ESTATES)}{r.randint(1, 40)}号院{r.randint(1, 20)}号楼{r.randint(101, 2404)}"

    def resident_id(self, birth: date, sex: Sex) -> str:
        region = self.beijing() if self.rng.random() < 0.7 else self.elsewhere()
        while True:
            number = make_resident_id(region, birth, self.rng.randrange(1000), sex)
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
        row.update(kind=PersonKind.NATURAL.value, ethnicity="", legal_rep="", phone="", address="", occupation="",
                   sensitive=False)
        row.update(values)
        row["id"] = self.next_id
        self.next_id += 1
        row["updated_at"] = row["created_at"]
        self.rows.append(row)
        return row

    def natural(self, *, on: date, at: datetime, min_age: int = 18, max_age: int = 80, mode: float = 38,
                sex: Sex | None = None, surname: str | None = None, occupation: str | None = None,
                sensitive_age: int = 14, **extra: object) -> dict[str, object]:
        """A natural person aged ``min_age``..``max_age`` on ``on`` (first seen at ``at``)."""
        r = self.rng
        sex = sex or (Sex.MALE if r.random() < 0.55 else Sex.FEMALE)
        age = min(max_age, int(r.triangular(min_age, max_age + 1, mode)))
        birth = on - timedelta(days=int(age * 365.25) + r.randrange(360))
        if age_on(birth, on) < min_age:
            birth -= timedelta(days=370)
        if occupation is None:
            occupation = "学生" if age < 19 else ("退休" if age > 62 and r.random() < 0.7 else r.choice(N.OCCUPATIONS))
        return self._row(name=self.name(sex, surname), sex=sex.value, birth_date=birth, ethnicity=self.ethnicity(),
                         id_type=IdType.RESIDENT_ID.value, id_number=self.resident_id(birth, sex),
                         phone="" if age < 12 else self.mobile(), address=self.address(), occupation=occupation,
                         sensitive=age_on(birth, on) < sensitive_age, created_at=at, **extra)

    def organisation(self, name: str, head: str, *, at: datetime, region: str = "110105") -> dict[str, object]:
        """An organisation party (company, property firm, village collective)."""
        return self._row(kind=PersonKind.ORGANISATION.value, name=name, id_type=None, uscc=self.uscc(head, region),
                         legal_rep=self.name(Sex.MALE if self.rng.random() < 0.7 else Sex.FEMALE),
                         phone=f"+8610{self.rng.randrange(5, 9)}{self.rng.randrange(10**7):07d}",
                         address=self.address(), created_at=at)

    def company_name(self, category: str, village: bool = False) -> tuple[str, str]:
        """A company name for a category and its USCC head (``91`` company, ``N2`` village)."""
        r = self.rng
        if village or category in ("neighbour", "property_damage", "other") and r.random() < 0.6:
            town, villages = r.choice(N.TOWNSHIPS)
            return f"北京市朝阳区{town}{r.choice(villages)}股份经济合作社", "N2"
        kinds = N.BUSINESSES.get(category, N.BUSINESSES["other"])
        return f"北京{r.choice(N.TRADE_NAMES)}{r.choice(kinds)}", "91"
