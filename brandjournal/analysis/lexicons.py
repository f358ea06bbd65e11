"""Run-time access to the compiled lexicons (resources/lexicons/compiled/lexicons.json).

Loaded once per process (``load()`` is cached). Nothing here parses TOML or lemmatises: the build script did it.
The author's own value words are compiled here at run time with the same pattern code (suffix rules only).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from brandjournal.analysis.patterns import Matcher, compile_pattern, to_slots
from brandjournal.analysis.text import normalise

COMPILED_NAME = "lexicons.json"


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    rule: str
    kind: str  # jargon | hedge | peacock
    lang: str
    severity: str
    suggestion: str | None
    why: str | None
    bases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    signals: str
    role: str
    lang: str


@dataclass(slots=True)
class Voice:
    first_person: frozenset[str] = frozenset()
    first_person_singular: frozenset[str] = frozenset()
    second_person: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    weak_negations: frozenset[str] = frozenset()
    negation_breakers: frozenset[str] = frozenset()
    clause_breakers: frozenset[str] = frozenset()
    feelings: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()


@dataclass(slots=True)
class LangData:
    lang: str
    voice: Voice
    lexicon: Matcher  # payload: Entry
    cues: Matcher  # payload: Cue
    intent_words: Matcher  # payload: kind (str)
    entries: dict[str, Entry] = field(default_factory=dict)
    known_in_other: frozenset[str] = frozenset()  # one-word jargon that is a plain word of the other language


@dataclass(slots=True)
class Concept:
    id: str
    names: dict[str, frozenset[str]]
    name_patterns: tuple
    fits: tuple
    betrays: tuple


@dataclass(slots=True)
class Lexicons:
    langs: dict[str, LangData]
    concepts: list[Concept]
    abbreviations: frozenset[str]
    cache: dict = field(default_factory=dict)  # per-profile matchers, built by the rules on first use


def compiled_path() -> Path:
    from brandjournal.paths import resources_dir

    return resources_dir() / "lexicons" / "compiled" / COMPILED_NAME


def _lang_data(lang: str, raw: dict) -> LangData:
    voice_raw = raw.get("voice", {})
    voice = Voice(**{k: frozenset(v) for k, v in voice_raw.items() if k in Voice.__slots__})
    entries = [
        Entry(
            e["id"],
            e["rule"],
            e["kind"],
            lang,
            e.get("severity") or "warning",
            e.get("suggestion"),
            e.get("why"),
            tuple(e.get("bases", ())),
        )
        for e in raw.get("entries", [])
    ]
    cues = [Cue(c["id"], c["signals"], c["role"], lang) for c in raw.get("cues", [])]
    matchers = raw.get("matchers", {})
    lexicon = Matcher.from_json(matchers.get("lexicon", {}), entries)
    return LangData(
        lang=lang,
        voice=voice,
        lexicon=lexicon,
        cues=Matcher.from_json(matchers.get("cues", {}), cues),
        intent_words=Matcher.from_json(matchers.get("intent_words", {}), raw.get("intent_kinds", [])),
        entries={e.rule: e for e in entries},
        known_in_other=frozenset(raw.get("known_in_other", ())),
    )


def from_data(data: dict) -> Lexicons:
    langs = {lang: _lang_data(lang, raw) for lang, raw in data.get("languages", {}).items()}
    for lang in ("en", "fr"):
        langs.setdefault(lang, LangData(lang, Voice(), Matcher(), Matcher(), Matcher()))
    concepts = [
        Concept(
            c["id"],
            {lang: frozenset(names) for lang, names in c.get("names", {}).items()},
            tuple(to_slots(p) for p in c.get("name_patterns", [])),
            tuple(to_slots(p) for p in c.get("fits", [])),
            tuple(to_slots(p) for p in c.get("betrays", [])),
        )
        for c in data.get("values", [])
    ]
    abbreviations = frozenset().union(*(ld.voice.abbreviations for ld in langs.values()))
    return Lexicons(langs, concepts, abbreviations)


@functools.cache
def load(path: str | None = None) -> Lexicons:
    """The bundled compiled lexicons (or another compiled file, for tests)."""
    file = Path(path) if path else compiled_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    return from_data(data)


# ------------------------------------------------------------------------------ author's own value words
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("_", normalise(text)).strip("_") or "value"


@functools.lru_cache(maxsize=512)
def compile_author_pattern(pattern: str, lang: str | None, no_inflect: frozenset[str]) -> tuple:
    """An author-written word or phrase, inflected with suffix rules (lang None: English and French)."""
    return to_slots(compile_pattern(pattern, lang, no_inflect))
