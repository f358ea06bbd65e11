"""Python string offsets <-> Qt document positions.

The engine's offsets index the Python ``str`` (code points); Qt counts UTF-16 code units, so every character
outside the BMP (most emoji, common in posts) shifts Qt positions by one. Without this mapping a highlight
after an emoji would land one character off.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        # python indices of 2-unit chars (a regex, not a loop over characters: 0.2 s less on a 1 MB draft)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._qt_astral = [i + n for n, i in enumerate(self._astral)]  # their Qt positions

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        return position - bisect_left(self._qt_astral, position)


def document_text(raw: str) -> str:
    """The document's text as the journal stores it: Qt paragraph/line separators become ``\\n``.

    Uses ``toRawText`` semantics (no-break spaces, common in French typography, are kept; ``toPlainText``
    would turn them into plain spaces and silently change the author's text).
    """
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")
