"""Engine offsets (Python ``str`` indices) against real Qt documents (UTF-16 positions).

``brandjournal/ui/offsets.py`` converts between the two; here it is fuzzed against real ``QTextDocument``
cursors over text holding astral-plane characters (emoji, ZWJ sequences, flags, mathematical letters), RTL
text with bidi overrides, combining marks and controls, and then followed through the whole chain the window
uses: editor text -> analysis -> filter view highlights -> selecting a flag in the editor.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from brandjournal.analysis import analyze
from brandjournal.domain import Profile, Value
from brandjournal.ui.editor import SourceEdit
from brandjournal.ui.filter_view import FlagTextView
from brandjournal.ui.offsets import OffsetMap, document_text
from tests.reliability.chars import EDITOR_PIECES, odd_texts

pytestmark = pytest.mark.gui

PROFILE = Profile(values=(Value("Honest", betrays=("spin",)), Value("Transparence", fits=("coulisses",))))
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
editor_texts = odd_texts(EDITOR_PIECES)


def selected(document: QTextDocument, start: int, end: int) -> str:
    """The text between two Qt positions, as the journal stores it."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return document_text(cursor.selectedText())


def check_mapping(text: str, pairs: list[tuple[int, int]]) -> None:
    document = QTextDocument()
    document.setPlainText(text)
    shown = document_text(document.toRawText())
    mapping = OffsetMap(shown)
    assert mapping.to_qt(len(shown)) == document.characterCount() - 1  # same length in both worlds
    for index in range(len(shown) + 1):
        assert mapping.from_qt(mapping.to_qt(index)) == index
    for a, b in pairs:
        start, end = sorted((a % (len(shown) + 1), b % (len(shown) + 1)))
        assert selected(document, mapping.to_qt(start), mapping.to_qt(end)) == shown[start:end]


@FUZZ
@given(text=editor_texts, pairs=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=8))
def test_offset_map_matches_qt_cursors(qapp, text, pairs):
    check_mapping(text, pairs)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=editor_texts, pairs=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=8))
def test_offset_map_matches_qt_cursors_long(qapp, text, pairs):
    check_mapping(text, pairs)


def test_every_qt_position_inside_an_emoji_maps_to_the_emoji_start(qapp):
    text = "a👨\u200d👩\u200d👧b🇫🇷c"
    mapping = OffsetMap(text)
    qt_length = len(text.encode("utf-16-le")) // 2
    starts = [mapping.from_qt(p) for p in range(qt_length + 1)]
    assert starts == sorted(starts)  # monotonic: a click anywhere lands on a character, never past it
    assert mapping.to_qt(len(text)) == qt_length
    assert starts[2] == 1  # the low surrogate of 👨 belongs to 👨


class Chain:
    """One editor and one filter view, reused across examples (widgets are costly to build)."""

    def __init__(self) -> None:
        self.editor = SourceEdit()
        self.view = FlagTextView()

    def check(self, texts: list[str]) -> None:
        for text in texts:
            self.editor.setPlainText(text)
            body = self.editor.text()  # what the window analyses and saves
            report = analyze(body, PROFILE)
            self.view.show_text(body, report.flags)  # incremental update after the first text
            # the filter view shows U+FEFF as U+2060 (Qt drops U+FEFF on insertion): same place, same look
            assert document_text(self.view.document().toRawText()) == body.replace("\ufeff", "\u2060")
            mapping = OffsetMap(body)
            for flag in report.flags:
                assert body[flag.start : flag.end] == flag.text
                shown_span = selected(self.view.document(), mapping.to_qt(flag.start), mapping.to_qt(flag.end))
                assert shown_span == flag.text.replace("\ufeff", "\u2060")
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(mapping.to_qt(flag.start) + 1)
                assert cursor.charFormat().background().style().name != "NoBrush", flag  # highlighted
                self.editor.select_span(flag.start, flag.end)
                assert document_text(self.editor.textCursor().selectedText()) == flag.text
            # no stale highlight is left from the previous text (the view clears only what it painted)
            assert highlighted(self.view) == flagged_positions(body, report.flags)


def highlighted(view: FlagTextView) -> set[int]:
    """Qt positions of the characters the view shows with a highlight background.

    Paragraph separators are left out: one inserted just before a highlight takes its format (Qt), and no
    background is drawn for it."""
    cursor = QTextCursor(view.document())
    found = set()
    for position in range(view.document().characterCount() - 1):
        if view.document().characterAt(position) == "\u2029":
            continue
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        if cursor.charFormat().background().style().name != "NoBrush":
            found.add(position)
    return found


def flagged_positions(text: str, flags) -> set[int]:
    mapping = OffsetMap(text)
    return {p for f in flags for p in range(mapping.to_qt(f.start), mapping.to_qt(f.end))}


def test_highlights_go_away_with_their_flags_also_after_the_text_moved(qapp):
    """Accepting a word or keeping a finding re-shows the text with fewer flags: nothing stale may remain."""
    view = FlagTextView()
    body = "🇫🇷 We leverage synergies, I think. 👨\u200d👩\u200d👧 We leverage synergies."
    flags = analyze(body, PROFILE).flags
    view.show_text(body, flags)
    assert highlighted(view) == flagged_positions(body, flags) != set()
    view.show_text(body, flags[:1])
    assert highlighted(view) == flagged_positions(body, flags[:1])
    moved = "🎉🎉 " + body
    view.show_text(moved, [])
    assert highlighted(view) == set()


chain_texts = st.lists(
    st.lists(st.sampled_from([*EDITOR_PIECES, "leverage synergies ", "spin ", "I think "]), max_size=25).map("".join),
    min_size=1,
    max_size=3,
)


@FUZZ
@given(texts=chain_texts)
def test_flags_over_rtl_emoji_and_combining_text_are_highlighted_and_selected_exactly(qapp, texts):
    global _CHAIN
    if _CHAIN is None:
        _CHAIN = Chain()
    _CHAIN.check(texts)


_CHAIN: Chain | None = None


def test_a_zero_width_no_break_space_does_not_shift_the_highlights(qapp):
    """Found by the fuzzer above: Qt drops U+FEFF on insertion, so after an edit next to one, every later
    highlight of the filter view was one character off and the view's text no longer matched the draft."""
    chain = Chain()
    chain.check(["abc", "ab\ufeffc We leverage synergies.", "\ufeffab\ufeffc We leverage synergies, I think."])


def test_known_hard_case_flag_after_family_emoji_and_rtl_override(qapp):
    text = "👨\u200d👩\u200d👧\u200d👦 \u202eשלום\u202c 🇫🇷 e\u0301 We leverage synergies, I think."
    Chain().check([text, text.replace("We", "🎉 We"), "spin " + text, text.replace("leverage synergies", "x")])
