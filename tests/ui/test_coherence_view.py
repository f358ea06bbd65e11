"""The coherence view ("Your voice over time"): charts drawn from a real journal, PNG export, the worker."""

from __future__ import annotations

import ctypes
import math
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import PySide6
import pytest
from PySide6.QtCore import QRunnable, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QFileDialog

from brandjournal.domain import Value
from brandjournal.importers import ImportedPost
from brandjournal.insights import Scope
from brandjournal.storage.bulk import import_posts
from brandjournal.ui.coherence_charts import EXPORT_SCALE, month_ticks
from brandjournal.ui.coherence_view import CoherenceDialog
from brandjournal.ui.coherence_worker import pool
from brandjournal.ui.colors import dark_palette
from tests.test_insights import add_posts
from tests.ui.conftest import answer_modal

pytestmark = pytest.mark.gui

# PySide6 6.12.0 on CPython < 3.12 drops one reference to None on every call of a void Qt method (measured:
# QObject.setObjectName x 1000 -> sys.getrefcount(None) - 1000; 6.11.3 does not). None starts near 5,000
# references, and painting these charts makes hundreds of such calls, so a run ends in "Fatal Python error:
# none_dealloc". Until the dependency is pinned away from 6.12.0, this module gives None a cushion of references
# (harmless: None is never freed) so the suite does not abort. On 3.12+ None is immortal and this does nothing.
NONE_LEAK = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"


@pytest.fixture(autouse=True, scope="module")
def none_reference_cushion():
    if NONE_LEAK:
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        for _ in range(2_000_000):
            incref(None)
    yield


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch):
    """Months are calendar months of the computer's time zone: make it UTC so March 31st 23:30 stays in March."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def open_view(qtbot, journal, draft_id=None) -> CoherenceDialog:
    dialog = CoherenceDialog(journal, draft_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=20000)
    return dialog


def test_charts_show_the_monthly_figures(qtbot, ui_journal):
    ids = add_posts(ui_journal)
    dialog = open_view(qtbot, ui_journal, ids["draft"])
    assert dialog.summary.text() == "5 posts, from Jan 2025 to Apr 2025."

    values = dialog.charts["values"]
    assert sorted(values.bars) == [
        ("Care", "betrayed"), ("Care", "expressed"), ("Honesty", "betrayed"), ("Honesty", "expressed"),
    ]  # fmt: skip
    honesty = values.bars[("Honesty", "expressed")].opts
    assert list(honesty["x"]) == [0, 1, 2, 3]
    assert list(honesty["height"]) == [1, 0, 0, 1]
    assert list(values.bars[("Honesty", "betrayed")].opts["height"]) == [0, 0, -1, 0]  # below the axis
    care = values.bars[("Care", "expressed")].opts
    assert list(care["height"]) == [0, 0, 1, 0]
    assert list(care["y0"]) == [1, 0, 0, 1]  # stacked on Honesty
    assert list(values.bars[("Care", "betrayed")].opts["y0"]) == [0, 0, -1, 0]
    assert [label.text for _, label in values.legend.items] == [
        "Honesty: expressed", "Honesty: betrayed", "Care: expressed", "Care: betrayed",
    ]  # fmt: skip
    axis = values.plot.getAxis("bottom")
    dialog.resize(1400, 1000)  # the labels shown depend on the axis width: make room for all four
    qtbot.waitUntil(lambda: axis.width() > 600)
    ticks = axis._tickLevels[0]
    assert ticks == [(0.0, "Jan 2025"), (1.0, "Feb 2025"), (2.0, "Mar 2025"), (3.0, "Apr 2025")]

    rates = dialog.charts["rates"]
    x, y = rates.lines["jargon"].getData()
    assert list(x) == [0, 1, 2, 3]
    assert y[0] == pytest.approx(100 * 2 / 18) and math.isnan(y[1]) and y[2] == pytest.approx(100 / 17)
    assert y[3] == 10.0
    assert list(rates.lines["peacock"].getData()[1][[0, 2, 3]]) == [0.0, 0.0, 10.0]
    assert rates.plot.getAxis("left").labelText == "Flags per 100 words"

    baseline = dialog.charts["baseline"]
    assert list(baseline.plots) == ["sentence_length", "first_person", "jargon_rate", "exclamation_rate"]
    box = baseline.boxes["sentence_length"].opts
    assert (list(box["y0"]), list(box["height"])) == ([5.0], [4.0])  # quartiles 5 and 9 words
    marker = baseline.markers["sentence_length"].data
    assert (marker["x"][0], marker["y"][0]) == (0.0, 5.0)
    assert baseline.captions["sentence_length"] == "◆ 5.0 · percentile 30"
    assert baseline.markers["first_person"].data["y"][0] == 0.0  # shown in %
    assert baseline.captions["jargon_rate"] == "◆ 0.0 · percentile 20"


def test_all_drafts_and_back(qtbot, ui_journal):
    add_posts(ui_journal)
    dialog = open_view(qtbot, ui_journal)
    assert dialog.overview.posts == 5
    with qtbot.waitSignal(dialog.overviewShown, timeout=20000) as shown:
        dialog.scope.setCurrentIndex(1)
    assert shown.args[0].key.scope is Scope.ALL
    assert shown.args[0].posts == 7
    assert len(dialog.charts["values"].bars[("Honesty", "expressed")].opts["x"]) == len(shown.args[0].months)
    dialog.scope.setCurrentIndex(0)  # remembered, and nothing changed: shown at once, no worker
    assert dialog.task is None
    assert dialog.overview.posts == 5


def test_reopening_an_unchanged_journal_computes_nothing(qtbot, ui_journal):
    ids = add_posts(ui_journal)
    open_view(qtbot, ui_journal, ids["draft"]).close()
    ui_journal.save_text(ids["draft"], "We leverage synergies. We leverage synergies again.")
    dialog = CoherenceDialog(ui_journal, ids["draft"])
    qtbot.addWidget(dialog)
    assert dialog.task is None and dialog.overview is not None
    # The draft is not a post: the overview is the same, but the draft is placed with its new text.
    assert dialog.charts["baseline"].captions["jargon_rate"] == "◆ 57.1 · percentile 100"  # 4 jargon words of 7
    ui_journal.set_values([Value("Courage", fits=("delay",))])
    dialog = CoherenceDialog(ui_journal, ids["draft"])
    qtbot.addWidget(dialog)
    assert dialog.task is not None  # the values changed: computed again
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=20000)
    assert list(dialog.charts["values"].bars) == [("Courage", "expressed"), ("Courage", "betrayed")]


def test_export_png(qtbot, ui_journal, tmp_path):
    add_posts(ui_journal)
    dialog = open_view(qtbot, ui_journal)
    for name in ("values", "rates", "baseline"):
        chart = dialog.charts[name]
        path = dialog.export_chart(name, tmp_path / f"{name}.png")
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (chart.width() * EXPORT_SCALE, chart.height() * EXPORT_SCALE)
        assert image.pixelColor(2, 2) == chart.theme.background  # the chart's own background, not transparent


def test_export_button_asks_where(qtbot, ui_journal, tmp_path):
    add_posts(ui_journal)
    dialog = open_view(qtbot, ui_journal)
    target = tmp_path / "my chart"

    def choose(file_dialog: QFileDialog) -> None:
        file_dialog.selectFile(str(target))
        file_dialog.accept()

    answer_modal(qtbot, choose)
    dialog.export_buttons["rates"].click()
    written = tmp_path / "my chart.png"  # the extension is added
    assert not QImage(str(written)).isNull()


def test_dark_palette(qtbot, ui_journal):
    add_posts(ui_journal)
    dialog = open_view(qtbot, ui_journal)
    assert not dialog.charts["values"].theme.dark
    dialog.setPalette(dark_palette())
    chart = dialog.charts["values"]
    assert chart.theme.dark
    assert chart.backgroundBrush().color() == dark_palette().color(QPalette.ColorRole.Base)
    assert chart.theme.foreground == dark_palette().color(QPalette.ColorRole.Text)


def test_empty_journal(qtbot, ui_journal):
    dialog = open_view(qtbot, ui_journal)
    assert dialog.summary.text() == "No published posts yet: approve a draft or import your past posts."
    assert dialog.charts["values"].empty_note.textItem.toPlainText() == "No posts yet."
    assert dialog.charts["values"].bars == {}


def many_posts(journal, count: int) -> None:
    """``count`` posts of about 130 words, one a day from January 1st, 2024 (long enough that a run takes a
    while: several milliseconds per post)."""
    journal.set_values([Value("Honesty", fits=("transparent",), betrays=("spin",))])
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    filler = " ".join(["We met the team on Tuesday and talked about the next release and the customers."] * 8)
    posts = [
        ImportedPost(
            "linkedin", str(n), "", f"Post {n}: we were transparent about synergy. {filler}", start + timedelta(days=n)
        )
        for n in range(count)
    ]
    import_posts(journal, posts)


class _Hold(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.release = release

    def run(self) -> None:
        self.release.wait(30)


_HOLDS: list[_Hold] = []  # Python owns them: referenced until the end of the session


@contextmanager
def worker_held() -> Iterator[None]:
    """Keep the coherence worker thread busy: a view's run waits in the queue until the block ends, so a test
    can connect to its signals before the first one is sent (no race with a fast run)."""
    release = threading.Event()
    hold = _Hold(release)
    _HOLDS.append(hold)
    pool().start(hold)
    try:
        yield
    finally:
        release.set()


def test_the_worker_leaves_the_window_responsive(qtbot, ui_journal):
    many_posts(ui_journal, 300)
    with worker_held():
        dialog = CoherenceDialog(ui_journal)
        qtbot.addWidget(dialog)
        dialog.show()
        task = dialog.task
        in_worker: list[bool] = []
        resume = threading.Event()

        def paused(done: int, total: int) -> None:  # runs in the worker thread (direct connection)
            in_worker.append(threading.current_thread() is threading.main_thread())
            if done == 50:
                resume.wait(10)  # the run waits half-way for the UI thread, which must be free to answer

        task.signals.progress.connect(paused, Qt.ConnectionType.DirectConnection)
        seen = []
        task.signals.progress.connect(
            lambda done, total: seen.append((done, total, dialog.progress.value(), task.done.is_set()))
        )
    qtbot.waitUntil(lambda: any(done == 50 for done, *_ in seen), timeout=20000)
    assert not task.done.is_set()  # the UI thread shows the progress while the run goes on
    assert dialog.progress.isVisible() and dialog.progress.value() == 50
    with qtbot.waitSignal(task.signals.finished, timeout=30000) as finished:
        resume.set()
    assert in_worker == [False] * 7  # never on the UI thread
    assert [(done, total, value) for done, total, value, _ in seen] == [
        (n, 300, n) for n in (0, 50, 100, 150, 200, 250, 300)
    ]
    assert finished.args[0].posts == 300
    qtbot.waitUntil(lambda: dialog.overview is not None)
    assert not dialog.progress.isVisible()
    heights = list(dialog.charts["values"].bars[("Honesty", "expressed")].opts["height"])
    assert heights == [31, 29, 31, 30, 31, 30, 31, 31, 30, 26]  # one post a day from January 1st, 2024


def test_closing_stops_the_worker(qtbot, ui_journal):
    many_posts(ui_journal, 600)
    with worker_held():
        dialog = CoherenceDialog(ui_journal)
        qtbot.addWidget(dialog)
        task = dialog.task
        resume = threading.Event()
        task.signals.progress.connect(
            lambda done, total: done == 50 and resume.wait(10), Qt.ConnectionType.DirectConnection
        )
    with qtbot.waitSignal(task.signals.progress, timeout=20000):
        pass
    # The run waits at post 50; it goes on, and the view closes at once: it stops at its next report.
    resume.set()
    started = time.perf_counter()
    dialog.reject()
    assert task.done.is_set()  # nobody reads the journal once the view is closed
    assert time.perf_counter() - started < 2.0
    assert dialog.overview is None


def test_switching_scope_during_a_run(qtbot, ui_journal):
    many_posts(ui_journal, 300)
    ui_journal.create_draft("draft", "A draft about synergy.")
    with worker_held():
        dialog = CoherenceDialog(ui_journal)
        qtbot.addWidget(dialog)
        first = dialog.task
        dialog.scope.setCurrentIndex(1)  # the first run is cancelled before it starts; only the new one counts
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=30000)
    assert dialog.overview.key.scope is Scope.ALL
    assert dialog.overview.posts == 301
    assert first.done.is_set()


def test_month_ticks_fall_on_calendar_boundaries():
    two_years = tuple(date(2024 + (m // 12), m % 12 + 1, 1) for m in range(1, 25))  # Feb 2024 .. Jan 2026
    major, minor = month_ticks(two_years, max_labels=5)
    assert major == [(5.0, "Jul 2024"), (11.0, "Jan 2025"), (17.0, "Jul 2025"), (23.0, "Jan 2026")]
    assert len(minor) == 24
    major, _ = month_ticks(two_years, max_labels=2)
    assert major == [(11.0, "2025"), (23.0, "2026")]
    eight_years = tuple(date(2018 + m // 12, m % 12 + 1, 1) for m in range(96))
    major, minor = month_ticks(eight_years, max_labels=4)
    assert major == [(0.0, "2018"), (24.0, "2020"), (48.0, "2022"), (72.0, "2024")]
    assert minor == []


def test_the_editor_text_is_placed_not_the_saved_one(qtbot, ui_journal):
    ids = add_posts(ui_journal)
    dialog = CoherenceDialog(ui_journal, ids["draft"], current_text="Synergy! Synergy!")  # not saved yet
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=20000)
    positions = {p.metric: p for p in dialog.overview.draft}
    assert positions["jargon_rate"].value == 100.0  # 2 jargon words of 2
    assert positions["exclamation_rate"].value == 1.0
    assert dialog.charts["baseline"].captions["exclamation_rate"] == "◆ 1.00 · percentile 100"
