"""Ask why a flag is kept on purpose (the reason is stored with the acknowledgement)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from brandjournal.domain import Flag
from brandjournal.ui.labels import kind_label


class ReasonDialog(QDialog):
    def __init__(self, flag: Flag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep this on purpose"))
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr("%1: « %2 »\n%3")
            .replace("%1", kind_label(flag.kind))
            .replace("%2", flag.text)
            .replace("%3", flag.message)
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        layout.addWidget(QLabel(self.tr("In a few words, why is it right here? (kept in your journal)")))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. quoting the client's own words"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.setMinimumWidth(440)

    @classmethod
    def ask(cls, parent: QWidget | None, flag: Flag) -> str | None:
        dialog = cls(flag, parent)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
