"""GUI tests: offscreen Qt, settings in a temporary folder, a real encrypted journal per test."""

from __future__ import annotations

import os

# Before any QApplication exists: offscreen, on a desktop-sized virtual screen (the default one is 800x600,
# narrower than the window's minimum width, which would clamp restored geometries).
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "offscreen.json")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from brandjournal.storage import Journal, open_journal
from brandjournal.ui import settings as app_settings

PASSPHRASE = "test"


@pytest.fixture(autouse=True)
def qt_settings_in_tmp(tmp_path_factory) -> Iterator[Path]:
    """QSettings never touch the user's real settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    app_settings.configure_settings(folder)
    yield folder


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "j.db"


@pytest.fixture
def ui_journal(journal_path) -> Iterator[Journal]:
    journal = open_journal(journal_path, passphrase=PASSPHRASE)
    yield journal
    journal.close()


@pytest.fixture
def make_window(qtbot, ui_journal) -> Iterator[Callable]:
    """Build the real main window on the test journal (shown offscreen); closed before the journal is."""
    from brandjournal.ui.main_window import MainWindow

    windows = []

    def make(journal: Journal | None = None, **kwargs):
        window = MainWindow(journal or ui_journal, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def answer_modal(qtbot, handle: Callable[[QWidget], None], timeout: int = 5000) -> None:
    """Run ``handle(dialog)`` on the next modal dialog as soon as it is open (dialogs block in ``exec``)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        handle(dialog)

    QTimer.singleShot(0, poll)


def wait_report(qtbot, window, predicate: Callable = lambda report: True, timeout: int = 10000):
    """Wait until the window shows a report for its current text that satisfies ``predicate``."""

    def ready() -> bool:
        report = window.report
        return (
            report is not None
            and not window.analysis.busy
            and window.filter.shown_text == window.editor.body()
            and predicate(report)
        )

    qtbot.waitUntil(ready, timeout=timeout)
    return window.report


def pytest_collection_modifyitems(config, items) -> None:
    """The offscreen platform reports a harmless notice for every top-level window; keep the Qt log clean."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"))
