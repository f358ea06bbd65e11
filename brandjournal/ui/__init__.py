"""The desktop window (PySide6). Importing this package applies the PySide6 workarounds in ``pyside_fixes``."""

from brandjournal.ui import pyside_fixes as _pyside_fixes  # noqa: F401
