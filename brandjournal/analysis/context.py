"""What every rule receives: the parsed document, the lexicons, languages, and a flag factory."""

from __future__ import annotations

from brandjournal.analysis.lexicons import LangData, Lexicons
from brandjournal.analysis.text import Document, Sentence, Token
from brandjournal.domain import Flag, FlagKind, Severity

_OPENERS = "\"'«“‘„‹"
_CLOSERS = "\"'»”’›"


class Context:
    __slots__ = ("_sentence_text", "doc", "lex", "ui_lang")

    def __init__(self, doc: Document, lex: Lexicons, ui_lang: str) -> None:
        self.doc = doc
        self.lex = lex
        self.ui_lang = ui_lang
        self._sentence_text: dict[int, str] = {}  # one string per sentence, shared by its flags

    def lang_data(self, sentence: Sentence) -> LangData:
        return self.lex.langs[sentence.lang]

    def flag(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        kind: FlagKind,
        rule: str,
        message: str,
        *,
        severity: Severity = Severity.WARNING,
        value: str | None = None,
        suggestion: str | None = None,
    ) -> Flag:
        src = self.doc.source
        text = self._sentence_text.get(sentence.start)
        if text is None:
            text = self._sentence_text[sentence.start] = src[sentence.start : sentence.end]
        return Flag(
            kind=kind,
            start=start,
            end=end,
            text=src[start:end],
            severity=severity,
            rule=rule,
            message=message,
            value=value,
            suggestion=suggestion,
            sentence=text,
        )

    def span(self, toks: list[Token], i: int, j: int) -> tuple[int, int]:
        """Character span of sentence tokens [i, j)."""
        return toks[i].start, toks[j - 1].end

    def is_quoted(self, start: int, end: int) -> bool:
        """Evidence wrapped in quotes is being mentioned, not used ('the word "synergy"')."""
        src = self.doc.source  # a bounded window: a flag must not cost the length of the document
        before = src[max(0, start - 8) : start].rstrip(" \u00a0\u202f")
        after = src[end : end + 8].lstrip(" \u00a0\u202f")
        return bool(before) and bool(after) and before[-1] in _OPENERS and after[0] in _CLOSERS
