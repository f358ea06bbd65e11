"""Every error code, caused for real: its English sentence (what the CLI prints) and its French in the window.

Storage, the workflow and the importers raise their errors with a code and its facts (``StorageProblem``,
``WorkflowProblem``, ``ImportProblem``, ``RejectProblem``); the window words them from those, never from the
English text. Each case below makes the real code path fail (a missing file, a closed journal, a broken export...)
and checks the exact English ``str()``, the code, and the exact French the window shows. A code without a case
here fails ``test_every_code_has_a_case``: a new code cannot ship untranslated.
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtWidgets import QMessageBox

from brandjournal.domain import DraftStatus
from brandjournal.importers import ImportFormatError, ImportProblem, Rejected, RejectProblem, files, linkedin, mastodon
from brandjournal.importers.detect import detect_format, parse
from brandjournal.problems import Problem
from brandjournal.publishing import WorkflowError, WorkflowProblem, approve, set_status
from brandjournal.storage import StorageError, StorageProblem, open_journal, unlock_journal
from brandjournal.storage.backups import verify_backup
from brandjournal.storage.keys import JournalKey, key_for_new_journal, read_passphrase_file
from brandjournal.ui.error_messages import explain, explain_with_details, import_rejection
from tests.ui.conftest import PASSPHRASE, answer_modal

pytestmark = pytest.mark.gui

NBSP = "\u00a0"
HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"


@pytest.fixture
def french(qtbot) -> Iterator[None]:
    from brandjournal.ui import i18n

    i18n.build()
    assert i18n.install_translators("fr")
    yield
    i18n.install_translators("en")


def raised(action: Callable[[], object], kind: type[Exception] = Exception) -> Exception:
    """The error ``action`` raises (it must raise)."""
    with pytest.raises(kind) as caught:
        action()
    return caught.value


def _journal(tmp_path: Path, name: str = "journal.db"):
    return open_journal(tmp_path / name, passphrase=PASSPHRASE)


# --- storage: each case returns (error, English, French) ---


def no_journal(tmp_path: Path):
    path = tmp_path / "none.db"
    error = raised(lambda: unlock_journal(path, passphrase=PASSPHRASE, create=False), StorageError)
    return error, f"There is no journal at {path}.", f"Il n’y a pas de journal à l’emplacement {path}."


def journal_closed(tmp_path: Path):
    journal = _journal(tmp_path)
    journal.close()
    error = raised(lambda: journal.get_draft(1), StorageError)
    return error, "The journal is closed.", "Le journal est fermé."


def journal_being_opened(tmp_path: Path):
    _journal(tmp_path).close()
    unlocked = unlock_journal(tmp_path / "journal.db", passphrase=PASSPHRASE)
    journal = unlocked.finish()
    try:
        error = raised(unlocked.count_drafts, StorageError)  # the light reads end once the ORM has the file
    finally:
        journal.close()
    return (
        error,
        "The journal is being opened: its list cannot be read this way any more.",
        f"Le journal est encore en cours d’ouverture{NBSP}: réessayez dans un instant.",
    )


def no_backup(tmp_path: Path):
    path = tmp_path / "old-backup.db"
    error = raised(lambda: verify_backup(path, JournalKey(passphrase=PASSPHRASE)), StorageError)
    return (
        error,
        f"There is no backup file at {path}.",
        f"Il n’y a pas de fichier de sauvegarde à l’emplacement {path}.",
    )


def backup_damaged(tmp_path: Path):
    journal = _journal(tmp_path)
    for n in range(30):
        journal.create_draft(f"Post {n}", f"Paragraph {n}. " * 150)
    backup = journal.backup_now()
    journal.close()
    data = bytearray(backup.read_bytes())
    page = 4096
    start = (len(data) // page - 2) * page  # a page far from the first: the file still opens, the check fails
    data[start + 100 : start + 200] = bytes(100)
    backup.write_bytes(bytes(data))
    error = raised(lambda: verify_backup(backup, JournalKey(passphrase=PASSPHRASE)), StorageError)
    return (
        error,
        f"The backup {backup} is damaged (database disk image is malformed).",
        f"La sauvegarde {backup} est endommagée (database disk image is malformed). Choisissez une autre "
        f"sauvegarde{NBSP}; rien n’a été modifié.",
    )


def not_a_journal(tmp_path: Path):
    path = tmp_path / "other.db"
    other = sqlcipher.connect(str(path))
    other.execute(f"PRAGMA key = '{PASSPHRASE}'")
    other.execute("CREATE TABLE notes (text)")
    other.commit()
    other.close()
    error = raised(lambda: verify_backup(path, JournalKey(passphrase=PASSPHRASE)), StorageError)
    return (
        error,
        f"The file {path} is not a BrandJournal journal.",
        f"Le fichier {path} n’est pas un journal BrandJournal.",
    )


def bad_passphrase(tmp_path: Path):
    error = raised(lambda: JournalKey(passphrase="nul\x00inside"), StorageError)
    return (
        error,
        "A passphrase cannot be empty or contain NUL characters.",
        "Une phrase secrète ne peut pas être vide ni contenir de caractère NUL.",
    )


class _ForgetfulKeyring(keyring.backend.KeyringBackend):
    """A keychain that accepts a secret and cannot give it back (some backends do)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def keychain_readback(tmp_path: Path):
    keyring.set_keyring(_ForgetfulKeyring())
    need = raised(lambda: key_for_new_journal(tmp_path / "new.db"), StorageError)
    error = need.__cause__  # keys.py's own error, which becomes the NeedPassphrase's detail
    assert isinstance(error, StorageError)
    return (
        error,
        "keychain did not return the stored key",
        "Le trousseau système a échoué (il n’a pas rendu la clé qu’il venait d’enregistrer).",
    )


def passphrase_file_unreadable(tmp_path: Path):
    path = tmp_path / "missing.txt"
    error = raised(lambda: read_passphrase_file(path), StorageError)
    return (
        error,
        f"Could not read the passphrase file {path}: [Errno 2] No such file or directory: '{path}'",
        f"Impossible de lire le fichier de phrase secrète {path}{NBSP}: le fichier ou le dossier n’existe pas.",
    )


def passphrase_file_empty(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("\n", encoding="utf-8")
    error = raised(lambda: read_passphrase_file(path), StorageError)
    return error, f"The passphrase file {path} is empty.", f"Le fichier de phrase secrète {path} est vide."


def no_passphrase_to_change(tmp_path: Path):
    from tests.keyring_backends import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    journal = open_journal(tmp_path / "keychain.db")  # its key is in the keychain
    try:
        error = raised(lambda: journal.change_passphrase("new one"), StorageError)
    finally:
        journal.close()
    return (
        error,
        "This journal's key is in the keychain: there is no passphrase to change.",
        f"La clé de ce journal est dans le trousseau{NBSP}: il n’y a pas de phrase secrète à changer.",
    )


def no_revision(tmp_path: Path):
    with _journal(tmp_path) as journal:
        error = raised(lambda: journal.get_revision(424242), StorageError)
    return error, "There is no revision with id 424242.", "Il n’y a pas de version numéro 424242."


def revision_of_another_draft(tmp_path: Path):
    with _journal(tmp_path) as journal:
        mine = journal.create_draft("Mine", "My text.")
        other = journal.create_draft("Other", "Another text.")
        revision = journal.first_revision(other.id)
        assert revision is not None
        error = raised(lambda: journal.restore_revision(mine.id, revision.id), StorageError)
    return (
        error,
        f"Revision {revision.id} does not belong to draft {mine.id}.",
        f"La version {revision.id} n’appartient pas au brouillon {mine.id}.",
    )


def _a_flag(journal, draft_id: int):
    from brandjournal.publishing import review

    report = review(journal, draft_id)
    assert report.warnings, "the draft needs a warning"
    return report.warnings[0]


JARGON = "We leverage synergies to move the needle and unlock best-in-class paradigm shifts."


def acknowledgement_needs_reason(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Jargon", JARGON)
        flag = _a_flag(journal, draft.id)
        error = raised(lambda: journal.acknowledge(draft.id, flag, "   "), StorageError)
    return error, "An acknowledgement needs a reason.", "Garder un avertissement demande une raison."


def kept_warning_needs_reason(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Jargon", JARGON)
        flag = _a_flag(journal, draft.id)
        error = raised(lambda: journal.approve(draft.id, [(flag, "")]), StorageError)
    return error, "Every warning kept needs a reason.", "Chaque avertissement gardé demande une raison."


# --- the publishing workflow ---


def move_not_allowed(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Idea", "An idea.")
        journal.set_status(draft.id, DraftStatus.IDEA)
        error = raised(lambda: set_status(journal, draft.id, DraftStatus.REVIEW), WorkflowError)
    return (
        error,
        "A post cannot go from idea to review.",
        f"Un post ne peut pas passer de «{NBSP}Idée{NBSP}» à «{NBSP}En relecture{NBSP}».",
    )


def move_needs_approve(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Draft", "A draft.")
        error = raised(lambda: set_status(journal, draft.id, DraftStatus.APPROVED), WorkflowError)
    return (
        error,
        "A post cannot go from draft to approved (use Approve).",
        f"Un post ne peut pas passer de «{NBSP}Brouillon{NBSP}» à «{NBSP}Approuvé{NBSP}» (utilisez Approuver).",
    )


def move_needs_export(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Draft", "A draft.")
        error = raised(lambda: set_status(journal, draft.id, DraftStatus.EXPORTED), WorkflowError)
    return (
        error,
        "A post cannot go from draft to exported (use Export).",
        f"Un post ne peut pas passer de «{NBSP}Brouillon{NBSP}» à «{NBSP}Exporté{NBSP}» (utilisez Exporter).",
    )


def not_approvable(tmp_path: Path):
    with _journal(tmp_path) as journal:
        draft = journal.create_draft("Old", "An old post.")
        journal.set_status(draft.id, DraftStatus.ARCHIVED)
        error = raised(lambda: approve(journal, draft.id), WorkflowError)
    return (
        error,
        f"Draft {draft.id} is archived: only ideas, drafts and posts in review are approved.",
        f"Le brouillon {draft.id} est à l’état «{NBSP}Archivé{NBSP}»{NBSP}: seuls les idées, les brouillons et les "
        "posts en relecture sont approuvés.",
    )


# --- a whole export that cannot be imported ---


def unknown_kind(tmp_path: Path):
    path = tmp_path / "notes.bin"
    path.write_bytes(b"\x00\x01 not an export")
    error = raised(lambda: detect_format(path), ImportFormatError)
    return (
        error,
        "cannot tell what kind of export notes.bin is: expected a LinkedIn Shares.csv, a Mastodon outbox.json or "
        "archive .zip, or a folder of Markdown/text files (or say which with --format)",
        f"impossible de savoir quel type d’export est notes.bin{NBSP}: BrandJournal attend un Shares.csv de LinkedIn, "
        "un outbox.json ou une archive .zip de Mastodon, ou un dossier de fichiers Markdown ou texte",
    )


def unknown_format(tmp_path: Path):
    path = tmp_path / "posts.json"
    path.write_text("{}", encoding="utf-8")
    error = raised(lambda: parse(path, format="twitter"), ImportFormatError)
    return (
        error,
        "unknown format 'twitter': choose one of linkedin, mastodon, files",
        f"format inconnu 'twitter'{NBSP}: choisissez parmi linkedin, mastodon, files",
    )


def no_such_path(tmp_path: Path):
    path = tmp_path / "gone"
    error = raised(lambda: parse(path), ImportFormatError)
    return error, f"no such file or folder: {path}", f"fichier ou dossier introuvable{NBSP}: {path}"


def import_unreadable(tmp_path: Path):
    folder = tmp_path / "outbox.json"
    folder.mkdir()  # a folder where the file should be: the system refuses to read it
    error = raised(lambda: mastodon.parse_path(folder), ImportFormatError)
    return (
        error,
        f"cannot read {folder}: Is a directory",
        f"impossible de lire {folder} (c’est un dossier, pas un fichier)",
    )


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def zip_without_export(tmp_path: Path):
    path = _zip(tmp_path / "photos.zip", {"photo.txt": b"not an export"})
    error = raised(lambda: parse(path), ImportFormatError)
    return (
        error,
        "photos.zip is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)",
        "photos.zip est un .zip qui ne contient ni outbox.json (Mastodon) ni Shares.csv (LinkedIn)",
    )


def folder_not_file(tmp_path: Path):
    folder = tmp_path / "export"
    folder.mkdir()
    error = raised(lambda: parse(folder, format="linkedin"), ImportFormatError)
    return (
        error,
        f"{folder} is a folder; a linkedin export is a file",
        f"{folder} est un dossier{NBSP}; un export linkedin est un fichier",
    )


def csv_too_large(tmp_path: Path):
    path = tmp_path / "Shares.csv"
    with open(path, "wb") as handle:  # sparse: nothing is written but the size
        handle.truncate(1024 * 1024 * 1024 + 1)
    error = raised(lambda: parse(path, format="linkedin"), ImportFormatError)
    return (
        error,
        "Shares.csv is larger than 1 GiB: not a LinkedIn export",
        f"Shares.csv dépasse 1 Gio{NBSP}: ce n’est pas un export LinkedIn",
    )


def csv_binary(tmp_path: Path):
    error = raised(lambda: linkedin.parse_bytes(HEADER.encode() + b"\x00\x00\x00"), ImportFormatError)
    return (
        error,
        "this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)",
        f"ce n’est pas un Shares.csv de LinkedIn (il contient des octets NUL{NBSP}: un fichier binaire{NBSP}?)",
    )


def csv_empty(tmp_path: Path):
    error = raised(lambda: linkedin.parse_bytes(b""), ImportFormatError)
    return (
        error,
        "the file is empty: no LinkedIn Shares.csv header",
        f"le fichier est vide{NBSP}: pas d’en-tête de Shares.csv LinkedIn",
    )


def csv_bad_header(tmp_path: Path):
    error = raised(lambda: linkedin.parse_bytes(b'"Date"x,ShareCommentary\n'), ImportFormatError)
    assert isinstance(error, ImportFormatError)
    detail = error.facts["detail"]
    return (
        error,
        f"this is not a LinkedIn Shares.csv (unreadable header: {detail})",
        "ce n’est pas un Shares.csv de LinkedIn (son en-tête est illisible)",
    )


def csv_missing_columns(tmp_path: Path):
    error = raised(lambda: linkedin.parse_bytes(b"Date,Text\n2024-01-01,Hello\n"), ImportFormatError)
    return (
        error,
        "this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)",
        "ce n’est pas un Shares.csv de LinkedIn (l’en-tête doit contenir les colonnes Date et ShareCommentary)",
    )


def zip_unreadable(tmp_path: Path):
    path = tmp_path / "archive.zip"
    path.write_bytes(b"PK\x03\x04" + b"not really a zip" * 4)
    error = raised(lambda: parse(path), ImportFormatError)
    return (
        error,
        "this .zip file cannot be read (File is not a zip file)",
        "ce fichier .zip est illisible (endommagé ou pas un .zip)",
    )


def zip_missing_member(tmp_path: Path):
    path = _zip(tmp_path / "archive.zip", {"outbox.json": b"{}"})
    error = raised(lambda: parse(path, format="linkedin"), ImportFormatError)
    return error, "this .zip file has no Shares.csv in it", "ce fichier .zip ne contient pas de Shares.csv"


def zip_member_too_large(tmp_path: Path):
    data = bytearray(_zip(tmp_path / "a.zip", {"Shares.csv": HEADER.encode()}).read_bytes())
    central = data.index(b"PK\x01\x02")  # the central directory says how large the member is: say 1 GiB + 1
    data[central + 24 : central + 28] = struct.pack("<I", 1024 * 1024 * 1024 + 1)
    path = tmp_path / "archive.zip"
    path.write_bytes(bytes(data))
    error = raised(lambda: parse(path, format="linkedin"), ImportFormatError)
    return (
        error,
        "Shares.csv in this .zip file is larger than 1 GiB",
        "Shares.csv dépasse 1 Gio dans ce fichier .zip",
    )


def outbox_not_utf8(tmp_path: Path):
    error = raised(lambda: mastodon.parse_bytes(b'{"orderedItems": ["caf\xe9"]}'), ImportFormatError)
    return (
        error,
        "this is not a Mastodon outbox.json (not UTF-8 at byte 22)",
        "ce n’est pas un outbox.json de Mastodon (pas de l’UTF-8 à l’octet 22)",
    )


def outbox_bad_json(tmp_path: Path):
    error = raised(lambda: mastodon.parse_bytes(b'{"orderedItems": ['), ImportFormatError)
    return (
        error,
        "this is not a Mastodon outbox.json (invalid JSON at line 1, column 19)",
        "ce n’est pas un outbox.json de Mastodon (JSON invalide ligne 1, colonne 19)",
    )


def outbox_too_deep(tmp_path: Path):
    error = raised(lambda: mastodon.parse_bytes(b"[" * 200_000 + b"]" * 200_000), ImportFormatError)
    return (
        error,
        "this is not a Mastodon outbox.json (JSON nested too deeply)",
        "ce n’est pas un outbox.json de Mastodon (JSON imbriqué trop profondément)",
    )


def outbox_no_items(tmp_path: Path):
    error = raised(lambda: mastodon.parse_bytes(b'{"type": "OrderedCollection"}'), ImportFormatError)
    return (
        error,
        "this is not a Mastodon outbox.json (no orderedItems list)",
        "ce n’est pas un outbox.json de Mastodon (pas de liste orderedItems)",
    )


def html_unreadable(tmp_path: Path):
    # html.parser has no known input that makes it fail any more (html_text guards against its asserts): the
    # error is built as html_text raises it.
    error = ImportFormatError(ImportProblem.HTML_UNREADABLE, detail=AssertionError("unknown status keyword"))
    return error, "unreadable HTML (unknown status keyword)", "HTML illisible"


CASES: dict[Problem, Callable[[Path], tuple[Exception, str, str]]] = {
    StorageProblem.NO_JOURNAL: no_journal,
    StorageProblem.JOURNAL_CLOSED: journal_closed,
    StorageProblem.JOURNAL_BEING_OPENED: journal_being_opened,
    StorageProblem.NO_BACKUP: no_backup,
    StorageProblem.BACKUP_DAMAGED: backup_damaged,
    StorageProblem.NOT_A_JOURNAL: not_a_journal,
    StorageProblem.BAD_PASSPHRASE: bad_passphrase,
    StorageProblem.KEYCHAIN_READBACK: keychain_readback,
    StorageProblem.PASSPHRASE_FILE_UNREADABLE: passphrase_file_unreadable,
    StorageProblem.PASSPHRASE_FILE_EMPTY: passphrase_file_empty,
    StorageProblem.NO_PASSPHRASE_TO_CHANGE: no_passphrase_to_change,
    StorageProblem.NO_REVISION: no_revision,
    StorageProblem.REVISION_OF_ANOTHER_DRAFT: revision_of_another_draft,
    StorageProblem.ACKNOWLEDGEMENT_NEEDS_REASON: acknowledgement_needs_reason,
    StorageProblem.KEPT_WARNING_NEEDS_REASON: kept_warning_needs_reason,
    WorkflowProblem.MOVE_NOT_ALLOWED: move_not_allowed,
    WorkflowProblem.MOVE_NEEDS_APPROVE: move_needs_approve,
    WorkflowProblem.MOVE_NEEDS_EXPORT: move_needs_export,
    WorkflowProblem.NOT_APPROVABLE: not_approvable,
    ImportProblem.UNKNOWN_KIND: unknown_kind,
    ImportProblem.UNKNOWN_FORMAT: unknown_format,
    ImportProblem.NO_SUCH_PATH: no_such_path,
    ImportProblem.UNREADABLE: import_unreadable,
    ImportProblem.ZIP_WITHOUT_EXPORT: zip_without_export,
    ImportProblem.FOLDER_NOT_FILE: folder_not_file,
    ImportProblem.CSV_TOO_LARGE: csv_too_large,
    ImportProblem.CSV_BINARY: csv_binary,
    ImportProblem.CSV_EMPTY: csv_empty,
    ImportProblem.CSV_BAD_HEADER: csv_bad_header,
    ImportProblem.CSV_MISSING_COLUMNS: csv_missing_columns,
    ImportProblem.ZIP_UNREADABLE: zip_unreadable,
    ImportProblem.ZIP_MISSING_MEMBER: zip_missing_member,
    ImportProblem.ZIP_MEMBER_TOO_LARGE: zip_member_too_large,
    ImportProblem.OUTBOX_NOT_UTF8: outbox_not_utf8,
    ImportProblem.OUTBOX_BAD_JSON: outbox_bad_json,
    ImportProblem.OUTBOX_TOO_DEEP: outbox_too_deep,
    ImportProblem.OUTBOX_NO_ITEMS: outbox_no_items,
    ImportProblem.HTML_UNREADABLE: html_unreadable,
}


@pytest.mark.parametrize("code", list(CASES), ids=lambda code: f"{type(code).__name__}.{code.name}")
def test_each_code_in_english_and_in_french(code, tmp_path, french):
    error, english, french_text = CASES[code](tmp_path)
    assert isinstance(error, (StorageError, ImportFormatError))
    assert error.code is code
    assert str(error) == english
    assert explain(error) == french_text


# --- one record an import leaves out: each case returns (Rejected, English reason, French line) ---


def _one(result, skipped: bool = False) -> Rejected:
    (only,) = result.skipped if skipped else result.rejected
    return only


def _csv(*rows: str) -> Rejected:
    return _one(linkedin.parse_bytes((HEADER + "".join(rows)).encode("utf-8", errors="surrogateescape")))


def _file(tmp_path: Path, name: str, data: bytes) -> Rejected:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / name).write_bytes(data)
    return _one(files.parse_path(folder))


def _item(item: object, skipped: bool = False) -> Rejected:
    return _one(mastodon.parse_document({"orderedItems": [item]}), skipped)


def _note(**changes: object) -> dict:
    note = {
        "id": "https://social.example/users/ana/statuses/1",
        "type": "Note",
        "content": "<p>Hello</p>",
        "published": "2024-03-01T09:00:00Z",
        "to": ["https://www.w3.org/ns/activitystreams#Public"],
    }
    note.update(changes)
    return {"type": "Create", "actor": "https://social.example/users/ana", "object": note, "to": note["to"]}


def r_empty(tmp_path: Path):
    return _csv("2024-03-02 09:00:00,,,,,MEMBER_NETWORK\n"), "empty", f"ligne 2{NBSP}: vide"


def r_no_date(tmp_path: Path):
    return _csv(",,A post without its date.,,,MEMBER_NETWORK\n"), "no date", f"ligne 2{NBSP}: sans date"


def r_bad_date(tmp_path: Path):
    rejected = _csv("the 3rd of March,,A post.,,,MEMBER_NETWORK\n")
    return rejected, "bad date 'the 3rd of March'", f"ligne 2{NBSP}: date invalide 'the 3rd of March'"


def r_bad_front_matter_date(tmp_path: Path):
    rejected = _file(tmp_path, "post.md", b"---\ndate: someday\n---\nA post.\n")
    return (
        rejected,
        "bad date 'someday' in the front matter",
        f"post.md{NBSP}: date invalide 'someday' dans l’en-tête (front matter)",
    )


def r_not_utf8(tmp_path: Path):
    rejected = _csv("2024-03-01 09:00:00,,caf\udce9,,,MEMBER_NETWORK\n")
    return rejected, "not UTF-8 text", f"ligne 2{NBSP}: texte qui n’est pas en UTF-8"


def r_not_utf8_at(tmp_path: Path):
    rejected = _file(tmp_path, "post.md", b"caf\xe9\n")
    return (
        rejected,
        "not UTF-8 text (invalid byte at offset 3)",
        f"post.md{NBSP}: texte qui n’est pas en UTF-8 (octet invalide à la position 3)",
    )


def r_csv_record_unreadable(tmp_path: Path):
    rejected = _csv('2024-03-01 09:00:00,,"a "stray" quote,,,MEMBER_NETWORK\n')
    assert rejected.code is RejectProblem.CSV_RECORD_UNREADABLE
    return (
        rejected,
        f"unreadable CSV record ({rejected.facts['detail']})",
        f"ligne 2{NBSP}: enregistrement CSV illisible",
    )


def r_binary(tmp_path: Path):
    rejected = _file(tmp_path, "post.txt", b"text\x00\x00binary")
    return (
        rejected,
        "contains NUL bytes: a binary file, not a post",
        f"post.txt{NBSP}: contient des octets NUL{NBSP}: un fichier binaire, pas un post",
    )


def r_too_large(tmp_path: Path):
    folder = tmp_path / "posts"
    folder.mkdir()
    with open(folder / "huge.md", "wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    rejected = _one(files.parse_path(folder))
    return (
        rejected,
        "larger than 10 MB: probably not a post",
        f"huge.md{NBSP}: plus de 10 Mo{NBSP}: probablement pas un post",
    )


def r_unreadable(tmp_path: Path):
    folder = tmp_path / "posts"
    folder.mkdir()
    os.symlink(tmp_path / "gone.md", folder / "link.md")  # a link to nothing: listed, not readable
    rejected = _one(files.parse_path(folder))
    return (
        rejected,
        "cannot read (No such file or directory)",
        f"link.md{NBSP}: illisible (le fichier ou le dossier n’existe pas)",
    )


def r_front_matter_unreadable(tmp_path: Path):
    rejected = _file(tmp_path, "post.md", b"+++\ntitle = = 'two equals'\n+++\nA post.\n")
    assert rejected.code is RejectProblem.FRONT_MATTER_UNREADABLE
    return (
        rejected,
        f"unreadable front matter ({rejected.facts['detail']})",
        f"post.md{NBSP}: en-tête (front matter) illisible",
    )


def r_html_unreadable(tmp_path: Path):
    # As mastodon.py records it when html_text refuses a status (no known input makes html.parser fail).
    rejected = Rejected.because(4, RejectProblem.HTML_UNREADABLE, "item", detail="unknown status keyword")
    return rejected, "unreadable HTML (unknown status keyword)", f"élément 4{NBSP}: HTML illisible"


def r_not_an_activity(tmp_path: Path):
    return _item("just a string"), "broken item (not an activity)", f"élément 0{NBSP}: élément cassé (pas une activité)"


def r_no_object(tmp_path: Path):
    return (
        _item({"type": "Create", "object": "https://social.example/notes/1"}),
        "broken item (no object with the post in it)",
        f"élément 0{NBSP}: élément cassé (aucun objet contenant le post)",
    )


def r_no_text(tmp_path: Path):
    return (
        _item(_note(content=None)),
        "broken item (no text content)",
        f"élément 0{NBSP}: élément cassé (pas de texte)",
    )


def r_not_a_post_activity(tmp_path: Path):
    return (
        _item({"type": "Like", "object": "https://social.example/notes/1"}),
        "not a post (activity type 'Like')",
        f"élément 0{NBSP}: pas un post (type 'Like')",
    )


def r_not_a_post_object(tmp_path: Path):
    return (
        _item(_note(type="Event")),
        "not a post (object type 'Event')",
        f"élément 0{NBSP}: pas un post (type 'Event')",
    )


def r_bad_unicode(tmp_path: Path):
    item = json.loads('{"type": "Create", "object": {"type": "Note", "content": "half \\ud83d of a smiley"}}')
    return (
        _item(item),
        "text that is not valid Unicode (an escaped half of a character, such as \\ud83d)",
        f"élément 0{NBSP}: texte qui n’est pas de l’Unicode valide (une moitié de caractère échappée)",
    )


def r_boost(tmp_path: Path):
    return (
        _item({"type": "Announce", "object": "https://other.example/1"}, True),
        "boost",
        f"élément 0{NBSP}: partage (boost)",
    )


def r_direct_message(tmp_path: Path):
    return (
        _item(_note(to=["https://social.example/users/bob"]), True),
        "direct message",
        f"élément 0{NBSP}: message privé",
    )


def r_reply_to_someone_else(tmp_path: Path):
    return (
        _item(_note(inReplyTo="https://other.example/users/bob/statuses/9"), True),
        "reply to someone else",
        f"élément 0{NBSP}: réponse à quelqu’un d’autre",
    )


REJECTIONS: dict[RejectProblem, Callable[[Path], tuple[Rejected, str, str]]] = {
    RejectProblem.EMPTY: r_empty,
    RejectProblem.NO_DATE: r_no_date,
    RejectProblem.BAD_DATE: r_bad_date,
    RejectProblem.BAD_FRONT_MATTER_DATE: r_bad_front_matter_date,
    RejectProblem.NOT_UTF8: r_not_utf8,
    RejectProblem.NOT_UTF8_AT: r_not_utf8_at,
    RejectProblem.CSV_RECORD_UNREADABLE: r_csv_record_unreadable,
    RejectProblem.BINARY: r_binary,
    RejectProblem.TOO_LARGE: r_too_large,
    RejectProblem.UNREADABLE: r_unreadable,
    RejectProblem.FRONT_MATTER_UNREADABLE: r_front_matter_unreadable,
    RejectProblem.HTML_UNREADABLE: r_html_unreadable,
    RejectProblem.NOT_AN_ACTIVITY: r_not_an_activity,
    RejectProblem.NO_OBJECT: r_no_object,
    RejectProblem.NO_TEXT: r_no_text,
    RejectProblem.NOT_A_POST_ACTIVITY: r_not_a_post_activity,
    RejectProblem.NOT_A_POST_OBJECT: r_not_a_post_object,
    RejectProblem.BAD_UNICODE: r_bad_unicode,
    RejectProblem.BOOST: r_boost,
    RejectProblem.DIRECT_MESSAGE: r_direct_message,
    RejectProblem.REPLY_TO_SOMEONE_ELSE: r_reply_to_someone_else,
}


@pytest.mark.parametrize("code", list(REJECTIONS), ids=lambda code: code.name)
def test_each_rejection_in_english_and_in_french(code, tmp_path, french):
    rejected, english, french_line = REJECTIONS[code](tmp_path)
    assert rejected.code is code
    assert rejected.reason == english
    assert import_rejection(rejected) == french_line


def test_every_code_has_a_case():
    codes = {*StorageProblem, *WorkflowProblem, *ImportProblem}
    assert codes == set(CASES)
    assert set(RejectProblem) == set(REJECTIONS)


# --- the same facts whatever the English says ---


def test_the_window_reads_the_code_not_the_sentence(tmp_path, french):
    """The French comes from the code and facts: an English sentence nobody wrote still gives the French."""
    error = StorageError(StorageProblem.NO_BACKUP, path=tmp_path / "b.db")
    error.args = ("A completely reworded English sentence.",)
    assert str(error) == "A completely reworded English sentence."
    assert explain(error) == f"Il n’y a pas de fichier de sauvegarde à l’emplacement {tmp_path / 'b.db'}."


def test_a_sentence_without_code_is_said_generically_with_the_original_as_details(french):
    error = StorageError("There is no journal at /tmp/x.db.")  # the old way: a sentence, no code
    assert error.code is None and error.facts == {}
    assert explain_with_details(error) == (
        "BrandJournal n’a pas pu le faire. Le détail technique est ci-dessous, en anglais.",
        "There is no journal at /tmp/x.db.",
    )


def test_a_code_keeps_its_facts_through_pickling(tmp_path):
    import pickle

    error = ImportFormatError(ImportProblem.OUTBOX_BAD_JSON, line=3, column=7)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.facts, str(copy)) == (type(error), error.code, error.facts, str(error))


def test_facts_without_a_code_are_refused():
    with pytest.raises(TypeError):
        StorageError("There is no journal at {path}.", path="/tmp/x.db")


def test_the_library_detail_goes_to_the_dialog_details_in_french(tmp_path, french):
    error, _, _ = zip_unreadable(tmp_path)
    assert explain_with_details(error) == (
        "ce fichier .zip est illisible (endommagé ou pas un .zip)",
        "File is not a zip file",
    )


def test_a_damaged_backup_is_skipped_for_the_next_one(tmp_path):
    from brandjournal.storage.backups import latest_good_backup

    error, _, _ = backup_damaged(tmp_path)
    assert latest_good_backup(tmp_path / "journal.db", JournalKey(passphrase=PASSPHRASE)) is None
    assert isinstance(error, StorageError)


# --- in the window ---


def test_a_failed_background_write_is_said_in_french(qtbot, make_window, tmp_path, french):
    """The storage worker hands the StorageError itself to the window, which words it from its code."""
    window = make_window(ui_lang="fr")
    closed = open_journal(tmp_path / "other.db", passphrase=PASSPHRASE)
    closed.close()
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    answer_modal(qtbot, read)
    window.storage.submit(lambda: closed.get_draft(1))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == [f"Vos dernières modifications n’ont pas pu être enregistrées{NBSP}: Le journal est fermé."]


def test_import_rejections_in_the_import_summary_in_french(qtbot, ui_journal, tmp_path, french):
    from brandjournal.ui.journal_actions import import_posts

    outbox = tmp_path / "outbox.json"
    items = [_note(), "broken", {"type": "Like", "object": "x"}, _note(type="Event"), _note(content="<p> </p>")]
    outbox.write_text(json.dumps({"orderedItems": items}), encoding="utf-8")
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    answer_modal(qtbot, read)
    import_posts(None, ui_journal, path=outbox)
    assert shown[0].splitlines()[-4:] == [
        f"  élément 1{NBSP}: élément cassé (pas une activité)",
        f"  élément 2{NBSP}: pas un post (type 'Like')",
        f"  élément 3{NBSP}: pas un post (type 'Event')",
        f"  élément 4{NBSP}: vide",
    ]


def test_a_zip_member_too_large_fails_the_import_dialog_in_french(qtbot, ui_journal, tmp_path, french):
    from brandjournal.ui.journal_actions import import_posts

    error, _, _ = zip_member_too_large(tmp_path)
    path = tmp_path / "archive.zip"
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    answer_modal(qtbot, read)
    assert import_posts(None, ui_journal, path=path) is None
    assert shown == [f"Rien n’a été importé depuis {path}{NBSP}: Shares.csv dépasse 1 Gio dans ce fichier .zip."]
    assert isinstance(error, ImportFormatError)


def test_approving_an_archived_post_is_refused_in_french(qtbot, ui_journal, french):
    from brandjournal.ui.publish_actions import approve_draft

    draft = ui_journal.create_draft("Old", "An old post.")
    ui_journal.set_status(draft.id, DraftStatus.ARCHIVED)
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    answer_modal(qtbot, read)
    assert approve_draft(None, ui_journal, draft.id, "fr") is None
    assert shown == [
        f"Le brouillon {draft.id} est à l’état «{NBSP}Archivé{NBSP}»{NBSP}: seuls les idées, les brouillons et les "
        "posts en relecture sont approuvés."
    ]
    assert ui_journal.get_draft(draft.id).status is DraftStatus.ARCHIVED
