"""Compile the TOML lexicons into one JSON file the engine loads at run time.

    python -m brandjournal.analysis.build_lexicons [--resources DIR] [--out FILE]

Inflections are expanded HERE (suffix rules from ``inflect``, vetoed by simplemma when a generated form is a
known form of a *different* lemma), so the engine never loads a lemmatiser. Output is deterministic (sorted keys)
so a test can rebuild into a temporary folder and compare with the committed file.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brandjournal.analysis.patterns import Matcher, compile_pattern
from brandjournal.analysis.text import normalise

LANGS = ("en", "fr")
LEXICON_KINDS = ("jargon", "hedge", "peacock")
COMPILED_NAME = "common.json"
FORMAT_VERSION = 2


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


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _compile_all(
    patterns: list[str], lang: str | None, no_inflect: frozenset[str], keep, nominal: bool = False
) -> list:
    return [s for s in (compile_pattern(p, lang, no_inflect, keep, nominal) for p in patterns) if s]


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
                found.update(f for f in alt[0].strip("|").split("|") if simplemma.is_known(f, lang=other))
    return sorted(found)


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
    out: dict[str, Any] = {"version": FORMAT_VERSION, "languages": {}, "values": []}
    for lang in LANGS:
        keep = keepers[lang]
        voice = voices[lang]
        lang_out: dict[str, Any] = {"voice": {}, "entries": [], "cues": [], "intent_kinds": []}
        for key, words in voice.get("words", {}).items():
            lang_out["voice"][key] = sorted({normalise(w) for w in _as_list(words)})
        intent = Matcher()
        for kind, words in voice.get("intent_words", {}).items():
            lang_out["intent_kinds"].append(kind)
            for slots in _compile_all(_as_list(words), lang, no_inflect, keep):
                intent.add(slots, len(lang_out["intent_kinds"]) - 1)
        lexicon = Matcher()
        for kind in LEXICON_KINDS:
            data = _read_toml(lex_dir / lang / f"{kind}.toml")
            for entry in data.get("entry", []):
                patterns = _as_list(entry.get("patterns"))
                index = len(lang_out["entries"])
                lang_out["entries"].append(
                    {
                        "id": entry["id"],
                        "rule": f"{kind}.{lang}.{entry['id']}",
                        "kind": kind,
                        "severity": entry.get("severity", "warning"),
                        "suggestion": entry.get("suggestion"),
                        "why": entry.get("why"),
                        "bases": sorted({normalise(p).replace("?", "").replace("=", "") for p in patterns}),
                    }
                )
                for slots in _compile_all(patterns, lang, no_inflect, keep):
                    lexicon.add(slots, index)
        cues = Matcher()
        intention = _read_toml(lex_dir / lang / "intention.toml")
        for cue in intention.get("cue", []):
            lang_out["cues"].append(
                {"id": cue["id"], "signals": cue.get("signals", "share"), "role": cue.get("role", "lesson")}
            )
            for slots in _compile_all(_as_list(cue.get("patterns")), lang, no_inflect, keep, nominal=True):
                cues.add(slots, len(lang_out["cues"]) - 1)
        lang_out["known_in_other"] = _known_in_other(lexicon, lang)
        lang_out["matchers"] = {
            name: m.to_json(m.payloads) for name, m in (("lexicon", lexicon), ("cues", cues), ("intent_words", intent))
        }
        out["languages"][lang] = lang_out
    values = _read_toml(lex_dir / "values.toml")
    for concept in values.get("value", []):
        item: dict[str, Any] = {"id": concept["id"], "names": {}, "fits": [], "betrays": [], "name_patterns": []}
        for lang in LANGS:
            keep = keepers[lang]
            names = _as_list(concept.get("names", {}).get(lang))
            item["names"][lang] = list(dict.fromkeys(normalise(n) for n in names))  # order kept: first = canonical
            item["name_patterns"] += _compile_all(names, lang, no_inflect, keep)
            item["fits"] += _compile_all(_as_list(concept.get("fits", {}).get(lang)), lang, no_inflect, keep)
            item["betrays"] += _compile_all(_as_list(concept.get("betrays", {}).get(lang)), lang, no_inflect, keep)
        out["values"].append(item)
    return out


def split(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """File name -> content. The per-language lexicons and cues live in lexicon.<lang>.json, loaded only when a
    sentence of that language needs them; the value concepts in values.json, loaded only for a profile with
    values; the small rest (voice lists, intention keywords) in common.json."""
    common: dict[str, Any] = {"version": data["version"], "languages": {}}
    files: dict[str, dict[str, Any]] = {COMPILED_NAME: common, "values.json": {"values": data["values"]}}
    heavy = ("lexicon", "cues")
    for lang, raw in data["languages"].items():
        common["languages"][lang] = {
            k: v if k != "matchers" else {n: m for n, m in v.items() if n not in heavy}
            for k, v in raw.items()
            if k not in ("entries", "cues")
        }
        files[f"lexicon.{lang}.json"] = {
            "entries": raw["entries"],
            "cues": raw["cues"],
            "matchers": {n: raw["matchers"][n] for n in heavy},
        }
    return files


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


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
    for name, content in files.items():
        text = dump(content)
        (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {out / name} ({len(text) // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
