"""Last-resort error handling: an unexpected error shows a dialog and goes to the log, never to the console.

The log gets the exception type and the stack (files, lines, functions) but not the exception's message nor
any local variable: messages can quote the draft, and the journal's text must stay in the encrypted file.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from brandjournal.paths import data_dir

log = logging.getLogger("brandjournal")


def setup_logging() -> None:
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / "brandjournal.log", maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
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
