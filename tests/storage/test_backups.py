"""Backups are encrypted copies that restore without ever overwriting the current journal; damage is named."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from brandjournal.storage import (
    JournalLockedError,
    StorageError,
    WrongKeyError,
    open_journal,
    restore_journal,
)
from brandjournal.storage.backups import (
    AUTO_PREFIX,
    backup_folder,
    latest_good_backup,
    list_backups,
    needs_daily_backup,
    rotate,
    verify_backup,
)
from brandjournal.storage.errors import JournalDamagedError
from brandjournal.storage.keys import JournalKey
from tests.conftest import PASSPHRASE

SECRET = "Mon manager m'a demandé de taire les licenciements prévus"


def _journal_with_text(path):
    journal = open_journal(path, passphrase=PASSPHRASE)
    journal.create_draft("Confidentiel", SECRET)
    return journal


def test_manual_backup_is_encrypted_private_and_opens_with_the_same_key(tmp_path):
    path = tmp_path / "journal.db"
    with _journal_with_text(path) as journal:
        backup = journal.backup_now()
    assert backup.parent == backup_folder(path)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    raw = backup.read_bytes()
    assert SECRET.encode() not in raw and b"licenciements" not in raw and b"SQLite format" not in raw
    verify_backup(backup, JournalKey(passphrase=PASSPHRASE))
    with pytest.raises(WrongKeyError):
        verify_backup(backup, JournalKey(passphrase="other"))
    assert list_backups(path) == [backup]


def test_daily_backup_once_a_day_and_rotation_keeps_seven(tmp_path):
    path = tmp_path / "journal.db"
    with _journal_with_text(path) as journal:
        first = journal.auto_backup()
        assert first is not None and first.name.startswith(AUTO_PREFIX)
        assert journal.auto_backup() is None  # already one today
        folder = backup_folder(path)
        for day in range(1, 11):  # ten older automatic backups, and one manual
            older = folder / f"{AUTO_PREFIX}202601{day:02}-120000-000000.db"
            older.write_bytes(first.read_bytes())
            os.utime(older, (1_700_000_000 + day, 1_700_000_000 + day))
        manual = journal.backup_now()
    removed = rotate(path)
    names = [p.name for p in list_backups(path)]
    assert len([n for n in names if n.startswith(AUTO_PREFIX)]) == 7
    assert manual.name in names and first.name in names
    assert len(removed) == 4
    assert not needs_daily_backup(path, datetime.now(UTC))


def test_restore_keeps_the_current_journal_aside(tmp_path):
    path = tmp_path / "journal.db"
    with _journal_with_text(path) as journal:
        backup = journal.backup_now()
        journal.create_draft("After the backup", "Written later.")
    aside = restore_journal(path, backup, passphrase=PASSPHRASE)
    assert aside.exists() and aside.name.startswith("journal.db.before-restore-")
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert [d.title for d in journal.list_drafts()] == ["Confidentiel"]
    os.replace(aside, tmp_path / "kept.db")
    with open_journal(tmp_path / "kept.db", passphrase=PASSPHRASE) as kept:
        assert {d.title for d in kept.list_drafts()} == {"Confidentiel", "After the backup"}


def test_restore_is_refused_while_the_journal_is_open(tmp_path):
    path = tmp_path / "journal.db"
    journal = _journal_with_text(path)
    backup = journal.backup_now()
    with pytest.raises(JournalLockedError):
        restore_journal(path, backup, passphrase=PASSPHRASE)
    journal.close()


def test_a_bad_backup_is_refused_and_the_journal_untouched(tmp_path):
    path = tmp_path / "journal.db"
    _journal_with_text(path).close()
    before = path.read_bytes()
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(os.urandom(8192))
    with pytest.raises(StorageError):
        restore_journal(path, bogus, passphrase=PASSPHRASE)
    assert path.read_bytes() == before


def _damage(path, *, offset: int, length: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + length, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["header", "middle", "truncated"])
def test_damaged_journal_is_named_and_the_latest_good_backup_found(tmp_path, damage):
    path = tmp_path / "journal.db"
    with _journal_with_text(path) as journal:
        for i in range(40):
            journal.create_draft(f"Draft {i}", f"Paragraph {i} " * 200)
        journal.backup_now()
    size = path.stat().st_size
    if damage == "header":
        _damage(path, offset=20)
    elif damage == "middle":
        _damage(path, offset=size // 2, length=4096)
    else:
        with open(path, "r+b") as handle:
            handle.truncate(size // 3)
    damaged = path.read_bytes()

    with (
        pytest.raises((JournalDamagedError, WrongKeyError)) as raised,
        open_journal(path, passphrase=PASSPHRASE) as journal,
    ):
        for draft in journal.list_drafts():
            journal.get_draft(draft.id)
        journal.search("Paragraph")
        journal.verify()
    assert "damaged" in str(raised.value)
    assert path.read_bytes() == damaged  # never overwritten

    good = latest_good_backup(path, JournalKey(passphrase=PASSPHRASE))
    assert good is not None
    restore_journal(path, good, passphrase=PASSPHRASE)
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert journal.count_drafts() == 41


def test_cli_backup_and_restore(tmp_path):
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    path = tmp_path / "journal.db"
    _journal_with_text(path).close()
    common = [sys.executable, "-m", "brandjournal", "--journal", str(path), "--passphrase-file", str(secret)]
    made = subprocess.run([*common, "backup"], capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    backup = made.stdout.strip()
    assert os.path.exists(backup)
    listed = subprocess.run([*common, "backup", "--list"], capture_output=True, text=True, timeout=60)
    assert listed.stdout.strip() == backup
    restored = subprocess.run([*common, "restore", "--latest"], capture_output=True, text=True, timeout=60)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {backup} into {path}; the previous journal was kept as ")
