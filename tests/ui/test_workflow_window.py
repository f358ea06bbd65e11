"""Approve and export from the main window: the gate dialog, the reasons kept, the actions' states."""

from __future__ import annotations

import pytest

from brandjournal.domain import DraftStatus
from brandjournal.ui.approve_dialog import ApproveDialog
from tests.ui.conftest import answer_modal, wait_report

pytestmark = pytest.mark.gui

BUZZ = "This quarter we unlocked synergies across the org."


def test_approve_from_the_toolbar_asks_for_reasons_then_export_is_possible(qtbot, ui_journal, make_window):
    draft = ui_journal.create_draft("Q3", BUZZ, platforms=["linkedin"])
    window = make_window()
    window.journal_panel.select_draft(draft.id)
    wait_report(qtbot, window)
    assert window.approve_action.isEnabled()
    assert not window.export_action.isEnabled()

    seen: list[int] = []

    def keep_all(dialog) -> None:
        assert isinstance(dialog, ApproveDialog)
        seen.append(dialog.table.rowCount())
        for edit in dialog.reason_edits:
            edit.setText("the client's own word")
        dialog.approve_button.click()

    answer_modal(qtbot, keep_all)
    window.approve_action.trigger()
    assert seen and seen[0] >= 1
    assert ui_journal.get_draft(draft.id).status is DraftStatus.APPROVED
    assert {a.reason for a in ui_journal.acknowledgements(draft.id)} == {"the client's own word"}
    assert window.export_action.isEnabled()
    assert not window.approve_action.isEnabled()

    # editing the approved text sends it back to draft, and the gate is open again
    window.editor.source.setPlainText(BUZZ + " And we learned a lot.")
    window.save_now()
    assert ui_journal.get_draft(draft.id).status is DraftStatus.DRAFT
    assert window.approve_action.isEnabled()
    assert not window.export_action.isEnabled()


def test_fix_in_the_editor_selects_the_warning(qtbot, ui_journal, make_window):
    draft = ui_journal.create_draft("Q3", BUZZ)
    window = make_window()
    window.journal_panel.select_draft(draft.id)
    wait_report(qtbot, window)
    chosen = []

    def fix_first(dialog) -> None:
        dialog.table.selectRow(0)
        chosen.append(dialog.warnings[0])
        dialog.fix_button.click()

    answer_modal(qtbot, fix_first)
    window.approve_action.trigger()
    assert ui_journal.get_draft(draft.id).status is DraftStatus.DRAFT
    assert window.editor.source.textCursor().selectedText() == chosen[0].text


def test_status_menu_offers_only_the_moves_the_workflow_allows(qtbot, ui_journal, make_window):
    draft = ui_journal.create_draft("Idea", "Plain words about the rota.", status=DraftStatus.IDEA)
    window = make_window()
    window.journal_panel.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.draft is not None and window.draft.id == draft.id)
    menu = window.status_menu()
    moves = [a.text() for a in menu.actions() if a.text().startswith("Move to")]
    assert moves == ["Move to “Draft”", "Move to “Archived”"]
    next(a for a in menu.actions() if a.text() == "Move to “Archived”").trigger()
    assert ui_journal.get_draft(draft.id).status is DraftStatus.ARCHIVED
    assert window.journal_panel.model.index(0, 1).data() == "Archived"


def test_export_all_approved_posts_at_once(qtbot, ui_journal, tmp_path):
    from brandjournal.publishing import approve
    from brandjournal.ui.publish_actions import export_all_approved

    for title in ("Rota", "Rota"):  # same title twice: the second file gets "-2"
        draft = ui_journal.create_draft(title, "Yesterday I fixed the night rota with Amina.")
        approve(ui_journal, draft.id)
    ui_journal.create_draft("Not approved", "Plain words.")
    written = export_all_approved(None, ui_journal, platform="bluesky", folder=str(tmp_path))
    assert sorted(p.name for p in written) == ["rota-bluesky-2.txt", "rota-bluesky.txt"]
    assert {d.status for d in ui_journal.list_drafts()} == {DraftStatus.EXPORTED, DraftStatus.DRAFT}
