"""Light Markdown highlighting for the source editor: headings, emphasis, code, links, lists, quotes.

Only fonts and a muted colour change; character positions never do, so flag offsets stay exact.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication

_HEADING = re.compile(r"^#{1,6}\s.*$")
_QUOTE = re.compile(r"^\s*>.*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![*_\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_\w])")
_CODE = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)|https?://\S+")
_TAG = re.compile(r"(?<![\w#])[#@][\w][\w.-]*")


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.refresh_palette()

    def refresh_palette(self) -> None:
        palette = QApplication.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        link = palette.color(QPalette.ColorRole.Link)
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._bold = QTextCharFormat()
        self._bold.setFontWeight(QFont.Weight.Bold)
        self._italic = QTextCharFormat()
        self._italic.setFontItalic(True)
        self._code = QTextCharFormat()
        self._code.setFontFamilies(["monospace"])
        self._code.setForeground(muted)
        self._muted = QTextCharFormat()
        self._muted.setForeground(muted)
        self._link = QTextCharFormat()
        self._link.setForeground(link)
        self._tag = QTextCharFormat()
        self._tag.setForeground(QColor(link))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if _HEADING.match(text):
            self.setFormat(0, len(text), self._heading)
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self._italic)
        marker = _LIST.match(text)
        if marker:
            self.setFormat(0, marker.end(), self._muted)
        for pattern, fmt in ((_BOLD, self._bold), (_ITALIC, self._italic), (_LINK, self._link), (_TAG, self._tag)):
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)
        for m in _CODE.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._code)
