"""Single widgets and pieces, without the main window: editor offsets, scheduler, dialogs, diff, i18n."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from brandjournal.domain import Intention, Profile
from brandjournal.storage import open_journal
from brandjournal.ui.analysis_worker import AnalysisRequest, AnalysisScheduler
from brandjournal.ui.editor import EditorPanel, SourceEdit
from brandjournal.ui.history_dialog import word_diff
from brandjournal.ui.key_dialogs import PassphraseDialog, open_interactively
from brandjournal.ui.offsets import OffsetMap
from brandjournal.ui.values_dialog import ValuesDialog, split_words
from tests.ui.conftest import answer_modal

pytestmark = pytest.mark.gui


def test_spans_after_an_emoji_select_the_right_text(qtbot):
    edit = SourceEdit()
    qtbot.addWidget(edit)
    text = "Launch 🚀 day: we leverage it."
    edit.setPlainText(text)
    start = text.index("leverage")
    edit.select_span(start, start + len("leverage"))
    assert edit.textCursor().selectedText() == "leverage"
    mapping = OffsetMap(text)
    assert mapping.from_qt(mapping.to_qt(start)) == start
    assert mapping.to_qt(start) == start + 1


def test_editor_counts_against_the_platform_limits(qtbot):
    panel = EditorPanel()
    qtbot.addWidget(panel)
    panel.setEnabled(True)
    panel.source.setPlainText("a" * 501)
    assert "501 characters" in panel.count_label.text()
    from brandjournal.domain import Platform

    panel.platform_boxes[Platform.MASTODON].setChecked(True)
    panel.platform_boxes[Platform.LINKEDIN].setChecked(True)
    text = panel.count_label.text()
    assert "LinkedIn: 501 / 3000" in text
    assert "Mastodon: 501 / 500" in text
    assert "1 over" in text


def test_scheduler_debounces_and_drops_outdated_results(qtbot):
    # max_wait_ms: long enough that no outdated result is ever due for display in this test
    scheduler = AnalysisScheduler(debounce_ms=50, max_wait_ms=600_000)
    received = []
    scheduler.reportReady.connect(lambda request, report: received.append(request.text))
    for text in ("We leverage", "We leverage synergies", "We leverage synergies today."):
        scheduler.schedule(AnalysisRequest(0, text, Profile(), Intention()))
    qtbot.waitUntil(lambda: bool(received) and not scheduler.busy, timeout=10000)
    assert received == ["We leverage synergies today."]
    # a change while a run is in flight: the running result is dropped, the newest is shown
    received.clear()
    scheduler.schedule(AnalysisRequest(0, "First text.", Profile(), Intention()), immediate=True)
    scheduler.schedule(AnalysisRequest(0, "Second text.", Profile(), Intention()), immediate=True)
    qtbot.waitUntil(lambda: bool(received) and not scheduler.busy, timeout=10000)
    assert received == ["Second text."]


def test_word_diff_marks_only_what_changed():
    left, right = word_diff("I was scared at 2am.", "I was excited at 2am.")
    assert [p for p in left if p[0] == "removed"] == [("removed", "scared")]
    assert [p for p in right if p[0] == "added"] == [("added", "excited")]


def test_values_dialog_adds_edits_reorders_and_removes(qtbot):
    from brandjournal.domain import Value

    dialog = ValuesDialog([Value("Honesty", fits=("honest",))], ["Help juniors"], ["kubernetes"])
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    dialog.name.setText("Simplicité")
    dialog.name.textEdited.emit("Simplicité")
    dialog.betrays.setText("disruptif ; holistique, Disruptif")
    dialog.betrays.textEdited.emit(dialog.betrays.text())
    dialog.up_button.click()
    edits = dialog.edits()
    assert [v.name for v in edits.values] == ["Simplicité", "Honesty"]
    assert edits.values[0].betrays == ("disruptif", "holistique")
    assert edits.intentions == ["Help juniors"]
    assert edits.accepted_words == ["kubernetes"]
    dialog.list.setCurrentRow(1)
    dialog.remove_button.click()
    assert [v.name for v in dialog.edits().values] == ["Simplicité"]
    assert split_words("a, b,, a") == ("a", "b")


def test_new_passphrase_must_be_typed_twice(qtbot):
    dialog = PassphraseDialog("No keychain on this computer.", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.passphrase.setText("long enough phrase")
    assert not ok.isEnabled()
    dialog.confirm.setText("long enough phrase")
    assert ok.isEnabled()
    dialog.passphrase.setText("short")
    dialog.confirm.setText("short")
    assert not ok.isEnabled()


def test_wrong_passphrase_three_times_gives_up_with_a_clear_message(qtbot, tmp_path):
    path = tmp_path / "locked.db"
    open_journal(path, passphrase="the right one").close()
    asked = []

    def wrong(parent, reason, new, error=""):
        asked.append(error)
        return "not it"

    messages = []

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        messages.append(box.text() + " " + box.informativeText())
        box.accept()

    answer_modal(qtbot, read_and_close)
    assert open_interactively(path, None, ask=wrong) is None
    assert len(asked) == 3  # the first prompt (no keychain), then two retries
    assert "try 2 of 3" in asked[1]
    assert "3 times" in messages[0]


def test_right_passphrase_on_second_try_opens(qtbot, tmp_path):
    path = tmp_path / "j.db"
    open_journal(path, passphrase="the right one").close()
    answers = iter(["nope", "the right one"])
    journal = open_interactively(path, None, ask=lambda *a, **k: next(answers))
    assert journal is not None
    journal.close()


def test_a_locked_journal_is_a_clear_dialog(qtbot, tmp_path):
    path = tmp_path / "j.db"
    first = open_journal(path, passphrase="pw")
    messages = []

    def read_and_close(box):
        messages.append(box.text())
        box.accept()

    answer_modal(qtbot, read_and_close)
    try:
        assert open_interactively(path, None, ask=lambda *a, **k: "pw") is None
    finally:
        first.close()
    assert messages == ["This journal is already open in another BrandJournal window or command."]


def test_a_new_journal_without_keychain_asks_to_choose_a_passphrase(qtbot, tmp_path):
    asked = []

    def choose(parent, reason, new, error=""):
        asked.append((reason, new))
        return "a new long passphrase"

    journal = open_interactively(tmp_path / "new.db", None, ask=choose)
    assert journal is not None
    journal.close()
    [(reason, new)] = asked
    assert new is True
    assert reason  # storage says why (no usable keychain here)
    again = open_journal(tmp_path / "new.db", passphrase="a new long passphrase")
    again.close()


def test_error_log_has_the_stack_but_not_the_message():
    from brandjournal.ui.errors import describe_without_text

    try:
        raise ValueError("secret draft text: I was wrong about Sarah")
    except ValueError as exc:
        described = describe_without_text(type(exc), exc.__traceback__)
    assert "ValueError" in described
    assert "test_error_log_has_the_stack_but_not_the_message" in described
    assert "Sarah" not in described


def test_many_pyside_calls_do_not_exhaust_none_and_true():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None/True on every void call or emit (see
    brandjournal.ui.pyside_fixes); a long session must not abort the interpreter."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Pinger(QObject):
        ping = Signal()

    pinger = Pinger()
    for _ in range(50_000):  # more than None's whole reference count in a fresh 3.11 process
        pinger.setObjectName("x")
        pinger.ping.emit()
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0  # without the fix: "Fatal Python error"


def test_filter_text_is_updated_in_place_and_stays_exact(qtbot):
    from brandjournal.domain import Flag, FlagKind, Severity
    from brandjournal.ui.colors import kind_colors
    from brandjournal.ui.filter_view import FlagTextView
    from brandjournal.ui.offsets import document_text

    view = FlagTextView()
    qtbot.addWidget(view)
    texts = [
        "We leverage it.",
        "We 🚀 leverage it.",
        "We 🚀 leverage it, then more.\n\nNew paragraph.",
        "Start. We 🚀 leverage it, then more.\n\nNew paragraph.",
        "Start. We leverage",
        "",
        "Again we leverage.",
    ]
    for text in texts:
        start = text.find("leverage")
        flags = [Flag(FlagKind.JARGON, start, start + 8, "leverage", Severity.WARNING, "j", "m")] if start >= 0 else []
        view.show_text(text, flags)
        assert document_text(view.document().toRawText()) == text
        painted = kind_colors(FlagKind.JARGON, view.palette()).background.name()
        mapping = OffsetMap(text)
        for flag in flags:
            cursor = view.textCursor()
            cursor.setPosition(mapping.to_qt(flag.start) + 1)
            assert cursor.charFormat().background().color().name() == painted
        if start > 1:  # the text before the flag is not painted (no highlight left over from before)
            cursor = view.textCursor()
            cursor.setPosition(1)
            assert cursor.charFormat().background().color().name() != painted


def test_typing_without_a_pause_still_refreshes_the_filter(qtbot):
    scheduler = AnalysisScheduler(debounce_ms=300, max_wait_ms=200)
    shown = []
    scheduler.reportReady.connect(lambda request, report: shown.append(request.text))
    text = "We leverage"
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:  # a keystroke every 20 ms: the debounce never fires
        text += "x"
        scheduler.schedule(AnalysisRequest(0, text, Profile(), Intention()))
        qtbot.wait(20)
    assert len(shown) >= 2  # refreshed while typing, each result with the text it was computed on
    assert all(t.startswith("We leverage") for t in shown)
