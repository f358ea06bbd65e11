"""Work around a reference-counting bug of PySide6 6.12.0, detected at import, so the app cannot crash from it.

``SignalInstance.emit()`` returns ``True`` without taking a reference to it: every emit of a signal declared in
Python lowers ``True``'s reference count by one, and after enough emits (a long typing session, a test suite)
the interpreter aborts with "Fatal Python error: bool_dealloc". The patch gives back the missing reference.
It is installed only when a probe shows the bug, so a fixed PySide6 is left untouched.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def emit_leaks_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


def install() -> bool:
    """Patch ``SignalInstance.emit`` if (and only if) it loses references; True when patched."""
    if getattr(SignalInstance.emit, "_brandjournal_fixed", False) or not emit_leaks_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(ctypes.py_object(result))
        return result

    emit._brandjournal_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


installed = install()
