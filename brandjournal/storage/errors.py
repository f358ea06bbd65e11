"""What can go wrong when opening or writing a journal, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path

from brandjournal.problems import CodedError, Problem


class StorageProblem(Problem):
    """What a plain ``StorageError`` reports: the stable code, and the English sentence with its facts."""

    NO_JOURNAL = "There is no journal at {path}."
    JOURNAL_CLOSED = "The journal is closed."
    JOURNAL_BEING_OPENED = "The journal is being opened: its list cannot be read this way any more."
    NO_BACKUP = "There is no backup file at {path}."
    BACKUP_DAMAGED = "The backup {path} is damaged ({detail})."  # detail: SQLite's integrity check, English
    NOT_A_JOURNAL = "The file {path} is not a BrandJournal journal."
    BAD_PASSPHRASE = "A passphrase cannot be empty or contain NUL characters."
    # Raised inside keys.py only: it becomes the detail of NeedPassphrase(cause="keychain_failed").
    KEYCHAIN_READBACK = "keychain did not return the stored key"
    # reason: the system's words (English); errno: its number, or None when the file is not UTF-8 text
    PASSPHRASE_FILE_UNREADABLE = "Could not read the passphrase file {path}: {reason}"
    PASSPHRASE_FILE_EMPTY = "The passphrase file {path} is empty."
    NO_PASSPHRASE_TO_CHANGE = "This journal's key is in the keychain: there is no passphrase to change."
    NO_REVISION = "There is no revision with id {revision_id}."
    REVISION_OF_ANOTHER_DRAFT = "Revision {revision_id} does not belong to draft {draft_id}."
    ACKNOWLEDGEMENT_NEEDS_REASON = "An acknowledgement needs a reason."
    KEPT_WARNING_NEEDS_REASON = "Every warning kept needs a reason."


class StorageError(CodedError):
    """Base class: ``str(error)`` is a complete, user-facing sentence in English (the CLI prints it).

    The window does not show it as is: brandjournal/ui/error_messages.py rebuilds each message in the interface
    language from the error's type and attributes (``path``, ``holder``, ``version``, ``detail``...), or for a
    plain StorageError from ``code`` (a ``StorageProblem``) and ``facts``: ``StorageError(StorageProblem.NO_BACKUP,
    path=path)``. A plain StorageError raised with a sentence (``code`` None) is one nobody foresaw.
    """


class WrongKeyError(StorageError):
    def __init__(self, path: Path, passphrase: bool) -> None:
        self.path = path
        self.passphrase = passphrase
        what = "the passphrase is wrong" if passphrase else "the key from the keychain does not match"
        super().__init__(
            f"Could not open the journal {path}: {what}, or the file is damaged or not a BrandJournal journal. "
            "Nothing was changed."
        )


class NeedPassphrase(StorageError):
    """No usable keychain: the caller must ask the person for a passphrase (``reason`` says why).

    ``cause`` names the reason for a UI that says it in another language: ``no_keychain``, ``keychain_locked``,
    ``keychain_failed`` (``detail`` holds the backend's error type), ``no_record`` or ``passphrase``.
    """

    def __init__(self, path: Path, reason: str, *, new: bool, cause: str = "", detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.new = new  # True when the journal does not exist yet (choose a passphrase)
        self.cause = cause
        self.detail = detail
        action = "Choose a passphrase to protect it" if new else "Enter its passphrase"
        super().__init__(f"{reason} {action} (or pass --passphrase-file FILE).")


class KeyMissingError(StorageError):
    """The journal is keychain-protected but its keychain entry is gone."""

    def __init__(self, path: Path, entry: str) -> None:
        self.path = path
        self.entry = entry
        super().__init__(
            f"The keychain has no key for the journal {path} (service 'brandjournal', entry '{entry}'). "
            "Without it the journal cannot be decrypted. Restore the entry in your keychain (or from a keychain "
            "backup), or open another journal. The journal file was not changed."
        )


class JournalTooNewError(StorageError):
    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version  # the journal's schema revision
        super().__init__(
            f"The journal {path} was written by a newer BrandJournal (schema {version}). "
            "Update BrandJournal to open it; the file was not changed."
        )


class JournalLockedError(StorageError):
    def __init__(self, path: Path, holder: str = "") -> None:
        self.path = path
        self.holder = holder  # who holds the lock, when known
        detail = f" ({holder})" if holder else ""
        super().__init__(
            f"The journal {path} is already open in another BrandJournal window or command{detail}. "
            "Close it first, or open another journal with --journal PATH."
        )


class DraftNotFound(StorageError):
    def __init__(self, draft_id: int) -> None:
        self.draft_id = draft_id
        super().__init__(f"There is no draft with id {draft_id} in this journal.")


class JournalDamagedError(StorageError):
    """The file decrypts (or should) but its pages are damaged."""

    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        self.detail = detail  # SQLite's own words (English), for the details of a dialog
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"The journal {path} is damaged{extra}. It was not modified. Restore the latest backup "
            "(menu File > Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside."
        )
