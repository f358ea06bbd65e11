"""Journal writes off the UI thread.

An autosave or a score update costs 15-30 ms of SQLCipher work: enough to make typing stutter if it ran on the
UI thread. They run here, one at a time and in order, on a single thread (the journal serialises access to
its one connection with a lock, so reads on the UI thread simply wait their turn). Results come back as
signals on the UI thread. ``wait()`` makes everything written, e.g. before closing or opening the history.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from brandjournal.storage import StorageError

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object, object)  # (callback, result)
    failed = Signal(object)  # the StorageError itself (worded on the UI thread), or an unexpected error's type name


class _Write(QRunnable):
    def __init__(self, work: Callable[[], object], callback, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._callback = callback
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except StorageError as exc:
            with contextlib.suppress(RuntimeError):
                self._signals.failed.emit(exc)
            return
        except Exception as exc:  # never lose the reason, never log the text
            log.error("background write failed: %s", type(exc).__name__)
            with contextlib.suppress(RuntimeError):
                self._signals.failed.emit(type(exc).__name__)
            return
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._callback, result)


class StorageWorker(QObject):
    failed = Signal(object)  # a StorageError, or the type name (str) of an unexpected error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # owned: destroying the window waits for a write in flight
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # starting a thread costs ~10 ms: keep the one we have
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self.failed)

    def submit(self, work: Callable[[], object], callback: Callable[[object], None] | None = None) -> None:
        self._pool.start(_Write(work, callback, self._signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    @staticmethod
    def _on_done(callback, result) -> None:
        if callback is not None:
            callback(result)
