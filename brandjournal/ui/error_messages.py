"""Errors from storage, import, export and publishing, said in the interface language.

Storage and the importers word their errors in English for the CLI (``str(exc)``). The window never shows that
text as is: ``explain(exc)`` rebuilds each message from the error's type and attributes (path, holder, version...)
through ``QCoreApplication.translate``, so French users read French with the same facts. The English source
strings repeat storage's sentences word for word: the English interface says exactly what the CLI says.

Plain ``StorageError``/``WorkflowError``/``ImportFormatError`` (and each record an import leaves out, ``Rejected``)
carry ``code`` (a member of ``StorageProblem``, ``WorkflowProblem``, ``ImportProblem``, ``RejectProblem``) and
``facts``: the message is rebuilt from those, never by recognising the English sentence, so rewording storage's
English cannot turn the French interface English. tests/ui/test_error_codes.py causes each code for real and
checks its English ``str()`` and its French here; a code without a case there fails. One raised with a one-off
sentence (``code`` None: an SQLite message nobody foresaw) gets a sentence in the interface language, with the
original as "details" of the dialog.

Every ``translate`` call is literal: ``pyside6-lupdate`` only finds those.
"""

from __future__ import annotations

import errno
import re
from typing import TYPE_CHECKING, Any

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
    StorageProblem,
    WrongKeyError,
)

if TYPE_CHECKING:
    from brandjournal.importers.common import Rejected, RejectProblem
    from brandjournal.problems import Problem

# The sentence keys.py stores as a keychain failure's detail when a backend accepts a key it cannot read back.
KEYCHAIN_READBACK = StorageProblem.KEYCHAIN_READBACK.value


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
    if isinstance(exc, (ImportFormatError, StorageError)):
        said = _coded(exc.code, exc.facts) if exc.code is not None else None
        return said if said is not None else _unknown(str(exc))
    if isinstance(exc, OSError):
        return os_error(exc), ""
    return _unknown(str(exc))


def explain_text(message: str) -> str:
    """An error that arrives as text only, in the UI language.

    A bare type name (what the storage worker sends for an unexpected error) stays as it is; any other text is
    not translated by recognising it: it is "an unexpected storage error" (StorageErrors travel as themselves).
    """
    if re.fullmatch(r"[A-Za-z_][\w.]*", message):
        return message
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


# --- errors that carry a code and its facts (storage, workflow, import) ---


def _unknown(message: str) -> tuple[str, str]:
    """A sentence nobody translated: English as is; otherwise a sentence in the UI language and the original."""
    generic = QCoreApplication.translate(
        "ErrorMessages", "BrandJournal could not do this. The technical details are below, in English."
    )
    if generic == "BrandJournal could not do this. The technical details are below, in English.":
        return message, ""  # the interface is in English: the sentence itself is the best message
    return generic, message


def _status(status: object) -> str:
    """A draft status (DraftStatus or its value) as the interface names it."""
    from brandjournal.domain import DraftStatus
    from brandjournal.ui.labels import status_label

    try:
        return status_label(DraftStatus(str(status)))
    except ValueError:
        return str(status)


def _with_details(message: str, detail: object) -> tuple[str, str]:
    """``message`` with a library's English ``detail`` for "Show Details" (unless the message already says it)."""
    text = str(detail)
    return message, ("" if not text or text in message else text)


def _system_reason(facts: dict[str, Any]) -> str:
    """The ``reason``/``errno`` facts of a file the system refused, in the UI language."""
    code = facts.get("errno")
    if isinstance(code, int):
        return os_reason(OSError(code, str(facts.get("reason", ""))))
    return _strerror(str(facts.get("reason", "")))


def _coded(code: Problem, facts: dict[str, Any]) -> tuple[str, str] | None:
    """(message, details) for an error's code and facts; None for a code nobody translated here."""
    from brandjournal.importers.common import ImportProblem
    from brandjournal.publishing import WorkflowProblem

    if isinstance(code, StorageProblem):
        return _storage_problem(code, facts)
    if isinstance(code, WorkflowProblem):
        said = _workflow_problem(code, facts)
        return (said, "") if said is not None else None
    if isinstance(code, ImportProblem):
        return _import_problem(code, facts)
    return None


def _storage_problem(code: StorageProblem, facts: dict[str, Any]) -> tuple[str, str] | None:
    """A plain StorageError (storage/), by its code."""
    match code:
        case StorageProblem.NO_JOURNAL:
            return fill(QCoreApplication.translate("ErrorMessages", "There is no journal at %1."), facts["path"]), ""
        case StorageProblem.JOURNAL_CLOSED:
            return QCoreApplication.translate("ErrorMessages", "The journal is closed."), ""
        case StorageProblem.JOURNAL_BEING_OPENED:
            return QCoreApplication.translate(
                "ErrorMessages", "The journal is still being opened: try again in a moment."
            ), ""
        case StorageProblem.NO_BACKUP:
            return fill(
                QCoreApplication.translate("ErrorMessages", "There is no backup file at %1."), facts["path"]
            ), ""
        case StorageProblem.BACKUP_DAMAGED:
            text = QCoreApplication.translate(
                "ErrorMessages", "The backup %1 is damaged (%2). Choose another backup; nothing was changed."
            )
            return fill(text, facts["path"], facts["detail"]), ""
        case StorageProblem.NOT_A_JOURNAL:
            return fill(
                QCoreApplication.translate("ErrorMessages", "The file %1 is not a BrandJournal journal."),
                facts["path"],
            ), ""
        case StorageProblem.BAD_PASSPHRASE:
            return QCoreApplication.translate(
                "ErrorMessages", "A passphrase cannot be empty or contain NUL characters."
            ), ""
        case StorageProblem.KEYCHAIN_READBACK:
            said = QCoreApplication.translate("OpenJournal", "it did not give back the key it had just stored")
            return fill(QCoreApplication.translate("OpenJournal", "The system keychain failed (%1)."), said), ""
        case StorageProblem.PASSPHRASE_FILE_UNREADABLE:
            if isinstance(facts.get("errno"), int):
                text = QCoreApplication.translate("ErrorMessages", "Could not read the passphrase file %1: %2.")
                return fill(text, facts["path"], _system_reason(facts)), ""
            text = QCoreApplication.translate("ErrorMessages", "Could not read the passphrase file %1.")
            return _with_details(fill(text, facts["path"]), facts.get("reason", ""))
        case StorageProblem.PASSPHRASE_FILE_EMPTY:
            return fill(
                QCoreApplication.translate("ErrorMessages", "The passphrase file %1 is empty."), facts["path"]
            ), ""
        case StorageProblem.NO_PASSPHRASE_TO_CHANGE:
            return QCoreApplication.translate(
                "ErrorMessages", "This journal's key is in the keychain: there is no passphrase to change."
            ), ""
        case StorageProblem.NO_REVISION:
            return fill(
                QCoreApplication.translate("ErrorMessages", "There is no revision with id %1."), facts["revision_id"]
            ), ""
        case StorageProblem.REVISION_OF_ANOTHER_DRAFT:
            text = QCoreApplication.translate("ErrorMessages", "Revision %1 does not belong to draft %2.")
            return fill(text, facts["revision_id"], facts["draft_id"]), ""
        case StorageProblem.ACKNOWLEDGEMENT_NEEDS_REASON:
            return QCoreApplication.translate("ErrorMessages", "An acknowledgement needs a reason."), ""
        case StorageProblem.KEPT_WARNING_NEEDS_REASON:
            return QCoreApplication.translate("ErrorMessages", "Every warning kept needs a reason."), ""
    return None


def _workflow_problem(code: Problem, facts: dict[str, Any]) -> str | None:
    """A WorkflowError (publishing.py), by its code; statuses by their names in the interface."""
    from brandjournal.publishing import WorkflowProblem

    current = _status(facts.get("current", ""))
    match code:
        case WorkflowProblem.MOVE_NEEDS_APPROVE:
            text = QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2 (use Approve).")
            return fill(text, current, _status(facts["target"]))
        case WorkflowProblem.MOVE_NEEDS_EXPORT:
            text = QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2 (use Export).")
            return fill(text, current, _status(facts["target"]))
        case WorkflowProblem.NOT_APPROVABLE:
            text = QCoreApplication.translate(
                "ErrorMessages", "Draft %1 is %2: only ideas, drafts and posts in review are approved."
            )
            return fill(text, facts["draft_id"], current)
        case WorkflowProblem.MOVE_NOT_ALLOWED:
            text = QCoreApplication.translate("ErrorMessages", "A post cannot go from %1 to %2.")
            return fill(text, current, _status(facts["target"]))
    return None


def _import_problem(code: Problem, facts: dict[str, Any]) -> tuple[str, str] | None:
    """An ImportFormatError (importers/), by its code."""
    from brandjournal.importers.common import ImportProblem

    match code:
        case ImportProblem.UNKNOWN_KIND:
            text = QCoreApplication.translate(
                "ErrorMessages",
                "cannot tell what kind of export %1 is: expected a LinkedIn Shares.csv, a Mastodon outbox.json "
                "or archive .zip, or a folder of Markdown/text files",
            )
            return fill(text, facts["name"]), ""
        case ImportProblem.UNKNOWN_FORMAT:
            text = QCoreApplication.translate("ErrorMessages", "unknown format %1: choose one of %2")
            return fill(text, repr(facts["format"]), facts["choices"]), ""
        case ImportProblem.NO_SUCH_PATH:
            return fill(QCoreApplication.translate("ErrorMessages", "no such file or folder: %1"), facts["path"]), ""
        case ImportProblem.UNREADABLE:
            text = QCoreApplication.translate("ErrorMessages", "cannot read %1 (%2)")
            return fill(text, facts["path"], _system_reason(facts)), ""
        case ImportProblem.ZIP_WITHOUT_EXPORT:
            text = QCoreApplication.translate(
                "ErrorMessages", "%1 is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)"
            )
            return fill(text, facts["name"]), ""
        case ImportProblem.FOLDER_NOT_FILE:
            text = QCoreApplication.translate("ErrorMessages", "%1 is a folder; a %2 export is a file")
            return fill(text, facts["path"], facts["format"]), ""
        case ImportProblem.CSV_TOO_LARGE:
            text = QCoreApplication.translate("ErrorMessages", "%1 is larger than 1 GiB: not a LinkedIn export")
            return fill(text, facts["name"]), ""
        case ImportProblem.CSV_BINARY:
            return QCoreApplication.translate(
                "ErrorMessages", "this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)"
            ), ""
        case ImportProblem.CSV_EMPTY:
            return QCoreApplication.translate("ErrorMessages", "the file is empty: no LinkedIn Shares.csv header"), ""
        case ImportProblem.CSV_BAD_HEADER:
            text = QCoreApplication.translate(
                "ErrorMessages", "this is not a LinkedIn Shares.csv (its header cannot be read)"
            )
            return _with_details(text, facts["detail"])
        case ImportProblem.CSV_MISSING_COLUMNS:
            return QCoreApplication.translate(
                "ErrorMessages",
                "this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)",
            ), ""
        case ImportProblem.ZIP_UNREADABLE:
            text = QCoreApplication.translate("ErrorMessages", "this .zip file cannot be read (damaged or not a .zip)")
            return _with_details(text, facts["detail"])
        case ImportProblem.ZIP_MISSING_MEMBER:
            text = QCoreApplication.translate("ErrorMessages", "this .zip file has no %1 in it")
            return fill(text, facts["member"]), ""
        case ImportProblem.ZIP_MEMBER_TOO_LARGE:
            text = QCoreApplication.translate("ErrorMessages", "%1 in this .zip file is larger than 1 GiB")
            return fill(text, facts["name"]), ""
        case ImportProblem.OUTBOX_NOT_UTF8:
            text = QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (not UTF-8 at byte %1)"
            )
            return fill(text, facts["byte"]), ""
        case ImportProblem.OUTBOX_BAD_JSON:
            text = QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (invalid JSON at line %1, column %2)"
            )
            return fill(text, facts["line"], facts["column"]), ""
        case ImportProblem.OUTBOX_TOO_DEEP:
            return QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (JSON nested too deeply)"
            ), ""
        case ImportProblem.OUTBOX_NO_ITEMS:
            return QCoreApplication.translate(
                "ErrorMessages", "this is not a Mastodon outbox.json (no orderedItems list)"
            ), ""
        case ImportProblem.HTML_UNREADABLE:
            return _with_details(QCoreApplication.translate("ErrorMessages", "unreadable HTML"), facts["detail"])
    return None


def import_rejection(rejected: Rejected) -> str:
    """One record an import left out: where it was and why, in the UI language (from its code and facts)."""
    location, unit = rejected.line_or_index, rejected.unit
    if unit == "line":
        where = fill(QCoreApplication.translate("ErrorMessages", "line %1"), location)
    elif unit == "item":
        where = fill(QCoreApplication.translate("ErrorMessages", "item %1"), location)
    else:
        where = str(location)
    said = _rejection(rejected.code, rejected.facts) if rejected.code is not None else None
    if said is None:  # a reason without a code: the importer's own words in English, a generic word otherwise
        said = QCoreApplication.translate("ErrorMessages", "not imported")
        if said == "not imported":
            said = rejected.reason
    return fill(
        QCoreApplication.translate("ErrorMessages", "%1: %2", "where a record was: why it was left out"), where, said
    )


def _rejection(code: RejectProblem, facts: dict[str, Any]) -> str | None:
    """Why an importer left a record out (brandjournal/importers/: linkedin, mastodon, files), by its code."""
    from brandjournal.importers.common import RejectProblem

    match code:
        case RejectProblem.EMPTY:
            return QCoreApplication.translate("ErrorMessages", "empty")
        case RejectProblem.NO_DATE:
            return QCoreApplication.translate("ErrorMessages", "no date")
        case RejectProblem.BAD_DATE:
            return fill(QCoreApplication.translate("ErrorMessages", "bad date %1"), facts["value"])
        case RejectProblem.BAD_FRONT_MATTER_DATE:
            return fill(QCoreApplication.translate("ErrorMessages", "bad date %1 in the front matter"), facts["value"])
        case RejectProblem.NOT_UTF8:
            return QCoreApplication.translate("ErrorMessages", "not UTF-8 text")
        case RejectProblem.NOT_UTF8_AT:
            text = QCoreApplication.translate("ErrorMessages", "not UTF-8 text (invalid byte at offset %1)")
            return fill(text, facts["offset"])
        case RejectProblem.CSV_RECORD_UNREADABLE:
            return QCoreApplication.translate("ErrorMessages", "unreadable CSV record")
        case RejectProblem.BINARY:
            return QCoreApplication.translate("ErrorMessages", "contains NUL bytes: a binary file, not a post")
        case RejectProblem.TOO_LARGE:
            return QCoreApplication.translate("ErrorMessages", "larger than 10 MB: probably not a post")
        case RejectProblem.UNREADABLE:
            return fill(QCoreApplication.translate("ErrorMessages", "cannot read (%1)"), _system_reason(facts))
        case RejectProblem.FRONT_MATTER_UNREADABLE:
            return QCoreApplication.translate("ErrorMessages", "unreadable front matter")
        case RejectProblem.HTML_UNREADABLE:
            return QCoreApplication.translate("ErrorMessages", "unreadable HTML")
        case RejectProblem.NOT_AN_ACTIVITY:
            return QCoreApplication.translate("ErrorMessages", "broken item (not an activity)")
        case RejectProblem.NO_OBJECT:
            return QCoreApplication.translate("ErrorMessages", "broken item (no object with the post in it)")
        case RejectProblem.NO_TEXT:
            return QCoreApplication.translate("ErrorMessages", "broken item (no text content)")
        case RejectProblem.NOT_A_POST_ACTIVITY | RejectProblem.NOT_A_POST_OBJECT:
            return fill(QCoreApplication.translate("ErrorMessages", "not a post (type %1)"), facts["type"])
        case RejectProblem.BAD_UNICODE:
            return QCoreApplication.translate(
                "ErrorMessages", "text that is not valid Unicode (an escaped half of a character)"
            )
        case RejectProblem.BOOST:
            return QCoreApplication.translate("ErrorMessages", "boost")
        case RejectProblem.DIRECT_MESSAGE:
            return QCoreApplication.translate("ErrorMessages", "direct message")
        case RejectProblem.REPLY_TO_SOMEONE_ELSE:
            return QCoreApplication.translate("ErrorMessages", "reply to someone else")
    return None


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
