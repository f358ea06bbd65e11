"""Where a journal's encryption key comes from: the OS keychain, or a passphrase.

A new journal gets a random 256-bit key stored in the keychain (service ``brandjournal``, one entry per journal,
named by the journal's id). SQLCipher then uses it raw, which skips the slow key derivation. When no keychain
works (headless Linux without a Secret Service, a locked keychain), the person chooses a passphrase instead and
SQLCipher derives the key from it (PBKDF2, SQLCipher's own defaults).

A small sidecar file ``<journal>.meta.json`` (not secret: an id and which of the two is used) lets us give the
right message on open: "enter your passphrase" or "the keychain entry for this journal is missing".
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from brandjournal.storage.errors import KeyMissingError, NeedPassphrase, StorageError, StorageProblem

SERVICE = "brandjournal"
KEYCHAIN = "keychain"
PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class JournalKey:
    """Either a raw 32-byte key or a passphrase; never both."""

    raw: bytes | None = None
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if (self.raw is None) == (self.passphrase is None):
            raise ValueError("a JournalKey is either raw or a passphrase")
        if self.raw is not None and len(self.raw) != 32:
            raise ValueError("a raw journal key has 32 bytes")
        if self.passphrase is not None and (not self.passphrase or "\x00" in self.passphrase):
            raise StorageError(StorageProblem.BAD_PASSPHRASE)

    @classmethod
    def random(cls) -> JournalKey:
        return cls(raw=secrets.token_bytes(32))

    @property
    def source(self) -> str:
        return KEYCHAIN if self.raw is not None else PASSPHRASE

    def pragma(self) -> str:
        """The ``PRAGMA key`` statement for SQLCipher."""
        if self.raw is not None:
            return f"PRAGMA key = \"x'{self.raw.hex()}'\""
        assert self.passphrase is not None
        return "PRAGMA key = '" + self.passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print key material
        return f"JournalKey({self.source})"


@dataclass(frozen=True)
class JournalMeta:
    journal_id: str
    key_source: str

    @staticmethod
    def path_for(journal: Path) -> Path:
        return journal.with_name(journal.name + ".meta.json")

    @classmethod
    def read(cls, journal: Path) -> JournalMeta | None:
        try:
            data = json.loads(cls.path_for(journal).read_text(encoding="utf-8"))
            return cls(journal_id=str(data["journal_id"]), key_source=str(data["key_source"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, journal: Path) -> None:
        target = self.path_for(journal)
        tmp = target.with_name(target.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": 1, "journal_id": self.journal_id, "key_source": self.key_source}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)


def _keyring():
    import keyring  # imported lazily: probing backends costs time the `check` path must not pay

    return keyring


def keychain_get(entry: str) -> bytes | None:
    """The stored key, ``None`` if there is no entry; raises NeedPassphrase-worthy KeyringError upward."""
    value = _keyring().get_password(SERVICE, entry)
    if value is None:
        return None
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def keychain_set(entry: str, raw: bytes) -> None:
    _keyring().set_password(SERVICE, entry, raw.hex())


def keychain_delete(entry: str) -> None:
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        _keyring().delete_password(SERVICE, entry)


def _keyring_failure(exc: Exception) -> tuple[str, str, str]:
    """(English sentence, cause code, detail) for a keychain failure."""
    from keyring.errors import InitError, NoKeyringError

    if isinstance(exc, StorageError):
        return exc.args[0], "keychain_failed", exc.args[0]
    if isinstance(exc, NoKeyringError):
        return (
            "No system keychain is available on this computer (no Secret Service, Keychain or Credential Locker).",
            "no_keychain",
            "",
        )
    if isinstance(exc, InitError):
        return "The system keychain is locked or could not be unlocked.", "keychain_locked", ""
    return f"The system keychain failed ({type(exc).__name__}).", "keychain_failed", type(exc).__name__


def key_for_new_journal(journal: Path) -> tuple[JournalKey, JournalMeta]:
    """A fresh random key stored in the keychain; NeedPassphrase if no keychain works."""
    meta = JournalMeta(journal_id=uuid.uuid4().hex, key_source=KEYCHAIN)
    key = JournalKey.random()
    try:
        keychain_set(meta.journal_id, key.raw or b"")
        if keychain_get(meta.journal_id) != key.raw:  # some backends accept writes they cannot read back
            raise StorageError(StorageProblem.KEYCHAIN_READBACK)
    except Exception as exc:  # backends raise more than KeyringError (D-Bus errors from jeepney, OSError...)
        reason, cause, detail = _keyring_failure(exc)
        raise NeedPassphrase(
            journal,
            f"{reason} Your journal will be protected by a passphrase instead.",
            new=True,
            cause=cause,
            detail=detail,
        ) from exc
    return key, meta


def key_for_existing_journal(journal: Path) -> JournalKey:
    """The key of an existing journal from the keychain; NeedPassphrase or KeyMissingError otherwise."""
    meta = JournalMeta.read(journal)
    if meta is None:
        raise NeedPassphrase(journal, "This journal has no keychain record.", new=False, cause="no_record")
    if meta.key_source == PASSPHRASE:
        raise NeedPassphrase(journal, "This journal is protected by a passphrase.", new=False, cause="passphrase")
    try:
        raw = keychain_get(meta.journal_id)
    except Exception as exc:  # any backend failure means the key cannot be read: say so, ask instead
        reason, cause, detail = _keyring_failure(exc)
        raise NeedPassphrase(
            journal, f"{reason} The journal's key is kept there.", new=False, cause=cause, detail=detail
        ) from exc
    if raw is None:
        raise KeyMissingError(journal, meta.journal_id)
    return JournalKey(raw=raw)


def read_passphrase_file(path: Path) -> JournalKey:
    try:
        data = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(
            StorageProblem.PASSPHRASE_FILE_UNREADABLE, path=path, reason=exc, errno=getattr(exc, "errno", None)
        ) from exc
    passphrase = data.rstrip("\r\n")
    if not passphrase:
        raise StorageError(StorageProblem.PASSPHRASE_FILE_EMPTY, path=path)
    return JournalKey(passphrase=passphrase)
