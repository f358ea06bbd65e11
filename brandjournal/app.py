"""``brandjournal`` with no command: the desktop window.

Importing this module does not import Qt (the CLI imports it for every run without a subcommand); Qt is
loaded inside ``run_app`` once we know a display is there.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY = (
    "BrandJournal needs a graphical display: none found (DISPLAY/WAYLAND_DISPLAY unset). "
    "Run it from a desktop session, or under xvfb-run."
)


def display_missing(environ: dict[str, str] | os._Environ = os.environ, platform: str = sys.platform) -> bool:
    """True on Linux/BSD when neither X11 nor Wayland is reachable and no Qt platform was forced."""
    if not (platform.startswith("linux") or "bsd" in platform):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_app(args) -> int:
    if getattr(args, "self_test", False):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if display_missing():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    # Storage's light half first (imported after PySide6 a module is slower to import: PySide6 installs an
    # import hook). The ORM (SQLAlchemy, SQLModel) is not imported here: the window shows the draft list
    # first and opens the journal in full on the storage thread right after (see MainWindow).
    import brandjournal.storage  # noqa: F401

    started = unlock_early(args)
    from brandjournal.ui.application import run

    return run(args, started=started)


def unlock_early(args):
    """Start unlocking an existing journal on a thread before Qt is imported (``storage.UnlockInBackground``).

    Only with a passphrase file: the key derivation (~0.15 s, without the GIL) then overlaps Qt's import. None
    for the self-test, for a journal that does not exist yet (it is created after the person chose how to
    protect it), and without a passphrase file: a keychain key needs no derivation, and its lookup would import
    the keyring backends on that thread while the main thread imports Qt. The window takes the result over,
    with the same dialogs for its errors.
    """
    from pathlib import Path

    from brandjournal.paths import default_journal
    from brandjournal.storage import UnlockInBackground

    passphrase_file = getattr(args, "passphrase_file", None)
    if getattr(args, "self_test", False) or not passphrase_file:
        return None
    path = Path(args.journal).expanduser() if getattr(args, "journal", None) else default_journal()
    if not (path.exists() and path.stat().st_size > 0):
        return None
    return UnlockInBackground(path, passphrase_file=passphrase_file)
