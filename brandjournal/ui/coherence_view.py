""" "Your voice over time": the coherence view across the whole journal (values, jargon and polish by month,
the author's usual voice and where the current draft sits).

Open it with ``ask(parent, journal, current_draft_id, current_text=editor_text)``. The figures are computed by a
worker (see ``coherence_worker``) with a progress bar; an unchanged journal shows the remembered overview at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brandjournal.insights import CoherenceOverview, Scope, overview_key, place_draft
from brandjournal.storage import DraftNotFound, Journal
from brandjournal.ui.coherence_charts import BaselineChart, Chart, ChartTheme, RatesChart, ValuesChart, month_label
from brandjournal.ui.coherence_worker import CoherenceTask, memo_of, start, withdraw

CHARTS = ("values", "rates", "baseline")
# Waiting this long at most for a cancelled run to stop when the view closes (it stops within a few dozen posts).
STOP_WAIT_MS = 5000


class CoherenceDialog(QDialog):
    overviewShown = Signal(object)  # CoherenceOverview, once its charts are drawn

    def __init__(
        self,
        journal: Journal,
        current_draft_id: int | None = None,
        parent: QWidget | None = None,
        *,
        current_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your voice over time"))
        self.setSizeGripEnabled(True)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        # Three charts without scrolling where the screen allows; the scroll area takes over on small screens.
        width, height = 980, 1000
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.9))
        self.resize(width, height)
        self.journal = journal
        self.draft_id = current_draft_id
        self.current_text = current_text  # the editor's text, maybe newer than the journal's (not saved yet)
        self.overview: CoherenceOverview | None = None
        self.task: CoherenceTask | None = None
        self._retired: list[CoherenceTask] = []  # cancelled runs, kept alive until they stop
        self.charts: dict[str, Chart] = {}

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Posts to include"))
        self.scope.addItem(self.tr("Published posts (approved and exported)"), str(Scope.POSTS))
        self.scope.addItem(self.tr("All drafts"), str(Scope.ALL))
        scope_label = QLabel(self.tr("&Include:"))
        scope_label.setBuddy(self.scope)
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(scope_label)
        header.addWidget(self.scope)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Reading your posts"))
        self.progress.setTextVisible(True)
        self.progress.hide()

        self._slots: dict[str, QVBoxLayout] = {}
        self.export_buttons: dict[str, QPushButton] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        for name in CHARTS:
            slot = QVBoxLayout()
            button = QPushButton(self.tr("Export as PNG…"))
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, n=name: self.export_chart(n))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            slot.addLayout(row)
            column.addLayout(slot)
            self._slots[name] = slot
            self.export_buttons[name] = button
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        self.scope.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # --- computing ---

    def current_scope(self) -> Scope:
        return Scope(self.scope.currentData())

    def refresh(self) -> None:
        """Show the remembered overview if nothing changed (a few ms), else compute it in the worker."""
        self._stop_task(wait=False)
        scope = self.current_scope()
        remembered = memo_of(self.journal).overviews.get(scope)
        if remembered is not None and remembered.key == overview_key(self.journal, scope, self.draft_id):
            self.show_overview(self._replace_draft(remembered))
            return
        self.summary.setText(self.tr("Reading your posts…"))
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        task = CoherenceTask(self.journal, scope, self.draft_id)
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        start(task)

    def _replace_draft(self, overview: CoherenceOverview) -> CoherenceOverview:
        """Place the draft's current text: the editor's when given, else the journal's (a remembered overview
        may be older than the draft's last edits, which do not change the posts' key)."""
        text = self.current_text
        if text is None:
            if self.draft_id is None:
                return overview
            try:
                text = self.journal.get_draft(self.draft_id).body
            except DraftNotFound:
                text = ""
        return replace(overview, draft=place_draft(overview.baseline, text))

    def _is_current(self) -> bool:
        """Whether the signal being handled comes from the current run (not from one cancelled meanwhile)."""
        return self.task is not None and self.sender() is self.task.signals

    def _on_progress(self, done: int, total: int) -> None:
        if not self._is_current():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m posts"))

    def _on_finished(self, overview: CoherenceOverview) -> None:
        if not self._is_current():
            return
        self.task = None
        self.progress.hide()
        if self.current_text is not None:
            overview = self._replace_draft(overview)
        self.show_overview(overview)

    def _on_failed(self, kind: str) -> None:
        if not self._is_current():
            return
        self.task = None
        self.progress.hide()
        self.summary.setText(self.tr("The figures could not be computed ({0}).").replace("{0}", kind))

    def _stop_task(self, *, wait: bool) -> None:
        """Cancel the current run; with ``wait``, also make sure no cancelled run is left reading the journal."""
        if self.task is not None:
            self.task.cancel()
            if not withdraw(self.task):  # still queued: simply dropped; running: it stops at its next report
                self._retired.append(self.task)
            self.task = None
        if wait:
            for task in self._retired:
                if not withdraw(task):
                    task.done.wait(STOP_WAIT_MS / 1000)
        self._retired = [t for t in self._retired if not t.done.is_set()]

    # --- drawing ---

    def show_overview(self, overview: CoherenceOverview) -> None:
        self.overview = overview
        self.summary.setText(self._summary_text(overview))
        theme = ChartTheme.of(self.palette())
        for name, make in (("values", ValuesChart), ("rates", RatesChart), ("baseline", BaselineChart)):
            old = self.charts.pop(name, None)
            if old is not None:
                self._slots[name].removeWidget(old)
                old.deleteLater()
            chart = make(overview, self, theme=theme)
            chart.fit()
            self._slots[name].insertWidget(0, chart)
            self.charts[name] = chart
            self.export_buttons[name].setEnabled(True)
        self.overviewShown.emit(overview)

    def _summary_text(self, overview: CoherenceOverview) -> str:
        if not overview.posts:
            if overview.key.scope is Scope.POSTS:
                return self.tr("No published posts yet: approve a draft or import your past posts.")
            return self.tr("No drafts with text yet.")
        first, last = month_label(overview.months[0]), month_label(overview.months[-1])
        if overview.posts == 1:
            return self.tr("One post, in {month}.").replace("{month}", first)
        text = self.tr("{count} posts, from {first} to {last}.")
        count = QLocale().toString(overview.posts)
        return text.replace("{count}", count).replace("{first}", first).replace("{last}", last)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.overview is not None:
            self.show_overview(self.overview)  # light <-> dark: draw again with the new colours

    # --- exporting ---

    def export_chart(self, name: str, path: Path | str | None = None) -> Path | None:
        """Write the chart ``name`` as a PNG at ``path`` (asked with a file dialog when None)."""
        chart = self.charts.get(name)
        if chart is None:
            return None
        if path is None:
            default = Path(QDir.homePath()) / f"{self._file_stem(name)}.png"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the chart as PNG"), str(default), self.tr("PNG images (*.png)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".png") else chosen + ".png"
        return chart.export_png(path)

    def _file_stem(self, name: str) -> str:
        stems = {
            "values": self.tr("values-by-month"),
            "rates": self.tr("jargon-by-month"),
            "baseline": self.tr("voice"),
        }
        return f"{stems[name]}-{date.today().isoformat()}"

    # --- closing ---

    def done(self, result: int) -> None:
        # No worker may read the journal once the view is gone (the window may close the journal next).
        self._stop_task(wait=True)
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        journal: Journal,
        current_draft_id: int | None = None,
        *,
        current_text: str | None = None,
    ) -> None:
        dialog = cls(journal, current_draft_id, parent, current_text=current_text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()


def ask(
    parent: QWidget | None, journal: Journal, current_draft_id: int | None = None, *, current_text: str | None = None
) -> None:
    """Open the coherence view (modal) on ``journal``, placing the current draft against the usual voice.

    ``current_draft_id`` is left out of the baseline; ``current_text`` (the editor's text, saved or not) is what
    is placed, else the draft's text in the journal.
    """
    CoherenceDialog.ask(parent, journal, current_draft_id, current_text=current_text)
