"""The real window under stress (offscreen): a 1 MB paste, a 10,000-line draft, odd characters in the editor.

These are tests of non-blocking behaviour, not benchmarks: the thresholds are loose (250 ms on a busy 2-core
machine); ``benchmarks/bench_bad_input.py`` reports the actual figures.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from brandjournal.storage import open_journal
from tests.reliability.stall import StallMeter, huge_text
from tests.ui.conftest import PASSPHRASE, wait_report

pytestmark = pytest.mark.gui

MAX_GAP_MS = 250


def body_after_reopening(window, ui_journal, journal_path, draft_id: int) -> str:
    """Close the window (it saves) and the journal, reopen the encrypted file, read the draft back."""
    window.close()
    ui_journal.close()
    journal = open_journal(journal_path, passphrase=PASSPHRASE)
    try:
        return journal.get_draft(draft_id).body
    finally:
        journal.close()
        open_journal(journal_path, passphrase=PASSPHRASE).close()  # as tests/ui does before the fixture's close


def paste_1_mb(qtbot, window) -> tuple[str, StallMeter]:
    """New draft, engine warm (first report shown), then a 1 MB paste; the meter runs from the paste on."""
    window.new_draft()
    wait_report(qtbot, window, timeout=60_000)
    text = huge_text(1_000_000)
    QApplication.clipboard().setText(text)
    window.editor.source.setFocus()
    window.editor.source.paste()  # one Qt operation, like Ctrl+V
    assert window.editor.body() == text
    meter = StallMeter()
    meter.start()
    return text, meter


def test_a_1_mb_paste_is_analysed_off_the_ui_thread_in_part_with_a_notice_and_saved_whole(
    qtbot, make_window, ui_journal, journal_path
):
    window = make_window()
    text, meter = paste_1_mb(qtbot, window)
    draft_id = window.draft.id
    # the event loop keeps turning while the analysis runs: stop at the report, before it is painted
    window.analysis.reportReady.connect(lambda *_: meter.stop(final_tick=False))
    report = wait_report(qtbot, window, lambda r: bool(r.notices), timeout=120_000)
    assert meter.ticks > 10
    assert meter.max_gap_ms < MAX_GAP_MS, f"the UI thread stalled {meter.max_gap_ms:.0f} ms during the analysis"
    # the analysis covered the first part only, and the window says so where the findings are
    assert "100000" in report.notices[0].replace(",", "").replace("\u202f", "").replace("\u00a0", "")
    assert window.filter.notices.isVisibleTo(window)
    assert all(flag.end <= window.live_limit for flag in report.flags)
    with qtbot.waitSignal(window.saved, timeout=30_000):  # the autosave after the paste
        pass
    assert ui_journal.get_draft(draft_id).body == text  # autosaved whole, not only the analysed part
    # typed just before closing: closing saves it
    window.editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.source, " Fin.")
    assert body_after_reopening(window, ui_journal, journal_path, draft_id) == text + " Fin."


@pytest.mark.xfail(
    strict=False,  # a timing on a shared machine: passes since the view shows only the analysed part
    reason="on a loaded 2-core machine the UI thread can still stall past the bound while Qt lays out the first "
    "100,000 characters (it stalled 0.5-1.5 s when the view laid out all of the 1 MB draft)",
)
def test_showing_the_report_of_a_1_mb_paste_keeps_the_window_responsive(qtbot, make_window):
    window = make_window()
    _, meter = paste_1_mb(qtbot, window)
    wait_report(qtbot, window, lambda r: bool(r.notices), timeout=120_000)
    qtbot.wait(1500)  # painting and scrolling the filter view to where the editor is
    gap = meter.stop()
    assert gap < MAX_GAP_MS, f"the UI thread stalled {gap:.0f} ms while a 1 MB draft was analysed and shown"


def test_a_10000_line_draft_opens_scrolls_and_keeps_editor_and_filter_together(qtbot, make_window, ui_journal):
    lines = [f"{n}. Une ligne 🎉 e\u0301 \u202eשלום\u202c — we leverage synergies." for n in range(10_000)]
    body = "\n".join(lines)
    draft = ui_journal.create_draft("Long", body)
    window = make_window()
    assert window.draft.id == draft.id
    assert window.editor.body() == body
    report = wait_report(qtbot, window, timeout=120_000)
    assert len([f for f in report.flags if f.text == "leverage synergies"]) > 1000
    qtbot.wait(300)  # the report is painted and its score written: what follows is scrolling only
    editor_bar = window.editor.source.verticalScrollBar()
    filter_bar = window.filter.text_view.verticalScrollBar()
    gaps = []
    for _sweep in range(3):  # a layout that blocks does so on every sweep; a busy machine's hiccup does not
        meter = StallMeter()
        meter.start()
        for step in (*range(0, 11), *range(10, -1, -1)):
            editor_bar.setValue(editor_bar.maximum() * step // 10)
            qtbot.wait(20)
            if step == 10:
                assert editor_bar.value() == editor_bar.maximum()
                assert filter_bar.value() == filter_bar.maximum()  # the filter view follows to the end
        gaps.append(meter.stop())
    assert min(gaps) < MAX_GAP_MS, f"scrolling a 10,000-line draft stalled the UI thread {gaps} ms"
    last = report.flags[-1]
    window.select_flag(last)
    assert window.editor.source.textCursor().selectedText() == last.text


@pytest.mark.parametrize(
    "pasted",
    [
        "a\x00b we leverage synergies \x00",
        "\u202eשלום\u202c 🏳️\u200d🌈 👍🏽 we leverage synergies e\u0301\u0301\u0301",
        "\ufeffdébut\ufeff et \u2028 fin \x0c\x1f\x7f synergies",
    ],
    ids=["nul", "rtl-emoji-combining", "bom-separators-controls"],
)
def test_odd_characters_pasted_in_the_editor_are_analysed_and_saved(
    qtbot, make_window, ui_journal, journal_path, pasted
):
    window = make_window()
    window.new_draft()
    QApplication.clipboard().setText(pasted)
    window.editor.source.setFocus()
    with qtbot.waitSignal(window.saved, timeout=10_000):
        window.editor.source.paste()
    body = window.editor.body()
    report = wait_report(qtbot, window)
    for flag in report.flags:
        assert body[flag.start : flag.end] == flag.text
    assert ui_journal.get_draft(window.draft.id).body == body
    assert body_after_reopening(window, ui_journal, journal_path, window.draft.id) == body
    assert body.replace("\ufeff", "") == pasted.replace("\ufeff", "").replace("\u2028", "\n")
