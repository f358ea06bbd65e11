"""Pathological drafts at the window's live limit: the analysis ends in reasonable time and never holds the
interpreter (GIL) long enough to freeze the window.

The window analyses on a worker thread; a C call that holds the GIL (a regex backtracking over a huge text)
still blocks the UI thread. Here the analysis runs on a thread while this (main) thread ticks every 10 ms.
"""

from __future__ import annotations

import gc
import threading
import time

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile

MAX_GAP_S = 0.25


def analyse_on_a_thread(text: str) -> tuple[float, float]:
    """(analysis seconds, worst gap of this thread's 10 ms ticks)."""
    analyze("warm up", Profile())
    # As the window does once warmed up (MainWindow._warmed): long-lived objects leave the cyclic collector, whose
    # full passes over a big heap (here: the whole test session's) would otherwise show up as a "hold" of its own.
    gc.collect()
    gc.freeze()
    done = threading.Event()
    worker = threading.Thread(target=lambda: (analyze(text, Profile()), done.set()))
    started = last = time.perf_counter()
    worst = 0.0
    worker.start()
    while not done.is_set():
        time.sleep(0.01)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    worker.join()
    gc.unfreeze()
    return time.perf_counter() - started, worst


@pytest.mark.parametrize(
    "text",
    [
        "`" * 100_000,  # was cubic in the Markdown mask: over 6 minutes, the window frozen all along
        "```\n" + "`" * 50_000,
        "".join("`" * k + " x " for k in range(1, 200)),
        "\u0301" * 100_000,
        ("👨\u200d" * 50_000)[:100_000],
        "\x00" * 100_000,
        "*" * 100_000,
        "<" * 100_000,
        "[" * 50_000 + "](" * 25_000,  # was quadratic: about 2 minutes
        "a." * 50_000 + "@",  # was quadratic (e-mail mask): about 40 s
        "www." * 25_000 + "@",
        "<a " * 33_000,
        "@a." * 33_000,
        "<http://" * 12_500,  # was quadratic (autolink mask): about 25 s
    ],
    ids=[
        "backticks",
        "fence-then-backticks",
        "unclosed-code-runs",
        "combining",
        "zwj",
        "nul",
        "stars",
        "lt",
        "links",
        "email-local-part",
        "www",
        "html-attributes",
        "mentions",
        "autolinks",
    ],
)
def test_pathological_text_does_not_freeze_the_window(text):
    seconds, worst_gap = analyse_on_a_thread(text)
    assert seconds < 10
    assert worst_gap < MAX_GAP_S, f"the analysis held the interpreter {worst_gap * 1000:.0f} ms in one go"
