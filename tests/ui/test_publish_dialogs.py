"""The approval gate and the export dialog, on a real journal, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from brandjournal.domain import DraftStatus, Intention, Platform
from brandjournal.publishing import ApprovalBlocked, approve
from brandjournal.ui.approve_dialog import ApproveDialog
from brandjournal.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui

BUZZ = "This quarter we unlocked synergies across the org."
PLAIN = "Yesterday I fixed the night-shift rota with Amina. It took two hours and a lot of coffee."


def _blocked(journal, body=BUZZ) -> ApprovalBlocked:
    draft = journal.create_draft("Q3", body)
    with pytest.raises(ApprovalBlocked) as blocked:
        approve(journal, draft.id)
    return blocked.value


def test_gate_lists_each_warning_and_approves_only_with_every_reason(qtbot, ui_journal):
    blocked = _blocked(ui_journal)
    dialog = ApproveDialog(blocked.draft, blocked.open_warnings)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    assert rows == len(blocked.open_warnings) >= 1
    texts = [dialog.table.item(r, 1).text() for r in range(rows)]
    assert texts == [f"« {f.text} »" for f in blocked.open_warnings]
    row = next(r for r, text in enumerate(texts) if "synergies" in text)
    assert dialog.table.item(row, 2).text() == blocked.open_warnings[row].message
    assert not dialog.approve_button.isEnabled()
    for edit in dialog.reason_edits[:-1]:
        edit.setText("quoting the client")
    assert not dialog.approve_button.isEnabled()  # one reason still missing
    dialog.reason_edits[-1].setText("   ")
    assert not dialog.approve_button.isEnabled()  # blank is not a reason
    dialog.reason_edits[-1].setText("their word, not mine")
    assert dialog.approve_button.isEnabled()

    approve(ui_journal, blocked.draft.id, reasons=dialog.reasons())
    assert ui_journal.get_draft(blocked.draft.id).status is DraftStatus.APPROVED
    reasons = {a.evidence: a.reason for a in ui_journal.acknowledgements(blocked.draft.id)}
    assert set(reasons) == {f.text for f in blocked.open_warnings}
    assert set(reasons.values()) <= {"quoting the client", "their word, not mine"}


def test_gate_fix_button_returns_the_selected_warning(qtbot, ui_journal):
    blocked = _blocked(ui_journal)
    dialog = ApproveDialog(blocked.draft, blocked.open_warnings)
    qtbot.addWidget(dialog)
    assert not dialog.fix_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.fix_button.isEnabled()
    dialog.fix_button.click()
    assert dialog.fix == blocked.open_warnings[0]


def test_export_dialog_previews_threads_copies_and_saves(qtbot, ui_journal, tmp_path):
    body = " ".join(f"Sentence number {i} says one plain thing about the rota." for i in range(12))
    draft = ui_journal.create_draft("Rota notes", body, platforms=["x"], intention=Intention("Thank Amina."))
    approve(ui_journal, draft.id)
    dialog = ExportDialog(ui_journal, ui_journal.get_draft(draft.id))
    qtbot.addWidget(dialog)
    assert dialog.current_platform() is Platform.X
    assert dialog.parts.count() > 1  # a thread on X
    assert dialog.parts.tabText(0).startswith(f"Post 1/{dialog.parts.count()} (")
    assert ui_journal.exports(draft.id) == []  # previews record nothing

    dialog.copy_current()
    assert QGuiApplication.clipboard().text() == dialog.preview().parts[0]
    assert [e.platform for e in ui_journal.exports(draft.id)] == ["x"]
    assert ui_journal.get_draft(draft.id).status is DraftStatus.EXPORTED

    dialog.platform.setCurrentIndex(dialog.platform.findData(Platform.LINKEDIN))
    assert dialog.parts.count() == 1
    dialog.footer.setChecked(True)
    assert dialog.preview().text == body + "\n\nThank Amina."
    saved = dialog.save_to_folder(str(tmp_path))
    assert saved == tmp_path / "rota-notes-linkedin.txt"
    assert saved.read_text(encoding="utf-8") == body + "\n\nThank Amina."
    assert ui_journal.get_draft(draft.id).share_footer is True
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_history_shows_the_reasons_kept_at_approval(qtbot, ui_journal):
    from brandjournal.ui.history_dialog import HistoryDialog

    blocked = _blocked(ui_journal)
    approve(ui_journal, blocked.draft.id, reason_for_all="Quoting the client's brief")
    dialog = HistoryDialog(ui_journal, blocked.draft.id, BUZZ)
    qtbot.addWidget(dialog)
    shown = dialog.kept.toPlainText()
    assert "Quoting the client's brief" in shown
    assert "(at approval)" in shown
    for flag in blocked.open_warnings:
        assert f"« {flag.text} »" in shown
