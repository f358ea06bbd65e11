"""Storage: the encrypted journal file. Pure Python, no Qt.

``open_journal`` is the one way in for the window and the CLI: it finds the key (keychain, passphrase),
creates the journal on first use and migrates older schemas.
"""

from __future__ import annotations

from pathlib import Path

from brandjournal.storage.errors import (
    DraftNotFound,
    JournalLockedError,
    JournalTooNewError,
    KeyMissingError,
    NeedPassphrase,
    StorageError,
    WrongKeyError,
)
from brandjournal.storage.journal import Journal
from brandjournal.storage.keys import (
    PASSPHRASE,
    JournalKey,
    JournalMeta,
    key_for_existing_journal,
    key_for_new_journal,
)

__all__ = [
    "DraftNotFound",
    "Journal",
    "JournalKey",
    "JournalLockedError",
    "JournalTooNewError",
    "KeyMissingError",
    "NeedPassphrase",
    "StorageError",
    "WrongKeyError",
    "open_journal",
]


def open_journal(path: Path | str, *, passphrase: str | None = None, create: bool = True) -> Journal:
    """Open the journal at ``path``, creating it if needed.

    Without ``passphrase`` the key comes from the keychain (a new journal gets a new random key there);
    ``NeedPassphrase`` tells the caller to ask the person for one (its ``reason`` says why, ``new`` whether
    they are choosing it or entering it). With ``passphrase``, a new journal is protected by it.
    """
    path = Path(path).expanduser().absolute()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StorageError(f"There is no journal at {path}.")
    if passphrase is not None:
        key = JournalKey(passphrase=passphrase)
        meta = None if exists else JournalMeta(journal_id="", key_source=PASSPHRASE)
        return Journal.open(path, key, create=True, meta=meta)
    if exists:
        return Journal.open(path, key_for_existing_journal(path))
    key, meta = key_for_new_journal(path)
    return Journal.open(path, key, create=True, meta=meta)


def resolve_key(path: Path | str, *, passphrase: str | None = None) -> JournalKey:
    """The key of an existing journal: the passphrase if given, else the keychain's (may raise NeedPassphrase)."""
    if passphrase is not None:
        return JournalKey(passphrase=passphrase)
    return key_for_existing_journal(Path(path).expanduser().absolute())


def restore_journal(path: Path | str, backup: Path | str, *, passphrase: str | None = None) -> Path:
    """Replace the journal at ``path`` with ``backup`` (verified first); returns where the old file was kept.

    Refused with JournalLockedError while the journal is open anywhere.
    """
    from filelock import FileLock, Timeout

    from brandjournal.storage.backups import restore_file
    from brandjournal.storage.journal import lock_path

    path = Path(path).expanduser().absolute()
    key = resolve_key(path, passphrase=passphrase)
    lock = FileLock(lock_path(path), mode=0o600)
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise JournalLockedError(path) from exc
    try:
        return restore_file(path, Path(backup), key)
    finally:
        lock.release()
