"""Shared fixtures: every test gets its own data folder and never touches the real keychain."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from brandjournal.storage import Journal, open_journal
from tests.keyring_backends import MemoryKeyring

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """No test may read or write the user's journal, settings or keychain."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("BRANDJOURNAL_DATA_DIR", str(data))
    monkeypatch.delenv("BRANDJOURNAL_JOURNAL", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # headless default: no keychain at all
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def journal(tmp_path) -> Journal:
    """A fresh passphrase-protected journal in a real encrypted file."""
    opened = open_journal(tmp_path / "journal.db", passphrase=PASSPHRASE)
    yield opened
    opened.close()
