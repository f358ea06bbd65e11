"""The right panel, the "professional filter": the draft seen against the author's values.

The text is the Markdown *source* (so the engine's offsets map one to one and it scrolls with the editor),
with each flag painted by kind; above it the score and its explanation, the per-value meters and a legend;
below it the list of findings. A toggle swaps the annotated source for a plain rendered preview.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Flag, FlagKind, Report, Severity, ValueCount
from brandjournal.ui.colors import kind_colors, score_color
from brandjournal.ui.labels import kind_label
from brandjournal.ui.offsets import OffsetMap
from brandjournal.ui.warnings_model import FLAG_ROLE, WarningsModel

FINDINGS_BATCH = 12


class CachedSizeDelegate(QStyledItemDelegate):
    """The default delegate, with size hints remembered by text, width and font: a word-wrapped row's size costs
    a text layout, and the findings list asks for every row's size after each change."""

    MAX_SIZES = 4000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[override]
        key = (
            index.data(Qt.ItemDataRole.DisplayRole),
            option.rect.width(),
            option.rect.height(),
            option.font.key(),
            option.decorationSize.width(),
            option.decorationSize.height(),
            int(option.features.value),
        )
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.MAX_SIZES:
                self._sizes.clear()
            size = self._sizes[key] = super().sizeHint(option, index)
        return QSize(size)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def flag_tooltip(flags: list[Flag]) -> str:
    parts = []
    for flag in flags:
        part = f"<b>{_html(kind_label(flag.kind))}</b> — « {_html(flag.text)} »<br>{_html(flag.message)}"
        if flag.suggestion:
            part += f"<br><i>{_html(flag.suggestion)}</i>"
        parts.append(part)
    return "<hr>".join(parts)


def _common_prefix(a: str, b: str) -> int:
    # Binary search on slice comparisons (C speed): a per-character loop took 0.2 s on a 1 MB draft.
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi, la, lb = 0, limit, len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid : la - lo] == b[lb - mid : lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _paint_key(flag: Flag) -> tuple[int, int, FlagKind, Severity]:
    """What a highlight looks like and where: two flags with the same key paint the same."""
    return (flag.start, flag.end, flag.kind, flag.severity)


def _paint_order(flags: list[Flag]) -> list[Flag]:
    """Longest first, so a short flag inside a long one stays visible on top; ties in a fixed order, so that the
    look of a character depends only on which highlights cover it (``FlagTextView._repaint_ranges``)."""
    return sorted(flags, key=lambda f: (f.start - f.end, f.start, str(f.kind), str(f.severity)))


def _moved_highlights(
    flags: list[Flag], prefix: int, old_end: int, delta: int
) -> tuple[list[tuple[int, int, FlagKind, Severity]], list[tuple[int, int]]]:
    """After ``old[prefix:old_end]`` was replaced (the text grew by ``delta``): the highlights still intact in
    Qt, in new offsets, and the new-text ranges where a highlight was cut by the edit."""
    kept, cut = [], []
    new_end = old_end + delta
    for flag in flags:
        if flag.end <= prefix:
            kept.append(_paint_key(flag))
        elif flag.start >= old_end:
            kept.append((flag.start + delta, flag.end + delta, flag.kind, flag.severity))
        else:
            cut.append((min(flag.start, prefix), flag.end + delta if flag.end >= old_end else new_end))
    return kept, cut


def _merged(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """``ranges`` clipped to ``[0, length]``, sorted, overlapping or touching ones joined, empty ones dropped."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in ranges):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def can_accept_word(flag: Flag) -> bool:
    """Words from the shared lexicons can go on the personal accept list (values are the person's own)."""
    return flag.kind in (FlagKind.JARGON, FlagKind.HEDGE, FlagKind.PEACOCK)


def _set_text(label: QLabel, text: str) -> None:
    """Change a label only when its text changes (a new text relayouts the whole panel)."""
    if label.text() != text:
        label.setText(text)


class FlagTextView(QTextBrowser):
    """Read-only source text with one highlight per flag; click or hover a highlight to learn why."""

    flagClicked = Signal(object)  # Flag
    dismissRequested = Signal(object)  # Flag, from the context menu
    acceptWordRequested = Signal(object)  # Flag, from the context menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self._text = ""
        self._flags: list[Flag] = []
        self._map = OffsetMap("")
        self._painted = 0  # Qt positions past this hold no highlight (clearing a whole 1 MB text took 0.3 s)
        self._press: QPoint | None = None

    @property
    def flags(self) -> list[Flag]:
        return list(self._flags)

    def show_text(self, text: str, flags: tuple[Flag, ...] | list[Flag]) -> None:
        """Show ``text`` with ``flags``; only the part that changed since the last call is replaced (a full
        ``setPlainText`` relayouts the whole document: most of the cost of a refresh while typing), and only the
        highlights that changed are painted again (see ``_repaint_ranges``)."""
        # Qt drops U+FEFF when inserting text, which shifted every later highlight by one: show the same
        # invisible no-break as U+2060 (also one UTF-16 unit), so Qt positions still match the offsets.
        text = text.replace("\ufeff", "\u2060")
        bar = self.verticalScrollBar()
        position = bar.value()
        bar.blockSignals(True)  # the editor leads the scrolling; a refresh must not move it
        try:
            old, old_map, old_flags = self._text, self._map, self._flags
            self._text = text
            self._flags = [f for f in flags if 0 <= f.start < f.end <= len(text)]
            self._map = OffsetMap(text)
            if not old or not text:
                self.setPlainText(text)
                self._painted = len(text) * 2  # the text may take the cursor's (highlight) format: clear all
                self.repaint_flags()
            else:
                dirty: list[tuple[int, int]] = []
                kept = [_paint_key(f) for f in old_flags]
                if old != text:
                    prefix = _common_prefix(old, text)
                    suffix = _common_suffix(old, text, limit=min(len(old), len(text)) - prefix)
                    cursor = QTextCursor(self.document())
                    cursor.beginEditBlock()
                    cursor.setPosition(old_map.to_qt(prefix))
                    cursor.setPosition(old_map.to_qt(len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(text[prefix : len(text) - suffix], QTextCharFormat())
                    cursor.endEditBlock()
                    self._painted += max(0, self._map.to_qt(len(text)) - old_map.to_qt(len(old)))  # moved right
                    kept, dirty = _moved_highlights(old_flags, prefix, len(old) - suffix, len(text) - len(old))
                    dirty.append((prefix, len(text) - suffix))  # the new text came in unformatted
                new = {_paint_key(f) for f in self._flags}
                old_keys = set(kept)
                dirty.extend((start, end) for start, end, _kind, _severity in old_keys ^ new)
                self._repaint_ranges(_merged(dirty, len(text)))
            bar.setValue(position)
        finally:
            bar.blockSignals(False)

    def repaint_flags(self) -> None:
        """(Re)apply the highlight formats, e.g. after the palette changed between light and dark."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one relayout for all the highlights, not one per flag
        cursor.setPosition(min(self._painted, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(QTextCharFormat())
        self._painted = max((self._map.to_qt(f.end) for f in self._flags), default=0)
        for flag in _paint_order(self._flags):
            cursor.setPosition(self._map.to_qt(flag.start))
            cursor.setPosition(self._map.to_qt(flag.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._format(flag))
        cursor.endEditBlock()

    def _repaint_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Paint the highlights again inside ``ranges`` only (offsets into the text; sorted, disjoint).

        Each character's look depends only on the flags covering it, applied in ``_paint_order``: clearing a
        range and applying, clipped to it, every flag that meets it gives what a full repaint gives there. After
        an edit the highlights outside the edited part moved with the text in Qt, so only the edited part and
        the flags that appeared or went away need painting (a full repaint of ~100 highlights, and the relayout
        of every paragraph it touched, cost 5-20 ms per report while typing).
        """
        if not ranges:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end in ranges:
            cursor.setPosition(self._map.to_qt(start))
            cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(QTextCharFormat())
        for flag in _paint_order(self._flags):
            for start, end in ranges:
                if flag.start < end and start < flag.end:
                    cursor.setPosition(self._map.to_qt(max(start, flag.start)))
                    cursor.setPosition(self._map.to_qt(min(end, flag.end)), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(self._format(flag))
        cursor.endEditBlock()
        self._painted = max(self._painted, max((self._map.to_qt(f.end) for f in self._flags), default=0))

    def _format(self, flag: Flag) -> QTextCharFormat:
        colors = kind_colors(flag.kind, self.palette())
        fmt = QTextCharFormat()
        fmt.setBackground(colors.background)
        fmt.setForeground(colors.foreground)
        fmt.setUnderlineColor(colors.underline)
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if flag.severity is Severity.WARNING
            else QTextCharFormat.UnderlineStyle.SingleUnderline
        )
        return fmt

    def flags_at(self, offset: int) -> list[Flag]:
        hits = [f for f in self._flags if f.start <= offset < f.end]
        return sorted(hits, key=lambda f: f.end - f.start)

    def offset_at(self, point: QPoint) -> int:
        return self._map.from_qt(self.cursorForPosition(point).position())

    def span_rect_center(self, flag: Flag) -> QPoint:
        """Where a flag is drawn, in viewport coordinates (used by tests and accessibility)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(flag.start))
        start = self.cursorRect(cursor)
        cursor.setPosition(self._map.to_qt(flag.start) + 1)
        return QPoint((start.left() + self.cursorRect(cursor).left()) // 2 + 1, start.center().y())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hits = self.flags_at(self.offset_at(event.pos()))  # type: ignore[attr-defined]
            if hits:
                QToolTip.showText(event.globalPos(), flag_tooltip(hits), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for flag in self.flags_at(self.offset_at(event.pos())):
            menu.addSeparator()
            if flag.severity is Severity.WARNING:
                keep = menu.addAction(self.tr("Keep « %1 » on purpose…").replace("%1", flag.text[:40]))
                keep.triggered.connect(lambda _=False, f=flag: self.dismissRequested.emit(f))
            if can_accept_word(flag):
                accept = menu.addAction(self.tr("Accept « %1 » from now on").replace("%1", flag.text[:40]))
                accept.triggered.connect(lambda _=False, f=flag: self.acceptWordRequested.emit(f))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._press is not None and (point - self._press).manhattanLength() > QApplication.startDragDistance():
            return  # the person selected text, they did not click a highlight
        hits = self.flags_at(self.offset_at(point))
        if hits:
            self.flagClicked.emit(hits[0])


class ValueMeter(QWidget):
    """One value: its name and a two-part bar, expressed (green) against betrayed (red)."""

    def __init__(self, count: ValueCount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = count
        self.set_count(count)

    def set_count(self, count: ValueCount) -> None:
        if count == getattr(self, "_shown", None):
            return
        self._shown = self.count = count
        self.setAccessibleName(
            self.tr("%1: expressed %2 times, betrayed %3 times")
            .replace("%1", count.name)
            .replace("%2", str(count.expressed))
            .replace("%3", str(count.betrayed))
        )
        self.setToolTip(self.accessibleName())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 6)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        name_width = min(int(self.width() * 0.45), metrics.horizontalAdvance(self.count.name) + 12)
        name_width = max(name_width, min(self.width() // 4, metrics.horizontalAdvance("M" * 8)))
        name = metrics.elidedText(self.count.name, Qt.TextElideMode.ElideRight, name_width - 6)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_color)
        painter.drawText(0, 0, name_width, self.height(), Qt.AlignmentFlag.AlignVCenter, name)
        numbers = f"✓{self.count.expressed}  ✗{self.count.betrayed}"
        numbers_width = metrics.horizontalAdvance(numbers) + 8
        bar_x = name_width
        bar_w = max(10, self.width() - name_width - numbers_width)
        bar_h = max(6, self.height() // 2)
        bar_y = (self.height() - bar_h) // 2
        groove = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(groove)
        painter.drawRoundedRect(bar_x, bar_y, bar_w, bar_h, 3, 3)
        total = self.count.expressed + self.count.betrayed
        if total:
            good = round(bar_w * self.count.expressed / total)
            painter.setBrush(kind_colors(FlagKind.VALUE_EXPRESSED).underline)
            painter.drawRoundedRect(bar_x, bar_y, good, bar_h, 3, 3)
            painter.setBrush(kind_colors(FlagKind.VALUE_BETRAYED).underline)
            painter.drawRoundedRect(bar_x + good, bar_y, bar_w - good, bar_h, 3, 3)
        painter.setPen(text_color)
        painter.drawText(bar_x + bar_w + 4, 0, numbers_width, self.height(), Qt.AlignmentFlag.AlignVCenter, numbers)
        painter.end()


class FilterPanel(QWidget):
    flagActivated = Signal(object)  # a Flag: select its text in the editor
    dismissRequested = Signal(object)  # a Flag: keep it on purpose (asks a reason)
    acceptWordRequested = Signal(object)  # a Flag: add its word to the personal accept list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None

        self.score_label = QLabel()
        self.score_label.setAccessibleName(self.tr("Coherence score"))
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score_label.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Why this score"))
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName(self.tr("Notices"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Analysis status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        header = QHBoxLayout()
        header.addWidget(self.score_label)
        header.addWidget(self.explanation, 1)

        self.meters = QWidget()
        self.meters_layout = QVBoxLayout(self.meters)
        self.meters_layout.setContentsMargins(0, 0, 0, 0)
        self.meters_layout.setSpacing(2)

        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Legend of the highlights"))

        self.text_view = FlagTextView()
        self.text_view.setAccessibleName(self.tr("Draft seen through the professional filter"))
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.preview.setAccessibleName(self.tr("Markdown preview"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.text_view)
        self.stack.addWidget(self.preview)

        self.warnings_model = WarningsModel(self)
        self.warnings_view = QListView()
        self.warnings_view.setModel(self.warnings_model)
        self.warnings_view.setAccessibleName(self.tr("Findings"))
        self.warnings_view.setWordWrap(True)
        self.warnings_view.setUniformItemSizes(False)
        # Rows are laid out a few at a time between other events, each size computed once per text and width:
        # laying out ~100 word-wrapped findings at once after each report blocked typing for 20-45 ms.
        self.warnings_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.warnings_view.setBatchSize(FINDINGS_BATCH)
        self.warnings_view.setItemDelegate(CachedSizeDelegate(self.warnings_view))
        self.warnings_view.setAlternatingRowColors(True)
        self.dismiss_button = QPushButton(self.tr("&Keep this one…"))
        self.dismiss_button.setToolTip(
            self.tr("Dismiss this occurrence on purpose: you give a short reason, it stays dismissed after edits")
        )
        self.accept_button = QPushButton(self.tr("&Accept this word"))
        self.accept_button.setToolTip(self.tr("Never flag this word again (your personal accept list)"))
        self.kept_button = QToolButton()
        self.kept_button.setText(self.tr("Kept on purpose"))
        self.kept_button.setToolTip(self.tr("Findings you kept on purpose in this draft, with your reasons"))
        self.kept_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kept_button.setMenu(QMenu(self.kept_button))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.kept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.accept_button)
        warnings_box = QWidget()
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.setContentsMargins(0, 0, 0, 0)
        warnings_layout.addWidget(self.warnings_view, 1)
        warnings_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("filterSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(warnings_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.notices)
        layout.addWidget(self.meters)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

        self.text_view.flagClicked.connect(self.flagActivated)
        self.text_view.dismissRequested.connect(self.dismissRequested)
        self.text_view.acceptWordRequested.connect(self.acceptWordRequested)
        self.warnings_view.clicked.connect(self._on_warning_clicked)
        self.warnings_view.activated.connect(self._on_warning_clicked)
        self.warnings_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.dismiss_button.clicked.connect(lambda: self._emit_for_current(self.dismissRequested))
        self.accept_button.clicked.connect(lambda: self._emit_for_current(self.acceptWordRequested))
        self.clear()

    # --- showing a report ---

    def clear(self, message: str = "") -> None:
        self.report = None
        self.shown_text = ""
        self.score_label.setText("–")
        self.explanation.setText(message)
        self.notices.hide()
        self._set_meters(())
        self.legend.setText(self._legend_html({}))
        self.text_view.show_text("", ())
        self.preview.clear()
        self.warnings_model.set_flags(())
        self._update_buttons()

    def show_report(self, text: str, report: Report, *, analysed_chars: int | None = None) -> None:
        """Show ``text`` annotated with ``report``; a draft analysed in part shows only that part (laying out
        a whole 1 MB draft in the view would block the window for a second, for nothing to see)."""
        self.report = report
        self.shown_text = text
        if analysed_chars is not None and len(text) > analysed_chars:
            text = text[:analysed_chars] + "\n…"
        score_colour = score_color(report.score).name()
        _set_text(self.score_label, f"<span style='color:{score_colour}'>{report.score}</span>")
        self.score_label.setToolTip(report.score_explanation)
        _set_text(self.explanation, report.score_explanation)
        if report.notices:
            self.notices.setText("⚠ " + "<br>⚠ ".join(_html(n) for n in report.notices))
            self.notices.show()
        else:
            self.notices.hide()
        self._set_meters(report.values)
        counts: dict[FlagKind, int] = {}
        for flag in report.flags:
            counts[flag.kind] = counts.get(flag.kind, 0) + 1
        _set_text(self.legend, self._legend_html(counts))
        self.text_view.show_text(text, report.flags)
        self.warnings_model.set_flags(report.flags)
        self._update_buttons()

    def show_preview(self, html: str) -> None:
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)

    def set_preview_mode(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.preview if on else self.text_view)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def refresh_palette(self) -> None:
        self.text_view.repaint_flags()
        self.warnings_model.refresh_palette()
        counts: dict[FlagKind, int] = {}
        for flag in self.report.flags if self.report else ():
            counts[flag.kind] = counts.get(flag.kind, 0) + 1
        self.legend.setText(self._legend_html(counts))

    def _set_meters(self, values: tuple[ValueCount, ...]) -> None:
        current = [self.meters_layout.itemAt(i).widget() for i in range(self.meters_layout.count())]
        if [m.count.name for m in current] == [v.name for v in values]:  # same values: repaint, no relayout
            for meter, count in zip(current, values, strict=True):
                meter.set_count(count)
            return
        while self.meters_layout.count():
            item = self.meters_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for count in values:
            self.meters_layout.addWidget(ValueMeter(count))
        self.meters.setVisible(bool(values))

    def _legend_html(self, counts: dict[FlagKind, int]) -> str:
        chips = []
        for kind in FlagKind:
            colors = kind_colors(kind, self.palette())
            text = _html(kind_label(kind))
            number = counts.get(kind, 0)
            chips.append(
                f"<span style='background-color:{colors.background.name()}; color:{colors.foreground.name()};"
                f" text-decoration: underline; white-space: nowrap'>&nbsp;{text}&nbsp;{number}&nbsp;</span>"
            )
        return " ".join(chips)

    # --- the findings list ---

    def current_flag(self) -> Flag | None:
        index = self.warnings_view.currentIndex()
        return index.data(FLAG_ROLE) if index.isValid() else None

    def select_flag(self, flag: Flag) -> None:
        for row, candidate in enumerate(self.warnings_model.all_flags()):
            if candidate == flag:
                self.warnings_view.setCurrentIndex(self.warnings_model.index(row))
                return

    def _on_warning_clicked(self, index) -> None:
        flag = index.data(FLAG_ROLE)
        if flag is not None:
            self._update_buttons()
            self.flagActivated.emit(flag)

    def _emit_for_current(self, signal) -> None:
        flag = self.current_flag()
        if flag is not None:
            signal.emit(flag)

    def _update_buttons(self) -> None:
        flag = self.current_flag()
        self.dismiss_button.setEnabled(flag is not None and flag.severity is Severity.WARNING)
        self.accept_button.setEnabled(flag is not None and can_accept_word(flag))
