"""Opening the journal from a command: key resolution, passphrase prompt on a terminal, one-line errors."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from brandjournal import paths

if TYPE_CHECKING:  # storage (SQLAlchemy, alembic) loads only when a command opens the journal
    from brandjournal.storage import Journal

EXIT_JOURNAL = 2  # the journal could not be opened: the message says why


class CommandError(Exception):
    """A one-line, user-facing failure of a command, with its exit status."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def journal_path(args: argparse.Namespace) -> Path:
    return Path(args.journal).expanduser() if getattr(args, "journal", None) else paths.default_journal()


def open_from_args(args: argparse.Namespace, *, create: bool = True) -> Journal:
    from brandjournal.storage import NeedPassphrase, StorageError, open_journal
    from brandjournal.storage.keys import read_passphrase_file

    path = journal_path(args)
    try:
        if getattr(args, "passphrase_file", None):
            key = read_passphrase_file(Path(args.passphrase_file))
            return open_journal(path, passphrase=key.passphrase, create=create)
        try:
            return open_journal(path, create=create)
        except NeedPassphrase as need:
            if not sys.stdin.isatty():
                raise CommandError(f"brandjournal: {need}", EXIT_JOURNAL) from need
            print(need.reason, file=sys.stderr)
            passphrase = getpass.getpass("Journal passphrase: ")
            if need.new and getpass.getpass("Repeat it: ") != passphrase:
                raise CommandError(
                    "brandjournal: the two passphrases differ; nothing was created.", EXIT_JOURNAL
                ) from None
            return open_journal(path, passphrase=passphrase, create=create)
    except StorageError as exc:
        raise CommandError(f"brandjournal: {exc}", EXIT_JOURNAL) from exc


def run_guarded(body, args: argparse.Namespace) -> int:
    """Run ``body(args)``; a CommandError becomes its one line on stderr and its exit status."""
    try:
        return int(body(args) or 0)
    except CommandError as exc:
        print(str(exc), file=sys.stderr)
        return exc.status
