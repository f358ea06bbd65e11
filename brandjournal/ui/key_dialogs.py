"""Opening the journal with a person in front of it: passphrase prompts and clear errors, never a traceback."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from brandjournal.storage import (
    NeedPassphrase,
    StorageError,
    UnlockedJournal,
    UnlockInBackground,
    WrongKeyError,
    unlock_journal,
)
from brandjournal.storage.keys import read_passphrase_file
from brandjournal.ui.error_messages import error_summary, passphrase_reason, show_error, show_message

__all__ = [
    "PassphraseDialog",
    "error_summary",
    "open_interactively",
    "passphrase_reason",
    "show_error",
    "unlock_interactively",
]

if TYPE_CHECKING:
    from brandjournal.storage import Journal

MAX_TRIES = 3


class PassphraseDialog(QDialog):
    """Enter the journal's passphrase, or choose one (typed twice) for a new journal."""

    def __init__(self, reason: str, new: bool, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Unlock your journal"))
        intro = QLabel(
            self.tr(
                "Your journal is encrypted. Choose a passphrase to protect it: you will need it each time you open "
                "BrandJournal, and nobody can recover it for you."
            )
            if new
            else self.tr("Your journal is encrypted. Enter its passphrase to open it.")
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            why.setAccessibleName(self.tr("Why a passphrase is needed"))
            layout.addWidget(why)
        self.error_label = QLabel(error)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d93643; font-weight: bold")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        if new:
            form.addRow(self.tr("&Again:"), self.confirm)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(420)

    def _validate(self) -> None:
        text = self.passphrase.text()
        ok = bool(text) and "\x00" not in text
        hint = ""
        if self.new and text:
            if len(text) < 8:
                hint = self.tr("Use at least 8 characters; a few unrelated words are easy to remember.")
                ok = False
            elif self.confirm.text() != text:
                hint = self.tr("The two passphrases differ.")
                ok = False
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> str:
        return self.passphrase.text()

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str, new: bool, error: str = "") -> str | None:
        dialog = cls(reason, new, error, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _abandon(started: UnlockInBackground | None) -> None:
    """Release what an attempt started in the background holds, whatever its outcome."""
    if started is not None:
        with contextlib.suppress(Exception):
            started.result().close()


def open_interactively(
    path: Path, passphrase_file: str | None = None, parent: QWidget | None = None, *, ask=PassphraseDialog.ask
) -> Journal | None:
    """Open ``path``, asking for a passphrase when needed; None when the person gave up or it cannot open.

    Every failure has been shown in a dialog by the time None comes back. ``ask`` is the prompt (tests pass a
    function that answers).
    """
    unlocked = unlock_interactively(path, passphrase_file, parent, ask=ask, finish=True)
    return unlocked.journal if unlocked is not None else None


def unlock_interactively(
    path: Path,
    passphrase_file: str | None = None,
    parent: QWidget | None = None,
    *,
    ask=PassphraseDialog.ask,
    finish: bool = False,
    started: UnlockInBackground | None = None,
) -> UnlockedJournal | None:
    """``open_interactively`` up to the decrypted, locked journal (``storage.unlock_journal``), for the window.

    The same prompts and the same error dialogs. The result is finished (``.journal`` set) here when ``finish``
    is true or when its schema must be migrated first (so a migration error is shown here too); otherwise the
    window shows its list and finishes it in the background. The caller closes the result.
    ``started`` is the first attempt, already running (``UnlockInBackground`` with the same passphrase file).
    """
    passphrase: str | None = None
    try:
        if passphrase_file:
            passphrase = read_passphrase_file(Path(passphrase_file)).passphrase
    except StorageError as exc:
        _abandon(started)
        show_error(parent, exc)
        return None
    failures = 0
    while True:
        try:
            if started is not None:
                attempt, started = started, None
                unlocked = attempt.result()
            else:
                unlocked = unlock_journal(path, passphrase=passphrase)
            if finish or not unlocked.readable:
                unlocked.finish()  # closes the file and releases the lock itself when it fails
            return unlocked
        except NeedPassphrase as exc:
            passphrase = ask(parent, passphrase_reason(exc), exc.new)
            if passphrase is None:
                return None
        except WrongKeyError as exc:
            failures += 1
            if passphrase_file or not exc.passphrase or failures >= MAX_TRIES:
                if failures >= MAX_TRIES:
                    box_text = QCoreApplication.translate(
                        "OpenJournal", "Wrong passphrase %1 times: BrandJournal will close. Nothing was changed."
                    )
                    show_message(parent, error_summary(exc), box_text.replace("%1", str(failures)))
                else:
                    show_error(parent, exc)
                return None
            error = QCoreApplication.translate(
                "OpenJournal", "Wrong passphrase (try %1 of %2). Check Caps Lock and try again."
            )
            passphrase = ask(parent, "", False, error.replace("%1", str(failures + 1)).replace("%2", str(MAX_TRIES)))
            if passphrase is None:
                return None
        except StorageError as exc:  # KeyMissingError, JournalLockedError, JournalTooNewError, damaged file...
            show_error(parent, exc)
            return None
