"""The real main window on a real encrypted journal: type, see the flags, click them, dismiss, save, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from brandjournal.domain import FlagKind, Intention, IntentionKind, RevisionKind
from brandjournal.storage import open_journal
from brandjournal.ui.reason_dialog import ReasonDialog
from brandjournal.ui.values_dialog import ValuesDialog
from tests.ui.conftest import PASSPHRASE, answer_modal, wait_report

pytestmark = pytest.mark.gui

BUZZ = "We will leverage our network to ship the fix."


def jargon_flag(report, word):
    return next(f for f in report.flags if f.kind is FlagKind.JARGON and f.text == word)


def type_into_new_draft(qtbot, window, text):
    window.new_draft()
    window.editor.source.setFocus()
    qtbot.keyClicks(window.editor.source, text)
    assert window.editor.body() == text


def test_typed_buzzword_is_flagged_with_its_span_and_clicking_it_selects_it(qtbot, make_window):
    window = make_window()
    type_into_new_draft(qtbot, window, BUZZ)
    report = wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    flag = jargon_flag(report, "leverage")
    assert (flag.start, flag.end) == (BUZZ.index("leverage"), BUZZ.index("leverage") + len("leverage"))

    # the filter panel paints the exact span with the jargon colour
    view = window.filter.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(flag.start + 1)
    painted = cursor.charFormat().background().color().name()
    from brandjournal.ui.colors import kind_colors

    assert painted == kind_colors(FlagKind.JARGON, view.palette()).background.name()
    cursor.setPosition(flag.start)  # the character before the span is not painted
    assert cursor.charFormat().background().color().name() != painted

    # clicking the finding in the list selects the word in the editor
    model = window.filter.warnings_model
    row = model.all_flags().index(flag)
    rect = window.filter.warnings_view.visualRect(model.index(row))
    qtbot.mouseClick(window.filter.warnings_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.source.textCursor().selectedText() == "leverage"

    # clicking the highlight itself does the same
    window.editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.span_rect_center(flag))
    assert window.editor.source.textCursor().selectedText() == "leverage"


def test_hovering_a_highlight_explains_it(qtbot, make_window):
    window = make_window()
    type_into_new_draft(qtbot, window, BUZZ)
    report = wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    flag = jargon_flag(report, "leverage")
    view = window.filter.text_view
    point = view.span_rect_center(flag)
    assert flag in view.flags_at(view.offset_at(point))
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "leverage" in QToolTip.text()
    assert "jargon" in QToolTip.text()


def test_dismissed_occurrence_stays_dismissed_after_an_unrelated_edit(qtbot, make_window, ui_journal):
    window = make_window()
    text = "Our plan is simple. We leverage the old servers."
    type_into_new_draft(qtbot, window, text)
    report = wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    flag = jargon_flag(report, "leverage")
    window.filter.select_flag(flag)
    assert window.filter.dismiss_button.isEnabled()

    def give_reason(dialog):
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("quoting the client's brief")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(qtbot, give_reason)
    qtbot.mouseClick(window.filter.dismiss_button, Qt.MouseButton.LeftButton)
    wait_report(qtbot, window, lambda r: all(f.text != "leverage" for f in r.flags))
    [ack] = ui_journal.acknowledgements(window.draft.id)
    assert ack.reason == "quoting the client's brief"
    assert ack.evidence == "leverage"

    # an unrelated edit elsewhere (a new sentence at the top) does not bring it back
    window.editor.source.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(window.editor.source, "Hello all. ")
    report = wait_report(qtbot, window, lambda r: r is not report)
    assert window.editor.body().startswith("Hello all. ")
    assert all(f.rule != flag.rule for f in report.flags)


def test_accepting_a_word_stops_flagging_it(qtbot, make_window, ui_journal):
    window = make_window()
    type_into_new_draft(qtbot, window, BUZZ)
    report = wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    window.filter.select_flag(jargon_flag(report, "leverage"))
    qtbot.mouseClick(window.filter.accept_button, Qt.MouseButton.LeftButton)
    wait_report(qtbot, window, lambda r: all(f.text != "leverage" for f in r.flags))
    assert "leverage" in ui_journal.get_setting("accepted_words")


def test_every_edit_is_saved_after_idle_and_found_after_reopening(qtbot, make_window, ui_journal, journal_path):
    window = make_window()
    window.new_draft()
    qtbot.keyClicks(window.editor.title_edit, "Lundi")
    with qtbot.waitSignal(window.saved, timeout=3000):
        qtbot.keyClicks(window.editor.source, "J'ai appris ")
        window.editor.source.insertPlainText("à")  # QTest types ASCII only; the rest goes in as a paste would
        qtbot.keyClicks(window.editor.source, " tester la restauration.")
    draft_id = window.draft.id
    assert ui_journal.get_draft(draft_id).body == "J'ai appris à tester la restauration."
    # typed just before closing: saved by closeEvent, no timer needed
    qtbot.keyClicks(window.editor.source, " Fin.")
    window.close()
    ui_journal.close()
    reopened = open_journal(journal_path, passphrase=PASSPHRASE)
    try:
        draft = reopened.get_draft(draft_id)
        assert draft.body == "J'ai appris à tester la restauration. Fin."
        assert draft.title == "Lundi"
    finally:
        reopened.close()
        # the fixture closes the journal again: reopen so its teardown has something to close
    open_journal(journal_path, passphrase=PASSPHRASE).close()


def test_french_no_break_spaces_are_kept(qtbot, make_window, ui_journal):
    text = "Pourquoi\u00a0? Parce que\u00a0!"
    draft = ui_journal.create_draft("nbsp", text)
    window = make_window()
    window.journal_panel.model.reload()
    window.open_draft(draft.id)
    window.editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.source, " Oui")
    window.save_now()
    assert ui_journal.get_draft(draft.id).body.startswith("Pourquoi\u00a0? Parce que\u00a0!")


def test_editing_values_changes_the_flags(qtbot, make_window):
    window = make_window()
    type_into_new_draft(qtbot, window, "I kept the fix plain and boring.")
    report = wait_report(qtbot, window)
    assert not [f for f in report.flags if f.kind is FlagKind.VALUE_EXPRESSED]

    def add_value(dialog):
        assert isinstance(dialog, ValuesDialog)
        dialog.add_button.click()
        dialog.name.setText("Simplicity")
        dialog.name.textEdited.emit("Simplicity")
        dialog.fits.setText("plain, boring")
        dialog.fits.textEdited.emit("plain, boring")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(qtbot, add_value)
    window.values_action.trigger()
    report = wait_report(qtbot, window, lambda r: any(f.kind is FlagKind.VALUE_EXPRESSED for f in r.flags))
    expressed = {f.text for f in report.flags if f.kind is FlagKind.VALUE_EXPRESSED}
    assert "plain" in expressed
    assert [v.name for v in window.journal.values()] == ["Simplicity"]
    assert window.filter.meters_layout.count() == 1


def test_search_finds_a_french_word_typed_without_accents(qtbot, make_window, ui_journal):
    ui_journal.create_draft("Une leçon", "Ce que l'échec m'a appris sur l'équipe.")
    ui_journal.create_draft("Other", "Nothing to see here.")
    window = make_window()
    assert window.journal_panel.model.rowCount() == 2
    window.find_action.trigger()
    assert window.journal_panel.search.hasFocus()
    qtbot.keyClicks(window.journal_panel.search, "echec")
    qtbot.waitUntil(lambda: window.journal_panel.model.rowCount() == 1)
    index = window.journal_panel.model.index(0, 0)
    assert index.data() == "Une leçon"
    assert "[échec]" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_ctrl_s_keeps_a_version_and_history_restores_keep_the_current_text(qtbot, make_window, ui_journal):
    draft = ui_journal.create_draft("Story", "My first words.")
    window = make_window()
    window.journal_panel.select_draft(draft.id)
    assert window.draft.id == draft.id
    window.editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.source, " And more.")
    window.editor.source.setFocus()

    def name_the_version() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "versionNameDialog"
        dialog.setTextValue("  before the   client review ")
        dialog.accept()

    QTimer.singleShot(0, name_the_version)
    qtbot.keyClick(window.editor.source, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    kinds = [r.kind for r in ui_journal.revisions(draft.id)]
    assert kinds[-1] is RevisionKind.MANUAL
    assert ui_journal.revisions(draft.id)[-1].body == "My first words. And more."
    assert ui_journal.revisions(draft.id)[-1].label == "before the client review"
    count = len(ui_journal.revisions(draft.id))
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # Escape: no version is made
    window.save_version()
    assert len(ui_journal.revisions(draft.id)) == count

    from brandjournal.ui.history_dialog import HistoryDialog, word_diff

    first = ui_journal.first_revision(draft.id)
    dialog = HistoryDialog(ui_journal, draft.id, window.editor.body())
    qtbot.addWidget(dialog)
    left, right = word_diff(first.body, window.editor.body())
    assert ("added", " And more") in [(t, s) for t, s in right] or any(t == "added" for t, _ in right)
    assert all(t != "removed" for t, _ in left)
    dialog.restore(first.id)
    restored = dialog.restored
    assert restored.body == first.body
    assert ui_journal.revisions(draft.id)[-2].body == "My first words. And more."


def test_intention_and_platforms_are_saved_and_counted(qtbot, make_window, ui_journal):
    window = make_window()
    window.new_draft()
    from brandjournal.domain import Platform

    window.editor.platform_boxes[Platform.X].setChecked(True)
    window.editor.intention_kind.setCurrentIndex(window.editor.intention_kind.findData("ask"))
    qtbot.keyClicks(window.editor.source, "x" * 290)
    assert "290 / 280" in window.editor.count_label.text()
    window.save_now()
    draft = ui_journal.get_draft(window.draft.id)
    assert "x" in draft.platforms
    assert draft.intention == Intention("", IntentionKind.ASK)


def test_huge_draft_is_analysed_in_part_with_a_notice(qtbot, make_window, ui_journal):
    body = ("We shipped it. " * 1400).strip()  # 21,000 characters
    draft = ui_journal.create_draft("Huge", body)
    window = make_window()
    assert window.draft.id == draft.id
    window.live_limit = 5_000  # the real limit is 100,000; the mechanism is the same
    window.request_analysis(immediate=True)
    report = wait_report(qtbot, window, lambda r: bool(r.notices), timeout=20000)
    assert report.notices
    assert "5000" in report.notices[0].replace(",", "").replace("\u202f", "")
    assert window.filter.notices.isVisibleTo(window)


def test_last_draft_and_splitters_are_restored(qtbot, make_window, ui_journal):
    a = ui_journal.create_draft("A", "Text A.")
    ui_journal.create_draft("B", "Text B.")
    window = make_window()
    window.journal_panel.select_draft(a.id)
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: window.width() == 1200)
    window.splitter.setSizes([250, 450, 500])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.draft.id == a.id
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_markdown_preview_toggle_renders_the_post(qtbot, make_window, ui_journal):
    draft = ui_journal.create_draft("Preview", "# Title\n\nSome **bold** words.")
    window = make_window()
    window.open_draft(draft.id)
    window.preview_action.trigger()
    assert window.filter.stack.currentWidget() is window.filter.preview
    html = window.filter.preview.toHtml()
    assert "Title" in html
    assert "font-weight" in html or "<b>" in html
    window.preview_action.trigger()
    assert window.filter.stack.currentWidget() is window.filter.text_view


def test_switching_language_rebuilds_the_window_live(qtbot, ui_journal):
    from brandjournal.ui import i18n
    from brandjournal.ui.application import WindowController

    i18n.build()
    ui_journal.create_draft("A", "Text.")
    controller = WindowController(ui_journal, "en", None)
    qtbot.addWidget(controller.window)
    controller.window.show()
    first = controller.window
    try:
        controller.change_language("fr")
        qtbot.addWidget(controller.window)
        assert controller.window is not first
        assert controller.window.menuBar().actions()[0].text() == "&Fichier"
        assert controller.window.draft.title == "A"
    finally:
        i18n.install_translators("en")
        controller.window.close()


def test_editor_and_filter_scroll_together(qtbot, make_window, ui_journal):
    body = "\n\n".join(f"Paragraph {n}: we shipped the fix and wrote down what we learnt." for n in range(120))
    draft = ui_journal.create_draft("Long", body)
    window = make_window()
    window.open_draft(draft.id)
    wait_report(qtbot, window)
    editor_bar = window.editor.source.verticalScrollBar()
    filter_bar = window.filter.text_view.verticalScrollBar()
    assert editor_bar.maximum() > 0 and filter_bar.maximum() > 0
    editor_bar.setValue(editor_bar.maximum())
    assert filter_bar.value() == filter_bar.maximum()
    filter_bar.setValue(0)
    assert editor_bar.value() == 0


def test_status_is_chosen_in_the_editor_and_shown_in_the_list(qtbot, make_window, ui_journal):
    from brandjournal.domain import DraftStatus
    from brandjournal.ui.draft_list_model import DraftListModel

    draft = ui_journal.create_draft("Idea", "Maybe a post about backups.")
    window = make_window()
    window.open_draft(draft.id)
    combo = window.editor.status_combo
    combo.setCurrentIndex(combo.findData("review"))
    combo.activated.emit(combo.currentIndex())
    assert ui_journal.get_draft(draft.id).status is DraftStatus.REVIEW
    row = window.journal_panel.model.row_of(draft.id)
    assert window.journal_panel.model.index(row, DraftListModel.STATUS).data() == "In review"
    approved = combo.model().item(combo.findData("approved"))
    assert not approved.isEnabled()  # set by the approval workflow only


def test_deleting_a_draft_asks_first_then_opens_the_next_one(qtbot, make_window, ui_journal):
    keep = ui_journal.create_draft("Keep", "Stay.")
    gone = ui_journal.create_draft("Gone", "Bye.")
    window = make_window()
    window.open_draft(gone.id)

    def cancel(box):
        box.reject()

    answer_modal(qtbot, cancel)
    window.delete_action.trigger()
    assert ui_journal.count_drafts() == 2

    def yes(box):
        from PySide6.QtWidgets import QMessageBox

        box.button(QMessageBox.StandardButton.Yes).click()

    answer_modal(qtbot, yes)
    window.delete_action.trigger()
    assert ui_journal.count_drafts() == 1
    assert window.draft.id == keep.id
    assert window.journal_panel.model.rowCount() == 1


def test_a_kept_finding_can_be_shown_again(qtbot, make_window, ui_journal):
    window = make_window()
    type_into_new_draft(qtbot, window, BUZZ)
    report = wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    flag = jargon_flag(report, "leverage")

    def give_reason(dialog):
        dialog.reason.setText("their word")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(qtbot, give_reason)
    window.dismiss_flag(flag)
    wait_report(qtbot, window, lambda r: all(f.text != "leverage" for f in r.flags))
    assert window.filter.kept_button.text() == "Kept on purpose (1)"
    menu = window.filter.kept_button.menu()
    menu.aboutToShow.emit()
    [show_again] = menu.actions()
    assert "leverage" in show_again.text() and "their word" in show_again.text()
    show_again.trigger()
    wait_report(qtbot, window, lambda r: any(f.text == "leverage" for f in r.flags))
    assert ui_journal.acknowledgements(window.draft.id) == []
    assert window.filter.kept_button.text() == "Kept on purpose (0)"


def test_f8_walks_through_the_findings_in_text_order(qtbot, make_window):
    window = make_window()
    text = "We leverage the old servers. It is a game-changer."
    type_into_new_draft(qtbot, window, text)
    report = wait_report(qtbot, window, lambda r: {"leverage", "game-changer"} <= {f.text for f in r.flags})
    ordered = sorted(report.flags, key=lambda f: (f.start, f.end))
    window.editor.source.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(window.editor.source, Qt.Key.Key_F8)
    assert window.editor.source.textCursor().selectedText() == ordered[0].text
    qtbot.keyClick(window.editor.source, Qt.Key.Key_F8)
    assert window.editor.source.textCursor().selectedText() == ordered[1].text
    qtbot.keyClick(window.editor.source, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.source.textCursor().selectedText() == ordered[0].text


def test_undo_and_redo_in_the_editor(qtbot, make_window):
    window = make_window()
    type_into_new_draft(qtbot, window, "Hello")
    source = window.editor.source
    qtbot.keyClick(source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.body() == ""
    qtbot.keyClick(source, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.editor.body() == "Hello"
    assert window.undo_action.isEnabled()
