"""Crash-test worker: imports the app once, then for each ``go N`` line forks a saver.

The saver registers cases through the services in a loop and writes ``ok <id>`` only after
``register_case`` returned, i.e. after the commit. The test SIGKILLs the saver at random
moments; this process reports ``pid <n>`` when a saver starts and ``dead`` when it is gone.
Forking from an already-imported process keeps 100 kills within seconds.
"""

from __future__ import annotations

import os
import sys
from datetime import date


def _saver(url: str, round_no: int) -> None:
    from mediation_desk.services import cases
    from mediation_desk.services.base import SYSTEM
    from mediation_desk.store.database import open_database
    from tests.helpers.factories import new_case, person

    db = open_database(url, upgrade=False)
    a = person("张三", seq=11, phone="13811112222")
    b = person("李四", birth=date(1990, 7, 2), seq=22, phone="13933334444")
    n = 0
    while True:
        r = cases.register_case(
            db, SYSTEM, new_case(1, title=f"第{round_no}轮第{n}件", applicant=a, respondent=b)
        )
        os.write(1, f"ok {r.case_id}\n".encode())
        n += 1


def main() -> None:
    import mediation_desk.services.cases  # noqa: F401 - import once, before forking
    import mediation_desk.store.database  # noqa: F401
    import tests.helpers.factories  # noqa: F401

    url = sys.argv[1]
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _saver(url, int(parts[1]))
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"dead\n")


if __name__ == "__main__":
    main()
