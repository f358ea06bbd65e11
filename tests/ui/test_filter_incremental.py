"""The filter view and the findings list update in place while typing: what they show must be exactly what a
fresh view shows for the same text and findings."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtGui import QTextCursor

from brandjournal.domain import Flag, FlagKind, Severity
from brandjournal.ui.filter_view import FlagTextView
from brandjournal.ui.offsets import OffsetMap
from brandjournal.ui.warnings_model import WarningsModel

WORDS = ["we", "leverage", "synergies", "é", "🇫🇷", "👨\u200d👩\u200d👧", "honest", "\n", "\n\n", "- item", "**bold**"]


def _look(view: FlagTextView) -> list[tuple]:
    """Per Qt position: background, foreground, underline colour and style (what the person sees)."""
    document = view.document()
    cursor = QTextCursor(document)
    look = []
    for position in range(document.characterCount() - 1):
        if document.characterAt(position) == "\u2029":
            continue  # a paragraph separator shows no background (see tests/reliability/test_qt_offsets.py)
        cursor.setPosition(position + 1)
        fmt = cursor.charFormat()
        look.append(
            (
                position,
                fmt.background().style().name,
                fmt.background().color().name() if fmt.background().style().name != "NoBrush" else "",
                fmt.foreground().color().name() if fmt.foreground().style().name != "NoBrush" else "",
                fmt.underlineStyle().name,
                fmt.underlineColor().name() if fmt.underlineStyle().name != "NoUnderline" else "",
            )
        )
    return look


def _random_flags(rng: random.Random, text: str) -> list[Flag]:
    mapping = OffsetMap(text)
    starts = sorted({mapping.from_qt(mapping.to_qt(p)) for p in range(len(text))})  # code point starts
    flags = []
    for _ in range(rng.randint(0, 12)):
        if len(starts) < 2:
            break
        a, b = sorted(rng.sample([*starts, len(text)], 2))
        if a == b:
            continue
        kind = rng.choice(list(FlagKind))
        severity = rng.choice([Severity.WARNING, Severity.INFO])
        flags.append(Flag(kind, a, b, text[a:b], severity, f"rule.{kind}", "message"))
    return flags


def _edit(rng: random.Random, text: str) -> str:
    position = rng.randint(0, len(text))
    while 0 < position < len(text) and "\udc00" <= text[position] <= "\udfff":
        position += 1
    action = rng.random()
    if action < 0.5:  # type at the end, as in the typing benchmark
        return text + rng.choice(WORDS) + " "
    if action < 0.8:
        return text[:position] + rng.choice(WORDS) + text[position:]
    end = min(len(text), position + rng.randint(1, 12))
    return text[:position] + text[end:]


@pytest.mark.gui
@pytest.mark.parametrize("seed", range(6))
def test_incremental_highlights_look_exactly_like_a_fresh_view(qapp, seed):
    rng = random.Random(seed)
    view = FlagTextView()
    text = " ".join(rng.choice(WORDS) for _ in range(30))
    flags = _random_flags(rng, text)
    for step in range(40):
        if step % 3:
            text = _edit(rng, text)
        kept = [f for f in flags if f.end <= len(text) and text[f.start : f.end] == f.text and rng.random() < 0.8]
        flags = kept + _random_flags(rng, text)[: rng.randint(0, 3)]
        rng.shuffle(flags)
        view.show_text(text, flags)
        fresh = FlagTextView()
        fresh.show_text(text, flags)
        assert view.toPlainText() == fresh.toPlainText()
        assert _look(view) == _look(fresh), (seed, step)
    view.show_text(text, [])
    assert all(style == "NoBrush" for _p, style, *_rest in _look(view))


def _flag(start: int, kind: FlagKind = FlagKind.JARGON) -> Flag:
    return Flag(kind, start, start + 4, "word", Severity.WARNING, "jargon.x", f"message {start}")


def test_the_findings_list_changes_only_the_rows_that_changed(qapp):
    model = WarningsModel()
    events: list[tuple] = []
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("insert", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(("remove", first, last)))
    model.dataChanged.connect(lambda top, bottom, _roles: events.append(("change", top.row(), bottom.row())))
    flags = [_flag(n * 10) for n in range(5)]
    model.set_flags(flags)
    assert events == [("insert", 0, 4)]
    events.clear()
    model.set_flags(list(reversed(flags)))  # same findings: nothing to do
    assert events == []
    model.set_flags([*flags, _flag(60), _flag(70)])  # typing at the end found two more
    assert events == [("insert", 5, 6)]
    events.clear()
    model.set_flags([flags[0], _flag(11), _flag(21), flags[4], _flag(60), _flag(70)])  # 3 rows became 2
    assert events == [("change", 1, 2), ("remove", 3, 3)]
    assert [f.start for f in model.all_flags()] == [0, 11, 21, 40, 60, 70]
    shown = [model.index(row).data() for row in (1, 2)]
    assert shown == ["Corporate jargon — message 11", "Corporate jargon — message 21"]
    events.clear()
    model.set_flags([])
    assert events == [("remove", 0, 5)] and model.rowCount() == 0


@pytest.mark.gui
def test_while_typing_the_next_run_waits_for_the_report_to_be_painted(qtbot):
    from brandjournal.domain import Intention, Profile
    from brandjournal.ui.analysis_worker import AnalysisRequest, AnalysisScheduler

    # every change is due at once; a long gap, so that the wait is visible on a busy machine
    scheduler = AnalysisScheduler(debounce_ms=10_000, max_wait_ms=0, paint_gap_ms=1500)
    shown: list[tuple[str, float]] = []
    scheduler.reportReady.connect(lambda request, _report: shown.append((request.text, time.monotonic())))
    scheduler.schedule(AnalysisRequest(0, "We leverage", Profile(), Intention()), immediate=True)
    scheduler.schedule(AnalysisRequest(0, "We leverage synergies", Profile(), Intention()))  # pending
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    qtbot.wait(300)  # the window paints the report; the pending run has not started
    assert scheduler.busy and scheduler._pool.activeThreadCount() == 0 and len(shown) == 1
    qtbot.waitUntil(lambda: len(shown) == 2 and not scheduler.busy, timeout=15000)
    assert [text for text, _ in shown] == ["We leverage", "We leverage synergies"]
    assert shown[1][1] - shown[0][1] >= 1.4


@pytest.mark.gui
def test_the_score_shown_is_stored_shortly_after_or_when_leaving_the_draft(qtbot, make_window, ui_journal):
    from tests.ui.conftest import wait_report

    first = ui_journal.create_draft("First", "We leverage synergies to unlock world-class value.")
    second = ui_journal.create_draft("Second", "I was wrong about the migration.")
    window = make_window()
    window.journal_panel.select_draft(first.id)
    report = wait_report(qtbot, window, lambda r: window.draft.id == first.id)
    window.journal_panel.select_draft(second.id)  # leaving the draft writes its score at once
    window.storage.wait()
    assert ui_journal.get_draft(first.id).score == report.score
    report = wait_report(qtbot, window, lambda r: window.draft.id == second.id)
    qtbot.waitUntil(lambda: ui_journal.get_draft(second.id).score == report.score, timeout=5000)  # a bit later
    row = window.journal_panel.model.row_of(second.id)
    qtbot.waitUntil(lambda: window.journal_panel.model.index(row, 4).data() == str(report.score), timeout=5000)
