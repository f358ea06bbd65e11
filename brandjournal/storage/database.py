"""Opening the encrypted SQLite file: SQLCipher connection, pragmas, schema migrations.

One connection per journal (a ``StaticPool``): the journal is a single-writer, single-user file and the
UI funnels database work through one worker, so one connection is all we need; it also means a passphrase
journal pays SQLCipher's key derivation once per open, not once per pooled connection.

SQLAlchemy is imported only by ``make_engine``: ``connect`` serves the light first step of opening
(``storage.opening``), which the window runs before the ORM is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from brandjournal.storage.errors import JournalTooNewError, StorageError, StorageProblem, WrongKeyError
from brandjournal.storage.keys import JournalKey

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps it equal to alembic's head). Opening an up-to-date
# journal compares against it and never imports alembic: that saves about half a second at every start.
HEAD_REVISION = "0003"


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, so SQLite (and its -wal/-shm) inherit 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def is_damage(error: BaseException | None) -> bool:
    """SQLite's words for a file whose pages are not what they should be."""
    text = str(error).lower()
    return any(w in text for w in ("malformed", "not a database", "disk i/o error", "corrupt"))


def connect(path: Path, key: JournalKey, *, create: bool) -> sqlcipher.Connection:
    """A keyed, verified connection. Raises WrongKeyError without touching the file on a bad key."""
    existed = path.exists()
    if not existed:
        if not create:
            raise StorageError(StorageProblem.NO_JOURNAL, path=path)
        _create_private_file(path)
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.pragma())
        # The first read decrypts page 1: this is where a wrong key (or a damaged file) shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if not existed:
            path.unlink(missing_ok=True)
        raise WrongKeyError(path, passphrase=key.passphrase is not None) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a save that returned is on disk
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def make_engine(conn: sqlcipher.Connection) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", module=sqlcipher, creator=lambda: conn, poolclass=StaticPool, future=True)

    # pysqlite's own transaction handling is switched off (isolation_level=None above); we emit BEGIN
    # ourselves so every session is exactly one SQLite transaction, taken as a writer from the start.
    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the journal (alembic's version table), None for an empty file."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has_table:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def migrate(engine: Engine, path: Path, target: str = "head") -> None:
    """Bring the schema to ``target`` (the newest by default), in one transaction."""
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    if current is not None and not _known(script, current):
        raise JournalTooNewError(path, current)
    if current == (script.get_current_head() if target == "head" else target):
        return
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises CommandError / ResolutionError for unknown ids
        return False
