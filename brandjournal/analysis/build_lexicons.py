"""Compile the TOML lexicons into the JSON files the engine loads at run time.

    python -m brandjournal.analysis.build_lexicons [--resources DIR] [--out FOLDER]

Inflections are expanded HERE (suffix rules from ``inflect``, vetoed by simplemma when a generated form is a
known form of a *different* lemma), so the engine never loads a lemmatiser. Output is deterministic (sorted keys)
so a test can rebuild into a temporary folder and compare with the committed files.

Files (format 7): common.json (voice lists, intention keywords), lexicon.<lang>.json (entries, cues and their
matchers), values.json (value concepts, with what a value named after one gets from it compiled and indexed: see
``lexicons.Concept``). Each file has its own "forms" table (every distinct set of forms of a pattern token once,
referenced by position); entries and cues are JSON arrays, one per item of a ``PackedList``; matchers and value
patterns are stored as "stored form" in ``patterns`` describes. Everything heavy is a long string, and the long
strings are written to a companion plain-text file (lexicon.<lang>.txt, values.txt), the JSON holding
``{"$blob": [start, end]}`` (byte offsets) in their place: the engine reads that file as bytes and decodes only
the pieces a draft needs (``patterns.Stored``), where a JSON decoder would scan every character of 6 MB, and
even one decoding and splitting of it all was a fifth of a ``brandjournal check``.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from brandjournal.analysis.lexicons import BLOB_KEY, CONCEPT_PARTS, FORMAT_VERSION, PART_SEP, blob_name, word_list
from brandjournal.analysis.patterns import (
    PATTERN_SEP,
    FormTableBuilder,
    Matcher,
    compile_pattern,
    context_trim,
    context_words,
    encode_block,
    encode_slots,
    pack_strings,
    packed_forms,
)
from brandjournal.analysis.text import normalise

LANGS = ("en", "fr")
LEXICON_KINDS = ("jargon", "hedge", "peacock")
COMPILED_NAME = "common.json"


class LexiconError(ValueError):
    """A lexicon source file cannot be read."""


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"invalid TOML in {path}: {exc}") from None


def _lemma_keeper(lang: str) -> Callable[[str, str], bool] | None:
    try:
        import simplemma
    except ImportError:  # pragma: no cover - the build then relies on suffix rules alone
        return None

    @functools.cache
    def lemma(word: str) -> str:
        return simplemma.lemmatize(word, lang=lang)

    @functools.cache
    def known(word: str) -> bool:
        return simplemma.is_known(word, lang=lang)

    def keep(form: str, base: str) -> bool:
        found = lemma(form)
        if not (found in (form, base) or found == lemma(base)):
            return False  # a form of another word
        # English has no accents to lose: for a dictionary word, keep only the forms the dictionary knows
        # ("get" -> gets, got, getting; not "geted"). Neologisms ("upskill") keep every generated form.
        return lang != "en" or known(form) or not known(base)

    return keep


def lexicon_files(folder: Path, kind: str) -> list[Path]:
    """A flag list and its topic files: ``jargon.toml``, then ``jargon.<topic>.toml`` in name order.

    Topic files let a sector or a family of words live in its own file (one owner each); the engine sees one list.
    """
    return [folder / f"{kind}.toml", *sorted(folder.glob(f"{kind}.*.toml"))]


def _flag_entries(lex_dir: Path, lang: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(file, kind, entry) of every jargon, hedge and peacock entry of a language; an id used twice is refused."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    defined_in: dict[tuple[str, str], str] = {}
    for kind in LEXICON_KINDS:
        for path in lexicon_files(lex_dir / lang, kind):
            where = f"{lang}/{path.name}"
            for entry in _read_toml(path).get("entry", []):
                key = (kind, entry["id"])
                if key in defined_in:
                    raise LexiconError(f"{where}: entry id {entry['id']!r} is already used in {defined_in[key]}")
                defined_in[key] = where
                found.append((where, kind, entry))
    return found


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _compile_all(
    patterns: list[str], lang: str | None, no_inflect: frozenset[str], keep, nominal: bool = False
) -> list:
    """Compiled ``patterns`` of a list that keeps no context words (values, intention keywords): parentheses there
    are refused rather than silently read as evidence."""
    for pattern in patterns:
        if context_words(pattern)[1:] != (0, 0):
            raise LexiconError(f"pattern {pattern!r}: context words in parentheses work in lexicon and cue entries")
    return [s for s in (compile_pattern(p, lang, no_inflect, keep, nominal) for p in patterns) if s]


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # an English word as wordfreq lists it, not "don't" or "3d"

# Possessive determiners that make a pattern's wording someone's: "repenser son modèle" is the same buzzword as
# "repenser notre modèle" or "leur modèle", "own your journey" as "own our journey". Only unambiguous ones widen a
# pattern (French "leur" is also a pronoun, "leur donner"; English "her" and "his" too), to every possessive.
_POSSESSIVES = {
    "fr": frozenset({"mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leur",
                     "leurs"}),
    "en": frozenset({"my", "your", "his", "her", "its", "our", "their"}),
}  # fmt: skip
_WIDENING_POSSESSIVES = {"fr": _POSSESSIVES["fr"] - {"leur"}, "en": frozenset({"my", "your", "our", "their"})}


def any_possessive(slots: list, lang: str, pattern: str = "") -> list:
    """``slots`` with each possessive determiner written in the pattern standing for all of them, and for nothing
    else (jargon and puffery patterns: whose journey or model it is does not change the wording). A possessive
    written exact in ``pattern`` ("make =your mark": the hiring cliché, not "make my mark" in wet cement) stays."""
    words = (word.lstrip("?") for word in pattern.replace("|", " ").split())
    exact = {normalise(word[1:]) for word in words if word.startswith("=")}
    widening, family = _WIDENING_POSSESSIVES.get(lang, frozenset()) - exact, _POSSESSIVES.get(lang)
    if not widening:
        return slots
    for slot in slots:
        for alt in slot[2]:
            for k, packed in enumerate(alt):
                forms = packed_forms(packed)
                if min(forms, key=len) in widening:  # the word as written; its "inflections" ("notres") are noise
                    alt[k] = "|" + "|".join(sorted(family)) + "|"
    return slots


def _add_patterns(
    matcher: Matcher,
    patterns: list[str],
    payload: int,
    lang: str,
    no_inflect: frozenset[str],
    keep,
    where: str,
    nominal: bool = False,
    possessives: bool = False,
) -> None:
    """Compile and index ``patterns``, their context words in parentheses left out of the evidence; with
    ``possessives``, a possessive determiner stands for all of them (see ``any_possessive``)."""
    for pattern in patterns:
        text, lead, tail = context_words(pattern)
        slots = compile_pattern(text, lang, no_inflect, keep, nominal)
        if not slots:
            continue
        if possessives:
            slots = any_possessive(slots, lang, text)
        try:
            trim = context_trim(slots, lead, tail)
        except ValueError as exc:
            raise LexiconError(f"{where}: pattern {pattern!r}: {exc}") from None
        matcher.add(slots, payload, trim)


def _lines(records: list[list[Any]]) -> dict[str, Any]:
    """Records as JSON arrays in a ``PackedList`` (the engine parses one when it needs that record); ASCII, as the
    rest of the text file."""
    return pack_strings([json.dumps(r, ensure_ascii=True, separators=(",", ":")) for r in records])


def _patterns(patterns: list, forms: FormTableBuilder) -> str:
    return PATTERN_SEP.join(encode_slots(slots, forms) for slots in patterns)


def _known_in_other(lexicon: Matcher, lang: str) -> list[str]:
    """One-word lexicon forms that are ordinary words of the OTHER language ("utilise", "unique" are French).

    The English lexicons are also applied to French sentences (franglais); these forms are skipped there.
    """
    other = "fr" if lang == "en" else "en"
    try:
        import simplemma
    except ImportError:  # pragma: no cover
        return []
    found: set[str] = set()
    for slots in lexicon.patterns:
        if len(slots) != 1:
            continue
        for alt in slots[0][2]:
            if len(alt) == 1:
                found.update(f for f in packed_forms(alt[0]) if simplemma.is_known(f, lang=other))
    return sorted(found)


def _literal_forms(
    words: list[str], lang: str, no_inflect: frozenset[str], keep: Callable[[str, str], bool] | None, where: str
) -> list[str]:
    """Every inflected form of an entry's ``literal`` cue words ("goat" -> goat, goats), normalised as tokens are."""
    forms: set[str] = set()
    for word in words:
        if " " in word.strip() or not word.strip():
            raise LexiconError(f"{where}: literal cue {word!r} must be one word")
        for slot in compile_pattern(word, lang, no_inflect, keep):
            for alt in slot[2]:
                forms.update(f for f in packed_forms(alt[0]) if f)
    return sorted(forms)


def _borrowed_english(lex_dir: Path, lang: str) -> dict[str, Any]:
    """English words a sentence of ``lang`` may borrow, as a stored ``WordList`` (``{lang}/loanwords.toml`` says
    how they are chosen); empty when the language has no such file. Derived from word frequencies, as the
    borrowings of office-speak outrun any hand-written list."""
    path = lex_dir / lang / "loanwords.toml"
    if not path.exists():
        return word_list([])
    spec = _read_toml(path)
    rules = spec["english"]
    everyday = {normalise(w) for w in _as_list(rules.get("everyday"))}
    try:
        import simplemma
        import wordfreq
    except ImportError as exc:  # pragma: no cover
        raise LexiconError(f"{lang}/loanwords.toml needs the lexicon-build extra ({exc.name} is missing)") from None
    found: set[str] = set()
    for word in wordfreq.top_n_list("en", 60_000):
        if len(word) < 3 or not _LOWER_WORD.fullmatch(word) or word in everyday or word.endswith("ing"):
            continue  # ("-ing" words have their own rule, rules/franglais.py)
        english, native = wordfreq.zipf_frequency(word, "en"), wordfreq.zipf_frequency(word, lang)
        if english < rules["min_english"] or english - native < rules["over_french"]:
            continue
        if native >= rules["french_word"] and simplemma.is_known(word, lang=lang):
            continue
        found.add(word)
    return word_list(found)


def _value_word_lists(voices: dict[str, dict[str, Any]]) -> tuple[frozenset[str], frozenset[str]]:
    """``values.value_word_lists`` from the sources: the function words (never inflected in an author's patterns)
    and the ambiguous value names, both languages, normalised as common.json stores them."""

    def both_languages(key: str) -> frozenset[str]:
        return frozenset(normalise(w) for lang in LANGS for w in _as_list(voices[lang].get("words", {}).get(key)))

    return both_languages("function_words"), both_languages("ambiguous_value_names")


def _word_lines(words: Iterable[tuple[str, str | None]]) -> str:
    """(word, language) pairs as "word<tab>language" lines, "" for both languages (``lexicons.Concept``)."""
    return "\n".join(f"{word}\t{lang or ''}" for word, lang in words)


def _concept_blocks(
    names: dict[str, list[str]],
    compiled: dict[str, list],
    french: dict[str, int],
    ambiguous: frozenset[str],
    no_inflect: frozenset[str],
    forms: FormTableBuilder,
) -> dict[str, Any]:
    """What a value named after the concept gets from it whoever the author is (``values.concept_words``), and its
    patterns compiled and indexed (``lexicons.Concept``): the words and their opposites as the engine compiles an
    author's words (``author_slots``: suffix rules, no lemmatiser veto), then the fits; the betrays apart. A
    profile's values then cost the engine no compilation but the author's own words."""
    from brandjournal.analysis.rules.values import author_slots, concept_words, opposite_words

    sources, words = concept_words(names, ambiguous)
    opposites = opposite_words({**words, **sources})  # as the engine merges them: a name keeps its own language
    block_words: list[tuple[str, str | None]] = []
    expressing: list = []
    kinds = ""
    for kind, items in (("w", sorted(words.items())), ("a", sorted(opposites, key=lambda o: (o[0], o[1] or "")))):
        for word, lang in items:
            slots = author_slots(word, lang, no_inflect)
            if slots:  # a word with no pattern (symbols only) is compiled by the engine, to nothing
                block_words.append((word, lang))
                expressing.append(slots)
                kinds += kind
    english_fits = len(compiled["fits"]) - french["fits"]
    english_betrays = len(compiled["betrays"]) - french["betrays"]
    parts = {
        "opposite_sources": _word_lines(sorted(sources.items())),
        "words": _word_lines(sorted(words.items())),
        "block_words": _word_lines(block_words),
        "expressing_kinds": kinds + "f" * english_fits + "F" * french["fits"],
        "betraying_kinds": "b" * english_betrays + "B" * french["betrays"],
    }
    for name, patterns in (("expressing", [*expressing, *compiled["fits"]]), ("betraying", compiled["betrays"])):
        parts.update((f"{name}.{part}", text) for part, text in encode_block(patterns, forms).items())
    return parts


def build(resources: Path) -> dict[str, Any]:
    lex_dir = resources / "lexicons"
    voices = {lang: _read_toml(lex_dir / lang / "voice.toml") for lang in LANGS}
    no_inflect = frozenset(
        normalise(w)
        for lang in LANGS
        for key in ("function_words", "first_person")
        for w in voices[lang].get("words", {}).get(key, [])
    )
    keepers = {lang: _lemma_keeper(lang) for lang in LANGS}
    common_forms = FormTableBuilder()  # common.json: the intention keywords of both languages
    out: dict[str, Any] = {"version": FORMAT_VERSION, "languages": {}}
    for lang in LANGS:
        keep = keepers[lang]
        voice = voices[lang]
        lang_out: dict[str, Any] = {"voice": {}, "intent_kinds": []}
        entries: list[list[Any]] = []
        cues_out: list[list[Any]] = []
        for key, words in voice.get("words", {}).items():
            lang_out["voice"][key] = sorted({normalise(w) for w in _as_list(words)})
        intent = Matcher()
        for kind, words in voice.get("intent_words", {}).items():
            lang_out["intent_kinds"].append(kind)
            for slots in _compile_all(_as_list(words), lang, no_inflect, keep):
                intent.add(slots, len(lang_out["intent_kinds"]) - 1)
        lexicon = Matcher()
        for where_file, kind, entry in _flag_entries(lex_dir, lang):
            patterns = _as_list(entry.get("patterns"))
            index = len(entries)
            bases = sorted({normalise(context_words(p)[0]).replace("?", "").replace("=", "") for p in patterns})
            severity = entry.get("severity", "warning")
            record = [entry["id"], kind, severity, entry.get("suggestion"), entry.get("why"), bases]
            where = f"{where_file} entry {entry['id']!r}"
            if entry.get("literal"):
                record.append(_literal_forms(_as_list(entry["literal"]), lang, no_inflect, keep, where))
            entries.append(record)
            _add_patterns(lexicon, patterns, index, lang, no_inflect, keep, where, possessives=kind != "hedge")
        cues = Matcher()
        intention = _read_toml(lex_dir / lang / "intention.toml")
        for cue in intention.get("cue", []):
            cues_out.append([cue["id"], cue.get("signals", "share"), cue.get("role", "lesson")])
            where = f"{lang}/intention.toml cue {cue['id']!r}"
            _add_patterns(cues, _as_list(cue.get("patterns")), len(cues_out) - 1, lang, no_inflect, keep, where, True)
        lang_out["known_in_other"] = _known_in_other(lexicon, lang)
        lang_out["borrowed_english"] = _borrowed_english(lex_dir, lang)
        forms = FormTableBuilder()  # lexicon.<lang>.json
        lang_out["matchers"] = {
            "lexicon": lexicon.to_json(lexicon.payloads, forms),
            "cues": cues.to_json(cues.payloads, forms),
            "intent_words": intent.to_json(intent.payloads, common_forms),
        }
        lang_out["entries"] = _lines(entries)
        lang_out["cues"] = _lines(cues_out)
        lang_out["forms"] = forms.dump()
        out["languages"][lang] = lang_out
    out["forms"] = common_forms.dump()
    values = _read_toml(lex_dir / "values.toml")
    value_forms = FormTableBuilder()
    concepts: list[dict[str, Any]] = []
    author_no_inflect, ambiguous = _value_word_lists(voices)
    for concept in values.get("value", []):
        item: dict[str, Any] = {"id": concept["id"], "names": {}}
        compiled: dict[str, list] = {"fits": [], "betrays": [], "name_patterns": []}
        for lang in LANGS:
            keep = keepers[lang]
            names = _as_list(concept.get("names", {}).get(lang))
            item["names"][lang] = list(dict.fromkeys(normalise(n) for n in names))  # order kept: first = canonical
            compiled["name_patterns"] += _compile_all(names, lang, no_inflect, keep)
            fits = _compile_all(_as_list(concept.get("fits", {}).get(lang)), lang, no_inflect, keep)
            betrays = _compile_all(_as_list(concept.get("betrays", {}).get(lang)), lang, no_inflect, keep)
            compiled["fits"] += fits
            compiled["betrays"] += betrays
            if lang == "fr":  # French patterns come last; the engine keeps them out of English sentences
                french = {"fits": len(fits), "betrays": len(betrays)}
        parts = {"name_patterns": _patterns(compiled["name_patterns"], value_forms)}
        parts.update(_concept_blocks(item["names"], compiled, french, ambiguous, author_no_inflect, value_forms))
        item["parts"] = PART_SEP.join(parts[name] for name in CONCEPT_PARTS)
        concepts.append(item)
    out["values"] = {"forms": value_forms.dump(), "values": concepts}
    return out


def split(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """File name -> content. The per-language lexicons, cues and borrowed words live in lexicon.<lang>.json,
    loaded only when a sentence of that language needs them; the value concepts in values.json, loaded only for a
    profile with values; the small rest (voice lists, intention keywords) in common.json."""
    common: dict[str, Any] = {"version": data["version"], "forms": data["forms"], "languages": {}}
    files: dict[str, dict[str, Any]] = {
        COMPILED_NAME: common,
        "values.json": {"version": data["version"], **data["values"]},
    }
    heavy = ("lexicon", "cues")
    for lang, raw in data["languages"].items():
        common["languages"][lang] = {
            k: v if k != "matchers" else {n: m for n, m in v.items() if n not in heavy}
            for k, v in raw.items()
            if k not in ("entries", "cues", "forms", "borrowed_english")
        }
        files[f"lexicon.{lang}.json"] = {
            "version": data["version"],
            "forms": raw["forms"],
            "entries": raw["entries"],
            "cues": raw["cues"],
            "matchers": {n: raw["matchers"][n] for n in heavy},
            "borrowed_english": raw.get("borrowed_english", word_list([])),
        }
    return files


def dump(data: dict[str, Any]) -> str:
    """Pure ASCII (non-ASCII text is escaped): a file the engine reads without a costly UTF-8 decoding."""
    return json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\n"


BLOB_MIN = 512  # strings at least this long go to the companion text file


def _pull_blobs(node: Any, pieces: list[str], size: list[int]) -> Any:
    """``node`` with its long strings appended to ``pieces`` and replaced by their place ``size[0]`` counts."""
    if isinstance(node, dict):
        return {key: _pull_blobs(value, pieces, size) for key, value in node.items()}
    if isinstance(node, list):
        return [_pull_blobs(value, pieces, size) for value in node]
    if isinstance(node, str) and len(node) >= BLOB_MIN:
        pieces.append(node)
        length = len(node.encode("utf-8"))  # the engine reads the file as bytes (``patterns.Stored``)
        size[0] += length
        return {BLOB_KEY: [size[0] - length, size[0]]}
    return node


def render(files: dict[str, dict[str, Any]]) -> dict[str, str]:
    """File name -> text to write: each JSON file, and the companion text file of its long strings if it has any
    (see the module docstring; ``lexicons.read_compiled`` reads them back)."""
    out: dict[str, str] = {}
    for name, content in files.items():
        pieces: list[str] = []
        out[name] = dump(_pull_blobs(content, pieces, [0]))
        if pieces:
            out[blob_name(name)] = "".join(pieces)
    return out


def main(argv: list[str] | None = None) -> int:
    from brandjournal.paths import resources_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=Path, default=None, help="resources folder (default: bundled)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: lexicons/compiled/)")
    args = parser.parse_args(argv)
    resources = args.resources or resources_dir()
    out = args.out or resources / "lexicons" / "compiled"
    out.mkdir(parents=True, exist_ok=True)
    try:
        files = split(build(resources))
    except LexiconError as exc:
        print(f"build_lexicons: {exc}", file=sys.stderr)
        return 1
    for name, text in render(files).items():
        (out / name).write_bytes(text.encode("utf-8"))  # bytes: no newline translation (blob offsets are exact)
        print(f"wrote {out / name} ({len(text) // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
