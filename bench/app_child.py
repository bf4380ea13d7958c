"""The app (or a bare PySide6 window) in a benchmark's child process, offscreen.

Run by ``bench_start.py``, ``bench_workspace.py`` and ``bench_session.py``, never by hand:
``python bench/app_child.py MODE DATABASE_URL T0 [ARGS]`` prints one JSON line.

Modes:
    bare: a bare PySide6 window that imports SQLModel and shows a QTableView of 200 rows read
        from the database; prints the seconds from T0 (the parent's ``time.time()`` before it
        started this process) to the table's first paint.
    app: the app's own start (``app.run_gui`` up to ``app.exec``: storage check, open, window,
        safety, overdue notice, background storage check) with the sign-in scripted (a demo
        director, as ``tests/gui/ui_helpers.py`` builds the window), on the Cases page; seconds
        from T0 to the case list's first paint with rows. Then, unmeasured, a clean exit (the
        background check finishes, the database is closed and recorded as known good).
    workspace: opens N cases (``window.open_case``), each until ``CaseWorkspace.loaded``; prints
        milliseconds per case, and for the baseline the milliseconds of a bare tab widget with the
        case's row read by one SQL query.
    session: start, search, sort, open ten cases, print one agreement; prints the steps' times
        (the parent reads the peak RSS with ``os.wait4``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MEDIATION_DESK_HOME", tempfile.mkdtemp(prefix="md-bench-home-"))


MARKS: dict[str, float] = {}
HEAVY = ("reportlab", "openpyxl", "PySide6.QtCharts", "PySide6.QtPdf", "alembic", "cryptography", "qrcode")


def _mark(name: str) -> None:
    MARKS[name] = time.time()


def _peak_mib() -> float:
    """This process's peak RSS so far in MiB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds (user + system, all threads) of this process so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _first_paint(view: Any, ready: Any) -> Any:
    """An event filter that quits the event loop at ``view``'s first paint for which ``ready()``."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Painted(QObject):
        at: float | None = None
        cpu: float = 0.0
        rss: float = 0.0

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint and self.at is None and ready():
                self.at = time.time()
                self.cpu = _cpu()
                self.rss = _peak_mib()
                QApplication.instance().quit()  # type: ignore[union-attr]
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    return painted


def bare(url: str, t0: float) -> dict[str, Any]:
    import sqlmodel  # noqa: F401  (the baseline imports SQLModel too)
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    from sqlalchemy import create_engine, text

    app = QApplication(sys.argv[:1])
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                'SELECT number, title, status, party_names, received_at FROM "case" '
                "ORDER BY received_at DESC LIMIT 200"
            )
        ).all()
    model = QStandardItemModel(len(rows), 5)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            model.setItem(r, c, QStandardItem(str(value)))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 720)
    painted = _first_paint(view, lambda: True)
    window.show()
    app.exec()
    return {"seconds": painted.at - t0, "cpu": painted.cpu}


def start_app(url: str) -> tuple[Any, Any, Any]:
    """The app's start as ``app.run_gui`` does it, signed in as a director; returns (app, window, painted)."""
    # mediation_desk.app first, as ``python -m mediation_desk`` imports it before run_gui imports Qt
    from mediation_desk.app import (  # isort: skip
        build_window,
        choose_font,
        open_or_create,
        uncache_pyside_source_scan,
    )
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    uncache_pyside_source_scan()  # as run_gui does once Qt is imported

    from mediation_desk.services.accounts import actor_of
    from mediation_desk.services.base import Actor
    from mediation_desk.store.backup import ensure_installation_id
    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import User
    from mediation_desk.ui import i18n, startup
    from mediation_desk.ui import preferences as prefs
    from mediation_desk.ui.context import AppContext
    from mediation_desk.ui.main_window import PAGE_CASES

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(prefs.ORGANISATION)
    app.setApplicationName(prefs.APPLICATION)
    p = prefs.preferences()
    i18n.install(app, p.get(prefs.LANGUAGE))
    choose_font(app, p.get(prefs.FONT_SIZE))
    _mark("qt")
    stop, restored = (None, False) if os.environ.get("MD_BENCH_NO_CHECK") else startup.check_storage(url)
    _mark("check_storage")
    assert stop is None, "storage check refused the database"
    opened = open_or_create(url)
    assert opened is not None
    db, org_id, _demo = opened
    _mark("open")
    ensure_installation_id(db.engine)
    with read_session(db.engine) as s:  # the sign-in, scripted (as tests/gui/ui_helpers.py): a director
        user = s.execute(select(User).where(User.role == "director").order_by(User.id)).scalars().first()
    actor = (
        actor_of(user, "bench")
        if user is not None
        else Actor(
            user_id=None, username="director", role="director", workstation="bench", organisation_id=org_id
        )
    )
    p.set(prefs.last_page(actor.username), PAGE_CASES)  # the user left the app on the case list
    ctx = AppContext(db=db, actor=actor, organisation_id=actor.organisation_id or org_id)
    window = build_window(ctx)
    _mark("window")
    table = window.cases.table
    painted = _first_paint(table, lambda: table.model().rowCount() > 0)
    window.show()
    startup.install_safety(ctx, window, restored=restored)
    from mediation_desk.ui import after_start

    # overdue notice, background storage check, gc.freeze — once the window is painted
    after_start.after_first_paint(window, lambda: after_start.background_work(ctx, window))
    _mark("after show")
    return app, window, painted


def wait_until(app: Any, done: Any, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("timed out")
        app.processEvents()
        time.sleep(0.0005)


def open_case(app: Any, window: Any, case_id: int, *, event_loop: bool = False) -> Any:
    """``window.open_case`` until the workspace's ``loaded`` signal; None if the case did not open.

    ``event_loop``: wait in a ``QEventLoop`` as the app's main thread does, instead of polling
    with ``processEvents`` every 0.5 ms (which itself costs ~28 ms of CPU and ~50 ms of wall time
    per case on this machine: the polling thread and the database worker contend for the GIL).
    """
    loaded: list[bool] = []
    before = window.tabs.count()
    answers: list[bool] = []
    window.case_checked.connect(lambda _id, ok: answers.append(ok))  # the read check runs off the UI thread
    window.open_case(case_id)
    wait_until(app, lambda: bool(answers))
    if window.tabs.count() != before + 1:  # refused (e.g. an error dialog): the caller takes another case
        return None
    widget = window.tabs.widget(window.tabs.count() - 1)
    widget.loaded.connect(lambda: loaded.append(True))
    if event_loop and widget.detail is None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        widget.loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
    wait_until(app, lambda: loaded or widget.detail is not None)
    return widget


def sample_cases(window: Any, n: int) -> list[int]:
    """``n`` open (not sealed, not juvenile) cases the user sees in their list, spread evenly over the
    ids (a case of another organisation would stop the run at a modal refusal), read one by one
    (not every id of the file: a list of a million ids would count ~40 MiB in the session's RSS)."""
    from sqlalchemy import func, select

    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import Case

    out: list[int] = []
    with read_session(window.ctx.db.engine) as s:
        top = s.execute(select(func.max(Case.id))).scalar() or 0
        for k in range(n):
            found = s.execute(
                select(Case.id)
                .where(
                    Case.id >= 1 + top * k // n,
                    window.ctx.visible(),
                    Case.sealed.is_(False),  # type: ignore[attr-defined]
                    Case.juvenile.is_(False),
                )
                .order_by(Case.id)
                .limit(1)
            ).scalar()
            if found is not None and found not in out:
                out.append(found)
    return out


def workspace(url: str, n: int, event_loop: bool = True) -> dict[str, Any]:
    from PySide6.QtWidgets import QLabel, QTabWidget
    from sqlalchemy import text

    from mediation_desk.store.engine import read_session

    app, window, _ = start_app(url)
    app.exec()  # until the list is painted
    t = time.perf_counter()  # the start's background work (overdue notice) holds the one database worker
    state = _background_started(app)
    wait_until(app, lambda: not window.ctx.tasks.busy, timeout=1800)
    # the storage check reads the whole file in a thread of its own: let it finish, as it would
    # have a minute after the start, so it does not count in (or compete with) the cases opened
    wait_until(app, lambda: state.check is None or state.check.report is not None, timeout=1800)
    # and the workspace's modules, imported half a second after the paint (after_start): a user's
    # first click comes later than that (at 1M the background work is done at once, and the first
    # case opened paid ~0.2 s of imports — the p95 of 20 cases)
    wait_until(app, lambda: "mediation_desk.ui.workspace.overview" in sys.modules, timeout=60)
    idle = time.perf_counter() - t
    ours, base, cpu = [], [], []
    for case_id in sample_cases(window, 2 * n):
        if len(ours) == n:
            break
        t, c = time.perf_counter(), time.process_time()  # CPU: every thread (the worker's load too)
        widget = open_case(app, window, case_id, event_loop=event_loop)
        if widget is None:
            continue
        ours.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        window.close_tab(window.tabs.indexOf(widget))
        app.processEvents()
        t = time.perf_counter()  # baseline: a bare tab widget showing the case row read by one query
        with read_session(window.ctx.db.engine) as s:
            row = s.execute(text('SELECT * FROM "case" WHERE id = :i'), {"i": case_id}).one()
        tabs = QTabWidget()
        for i in range(10):
            tabs.addTab(QLabel(f"{row[1]} {row[6]} {i}"), str(i))
        window.tabs.addTab(tabs, "bare")
        window.tabs.setCurrentWidget(tabs)
        app.processEvents()
        base.append((time.perf_counter() - t) * 1000)
        window.tabs.removeTab(window.tabs.indexOf(tabs))
        tabs.deleteLater()
    return {"ours": ours, "base": base, "cpu": cpu, "idle_after_paint": idle}


def session(url: str, t0: float) -> dict[str, Any]:
    import mediation_desk.app  # noqa: F401  # isort: skip  (before Qt, as the app does: see start_app)
    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from mediation_desk.services.dossier import agreement_pdf
    from mediation_desk.store.engine import read_session
    from mediation_desk.store.models import Agreement
    from mediation_desk.store.queries.case_list import CaseFilters
    from mediation_desk.ui.models.case_table import COL_MEDIATOR

    steps: dict[str, float] = {}
    peaks: dict[str, float] = {}  # the peak RSS (MiB) by the end of each step
    app, window, painted = start_app(url)
    app.exec()
    steps["start"] = painted.at - t0
    peaks["start"] = painted.rss
    t = time.perf_counter()
    _background_started(app)
    wait_until(app, lambda: not window.ctx.tasks.busy, timeout=1800)
    steps["background work after start"] = time.perf_counter() - t
    peaks["background work after start"] = _peak_mib()
    model = window.cases.model
    t = time.perf_counter()
    model.set_filters(CaseFilters(text="王"))
    wait_until(app, lambda: not model.loading)  # the page is read off the UI thread
    steps["search"] = time.perf_counter() - t
    peaks["search"] = _peak_mib()
    t = time.perf_counter()
    model.sort(COL_MEDIATOR, Qt.SortOrder.AscendingOrder)
    wait_until(app, lambda: not model.loading)
    steps["sort"] = time.perf_counter() - t
    peaks["sort"] = _peak_mib()
    t = time.perf_counter()
    opened = 0
    for case_id in sample_cases(window, 20):
        opened += open_case(app, window, case_id) is not None
        if opened == 10:
            break
    steps["open ten cases"] = time.perf_counter() - t
    peaks["open ten cases"] = _peak_mib()
    t = time.perf_counter()
    with read_session(window.ctx.db.engine) as s:
        agreement_id = s.execute(select(Agreement.id).order_by(Agreement.id).limit(1)).scalar_one()
    pdf = agreement_pdf(window.ctx.db, window.ctx.actor, agreement_id)
    assert pdf.startswith(b"%PDF")
    steps["print one agreement"] = time.perf_counter() - t
    peaks["print one agreement"] = _peak_mib()
    return {"steps": steps, "peaks": peaks, "modules": sorted(m for m in HEAVY if m in sys.modules)}


def _background_started(app: Any) -> Any:
    """Process events until the start's background work (queued after the first paint) began."""
    from mediation_desk.ui import storage_check

    state = storage_check.state
    wait_until(app, lambda: state.check is not None or state.verified, timeout=60)
    return state


def clean_exit(app: Any, window: Any) -> None:
    """After the measurement: let the background storage check finish, close the database and
    record it as known good, as a user's clean exit does (the next run's start then skips the
    full check, as the user's next start would). Not part of what is measured."""
    from mediation_desk.ui import storage_check

    state = _background_started(app)
    wait_until(app, lambda: state.check is None or state.check.report is not None, timeout=1800)
    wait_until(app, lambda: not window.ctx.tasks.busy, timeout=1800)
    window.ctx.db.dispose()
    storage_check.record_clean_exit(window.ctx.db)


def main() -> None:
    mode, url, t0 = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if mode == "bare":
        out = bare(url, t0)
    elif mode == "app":
        app, window, painted = start_app(url)
        app.exec()
        out = {
            "seconds": painted.at - t0,
            "cpu": painted.cpu,
            "rss_at_paint": painted.rss,
            "modules": sorted(m for m in HEAVY if m in sys.modules),
            "marks": {k: round(v - t0, 3) for k, v in MARKS.items()},
        }
        print(json.dumps(out), flush=True)
        clean_exit(app, window)
        os._exit(0)
    elif mode == "workspace":
        out = workspace(url, int(sys.argv[4]), event_loop="--poll" not in sys.argv[5:])
    else:
        out = session(url, t0)
    print(json.dumps(out), flush=True)
    os._exit(0)  # skip Qt/engine teardown: not part of what is measured


if __name__ == "__main__":
    main()
