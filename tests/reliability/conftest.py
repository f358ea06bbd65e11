"""Reliability suite: bad input, fuzzing across layers, the window under stress.

GUI tests here reuse the fixtures of tests/ui (offscreen Qt, settings in a temporary folder, a real encrypted
journal per test, the real main window).
"""

from __future__ import annotations

from pathlib import Path

import pytest

# Importing tests.ui.conftest sets the offscreen platform before any QApplication exists, as it does for tests/ui.
from tests.ui.conftest import journal_path, make_window, qt_settings_in_tmp, ui_journal  # noqa: F401


def pytest_collection_modifyitems(config, items) -> None:
    """Same harmless offscreen notices as in tests/ui: keep the Qt log clean."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"))
