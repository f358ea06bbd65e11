"""`brandjournal import PATH [--format linkedin|mastodon|files]`: bring past posts into the journal.

The export is read before the journal is opened, so an unreadable file changes nothing (exit 2, one line).
Once it parses, the command exits 0 whatever it finds inside, and says what it did: imported, duplicates,
skipped (boosts, replies to others...), and every rejected record with its line, item or file.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brandjournal.importers import ParseResult

FORMATS = ("linkedin", "mastodon", "files")  # kept here so `--help` needs no importer import
EXIT_UNREADABLE = 2
EXIT_WRITE_FAILED = 1


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        metavar="PATH",
        help="LinkedIn Shares.csv (or the export .zip), Mastodon outbox.json or archive .zip, "
        "or a folder of .md/.markdown/.txt files",
    )
    parser.add_argument("--format", choices=FORMATS, help="what PATH is (default: detected)")


def run(name: str, args: argparse.Namespace) -> int:
    from brandjournal.importers import ImportFormatError, detect_format, parse

    # The file is read before the storage layer is even loaded: a wrong path fails fast and touches nothing.
    try:
        chosen = args.format or detect_format(args.path)
        result = parse(args.path, chosen)
    except ImportFormatError as exc:
        print(f"brandjournal: {args.path}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    from brandjournal.commands.journal_access import run_guarded

    return run_guarded(lambda args: _import(args, chosen, result), args)


def _import(args: argparse.Namespace, chosen: str, result: ParseResult) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from brandjournal.commands.journal_access import CommandError, open_from_args
    from brandjournal.importers import import_into
    from brandjournal.storage import StorageError

    with open_from_args(args) as journal:
        try:
            summary = import_into(journal, result, progress=_progress_printer())
        except (StorageError, SQLAlchemyError, OSError) as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise CommandError(
                f"brandjournal: the import failed and nothing was imported: {reason}", EXIT_WRITE_FAILED
            ) from exc
    print(f"imported {summary.imported} {_posts(summary.imported)} ({chosen})")
    print(f"skipped {summary.duplicates} {_plural(summary.duplicates, 'duplicate')}")
    if summary.skipped:
        reasons = sorted({s.reason for s in result.skipped})
        print(f"skipped {summary.skipped} not your own public {_posts(summary.skipped)} ({', '.join(reasons)})")
    print(f"rejected {len(summary.rejected)}")
    for rejected in summary.rejected:
        print(f"rejected {rejected.location}: {rejected.reason}")
    return 0


def _progress_printer():
    """Progress on a terminal only (a pipe or a test gets the summary alone)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rimporting {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _posts(count: int) -> str:
    return _plural(count, "post")


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
