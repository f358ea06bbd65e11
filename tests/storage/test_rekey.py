"""Changing the passphrase re-encrypts the journal; a kill half-way leaves it opening with the old one."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

import pytest

from brandjournal.storage import StorageError, WrongKeyError, open_journal
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase, longer"


def test_change_passphrase(tmp_path):
    path = tmp_path / "journal.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        journal.create_draft("t", "Texte privé")
        journal.change_passphrase(NEW)
        journal.create_draft("after", "Écrit après le changement")  # the open journal keeps working
        backup = journal.backup_now()  # and backups follow the new key
    with pytest.raises(WrongKeyError):
        open_journal(path, passphrase=PASSPHRASE)
    with open_journal(path, passphrase=NEW) as journal:
        assert [d.title for d in journal.list_drafts(order="title")] == ["after", "t"]
    with open_journal(backup, passphrase=NEW) as journal:
        assert journal.count_drafts() == 2


def test_keychain_journals_have_no_passphrase_to_change(tmp_path, memory_keyring):
    with open_journal(tmp_path / "j.db") as journal, pytest.raises(StorageError, match="keychain"):
        journal.change_passphrase(NEW)


REKEYER = textwrap.dedent(
    """
    import sys
    from brandjournal.storage import open_journal
    journal = open_journal(sys.argv[1], passphrase=sys.argv[2])
    print("ready", flush=True)
    journal.change_passphrase(sys.argv[3])
    print("done", flush=True)
    journal.close()
    """
)


def test_rekey_killed_half_way_keeps_one_working_passphrase(tmp_path):
    path = tmp_path / "journal.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        for i in range(300):
            journal.create_draft(f"d{i}", "x" * 4000)
    outcomes = set()
    current = PASSPHRASE
    for delay in (0.0, 0.05, 0.1, 0.2):
        new = f"{NEW} {delay}"
        proc = subprocess.Popen(
            [sys.executable, "-c", REKEYER, str(path), current, new], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        opened = None
        for candidate in (current, new):
            try:
                opened = open_journal(path, passphrase=candidate, create=False)
            except WrongKeyError:
                continue
            current = candidate
            break
        assert opened is not None, "neither passphrase opens the journal"
        with opened:
            assert opened.integrity_check() == "ok"
            assert opened.count_drafts() == 300
        outcomes.add("new" if current == new else "old")
    assert "old" in outcomes  # at least one kill landed before the rewrite committed
