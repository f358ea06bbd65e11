"""Journal-wide actions of the window: import past posts, back up now, restore from a backup.

Importing runs on a worker thread behind a progress dialog (thousands of posts take seconds); the work
itself is ``brandjournal.importers`` and ``brandjournal.storage``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from brandjournal.storage import Journal, StorageError
from brandjournal.ui.error_messages import explain, fill, import_rejection, os_reason


class _ImportSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportSummary
    failed = Signal(object)  # the exception: worded in the UI language on the UI thread


class _ImportJob(QRunnable):
    def __init__(self, journal: Journal, path: Path) -> None:
        super().__init__()
        self.journal = journal
        self.path = path
        self.signals = _ImportSignals()

    def run(self) -> None:
        from brandjournal.importers import ImportFormatError, import_into, parse

        try:
            result = parse(self.path)
            summary = import_into(self.journal, result, progress=self.signals.progress.emit)
        except (ImportFormatError, StorageError, OSError) as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(summary)


def import_posts(
    parent: QWidget, journal: Journal, *, folder: bool = False, path: Path | None = None, quiet: bool = False
) -> object | None:
    """Ask for a LinkedIn Shares.csv / Mastodon outbox.json or .zip (or a folder of Markdown) and import it.

    Runs on a worker behind a progress dialog; returns the ImportSummary when done (None if nothing was chosen).
    ``quiet`` (tests) raises StorageError instead of showing the result dialogs.
    """
    if path is None:
        if folder:
            chosen = QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("JournalActions", "Import a folder of Markdown or text posts")
            )
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("JournalActions", "Import past posts"),
                "",
                QCoreApplication.translate(
                    "JournalActions", "Archives (Shares.csv *.csv outbox.json *.json *.zip);;All files (*)"
                ),
            )
        if not chosen:
            return None
        path = Path(chosen)
    progress = QProgressDialog(
        QCoreApplication.translate("JournalActions", "Importing your past posts…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    job = _ImportJob(journal, path)
    outcome: dict[str, object] = {}

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def on_finished(summary: object) -> None:
        outcome["summary"] = summary
        progress.close()
        rejected = getattr(summary, "rejected", ())
        lines = [
            QCoreApplication.translate("JournalActions", "Imported: %1").replace(
                "%1", str(getattr(summary, "imported", 0))
            ),
            QCoreApplication.translate("JournalActions", "Skipped as duplicates: %1").replace(
                "%1", str(getattr(summary, "duplicates", 0))
            ),
            QCoreApplication.translate("JournalActions", "Rejected: %1").replace("%1", str(len(rejected))),
        ]
        lines += [f"  {import_rejection(r)}" for r in list(rejected)[:15]]
        outcome["text"] = "\n".join(lines)

    def on_failed(error: Exception) -> None:
        outcome["error"] = error
        progress.close()

    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    while not outcome:
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
    QApplication.processEvents()
    if "error" in outcome:
        error = outcome["error"]
        if quiet:
            raise StorageError(str(error))  # English, as the CLI says it
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("JournalActions", "Import failed"),
            fill(
                QCoreApplication.translate("JournalActions", "Nothing was imported from %1: %2."),
                path,
                explain(error),  # type: ignore[arg-type]
            ),
        )
        return None
    if not quiet:
        QMessageBox.information(
            parent, QCoreApplication.translate("JournalActions", "Import finished"), str(outcome["text"])
        )
    return outcome.get("summary")


def back_up_now(parent: QWidget, journal: Journal) -> Path | None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = journal.backup_now()
    except (StorageError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        if isinstance(exc, StorageError):
            message = explain(exc)
        else:
            from brandjournal.storage.backups import backup_folder

            message = fill(
                QCoreApplication.translate("JournalActions", "The backup could not be written to %1: %2."),
                exc.filename or backup_folder(journal.path),
                os_reason(exc),
            )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("JournalActions", "Backup failed"),
            message + "\n" + QCoreApplication.translate("JournalActions", "Your journal was not changed."),
        )
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        QCoreApplication.translate("JournalActions", "Backup made"),
        QCoreApplication.translate("JournalActions", "An encrypted copy of your journal was saved as:\n%1").replace(
            "%1", str(made)
        ),
    )
    return made


def restore_from_backup(parent: QWidget, journal: Journal, close_window) -> None:
    """Choose a backup, close the journal, put the backup in place (the current file kept aside), restart."""
    from brandjournal.storage.backups import backup_folder

    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("JournalActions", "Restore from backup"),
        str(backup_folder(journal.path)),
        QCoreApplication.translate("JournalActions", "Backups (*.db)"),
    )
    if not chosen:
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("JournalActions", "Restore from backup"),
        QCoreApplication.translate(
            "JournalActions",
            "Replace the journal with this backup? Your current journal is kept aside next to it, never deleted. "
            "BrandJournal restarts.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from brandjournal.storage import restore_journal

    path, key = journal.path, journal.key
    close_window()  # saves the text on screen
    journal.close()  # releases the lock: restore_journal refuses a journal that is open (the app's close is a no-op)
    try:
        aside = restore_journal(path, Path(chosen), passphrase=key.passphrase)  # verified, locked, old file kept
    except (StorageError, OSError) as exc:
        QMessageBox.warning(
            None,
            QCoreApplication.translate("JournalActions", "Restore failed"),
            explain(exc) + "\n" + QCoreApplication.translate("JournalActions", "Your journal was not changed."),
        )
        return
    QMessageBox.information(
        None,
        QCoreApplication.translate("JournalActions", "Restored"),
        QCoreApplication.translate(
            "JournalActions", "The backup is in place. The previous journal was kept as:\n%1"
        ).replace("%1", str(aside)),
    )
    QProcess.startDetached(
        sys.executable, sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "brandjournal", *sys.argv[1:]]
    )
