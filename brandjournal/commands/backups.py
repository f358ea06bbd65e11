"""`brandjournal backup | restore`: encrypted copies of the journal, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from brandjournal.commands.journal_access import CommandError, journal_path, open_from_args, run_guarded


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "backup":
        parser.add_argument("--to", metavar="FILE", help="write the backup to FILE instead of the backup folder")
        parser.add_argument("--list", action="store_true", help="list the existing backups, newest first")
    else:
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("file", metavar="FILE", nargs="?", help="the backup to restore")
        source.add_argument("--latest", action="store_true", help="restore the newest backup that opens intact")


def run(name: str, args: argparse.Namespace) -> int:
    return run_guarded(_backup if name == "backup" else _restore, args)


def _backup(args: argparse.Namespace) -> int:
    from brandjournal.storage.backups import list_backups

    if args.list:
        for path in list_backups(journal_path(args)):
            print(path)
        return 0
    target = Path(args.to).expanduser() if args.to else None
    if target is not None and target.exists():
        raise CommandError(f"brandjournal: {target} already exists; choose another name")
    with open_from_args(args, create=False) as journal:
        made = journal.backup_now(target)
    print(made)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from brandjournal.storage import StorageError, resolve_key, restore_journal
    from brandjournal.storage.backups import latest_good_backup
    from brandjournal.storage.keys import read_passphrase_file

    path = journal_path(args)
    passphrase = read_passphrase_file(Path(args.passphrase_file)).passphrase if args.passphrase_file else None
    try:
        if args.latest:
            backup = latest_good_backup(path, resolve_key(path, passphrase=passphrase))
            if backup is None:
                raise CommandError(f"brandjournal: no intact backup of {path} was found")
        else:
            backup = Path(args.file).expanduser()
        aside = restore_journal(path, backup, passphrase=passphrase)
    except StorageError as exc:
        raise CommandError(f"brandjournal: {exc}") from exc
    print(f"restored {backup} into {path}; the previous journal was kept as {aside}")
    return 0
