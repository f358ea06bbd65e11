"""The window's side of the publishing workflow: approve through the gate, export approved posts.

The rules live in ``brandjournal.publishing``; this module only asks the person and reports back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from brandjournal.domain import Draft, DraftStatus, Flag, Platform
from brandjournal.publishing import EXPORTABLE, ApprovalBlocked, WorkflowError, approve, export_drafts
from brandjournal.storage import Journal, StorageError
from brandjournal.ui.approve_dialog import ApproveDialog, FixWarning
from brandjournal.ui.export_dialog import ExportDialog
from brandjournal.ui.labels import platform_label


def approve_draft(parent: QWidget, journal: Journal, draft_id: int, ui_lang: str) -> Draft | Flag | None:
    """Approve the (saved) draft. Returns the approved draft, the flag to fix in the editor, or None."""
    try:
        approve(journal, draft_id, ui_lang=ui_lang)
    except ApprovalBlocked as blocked:
        decision = ApproveDialog.ask(parent, blocked.draft, blocked.open_warnings)
        if decision is None:
            return None
        if isinstance(decision, FixWarning):
            return decision.flag
        try:
            approve(journal, draft_id, reasons=decision.reasons, ui_lang=ui_lang)
        except ApprovalBlocked:  # the text changed meanwhile: new warnings appeared
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Publishing", "Approve"),
                QCoreApplication.translate("Publishing", "New warnings appeared meanwhile: approve again."),
            )
            return None
    except (WorkflowError, StorageError) as exc:
        from brandjournal.ui.error_messages import explain

        QMessageBox.information(parent, QCoreApplication.translate("Publishing", "Approve"), explain(exc))
        return None
    return journal.get_draft(draft_id)


def export_draft(parent: QWidget, journal: Journal, draft: Draft) -> Draft:
    """Open the export dialog for an approved post; returns the draft as it is afterwards."""
    if draft.status not in EXPORTABLE:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Publishing", "Export"),
            QCoreApplication.translate(
                "Publishing",
                "Only approved posts are exported. Approve this one first (its warnings are reviewed then).",
            ),
        )
        return draft
    ExportDialog.ask(parent, journal, draft)
    return journal.get_draft(draft.id)


def export_all_approved(
    parent: QWidget, journal: Journal, *, platform: str | None = None, folder: str | None = None
) -> list[Path]:
    """Export every approved post for one platform into a folder (names never collide: "-2" is added)."""
    ids = [d.id for d in journal.list_drafts(status=DraftStatus.APPROVED)]
    if not ids:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Publishing", "Export"),
            QCoreApplication.translate("Publishing", "There is no approved post to export."),
        )
        return []
    if platform is None:
        names = [platform_label(p) for p in Platform]
        chosen, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("Publishing", "Export all approved posts"),
            QCoreApplication.translate("Publishing", "Platform:"),
            names,
            0,
            False,
        )
        if not ok:
            return []
        platform = list(Platform)[names.index(chosen)].value
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Publishing", "Save the exports in")
        )
        if not folder:
            return []
    outcomes = export_drafts(journal, ids, platform, out_dir=Path(folder), on_conflict="rename")
    return [o.path for o in outcomes if o.path is not None]


def can_export(draft: Draft | None) -> bool:
    return draft is not None and draft.status in EXPORTABLE


def can_approve(draft: Draft | None) -> bool:
    return draft is not None and draft.status in (DraftStatus.IDEA, DraftStatus.DRAFT, DraftStatus.REVIEW)
