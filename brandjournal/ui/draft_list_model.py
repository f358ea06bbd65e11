"""The journal's drafts as a Qt table model, loaded a page at a time (``canFetchMore``/``fetchMore``).

A journal of 10,000 drafts opens with one page read; the view asks for more as the person scrolls.
In search mode the rows are the ranked hits of ``journal.search`` (with their snippet as tooltip).
At start-up the model may read from an ``UnlockedJournal`` (the journal still being opened): it then holds the
first page only, and pages on once ``set_journal`` gives it the open journal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from brandjournal.domain import Draft, DraftStatus, DraftSummary
from brandjournal.storage import UnlockedJournal
from brandjournal.ui.colors import score_color
from brandjournal.ui.labels import platform_label, status_label

if TYPE_CHECKING:
    from brandjournal.storage import Journal

PAGE_SIZE = 100  # about three screens of rows; more load as the person scrolls
SEARCH_LIMIT = 200
DRAFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def summary_of(draft: Draft) -> DraftSummary:
    return DraftSummary(
        id=draft.id,
        title=draft.title,
        status=draft.status,
        platforms=draft.platforms,
        score=draft.score,
        language=draft.language,
        updated_at=draft.updated_at,
    )


class DraftListModel(QAbstractTableModel):
    TITLE, STATUS, PLATFORMS, UPDATED, SCORE = range(5)

    def __init__(self, journal: Journal | UnlockedJournal, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._journal = journal
        self._page_size = page_size
        self._rows: list[DraftSummary] = []
        self._total = 0
        self._status: DraftStatus | None = None
        self._query = ""
        self.reload()

    def set_journal(self, journal: Journal) -> None:
        """Read from the open ``journal`` from now on (the rows shown stay: they are the same)."""
        self._journal = journal

    @property
    def opening(self) -> bool:
        return isinstance(self._journal, UnlockedJournal)

    # --- filters ---

    @property
    def searching(self) -> bool:
        return bool(self._query.strip())

    def set_status_filter(self, status: DraftStatus | None) -> None:
        if status != self._status:
            self._status = status
            self.reload()

    def set_search(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.searching:
            self._rows = self._journal.search(self._query, limit=SEARCH_LIMIT, status=self._status)
            self._total = len(self._rows)
        else:
            self._total = self._journal.count_drafts(status=self._status)
            self._rows = self._journal.list_drafts(status=self._status, limit=self._page_size)
        self.endResetModel()

    # --- lazy loading ---

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.searching and not self.opening and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._journal.list_drafts(status=self._status, limit=self._page_size, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- rows kept in step with the editor ---

    def row_of(self, draft_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == draft_id:
                return row
        return -1

    def draft_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def add_draft(self, draft: Draft) -> int:
        """Show a new draft at the top (newest first); returns its row."""
        if self.searching or (self._status is not None and draft.status != self._status):
            return -1
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary_of(draft))
        self._total += 1
        self.endInsertRows()
        return 0

    def update_draft(self, draft: Draft, *, move_to_top: bool = False) -> None:
        row = self.row_of(draft.id)
        if row < 0:
            return
        summary = summary_of(draft)
        if self.searching:
            summary = replace(summary, snippet=self._rows[row].snippet)
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        if move_to_top and row > 0 and not self.searching:
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._rows.insert(0, self._rows.pop(row))
            self.endMoveRows()

    # --- QAbstractTableModel ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (
            QCoreApplication.translate("DraftListModel", "Title"),
            QCoreApplication.translate("DraftListModel", "Status"),
            QCoreApplication.translate("DraftListModel", "Platforms"),
            QCoreApplication.translate("DraftListModel", "Last edit"),
            QCoreApplication.translate("DraftListModel", "Score"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == DRAFT_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if summary.snippet:
                return summary.snippet
            if column == self.PLATFORMS:
                return self._display(summary, column)
            if column == self.UPDATED:
                return QLocale().toString(QDateTime(summary.updated_at).toLocalTime(), QLocale.FormatType.LongFormat)
            return self._display(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SCORE and summary.score is not None:
            return QBrush(score_color(summary.score))
        return None

    def _display(self, summary: DraftSummary, column: int) -> str:
        if column == self.TITLE:
            return summary.title.strip() or QCoreApplication.translate("DraftListModel", "(untitled)")
        if column == self.STATUS:
            return status_label(summary.status)
        if column == self.PLATFORMS:
            return ", ".join(platform_label(p) for p in summary.platforms)
        if column == self.UPDATED:
            return short_when(QDateTime(summary.updated_at).toLocalTime())
        if column == self.SCORE:
            return "" if summary.score is None else str(summary.score)
        return ""


def short_when(when: QDateTime) -> str:
    """Compact, locale-aware: the time today, the day this year, the date before (the full date is a tooltip)."""
    locale = QLocale()
    today = QDateTime.currentDateTime().date()
    if when.date() == today:
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    if when.date().year() == today.year():
        return locale.toString(when.date(), "d MMM")
    return locale.toString(when.date(), QLocale.FormatType.ShortFormat)
