"""Analysis as you type, off the UI thread.

``AnalysisScheduler.schedule`` is called on every change; after ``DEBOUNCE_MS`` of quiet it runs ``analyze`` in a
``QThreadPool`` worker. Only one run is in flight: a change during a run marks the result *outdated* and sets a
*pending* run, which starts as soon as the current one reports. Outdated results are dropped, never shown.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import gc
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, QThreadPool, QTimer, Signal

from brandjournal.domain import Intention, Profile, Report

DEBOUNCE_MS = 300
# Someone typing without a pause still sees the filter refresh at least this often.
MAX_WAIT_MS = 1500
# After a report is shown while typing goes on, the next run waits this long: the report is painted first. A run
# started at once held the GIL in slices while the window painted the report (the findings list and the models
# call into Python for every row), and each call waited its turn: 30-50 ms stalls on a busy machine.
PAINT_GAP_MS = 40
# Above this, the live analysis covers the first LIVE_LIMIT characters only (analyze adds a notice).
LIVE_LIMIT = 100_000
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AnalysisRequest:
    """Everything one run needs; immutable, so it crosses threads safely."""

    generation: int
    text: str
    profile: Profile
    intention: Intention
    first: str | None = None
    ui_lang: str = "en"
    max_chars: int | None = LIVE_LIMIT
    baseline: tuple[str, ...] = ()  # the author's approved and exported posts: their usual voice


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while an analysis runs.

    An analysis makes tens of thousands of short-lived objects; the collector, triggered by their allocation,
    walked them (generation 1 passes of 10-27 ms) while holding the GIL, so the UI thread stalled mid-typing.
    Almost all of them are freed by reference counting when the run ends; the collector resumes then and finds
    only the few survivors (the report). Nested and concurrent pauses are counted.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        _gc_pauses += 1
        if _gc_pauses == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def run_analysis(request: AnalysisRequest) -> Report:
    from brandjournal.analysis import analyze

    return analyze(
        request.text,
        request.profile,
        request.intention,
        first=request.first,
        baseline=request.baseline,
        ui_lang=request.ui_lang,
        max_chars=request.max_chars if request.max_chars and len(request.text) > request.max_chars else None,
    )


class _Signals(QObject):
    finished = Signal(object, object, float)  # AnalysisRequest, Report, seconds
    failed = Signal(int, str)
    taskDone = Signal()


class _Runnable(QRunnable):
    def __init__(self, request: AnalysisRequest, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._request = request
        self._signals = signals

    def run(self) -> None:
        started = time.perf_counter()
        try:
            with gc_paused():
                report = run_analysis(self._request)
        except Exception as exc:  # an engine bug must not kill the window; the type is shown, the text is not
            log.error("analysis failed: %s", type(exc).__name__)
            self._emit(self._signals.failed, self._request.generation, type(exc).__name__)
            return
        self._emit(self._signals.finished, self._request, report, time.perf_counter() - started)

    @staticmethod
    def _emit(signal, *args) -> None:
        # RuntimeError: the window was closed while this run was in flight; nobody wants the result.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


_POOL: QThreadPool | None = None


def _pool() -> QThreadPool:
    """One analysis thread for the whole process, not owned by a window: closing a window never waits for a
    long run to finish (its result is simply dropped)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setExpiryTimeout(-1)  # starting a thread costs ~10 ms on the UI thread: keep the one we have
        atexit.register(_release_pool)
    return _POOL


def _release_pool() -> None:
    """Join the analysis thread before the interpreter tears down (a Qt thread outliving it can crash it)."""
    global _POOL
    if _POOL is not None:
        _POOL.waitForDone(10_000)
        _POOL = None


class _Task(QRunnable):
    """Any slow, Qt-free preparation (imports, lexicon loading) on the analysis thread, then a callback."""

    def __init__(self, work, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            self._work()
        finally:
            with contextlib.suppress(RuntimeError):
                self._signals.taskDone.emit()


class AnalysisScheduler(QObject):
    """Debounces requests and runs at most one analysis at a time."""

    reportReady = Signal(object, object)  # (AnalysisRequest, Report), for the newest text only
    analysisFailed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        paint_gap_ms: int = PAINT_GAP_MS,
    ) -> None:
        super().__init__(parent)
        self._pool = _pool()
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._resume = QTimer(self)  # the pending run, after a report was shown (PAINT_GAP_MS)
        self._resume.setSingleShot(True)
        self._resume.setInterval(paint_gap_ms)
        self._resume.timeout.connect(self._start)
        self._generation = 0
        self._latest: AnalysisRequest | None = None
        self._in_flight = False
        self._pending = False  # a newer request waits for the running one
        self._waiting = QElapsedTimer()  # since the oldest request not yet started
        self._max_wait_ms = max_wait_ms
        self._last_shown = QElapsedTimer()
        self._cancelled_upto = 0  # results of generations up to this one belong to a forgotten text
        self.last_duration = 0.0

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive() or self._resume.isActive()

    def schedule(self, request_without_generation: AnalysisRequest, *, immediate: bool = False) -> None:
        """Ask for an analysis of this text; earlier requests not yet shown become outdated."""
        self._generation += 1
        self._latest = dataclasses.replace(request_without_generation, generation=self._generation)
        waited = self._waiting.elapsed() if self._waiting.isValid() else 0
        if not self._waiting.isValid():
            self._waiting.start()
        if immediate or waited >= self._max_wait_ms:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        """Forget the current text (e.g. another draft is opened): every result asked for so far is dropped."""
        self._timer.stop()
        self._resume.stop()
        self._generation += 1
        self._cancelled_upto = self._generation
        self._latest = None
        self._pending = False

    def run_in_background(self, work, done=None) -> None:
        """Run ``work()`` on the analysis thread (queued behind any analysis); ``done()`` on the UI thread."""
        signals = _Signals(self)
        if done is not None:
            signals.taskDone.connect(done)
        signals.taskDone.connect(signals.deleteLater)
        self._pool.start(_Task(work, signals))

    def wait_for_done(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def _start(self) -> None:
        if self._latest is None:
            return
        if self._in_flight:
            self._pending = True
            return
        self._in_flight = True
        self._pending = False
        self._resume.stop()
        self._waiting.invalidate()
        self._pool.start(_Runnable(self._latest, self._signals))

    def _on_finished(self, request: AnalysisRequest, report: Report, seconds: float) -> None:
        self._in_flight = False
        self.last_duration = seconds
        if request.generation <= self._cancelled_upto:  # another draft was opened, or the window closed
            if self._pending:
                self._start()
            return
        if request.generation == self._generation and not self._pending:
            self._last_shown.start()
            self.reportReady.emit(request, report)
            self.busyChanged.emit(self._timer.isActive())
            return
        # Outdated: newer text exists (someone is typing without a pause). The result is still shown now and
        # then (it carries its own text, so the filter stays self-consistent); otherwise the filter would
        # freeze until the first pause.
        if not self._last_shown.isValid() or self._last_shown.elapsed() >= self._max_wait_ms:
            self._last_shown.start()
            self.reportReady.emit(request, report)
            if self._pending:
                self._resume.start()  # paint the report before the next run competes for the GIL
            return
        if self._pending:
            self._start()

    def _on_failed(self, generation: int, message: str) -> None:
        self._in_flight = False
        if self._pending:
            self._start()
            return
        if generation == self._generation:
            self.analysisFailed.emit(message)
            self.busyChanged.emit(False)
