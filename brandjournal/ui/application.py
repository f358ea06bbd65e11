"""Start the window: QApplication, settings, language, error handling, opening the journal, first-start demo."""

from __future__ import annotations

import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from brandjournal import APP_ID
from brandjournal.paths import default_journal
from brandjournal.storage import UnlockedJournal, UnlockInBackground, open_journal
from brandjournal.ui import i18n
from brandjournal.ui import settings as app_settings
from brandjournal.ui.errors import install_excepthook, setup_logging
from brandjournal.ui.key_dialogs import open_interactively, unlock_interactively

if TYPE_CHECKING:
    from brandjournal.storage import Journal

SELF_TEST_TIMEOUT_MS = 30_000
# Harmless notices of Qt's offscreen/minimal platforms, dropped so the console (and CI logs) stay clean.
_QUIET_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _QUIET_QT_MESSAGES:
        return
    print(message, file=sys.stderr)


def install_qt_message_filter() -> None:
    qInstallMessageHandler(_qt_message_handler)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        install_qt_message_filter()
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    # The analysis thread runs Python too: hand the GIL back to the UI thread every 2 ms, not every 5 ms.
    sys.setswitchinterval(0.002)
    from brandjournal.ui.main_window import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # matches the .desktop file, so Wayland shows our icon
    return app


def journal_is_new(path: Path) -> bool:
    return not (path.exists() and path.stat().st_size > 0)


def seed_if_empty(journal: Journal, lang: str) -> None:
    """First start: a demo profile and three drafts, so the filter shows its work at once."""
    if journal.count_drafts() == 0 and not journal.values():
        from brandjournal.demo import create_demo

        create_demo(journal, lang=lang)


class WindowController:
    """Owns the main window; rebuilds it when the person switches language (View > Language), live.

    ``journal`` may still be opening (an ``UnlockedJournal``): the window finishes it after its first paint.
    """

    def __init__(self, journal: Journal | UnlockedJournal, lang: str, cli_lang: str | None) -> None:
        self.journal = journal
        self.lang = lang
        self.cli_lang = cli_lang
        self.window = self._make_window()

    def _make_window(self):
        from brandjournal.ui.main_window import MainWindow

        window = MainWindow(self.journal, ui_lang=self.lang)
        window.languageChangeRequested.connect(self.change_language)
        window.journalFailed.connect(lambda: QApplication.exit(1))
        return window

    def change_language(self, code: str) -> None:
        app_settings.set_language_setting(code or None)
        lang = code or i18n.system_language()
        if lang == self.lang:
            return
        self.lang = lang
        old = self.window
        old.shutdown()
        i18n.install_translators(lang)
        self.window = self._make_window()
        self.window.show()
        old.hide()
        old.deleteLater()


def install_quit_handlers(app: QApplication, controller: WindowController) -> None:
    """Nothing lost on logout, Ctrl+C or ``kill``: close the window (which saves) instead of dying mid-edit."""

    def close_all(*_args) -> None:
        QTimer.singleShot(0, app.closeAllWindows)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, close_all)
    # Python runs signal handlers only between bytecodes: wake the interpreter up now and then.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    app.commitDataRequest.connect(lambda _manager: controller.window.save_now())


def run(args, *, started: UnlockInBackground | None = None) -> int:
    """The window. ``started``: the journal's unlocking, already running (``brandjournal.app.unlock_early``)."""
    self_test = bool(getattr(args, "self_test", False))
    settings_dir = tempfile.mkdtemp(prefix="brandjournal-selftest-") if self_test else None
    app_settings.configure_settings(settings_dir)
    app = make_application()
    setup_logging()
    install_excepthook()
    lang = i18n.choose_language(getattr(args, "lang", None), app_settings.language_setting())
    i18n.install_translators(lang)
    if self_test:
        return self_test_run(args, lang)

    path = Path(args.journal).expanduser() if getattr(args, "journal", None) else default_journal()
    new = journal_is_new(path)
    # A new journal is opened in full at once (the demo is written into it); an existing one shows its list
    # first and finishes opening in the background (see MainWindow).
    journal = unlock_interactively(path, getattr(args, "passphrase_file", None), finish=new, started=started)
    if journal is None:
        return 1
    try:
        if journal.journal is not None and new:
            seed_if_empty(journal.journal, lang)
        controller = WindowController(journal, lang, getattr(args, "lang", None))
        controller.window.show()
        controller.window.run_maintenance()
        install_quit_handlers(app, controller)
        return int(app.exec())
    finally:
        journal.close()


def self_test_run(args, lang: str) -> int:
    """Open the window offscreen, run one analysis, print one line. Used by packaging to smoke-test a build."""
    started = time.perf_counter()
    if getattr(args, "journal", None):
        journal = open_interactively(Path(args.journal).expanduser(), getattr(args, "passphrase_file", None))
        if journal is None:
            return 1
    else:
        folder = Path(tempfile.mkdtemp(prefix="brandjournal-selftest-"))
        journal = open_journal(folder / "journal.db", passphrase="self-test")
        seed_if_empty(journal, lang)
    try:
        from brandjournal.ui.main_window import MainWindow

        window = MainWindow(journal, ui_lang=lang)
        loop = QEventLoop()
        result: list = []
        window.reportShown.connect(lambda report: (result.append(report), loop.quit()))
        window.show()
        if window.draft is None:
            print("BrandJournal self-test: FAILED (the journal has no draft to analyse)")
            return 1
        if window.report is None:
            QTimer.singleShot(SELF_TEST_TIMEOUT_MS, loop.quit)
            loop.exec()
            if result:
                window.report = result[0]
        report = window.report
        if report is None:
            print("BrandJournal self-test: FAILED (no analysis result within 30 s)")
            return 1
        window.shutdown()
        window.close()
        elapsed = time.perf_counter() - started
        print(
            f"BrandJournal self-test: OK ({QApplication.platformName()}, {lang}): {len(report.flags)} findings, "
            f"score {report.score}, {elapsed:.2f} s"
        )
        return 0
    finally:
        journal.close()
