"""Export an approved post: pick the platform and format, see each post of the thread with its count,
copy it to the clipboard or save it to a folder (never overwriting without asking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Draft, Platform
from brandjournal.export import ExportExistsError, ExportFormat, ExportResult, export_post, spec_for
from brandjournal.publishing import ExportOutcome, export_drafts
from brandjournal.storage import Journal, StorageError
from brandjournal.ui.error_messages import show_error
from brandjournal.ui.labels import platform_label


class ExportDialog(QDialog):
    def __init__(self, journal: Journal, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.draft = draft
        self.outcomes: list[ExportOutcome] = []
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", draft.title or self.tr("untitled")))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for platform in Platform:
            self.platform.addItem(platform_label(platform), platform)
        if draft.platforms:
            self.platform.setCurrentIndex(self.platform.findData(Platform(draft.platforms[0])))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.footer = QCheckBox(self.tr("Add “why I share this” from the post's intention"))
        self.footer.setChecked(draft.share_footer)
        self.footer.setEnabled(bool(draft.intention.text.strip()))
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.footer)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.parts = QTabWidget()
        self.parts.setAccessibleName(self.tr("Exported text"))
        layout.addWidget(self.parts, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the post shown to the clipboard"))
        self.save_button = QPushButton(self.tr("Save to folder…"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_current)
        self.save_button.clicked.connect(self.save_to_folder)
        layout.addWidget(self.buttons)

        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.format.currentIndexChanged.connect(self.refresh)
        self.footer.toggled.connect(self._footer_toggled)
        self._platform_changed()
        self.resize(720, 520)

    # --- state ---

    def current_platform(self) -> Platform:
        return Platform(self.platform.currentData())

    def current_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def preview(self) -> ExportResult:
        """What would be exported now (nothing is recorded)."""
        draft = self.draft
        return export_post(
            draft.title,
            draft.body,
            self.current_platform(),
            self.current_format(),
            lang=draft.language or "en",
            date=(draft.published_at or draft.updated_at).date(),
            tags=draft.tags,
            footer=draft.intention.text if self.footer.isChecked() and draft.intention.text.strip() else None,
        )

    def _platform_changed(self) -> None:
        spec = spec_for(self.current_platform())
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in spec.formats:
            self.format.addItem(fmt.value.upper(), fmt.value)
        self.format.blockSignals(False)
        self.refresh()

    def _footer_toggled(self, checked: bool) -> None:
        self.draft = self.journal.update_draft(self.draft.id, share_footer=checked, score=self.draft.score)
        self.refresh()

    def refresh(self) -> None:
        if self.format.currentData() is None:
            return
        result = self.preview()
        self.parts.clear()
        for index, part in enumerate(result.parts, start=1):
            view = QPlainTextEdit(part)
            view.setReadOnly(True)
            count = spec_for(result.platform).count(part)
            title = (
                self.tr("Post %1/%2 (%3)").replace("%1", str(index)).replace("%2", str(len(result.parts)))
                if result.is_thread
                else self.tr("Post (%3)")
            )
            limit = f"{count}/{result.limit}" if result.limit else str(count)
            self.parts.addTab(view, title.replace("%3", limit))
        lines = [spec_for(result.platform).counting_rule] + [w.message for w in result.warnings]
        self.summary.setText("\n".join(line for line in lines if line))

    # --- actions ---

    def _record(self, out_dir: Path | None, on_conflict: str = "error") -> ExportOutcome:
        [outcome] = export_drafts(
            self.journal,
            [self.draft.id],
            self.current_platform(),
            self.current_format(),
            out_dir=out_dir,
            on_conflict=on_conflict,
        )
        self.outcomes.append(outcome)
        self.draft = outcome.draft
        return outcome

    def copy_current(self) -> None:
        outcome = self._record(None)
        index = max(self.parts.currentIndex(), 0)
        text = outcome.result.parts[index] if index < len(outcome.result.parts) else outcome.result.text
        QGuiApplication.clipboard().setText(text)
        self.summary.setText(
            self.tr("Copied to the clipboard: paste it into %1.").replace("%1", platform_label(self.current_platform()))
        )

    def save_to_folder(self, folder: str | None = None) -> Path | None:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Save the export in"))
        if not folder:
            return None
        try:
            try:
                outcome = self._record(Path(folder))
            except ExportExistsError:
                answer = QMessageBox.question(
                    self,
                    self.tr("File exists"),
                    self.tr("A file with this name is already in that folder. Keep both (the new one gets “-2”)?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                outcome = self._record(Path(folder), on_conflict="rename")
        except (OSError, StorageError) as exc:  # a missing folder, no permission, a full disk: said, nothing lost
            show_error(self, exc, summary=self.tr("The export could not be saved in %1.").replace("%1", folder))
            return None
        self.summary.setText(self.tr("Saved as %1").replace("%1", str(outcome.path)))
        return outcome.path

    @classmethod
    def ask(cls, parent: QWidget | None, journal: Journal, draft: Draft) -> list[ExportOutcome]:
        dialog = cls(journal, draft, parent)
        dialog.exec()
        return dialog.outcomes
