"""The flags of the open draft as a list model (one row per flag, in text order, warnings marked)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from brandjournal.domain import Flag, FlagKind, Severity
from brandjournal.ui.colors import kind_colors
from brandjournal.ui.labels import kind_label

FLAG_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def kind_icon(kind: FlagKind, size: int = 12) -> QIcon:
    colors = kind_colors(kind)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colors.underline)
    painter.setBrush(QBrush(colors.background))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class WarningsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._flags: list[Flag] = []
        self._icons: dict[FlagKind, QIcon] = {}

    def set_flags(self, flags: tuple[Flag, ...] | list[Flag]) -> None:
        """Show ``flags``: only the rows that differ change (the next report while typing is mostly the same
        findings; resetting the whole list made the view lay out every word-wrapped row again, and lose the
        selection)."""
        # warnings first, then the positive findings, each in text order
        new = sorted(flags, key=lambda f: (f.severity is not Severity.WARNING, f.start, f.end))
        old = self._flags
        if new == old:
            return
        limit = min(len(old), len(new))
        prefix = 0
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        old_middle, new_middle = len(old) - suffix - prefix, len(new) - suffix - prefix
        same = min(old_middle, new_middle)
        if same:
            old[prefix : prefix + same] = new[prefix : prefix + same]
            self.dataChanged.emit(self.index(prefix), self.index(prefix + same - 1))
        start = prefix + same
        if old_middle > new_middle:
            self.beginRemoveRows(QModelIndex(), start, prefix + old_middle - 1)
            del old[start : prefix + old_middle]
            self.endRemoveRows()
        elif new_middle > old_middle:
            self.beginInsertRows(QModelIndex(), start, prefix + new_middle - 1)
            old[start:start] = new[start : prefix + new_middle]
            self.endInsertRows()

    def refresh_palette(self) -> None:
        """Redraw the kind icons in the current palette."""
        self.beginResetModel()
        self._icons = {}
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:  # type: ignore[override]
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def flag_at(self, row: int) -> Flag | None:
        return self._flags[row] if 0 <= row < len(self._flags) else None

    def all_flags(self) -> list[Flag]:
        return list(self._flags)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._flags):
            return None
        flag = self._flags[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # the engine's message already quotes the evidence
            return f"{kind_label(flag.kind)} — {' '.join(flag.message.split())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"<b>{kind_label(flag.kind)}</b><br>{_html(flag.message)}"
            if flag.suggestion:
                tip += "<br><i>" + _html(flag.suggestion) + "</i>"
            return tip
        if role == Qt.ItemDataRole.DecorationRole:
            if flag.kind not in self._icons:
                self._icons[flag.kind] = kind_icon(flag.kind)
            return self._icons[flag.kind]
        if role == FLAG_ROLE:
            return flag
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(flag.kind)}: {flag.text}. {flag.message}"
        return None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
