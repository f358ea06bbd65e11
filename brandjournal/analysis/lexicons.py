"""Run-time access to the compiled lexicons (resources/lexicons/compiled/, see ``build_lexicons``).

Loaded once per process (``load()`` is cached). Nothing here parses TOML or lemmatises: the build script did it.
The author's own value words are compiled here at run time with the same pattern code (suffix rules only).
Loading is lazy at every level: a language's file is read when a sentence of that language needs it, and inside
it an entry, a cue or a pattern is decoded when a match needs it (see "stored form" in ``patterns``).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator

from brandjournal.analysis.patterns import (
    BLOCK_PARTS,
    PATTERN_SEP,
    FormTable,
    LazyRecords,
    Matcher,
    PatternBlock,
    Stored,
    compile_pattern,
    decode_slots,
    stored_text,
    to_slots,
)
from brandjournal.analysis.text import normalise

COMPILED_NAME = "common.json"
FORMAT_VERSION = 7
BLOB_KEY = "$blob"  # {"$blob": [start, end]}: a long string kept in the companion text file (bytes)

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


class Entry:
    """One lexicon entry (jargon, hedge or peacock)."""

    __slots__ = ("bases", "id", "kind", "lang", "literal", "rule", "severity", "suggestion", "why")

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
        literal: frozenset[str] = frozenset(),
    ) -> None:
        self.id = id
        self.rule = rule
        self.kind = kind  # jargon | hedge | peacock
        self.lang = lang
        self.severity = severity
        self.suggestion = suggestion
        self.why = why
        self.bases = bases
        self.literal = literal  # word forms that, in the same sentence, show the literal sense ("goat" for "agile")


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
    "reply_words",
    "ambiguous_value_names",
)


class Voice:
    """The engine's own word lists for one language (resources/lexicons/<lang>/voice.toml)."""

    __slots__ = _VOICE_LISTS

    def __init__(self, **lists: frozenset[str]) -> None:
        for name in _VOICE_LISTS:
            setattr(self, name, lists.get(name, frozenset()))


class WordList(dict):
    """A long word list searched without building a set (hashing 15,000 words would cost every process that reads
    French a few milliseconds): the words, sorted, are one space-separated string, and ``index`` gives, for each
    first two letters, the short stretch of that string holding the words that start with them.

    ``words[w]`` says whether ``w`` is in the list; the answer is kept, so a word already seen costs one dict read
    (``w in words`` says the same)."""

    __slots__ = ("_base", "_buf", "index")

    def __init__(self, words: str | Stored, index: dict[str, list[int]]) -> None:
        super().__init__()
        stored = Stored.of(words)  # the words stay in the compiled bytes (ASCII: byte and character offsets agree)
        self._buf, self._base = stored.buf, stored.start
        self.index = index

    def __missing__(self, word: str) -> bool:
        span = self.index.get(word[:2])
        found = self[word] = span is not None and (
            self._buf.find(f" {word} ".encode(), self._base + span[0], self._base + span[1]) >= 0
        )
        return found

    def __contains__(self, word: object) -> bool:
        return self[word]

    def __bool__(self) -> bool:
        return bool(self.index)


def word_list(words: Iterable[str]) -> dict[str, Any]:
    """The stored form of a ``WordList`` (the build writes it; ``WordList(**stored)`` reads it)."""
    text = " "
    index: dict[str, list[int]] = {}
    for word in sorted(set(words)):
        start = len(text) - 1  # the space before the word
        text += word + " "
        span = index.setdefault(word[:2], [start, len(text)])
        span[1] = len(text)
    return {"words": text, "index": index}


class LangData:
    """Everything the engine knows about one language.

    The lexicon and the intention cues (the heavy part) are loaded lazily from ``lexicon.<lang>.json`` the
    first time a sentence of that language needs them.
    """

    __slots__ = (
        "_borrowed",
        "_cues",
        "_cues_source",
        "_entries",
        "_lexicon",
        "_loader",
        "intent_words",
        "known_in_other",
        "lang",
        "voice",
    )

    def __init__(
        self,
        lang: str,
        voice: Voice,
        intent_words: Matcher,
        known_in_other: frozenset[str] = frozenset(),
        loader: Callable[[], dict] | None = None,
        heavy: dict | None = None,
    ) -> None:
        self.lang = lang
        self.voice = voice
        self.intent_words = intent_words  # payload: kind (str)
        self.known_in_other = known_in_other  # one-word lexicon forms that are plain words of the other language
        self._loader = loader
        self._lexicon: Matcher | None = None
        self._cues: Matcher | None = None
        self._cues_source: tuple | None = None  # what ``cues`` is read from, once the file is loaded
        self._entries: dict[str, Entry] | LazyRecords | None = None
        self._borrowed: WordList | None = None
        if heavy is not None or loader is None:
            self._set(heavy or {})

    def _set(self, raw: dict) -> None:
        _check_version(raw)
        lang = self.lang
        forms = FormTable(raw.get("forms"))
        entries = LazyRecords(raw.get("entries"), lambda line: _entry(lang, line))
        cues = LazyRecords(raw.get("cues"), lambda line: Cue(*json.loads(line), lang))
        matchers = raw.get("matchers", {})
        self._lexicon = Matcher.from_json(matchers.get("lexicon", {}), entries, forms)
        # the cues are read on first use: a French post needs the English lexicon (franglais), not its cues
        self._cues_source = (matchers.get("cues", {}), cues, forms)
        self._entries = entries
        self._borrowed = WordList(**raw.get("borrowed_english", word_list([])))

    def _load(self) -> None:
        self._set(self._loader() if self._loader else {})

    @property
    def lexicon(self) -> Matcher:
        """Jargon, hedge and peacock patterns (payload: Entry)."""
        if self._lexicon is None:
            self._load()
        return self._lexicon

    @property
    def cues(self) -> Matcher:
        """Intention cues (payload: Cue)."""
        if self._cues is None:
            if self._cues_source is None:
                self._load()
            self._cues = Matcher.from_json(*self._cues_source)
        return self._cues

    @property
    def borrowed_english(self) -> WordList:
        """English words this language's sentences borrow ("inbox", "deal"; see ``{lang}/loanwords.toml``)."""
        if self._borrowed is None:
            self._load()
        return self._borrowed

    @property
    def entries(self) -> dict[str, Entry]:
        """Every entry by rule id (reads them all: the matchers only read the entries they match)."""
        if self._entries is None:
            self._load()
        if isinstance(self._entries, LazyRecords):
            self._entries = {e.rule: e for e in self._entries}
        return self._entries


# A concept's compiled parts (see ``Concept``), in this order, joined by PART_SEP into one string of values.json:
# loading the file slices it out of the companion text file without parsing it, and only the concepts a profile
# names are ever split and parsed.
CONCEPT_PARTS = (
    "name_patterns",
    "opposite_sources",
    "words",
    "block_words",
    "expressing_kinds",
    "betraying_kinds",
    *(f"expressing.{part}" for part in BLOCK_PARTS),
    *(f"betraying.{part}" for part in BLOCK_PARTS),
)
PART_SEP = "\x1e"  # ASCII record separator: in no word, pattern or form


class Concept:
    """A bundled value concept (values.toml): names, fits and betrays in both languages.

    Everything a value named after the concept gets from it whoever the author is, the build stores
    (``build_lexicons``): the words it adds to the value, each with the language to inflect it in ("" in the file:
    both), and two blocks of compiled and indexed patterns (``PatternBlock``): ``expressing`` (those words as
    ``values.author_slots`` compiles them, then their opposites, then the fits) and ``betraying`` (the betrays).
    ``expressing_kinds`` and ``betraying_kinds`` have one letter per pattern of the block: w(ord), a(ntonym),
    f(it), b(etray); upper case for French wording. Each part is parsed the first time it is asked for (a
    profile's values map onto a few concepts, and only theirs are ever needed), a pattern when a draft proposes it.
    """

    __slots__ = ("_parsed", "_parts", "forms", "id", "names")

    def __init__(
        self, id: str, names: dict, parts: str | Stored | dict[str, str], forms: FormTable | None = None
    ) -> None:
        self.id = id
        self.names = names
        self.forms = forms or FormTable()  # the stored patterns' form references point here
        self._parts = parts  # CONCEPT_PARTS, as stored (one string, maybe left in the file's bytes) or split
        self._parsed: dict[str, object] = {}  # parts parsed on first use

    def _part(self, key: str, parse: Callable) -> object:
        found = self._parsed.get(key)
        if found is None:
            parts = self._parts
            if not isinstance(parts, dict):
                parts = self._parts = dict(zip(CONCEPT_PARTS, stored_text(parts).split(PART_SEP), strict=True))
            found = self._parsed[key] = parse(parts)
        return found

    @property
    def name_patterns(self) -> tuple:
        """The concept's names compiled as lexicon patterns (the engine compiles them as an author's words)."""
        return self._part(
            "name_patterns",
            lambda parts: tuple(
                to_slots(decode_slots(line, self.forms)) for line in parts["name_patterns"].split(PATTERN_SEP) if line
            ),
        )

    @property
    def opposite_sources(self) -> dict[str, str | None]:
        """The words the value's opposites are made from (``values.concept_words``), with their language."""
        return self._part("opposite_sources", lambda parts: _word_languages(parts["opposite_sources"]))

    @property
    def words(self) -> dict[str, str | None]:
        """The words that express the value (``values.concept_words``), with their language."""
        return self._part("words", lambda parts: _word_languages(parts["words"]))

    @property
    def block_words(self) -> list[tuple[str, str | None]]:
        """(word, language) of the first patterns of ``expressing``: the words, then the opposites."""
        return self._part("block_words", lambda parts: list(_word_languages_in_order(parts["block_words"])))

    @staticmethod
    def _block(parts: dict[str, str], name: str) -> PatternBlock:
        return PatternBlock({part: parts[f"{name}.{part}"] for part in BLOCK_PARTS})

    @property
    def expressing(self) -> PatternBlock:
        return self._part("expressing", lambda parts: self._block(parts, "expressing"))

    @property
    def betraying(self) -> PatternBlock:
        return self._part("betraying", lambda parts: self._block(parts, "betraying"))

    @property
    def expressing_kinds(self) -> str:
        return self._part("expressing_kinds", lambda parts: parts["expressing_kinds"])

    @property
    def betraying_kinds(self) -> str:
        return self._part("betraying_kinds", lambda parts: parts["betraying_kinds"])


def _word_languages_in_order(text: str) -> Iterator[tuple[str, str | None]]:
    """Stored "word<tab>language" lines ("" for both languages) -> (word, language or None)."""
    for line in text.split("\n") if text else ():
        word, _, lang = line.partition("\t")
        yield word, lang or None


def _word_languages(text: str) -> dict[str, str | None]:
    return dict(_word_languages_in_order(text))


def _concepts(raw: dict) -> list[Concept]:
    forms = FormTable(raw.get("forms"))
    return [
        Concept(c["id"], {lang: tuple(names) for lang, names in c.get("names", {}).items()}, c["parts"], forms)
        for c in raw.get("values", [])
    ]


class Lexicons:
    """All compiled data. ``concepts`` (values.json) is read on first use: only profiles with values need it."""

    __slots__ = ("_concepts", "_values_loader", "abbreviations", "cache", "langs")

    def __init__(
        self,
        langs: dict[str, LangData],
        concepts: list[Concept] | None,
        abbreviations: frozenset[str],
        values_loader: Callable[[], dict] | None = None,
    ) -> None:
        self.langs = langs
        self._concepts = concepts
        self._values_loader = values_loader
        self.abbreviations = abbreviations
        self.cache: dict = {}  # per-profile matchers and other derived data, built by the rules on first use

    @property
    def concepts(self) -> list[Concept]:
        if self._concepts is None:
            self._concepts = _concepts(self._values_loader() if self._values_loader else {})
        return self._concepts


def compiled_path() -> Path:
    """resources/lexicons/compiled/common.json."""
    from pathlib import Path

    return Path(_compiled_file())


def _compiled_file() -> str:
    """``compiled_path()`` as a string, found without pathlib.

    Looks first where ``paths.resources_dir`` would find a real folder (package data next to the package, or the
    checkout's top-level ``resources/``) without importing ``importlib.resources`` (~10 ms) or pathlib (~5 ms, with
    fnmatch and urllib.parse), a large part of a ``brandjournal check``; falls back to ``resources_dir()`` for
    anything else (zipped installs).
    """
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    for resources in (os.path.join(package, "resources"), os.path.join(os.path.dirname(package), "resources")):
        candidate = os.path.join(resources, "lexicons", "compiled", COMPILED_NAME)
        if os.path.isfile(candidate):
            return candidate
    from brandjournal.paths import resources_dir

    return str(resources_dir() / "lexicons" / "compiled" / COMPILED_NAME)


def _entry(lang: str, line: str) -> Entry:
    """One stored entry: a JSON array [id, kind, severity, suggestion, why, bases(, literal)] (``build_lexicons``)."""
    id, kind, severity, suggestion, why, bases, *literal = json.loads(line)
    return Entry(
        id, f"{kind}.{lang}.{id}", kind, lang, severity or "warning", suggestion, why, tuple(bases), frozenset(*literal)
    )


def _lang_data(lang: str, raw: dict, loader: Callable[[], dict] | None, forms: FormTable) -> LangData:
    voice_raw = raw.get("voice", {})
    voice = Voice(**{k: frozenset(v) for k, v in voice_raw.items() if k in _VOICE_LISTS})
    kinds = raw.get("intent_kinds", [])
    return LangData(
        lang=lang,
        voice=voice,
        intent_words=Matcher.from_json(raw.get("matchers", {}).get("intent_words", {}), kinds, forms),
        known_in_other=frozenset(raw.get("known_in_other", ())),
        loader=loader,
        heavy=raw if loader is None else None,  # everything in one dict (tests, build output)
    )


def from_data(
    data: dict,
    loaders: dict[str, Callable[[], dict]] | None = None,
    values_loader: Callable[[], dict] | None = None,
) -> Lexicons:
    """Lexicons from compiled data: either one dict holding everything (``build()`` output), or common.json plus
    ``loaders`` (per language) and ``values_loader`` that read the other files on first use."""
    _check_version(data)
    loaders = loaders or {}
    forms = FormTable(data.get("forms"))
    langs = {lang: _lang_data(lang, raw, loaders.get(lang), forms) for lang, raw in data.get("languages", {}).items()}
    for lang in ("en", "fr"):
        langs.setdefault(lang, LangData(lang, Voice(), Matcher()))
    concepts = None if values_loader else _concepts(data.get("values", {}))
    abbreviations = frozenset().union(*(ld.voice.abbreviations for ld in langs.values()))
    return Lexicons(langs, concepts, abbreviations, values_loader)


def _check_version(data: dict) -> None:
    version = data.get("version", FORMAT_VERSION)  # no version: everything in one dict (``build()`` output)
    if version != FORMAT_VERSION:
        raise ValueError(f"compiled lexicons of format {version}, expected {FORMAT_VERSION}: run build_lexicons")


def blob_name(json_name: str) -> str:
    """The companion text file of a compiled JSON file: "lexicon.fr.json" -> "lexicon.fr.txt"."""
    return json_name.removesuffix(".json") + ".txt"


def read_compiled(file: str) -> dict:
    """A compiled JSON file, its ``{"$blob": [start, end]}`` references replaced by ``Stored`` views of the bytes
    of its companion text file (see ``build_lexicons``), read whole and decoded piece by piece as the engine needs
    them; {} when the file does not exist."""
    try:
        with open(file, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        return {}
    blob: bytes | None = None

    def resolve(node: dict) -> object:  # called by the JSON decoder for each object it reads
        nonlocal blob
        where = node.get(BLOB_KEY)
        if where is None or len(node) != 1:
            return node
        if blob is None:
            with open(blob_name(file), "rb") as fh:
                blob = fh.read()
        return Stored(blob, where[0], where[1])

    return json.loads(raw, object_hook=resolve)


@functools.cache
def load(path: str | None = None) -> Lexicons:
    """The bundled compiled lexicons (or another compiled folder's common.json, for tests).

    Only common.json is read here; ``lexicon.<lang>.json`` is read the first time a sentence in that language
    needs it (an English post never loads the French lexicon), values.json the first time a profile has values.
    """
    file = os.fspath(path) if path else _compiled_file()
    folder = os.path.dirname(file)
    loaders = {
        lang: functools.partial(read_compiled, os.path.join(folder, f"lexicon.{lang}.json")) for lang in ("en", "fr")
    }
    values = functools.partial(read_compiled, os.path.join(folder, "values.json"))
    return from_data(read_compiled(file), loaders, values)


# ------------------------------------------------------------------------------ author's own value words
_SLUG = r"[^a-z0-9]+"  # compiled on first use (``re`` caches it): only values named after no concept need it


def slug(text: str) -> str:
    return re.sub(_SLUG, "_", normalise(text)).strip("_") or "value"


@functools.lru_cache(maxsize=512)
def compile_author_pattern(pattern: str, lang: str | None, no_inflect: frozenset[str]) -> tuple:
    """An author-written word or phrase, inflected with suffix rules (lang None: English and French)."""
    return to_slots(compile_pattern(pattern, lang, no_inflect))
