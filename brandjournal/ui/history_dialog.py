"""Revision history: every kept version of a draft, compared side by side with the current text.

The comparison is word by word (difflib over words and spaces): a post is a few long paragraphs, so a line diff
would mark whole paragraphs for a one-word change.
"""

from __future__ import annotations

import difflib
import re
from html import escape

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from brandjournal.domain import Draft, FlagKind, Revision, RevisionKind
from brandjournal.storage import Journal, StorageError
from brandjournal.ui.colors import kind_colors
from brandjournal.ui.error_messages import show_error
from brandjournal.ui.labels import kind_label, revision_label

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Both sides as (tag, text) pieces: tag is "same", "removed" (old side) or "added" (new side).

    Tiny runs left equal between two changes ("de", "et", a space) are folded into the change: otherwise a
    rewritten sentence reads as confetti of single-word matches.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    merged: list[list] = []
    for index, (op, i1, i2, j1, j2) in enumerate(ops):
        tiny = op == "equal" and len("".join(a[i1:i2]).strip()) <= 3 and 0 < index < len(ops) - 1
        kind = "change" if op != "equal" or tiny else "equal"
        if merged and merged[-1][0] == kind == "change":
            merged[-1][2], merged[-1][4] = i2, j2
        else:
            merged.append([kind, i1, i2, j1, j2])
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for kind, i1, i2, j1, j2 in merged:
        if kind == "equal":
            left.append(("same", "".join(a[i1:i2])))
            right.append(("same", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(("removed", "".join(a[i1:i2])))
        if j2 > j1:
            right.append(("added", "".join(b[j1:j2])))
    return left, right


def _side_html(pieces: list[tuple[str, str]], colours: dict[str, str]) -> str:
    out = []
    for tag, text in pieces:
        body = escape(text).replace("\n", "<br>")
        if tag == "same":
            out.append(body)
        else:
            decoration = "line-through" if tag == "removed" else "none"
            out.append(f"<span style='background-color:{colours[tag]}; text-decoration:{decoration}'>{body}</span>")
    return "<div style='white-space: pre-wrap'>" + "".join(out) + "</div>"


class HistoryDialog(QDialog):
    def __init__(self, journal: Journal, draft_id: int, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revision history"))
        self._journal = journal
        self._draft_id = draft_id
        self._current = current
        self.restored: Draft | None = None
        self.revisions: list[Revision] = journal.revisions(draft_id)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Revisions"))
        locale = QLocale()
        for revision in reversed(self.revisions):
            when = locale.toString(QDateTime(revision.created_at).toLocalTime(), QLocale.FormatType.ShortFormat)
            text = f"{revision_label(revision.kind)} — {when}"
            if revision.label:
                text += f"\n{revision.label}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
        self.old_view = QTextBrowser()
        self.old_view.setAccessibleName(self.tr("Selected revision"))
        self.new_view = QTextBrowser()
        self.new_view.setAccessibleName(self.tr("Current text"))
        self.old_title = QLabel(self.tr("Selected revision"))
        new_title = QLabel(self.tr("Current text"))
        self.summary = QLabel()

        def column(title: QLabel, view: QTextBrowser) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            return box

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(column(self.old_title, self.old_view))
        splitter.addWidget(column(new_title, self.new_view))
        splitter.setSizes([220, 420, 420])

        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(self.tr("The current text is kept as a revision first: nothing is lost"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.kept = QTextBrowser()
        self.kept.setAccessibleName(self.tr("Warnings kept on purpose"))
        self.kept.setMaximumHeight(130)
        acknowledgements = journal.acknowledgements(draft_id)
        if acknowledgements:
            layout.addWidget(QLabel(self.tr("Warnings kept on purpose, with your reasons")))
            self.kept.setHtml(self._kept_html(acknowledgements, locale))
            layout.addWidget(self.kept)
        else:
            self.kept.hide()
        layout.addLayout(row)

        self.old_view.verticalScrollBar().valueChanged.connect(self.new_view.verticalScrollBar().setValue)
        self.list.currentRowChanged.connect(self._show)
        if self.revisions:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.resize(1100, 600)

    def _kept_html(self, acknowledgements, locale: QLocale) -> str:
        approved = {r.id for r in self.revisions if r.kind is RevisionKind.APPROVED}
        rows = []
        for ack in acknowledgements:
            when = locale.toString(QDateTime(ack.created_at).toLocalTime(), QLocale.FormatType.ShortFormat)
            at_approval = self.tr(" (at approval)") if ack.revision_id in approved else ""
            rows.append(
                f"<li><b>« {escape(ack.evidence)} »</b> — {escape(kind_label(FlagKind(ack.kind)))}: "
                f"<i>{escape(ack.reason)}</i> <small>{escape(when)}{escape(at_approval)}</small></li>"
            )
        return "<ul style='margin:0'>" + "".join(rows) + "</ul>"

    def selected(self) -> Revision | None:
        item = self.list.currentItem()
        if item is None:
            return None
        revision_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.revisions if r.id == revision_id), None)

    def _show(self, _row: int) -> None:
        revision = self.selected()
        self.restore_button.setEnabled(revision is not None and revision.body != self._current)
        if revision is None:
            self.old_view.setPlainText(self.tr("No revision kept yet."))
            self.new_view.setPlainText(self._current)
            self.summary.clear()
            return
        colours = {
            "removed": kind_colors(FlagKind.VALUE_BETRAYED, self.palette()).background.name(),
            "added": kind_colors(FlagKind.VALUE_EXPRESSED, self.palette()).background.name(),
        }
        left, right = word_diff(revision.body, self._current)
        self.old_view.setHtml(_side_html(left, colours))
        self.new_view.setHtml(_side_html(right, colours))
        ratio = difflib.SequenceMatcher(None, revision.body, self._current, autojunk=False).ratio()
        label = self.tr("%1 — %2% identical to the current text")
        self.summary.setText(label.replace("%1", revision_label(revision.kind)).replace("%2", str(round(ratio * 100))))
        if revision.kind is RevisionKind.FIRST:
            self.old_title.setText(self.tr("First draft (kept whole)"))
        else:
            self.old_title.setText(self.tr("Selected revision"))

    def restore_selected(self) -> None:
        revision = self.selected()
        if revision is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this version?"),
            self.tr("The draft's text becomes this version. The current text is kept in the history."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(revision.id)

    def restore(self, revision_id: int) -> None:
        try:
            self.restored = self._journal.restore_revision(self._draft_id, revision_id)
        except StorageError as exc:  # the draft or the version is gone: said in the UI language, nothing changed
            show_error(self, exc, summary=self.tr("This version could not be restored."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, journal: Journal, draft_id: int, current: str) -> Draft | None:
        """Show the history; returns the draft as restored, or None if nothing was restored."""
        dialog = cls(journal, draft_id, current, parent)
        dialog.exec()
        return dialog.restored
