"""Validation of the hand-written lexicon data in resources/lexicons (no engine needed).

Checks the data contract of resources/lexicons/FORMAT.md: every file parses, carries ``[meta]`` with sources,
ids are unique and well formed, entry counts meet the agreed minimums, patterns use only the documented
syntax, no pattern is a bare ambiguous everyday word, and no ``suggestion`` would itself be flagged by a
jargon/hedge/peacock list of the same language.

Run as a script (``.venv/bin/python tests/analysis/test_lexicon_files.py``) for a quick sanity summary.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from brandjournal.analysis.build_lexicons import lexicon_files

LEXICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "lexicons"
LANGUAGES = ("en", "fr")
FLAG_KINDS = ("jargon", "hedge", "peacock")
MIN_ENTRIES = {"jargon": 170, "hedge": 60, "peacock": 80, "intention": 40}
MIN_VALUES = 20
MIN_FITS_PER_LANGUAGE = 10
MIN_BETRAYS_PER_LANGUAGE = 5
MIN_SUGGESTION_SHARE = {"jargon": 0.9, "hedge": 0.6, "peacock": 0.6}
REQUIRED_VALUES = (
    "authenticity", "transparency", "honesty", "respect", "humility", "curiosity", "kindness", "rigour",
    "courage", "collaboration", "learning", "simplicity", "inclusion", "responsibility", "creativity",
    "autonomy", "sustainability", "listening", "trust", "generosity",
)  # fmt: skip
SIGNALS = {"share", "inform", "celebrate", "ask", "announce", "promote"}
ROLES = {"call_to_action", "self_praise", "announcement", "question", "gratitude", "lesson", "sales", "hiring"}
SEVERITIES = {"warning", "info", "context"}
ID_RE = re.compile(r"^[a-z0-9_]+$")

# Everyday words that sincere people use in their ordinary sense: never a pattern on their own
# (they may appear inside a multiword pattern that is clearly corporate-speak).
DENY_BARE = {
    "en": {
        "drive", "key", "impact", "solution", "value", "team", "growth", "innovation", "great", "good", "very",
        "really", "important", "engagement", "agile", "new", "best", "better", "help", "work", "people",
        "success", "proud", "happy", "excited", "grateful", "thanks", "thank", "learn", "change", "strategy",
        "leader", "leadership", "community", "mission", "vision", "story", "journey", "space", "focus", "data",
        "result", "customer", "culture", "think", "believe", "just", "actually", "basically", "quite",
        "rather", "pretty", "so", "totally", "honestly", "simply", "probably", "might", "could", "should",
        "may", "would", "seem", "feel", "lot", "big", "huge", "strong", "real", "true", "nice", "love",
        "excellent", "special", "opportunity", "challenge", "platform", "process", "meeting", "call",
        "feedback", "deadline", "network", "brand", "content", "tool", "partner", "client", "goal", "plan",
        "project", "product", "service", "quality", "mindset", "align", "deliver", "scale", "optimize",
        "support", "share", "connect", "launch", "build", "create", "lead", "grow", "win", "care",
        "well", "kind", "sort", "some", "many", "most", "often", "usually", "generally", "mostly", "almost",
    },
    "fr": {
        "projet", "équipe", "valeur", "solution", "impact", "grand", "bon", "très", "vraiment", "important",
        "engagement", "agile", "passion", "croissance", "innovation", "nouveau", "beau", "super", "top",
        "merci", "fier", "heureux", "content", "génial", "magnifique", "énorme", "défi", "enjeu", "réseau",
        "métier", "client", "talent", "leader", "stratégie", "vision", "mission", "performance", "résultat",
        "apprendre", "changement", "plutôt", "assez", "juste", "simplement", "franchement", "honnêtement",
        "clairement", "carrément", "totalement", "process", "call", "feedback", "deadline", "meeting", "team",
        "business", "data", "manager", "challenge", "focus", "réunion", "travail", "aventure", "parcours",
        "partage", "partager", "aider", "accompagner", "créer", "construire", "lancer", "grandir", "soutenir",
        "piloter", "gérer", "mettre", "faire", "être", "avoir", "sens", "lien", "humain", "collectif",
        "ensemble", "confiance", "bienveillance", "qualité", "service", "produit", "outil", "marque",
        "contenu", "opportunité", "objectif", "plan", "fort", "belle", "joli", "chouette", "cool", "bien",
        "peu", "souvent", "généralement", "presque", "certains", "beaucoup", "penser", "croire", "sembler",
    },
}  # fmt: skip

# Plain intensifiers: a pattern made only of these and deny-listed words ("very important") is rejected too.
INTENSIFIERS = {"very", "really", "so", "super", "très", "vraiment", "trop", "tellement", "si"}

_ELIDED = ("l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")
_ENDINGS = ("ements", "ement", "ing", "ies", "ied", "ed", "es", "er", "ir", "re", "s", "e", "x")


# --- loading -----------------------------------------------------------------------------------------------


@cache
def load(relative: str) -> dict:
    with (LEXICON_DIR / relative).open("rb") as handle:
        return tomllib.load(handle)


def flag_files() -> list[tuple[str, str]]:
    return [(lang, kind) for lang in LANGUAGES for kind in FLAG_KINDS]


def all_files() -> list[str]:
    files = [f"{lang}/{kind}.toml" for lang, kind in flag_files()]
    files += [f"{lang}/intention.toml" for lang in LANGUAGES]
    return [*files, "values.toml"]


def extra_files(relative: str) -> list[str]:
    """The topic files of a flag list ("en/jargon.sectors.toml" for "en/jargon.toml"): the files the build reads
    after the list's own (``build_lexicons.lexicon_files``)."""
    folder, name = relative.rsplit("/", 1) if "/" in relative else ("", relative)
    kind = name.removesuffix(".toml")
    if kind not in FLAG_KINDS:
        return []
    return [f"{folder}/{path.name}" for path in lexicon_files(LEXICON_DIR / folder, kind)[1:]]


def topic_files() -> list[str]:
    return [extra for lang, kind in flag_files() for extra in extra_files(f"{lang}/{kind}.toml")]


def records(relative: str) -> list[dict]:
    """The records of a file; for a flag list, those of its topic files too (one list for the build)."""
    data = load(relative)
    found: list[dict] = []
    for table in ("entry", "cue", "value"):
        if table in data:
            found = data[table]
            break
    for extra in extra_files(relative):
        found = [*found, *load(extra).get("entry", [])]
    return found


# --- pattern handling (a crude mirror of the engine's syntax, enough for static checks) ---------------------


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """Lower-case, accent-free words; hyphens count as spaces and French elisions are dropped."""
    out: list[str] = []
    for raw in normalise(text).replace("-", " ").replace("/", " ").split():
        word = raw.strip('.,;:!?()[]«»"“”…')
        if "'" in word:
            head, _, tail = word.partition("'")
            if head in _ELIDED and tail:
                word = tail
        if word:
            out.append(word)
    return out


Position = tuple[bool, tuple[str, ...] | None, bool]


@cache
def positions(pattern: str) -> tuple[Position, ...]:
    """(optional, alternatives or None for ``*``, exact) for each word position of ``pattern``."""
    out: list[Position] = []
    for token in normalise(pattern).replace("-", " ").split():
        optional = token.startswith("?")
        token = token.removeprefix("?")
        if token == "*":
            out.append((optional, None, False))
            continue
        exact = token.startswith("=")
        token = token.removeprefix("=")
        alternatives = tuple(w for alt in token.split("|") for w in words_of(alt)[:1])
        out.append((optional, alternatives, exact))
    return tuple(out)


@cache
def stem(word: str) -> str | None:
    """Crude stem (5+ letters) used to catch inflected forms of a pattern word inside a suggestion."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[: -len(ending)]
    return word if len(word) >= 5 else None


@cache
def word_matches(candidate: str, alternatives: tuple[str, ...], exact: bool) -> bool:
    for alt in alternatives:
        if candidate == alt:
            return True
        root = None if exact else stem(alt)
        if root and candidate.startswith(root):
            return True
    return False


def pattern_occurs(pattern: str, text: str) -> bool:
    pos = positions(pattern)
    words = tuple(words_of(text))
    # Cheap rejection: every mandatory word must match somewhere in the text.
    for optional, alternatives, exact in pos:
        if not optional and alternatives is not None and not any(word_matches(w, alternatives, exact) for w in words):
            return False

    def match(pi: int, wi: int) -> bool:
        if pi == len(pos):
            return True
        optional, alternatives, exact = pos[pi]
        if optional and match(pi + 1, wi):
            return True
        if wi >= len(words):
            return False
        if alternatives is None or word_matches(words[wi], alternatives, exact):
            return match(pi + 1, wi + 1)
        return False

    return any(match(0, start) for start in range(len(words)))


def mandatory_words(pattern: str) -> list[tuple[str, ...]]:
    return [alts for optional, alts, _ in positions(pattern) if not optional and alts is not None]


def flag_patterns(lang: str) -> list[tuple[str, str, str]]:
    """(kind, entry id, pattern) for every jargon/hedge/peacock pattern of ``lang``."""
    return [
        (kind, entry["id"], pattern)
        for kind in FLAG_KINDS
        for entry in records(f"{lang}/{kind}.toml")
        for pattern in entry["patterns"]
    ]


def firm_patterns(lang: str) -> list[tuple[str, str, str]]:
    """``flag_patterns`` without the context-only entries (they never fire alone, see FORMAT.md)."""
    return [
        (kind, entry["id"], pattern)
        for kind in FLAG_KINDS
        for entry in records(f"{lang}/{kind}.toml")
        if entry.get("severity") != "context"
        for pattern in entry["patterns"]
    ]


SYNTAX_RE = re.compile(r"^(\?)?(=)?[^\s?=*|]+(\|[^\s?=*|]+)*$")


def pattern_syntax_errors(pattern: str) -> list[str]:
    errors = []
    if pattern != pattern.strip() or "  " in pattern or not pattern:
        errors.append("stray whitespace")
    if pattern != pattern.lower():
        errors.append("not lower-case")
    tokens = pattern.split()
    if tokens and all(t.startswith("?") or t == "*" for t in tokens):
        errors.append("no mandatory word")
    errors += [f"bad token {t!r}" for t in tokens if t != "*" and t != "?*" and not SYNTAX_RE.match(t)]
    return errors


# --- files and meta ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("relative", [*all_files(), *topic_files()])
def test_file_parses_with_meta_and_sources(relative: str) -> None:
    data = load(relative)
    meta = data.get("meta")
    assert isinstance(meta, dict), f"{relative}: no [meta] table"
    assert meta.get("language") in {"en", "fr", "mul"}
    assert meta.get("kind")
    sources = meta.get("sources")
    assert isinstance(sources, list) and len(sources) >= 3
    assert all(isinstance(s, str) and s.strip() for s in sources)


@pytest.mark.parametrize(("lang", "kind"), [*flag_files(), ("en", "intention"), ("fr", "intention")])
def test_meta_matches_path(lang: str, kind: str) -> None:
    meta = load(f"{lang}/{kind}.toml")["meta"]
    assert (meta["language"], meta["kind"]) == (lang, kind)


@pytest.mark.parametrize("relative", topic_files())
def test_topic_file_meta_matches_its_list(relative: str) -> None:
    lang, name = relative.split("/")
    assert (load(relative)["meta"]["language"], load(relative)["meta"]["kind"]) == (lang, name.split(".")[0])


def test_values_meta() -> None:
    meta = load("values.toml")["meta"]
    assert (meta["language"], meta["kind"]) == ("mul", "values")


@pytest.mark.parametrize("relative", all_files())
def test_ids_unique_and_well_formed(relative: str) -> None:
    ids = [r.get("id", "") for r in records(relative)]
    assert ids, f"{relative}: no records"
    bad = [i for i in ids if not isinstance(i, str) or not ID_RE.match(i)]
    assert bad == []
    assert [i for i, n in Counter(ids).items() if n > 1] == []


# --- counts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "kind"), [*flag_files(), ("en", "intention"), ("fr", "intention")])
def test_minimum_entry_counts(lang: str, kind: str) -> None:
    assert len(records(f"{lang}/{kind}.toml")) >= MIN_ENTRIES[kind]


def test_values_counts_and_required_concepts() -> None:
    values = records("values.toml")
    assert len(values) >= MIN_VALUES
    ids = {v["id"] for v in values}
    assert set(REQUIRED_VALUES) - ids == set()
    for value in values:
        for lang in LANGUAGES:
            assert len(value["names"][lang]) >= 2, (value["id"], lang)
            assert len(value["fits"][lang]) >= MIN_FITS_PER_LANGUAGE, (value["id"], lang)
            assert len(value["betrays"][lang]) >= MIN_BETRAYS_PER_LANGUAGE, (value["id"], lang)


@pytest.mark.parametrize(("value_id", "lang", "expected"), [
    ("humility", "en", {"humility", "humble", "modest"}),
    ("humility", "fr", {"humilité", "humble", "modeste"}),
    ("transparency", "fr", {"transparence", "transparent"}),
    ("honesty", "en", {"honesty", "honest"}),
    ("kindness", "fr", {"bienveillance", "bienveillant"}),
])  # fmt: skip
def test_value_names_include_noun_and_adjective(value_id: str, lang: str, expected: set[str]) -> None:
    value = next(v for v in records("values.toml") if v["id"] == value_id)
    assert expected <= set(value["names"][lang])


# --- entry shape and pattern syntax -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "kind"), flag_files())
def test_flag_entries_shape(lang: str, kind: str) -> None:
    allowed = {"id", "patterns", "suggestion", "why", "severity", "literal"}
    for entry in records(f"{lang}/{kind}.toml"):
        assert set(entry) <= allowed, entry["id"]
        assert isinstance(entry["patterns"], list) and entry["patterns"], entry["id"]
        assert entry.get("severity", "warning") in SEVERITIES, entry["id"]
        assert isinstance(entry.get("why", ""), str) and entry.get("why", "x").strip(), entry["id"]
        assert isinstance(entry.get("suggestion", ""), str), entry["id"]


@pytest.mark.parametrize(("lang", "kind"), flag_files())
def test_most_entries_have_suggestion_and_why(lang: str, kind: str) -> None:
    entries = records(f"{lang}/{kind}.toml")
    with_suggestion = sum(1 for e in entries if e.get("suggestion", "").strip())
    assert with_suggestion / len(entries) >= MIN_SUGGESTION_SHARE[kind]
    assert [e["id"] for e in entries if not e.get("why", "").strip()] == []


@pytest.mark.parametrize("relative", all_files())
def test_pattern_syntax(relative: str) -> None:
    problems = []
    for rec in records(relative):
        groups = [rec["patterns"]] if "patterns" in rec else []
        for field in ("fits", "betrays"):
            groups += list(rec.get(field, {}).values())
        for pattern in (p for group in groups for p in group):
            problems += [(rec["id"], pattern, err) for err in pattern_syntax_errors(pattern)]
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_duplicate_patterns_across_flag_lists(lang: str) -> None:
    seen = Counter(" ".join(words_of(p)) for _, _, p in flag_patterns(lang))
    assert [p for p, n in seen.items() if n > 1] == []


def everyday_offenders(patterns: list[tuple[str, str, str]], lang: str) -> list[tuple[str, str, str]]:
    """Patterns that are a bare deny-listed word, or only everyday words plus an intensifier."""
    deny = {normalise(w) for w in DENY_BARE[lang]}
    boosters = {normalise(w) for w in INTENSIFIERS}
    offenders = []
    for kind, entry_id, pattern in patterns:
        mandatory = mandatory_words(pattern)
        if len(mandatory) == 1 and set(mandatory[0]) & deny:
            offenders.append((kind, entry_id, pattern))
        elif mandatory and all(set(alts) <= deny for alts in mandatory) and set().union(*mandatory) & boosters:
            offenders.append((kind, entry_id, pattern))  # "very important", "vraiment bien"
    return offenders


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_pattern_is_a_bare_everyday_word(lang: str) -> None:
    assert everyday_offenders(firm_patterns(lang), lang) == []


def test_everyday_check_rejects_bare_words_and_accepts_corporate_phrases() -> None:
    candidates = [
        ("jargon", "a", "drive"),
        ("jargon", "b", "?really important"),
        ("jargon", "c", "impact|value"),
        ("jargon", "d", "drive growth"),
        ("jargon", "e", "move the needle"),
    ]
    assert [i for _, i, _ in everyday_offenders(candidates, "en")] == ["a", "b", "c"]
    assert [i for _, i, _ in everyday_offenders([("peacock", "f", "très important")], "fr")] == ["f"]


def candidate_index(patterns: list[tuple[str, str, str]]) -> tuple[dict, dict, list]:
    """Index patterns by their first mandatory word (exact form and crude stem) to avoid a full cross product."""
    by_word: dict[str, list] = {}
    by_stem: dict[str, list] = {}
    always: list = []
    for item in patterns:
        key = next(((alts, exact) for optional, alts, exact in positions(item[2]) if not optional and alts), None)
        if key is None:
            always.append(item)
            continue
        alternatives, exact = key
        for alt in alternatives:
            by_word.setdefault(alt, []).append(item)
            root = None if exact else stem(alt)
            if root:
                by_stem.setdefault(root, []).append(item)
    return by_word, by_stem, always


def flaggable_by(suggestion: str, index: tuple[dict, dict, list]) -> list[tuple[str, str, str]]:
    by_word, by_stem, always = index
    candidates = list(always)
    for word in words_of(suggestion):
        candidates += by_word.get(word, [])
        for end in range(5, len(word) + 1):
            candidates += by_stem.get(word[:end], [])
    unique = dict.fromkeys(candidates)
    return [item for item in unique if pattern_occurs(item[2], suggestion)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_suggestions_are_not_themselves_flaggable(lang: str) -> None:
    index = candidate_index(firm_patterns(lang))
    clashes = [
        (f"{kind}.{entry['id']}", entry["suggestion"], f"{other_kind}.{other_id}: {pattern}")
        for kind in FLAG_KINDS
        for entry in records(f"{lang}/{kind}.toml")
        if entry.get("suggestion")
        for other_kind, other_id, pattern in flaggable_by(entry["suggestion"], index)
    ]
    assert clashes == []


def test_suggestion_check_catches_inflected_and_multiword_clashes() -> None:
    index = candidate_index([("jargon", "leverage", "leverage"), ("jargon", "deep_dive", "deep dive")])
    assert [i for _, i, _ in flaggable_by("keep leveraging it", index)] == ["leverage"]
    assert [i for _, i, _ in flaggable_by("a deep-dive", index)] == ["deep_dive"]
    assert flaggable_by("a close look", index) == []


def test_pattern_matcher_self_check() -> None:
    """The crude matcher used above behaves as the format describes (hyphens, inflection, wildcards)."""
    assert pattern_occurs("world-class", "a world class team")
    assert pattern_occurs("leverage", "by leveraging data")
    assert pattern_occurs("push the envelope", "we push the envelope")
    assert pattern_occurs("in the * space", "big in the fintech space")
    assert pattern_occurs("?really excited", "so excited")
    assert pattern_occurs("our|my journey", "on my journey")
    assert pattern_occurs("écosystème", "dans l'écosystème")
    assert not pattern_occurs("=learnings", "learning")
    assert not pattern_occurs("deep dive", "a close look")


# --- values and intention files ----------------------------------------------------------------------------


def test_values_shape() -> None:
    for value in records("values.toml"):
        assert set(value) <= {"id", "names", "fits", "betrays", "meaning"}, value["id"]
        for field in ("names", "fits", "betrays"):
            assert set(value[field]) == set(LANGUAGES), (value["id"], field)
            assert all(isinstance(p, str) and p.strip() for lang in LANGUAGES for p in value[field][lang])


def test_value_names_point_to_one_concept() -> None:
    """A name the author types ("Simplicité") must map to a single concept."""
    for lang in LANGUAGES:
        owners = Counter(normalise(n) for v in records("values.toml") for n in set(v["names"][lang]))
        assert [n for n, count in owners.items() if count > 1] == [], lang


def test_value_fits_and_betrays_do_not_overlap() -> None:
    for value in records("values.toml"):
        for lang in LANGUAGES:
            fits = {" ".join(words_of(p)) for p in value["fits"][lang]}
            betrays = {" ".join(words_of(p)) for p in value["betrays"][lang]}
            assert fits & betrays == set(), (value["id"], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_intention_cues_cover_every_signal_and_role(lang: str) -> None:
    cues = records(f"{lang}/intention.toml")
    signals = Counter(c["signals"] for c in cues)
    roles = Counter(c["role"] for c in cues)
    assert set(signals) == SIGNALS
    assert set(roles) == ROLES
    assert min(signals.values()) >= 4
    for cue in cues:
        assert set(cue) <= {"id", "signals", "role", "patterns"}, cue["id"]
        assert cue["patterns"], cue["id"]


@pytest.mark.parametrize(("lang", "text", "signal"), [
    ("en", "DM me for the link", "promote"),
    ("en", "We're hiring a backend engineer", "promote"),
    ("en", "Proud to announce our new office", "announce"),
    ("en", "What do you think?", "ask"),
    ("en", "Congrats to Priya for the launch", "celebrate"),
    ("en", "I learned this the hard way", "share"),
    ("en", "Here is how we cut build times", "inform"),
    ("fr", "Lien en commentaire", "promote"),
    ("fr", "On recrute une développeuse", "promote"),
    ("fr", "Fière d'annoncer la sortie du livre", "announce"),
    ("fr", "Qu'en pensez-vous ?", "ask"),
    ("fr", "Bravo à toute l'équipe", "celebrate"),
    ("fr", "J'ai appris une chose cette année", "share"),
    ("fr", "Voici comment nous avons réduit nos coûts", "inform"),
])  # fmt: skip
def test_intention_examples_are_covered(lang: str, text: str, signal: str) -> None:
    cues = records(f"{lang}/intention.toml")
    found = {c["signals"] for c in cues for p in c["patterns"] if pattern_occurs(p, text)}
    assert signal in found


@pytest.mark.parametrize(("lang", "kind", "text"), [
    ("en", "jargon", "We need alignment between sales and product"),
    ("en", "jargon", "Our platform helps you unlock actionable insights"),
    ("en", "jargon", "We'll socialize the new standards across orgs"),
    ("en", "jargon", "Our three pillars for next year"),
    ("en", "jargon", "Sync with legal on the DPA"),
    ("en", "jargon", "a key milestone on our AI journey"),
    ("en", "peacock", "We are super excited and incredibly proud"),
    ("en", "peacock", "the best is yet to come"),
    ("en", "peacock", "A huge thank you to our sponsors"),
    ("en", "peacock", "the world's first truly intelligent tool"),
    ("en", "hedge", "users are kind of confused"),
    ("en", "hedge", "which could suggest a recovery"),
    ("en", "hedge", "mistakes were made"),
    ("en", "hedge", "I was wondering if we could move it"),
    ("fr", "jargon", "Il faut embarquer les équipes"),
    ("fr", "jargon", "trois leviers pour passer à l'échelle"),
    ("fr", "jargon", "On a shippé le dashboard en prod"),
    ("fr", "jargon", "piloter la transformation et sécuriser le run"),
    ("fr", "jargon", "une expérience fluide et sans couture"),
    ("fr", "peacock", "Je suis ultra fière et tellement reconnaissante"),
    ("fr", "peacock", "le meilleur reste à venir"),
    ("fr", "peacock", "le plus performant du marché"),
    ("fr", "peacock", "une belle aventure humaine"),
    ("fr", "hedge", "le résultat est plutôt bien"),
    ("fr", "hedge", "ces résultats pourraient laisser penser à une reprise"),
    ("fr", "hedge", "des erreurs ont pu être commises"),
    ("fr", "hedge", "mais je peux me tromper"),
])  # fmt: skip
def test_coverage_examples_are_covered(lang: str, kind: str, text: str) -> None:
    """Families added for real-world coverage stay reachable (also catches "a|b c" written as one alternative:
    a space always starts a new word position, so a multiword alternative must be its own pattern)."""
    patterns = [p for entry in records(f"{lang}/{kind}.toml") for p in entry["patterns"]]
    assert any(pattern_occurs(p, text) for p in patterns)


# --- sanity script ----------------------------------------------------------------------------------------


def summary() -> dict[str, int]:
    """Load every file and return the record counts, asserting the agreed minimums."""
    counts = {relative: len(records(relative)) for relative in all_files()}
    for relative, count in counts.items():
        kind = relative.split("/")[-1].removesuffix(".toml")
        minimum = MIN_VALUES if kind == "values" else MIN_ENTRIES[kind]
        assert count >= minimum, f"{relative}: {count} < {minimum}"
    return counts


def test_summary_counts() -> None:
    assert set(summary()) == set(all_files())


if __name__ == "__main__":
    for relative, count in summary().items():
        patterns = sum(len(r.get("patterns", [])) for r in records(relative))
        wordings = [r[f][lang] for r in records(relative) for f in ("fits", "betrays") if f in r for lang in LANGUAGES]
        patterns += sum(len(w) for w in wordings)
        print(f"{relative:22} {count:4} records {patterns:5} patterns")
    sys.exit(0)
