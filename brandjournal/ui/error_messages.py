"""Errors from storage, import, export and publishing, said in the interface language.

Storage and the importers word their errors in English for the CLI (``str(exc)``). The window never shows that
text as is: ``explain(exc)`` rebuilds each message from the error's type and attributes (path, holder, version...)
through ``QCoreApplication.translate``, so French users read French with the same facts. The English source
strings repeat storage's sentences word for word: the English interface says exactly what the CLI says.

Plain ``StorageError``/``WorkflowError``/``ImportFormatError`` raised with a one-off sentence carry no attributes:
their known sentences are recognised here by pattern (tests/ui/test_error_messages_fr.py raises each of them for
real, so a reworded sentence fails a test rather than silently showing English). A sentence nobody listed still
gets a sentence in the interface language, with the original as "details" of the dialog.

Every ``translate`` call is literal: ``pyside6-lupdate`` only finds those.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from brandjournal.storage.errors import (
    DraftNotFound,
    JournalDamagedError,
    JournalLockedError,
    JournalTooNewError,
    KeyMissingError,
    NeedPassphrase,
    StorageError,
    WrongKeyError,
)

# The sentence keys.py stores as a keychain failure's detail when a backend accepts a key it cannot read back.
KEYCHAIN_READBACK = "keychain did not return the stored key"


def fill(template: str, *values: object) -> str:
    """Put ``values`` in ``%1``, ``%2``... in one pass (a path holding "%2" is not filled again)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0], template)


# --- opening: headline and why a passphrase is asked ---


def error_summary(exc: BaseException) -> str:
    """A translated headline for each storage error (``explain`` gives the explanation)."""
    from brandjournal.publishing import WorkflowError

    if isinstance(exc, WrongKeyError):
        return QCoreApplication.translate("OpenJournal", "The journal could not be unlocked.")
    if isinstance(exc, KeyMissingError):
        return QCoreApplication.translate("OpenJournal", "The key of this journal is missing from your keychain.")
    if isinstance(exc, JournalLockedError):
        return QCoreApplication.translate(
            "OpenJournal", "This journal is already open in another BrandJournal window or command."
        )
    if isinstance(exc, JournalTooNewError):
        return QCoreApplication.translate("OpenJournal", "This journal was written by a newer version of BrandJournal.")
    if isinstance(exc, JournalDamagedError):
        return QCoreApplication.translate("ErrorMessages", "The journal is damaged.")
    if isinstance(exc, DraftNotFound):
        return QCoreApplication.translate("ErrorMessages", "This draft is no longer in the journal.")
    if isinstance(exc, WorkflowError):
        return QCoreApplication.translate("ErrorMessages", "This is not possible for this post.")
    return QCoreApplication.translate("OpenJournal", "The journal could not be opened.")


def passphrase_reason(exc: NeedPassphrase) -> str:
    """Why a passphrase is asked, in the UI language (storage words it in English, with a cause code)."""
    if exc.cause == "no_keychain":
        why = QCoreApplication.translate(
            "OpenJournal",
            "No system keychain is available on this computer (no Secret Service, Keychain or Credential Locker).",
        )
    elif exc.cause == "keychain_locked":
        why = QCoreApplication.translate("OpenJournal", "The system keychain is locked or could not be unlocked.")
    elif exc.cause == "keychain_failed":
        # ``detail`` is the backend's error type (a name such as DBusErrorResponse), or keys.py's own sentence.
        detail = exc.detail
        if detail == KEYCHAIN_READBACK:
            detail = QCoreApplication.translate("OpenJournal", "it did not give back the key it had just stored")
        why = fill(QCoreApplication.translate("OpenJournal", "The system keychain failed (%1)."), detail)
    elif exc.cause == "no_record":
        return QCoreApplication.translate("OpenJournal", "This journal has no keychain record.")
    elif exc.cause == "passphrase":
        return QCoreApplication.translate("OpenJournal", "This journal is protected by a passphrase.")
    else:
        return _unknown(exc.reason)[0]
    if exc.new:
        return (
            why
            + " "
            + QCoreApplication.translate("OpenJournal", "Your journal will be protected by a passphrase instead.")
        )
    return why + " " + QCoreApplication.translate("OpenJournal", "The journal's key is kept there.")


# --- the explanation of each error ---


def explain(exc: BaseException) -> str:
    """The error's full message in the UI language: what happened, to which file, and what to do."""
    return explain_with_details(exc)[0]


def explain_with_details(exc: BaseException) -> tuple[str, str]:
    """(message in the UI language, technical details for the dialog's "Show Details", often empty)."""
    from brandjournal.importers.common import ImportFormatError
    from brandjournal.publishing import ApprovalBlocked, NotApproved

    if isinstance(exc, WrongKeyError):
        if exc.passphrase:
            text = QCoreApplication.translate(
                "ErrorMessages",
                "Could not open the journal %1: the passphrase is wrong, or the file is damaged or not a "
                "BrandJournal journal. Nothing was changed.",
            )
        else:
            text = QCoreApplication.translate(
                "ErrorMessages",
                "Could not open the journal %1: the key from the keychain does not match, or the file is damaged "
                "or not a BrandJournal journal. Nothing was changed.",
            )
        return fill(text, exc.path), ""
    if isinstance(exc, NeedPassphrase):
        if exc.new:
            action = QCoreApplication.translate(
                "ErrorMessages", "Choose a passphrase to protect the journal %1 (or pass --passphrase-file FILE)."
            )
        else:
            action = QCoreApplication.translate(
                "ErrorMessages", "Enter the passphrase of the journal %1 (or pass --passphrase-file FILE)."
            )
        return passphrase_reason(exc) + " " + fill(action, exc.path), ""
    if isinstance(exc, KeyMissingError):
        text = QCoreApplication.translate(
            "ErrorMessages",
            "The keychain has no key for the journal %1 (service 'brandjournal', entry '%2'). Without it the "
            "journal cannot be decrypted. Restore the entry in your keychain (or from a keychain backup), or open "
            "another journal. The journal file was not changed.",
        )
        return fill(text, exc.path, exc.entry), ""
    if isinstance(exc, JournalTooNewError):
        text = QCoreApplication.translate(
            "ErrorMessages",
            "The journal %1 was written by a newer BrandJournal (schema %2). Update BrandJournal to open it; "
            "the file was not changed.",
        )
        return fill(text, exc.path, exc.version), ""
    if isinstance(exc, JournalLockedError):
        if exc.holder:
            text = QCoreApplication.translate(
                "ErrorMessages",
                "The journal %1 is already open in another BrandJournal window or command (%2). Close it first, "
                "or open another journal with --journal PATH.",
            )
            return fill(text, exc.path, exc.holder), ""
        text = QCoreApplication.translate(
            "ErrorMessages",
            "The journal %1 is already open in another BrandJournal window or command. Close it first, or open "
            "another journal with --journal PATH.",
        )
        return fill(text, exc.path), ""
    if isinstance(exc, DraftNotFound):
        text = QCoreApplication.translate("ErrorMessages", "There is no draft with id %1 in this journal.")
        return fill(text, exc.draft_id), ""
    if isinstance(exc, JournalDamagedError):
        # The detail is SQLite's own words (English): in the text for the English UI, in the details otherwise.
        if exc.detail:
            text = QCoreApplication.translate(
                "ErrorMessages",
                "The journal %1 is damaged (%2). It was not modified. Restore the latest backup (menu File > "
                "Restore from backup, or `brandjournal restore --latest`); the damaged file is kept aside.",
            )
            message = fill(text, exc.path, exc.detail)
            return message, ("" if exc.detail in message else exc.detail)
        text = QCoreApplication.translate(
            "ErrorMessages",
            "The journal %1 is damaged. It was not modified. Restore the latest backup (menu File > Restore "
            "from backup, or `brandjournal restore --latest`); the damaged file is kept aside.",
        )
        return fill(text, exc.path), ""
    if isinstance(exc, ApprovalBlocked):
        text = QCoreApplication.translate(
            "ErrorMessages", "Draft %1 has %2 open warning(s): fix each one or keep it with a reason."
        )
        return fill(text, exc.draft.id, len(exc.open_warnings)), ""
    if isinstance(exc, NotApproved):
        from brandjournal.ui.labels import status_label

        untitled = QCoreApplication.translate("ErrorMessages", "untitled")
        names = ", ".join(f"{d.id} ({d.title or untitled}: {status_label(d.status)})" for d in exc.drafts)
        text = QCoreApplication.translate("ErrorMessages", "Only approved posts can be exported; not approved: %1.")
        return fill(text, names), ""
    if isinstance(exc, ImportFormatError):
        return _match(str(exc), _import_sentences())
    if isinstance(exc, StorageError):
        return _match(str(exc), _storage_sentences())
    if isinstance(exc, OSError):
        return os_error(exc), ""
    return _unknown(str(exc))


def explain_text(message: str) -> str:
    """A storage error that arrives as its English text only (a worker's signal), in the UI language.

    A bare type name (what the storage worker sends for an unexpected error) stays as it is.
    """
    if re.fullmatch(r"[A-Za-z_][\w.]*", message):
        return message
    for pattern, say in _storage_sentences():
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return say(found)
    unexpected = QCoreApplication.translate("ErrorMessages", "an unexpected storage error")
    return message if unexpected == "an unexpected storage error" else unexpected


def os_error(exc: OSError) -> str:
    """An operating-system error: the file and the reason, in the UI language."""
    reason = os_reason(exc)
    path = exc.filename
    if path:
        return fill(
            QCoreApplication.translate("ErrorMessages", "The file %1 could not be written or read: %2."), path, reason
        )
    return fill(QCoreApplication.translate("ErrorMessages", "The system refused the operation: %1."), reason)


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the UI language (``strerror`` is English whatever the interface)."""
    code = exc.errno
    if code == errno.ENOENT:
        return QCoreApplication.translate("ErrorMessages", "the file or folder does not exist")
    if code in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("ErrorMessages", "permission denied")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QCoreApplication.translate("ErrorMessages", "the disk is full")
    if code == errno.EROFS:
        return QCoreApplication.translate("ErrorMessages", "the disk is read-only")
    if code == errno.EISDIR:
        return QCoreApplication.translate("ErrorMessages", "it is a folder, not a file")
    if code == errno.ENOTDIR:
        return QCoreApplication.translate("ErrorMessages", "part of the path is not a folder")
    if code == errno.EEXIST:
        return QCoreApplication.translate("ErrorMessages", "a file with this name already exists")
    if code == errno.EIO:
        return QCoreApplication.translate("ErrorMessages", "the disk reported a read or write error")
    name = errno.errorcode.get(code, type(exc).__name__) if code is not None else type(exc).__name__
    return fill(QCoreApplication.translate("ErrorMessages", "system error %1"), name)


# --- sentences without attributes, recognised by pattern ---

Sentence = tuple[str, Callable[[re.Match[str]], str]]


def _match(message: str, sentences: list[Sentence]) -> tuple[str, str]:
    for pattern, say in sentences:
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return say(found), ""
    return _unknown(message)


def _unknown(message: str) -> tuple[str, str]:
    """A sentence nobody translated: English as is; otherwise a sentence in the UI language and the original."""
    generic = QCoreApplication.translate(
        "ErrorMessages", "BrandJournal could not do this. The technical details are below, in English."
    )
    if generic == "BrandJournal could not do this. The technical details are below, in English.":
        return message, ""  # the interface is in English: the sentence itself is the best message
    return generic, message


def _status(name: str) -> str:
    from brandjournal.domain import DraftStatus
    from brandjournal.ui.labels import status_label

    try:
        return status_label(DraftStatus(name))
    except ValueError:
        return name


def _storage_sentences() -> list[Sentence]:
    """Plain StorageError / WorkflowError sentences (storage/, publishing.py) the window can meet."""
    return [
        (
            r"There is no journal at (.+)\.",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "There is no journal at %1."), m[1]),
        ),
        (
            r"There is no backup file at (.+)\.",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "There is no backup file at %1."), m[1]),
        ),
        (
            r"The backup (.+) is damaged \((.*)\)\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages", "The backup %1 is damaged (%2). Choose another backup; nothing was changed."
                ),
                m[1],
                m[2],
            ),
        ),
        (
            r"The file (.+) is not a BrandJournal journal\.",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "The file %1 is not a BrandJournal journal."), m[1]
            ),
        ),
        (
            r"Could not read the passphrase file (.+?): (.*)",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "Could not read the passphrase file %1."), m[1]),
        ),
        (
            r"The passphrase file (.+) is empty\.",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "The passphrase file %1 is empty."), m[1]),
        ),
        (
            r"A passphrase cannot be empty or contain NUL characters\.",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "A passphrase cannot be empty or contain NUL characters."
            ),
        ),
        (r"The journal is closed\.", lambda m: QCoreApplication.translate("ErrorMessages", "The journal is closed.")),
        (
            r"The journal is being opened: its list cannot be read this way any more\.",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "The journal is still being opened: try again in a moment."
            ),
        ),
        (
            r"This journal's key is in the keychain: there is no passphrase to change\.",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "This journal's key is in the keychain: there is no passphrase to change."
            ),
        ),
        (
            r"There is no revision with id (\d+)\.",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "There is no revision with id %1."), m[1]),
        ),
        (
            r"Revision (\d+) does not belong to draft (\d+)\.",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "Revision %1 does not belong to draft %2."), m[1], m[2]
            ),
        ),
        (
            r"An acknowledgement needs a reason\.",
            lambda m: QCoreApplication.translate("ErrorMessages", "An acknowledgement needs a reason."),
        ),
        (
            r"Every warning kept needs a reason\.",
            lambda m: QCoreApplication.translate("ErrorMessages", "Every warning kept needs a reason."),
        ),
        (
            r"A post cannot go from (\w+) to (\w+) \(use Approve\)\.",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2 (use Approve)."),
                _status(m[1]),
                _status(m[2]),
            ),
        ),
        (
            r"A post cannot go from (\w+) to (\w+) \(use Export\)\.",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2 (use Export)."),
                _status(m[1]),
                _status(m[2]),
            ),
        ),
        (
            r"A post cannot go from (\w+) to (\w+)\.",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2."),
                _status(m[1]),
                _status(m[2]),
            ),
        ),
        (
            r"Draft (\d+) is (\w+): only ideas, drafts and posts in review are approved\.",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages", "Draft %1 is %2: only ideas, drafts and posts in review are approved."
                ),
                m[1],
                _status(m[2]),
            ),
        ),
    ]


def _import_sentences() -> list[Sentence]:
    """ImportFormatError sentences (brandjournal/importers/)."""
    return [
        (
            r"cannot tell what kind of export (.+) is: expected a LinkedIn Shares\.csv, a Mastodon outbox\.json or "
            r"archive \.zip, or a folder of Markdown/text files \(or say which with --format\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages",
                    "cannot tell what kind of export %1 is: expected a LinkedIn Shares.csv, a Mastodon outbox.json "
                    "or archive .zip, or a folder of Markdown/text files",
                ),
                m[1],
            ),
        ),
        (
            r"no such file or folder: (.+)",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "no such file or folder: %1"), m[1]),
        ),
        (
            r"cannot read (.+): (.*)",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "cannot read %1 (%2)"), m[1], _strerror(m[2])),
        ),
        (
            r"(.+) is a \.zip with neither outbox\.json \(Mastodon\) nor Shares\.csv \(LinkedIn\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages", "%1 is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)"
                ),
                m[1],
            ),
        ),
        (
            r"(.+) is a folder; a (.+) export is a file",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "%1 is a folder; a %2 export is a file"), m[1], m[2]
            ),
        ),
        (
            r"(.+) is larger than 1 GiB: not a LinkedIn export",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "%1 is larger than 1 GiB: not a LinkedIn export"), m[1]
            ),
        ),
        (
            r"this is not a LinkedIn Shares\.csv \(it contains NUL bytes: a binary file\?\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)"
            ),
        ),
        (
            r"the file is empty: no LinkedIn Shares\.csv header",
            lambda m: QCoreApplication.translate("ErrorMessages", "the file is empty: no LinkedIn Shares.csv header"),
        ),
        (
            r"this is not a LinkedIn Shares\.csv \(unreadable header: .*\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "this is not a LinkedIn Shares.csv (its header cannot be read)"
            ),
        ),
        (
            r"this is not a LinkedIn Shares\.csv \(the header needs the columns Date and ShareCommentary\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages",
                "this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)",
            ),
        ),
        (
            r"this \.zip file cannot be read \(.*\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "this .zip file cannot be read (damaged or not a .zip)"
            ),
        ),
        (
            r"this \.zip file has no (.+) in it",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "this .zip file has no %1 in it"), m[1]),
        ),
        (
            r"(.+) in this \.zip file is larger than 1 GiB",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "%1 in this .zip file is larger than 1 GiB"), m[1]
            ),
        ),
        (
            r"this is not a Mastodon outbox\.json \(not UTF-8 at byte (\d+)\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages", "this is not a Mastodon outbox.json (not UTF-8 at byte %1)"
                ),
                m[1],
            ),
        ),
        (
            r"this is not a Mastodon outbox\.json \(invalid JSON at line (\d+), column (\d+)\)",
            lambda m: fill(
                QCoreApplication.translate(
                    "ErrorMessages", "this is not a Mastodon outbox.json (invalid JSON at line %1, column %2)"
                ),
                m[1],
                m[2],
            ),
        ),
        (
            r"this is not a Mastodon outbox\.json \(JSON nested too deeply\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (JSON nested too deeply)"
            ),
        ),
        (
            r"this is not a Mastodon outbox\.json \(no orderedItems list\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (no orderedItems list)"
            ),
        ),
        (r"unreadable HTML \(.*\)", lambda m: QCoreApplication.translate("ErrorMessages", "unreadable HTML")),
    ]


def import_rejection(location: int | str, unit: str, reason: str) -> str:
    """One record an import left out (``importers.Rejected``): where it was and why, in the UI language."""
    if unit == "line":
        where = fill(QCoreApplication.translate("ErrorMessages", "line %1"), location)
    elif unit == "item":
        where = fill(QCoreApplication.translate("ErrorMessages", "item %1"), location)
    else:
        where = str(location)
    said = QCoreApplication.translate("ErrorMessages", "not imported")
    if said == "not imported":
        said = reason  # English interface: the importer's own words
    for pattern, say in _rejection_sentences():
        found = re.fullmatch(pattern, reason, flags=re.DOTALL)
        if found:
            said = say(found)
            break
    return fill(
        QCoreApplication.translate("ErrorMessages", "%1: %2", "where a record was: why it was left out"), where, said
    )


def _rejection_sentences() -> list[Sentence]:
    """Why an importer left a record out (brandjournal/importers/: linkedin, mastodon, files)."""
    return [
        (r"empty", lambda m: QCoreApplication.translate("ErrorMessages", "empty")),
        (r"no date", lambda m: QCoreApplication.translate("ErrorMessages", "no date")),
        (
            r"bad date (.+) in the front matter",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "bad date %1 in the front matter"), m[1]),
        ),
        (r"bad date (.+)", lambda m: fill(QCoreApplication.translate("ErrorMessages", "bad date %1"), m[1])),
        (r"not UTF-8 text", lambda m: QCoreApplication.translate("ErrorMessages", "not UTF-8 text")),
        (
            r"not UTF-8 text \(invalid byte at offset (\d+)\)",
            lambda m: fill(
                QCoreApplication.translate("ErrorMessages", "not UTF-8 text (invalid byte at offset %1)"), m[1]
            ),
        ),
        (
            r"unreadable CSV record \(.*\)",
            lambda m: QCoreApplication.translate("ErrorMessages", "unreadable CSV record"),
        ),
        (
            r"contains NUL bytes: a binary file, not a post",
            lambda m: QCoreApplication.translate("ErrorMessages", "contains NUL bytes: a binary file, not a post"),
        ),
        (
            r"larger than 10 MB: probably not a post",
            lambda m: QCoreApplication.translate("ErrorMessages", "larger than 10 MB: probably not a post"),
        ),
        (
            r"cannot read \((.*)\)",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "cannot read (%1)"), _strerror(m[1])),
        ),
        (
            r"unreadable front matter \(.*\)",
            lambda m: QCoreApplication.translate("ErrorMessages", "unreadable front matter"),
        ),
        (r"unreadable HTML \(.*\)", lambda m: QCoreApplication.translate("ErrorMessages", "unreadable HTML")),
        (
            r"broken item \(not an activity\)",
            lambda m: QCoreApplication.translate("ErrorMessages", "broken item (not an activity)"),
        ),
        (
            r"broken item \(no object with the post in it\)",
            lambda m: QCoreApplication.translate("ErrorMessages", "broken item (no object with the post in it)"),
        ),
        (
            r"broken item \(no text content\)",
            lambda m: QCoreApplication.translate("ErrorMessages", "broken item (no text content)"),
        ),
        (
            r"not a post \((activity|object) type (.*)\)",
            lambda m: fill(QCoreApplication.translate("ErrorMessages", "not a post (type %1)"), m[2]),
        ),
        (
            r"text that is not valid Unicode \(.*\)",
            lambda m: QCoreApplication.translate(
                "ErrorMessages", "text that is not valid Unicode (an escaped half of a character)"
            ),
        ),
    ]


_STRERRORS = {
    "No such file or directory": errno.ENOENT,
    "Permission denied": errno.EACCES,
    "Is a directory": errno.EISDIR,
    "Not a directory": errno.ENOTDIR,
    "No space left on device": errno.ENOSPC,
    "Read-only file system": errno.EROFS,
    "Input/output error": errno.EIO,
}


def _strerror(text: str) -> str:
    """An OS reason already turned into English text (``exc.strerror``) back into the UI language."""
    code = _STRERRORS.get(text)
    return os_reason(OSError(code, text)) if code is not None else os_reason(OSError(None, text))


# --- the dialog ---


def show_error(parent: QWidget | None, exc: BaseException, *, summary: str | None = None) -> None:
    """A critical dialog: ``summary`` (default: by type) above the explanation in the UI language."""
    message, details = explain_with_details(exc)
    show_message(parent, summary or error_summary(exc), message, details)


def show_message(parent: QWidget | None, summary: str, message: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("OpenJournal", "BrandJournal"))
    box.setText(summary)
    box.setInformativeText(message)
    if details:
        box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return box
