"""Work around a reference-counting bug of PySide6 6.12.0 on Python < 3.12, detected at import.

PySide6 6.12.0 returns ``None``, ``True`` and ``False`` from its methods without taking a reference to them
(as if they were immortal, which they only are from Python 3.12). On Python 3.11 every call of a void method
(``setText``, ``setPosition``...) or ``Signal.emit()`` lowers the reference count of ``None``/``True`` by one;
after enough calls (a long editing session, one repaint of a long annotated draft, a test suite) the interpreter
aborts with "Fatal Python error: none_dealloc" / "bool_dealloc".

The fix does what Python 3.12 does: it makes these singletons effectively immortal, by raising their
reference count by 2**40 (they are never deallocated in a sane process anyway). It is applied only when a
probe shows the bug, so a fixed PySide6 or a newer Python is left untouched. The real fix is upstream
(or PySide6 < 6.12 on Python 3.11, or Python >= 3.12).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBES = 64
_HEADROOM = 1 << 40
_SINGLETONS = (None, True, False)


def leaks_references() -> bool:
    """True when PySide6 methods return ``None`` without a reference (the 6.12.0 bug)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBES


def _refcount_cell(obj: object) -> ctypes.c_ssize_t:
    return ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every CPython object


def install() -> bool:
    """Give ``None``, ``True`` and ``False`` enough references to outlive the leak; True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or not leaks_references():
        return False
    for obj in _SINGLETONS:
        cell = _refcount_cell(obj)
        if cell.value < _HEADROOM:
            cell.value += _HEADROOM
    return True


installed = install()
