"""Edit the author's values (name, meaning, words that fit, words that betray), presence intentions and the
personal accept list. Works on copies: nothing is written unless the person presses OK."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Value


@dataclass(frozen=True, slots=True)
class ProfileEdits:
    values: list[Value]
    intentions: list[str]
    accepted_words: list[str]


def split_words(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated words and phrases, trimmed, without duplicates (order kept)."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        part = " ".join(part.split())
        if part and part.casefold() not in {s.casefold() for s in seen}:
            seen[part] = None
    return tuple(seen)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ValuesDialog(QDialog):
    def __init__(
        self, values: list[Value], intentions: list[str], accepted: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Values and intentions"))
        self._values = list(values)
        self._updating = False

        # --- values tab ---
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your values"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Value name"))
        self.meaning = QPlainTextEdit()
        self.meaning.setAccessibleName(self.tr("What it means to you"))
        self.meaning.setTabChangesFocus(True)
        self.meaning.setFixedHeight(self.fontMetrics().height() * 4)
        self.fits = QLineEdit()
        self.fits.setAccessibleName(self.tr("Words that fit this value"))
        self.fits.setPlaceholderText(self.tr("comma-separated, e.g. honest, I was wrong, j'ai appris"))
        self.betrays = QLineEdit()
        self.betrays.setAccessibleName(self.tr("Words that betray this value"))
        self.betrays.setPlaceholderText(self.tr("comma-separated, e.g. game-changer, disruptif"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the words"))
        self.language.addItem(self.tr("French and English"), None)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Meaning:"), self.meaning)
        form.addRow(self.tr("Words that &fit:"), self.fits)
        form.addRow(self.tr("Words that &betray:"), self.betrays)
        form.addRow(self.tr("&Language:"), self.language)
        self.editor_box = QGroupBox(self.tr("Value"))
        self.editor_box.setLayout(form)

        values_tab = QWidget()
        values_layout = QHBoxLayout(values_tab)
        values_layout.addLayout(left, 2)
        values_layout.addWidget(self.editor_box, 3)

        # --- intentions and accept list ---
        self.intentions = QPlainTextEdit("\n".join(intentions))
        self.intentions.setAccessibleName(self.tr("Presence intentions, one per line"))
        intentions_tab = QWidget()
        intentions_layout = QVBoxLayout(intentions_tab)
        intro = QLabel(self.tr("What do you want your presence online to do? One intention per line."))
        intro.setWordWrap(True)
        intentions_layout.addWidget(intro)
        intentions_layout.addWidget(self.intentions)

        self.accepted = QPlainTextEdit("\n".join(accepted))
        self.accepted.setAccessibleName(self.tr("Accepted words, one per line"))
        accepted_tab = QWidget()
        accepted_layout = QVBoxLayout(accepted_tab)
        note = QLabel(self.tr("Words the filter never flags for you (e.g. your trade's real terms). One per line."))
        note.setWordWrap(True)
        accepted_layout.addWidget(note)
        accepted_layout.addWidget(self.accepted)

        self.tabs = QTabWidget()
        self.tabs.addTab(values_tab, self.tr("&Values"))
        self.tabs.addTab(intentions_tab, self.tr("&Intentions"))
        self.tabs.addTab(accepted_tab, self.tr("Accepted &words"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_value)
        self.remove_button.clicked.connect(self.remove_value)
        self.up_button.clicked.connect(lambda: self.move_value(-1))
        self.down_button.clicked.connect(lambda: self.move_value(1))
        self.list.currentRowChanged.connect(self._show_current)
        for signal in (self.name.textEdited, self.fits.textEdited, self.betrays.textEdited):
            signal.connect(self._store_current)
        self.meaning.textChanged.connect(self._store_current)
        self.language.currentIndexChanged.connect(self._store_current)

        self._refill_list(0)
        self.resize(760, 460)

    # --- list handling ---

    def _refill_list(self, current: int) -> None:
        self._updating = True
        self.list.clear()
        for value in self._values:
            QListWidgetItem(value.name or self.tr("(unnamed)"), self.list)
        self._updating = False
        if self._values:
            self.list.setCurrentRow(max(0, min(current, len(self._values) - 1)))
        self._show_current(self.list.currentRow())

    def add_value(self) -> None:
        self._values.append(Value(name=self.tr("New value")))
        self._refill_list(len(self._values) - 1)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    def remove_value(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._values):
            del self._values[row]
            self._refill_list(row)

    def move_value(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._values) and 0 <= target < len(self._values):
            self._values[row], self._values[target] = self._values[target], self._values[row]
            self._refill_list(target)

    def _show_current(self, row: int) -> None:
        if self._updating:
            return
        value = self._values[row] if 0 <= row < len(self._values) else None
        self._updating = True
        self.editor_box.setEnabled(value is not None)
        self.remove_button.setEnabled(value is not None)
        self.up_button.setEnabled(value is not None and row > 0)
        self.down_button.setEnabled(value is not None and row < len(self._values) - 1)
        self.name.setText(value.name if value else "")
        self.meaning.setPlainText(value.meaning if value else "")
        self.fits.setText(", ".join(value.fits) if value else "")
        self.betrays.setText(", ".join(value.betrays) if value else "")
        self.language.setCurrentIndex(max(0, self.language.findData(value.language if value else None)))
        for line in (self.name, self.fits, self.betrays):
            line.setCursorPosition(0)
        self._updating = False

    def _store_current(self, *_args) -> None:
        row = self.list.currentRow()
        if self._updating or not 0 <= row < len(self._values):
            return
        self._values[row] = replace(
            self._values[row],
            name=" ".join(self.name.text().split()),
            meaning=self.meaning.toPlainText().strip(),
            fits=split_words(self.fits.text()),
            betrays=split_words(self.betrays.text()),
            language=self.language.currentData(),
        )
        item = self.list.item(row)
        if item is not None:
            item.setText(self._values[row].name or self.tr("(unnamed)"))

    # --- result ---

    def edits(self) -> ProfileEdits:
        values = [v for v in self._values if v.name.strip()]
        return ProfileEdits(values, _lines(self.intentions.toPlainText()), _lines(self.accepted.toPlainText()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, values: list[Value], intentions: list[str], accepted: list[str]
    ) -> ProfileEdits | None:
        dialog = cls(values, intentions, accepted, parent)
        return dialog.edits() if dialog.exec() == QDialog.DialogCode.Accepted else None
