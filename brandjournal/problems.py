"""Errors that say what happened as a stable code and its facts, not only as an English sentence.

The CLI prints ``str(error)``: English. The window says the same thing in the interface language, and must not
have to recognise English sentences to do so (reword one and the French interface would silently show English).
So each of these errors carries ``code`` (a member of a ``Problem`` enum: the name is the stable code, the value
the English sentence with ``{fact}`` fields) and ``facts`` (the values: path, draft id, status...). The English
text is built from the two, so it cannot drift from what the code says.

Pure Python, no Qt: storage, publishing and the importers use it; brandjournal/ui/error_messages.py translates.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Problem(Enum):
    """Base of the code enums: ``NAME = "English sentence with {facts}"`` (extra facts are allowed)."""

    def say(self, facts: dict[str, Any]) -> str:
        """The English sentence with ``facts`` in its fields."""
        return str(self.value).format(**facts)


class CodedError(Exception):
    """An error raised either with a code and its facts (``Error(Code.X, path=...)``) or a one-off sentence.

    ``code`` is None for a one-off sentence (an unexpected SQLite message...): the window then shows a generic
    sentence with the original as technical details.
    """

    code: Problem | None
    facts: dict[str, Any]

    def __init__(self, what: str | Problem = "", /, **facts: Any) -> None:
        if isinstance(what, Problem):
            self.code = what
            self.facts = facts
            super().__init__(what.say(facts))
        else:
            if facts:
                raise TypeError("facts go with a code, not with a sentence")
            self.code = None
            self.facts = {}
            super().__init__(what)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (and copy) by code and facts when there is a code; subclasses with their own __init__ keep
        # Exception's default (their args).
        if self.code is not None and type(self).__init__ is CodedError.__init__:
            return (_rebuild, (type(self), self.code, self.facts))
        return super().__reduce__()


def _rebuild(kind: type[CodedError], code: Problem, facts: dict[str, Any]) -> CodedError:
    return kind(code, **facts)
