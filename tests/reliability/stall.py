"""Measuring whether the Qt event loop keeps turning: a 10 ms timer records the longest gap between ticks."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class StallMeter:
    """Start it, let the work happen, stop it: ``max_gap_ms`` is the worst time the UI thread was unavailable."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.max_gap_ms = 0.0
        self.ticks = 0
        self._last = 0.0

    def start(self) -> None:
        self.max_gap_ms, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def stop(self, *, final_tick: bool = True) -> float:
        """``final_tick``: a stall just before stopping counts too (False: only gaps between ticks so far)."""
        if final_tick and self.timer.isActive():
            self._tick()
        self.timer.stop()
        return self.max_gap_ms


def huge_text(size: int) -> str:
    """``size`` characters of a realistic bilingual post with odd characters, in paragraphs."""
    from pathlib import Path

    base = (Path(__file__).parents[2] / "benchmarks" / "post_3000.md").read_text(encoding="utf-8")
    odd = "\n\n👨\u200d👩\u200d👧 \u202eשלום\u202c مرحبا 🇫🇷 e\u0301te\u0301 — we leverage synergies.\n\n"
    chunk = base + odd
    return (chunk * (size // len(chunk) + 1))[:size]
