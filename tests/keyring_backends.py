"""Real keyring backend classes for tests, installed with ``keyring.set_keyring()``.

They implement the same ``KeyringBackend`` interface as the OS keychains; only where the secrets live differs.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import InitError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A working keychain kept in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(KeyringBackend):
    """A keychain that exists but stays locked (as a locked Secret Service does)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise InitError("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise InitError("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise InitError("Failed to unlock the collection!")
