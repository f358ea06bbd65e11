"""Cheap per-sentence language detection (French / English) from function words.

Each sentence scores its words found ONLY in one language's function-word list (words shared by both lists, like
"on" or "me", say nothing), plus French accented letters. Undecided sentences take the language of the nearest
decided sentence, else the document's. The document is "mixed" when the minority language holds at least 25 % of
the decided words and at least two sentences.
"""

from __future__ import annotations

from brandjournal.analysis.lexicons import Lexicons
from brandjournal.analysis.text import UNITS, Document, Sentence, Token


def _contraction(tok: Token, source: str) -> bool:
    """ "let's", "don't", "I'd": a letter AFTER an apostrophe is English; French elides BEFORE it ("s'il", "d'un")."""
    return len(tok.norm) == 1 and tok.start > 0 and source[tok.start - 1] in "'’ʼ"


# "il a", "y a", "elle a": the French verb; "on a" is French ("on a fini") or English ("on a Monday"): neither
_FR_SUBJECTS_OF_A = frozenset({"il", "elle", "y", "qui", "ca", "cela", "tout", "rien", "personne", "chacun"})
_UNIT_LETTERS = frozenset(unit for unit in UNITS if len(unit) == 1)  # after a figure: "34 m", "14 h", "5 g"


def _score(
    sentence: Sentence, source: str, fr_only: frozenset[str], en_only: frozenset[str], fr_words_all: frozenset[str]
) -> str | None:
    """Language of one sentence (None if undecided); marks ``sentence.mixed`` when both languages show."""
    fr = en = 0.0
    after_figure = False
    prev = ""
    for tok in sentence.tokens:
        norm, before, prev = tok.norm, prev, tok.norm
        if after_figure and norm in _UNIT_LETTERS:
            after_figure = False
            continue  # a unit ("34 m", "5 h"), not the French "m'" or the English "a"
        after_figure = tok.digit
        if norm == "a" and (before in _FR_SUBJECTS_OF_A or before == "on"):
            fr += before != "on"  # "il y a", "elle a": the French verb, not the English article
            continue
        if tok.accented:
            fr += 1 if norm in fr_words_all or len(norm) == 1 else 0.5  # "à", "été": French, whatever "a" is
            continue
        if norm in fr_only:
            if len(norm) != 1 or not _contraction(tok, source):  # (only one-letter words can be contractions)
                fr += 1
        elif norm in en_only:
            en += 1
    sentence.mixed = min(fr, en) >= 2 or (min(fr, en) >= 1 and min(fr, en) >= 0.4 * max(fr, en))
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return None


def _only_words(lex: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    """The function words of French only and of English only (computed once per lexicons)."""
    found = lex.cache.get("language_only_words")
    if found is None:
        fr_words = lex.langs["fr"].voice.function_words
        en_words = lex.langs["en"].voice.function_words
        found = lex.cache["language_only_words"] = (fr_words - en_words, en_words - fr_words)
    return found


def assign_languages(doc: Document, lex: Lexicons, forced: str | None = None) -> str:
    """Set ``sentence.lang`` on every sentence; return the document language ("fr", "en" or "mixed")."""
    if forced in ("fr", "en"):
        for sentence in doc.sentences:
            sentence.lang = forced
        return forced
    fr_words = lex.langs["fr"].voice.function_words
    fr_only, en_only = _only_words(lex)
    decided = [_score(s, doc.source, fr_only, en_only, fr_words) for s in doc.sentences]
    weight = {"fr": 0, "en": 0}
    count = {"fr": 0, "en": 0}
    for sentence, lang in zip(doc.sentences, decided, strict=True):
        if lang:
            weight[lang] += len(sentence.tokens)
            count[lang] += 1
    main = "fr" if weight["fr"] > weight["en"] else "en"
    last: str | None = None
    pending: list[Sentence] = []
    for sentence, lang in zip(doc.sentences, decided, strict=True):
        if lang is None:
            pending.append(sentence)
            continue
        for p in pending:
            p.lang = last or lang
        pending = []
        sentence.lang = last = lang
    for p in pending:
        p.lang = last or main
    total = weight["fr"] + weight["en"]
    minority = "en" if main == "fr" else "fr"
    if total and weight[minority] / total >= 0.25 and count[minority] >= 2:
        return "mixed"
    return main
