"""The left panel: the journal's drafts (lazy table), full-text search, a status filter and "New draft"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import DraftStatus
from brandjournal.ui.draft_list_model import DRAFT_ID_ROLE, DraftListModel
from brandjournal.ui.labels import status_label

if TYPE_CHECKING:
    from brandjournal.storage import Journal, UnlockedJournal

SEARCH_DEBOUNCE_MS = 200


class JournalPanel(QWidget):
    draftSelected = Signal(int)
    newDraftRequested = Signal()

    def __init__(self, journal: Journal | UnlockedJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DraftListModel(journal, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the journal (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show drafts with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in DraftStatus:
            self.status_filter.addItem(status_label(status), str(status))
        self.new_button = QPushButton(self.tr("&New draft"))
        self.new_button.setAccessibleName(self.tr("New draft"))

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Drafts"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        # Fixed widths from the font, not ResizeToContents: that would read every loaded row at start-up.
        metrics = self.fontMetrics()
        samples = {
            DraftListModel.STATUS: max((status_label(s) for s in DraftStatus), key=metrics.horizontalAdvance),
            DraftListModel.PLATFORMS: "LinkedIn, X…",  # elided; the tooltip has them all
            DraftListModel.UPDATED: "00:00 PM",
            DraftListModel.SCORE: "100",
        }
        header.setMinimumSectionSize(metrics.horizontalAdvance("Score") + 12)
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(DraftListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        top = QHBoxLayout()
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.status_filter.currentIndexChanged.connect(self._on_status)
        self.new_button.clicked.connect(self.newDraftRequested)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

    def set_opening(self, opening: bool) -> None:
        """While the journal is being opened the list shows its first page; search, filter and "New" wait."""
        for widget in (self.search, self.status_filter, self.new_button):
            widget.setEnabled(not opening)

    def set_journal(self, journal: Journal) -> None:
        """The journal is open: read (and page) through it from now on."""
        self.model.set_journal(journal)
        self.set_opening(False)
        bar = self.view.verticalScrollBar()
        if bar.value() == bar.maximum() and self.model.canFetchMore():
            self.model.fetchMore()

    def apply_search(self) -> None:
        self._search_timer.stop()
        current = self.current_draft_id()
        self.model.set_search(self.search.text())
        self.select_draft(current, emit=False)

    def _on_status(self) -> None:
        data = self.status_filter.currentData()
        current = self.current_draft_id()
        self.model.set_status_filter(DraftStatus(data) if data else None)
        self.select_draft(current, emit=False)

    def current_draft_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(DRAFT_ID_ROLE) if index.isValid() else None

    def select_draft(self, draft_id: int | None, *, emit: bool = True) -> bool:
        """Make ``draft_id`` the current row if it is loaded; False if it is not in the list."""
        row = self.model.row_of(draft_id) if draft_id is not None else -1
        if row < 0:
            return False
        self.view.selectionModel().blockSignals(not emit)
        try:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            draft_id = self.model.draft_id(row)
            self.select_draft(draft_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            draft_id = current.data(DRAFT_ID_ROLE)
            if draft_id is not None:
                self.draftSelected.emit(int(draft_id))
