"""Command-line entry point: no subcommand opens the window; subcommands work without a display.

Each subcommand lives in ``brandjournal/commands/<name>.py`` and exposes
``configure(parser)`` and ``run(args) -> int``. Command modules import heavy things
(storage, Qt) inside ``run`` only, so ``brandjournal check`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
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
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
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
