"""Errors from storage, import and publishing reach the person in the interface language, with their facts.

Each test causes the error for real (a wrong passphrase file, a journal held by another window, a keychain
backend that loses what it stores...) and reads the dialog the window shows. In French: French text, the file's
path, and none of storage's English sentence. In English: exactly what storage (and the CLI) says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QMessageBox

from brandjournal.domain import DraftStatus
from brandjournal.storage import (
    DraftNotFound,
    JournalLockedError,
    JournalTooNewError,
    KeyMissingError,
    NeedPassphrase,
    StorageError,
    WrongKeyError,
    open_journal,
    unlock_journal,
)
from brandjournal.storage.backups import backup_folder, verify_backup
from brandjournal.storage.errors import JournalDamagedError
from brandjournal.storage.keys import JournalKey, read_passphrase_file
from brandjournal.ui.error_messages import explain, explain_text, explain_with_details
from brandjournal.ui.journal_actions import back_up_now, import_posts
from brandjournal.ui.key_dialogs import open_interactively, unlock_interactively
from tests.keyring_backends import MemoryKeyring
from tests.ui.conftest import PASSPHRASE, answer_modal

pytestmark = pytest.mark.gui

NBSP = "\u00a0"
# Words of English sentences that no French message uses (checked once paths and ids are taken out).
ENGLISH_WORDS = {
    "the", "is", "was", "not", "could", "cannot", "with", "and", "or", "of", "to", "your", "has", "have", "no",
    "there", "this", "open", "file", "journal's", "wrong", "damaged", "nothing", "changed", "restore", "backup",
    "update", "close", "first", "another", "entry", "key", "passphrase", "keychain", "written", "newer",
}  # fmt: skip


def english_words(text: str, *facts: object) -> set[str]:
    for fact in facts:
        text = text.replace(str(fact), " ")
    text = re.sub(r"--[\w-]+|`[^`]*`", " ", text)  # command-line options and commands stay as typed
    return {w for w in re.findall(r"[A-Za-z']+", text) if w.lower() in ENGLISH_WORDS}


@pytest.fixture
def french(qtbot) -> Iterator[None]:
    from brandjournal.ui import i18n

    i18n.build()
    assert i18n.install_translators("fr")
    yield
    i18n.install_translators("en")


def capture_next_dialog(qtbot, shown: list[QMessageBox | dict]) -> None:
    """Read the next modal message box (text, informative text, details) and close it."""

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(
            {
                "text": dialog.text(),
                "info": dialog.informativeText(),
                "details": dialog.detailedText(),
                "title": dialog.windowTitle(),
            }
        )
        dialog.accept()

    answer_modal(qtbot, read)


def _passphrase_file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "passphrase.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _make_journal(path: Path) -> None:
    open_journal(path, passphrase=PASSPHRASE).close()


# --- opening the journal ---


def test_wrong_passphrase_in_french(qtbot, tmp_path, french):
    path = tmp_path / "journal.db"
    _make_journal(path)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert open_interactively(path, _passphrase_file(tmp_path, "not the passphrase")) is None
    assert shown[0]["text"] == "Le journal n’a pas pu être déverrouillé."
    assert shown[0]["info"] == (
        f"Impossible d’ouvrir le journal {path}{NBSP}: la phrase secrète est erronée, ou le fichier est endommagé "
        "ou n’est pas un journal BrandJournal. Rien n’a été modifié."
    )
    assert not english_words(shown[0]["info"], path)


def test_wrong_passphrase_in_english_is_the_storage_sentence(qtbot, tmp_path):
    path = tmp_path / "journal.db"
    _make_journal(path)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert open_interactively(path, _passphrase_file(tmp_path, "not the passphrase")) is None
    with pytest.raises(WrongKeyError) as raised:
        open_journal(path, passphrase="not the passphrase")
    assert shown[0]["text"] == "The journal could not be unlocked."
    assert shown[0]["info"] == str(raised.value)


def test_journal_open_elsewhere_in_french_and_english(qtbot, tmp_path, french):
    path = tmp_path / "journal.db"
    _make_journal(path)
    with open_journal(path, passphrase=PASSPHRASE):  # another window holds it
        shown: list = []
        capture_next_dialog(qtbot, shown)
        assert open_interactively(path, _passphrase_file(tmp_path, PASSPHRASE)) is None
        assert shown[0]["text"] == "Ce journal est déjà ouvert dans une autre fenêtre ou commande BrandJournal."
        assert shown[0]["info"] == (
            f"Le journal {path} est déjà ouvert dans une autre fenêtre ou commande BrandJournal. Fermez-la d’abord, "
            "ou ouvrez un autre journal avec --journal CHEMIN."
        )
        assert not english_words(shown[0]["info"], path)

        from brandjournal.ui import i18n

        i18n.install_translators("en")
        with pytest.raises(JournalLockedError) as raised:
            open_journal(path, passphrase=PASSPHRASE)
        capture_next_dialog(qtbot, shown)
        assert open_interactively(path, _passphrase_file(tmp_path, PASSPHRASE)) is None
        assert shown[1]["info"] == str(raised.value)


def test_lock_holder_is_kept_in_french() -> None:
    error = JournalLockedError(Path("/home/ana/journal.db"), "pid 4242")
    assert error.holder == "pid 4242"
    assert str(error).startswith("The journal /home/ana/journal.db is already open in another BrandJournal window or")
    assert "(pid 4242)" in str(error)


def test_journal_from_a_newer_version_in_french(qtbot, tmp_path, french):
    path = tmp_path / "journal.db"
    _make_journal(path)
    other = sqlcipher.connect(str(path))
    other.execute(f"PRAGMA key = '{PASSPHRASE}'")
    other.execute("UPDATE alembic_version SET version_num = '9999'")
    other.commit()
    other.close()
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert open_interactively(path, _passphrase_file(tmp_path, PASSPHRASE)) is None
    assert shown[0]["text"] == "Ce journal a été écrit par une version plus récente de BrandJournal."
    assert shown[0]["info"] == (
        f"Le journal {path} a été écrit par une version plus récente de BrandJournal (schéma 9999). "
        f"Mettez BrandJournal à jour pour l’ouvrir{NBSP}; le fichier n’a pas été modifié."
    )
    assert not english_words(shown[0]["info"], path)


def test_keychain_entry_gone_in_french(qtbot, tmp_path, french):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    path = tmp_path / "journal.db"
    open_journal(path).close()  # a keychain-protected journal
    ((service, entry),) = backend.secrets
    backend.delete_password(service, entry)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert open_interactively(path) is None
    assert shown[0]["text"] == "La clé de ce journal manque dans votre trousseau."
    assert shown[0]["info"] == (
        f"Le trousseau n’a aucune clé pour le journal {path} (service «{NBSP}brandjournal{NBSP}», entrée "
        f"«{NBSP}{entry}{NBSP}»). Sans elle, le journal ne peut pas être déchiffré. Restaurez l’entrée dans votre "
        "trousseau (ou depuis une sauvegarde du trousseau), ou ouvrez un autre journal. Le fichier du journal n’a "
        "pas été modifié."
    )
    assert not english_words(shown[0]["info"], path, entry, "brandjournal")


class ForgetfulKeyring(KeyringBackend):
    """A keychain that accepts a secret and cannot give it back (some backends do)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass


def test_keychain_failure_detail_in_french(qtbot, tmp_path, french):
    keyring.set_keyring(ForgetfulKeyring())
    path = tmp_path / "new.db"
    reasons: list[str] = []

    def ask(parent, reason: str, new: bool, error: str = "") -> None:
        reasons.append(reason)
        return None  # the person cancels

    assert unlock_interactively(path, ask=ask) is None
    assert reasons == [
        "Le trousseau système a échoué (il n’a pas rendu la clé qu’il venait d’enregistrer). "
        "Votre journal sera protégé par une phrase secrète à la place."
    ]
    # The CLI keeps its English sentence.
    with pytest.raises(NeedPassphrase) as raised:
        open_journal(path)
    assert str(raised.value).startswith("keychain did not return the stored key Your journal will be protected")
    assert explain(raised.value) == (
        reasons[0] + f" Choisissez une phrase secrète pour protéger le journal {path} (ou passez --passphrase-file "
        "FICHIER)."
    )


def test_damaged_journal_in_french_keeps_sqlite_words_in_the_details(french):
    path = Path("/home/ana/journal.db")
    text, details = explain_with_details(JournalDamagedError(path, "database disk image is malformed"))
    assert text == (
        f"Le journal {path} est endommagé. Il n’a pas été modifié. Restaurez la dernière sauvegarde (menu Fichier > "
        f"Restaurer une sauvegarde, ou `brandjournal restore --latest`){NBSP}; le fichier endommagé est mis de côté."
    )
    assert details == "database disk image is malformed"
    assert not english_words(text, path)


def test_damaged_journal_in_english_is_the_storage_sentence():
    error = JournalDamagedError(Path("/home/ana/journal.db"), "database disk image is malformed")
    assert error.detail == "database disk image is malformed"
    assert explain_with_details(error) == (str(error), "")
    assert explain(JournalTooNewError(Path("/j.db"), "9999")) == str(JournalTooNewError(Path("/j.db"), "9999"))
    assert explain(KeyMissingError(Path("/j.db"), "abc")) == str(KeyMissingError(Path("/j.db"), "abc"))
    assert explain(DraftNotFound(7)) == str(DraftNotFound(7))


def test_plain_storage_sentences_from_real_storage_in_french(tmp_path, french):
    missing = tmp_path / "old-backup.db"
    with pytest.raises(StorageError) as raised:
        verify_backup(missing, JournalKey(passphrase=PASSPHRASE))
    assert explain(raised.value) == f"Il n’y a pas de fichier de sauvegarde à l’emplacement {missing}."
    with pytest.raises(StorageError) as raised:
        unlock_journal(tmp_path / "none.db", passphrase=PASSPHRASE, create=False)
    assert explain(raised.value) == f"Il n’y a pas de journal à l’emplacement {tmp_path / 'none.db'}."
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(StorageError) as raised:
        read_passphrase_file(empty)
    assert explain(raised.value) == f"Le fichier de phrase secrète {empty} est vide."


def test_a_failed_background_write_in_french(tmp_path, french):
    journal = open_journal(tmp_path / "journal.db", passphrase=PASSPHRASE)
    journal.close()
    with pytest.raises(StorageError) as raised:
        journal.get_draft(1)
    # What the storage worker sends (the StorageError itself, or a type name), as the window says it. Text is
    # never recognised: even storage's own English sentence is only "an unexpected storage error".
    assert explain(raised.value) == "Le journal est fermé."
    assert explain_text("OperationalError") == "OperationalError"
    assert explain_text(str(raised.value)) == "une erreur de stockage inattendue"
    assert explain_text("A sentence storage never wrote.") == "une erreur de stockage inattendue"


def test_unknown_sentence_in_french_is_french_with_the_original_as_details(french):
    text, details = explain_with_details(StorageError("Something storage never said before."))
    assert text == "BrandJournal n’a pas pu le faire. Le détail technique est ci-dessous, en anglais."
    assert details == "Something storage never said before."


def test_unknown_sentence_in_english_is_shown_as_is():
    assert explain_with_details(StorageError("Something storage never said before.")) == (
        "Something storage never said before.",
        "",
    )


# --- the window: drafts and the publishing workflow ---


def test_draft_gone_in_french(qtbot, make_window, french):
    window = make_window(ui_lang="fr")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    window.open_draft(9999)
    assert shown[0]["text"] == "Ce brouillon n’est plus dans le journal."
    assert shown[0]["info"] == "Ce journal n’a pas de brouillon numéro 9999."


def test_move_the_workflow_refuses_in_french_and_english(qtbot, make_window, ui_journal, french):
    draft = ui_journal.create_draft("Launch", "We shipped the new search today.")
    window = make_window(ui_lang="fr")
    window.open_draft(draft.id)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    window.set_status(DraftStatus.APPROVED.value)
    assert shown[0]["text"] == "Ce n’est pas possible pour ce post."
    assert (
        shown[0]["info"]
        == f"Un post ne peut pas passer de «{NBSP}Brouillon{NBSP}» à «{NBSP}Approuvé{NBSP}» (utilisez Approuver)."
    )

    from brandjournal.ui import i18n

    i18n.install_translators("en")
    capture_next_dialog(qtbot, shown)
    window.set_status(DraftStatus.APPROVED.value)
    assert shown[1]["info"] == "A post cannot go from Draft to Approved (use Approve)."


# --- journal actions: backup and import ---


def test_backup_failure_in_french(qtbot, ui_journal, french):
    folder = backup_folder(ui_journal.path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be", encoding="utf-8")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert back_up_now(None, ui_journal) is None
    assert shown[0]["title"] == "Échec de la sauvegarde"
    assert shown[0]["info"] == ""
    text = shown[0]["text"]
    assert text.startswith("La sauvegarde n’a pas pu être écrite dans ")
    assert str(folder) in text
    assert text.endswith(f"{NBSP}: un fichier de ce nom existe déjà.\nVotre journal n'a pas été modifié.")
    assert not english_words(text, folder)


def test_import_failures_in_french(qtbot, ui_journal, tmp_path, french):
    unknown = tmp_path / "notes.bin"
    unknown.write_bytes(b"\x00\x01 not an export")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert import_posts(None, ui_journal, path=unknown) is None
    assert shown[0]["title"] == "Échec de l'import"
    assert shown[0]["text"] == (
        f"Rien n’a été importé depuis {unknown}{NBSP}: impossible de savoir quel type d’export est notes.bin{NBSP}: "
        "BrandJournal attend un Shares.csv de LinkedIn, un outbox.json ou une archive .zip de Mastodon, ou un "
        "dossier de fichiers Markdown ou texte."
    )
    assert not english_words(shown[0]["text"], unknown, "Shares.csv", "outbox.json", "LinkedIn", "Markdown")

    broken = tmp_path / "outbox.json"
    broken.write_text('{"orderedItems": [', encoding="utf-8")
    capture_next_dialog(qtbot, shown)
    assert import_posts(None, ui_journal, path=broken) is None
    assert shown[1]["text"] == (
        f"Rien n’a été importé depuis {broken}{NBSP}: ce n’est pas un outbox.json de Mastodon (JSON invalide "
        "ligne 1, colonne 19)."
    )
    assert not english_words(shown[1]["text"], broken, "outbox.json", "JSON")


def test_import_failure_in_english_keeps_the_importer_sentence(qtbot, ui_journal, tmp_path):
    broken = tmp_path / "outbox.json"
    broken.write_text('{"orderedItems": [', encoding="utf-8")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert import_posts(None, ui_journal, path=broken) is None
    assert shown[0]["text"] == (
        f"Nothing was imported from {broken}: this is not a Mastodon outbox.json (invalid JSON at line 1, column 19)."
    )


def _shares_with_rejects(path: Path) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
        writer.writerow(["2024-03-01 09:00:00", "", "A post that is imported.", "", "", "MEMBER_NETWORK"])
        writer.writerow(["2024-03-02 09:00:00", "", "", "", "", "MEMBER_NETWORK"])
        writer.writerow(["", "", "A post without its date.", "", "", "MEMBER_NETWORK"])
        writer.writerow(["the 3rd of March", "", "A post with a date nobody can read.", "", "", "MEMBER_NETWORK"])


def test_import_summary_lists_rejections_in_french(qtbot, ui_journal, tmp_path, french):
    shares = tmp_path / "Shares.csv"
    _shares_with_rejects(shares)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    import_posts(None, ui_journal, path=shares)
    lines = shown[0]["text"].splitlines()
    assert lines[3:] == [
        f"  ligne 3{NBSP}: vide",
        f"  ligne 4{NBSP}: sans date",
        f"  ligne 5{NBSP}: date invalide 'the 3rd of March'",
    ]


def test_import_summary_lists_rejections_in_english_as_the_importer_says(qtbot, ui_journal, tmp_path):
    shares = tmp_path / "Shares.csv"
    _shares_with_rejects(shares)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    import_posts(None, ui_journal, path=shares)
    assert shown[0]["text"].splitlines()[3:] == [
        "  line 3: empty",
        "  line 4: no date",
        "  line 5: bad date 'the 3rd of March'",
    ]


def test_daily_backup_failure_in_french(qtbot, make_window, ui_journal, french):
    folder = backup_folder(ui_journal.path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be", encoding="utf-8")
    window = make_window(ui_lang="fr")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    window.run_maintenance()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0]["text"] == (
        f"La sauvegarde du jour n’a pas pu être écrite dans {folder}{NBSP}: un fichier de ce nom existe déjà. "
        "Votre journal n’a pas été modifié."
    )


# --- export and history dialogs ---


def test_export_to_a_folder_that_cannot_take_it_is_said_in_french(qtbot, ui_journal, tmp_path, french):
    from brandjournal.publishing import approve
    from brandjournal.ui.export_dialog import ExportDialog

    draft = ui_journal.create_draft("Rota", "One plain sentence about the rota.", platforms=["linkedin"])
    approve(ui_journal, draft.id)
    dialog = ExportDialog(ui_journal, ui_journal.get_draft(draft.id))
    qtbot.addWidget(dialog)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    shown: list = []
    capture_next_dialog(qtbot, shown)
    assert dialog.save_to_folder(str(not_a_folder)) is None
    assert shown and shown[0]["text"] == f"L’export n’a pas pu être enregistré dans {not_a_folder}."
    assert not english_words(shown[0]["info"], not_a_folder)
    assert not_a_folder.read_text(encoding="utf-8") == "a file, not a folder"  # nothing lost


def test_a_version_that_cannot_be_restored_is_said_in_french(qtbot, ui_journal, french):
    from brandjournal.ui.history_dialog import HistoryDialog

    draft = ui_journal.create_draft("Notes", "First text.")
    dialog = HistoryDialog(ui_journal, draft.id, "First text.")
    qtbot.addWidget(dialog)
    shown: list = []
    capture_next_dialog(qtbot, shown)
    dialog.restore(987654)  # no such version of this draft
    assert shown and shown[0]["text"] == "Cette version n’a pas pu être restaurée."
    assert not english_words(shown[0]["info"], 987654, draft.id)
    assert dialog.restored is None and ui_journal.get_draft(draft.id).body == "First text."
