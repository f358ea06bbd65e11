"""Command-line entry point: no subcommand opens the window; subcommands work without a display.

Each subcommand lives in ``brandjournal/commands/<name>.py`` and exposes
``configure(parser)`` and ``run(args) -> int``. Command modules import heavy things
(storage, Qt) inside ``run`` only, so ``brandjournal check`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from brandjournal import __version__

# name -> (module, one-line help). Order is the order shown in --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("brandjournal.commands.check", "analyse a Markdown draft against your values"),
    "add": ("brandjournal.commands.drafts", "add a draft to the journal from a file"),
    "list": ("brandjournal.commands.drafts", "list the drafts of the journal"),
    "search": ("brandjournal.commands.drafts", "full-text search in the journal"),
    "status": ("brandjournal.commands.publish", "move a draft to idea, draft, review or archived"),
    "approve": ("brandjournal.commands.publish", "approve a draft (warnings must be fixed or acknowledged)"),
    "export": ("brandjournal.commands.publish", "export approved posts for a platform"),
    "import": ("brandjournal.commands.importing", "import past posts (LinkedIn, Mastodon, files)"),
    "backup": ("brandjournal.commands.backups", "back up the journal now"),
    "restore": ("brandjournal.commands.backups", "restore the journal from a backup"),
}


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter without its ``import shutil`` (which brings zlib, bz2 and lzma: ~4 ms of every
    ``brandjournal check``, since argparse makes a formatter for each option it adds). Same width as argparse's:
    the terminal's (``shutil.get_terminal_size`` rules), minus 2."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal of stdout, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def add_journal_options(parser: argparse.ArgumentParser, *, in_subcommand: bool = False) -> None:
    # In a subcommand the defaults are suppressed, so `brandjournal --journal X list` keeps X.
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument(
        "--journal",
        metavar="PATH",
        default=default,
        help="journal file to open (default: $BRANDJOURNAL_JOURNAL, else the per-user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the journal passphrase from FILE instead of the keychain or a prompt",
    )


def build_parser(available: dict[str, tuple[str, str]] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brandjournal",
        description="BrandJournal: a private journal that keeps your professional posts true to your values. "
        "With no command, opens the desktop window.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"brandjournal {__version__}")
    add_journal_options(parser)
    parser.add_argument("--lang", choices=["fr", "en"], help="language of the interface and messages")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in (available or COMMANDS).items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # command not built yet
        sub = subparsers.add_parser(name, help=help_text, description=help_text, formatter_class=HelpFormatter)
        add_journal_options(sub, in_subcommand=True)
        module.configure(name, sub)
        sub.set_defaults(_module=module)
    return parser


_OPTIONS_WITH_VALUE = {"--journal", "--passphrase-file", "--lang"}


def _first_positional(argv: list[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Only build the sub-parser actually asked for: keeps `brandjournal check` from importing the rest.
    chosen = _first_positional(argv)
    available = {chosen: COMMANDS[chosen]} if chosen in COMMANDS else None
    parser = build_parser(available)
    args = parser.parse_args(argv)
    if args.command is None:
        from brandjournal.app import run_app

        return run_app(args)
    try:
        return int(args._module.run(args.command, args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
