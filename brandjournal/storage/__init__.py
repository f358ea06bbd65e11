"""Storage: the encrypted journal file. Pure Python, no Qt.

``open_journal`` is the one way in for the window and the CLI: it finds the key (keychain, passphrase),
creates the journal on first use and migrates older schemas. ``unlock_journal`` is its first half (see
``storage.opening``): the window uses it to show the draft list before SQLAlchemy is imported.

``Journal`` is imported on first use (module ``__getattr__``): importing this package, its errors or its keys
does not import the ORM.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from brandjournal.storage.errors import (
    DraftNotFound,
    JournalLockedError,
    JournalTooNewError,
    KeyMissingError,
    NeedPassphrase,
    StorageError,
    StorageProblem,
    WrongKeyError,
)
from brandjournal.storage.keys import (
    PASSPHRASE,
    JournalKey,
    JournalMeta,
    key_for_existing_journal,
    key_for_new_journal,
    read_passphrase_file,
)
from brandjournal.storage.opening import UnlockedJournal, unlock

if TYPE_CHECKING:
    from brandjournal.storage.journal import Journal

__all__ = [
    "DraftNotFound",
    "Journal",
    "JournalKey",
    "JournalLockedError",
    "JournalTooNewError",
    "KeyMissingError",
    "NeedPassphrase",
    "StorageError",
    "StorageProblem",
    "UnlockInBackground",
    "UnlockedJournal",
    "WrongKeyError",
    "open_journal",
    "unlock_journal",
]


def __getattr__(name: str):
    if name == "Journal":
        from brandjournal.storage.journal import Journal

        return Journal
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_journal(path: Path | str, *, passphrase: str | None = None, create: bool = True) -> Journal:
    """Open the journal at ``path``, creating it if needed.

    Without ``passphrase`` the key comes from the keychain (a new journal gets a new random key there);
    ``NeedPassphrase`` tells the caller to ask the person for one (its ``reason`` says why, ``new`` whether
    they are choosing it or entering it). With ``passphrase``, a new journal is protected by it.
    """
    return unlock_journal(path, passphrase=passphrase, create=create).finish()


def unlock_journal(path: Path | str, *, passphrase: str | None = None, create: bool = True) -> UnlockedJournal:
    """``open_journal`` up to the decrypted, locked file (same key resolution, same errors), without the ORM.

    The caller reads the draft list from it at once, then calls ``finish()`` for the ``Journal``, and
    ``close()`` in the end.
    """
    path = Path(path).expanduser().absolute()
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StorageError(StorageProblem.NO_JOURNAL, path=path)
    if passphrase is not None:
        key = JournalKey(passphrase=passphrase)
        meta = None if exists else JournalMeta(journal_id="", key_source=PASSPHRASE)
        return unlock(path, key, create=True, meta=meta)
    if exists:
        return unlock(path, key_for_existing_journal(path))
    key, meta = key_for_new_journal(path)
    return unlock(path, key, create=True, meta=meta)


class UnlockInBackground:
    """``unlock_journal`` of an existing journal, started on a thread; ``result()`` returns it or raises its error.

    The window starts it before importing Qt: SQLCipher derives a passphrase's key (~0.15 s of PBKDF2, in C,
    without the GIL) and the keychain answers while Qt loads on the main thread. ``result()`` must be called
    (it hands over the lock and the connection); the caller handles its errors as those of ``unlock_journal``.
    """

    def __init__(self, path: Path | str, *, passphrase_file: str | None = None) -> None:
        self._unlocked: UnlockedJournal | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(
            target=self._run, args=(Path(path), passphrase_file), name="unlock-journal", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, passphrase_file: str | None) -> None:
        try:
            passphrase = read_passphrase_file(Path(passphrase_file)).passphrase if passphrase_file else None
            self._unlocked = unlock_journal(path, passphrase=passphrase, create=False)
        except Exception as exc:
            self._error = exc

    def result(self) -> UnlockedJournal:
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        assert self._unlocked is not None
        return self._unlocked


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
    from brandjournal.storage.opening import lock_path

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
