"""The middle panel: title, the post's intention and platforms, the Markdown source, a live character count."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Draft, DraftStatus, Intention, IntentionKind, Platform
from brandjournal.ui.colors import score_color
from brandjournal.ui.highlighter import MarkdownHighlighter
from brandjournal.ui.labels import intention_label, platform_label, status_label
from brandjournal.ui.offsets import OffsetMap, document_text

LIVE_COUNT_LIMIT = 20_000  # characters; above, the count waits for a pause in typing
_FALLBACK_LIMITS = {Platform.LINKEDIN: 3000, Platform.MASTODON: 500, Platform.X: 280, Platform.BLUESKY: 300}


def platform_count(platform: Platform, text: str) -> tuple[int, int | None]:
    """(characters as the platform counts them, its limit or None), from the export layer's rules.

    The export package is heavy to import (≈0.5 s): until it is loaded (``warm_up`` does it off the UI
    thread after start-up) the count is the plain number of characters, refreshed once the rules are there.
    """
    platforms = sys.modules.get("brandjournal.export.platforms")
    spec = getattr(platforms, "SPECS", {}).get(platform) if platforms is not None else None
    if spec is None:
        return len(text), _FALLBACK_LIMITS.get(platform)
    return spec.count(text), spec.limit


def warm_up() -> None:
    """Import what the first keystrokes need (counting rules, the engine) — call from a worker thread."""
    import importlib

    for name in ("brandjournal.export.platforms", "brandjournal.analysis"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class SourceEdit(QPlainTextEdit):
    """The Markdown source; knows how to map engine offsets to its own positions."""

    def text(self) -> str:
        return document_text(self.document().toRawText())

    def select_span(self, start: int, end: int) -> None:
        """Select ``text()[start:end]`` (Python offsets) and bring it into view."""
        mapping = OffsetMap(self.text())
        cursor = self.textCursor()
        cursor.setPosition(mapping.to_qt(start))
        cursor.setPosition(mapping.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)


class EditorPanel(QWidget):
    textEdited = Signal()  # the body changed (typed, pasted, undone)
    metadataEdited = Signal()  # title, intention or platforms changed
    statusChosen = Signal(str)  # the person picked a status (idea, draft, review, archived)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title (for you; not published)"))
        self.title_edit.setAccessibleName(self.tr("Draft title"))
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_edit.setFont(title_font)

        self.intention_kind = QComboBox()
        self.intention_kind.setAccessibleName(self.tr("Kind of post"))
        self.intention_kind.addItem(intention_label(None), None)
        for kind in IntentionKind:
            self.intention_kind.addItem(intention_label(kind), str(kind))
        self.intention_text = QLineEdit()
        self.intention_text.setPlaceholderText(self.tr("Why this post? e.g. share what I learnt leading the migration"))
        self.intention_text.setAccessibleName(self.tr("Intention of the post"))
        intention_label_widget = QLabel(self.tr("&Intention:"))
        intention_label_widget.setBuddy(self.intention_kind)

        self.platform_boxes: dict[Platform, QCheckBox] = {}
        platforms_row = QHBoxLayout()
        platforms_row.addWidget(QLabel(self.tr("Platforms:")))
        for platform in Platform:
            box = QCheckBox(platform_label(platform))
            box.setAccessibleName(self.tr("Publish on %1").replace("%1", platform_label(platform)))
            self.platform_boxes[platform] = box
            platforms_row.addWidget(box)
            box.toggled.connect(self._on_metadata)
        platforms_row.addStretch(1)
        status_label_widget = QLabel(self.tr("S&tatus:"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status of the draft"))
        status_label_widget.setBuddy(self.status_combo)
        for status in DraftStatus:
            self.status_combo.addItem(status_label(status), str(status))
        # Approved and exported come from the approval workflow, not from this menu.
        model = self.status_combo.model()
        for status in (DraftStatus.APPROVED, DraftStatus.EXPORTED):
            item = model.item(self.status_combo.findData(str(status)))  # type: ignore[attr-defined]
            item.setEnabled(False)
        platforms_row.addWidget(status_label_widget)
        platforms_row.addWidget(self.status_combo)
        self.status_combo.activated.connect(lambda _i: self.statusChosen.emit(self.status_combo.currentData()))

        self.source = SourceEdit()
        self.source.setAccessibleName(self.tr("Draft text (Markdown)"))
        self.source.setPlaceholderText(self.tr("Write your post here, in Markdown…"))
        self.source.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.source.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.source.setFont(font)
        self.highlighter = MarkdownHighlighter(self.source.document())

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Character count"))
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        # Its text changes on every keystroke: a fixed-size label keeps that from relaying out the window.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.count_label.setFixedHeight(self.fontMetrics().height() + 6)

        intention_row = QHBoxLayout()
        intention_row.addWidget(intention_label_widget)
        intention_row.addWidget(self.intention_kind)
        intention_row.addWidget(self.intention_text, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_edit)
        layout.addLayout(intention_row)
        layout.addLayout(platforms_row)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.count_label)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self.update_count)
        self.source.textChanged.connect(self._on_text)
        self.title_edit.textEdited.connect(self._on_metadata)
        self.intention_text.textEdited.connect(self._on_metadata)
        self.intention_kind.currentIndexChanged.connect(self._on_metadata)
        self.setEnabled(False)
        self.update_count()

    # --- loading and reading ---

    def load(self, draft: Draft | None) -> None:
        self._loading = True
        try:
            self.setEnabled(draft is not None)
            self.title_edit.setText(draft.title if draft else "")
            kind = draft.intention.kind if draft else None
            self.intention_kind.setCurrentIndex(max(0, self.intention_kind.findData(str(kind) if kind else None)))
            self.intention_text.setText(draft.intention.text if draft else "")
            self.intention_text.setCursorPosition(0)
            self.title_edit.setCursorPosition(0)
            for platform, box in self.platform_boxes.items():
                box.setChecked(bool(draft) and str(platform) in draft.platforms)
            self.show_status(draft.status if draft else DraftStatus.DRAFT)
            self.source.setPlainText(draft.body if draft else "")  # also clears undo history
            self.source.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
        self.update_count()

    def show_status(self, status: DraftStatus) -> None:
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(status))))

    def body(self) -> str:
        return self.source.text()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def intention(self) -> Intention:
        data = self.intention_kind.currentData()
        return Intention(self.intention_text.text().strip(), IntentionKind(data) if data else None)

    def platforms(self) -> tuple[str, ...]:
        return tuple(str(p) for p, box in self.platform_boxes.items() if box.isChecked())

    # --- live count ---

    def update_count(self) -> None:
        text = self.body()
        parts = []
        for platform in self.platforms():
            count, limit = platform_count(Platform(platform), text)
            name = platform_label(platform)
            if limit is None:
                parts.append(self.tr("%1: %2 characters").replace("%1", name).replace("%2", str(count)))
                continue
            piece = f"{name}: {count} / {limit}"
            if count > limit:
                colour = score_color(0).name()
                over = self.tr("%1 over").replace("%1", str(count - limit))
                piece = f"<span style='color:{colour}; font-weight:bold'>{piece} ({over})</span>"
            parts.append(piece)
        if not parts:
            parts.append(self.tr("%1 characters (choose a platform to see its limit)").replace("%1", str(len(text))))
        text = " · ".join(parts)
        if text != self.count_label.text():
            self.count_label.setText(text)

    def _on_text(self) -> None:
        if self._loading:
            return
        # Counting is linear in the text: on long drafts, count once typing pauses instead of per keystroke.
        if self.source.document().characterCount() > LIVE_COUNT_LIMIT:
            self._count_timer.start()
        else:
            self.update_count()
        self.textEdited.emit()

    def _on_metadata(self, *_args) -> None:
        if self._loading:
            return
        self.update_count()
        self.metadataEdited.emit()
