"""``compute_overview`` off the UI thread, with progress, cancellation and a per-journal cache.

The run has its own one-thread pool, not the live analysis's: a 5,000-post scan must never delay the analysis of
the draft being typed. The per-post figures (``PostCache``) and the last overview are kept per journal file for
the life of the process, so opening the view again re-analyses only what changed, or nothing at all.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from brandjournal.insights import Cancelled, CoherenceOverview, PostCache, Scope, compute_overview
from brandjournal.storage import Journal

log = logging.getLogger(__name__)


@dataclass
class JournalMemo:
    """What the view remembers of one journal between openings."""

    posts: PostCache = field(default_factory=PostCache)
    overviews: dict[Scope, CoherenceOverview] = field(default_factory=dict)


_MEMOS: dict[str, JournalMemo] = {}


def memo_of(journal: Journal) -> JournalMemo:
    return _MEMOS.setdefault(str(journal.path), JournalMemo())


class CoherenceSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # CoherenceOverview
    failed = Signal(str)  # the exception type (never the text: it may quote a post)


class CoherenceTask(QRunnable):
    """One overview computation; ``cancel()`` stops it at the next progress step (every few dozen posts)."""

    def __init__(self, journal: Journal, scope: Scope, draft_id: int | None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the view keeps it, to cancel it
        self.signals = CoherenceSignals()
        self._journal = journal
        self._scope = scope
        self._draft_id = draft_id
        self._stop = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done.set()

    def _run(self) -> None:
        memo = memo_of(self._journal)
        try:
            overview = compute_overview(
                self._journal, scope=self._scope, draft_id=self._draft_id, progress=self._progress, cache=memo.posts
            )
        except Cancelled:
            return
        except Exception as exc:  # a bug or a closed journal must not kill the window
            log.error("coherence overview failed: %s", type(exc).__name__)
            self._emit(self.signals.failed, type(exc).__name__)
            return
        memo.overviews[self._scope] = overview
        self._emit(self.signals.finished, overview)

    @staticmethod
    def _emit(signal, *args) -> None:
        # RuntimeError: the view was deleted while the run was in flight; nobody wants the result.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


_POOL: QThreadPool | None = None
# Every task started and not yet done: Python owns them (autoDelete is off), so a task dropped by its view while it
# is queued or running must still be referenced somewhere until it is done.
_STARTED: list[CoherenceTask] = []


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


def start(task: CoherenceTask) -> None:
    _STARTED[:] = [t for t in _STARTED if not t.done.is_set()]
    _STARTED.append(task)
    pool().start(task)


def withdraw(task: CoherenceTask) -> bool:
    """Take a task that has not started yet off the queue (True); False when it runs or ran."""
    if pool().tryTake(task):
        task.done.set()  # it never will run: nothing to wait for
        return True
    return False
