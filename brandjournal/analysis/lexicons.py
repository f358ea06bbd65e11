"""Run-time access to the compiled lexicons (resources/lexicons/compiled/lexicons.json).

Loaded once per process (``load()`` is cached). Nothing here parses TOML or lemmatises: the build script did it.
The author's own value words are compiled here at run time with the same pattern code (suffix rules only).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path

from brandjournal.analysis.patterns import Matcher, compile_pattern, to_slots
from brandjournal.analysis.text import normalise

COMPILED_NAME = "common.json"


class Entry:
    """One lexicon entry (jargon, hedge or peacock)."""

    __slots__ = ("bases", "id", "kind", "lang", "rule", "severity", "suggestion", "why")

    def __init__(
        self,
        id: str,
        rule: str,
        kind: str,
        lang: str,
        severity: str,
        suggestion: str | None,
        why: str | None,
        bases: tuple[str, ...],
    ) -> None:
        self.id = id
        self.rule = rule
        self.kind = kind  # jargon | hedge | peacock
        self.lang = lang
        self.severity = severity
        self.suggestion = suggestion
        self.why = why
        self.bases = bases


class Cue:
    """One intention cue: it signals a kind of post and plays a role."""

    __slots__ = ("id", "lang", "role", "signals")

    def __init__(self, id: str, signals: str, role: str, lang: str) -> None:
        self.id = id
        self.signals = signals
        self.role = role
        self.lang = lang


_VOICE_LISTS = (
    "first_person",
    "first_person_singular",
    "second_person",
    "negations",
    "weak_negations",
    "negation_breakers",
    "clause_breakers",
    "feelings",
    "function_words",
    "abbreviations",
    "offer_imperatives",
    "offer_followers",
)


class Voice:
    """The engine's own word lists for one language (resources/lexicons/<lang>/voice.toml)."""

    __slots__ = _VOICE_LISTS

    def __init__(self, **lists: frozenset[str]) -> None:
        for name in _VOICE_LISTS:
            setattr(self, name, lists.get(name, frozenset()))


class LangData:
    """Everything the engine knows about one language. The lexicon (the heavy part) may be loaded lazily."""

    __slots__ = ("_entries", "_lexicon", "_loader", "cues", "intent_words", "known_in_other", "lang", "voice")

    def __init__(
        self,
        lang: str,
        voice: Voice,
        lexicon: Matcher | None,
        cues: Matcher,
        intent_words: Matcher,
        entries: dict[str, Entry] | None = None,
        known_in_other: frozenset[str] = frozenset(),
        loader: Callable[[], dict] | None = None,
    ) -> None:
        self.lang = lang
        self.voice = voice
        self._lexicon = lexicon if lexicon is not None or loader else Matcher()
        self._entries = entries if entries is not None else ({} if not loader else None)
        self._loader = loader
        self.cues = cues  # payload: Cue
        self.intent_words = intent_words  # payload: kind (str)
        self.known_in_other = known_in_other  # one-word jargon that is a plain word of the other language

    def _load(self) -> None:
        raw = self._loader() if self._loader else {}
        entries = _entries(self.lang, raw.get("entries", []))
        self._lexicon = Matcher.from_json(raw.get("lexicon", {}), entries)
        self._entries = {e.rule: e for e in entries}

    @property
    def lexicon(self) -> Matcher:
        """Jargon, hedge and peacock patterns (payload: Entry)."""
        if self._lexicon is None:
            self._load()
        return self._lexicon

    @property
    def entries(self) -> dict[str, Entry]:
        if self._entries is None:
            self._load()
        return self._entries


class Concept:
    """A bundled value concept (values.toml): names, fits and betrays in both languages."""

    __slots__ = ("betrays", "fits", "id", "name_patterns", "names")

    def __init__(self, id: str, names: dict, name_patterns: tuple, fits: tuple, betrays: tuple) -> None:
        self.id = id
        self.names = names
        self.name_patterns = name_patterns
        self.fits = fits
        self.betrays = betrays


class Lexicons:
    __slots__ = ("abbreviations", "cache", "concepts", "langs")

    def __init__(self, langs: dict[str, LangData], concepts: list[Concept], abbreviations: frozenset[str]) -> None:
        self.langs = langs
        self.concepts = concepts
        self.abbreviations = abbreviations
        self.cache: dict = {}  # per-profile matchers, built by the rules on first use


def compiled_path() -> Path:
    from brandjournal.paths import resources_dir

    return resources_dir() / "lexicons" / "compiled" / COMPILED_NAME


def _entries(lang: str, raw_entries: list[dict]) -> list[Entry]:
    return [
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
        for e in raw_entries
    ]


def _lang_data(lang: str, raw: dict, loader: Callable[[], dict] | None) -> LangData:
    voice_raw = raw.get("voice", {})
    voice = Voice(**{k: frozenset(v) for k, v in voice_raw.items() if k in _VOICE_LISTS})
    cues = [Cue(c["id"], c["signals"], c["role"], lang) for c in raw.get("cues", [])]
    matchers = raw.get("matchers", {})
    if loader is None:  # everything in one dict (tests, build output)
        entries = _entries(lang, raw.get("entries", []))
        lexicon: Matcher | None = Matcher.from_json(matchers.get("lexicon", {}), entries)
        entry_map: dict[str, Entry] | None = {e.rule: e for e in entries}
    else:
        lexicon, entry_map = None, None
    return LangData(
        lang=lang,
        voice=voice,
        lexicon=lexicon,
        cues=Matcher.from_json(matchers.get("cues", {}), cues),
        intent_words=Matcher.from_json(matchers.get("intent_words", {}), raw.get("intent_kinds", [])),
        entries=entry_map,
        known_in_other=frozenset(raw.get("known_in_other", ())),
        loader=loader,
    )


def from_data(data: dict, loaders: dict[str, Callable[[], dict]] | None = None) -> Lexicons:
    """Lexicons from compiled data; ``loaders`` give each language's heavy lexicon file on first use."""
    loaders = loaders or {}
    langs = {lang: _lang_data(lang, raw, loaders.get(lang)) for lang, raw in data.get("languages", {}).items()}
    for lang in ("en", "fr"):
        langs.setdefault(lang, LangData(lang, Voice(), Matcher(), Matcher(), Matcher()))
    concepts = [
        Concept(
            c["id"],
            {lang: tuple(names) for lang, names in c.get("names", {}).items()},
            tuple(to_slots(p) for p in c.get("name_patterns", [])),
            tuple(to_slots(p) for p in c.get("fits", [])),
            tuple(to_slots(p) for p in c.get("betrays", [])),
        )
        for c in data.get("values", [])
    ]
    abbreviations = frozenset().union(*(ld.voice.abbreviations for ld in langs.values()))
    return Lexicons(langs, concepts, abbreviations)


def _read_json(file: Path) -> dict:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@functools.cache
def load(path: str | None = None) -> Lexicons:
    """The bundled compiled lexicons (or another compiled folder's common.json, for tests).

    Only common.json is read here; ``lexicon.<lang>.json`` is read the first time a sentence in that language
    needs it (an English post never loads the French lexicon).
    """
    file = Path(path) if path else compiled_path()
    loaders = {lang: functools.partial(_read_json, file.with_name(f"lexicon.{lang}.json")) for lang in ("en", "fr")}
    return from_data(_read_json(file), loaders)


# ------------------------------------------------------------------------------ author's own value words
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("_", normalise(text)).strip("_") or "value"


@functools.lru_cache(maxsize=512)
def compile_author_pattern(pattern: str, lang: str | None, no_inflect: frozenset[str]) -> tuple:
    """An author-written word or phrase, inflected with suffix rules (lang None: English and French)."""
    return to_slots(compile_pattern(pattern, lang, no_inflect))
