"""The publishing gate: every open warning is fixed or kept with a reason before a post is approved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Draft, Flag
from brandjournal.ui.labels import kind_label


@dataclass(frozen=True)
class KeepWarnings:
    """Approve, keeping these warnings: fingerprint -> the author's reason."""

    reasons: dict[str, str]


@dataclass(frozen=True)
class FixWarning:
    """Go back to the editor with this warning's text selected."""

    flag: Flag


class ApproveDialog(QDialog):
    COLUMNS = 4  # kind, text, why, reason

    def __init__(self, draft: Draft, warnings: tuple[Flag, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings = warnings
        self.fix: Flag | None = None
        self.setWindowTitle(self.tr("Approve “%1”").replace("%1", draft.title or self.tr("untitled")))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%n warning(s) are still open. Fix each one in the editor, or keep it on purpose: "
                "say why in a few words. Your reasons are kept with the approved text.",
                "",
                len(warnings),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(warnings), self.COLUMNS)
        self.table.setAccessibleName(self.tr("Open warnings"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Text"), self.tr("Why"), self.tr("Your reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.reason_edits: list[QLineEdit] = []
        for row, flag in enumerate(warnings):
            for column, text in enumerate((kind_label(flag.kind), f"« {flag.text} »", flag.message)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("why it is right here"))
            edit.setAccessibleName(self.tr("Reason for warning %1").replace("%1", str(row + 1)))
            edit.textChanged.connect(self._update_buttons)
            self.table.setCellWidget(row, 3, edit)
            self.reason_edits.append(edit)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fix_button = QPushButton(self.tr("Fix in the editor"))
        self.fix_button.setToolTip(self.tr("Close this and select the warning's text in the editor"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setDefault(True)
        self.buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.approve_button.clicked.connect(self.accept)
        self.fix_button.clicked.connect(self._fix_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.buttons)
        self.resize(860, 180 + 44 * min(len(warnings), 8))
        self._update_buttons()

    def reasons(self) -> dict[str, str]:
        return {
            flag.fingerprint: edit.text().strip()
            for flag, edit in zip(self.warnings, self.reason_edits, strict=True)
            if edit.text().strip()
        }

    def _update_buttons(self) -> None:
        self.approve_button.setEnabled(len(self.reasons()) == len(self.warnings))
        self.fix_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _fix_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.fix = self.warnings[rows[0].row()]
            self.done(QDialog.DialogCode.Rejected)

    @classmethod
    def ask(cls, parent: QWidget | None, draft: Draft, warnings: tuple[Flag, ...]) -> KeepWarnings | FixWarning | None:
        dialog = cls(draft, warnings, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            return KeepWarnings(dialog.reasons())
        return FixWarning(dialog.fix) if dialog.fix is not None else None
