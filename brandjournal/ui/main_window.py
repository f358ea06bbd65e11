"""The main window: the journal on the left, the editor in the middle, the professional filter on the right.

The window only wires things: storage decides what is saved and kept, the engine decides what is flagged.

Start-up: the window can be built on an ``UnlockedJournal`` (decrypted and locked, the ORM not yet imported).
It then shows the first page of the draft list at once, with everything that reads or writes the journal
disabled; right after the first paint the storage thread finishes opening the journal (``finish()``), and
``_on_journal_opened`` enables the window and opens the draft. If that fails, the error is shown in the same
dialog as any opening error and the window closes: nothing could have been edited yet.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QToolBar, QWidget

from brandjournal.domain import (
    Draft,
    DraftStatus,
    Flag,
    Profile,
    Report,
    Revision,
    RevisionKind,
    normalise_evidence,
)
from brandjournal.storage import StorageError, UnlockedJournal
from brandjournal.ui import settings as app_settings
from brandjournal.ui.analysis_worker import LIVE_LIMIT, AnalysisRequest, AnalysisScheduler
from brandjournal.ui.editor import EditorPanel, warm_up
from brandjournal.ui.error_messages import explain, explain_text, fill, os_reason, show_error
from brandjournal.ui.filter_view import FilterPanel
from brandjournal.ui.journal_panel import JournalPanel
from brandjournal.ui.labels import status_label
from brandjournal.ui.storage_worker import StorageWorker

if TYPE_CHECKING:
    from brandjournal.storage import Journal


def _returning_storage_error(work: Callable[[], object]) -> Callable[[], object]:
    """``work`` for the storage thread, its StorageError returned (the UI words it) rather than sent as text."""

    def run() -> object:
        try:
            return work()
        except StorageError as exc:
            return exc

    return run


# Dialogs, publishing and export are imported when first used (lazily, below): the first paint does not need
# them, and ``brandjournal.publishing`` pulls in the ORM and the export package.

BASELINE_POSTS = 30  # the latest approved/exported posts that define the author's usual voice
AUTOSAVE_MS = 1500  # every change is on disk within 2 s of idle
SCORE_WRITE_MS = 400  # a new score is stored this long after its report is shown
FIRST_PAINT_WAIT_MS = 300  # finish opening the journal after the first paint, or after this at the latest


def render_markdown(text: str) -> str:
    try:
        from brandjournal.export.rendering import markdown_to_safe_html

        return markdown_to_safe_html(text)
    except ImportError:
        from html import escape

        import markdown

        return markdown.markdown(escape(text))


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)  # "fr", "en" or "" (system)
    reportShown = Signal(object)  # Report, after it is painted (tests and the self-test wait on it)
    saved = Signal(int)  # draft id
    journalOpened = Signal()  # built on an UnlockedJournal: the journal is now fully open and the window usable
    journalFailed = Signal()  # finishing the opening failed: the error was shown, the window closes

    def __init__(
        self, journal: Journal | UnlockedJournal, *, ui_lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if isinstance(journal, UnlockedJournal) and journal.journal is not None:
            journal = journal.journal  # already finished (a migration, a language switch): plain open window
        # While ``_unlocked`` is set the journal is still being opened and ``self.journal`` is None.
        self._unlocked: UnlockedJournal | None = journal if isinstance(journal, UnlockedJournal) else None
        self.journal: Journal = None if self._unlocked else journal  # type: ignore[assignment]
        self.journal_path = journal.path
        self._pending_draft: int | None = None  # chosen in the list while the journal was still opening
        self._maintenance_due = False
        self.ui_lang = ui_lang
        self.draft: Draft | None = None
        self.report: Report | None = None
        self._profile: Profile | None = None
        self._baseline: tuple[str, ...] = ()
        self._first_text: str | None = None
        self._text_dirty = False
        self._meta_dirty = False
        self._syncing_scroll = False
        self.live_limit = LIVE_LIMIT  # longer drafts are analysed in part, with a notice
        self._warmed_up = False
        self._closed = False
        self.setWindowTitle(self.tr("BrandJournal"))
        self.setObjectName("BrandJournalMainWindow")
        self.setWindowIcon(app_icon())

        self.journal_panel = JournalPanel(journal)
        self.editor = EditorPanel()
        self.filter = FilterPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.journal_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.filter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.splitter.setContentsMargins(6, 6, 6, 0)

        self.analysis = AnalysisScheduler(self)
        self.analysis.reportReady.connect(self._on_report)
        self.analysis.analysisFailed.connect(self._on_analysis_failed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(lambda: self.save_now(background=True))
        self._score_due: tuple[int, int | None] | None = None  # (draft id, score) not yet written
        self._score_timer = QTimer(self)
        self._score_timer.setSingleShot(True)
        self._score_timer.setInterval(SCORE_WRITE_MS)
        self._score_timer.timeout.connect(self._write_score)
        self.storage = StorageWorker(self)
        self.storage.failed.connect(self._on_storage_failed)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.journal_panel.draftSelected.connect(self.open_draft)
        self.journal_panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.journal_panel.view.customContextMenuRequested.connect(self._draft_context_menu)
        self.journal_panel.newDraftRequested.connect(self.new_draft)
        self.editor.textEdited.connect(self._on_text_edited)
        self.editor.metadataEdited.connect(self._on_metadata_edited)
        self.editor.statusChosen.connect(self.set_status)
        self.filter.flagActivated.connect(self.select_flag)
        self.filter.dismissRequested.connect(self.dismiss_flag)
        self.filter.acceptWordRequested.connect(self.accept_word)
        self.filter.kept_button.menu().aboutToShow.connect(self._fill_kept_menu)
        self.editor.source.verticalScrollBar().valueChanged.connect(
            lambda: self._sync_scroll(self.editor.source.verticalScrollBar(), self.filter.text_view.verticalScrollBar())
        )
        self.filter.text_view.verticalScrollBar().valueChanged.connect(
            lambda: self._sync_scroll(self.filter.text_view.verticalScrollBar(), self.editor.source.verticalScrollBar())
        )

        self._opening_started = False
        self.restore_state()
        if self._unlocked is not None:
            self._show_opening()

    # --- actions, menus, toolbar ---

    def _make_actions(self) -> None:
        def action(text: str, slot, shortcut=None, icon: str | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            if icon:
                act.setIcon(QIcon.fromTheme(icon))
            act.triggered.connect(slot)
            return act

        self.new_action = action(self.tr("&New draft"), self.new_draft, QKeySequence.StandardKey.New, "document-new")
        self.save_action = action(
            self.tr("&Save a version"), self.save_version, QKeySequence.StandardKey.Save, "document-save"
        )
        self.save_action.setToolTip(self.tr("Keep this text as a named version in the history (Ctrl+S)"))
        self.delete_action = action(self.tr("&Delete draft…"), self.delete_draft, None, "edit-delete")
        self.history_action = action(self.tr("Revision &history…"), self.show_history, "Ctrl+H", "document-open-recent")
        self.values_action = action(self.tr("&Values and intentions…"), self.edit_values, "Ctrl+Shift+V")
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "application-exit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = action(self.tr("&Search the journal"), self.journal_panel.focus_search, "Ctrl+F")
        self.undo_action = action(self.tr("&Undo"), self.editor.source.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = action(self.tr("&Redo"), self.editor.source.redo, "Ctrl+Shift+Z")
        self.editor.source.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.source.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.next_finding_action = action(self.tr("&Next finding"), lambda: self.step_finding(1), "F8")
        self.previous_finding_action = action(self.tr("Pre&vious finding"), lambda: self.step_finding(-1), "Shift+F8")
        self.preview_action = action(self.tr("Markdown &preview"), self.toggle_preview, "Ctrl+P")
        self.preview_action.setCheckable(True)
        self.preview_action.setToolTip(self.tr("Show the post rendered instead of the annotated source"))
        self.about_action = action(self.tr("&About BrandJournal"), self._show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.approve_action = action(self.tr("&Approve…"), self.approve_current, "Ctrl+Return", "dialog-ok")
        self.approve_action.setToolTip(self.tr("Review the open warnings (fix or keep each with a reason) and approve"))
        self.export_action = action(self.tr("E&xport…"), self.export_current, "Ctrl+E", "document-send")
        self.export_action.setToolTip(self.tr("Export the approved post for a platform: copy it or save it"))
        self.export_all_action = action(self.tr("Export all &approved posts…"), self.export_all_approved)
        self.import_action = action(self.tr("&Import past posts…"), lambda: self.import_posts(folder=False))
        self.import_folder_action = action(
            self.tr("Import a &folder of posts…"), lambda: self.import_posts(folder=True)
        )
        self.backup_action = action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = action(self.tr("&Restore from backup…"), self.restore_backup)
        self.coherence_action = action(self.tr("Your &voice over time…"), self.show_coherence, "Ctrl+Shift+O")
        for act in (self.save_action, self.history_action, self.delete_action, self.approve_action, self.export_action):
            act.setEnabled(False)
        # What needs the open journal even without a draft: disabled while it is being opened.
        self._journal_actions = (
            self.new_action,
            self.values_action,
            self.find_action,
            self.export_all_action,
            self.import_action,
            self.import_folder_action,
            self.backup_action,
            self.restore_action,
            self.coherence_action,
        )

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.history_action)
        file_menu.addSeparator()
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.next_finding_action)
        edit_menu.addAction(self.previous_finding_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        journal_menu = self.menuBar().addMenu(self.tr("&Journal"))
        journal_menu.addAction(self.values_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.approve_action)
        journal_menu.addAction(self.export_action)
        journal_menu.addAction(self.export_all_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.import_action)
        journal_menu.addAction(self.import_folder_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.backup_action)
        journal_menu.addAction(self.restore_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.coherence_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        saved = app_settings.language_setting() or ""
        for code, name in (("", self.tr("System language")), ("en", "English"), ("fr", "Français")):
            act = language_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == saved)
            act.setData(code)
            group.addAction(act)
        group.triggered.connect(lambda act: self.languageChangeRequested.emit(act.data()))
        self._language_group = group
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for act in (self.new_action, self.save_action, self.history_action, self.values_action, self.preview_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.approve_action)
        self.toolbar.addAction(self.export_action)
        self.addToolBar(self.toolbar)

    # --- drafts ---

    def open_draft(self, draft_id: int) -> None:
        if self.journal is None:  # still opening: open it once the journal is ready
            self._pending_draft = draft_id
            return
        if self.draft is not None and self.draft.id == draft_id:
            return
        self.save_now()
        try:
            draft = self.journal.get_draft(draft_id)
        except StorageError as exc:
            show_error(self, exc)
            return
        self._load(draft)

    def _load(self, draft: Draft | None) -> None:
        self.analysis.cancel()
        self.draft = draft
        self.report = None
        self._text_dirty = self._meta_dirty = False
        self.editor.load(draft)
        self.save_action.setEnabled(draft is not None)
        self.history_action.setEnabled(draft is not None)
        self.delete_action.setEnabled(draft is not None)
        self._update_workflow_actions()
        if draft is None:
            self.filter.clear(self.tr("Choose a draft on the left, or start a new one."))
            self.setWindowTitle(self.tr("BrandJournal"))
            return
        self.setWindowTitle(self.tr("%1 — BrandJournal").replace("%1", draft.title or self.tr("(untitled)")))
        self.refresh_profile()
        first = self.journal.first_revision(draft.id)
        self._first_text = first.body if first else None
        self.filter.clear(self.tr("Analysing…"))
        # Before the window is on screen, the first run waits for the debounce: start-up paints first.
        self.request_analysis(immediate=self.isVisible())
        if self.preview_action.isChecked():
            self.filter.show_preview(render_markdown(draft.body))

    def new_draft(self) -> None:
        self.save_now()
        draft = self.journal.create_draft("", "", platforms=self.editor.platforms() or ("linkedin",))
        self.journal_panel.search.clear()
        self.journal_panel.apply_search()
        self.journal_panel.model.add_draft(draft)
        self._load(draft)
        self.journal_panel.select_draft(draft.id, emit=False)
        self.editor.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_now(self, revision: RevisionKind | None = None, label: str = "", *, background: bool = False) -> None:
        """Write what is on screen (text and metadata); a no-op when nothing changed.

        ``background`` (the autosave) writes on the storage thread; otherwise the write is done when this
        returns (Ctrl+S, switching drafts, the history, closing), after any background write still in flight.
        """
        self.autosave_timer.stop()
        self._write_score()  # queued first: it never touches the text
        if self.draft is None or not (self._text_dirty or self._meta_dirty or revision):
            if not background:
                self.storage.wait()
            return
        journal = self.journal
        draft_id = self.draft.id
        body, title = self.editor.body(), self.editor.title()
        metadata = (self.editor.intention(), self.editor.platforms()) if self._meta_dirty else None
        self._text_dirty = self._meta_dirty = False

        def write() -> tuple[Draft, Revision | None]:
            if metadata is not None:
                journal.update_draft(draft_id, intention=metadata[0], platforms=metadata[1])
            draft = journal.save_text(draft_id, body, title=title, revision=revision, label=label)
            # During the first writing session the first draft follows the text (storage policy): re-read it,
            # so voice drift is measured against what storage keeps.
            return draft, journal.first_revision(draft_id)

        if background:
            self.storage.submit(_returning_storage_error(write), self._on_saved)
            return
        self.storage.wait()
        try:
            saved = write()
        except StorageError as exc:
            self._text_dirty = True
            show_error(self, exc, summary=self.tr("Your last changes could not be saved."))
            return
        self._on_saved(saved)

    def _on_saved(self, saved: tuple[Draft, Revision | None] | StorageError) -> None:
        if isinstance(saved, StorageError):  # a background write failed: said in the UI language
            self._report_not_saved(explain(saved))
            return
        draft, first = saved
        if self.draft is not None and self.draft.id == draft.id:
            if self.draft.status in (DraftStatus.APPROVED, DraftStatus.EXPORTED) and draft.status is DraftStatus.DRAFT:
                self.statusBar().showMessage(self.tr("Edited after approval: the post is a draft again."), 6000)
            self.draft = draft
            self._first_text = first.body if first else None
            self.editor.show_status(draft.status)  # editing an approved post sends it back to draft (storage)
            self._update_workflow_actions()
            self.setWindowTitle(self.tr("%1 — BrandJournal").replace("%1", draft.title or self.tr("(untitled)")))
        self.journal_panel.model.update_draft(draft)
        self.saved_label.setText(self.tr("Saved"))
        self.saved.emit(draft.id)

    def _on_storage_failed(self, problem: object) -> None:
        """The storage worker's failure: a StorageError (said from its code), or an unexpected error's type name."""
        self._report_not_saved(explain(problem) if isinstance(problem, BaseException) else explain_text(str(problem)))

    def _report_not_saved(self, reason: str) -> None:
        if self._closed:
            return
        self._text_dirty = True  # try again at the next autosave (or on close)
        self.saved_label.setText(self.tr("Not saved"))
        QMessageBox.warning(
            self,
            self.tr("BrandJournal"),
            self.tr("Your last changes could not be saved: %1").replace("%1", reason),
        )

    def set_status(self, status: str) -> None:
        from brandjournal import publishing

        if self.draft is None or status == self.draft.status:
            return
        self.save_now()
        try:
            self.draft = publishing.set_status(self.journal, self.draft.id, DraftStatus(status))
        except StorageError as exc:  # WorkflowError included: a move the workflow does not allow
            show_error(self, exc)
            self.editor.show_status(self.draft.status)
            return
        self.editor.show_status(self.draft.status)
        self.journal_panel.model.update_draft(self.draft)
        self._update_workflow_actions()

    def delete_draft(self) -> None:
        if self.draft is None:
            return
        title = self.draft.title or self.tr("(untitled)")
        answer = QMessageBox.question(
            self,
            self.tr("Delete this draft?"),
            self.tr("“%1” and all its versions will be deleted from your journal. This cannot be undone.").replace(
                "%1", title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_current_draft()

    def remove_current_draft(self) -> None:
        """Delete the open draft (already confirmed) and open the next one in the list."""
        if self.draft is None:
            return
        self.save_now()
        draft_id = self.draft.id
        row = max(0, self.journal_panel.model.row_of(draft_id))
        self.analysis.cancel()
        self.draft = None
        self.journal.delete_draft(draft_id)
        self.journal_panel.model.reload()
        count = self.journal_panel.model.rowCount()
        if count:
            self.journal_panel.select_row(min(row, count - 1))
        else:
            self._load(None)
        self.statusBar().showMessage(self.tr("Draft deleted."), 4000)

    def save_version(self) -> None:
        """Ctrl+S: keep the text as a version in the history, under a name the person may give (Enter skips it)."""
        if self.draft is None:
            return
        name = self._ask_version_name()
        if name is None:
            return
        self.save_now(RevisionKind.MANUAL, label=name)
        self.statusBar().showMessage(self.tr("Version kept in the history."), 4000)

    def _ask_version_name(self) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("versionNameDialog")
        dialog.setWindowTitle(self.tr("Save a version"))
        dialog.setLabelText(self.tr("Name this version (optional), for example “before Léa's review”:"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(self.tr("Save"))
        if not dialog.exec():
            return None
        return " ".join(dialog.textValue().split())[:200]

    def show_history(self) -> None:
        if self.draft is None:
            return
        from brandjournal.ui.history_dialog import HistoryDialog

        self.save_now()
        restored = HistoryDialog.ask(self, self.journal, self.draft.id, self.editor.body())
        if restored is not None:
            self.journal_panel.model.update_draft(restored)
            self._load(restored)
            self.statusBar().showMessage(self.tr("Version restored; the previous text is in the history."), 5000)

    def _on_text_edited(self) -> None:
        self._text_dirty = True
        self.saved_label.setText(self.tr("Editing…"))
        # Started by the first unsaved change and not restarted by the next ones: during non-stop typing the text
        # still reaches the disk every AUTOSAVE_MS, so a crash never costs more than that.
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self.request_analysis()

    def _on_metadata_edited(self) -> None:
        self._meta_dirty = True
        self.autosave_timer.start()
        self.request_analysis()

    # --- analysis ---

    def refresh_profile(self) -> None:
        self._profile = self.journal.profile(self.draft.id if self.draft else None)
        self._baseline = tuple(
            self.journal.baseline_bodies(exclude=self.draft.id if self.draft else None, limit=BASELINE_POSTS)
        )
        self.filter.kept_button.setText(
            self.tr("Kept on purpose (%1)").replace("%1", str(len(self._profile.dismissed)))
        )

    def request_analysis(self, *, immediate: bool = False) -> None:
        if self.draft is None or self._profile is None:
            return
        text = self.editor.body()
        first = self._first_text if self._first_text and self._first_text != text else None
        request = AnalysisRequest(
            0, text, self._profile, self.editor.intention(), first, self.ui_lang, self.live_limit, self._baseline
        )
        self.filter.set_status(self.tr("Analysing…"))
        self.analysis.schedule(request, immediate=immediate)

    def _on_report(self, request: AnalysisRequest, report: Report) -> None:
        if self.draft is None or self._closed:
            return
        self.report = report
        self.filter.show_report(request.text, report, analysed_chars=request.max_chars)
        self._sync_scroll(self.editor.source.verticalScrollBar(), self.filter.text_view.verticalScrollBar())
        self.filter.set_status(
            self.tr("%1 findings · %2 ms")
            .replace("%1", str(len(report.flags)))
            .replace("%2", str(round(self.analysis.last_duration * 1000)))
        )
        if self.preview_action.isChecked():
            self.filter.show_preview(render_markdown(request.text))
        if report.score != self.draft.score:
            self.draft = replace(self.draft, score=report.score)
            # Written a little later (or with the next save): a write started now would run its Python on the
            # storage thread while the window paints this report, and the two take turns with the GIL.
            self._score_due = (self.draft.id, report.score)
            self._score_timer.start()
        self.reportShown.emit(report)

    def _write_score(self) -> None:
        """Store the last score shown (a cache for the list's sorting) on the storage thread."""
        self._score_timer.stop()
        if self._score_due is None or self.journal is None:
            return
        journal, (draft_id, score) = self.journal, self._score_due
        self._score_due = None

        def write_score() -> Draft | None:
            try:
                return journal.update_draft(draft_id, score=score)
            except StorageError:  # the score is a cache: the next analysis writes it again
                return None

        self.storage.submit(write_score, self._on_score_saved)

    def _on_score_saved(self, draft: Draft | None) -> None:
        if draft is not None:
            self.journal_panel.model.update_draft(draft)

    def _on_analysis_failed(self, message: str) -> None:
        self.filter.set_status(self.tr("The analysis failed (%1).").replace("%1", message))

    def select_flag(self, flag: Flag) -> None:
        """Select the flagged text in the editor: the exact span the engine pointed at, or, if the text moved
        since that analysis (typing in between), the nearest occurrence of the same words."""
        text = self.editor.body()
        start, end = flag.start, flag.end
        if text[start:end] != flag.text:
            before = text.rfind(flag.text, 0, start + len(flag.text))
            after = text.find(flag.text, start)
            candidates = [p for p in (before, after) if p >= 0]
            if candidates:
                start = min(candidates, key=lambda p: abs(p - flag.start))
                end = start + len(flag.text)
        self.editor.source.select_span(min(start, len(text)), min(end, len(text)))
        self.filter.select_flag(flag)

    def step_finding(self, step: int) -> None:
        """F8 / Shift+F8: select the next (previous) finding in the text, wrapping around."""
        flags = sorted(self.filter.warnings_model.all_flags(), key=lambda f: (f.start, f.end))
        if not flags:
            return
        current = self.filter.current_flag()
        if current in flags:
            index = (flags.index(current) + step) % len(flags)
        else:
            position = self.editor.source.textCursor().selectionStart()
            after = [i for i, f in enumerate(flags) if f.start >= position] if step > 0 else []
            index = after[0] if after else (0 if step > 0 else len(flags) - 1)
        self.select_flag(flags[index])

    def dismiss_flag(self, flag: Flag) -> None:
        from brandjournal.ui.reason_dialog import ReasonDialog

        if self.draft is None:
            return
        reason = ReasonDialog.ask(self, flag)
        if not reason:
            return
        self.journal.acknowledge(self.draft.id, flag, reason)
        self.refresh_profile()
        self.request_analysis(immediate=True)
        self.statusBar().showMessage(self.tr("Kept on purpose: « %1 ».").replace("%1", flag.text), 4000)

    def _fill_kept_menu(self) -> None:
        menu = self.filter.kept_button.menu()
        menu.clear()
        acknowledgements = self.journal.acknowledgements(self.draft.id) if self.draft else []
        if not acknowledgements:
            menu.addAction(self.tr("Nothing kept on purpose in this draft.")).setEnabled(False)
            return
        for ack in acknowledgements:
            label = self.tr("Show again « %1 » (kept: %2)").replace("%1", ack.evidence[:40]).replace("%2", ack.reason)
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, ack_id=ack.id: self.forget_acknowledgement(ack_id))

    def forget_acknowledgement(self, acknowledgement_id: int) -> None:
        """Undo a "keep on purpose": the finding is flagged again."""
        self.journal.remove_acknowledgement(acknowledgement_id)
        self.refresh_profile()
        self.request_analysis(immediate=True)

    def accept_word(self, flag: Flag) -> None:
        from brandjournal.storage.journal import ACCEPTED_WORDS

        word = normalise_evidence(flag.text)
        words = list(self.journal.get_setting(ACCEPTED_WORDS, []))
        if word not in words:
            words.append(word)
            self.journal.set_setting(ACCEPTED_WORDS, words)
        self.refresh_profile()
        self.request_analysis(immediate=True)
        self.statusBar().showMessage(self.tr("« %1 » is now on your accept list.").replace("%1", flag.text), 4000)

    def edit_values(self) -> None:
        from brandjournal.storage.journal import ACCEPTED_WORDS
        from brandjournal.ui.values_dialog import ValuesDialog

        edits = ValuesDialog.ask(
            self,
            self.journal.values(),
            self.journal.presence_intentions(),
            list(self.journal.get_setting(ACCEPTED_WORDS, [])),
        )
        if edits is not None:
            self.apply_profile_edits(edits)

    def apply_profile_edits(self, edits) -> None:
        from brandjournal.storage.journal import ACCEPTED_WORDS

        self.journal.set_values(edits.values)
        self.journal.set_presence_intentions(edits.intentions)
        self.journal.set_setting(ACCEPTED_WORDS, edits.accepted_words)
        self.refresh_profile()
        self.request_analysis(immediate=True)

    def toggle_preview(self, on: bool) -> None:
        self.filter.set_preview_mode(on)
        if on:
            self.filter.show_preview(render_markdown(self.editor.body()))

    def _sync_scroll(self, source, target) -> None:
        if self._syncing_scroll:
            return
        self._syncing_scroll = True
        try:
            fraction = source.value() / source.maximum() if source.maximum() else 0.0
            target.setValue(round(fraction * target.maximum()))
        finally:
            self._syncing_scroll = False

    # --- publishing and journal-wide actions ---

    def _update_workflow_actions(self) -> None:
        from brandjournal.ui import publish_actions

        self.approve_action.setEnabled(publish_actions.can_approve(self.draft))
        self.export_action.setEnabled(publish_actions.can_export(self.draft))

    def _after_workflow(self, draft: Draft) -> None:
        self.draft = draft
        self.editor.show_status(draft.status)
        self.journal_panel.model.update_draft(draft)
        self._update_workflow_actions()
        self.refresh_profile()
        self.request_analysis(immediate=True)

    def status_menu(self) -> QMenu:
        """Approve, export and the hand moves the workflow allows from the open draft's status."""
        from brandjournal.publishing import MANUAL_TRANSITIONS

        menu = QMenu(self)
        menu.addAction(self.approve_action)
        menu.addAction(self.export_action)
        if self.draft is not None:
            menu.addSeparator()
            for status in DraftStatus:
                if status in MANUAL_TRANSITIONS[self.draft.status]:
                    act = menu.addAction(self.tr("Move to “%1”").replace("%1", status_label(status)))
                    act.triggered.connect(lambda _checked=False, s=status: self.set_status(str(s)))
        return menu

    def _draft_context_menu(self, position) -> None:
        index = self.journal_panel.view.indexAt(position)
        if not index.isValid():
            return
        self.journal_panel.select_row(index.row())  # opens that draft (saving the one being edited)
        self.status_menu().exec(self.journal_panel.view.viewport().mapToGlobal(position))

    def approve_current(self) -> None:
        from brandjournal.ui import publish_actions

        if self.draft is None:
            return
        self.save_now()
        outcome = publish_actions.approve_draft(self, self.journal, self.draft.id, self.ui_lang)
        if isinstance(outcome, Flag):
            self.select_flag(outcome)
        elif outcome is not None:
            self._after_workflow(outcome)
            self.statusBar().showMessage(
                self.tr("Approved: the text is frozen as a version. Export it when ready."), 6000
            )

    def export_current(self) -> None:
        from brandjournal.ui import publish_actions

        if self.draft is None:
            return
        self.save_now()
        self._after_workflow(publish_actions.export_draft(self, self.journal, self.journal.get_draft(self.draft.id)))

    def export_all_approved(self) -> None:
        from brandjournal.ui import publish_actions

        self.save_now()
        written = publish_actions.export_all_approved(self, self.journal)
        if written:
            self.journal_panel.apply_search()
            if self.draft is not None:
                self._after_workflow(self.journal.get_draft(self.draft.id))
            message = self.tr("%1 post(s) exported to %2").replace("%1", str(len(written)))
            self.statusBar().showMessage(message.replace("%2", str(written[0].parent)), 8000)

    def import_posts(self, *, folder: bool) -> None:
        from brandjournal.ui import journal_actions

        self.save_now()
        self.storage.wait()
        journal_actions.import_posts(self, self.journal, folder=folder)
        self.journal_panel.apply_search()  # reload the list (the import finishes behind a modal progress dialog)

    def back_up_now(self) -> None:
        from brandjournal.ui import journal_actions

        journal_actions.back_up_now(self, self.journal)

    def _show_about(self) -> None:
        from brandjournal.ui.about import show_about

        show_about(self)

    def restore_backup(self) -> None:
        from brandjournal.ui import journal_actions

        self.save_now()
        journal_actions.restore_from_backup(self, self.journal, self.close)

    def show_coherence(self) -> None:
        from brandjournal.ui import coherence_view

        self.save_now()
        coherence_view.ask(self, self.journal, self.draft.id if self.draft else None, current_text=self.editor.body())

    def run_maintenance(self) -> None:
        """Once per start, in the background: today's automatic backup, then a full read of the file."""
        journal = self.journal
        if journal is None:  # still opening: run it once open
            self._maintenance_due = True
            return

        def work() -> Exception | None:  # the error is worded on the UI thread, in the UI language
            try:
                journal.auto_backup()
                journal.verify()
            except (StorageError, OSError) as exc:
                return exc
            return None

        self.storage.submit(work, self._maintenance_done)

    def _maintenance_done(self, problem: Exception | None) -> None:
        if problem is None or self._closed:
            return
        if isinstance(problem, StorageError):
            message = explain(problem)
        else:
            from brandjournal.storage.backups import backup_folder

            where = problem.filename or (backup_folder(self.journal.path) if self.journal is not None else "")
            message = fill(
                self.tr("The daily backup could not be written to %1: %2. Your journal was not changed."),
                where,
                os_reason(problem),
            )
        QMessageBox.warning(self, self.tr("BrandJournal"), message)

    # --- state and closing ---

    def restore_state(self) -> None:
        store = app_settings.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        for key, widget in (
            ("window/state", self),
            ("window/mainSplitter", self.splitter),
            ("window/filterSplitter", self.filter.splitter),
        ):
            value = store.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                widget.restoreState(value)
        if not self.splitter.sizes() or min(self.splitter.sizes()) == 0 or store.value("window/mainSplitter") is None:
            self.splitter.setSizes([300, 560, 560])
        preview = store.value("window/preview", False)
        self.preview_action.setChecked(preview in (True, "true"))
        self.filter.set_preview_mode(self.preview_action.isChecked())
        last = app_settings.last_draft(self.journal_path)
        if last is None or not self.journal_panel.select_draft(last):
            if self.journal_panel.model.rowCount():
                self.journal_panel.select_row(0)
            else:
                self._load(None)

    def save_state(self) -> None:
        store = app_settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/mainSplitter", self.splitter.saveState())
        store.setValue("window/filterSplitter", self.filter.splitter.saveState())
        store.setValue("window/preview", self.preview_action.isChecked())
        draft_id = self.draft.id if self.draft else self._pending_draft
        app_settings.set_last_draft(self.journal_path, draft_id)
        store.sync()

    def shutdown(self) -> None:
        """Save everything and stop the analysis; the journal itself stays open (its owner closes it)."""
        if self._closed:
            return
        self.save_now()
        self.storage.wait()
        self.save_state()
        self.analysis.cancel()
        self.analysis.wait_for_done(5000)
        self.storage.wait()
        self._closed = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._unlocked is not None:
            self._finish_opening_after_paint()
        elif not self._warmed_up:
            self._warmed_up = True
            self.analysis.run_in_background(warm_up, self._warmed)
            self.storage.submit(lambda: None)  # start the storage thread now, not at the first autosave

    # --- finishing the opening (window built on an UnlockedJournal) ---

    def _show_opening(self) -> None:
        """The state of a window whose journal is still being opened: the list shows, nothing can change."""
        for act in self._journal_actions:
            act.setEnabled(False)
        for act in self._language_group.actions():
            act.setEnabled(False)  # a new window would need the journal this one is still opening
        self.journal_panel.set_opening(True)
        self.filter.clear(self.tr("Opening your journal…"))
        self.statusBar().showMessage(self.tr("Opening your journal…"))

    def _finish_opening_after_paint(self) -> None:
        """Start ``finish()`` on the storage thread once the list has been painted (it would slow that paint)."""
        if self._opening_started:
            return
        self._opening_started = True
        viewport = self.journal_panel.view.viewport()
        started = [False]

        def start() -> None:
            if started[0] or self._closed:
                return
            started[0] = True
            viewport.removeEventFilter(self._first_paint)
            unlocked = self._unlocked
            assert unlocked is not None

            def finish() -> object:
                try:
                    journal = unlocked.finish()
                except Exception as exc:  # shown by _on_journal_opened, like any opening error
                    return exc
                # Pure Python, needed as soon as a draft is open (approve/export actions): load it here rather
                # than on the UI thread. Its failure would show where it is used.
                with contextlib.suppress(ImportError):
                    import brandjournal.publishing  # noqa: F401
                return journal

            self.storage.submit(finish, self._on_journal_opened)

        self._first_paint = _AfterPaint(lambda: QTimer.singleShot(0, start), self)
        viewport.installEventFilter(self._first_paint)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, start)  # a window never painted (minimised) still opens

    def _on_journal_opened(self, result: object) -> None:
        if self._closed:
            return  # closing waited for the storage thread; the owner closes the journal
        if isinstance(result, Exception):
            self._unlocked = None
            show_error(self, result)
            self._closed = True  # nothing to save: nothing could be edited
            self.close()
            self.journalFailed.emit()
            return
        self.journal = result  # type: ignore[assignment]
        self._unlocked = None
        for act in self._journal_actions:
            act.setEnabled(True)
        for act in self._language_group.actions():
            act.setEnabled(True)
        self.statusBar().clearMessage()
        self.journal_panel.set_journal(self.journal)
        wanted, self._pending_draft = self._pending_draft, None
        if wanted is None or not self.journal_panel.select_draft(wanted, emit=False):
            wanted = self.journal_panel.model.draft_id(0)
            if wanted is not None:
                self.journal_panel.select_draft(wanted, emit=False)
        if wanted is not None:
            self.open_draft(wanted)
        else:
            self._load(None)
        if self._maintenance_due:
            self._maintenance_due = False
            self.run_maintenance()
        self._warmed_up = True
        self.analysis.run_in_background(warm_up, self._warmed)
        self.journalOpened.emit()

    def _warmed(self) -> None:
        self.editor.update_count()
        # Everything loaded so far (Qt, SQLAlchemy, lexicons) lives as long as the app: keep it out of the
        # cyclic garbage collector, whose full passes over it stalled typing for 50-130 ms.
        gc.freeze()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.editor.highlighter.refresh_palette()
            self.filter.refresh_palette()
        super().changeEvent(event)


class _AfterPaint(QObject):
    """Calls ``callback`` after the first paint event of the watched widget."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            callback()
        return False


def app_icon() -> QIcon:
    from brandjournal.paths import resources_dir

    try:
        path = resources_dir() / "icons" / "brandjournal.svg"
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
