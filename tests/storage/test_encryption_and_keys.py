"""The journal is encrypted at rest, and its key comes from the keychain or a passphrase."""

from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys

import keyring
import pytest

from brandjournal.storage import (
    Journal,
    JournalKey,
    KeyMissingError,
    NeedPassphrase,
    WrongKeyError,
    open_journal,
)
from brandjournal.storage.keys import SERVICE, JournalMeta
from tests.conftest import PASSPHRASE
from tests.keyring_backends import LockedKeyring

FRENCH = "Aujourd'hui j'ai osé dire à l'équipe que notre refonte était un échec cuisant"
ENGLISH = "I told my manager the quarterly numbers were fudged by procurement"


def _all_bytes(path) -> bytes:
    """The database file plus its WAL and shared-memory files, as they are on disk right now."""
    data = b""
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def _needles(phrase: str) -> list[bytes]:
    words = [w for w in phrase.split() if len(w) >= 6]
    forms = [phrase.encode("utf-8"), phrase.encode("utf-16-le")]
    return forms + [w.encode("utf-8") for w in words]


@pytest.mark.parametrize("keep_open", [True, False])
def test_no_draft_text_in_the_file_bytes(tmp_path, keep_open):
    path = tmp_path / "journal.db"
    journal = open_journal(path, passphrase=PASSPHRASE)
    draft = journal.create_draft("Échec cuisant", FRENCH)
    journal.save_text(draft.id, FRENCH + "\n\n" + ENGLISH, revision=None)
    journal.create_draft("Procurement", ENGLISH)
    assert [d.id for d in journal.search("echec")] == [draft.id]  # the FTS index has the words...
    if not keep_open:
        journal.close()
    raw = _all_bytes(path)
    assert len(raw) > 4096
    for needle in _needles(FRENCH) + _needles(ENGLISH) + [b"cuisant", b"SQLite format 3"]:
        assert needle not in raw, needle  # ...but neither the text nor the index is readable on disk
    if keep_open:
        journal.close()


def test_wrong_passphrase_is_a_clear_error_and_touches_nothing(tmp_path):
    path = tmp_path / "journal.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        journal.create_draft("Titre", FRENCH)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}

    with pytest.raises(WrongKeyError) as raised:
        open_journal(path, passphrase="not the passphrase")
    assert "passphrase is wrong" in str(raised.value)
    assert "Nothing was changed" in str(raised.value)
    with pytest.raises(WrongKeyError):
        Journal.open(path, JournalKey.random())

    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert after == before
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert journal.list_drafts()[0].title == "Titre"


def test_keychain_holds_a_random_256_bit_key(tmp_path, memory_keyring):
    path = tmp_path / "journal.db"
    with open_journal(path) as journal:
        journal.create_draft("Keychain", ENGLISH)

    meta = JournalMeta.read(path)
    assert meta is not None and meta.key_source == "keychain"
    stored = memory_keyring.secrets[(SERVICE, meta.journal_id)]
    assert len(bytes.fromhex(stored)) == 32
    assert stored not in path.with_name("journal.db.meta.json").read_text()
    assert json.loads(path.with_name("journal.db.meta.json").read_text())["key_source"] == "keychain"

    with open_journal(path) as journal:  # reopened with the key from the keychain alone
        assert journal.get_draft(1).body == ENGLISH
    with pytest.raises(WrongKeyError):
        open_journal(path, passphrase=stored)  # the hex text is not a passphrase for this file


def test_each_journal_has_its_own_keychain_entry(tmp_path, memory_keyring):
    open_journal(tmp_path / "a.db").close()
    open_journal(tmp_path / "b.db").close()
    assert len(memory_keyring.secrets) == 2
    assert len(set(memory_keyring.secrets.values())) == 2


def test_no_keychain_asks_for_a_passphrase_and_says_why(tmp_path):
    path = tmp_path / "journal.db"
    with pytest.raises(NeedPassphrase) as raised:
        open_journal(path)
    assert raised.value.new is True
    assert "No system keychain is available" in raised.value.reason
    assert raised.value.cause == "no_keychain"  # what a translated UI words again
    assert not path.exists()

    with open_journal(path, passphrase=PASSPHRASE) as journal:
        journal.create_draft("Sans trousseau", FRENCH)
    assert JournalMeta.read(path).key_source == "passphrase"

    with pytest.raises(NeedPassphrase) as raised:
        open_journal(path)
    assert raised.value.new is False
    assert "protected by a passphrase" in str(raised.value)
    assert raised.value.cause == "passphrase"


def test_locked_keychain_falls_back_to_a_passphrase(tmp_path):
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(NeedPassphrase) as raised:
        open_journal(tmp_path / "journal.db")
    assert "locked" in raised.value.reason
    assert raised.value.cause == "keychain_locked"


def test_deleted_keychain_entry_is_named_and_the_file_kept(tmp_path, memory_keyring):
    path = tmp_path / "journal.db"
    open_journal(path).close()
    before = path.read_bytes()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyMissingError) as raised:
        open_journal(path)
    assert JournalMeta.read(path).journal_id in str(raised.value)
    assert path.read_bytes() == before


def test_journal_files_are_private(tmp_path):
    path = tmp_path / "journal.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        journal.create_draft("x", "y")
        for name in ("journal.db", "journal.db-wal", "journal.db.meta.json"):
            mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
            assert mode == 0o600, (name, oct(mode))


def test_passphrase_file_for_scripts(tmp_path):
    from brandjournal.storage.keys import read_passphrase_file

    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert read_passphrase_file(secret).passphrase == PASSPHRASE


def test_storage_imports_no_qt():
    code = (
        "import sys, brandjournal.storage, brandjournal.domain; print(sorted(m for m in sys.modules if 'PySide' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
