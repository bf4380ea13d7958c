"""Composition root: logging, crash handler, database, QApplication, translator, main window."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import logging.handlers
import sys
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

# The database layer (SQLModel, SQLAlchemy, pydantic and the tables the start reads: cases, people,
# settings and the audit trail) is imported here, before anything imports Qt: PySide6 replaces
# ``__import__`` and reads the source of every module imported after it (``inspect.getsource``,
# to see whether it uses PySide6), and ``linecache`` keeps that text for the whole run — ~15 MiB
# for these packages alone. The other tables (agreements, payments…) load when first used.
# The ``isort: split`` below keeps the import sorter (ruff's I rules) from moving anything added
# after this block above it; tests/unit/test_architecture.py checks the order at run time.
from .store.models import cases as _cases  # noqa: F401  (for the order, see above)
from .store.models import system as _system  # noqa: F401

# isort: split

if TYPE_CHECKING:  # pragma: no cover
    from .ui.startup import Demo

log = logging.getLogger("mediation_desk")

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "SimHei",
    "AR PL UMing CN",
)
_fault_file: IO[str] | None = None


def setup_logging() -> str:
    """Log to a rotating file in the user's log directory; returns its path."""
    from .paths import log_dir

    path = log_dir() / "mediation_desk.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    global _fault_file
    _fault_file = open(log_dir() / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    faulthandler.enable(_fault_file)
    return str(path)


def install_excepthook() -> None:
    """Uncaught exceptions go to the log and the crash dialog, never a bare traceback."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.critical("uncaught exception", exc_info=(kind, exc, tb))
        from PySide6.QtWidgets import QApplication

        if showing or QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        showing = True
        try:
            from .ui.errors import show_error

            show_error(QApplication.activeWindow(), exc.with_traceback(tb))
        finally:
            showing = False

    sys.excepthook = hook


def uncache_pyside_source_scan() -> bool:
    """Keep PySide6's import hook from filling ``linecache`` with every module's source.

    Works around PySide6's feature check (PYSIDE-2029, ``shibokensupport.feature``): after
    PySide6 is imported, every module imported reads its own source through
    ``inspect.getsource`` to see whether it mentions PySide6, and ``linecache`` keeps that text
    for the whole run (~7 MiB for ReportLab and cryptography when printing, ~15-20 MiB for the
    database layer). The check still runs; only the lines it cached are dropped again.
    Returns whether the hook was found (another PySide6 version may not have it).
    """
    import linecache

    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "uncached", False):
        return scan is not None

    def uses_pyside(module: Any) -> Any:
        before = set(linecache.cache)
        try:
            return scan(module)
        finally:
            for name in set(linecache.cache) - before:
                linecache.cache.pop(name, None)

    uses_pyside.uncached = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


def choose_font(app: Any, size: int = 0) -> str:
    """Use a font with Chinese glyphs (system CJK font, else the bundled one); returns the family."""
    from PySide6.QtGui import QFontDatabase

    from .paths import resources_dir

    families = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in families), "")
    if not family:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "gbsn00lp.ttf"))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = loaded[0] if loaded else ""
    font = app.font()
    if family:
        font.setFamilies([family])
    if size > 0:
        font.setPointSize(size)
    app.setFont(font)
    return family


def open_or_create(url: str, parent: Any = None, demo: Demo | None = None) -> tuple[Any, int, int] | None:
    """Open the database; on a fresh one ask for the organisation. Returns (db, org id, demo cases).

    Args:
        url: The database URL.
        parent: The first-start dialog's parent.
        demo: The demo tool, if this start may offer demo data (the entry point passes it).
    """
    from sqlalchemy import select

    from .services.setup import initialise, is_initialised
    from .store.database import open_database
    from .store.engine import read_session
    from .store.models import Organisation

    db = open_database(url)
    demo_cases = 0
    if not is_initialised(db):
        from .ui.dialogs.first_start import FirstStartDialog  # only a new database asks (+0.9 MiB of modules)

        dialog = FirstStartDialog(demo_available=demo is not None, database=db.display_name(), parent=parent)
        if dialog.exec() != dialog.DialogCode.Accepted:
            db.dispose()
            return None
        initialise(db, org_name=dialog.org_name.text(), org_code=dialog.org_code.text())
        demo_cases = dialog.demo_cases
    with read_session(db.engine) as s:
        org_id = s.execute(select(Organisation.id).order_by(Organisation.id)).scalars().first()
    assert org_id is not None
    return db, int(org_id), demo_cases


def build_window(ctx: Any) -> Any:
    """The main window for ``ctx``; rebuilt in place when the user switches language."""
    from PySide6.QtWidgets import QApplication

    from .ui import i18n
    from .ui.main_window import MainWindow

    window = MainWindow(ctx)

    def relanguage(language: str) -> None:
        app = QApplication.instance()
        assert app is not None
        i18n.install(app, language)
        open_ids = window.open_case_ids()
        page = window.stack.currentIndex()
        window.save_layout()
        new = build_window(ctx)
        new.show()
        new.show_page(page)
        for case_id in open_ids:
            new.open_case(case_id)
        window.hide()
        window.deleteLater()

    def refont(size: int) -> None:
        app = QApplication.instance()
        choose_font(app, size)

    from .ui import startup

    window.language_changed.connect(relanguage)
    window.lock_requested.connect(startup.lock_now)
    window.sign_out_requested.connect(startup.sign_out)
    window.font_size_changed.connect(refont)
    return window


def run_gui(args: argparse.Namespace, demo: Demo | None = None) -> int:
    """Start the desktop app; returns the exit code.

    Args:
        args: The parsed command line.
        demo: The demo tool for the first-start offer (None: no offer).
    """
    log_path = setup_logging()
    install_excepthook()
    from PySide6.QtWidgets import QApplication

    uncache_pyside_source_scan()

    from .paths import default_database_url
    from .ui import i18n, startup
    from .ui import preferences as prefs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(prefs.ORGANISATION)
    app.setApplicationName(prefs.APPLICATION)
    from .ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from .ui import wheel_guard

    wheel_guard.install(app)  # the wheel scrolls pages, never an unfocused combo/spin/date box
    p = prefs.preferences()
    language = getattr(args, "lang", None) or p.get(prefs.LANGUAGE)
    i18n.install(app, language)
    choose_font(app, p.get(prefs.FONT_SIZE))
    log.info("starting; log at %s", log_path)
    url = getattr(args, "database", None) or default_database_url()
    found = None  # damage the background storage check found in the previous round
    while True:
        # network share, newer version, corruption → restore (the whole file only if it changed)
        stop, restored = startup.check_storage(url, found=found)
        if stop is not None:
            return stop
        code, found = run_database(app, url, restored, demo)
        if found is None:
            return code
        # damage found while running: the database is closed; offer the restore, then start again


def run_database(app: Any, url: str, restored: bool, demo: Demo | None = None) -> tuple[int, Any]:
    """Open ``url``, sign in, run the window until the user quits (``demo``: see :func:`run_gui`).

    Returns:
        (exit code, None), or (…, the damage report) when the background storage check found
        damage (writes were refused; the caller offers the restore).
    """
    from .domain.errors import KnownError
    from .store.backup import ensure_installation_id
    from .ui import after_start, relaunch, startup
    from .ui import storage_check as watch
    from .ui.context import AppContext
    from .ui.errors import show_error, show_known_error

    try:
        opened = open_or_create(url, demo=demo)
    except KnownError as exc:
        show_known_error(None, exc)
        return 2, None
    if opened is None:
        return 0, None
    db, org_id, demo_cases = opened
    code = 0
    try:
        ensure_installation_id(db.engine)
        if demo is not None:
            startup.generate_demo(db, demo_cases, demo)  # before sign-in: creates the demo accounts too
        while (actor := startup.sign_in_user(db, demo=demo)) is not None:
            ctx = AppContext(db=db, actor=actor, organisation_id=actor.organisation_id or org_id)
            ctx.tasks.on_unhandled_error = lambda exc: show_error(app.activeWindow(), exc)
            window = build_window(ctx)
            window.show()
            safety = startup.install_safety(ctx, window, restored=restored)
            restored = False
            after_start.after_first_paint(window, lambda c=ctx, w=window: after_start.background_work(c, w))
            code = app.exec()
            safety.idle.uninstall()
            startup.shutdown(ctx)  # exit backup of any change, then sign-out
            if watch.state.damage is not None:
                for w in app.topLevelWidgets():
                    w.hide()
                    w.deleteLater()
                break
            if not safety.sign_out:  # "Sign out" closes the window and shows the login again
                break
    except KnownError as exc:
        show_known_error(None, exc)
        code = 2
    finally:
        db.dispose()  # the final checkpoint
        watch.record_clean_exit(db)  # known good if this session's check read it all
    relaunch.start_if_requested()  # a restore from the File menu: start again on the restored file
    return int(code), watch.state.damage
