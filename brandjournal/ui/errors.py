"""Last-resort error handling: an unexpected error shows a dialog and goes to the log, never to the console.

The log gets the exception type and the stack (files, lines, functions) but not the exception's message nor
any local variable: messages can quote the draft, and the journal's text must stay in the encrypted file.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from brandjournal.paths import data_dir

log = logging.getLogger("brandjournal")
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2


def rotate(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """At start, keep ``path`` under ``max_bytes``: it becomes ``.1`` (and ``.1`` becomes ``.2``...)."""
    try:
        if path.stat().st_size < max_bytes:
            return
    except FileNotFoundError:
        return
    for n in range(backups, 0, -1):
        older = path.with_name(f"{path.name}.{n - 1}") if n > 1 else path
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n}"))


def setup_logging() -> None:
    """Errors go to ``logs/brandjournal.log`` (rotated at start; the file is opened at the first record).

    A plain FileHandler, not ``logging.handlers.RotatingFileHandler``: importing that module (sockets, pickle)
    cost ~20 ms of every start, for a log that only ever gets errors.
    """
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate(folder / "brandjournal.log")
        handler: logging.Handler = logging.FileHandler(folder / "brandjournal.log", encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("brandjournal")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def describe_without_text(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    stack = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames)
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{stack}"


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error: %s", describe_without_text(exc_type, tb))
    if QApplication.instance() is None:
        print(f"BrandJournal: unexpected error ({exc_type.__name__}); see the log.", file=sys.stderr)
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("BrandJournal")
    box.setText(QCoreApplication.translate("Errors", "Something went wrong inside BrandJournal."))
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Your text is saved automatically. The error (%1) was written to the log without any of your text:\n%2",
        )
        .replace("%1", exc_type.__name__)
        .replace("%2", str(data_dir() / "logs" / "brandjournal.log"))
    )
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = excepthook
