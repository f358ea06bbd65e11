"""``analyze``: Markdown draft + profile -> explained Report. Pure Python, no Qt, no database."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from brandjournal.analysis.context import Context
from brandjournal.analysis.language import assign_languages
from brandjournal.analysis.lexicons import Lexicons, load
from brandjournal.analysis.messages import lang_of, msg
from brandjournal.analysis.report import explain
from brandjournal.analysis.rules.intention import intention_flags
from brandjournal.analysis.rules.lexical import lexical_flags, lexical_matches
from brandjournal.analysis.text import Document, build_document, normalise
from brandjournal.domain import Flag, FlagKind, Intention, Profile, Report, Severity, ValueCount

_KIND_ORDER = {k: i for i, k in enumerate(FlagKind)}


def parse(text: str, lex: Lexicons, lang: str | None = None) -> tuple[Document, str]:
    doc = build_document(text, lex.abbreviations)
    return doc, assign_languages(doc, lex, lang)


def detect_language(text: str) -> str:
    """ "fr", "en" or "mixed" (see analysis.language). Empty or undecidable text gives "en"."""
    return parse(text, load())[1]


def _stats(doc: Document, lex: Lexicons, jargon_words: int) -> dict[str, float]:
    words = sum(len(s.tokens) for s in doc.sentences)
    sentences = len(doc.sentences)
    fp = frozenset().union(*(ld.voice.first_person for ld in lex.langs.values()))
    first_person = sum(1 for s in doc.sentences for t in s.tokens if t.norm in fp)
    exclamations = sum(s.exclamations for s in doc.sentences)
    return {
        "words": float(words),
        "sentences": float(sentences),
        "sentence_length": words / sentences if sentences else 0.0,
        "first_person": first_person / words if words else 0.0,
        "jargon_rate": 100.0 * jargon_words / words if words else 0.0,
        "exclamation_rate": exclamations / sentences if sentences else 0.0,
    }


def voice_stats(text: str, lang: str | None = None, *, lexicons: Lexicons | None = None) -> dict[str, float]:
    """Cheap voice metrics of a text, for baselines.

    Keys: ``words``, ``sentences``, ``sentence_length`` (words per sentence), ``first_person`` (share of words
    that are first-person pronouns), ``jargon_rate`` (jargon + peacock words per 100 words),
    ``exclamation_rate`` ("!" per sentence).
    """
    lex = lexicons or load()
    doc, _ = parse(text, lex, lang)
    ctx = Context(doc, lex, "en")
    matches = lexical_matches(ctx)
    jargon_words = sum(j - i for _, i, j, e in matches if e.kind in ("jargon", "peacock"))
    return _stats(doc, lex, jargon_words)


@functools.lru_cache(maxsize=64)
def _parsed_first(text: str, lang: str | None, lex: Lexicons) -> Document:
    """The first draft does not change while the author types: it is parsed once per text (``drift`` only reads
    the document)."""
    return parse(text, lex, lang)[0]


@functools.lru_cache(maxsize=2048)
def _baseline_stats(text: str, lang: str | None, lex: Lexicons) -> dict[str, float]:
    """Past posts do not change while the author types: their metrics are computed once per text.

    (``Lexicons`` hashes by identity, so tests with their own lexicons get their own entries.) Callers only read
    the returned dict.
    """
    return voice_stats(text, lang, lexicons=lex)


def _silenced(rule: str, silenced: frozenset[str]) -> bool:
    if rule in silenced:
        return True
    parts = rule.split(".")
    return any(".".join(parts[:n]) in silenced for n in range(1, len(parts)))


def _bases(rule: str, lex: Lexicons) -> tuple[str, ...]:
    """The base patterns of a lexicon rule ("jargon.en.synergy" -> synergy, synergistic...)."""
    parts = rule.split(".")
    if len(parts) == 3 and parts[0] in ("jargon", "hedge", "peacock") and parts[1] in lex.langs:
        entry = lex.langs[parts[1]].entries.get(rule)
        return entry.bases if entry else ()
    return ()


def _keep(flag: Flag, profile: Profile, accepted: frozenset[str], lex: Lexicons) -> bool:
    """Profile filters: silenced rules (id or prefix), dismissed fingerprints, accepted words."""
    if _silenced(flag.rule, profile.silenced_rules):
        return False
    if profile.dismissed and flag.fingerprint in profile.dismissed:
        return False
    if accepted and flag.kind is not FlagKind.VALUE_EXPRESSED:
        evidence = " ".join(normalise(flag.text).replace("-", " ").replace("’", " ").replace("'", " ").split())
        if evidence in accepted or flag.rule.rsplit(".", 1)[-1] in accepted:
            return False
        if any(b in accepted for b in _bases(flag.rule, lex)):
            return False
    return True


def analyze(
    text: str,
    profile: Profile,
    intention: Intention = Intention(),  # noqa: B008 - frozen dataclass, safe as a default
    *,
    first: str | None = None,
    baseline: Sequence[str] = (),
    ui_lang: str = "en",
    lang: str | None = None,
    max_chars: int | None = None,
    lexicons: Lexicons | None = None,
) -> Report:
    """Analyse a Markdown draft against the author's profile and intention (see the package docstring).

    ``lexicons`` replaces the bundled compiled lexicons (tests, experiments).
    """
    ui = lang_of(ui_lang)
    lex = lexicons or load()
    notices: list[str] = []
    if max_chars is not None and max_chars >= 0 and len(text) > max_chars:
        text = text[:max_chars]
        notices.append(msg(ui, "truncated", n=max_chars))
    doc, doc_lang = parse(text, lex, lang)
    if not doc.sentences:
        notices.append(msg(ui, "empty"))
    ctx = Context(doc, lex, ui)

    matches = lexical_matches(ctx)
    flags: list[Flag] = lexical_flags(ctx, matches)
    if profile.values:  # the rules only a profile with values, a first draft or past posts need are imported then
        from brandjournal.analysis.rules.values import value_flags

        flags += value_flags(ctx, profile.values)
    fp = frozenset().union(*(ld.voice.first_person for ld in lex.langs.values()))
    fp_words = len([t for t in doc.tokens if t.norm in fp])
    intent_flags, detected = intention_flags(ctx, intention, fp_words)
    flags += intent_flags
    if first is not None and first != text:
        from brandjournal.analysis.rules.drift import first_draft_flags

        first_doc = _parsed_first(first[: max_chars or None] if max_chars else first, lang, lex)
        jargon_spans = [
            ctx.span(doc.sentences[si].tokens, i, j) for si, i, j, e in matches if e.kind in ("jargon", "peacock")
        ]
        flags += first_draft_flags(ctx, first_doc, jargon_spans)
    if baseline:
        from brandjournal.analysis.rules.drift import baseline_flags

        jargon_words = sum(j - i for _, i, j, e in matches if e.kind in ("jargon", "peacock"))
        flags += baseline_flags(ctx, _stats(doc, lex, jargon_words), [_baseline_stats(b, lang, lex) for b in baseline])

    accepted = frozenset(" ".join(normalise(w).replace("-", " ").split()) for w in profile.accepted_words)
    flags = [f for f in flags if _keep(f, profile, accepted, lex)]
    flags.sort(key=lambda f: (f.start, f.end, _KIND_ORDER[f.kind], f.rule))

    counts = []
    for value in profile.values:
        expressed = sum(1 for f in flags if f.value == value.name and f.kind is FlagKind.VALUE_EXPRESSED)
        betrayed = sum(1 for f in flags if f.value == value.name and f.kind is FlagKind.VALUE_BETRAYED)
        counts.append(ValueCount(value.name, expressed, betrayed))
    words = len(doc.tokens)
    warnings = sum(1 for f in flags if f.severity is Severity.WARNING)
    expressed_total = sum(1 for f in flags if f.kind is FlagKind.VALUE_EXPRESSED)
    score, explanation = explain(ui, words, warnings, expressed_total)
    return Report(
        language=doc_lang,
        score=score,
        flags=tuple(flags),
        values=tuple(counts),
        declared_kind=intention.kind,
        detected_kind=detected,
        words=words,
        score_explanation=explanation,
        notices=tuple(notices),
    )
