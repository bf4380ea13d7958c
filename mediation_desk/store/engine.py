"""Engine factory: SQLite pragmas on every connection, PostgreSQL via psycopg."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

BUSY_TIMEOUT_MS = 10_000
#: connections a workstation keeps open to a PostgreSQL server, and how many more it may open briefly
PG_POOL_SIZE = 2
PG_MAX_OVERFLOW = 1


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling issues BEGIN lazily and breaks SAVEPOINT;
    # take control of BEGIN ourselves (SQLAlchemy docs, "Serializable isolation / Savepoints").
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _sqlite_on_begin(conn: Any) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def is_sqlite(url: str | URL) -> bool:
    return make_url(str(url)).get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for memory / other backends."""
    u = make_url(str(url))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine with the house settings for ``url``.

    SQLite: WAL, ``synchronous=FULL``, ``foreign_keys=ON`` and a busy timeout on every
    connection; a write session (``Session(bind=engine.execution_options(write=True))``)
    begins with ``BEGIN IMMEDIATE`` so writers serialise before reading the audit head.
    """
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if path is None:
            from sqlalchemy.pool import StaticPool

            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, echo=echo, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    # A desktop client needs few connections: one database worker at a time, a read from the UI
    # thread now and then, a background check. Ten workstations then hold at most 30 of
    # PostgreSQL's default 100 connections (docs/server-mode.md, "Connections").
    return create_engine(
        url, echo=echo, pool_pre_ping=True, pool_size=PG_POOL_SIZE, max_overflow=PG_MAX_OVERFLOW
    )


def make_nullpool_engine(url: str) -> Engine:
    """An engine without pooling (for one-off tools: backup, check, migrate)."""
    if is_sqlite(url):
        engine = create_engine(url, poolclass=NullPool)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, poolclass=NullPool)


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A short read-only session."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose transaction takes the write lock first (SQLite) and commits on exit."""
    try:
        with Session(engine.execution_options(write=True), expire_on_commit=False) as session:
            with session.begin():
                yield session
    except DBAPIError as exc:  # a full disk or a read-only file: rolled back, said in words
        from .disk import known_db_error

        known = known_db_error(exc, sqlite_path(engine.url))
        if known is None:
            raise
        raise known from exc
