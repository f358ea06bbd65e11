"""Values expressed and betrayed.

For each of the author's values the engine matches:
- EXPRESSED: the value's name, its fits (inflected), and, when the name maps onto a bundled concept of
  values.toml (the name, in either language, equals one of the concept's ``names`` or one of their inflections),
  the concept's names and fits;
- BETRAYED: the value's betrays and the concept's betrays; antonyms made by prefix from the value's names
  ("dishonest", "unfair", "irresponsable", "malhonnête", "non-inclusive"); and any expressed wording under negation
  ("not honest", "sans aucune humilité", "n'a rien d'humble"), which then does NOT count as expressed.
A negated betray ("no longer works with fast fashion", "je ne suis pas arrogant") is still shown as
value_betrayed, but with severity INFO: the wording is there and worth a look, yet it is not a warning.
A betray that overlaps an expression of the same value wins over it. Overlapping expressions of one value
keep the longest.
"""

from __future__ import annotations

import functools
import re

from brandjournal.analysis.context import Context
from brandjournal.analysis.lexicons import Concept, Lexicons, slug
from brandjournal.analysis.messages import msg
from brandjournal.analysis.negation import negation_after, negation_before
from brandjournal.analysis.patterns import Matcher, compile_pattern, packed_forms, to_slots
from brandjournal.analysis.text import normalise
from brandjournal.domain import Flag, FlagKind, Severity, Value

# --- Name derivations beyond inflect.derive -------------------------------------------------------------------
# A value named "Honnêteté" should also be seen in "honnêtement", "Humilité" in "humblement" (via the concept's
# "humble"), "Optimisme" in "optimiste", "Partage" in "partager". Non-words produced blindly never occur in a
# post; real words that mean something else are listed in _DERIVED_STOP ("Patience" must not match "patients",
# "curieux" must not give "curieusement" = oddly, "fair" not "fairly" = rather).
_EXTRA_DERIVATIONS: tuple[tuple[str, str], ...] = (
    # French noun <-> adjective
    ("arite", "aire"),  # solidarité / solidaire
    ("erite", "ere"),  # sincérité / sincère
    ("egrite", "egre"),  # intégrité / intègre
    ("elite", "ele"),  # fidélité / fidèle
    ("alite", "al"),  # loyalité? convivialité / convivial
    ("isme", "iste"),  # optimisme / optimiste
    ("isme", "ique"),  # pragmatisme / pragmatique
    ("asme", "aste"),  # enthousiasme / enthousiaste
    ("ation", "atif"),  # coopération / coopératif
    ("ation", "ative"),
    # English noun <-> adjective
    ("ism", "ist"),  # optimism / optimist
    ("ism", "istic"),  # optimism / optimistic
    ("ism", "ic"),  # pragmatism / pragmatic
    ("ation", "ative"),  # collaboration / collaborative
    ("ousness", "ous"),  # generousness
)
_DERIVED_STOP = frozenset(
    {
        # nouns or adjectives that mostly mean something else
        "patient",
        "patients",
        "patiente",
        "patientes",
        "excellent",
        "present",
        "constant",
        "urgent",
        "science",
        # adverbs used as intensifiers, connectives or fillers
        "curieusement",
        "curiously",
        "fairly",
        "thankfully",
        "genuinely",
        "thoroughly",
        "independently",
        "independamment",
        "pratiquement",
        "practically",
        "directement",
        "directly",
        "completement",
        "completely",
        "entierement",
        "totalement",
        "totally",
        "reellement",
        "naturellement",
        "naturally",
        "serieusement",
        "seriously",
        "personnellement",
        "personally",
        "justement",
        "simplement",
        "vraiment",
        "clairement",
        "exactement",
        "precisement",
        "egalement",
        "seulement",
        "kindly",
        "clearly",
        "simply",
        "really",
        "truly",
        "exactly",
        "precisely",
        "equally",
        "originally",
        "originalement",
        "largely",
        "fully",
        "absolutely",
        "absolument",
        "particulierement",
        "positivement",
        "positively",
        "purely",
        "purement",
        "franchement",
        "justly",
        "rightly",
        "plainly",
        "finement",
        "librement",
        "freely",
        "surely",
        "surement",
        "certainly",
        "certainement",
        "highly",
        "hautement",
        "lately",
        "shortly",
        "nicely",
    }
)


_NOUN_ENDINGS = (
    "ite",
    "ence",
    "ance",
    "isme",
    "asme",
    "tion",
    "sion",
    "ure",
    "ude",
    "age",
    "ment",
    "ity",
    "ness",
    "ism",
    "ship",
    "dom",
    "ly",
    "eur",
    "ie",
    "esse",
    "ise",
)


def _adverbs(word: str) -> set[str]:
    """Adverbs of a one-word (normalised) adjective, French and English; blind, see _DERIVED_STOP."""
    out: set[str] = set()
    if len(word) < 4 or not word.isalpha() or word.endswith(_NOUN_ENDINGS):
        return out  # nouns have no adverb ("honnêteté", "transparency")
    # French
    if word.endswith("ant"):
        out.add(word[:-3] + "amment")  # bienveillant -> bienveillamment
    elif word.endswith("ent"):
        out.add(word[:-3] + "emment")  # transparent -> transparemment, patient -> patiemment
    elif word.endswith("eux"):
        out.add(word[:-3] + "eusement")  # courageux -> courageusement
    elif word.endswith("if"):
        out.add(word[:-2] + "ivement")  # attentif -> attentivement
    elif word.endswith(("al", "el", "il", "ul")):
        out.add(word + "lement" if word.endswith("el") else word + "ement")  # loyal -> loyalement
    elif word.endswith("e"):
        out.add(word + "ment")  # humble -> humblement, honnete -> honnetement, sincere -> sincerement
    elif word.endswith(("i", "u")):
        out.add(word + "ment")
    elif word.endswith(("t", "d", "s", "n", "r")):
        out.add(word + "ement")  # ouvert -> ouvertement, humain -> humainement
    # English
    if word.endswith("le"):
        out.add(word[:-1] + "y")  # humble -> humbly
    elif word.endswith("ic"):
        out.add(word + "ally")  # authentic -> authentically
    elif word.endswith("y") and not word.endswith(("ey", "ay", "oy")):
        out.add(word[:-1] + "ily")
    elif word.endswith("ue"):
        out.add(word[:-1] + "ly")
    elif not word.endswith(("ity", "ness", "ism", "ence", "ance", "tion")):
        out.add(word + "ly")  # honest -> honestly, transparent -> transparently
    return out


def name_derivations(word: str, adverbs_only: bool = False) -> set[str]:
    """Other words that name the same value as the one-word, normalised name ``word``.

    inflect.derive (noun <-> adjective), more suffix pairs (optimisme/optimiste, solidarité/solidaire),
    adverbs (honnêtement, humbly), French verbs of -e nouns (partage -> partager, écoute -> écouter, whose
    inflections then match "partagé", "écoutons").
    ``adverbs_only``: for names that are ambiguous on their own
    ("ouvert" -> "ouvertement" only).
    """
    from brandjournal.analysis.inflect import derive

    if " " in word or "-" in word or len(word) < 4:
        return set()
    if adverbs_only:
        return {w for w in _adverbs(word) if w not in _DERIVED_STOP}
    out = set(derive(word))
    for noun, adjective in _EXTRA_DERIVATIONS:
        if word.endswith(noun) and len(word) - len(noun) >= 3:
            out.add(word[: len(word) - len(noun)] + adjective)
        if word.endswith(adjective) and len(word) - len(adjective) >= 3:
            out.add(word[: len(word) - len(adjective)] + noun)
    for form in (word, *out):
        out |= _adverbs(form)
    if (
        len(word) >= 5
        and word.endswith("e")
        and not word.endswith(("ete", "ite", "ie", "ence", "ance", "ise", "ure", "isme", "asme"))
    ):
        out.add(word + "r")  # partage -> partager, entraide -> entraider, ecoute -> ecouter
    if word == "respect":
        out.add("respecter")
    out |= noun_verbs(word)
    out.discard(word)
    return {w for w in out if w not in _DERIVED_STOP}


# Action nouns -> their verb, whose inflections then match the post: "vérification" -> "vérifier" ("j'ai vérifié"),
# "collaboration" -> "collaborer"/"collaborate", "amélioration" -> "améliorer", "accompagnement" -> "accompagner",
# "improvement" -> "improve", "simplification" -> "simplify".
_NOUN_VERB: tuple[tuple[str, str], ...] = (
    ("ication", "ier"),  # vérification -> vérifier
    ("ication", "iquer"),  # communication -> communiquer
    ("ication", "y"),  # simplification -> simplify
    ("ation", "er"),  # collaboration -> collaborer
    ("ation", "ate"),  # collaboration -> collaborate
    ("ement", "er"),  # accompagnement -> accompagner
    ("ment", ""),  # improvement -> improve, commitment -> commit
)


def _pattern_variants(pattern: str) -> set[str]:
    """Derivations of a one-word author pattern: "arrogant" -> "arrogance", "vérification" -> "vérifier"."""
    word = " ".join(normalise(pattern).split())
    if " " in word or not word.isalpha():
        return set()
    return name_derivations(word)


def noun_verbs(word: str) -> set[str]:
    """Verbs of an action noun (blind: a non-word never occurs in a post)."""
    out: set[str] = set()
    if len(word) < 7 or not word.isalpha():
        return out
    for noun, verb in _NOUN_VERB:
        if word.endswith(noun) and len(word) - len(noun) >= 4:
            out.add(word[: len(word) - len(noun)] + verb)
    return out


# --- More opposites, and author betrays written as a negated behaviour ------------------------------------------
_VOWELS = "aeiouyh"
# prefixed words that are not opposites: "unreal" (amazing), "unrest", "misgivings", "deserve", "delight"
_ANTONYM_STOP = frozenset(
    {"unreal", "unrest", "misgiving", "misgivings", "deserve", "design", "delight", "decline", "degrowth", "dispatient"}
)


def more_antonyms(word: str, lang: str | None) -> set[str]:
    """Opposites inflect.antonyms does not make: French dé-/dés- (loyal -> déloyal, engagé -> désengagé) and
    English -less on nouns (care -> careless, joy -> joyless, tact -> tactless). Blind, like antonyms: a non-word
    never occurs in a post."""
    out: set[str] = set()
    if len(word) < 3 or not word.isalpha():
        return out
    if lang in (None, "fr") and len(word) >= 4:
        out.add(("des" if word[0] in _VOWELS else "de") + word)
    if lang in (None, "en") and not word.endswith(("ful", "ous", "ive", "ent", "ant", "ble", "al", "ic", "ed", "ly")):
        out.add((word[:-1] + "i" if word.endswith("y") and len(word) > 3 else word) + "less")
    return out


# "ne pas tenir ses promesses", "never admit mistakes": the author names a behaviour by its absence. The
# behaviour itself is then a fit, so "je n'ai pas tenu mes promesses" is caught by negation, in any tense.
_NEGATED_PREFIXES = (
    "ne pas ",
    "ne jamais ",
    "ne plus ",
    "n'est pas ",
    "not ",
    "never ",
    "don't ",
    "do not ",
    "didn't ",
    "did not ",
    "no longer ",
)
_NOT_A_VERB = frozenset(
    {
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "its",
        "the",
        "a",
        "an",
        "this",
        "that",
        "so",
        "very",
        "really",
        "enough",
        "much",
        "many",
        "all",
        "always",
        "only",
        "just",
        "too",
        "at",
        "le",
        "la",
        "les",
        "un",
        "une",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "son",
        "sa",
        "ses",
        "de",
        "du",
        "des",
        "trop",
        "assez",
        "tres",
        "vraiment",
        "toujours",
        "que",
        "qu",
    }
)


def negated_remainder(pattern: str) -> str | None:
    """The behaviour named by a negated author betray ("ne pas écouter" -> "écouter"), or None."""
    text = " ".join(pattern.casefold().replace("’", "'").split())
    for prefix in _NEGATED_PREFIXES:
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            first = normalise(rest.split()[0]) if rest else ""
            if first and first not in _NOT_A_VERB and len(first) > 2:
                return rest
    return None


# --- Author patterns: person-neutral pronouns and irregular French verbs ---------------------------------------
# An author writes "sortir de sa zone de confort" or "se vanter" in the infinitive, third person; posts say
# "je suis sortie de MA zone de confort", "je me suis vanté". Each pronoun token accepts its whole family.
_FAMILIES: tuple[frozenset[str], ...] = (
    # determiners: "partager les chiffres" also matches "je partage nos chiffres", "share our numbers"
    frozenset(
        {
            "mon",
            "ton",
            "son",
            "ma",
            "ta",
            "sa",
            "mes",
            "tes",
            "ses",
            "notre",
            "votre",
            "nos",
            "vos",
            "leur",
            "leurs",
            "le",
            "la",
            "les",
            "l",
            "un",
            "une",
            "des",
            "du",
            "ce",
            "cet",
            "cette",
            "ces",
        }
    ),
    frozenset({"se", "s", "me", "m", "te", "t", "nous", "vous"}),
    frozenset(
        {"my", "your", "his", "her", "its", "our", "their", "one", "the", "a", "an", "this", "that", "these", "those"}
    ),
    frozenset(
        {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"}
    ),
)
# French irregular verb endings the suffix rules miss: infinitive ending -> endings of the forms seen in posts.
_FR_IRREGULAR: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "mettre",
        (
            "mis",
            "mise",
            "mises",
            "mets",
            "met",
            "mettons",
            "mettez",
            "mettent",
            "mettait",
            "mettais",
            "mettaient",
            "mettant",
            "mettra",
            "mettrai",
        ),
    ),
    ("ompre", ("ompu", "ompue", "ompus", "ompues", "omps", "ompt", "ompons", "ompez", "ompent", "ompait", "ompant")),
    ("aitre", ("ais", "ait", "aissons", "aissez", "aissent", "aissait", "aissais", "aissant", "u", "ue", "us", "ues")),
    ("taire", ("tu", "tue", "tus", "tues", "tais", "tait", "taisons", "taisez", "taisent", "taisait")),
    ("plaire", ("plu", "plais", "plait", "plaisent", "plaisait")),
    (
        "crire",
        (
            "crit",
            "crite",
            "crits",
            "crites",
            "cris",
            "crivons",
            "crivez",
            "crivent",
            "crivait",
            "crivais",
            "crivant",
            "crira",
            "crirai",
        ),
    ),
    (
        "uire",
        (
            "uit",
            "uite",
            "uits",
            "uites",
            "uis",
            "uisons",
            "uisez",
            "uisent",
            "uisait",
            "uisais",
            "uisant",
            "uira",
            "uirai",
        ),
    ),
    (
        "enir",
        (
            "enu",
            "enue",
            "enus",
            "enues",
            "iens",
            "ient",
            "enons",
            "enez",
            "iennent",
            "enait",
            "enais",
            "enant",
            "iendra",
            "iendrai",
        ),
    ),
    ("entir", ("ens", "ent", "entons", "entez", "entent", "entait", "entais", "enti", "entie", "entis")),
    ("cevoir", ("cu", "cue", "cus", "cues", "cois", "coit", "cevons", "cevez", "coivent", "cevait", "cevais")),
    ("uivre", ("uivi", "uivie", "uivis", "uis", "uit", "uivons", "uivez", "uivent", "uivait", "uivais", "uivant")),
    ("battre", ("battu", "battue", "battus", "bats", "bat", "battons", "battez", "battent", "battait")),
    ("aindre", ("ains", "aint", "ainte", "aints", "aignons", "aignez", "aignent", "aignait", "aignais")),
    ("eindre", ("eins", "eint", "einte", "eints", "eignons", "eignez", "eignent", "eignait", "eignais")),
    ("oindre", ("oins", "oint", "ointe", "oints", "oignons", "oignez", "oignent", "oignait")),
    ("ouvrir", ("ouvert", "ouverte", "ouverts", "ouvertes", "ouvre", "ouvres", "ouvrent", "ouvrait")),
    ("ffrir", ("ffert", "fferte", "fferts", "ffertes", "ffre", "ffres", "ffrent", "ffrait")),
)


def _irregular_forms(form: str) -> set[str]:
    for ending, endings in _FR_IRREGULAR:
        if form.endswith(ending) and len(form) > len(ending):
            stem = form[: -len(ending)]
            return {stem + e for e in endings}
    if form == "lire":
        return {"lu", "lue", "lus", "lis", "lit", "lisons", "lisez", "lisent", "lisait"}
    return set()


def _widen(packed: str, lang: str | None, phrase: bool = True) -> str:
    forms = set(packed_forms(packed))
    extra: set[str] = set()
    for family in _FAMILIES if phrase else ():
        if forms & family:
            extra |= family
    if lang in (None, "fr"):
        for form in forms:
            if form.endswith(("re", "ir")):  # only infinitives have irregular forms to add
                extra |= _irregular_forms(form)
    if not extra - forms:
        return packed
    return "|" + "|".join(sorted(forms | extra)) + "|"


@functools.lru_cache(maxsize=1024)
def author_slots(pattern: str, lang: str | None, no_inflect: frozenset[str]) -> tuple:
    """An author-written word or phrase, inflected, with person-neutral pronouns and irregular French verbs."""
    slots = compile_pattern(pattern, lang, no_inflect)
    phrase = len(slots) > 1  # a lone word keeps its own pronoun or determiner ("C++" must not become "ce|ses")
    for slot in slots:
        if not slot[1]:
            slot[2] = [[_widen(packed, lang, phrase) for packed in alt] for alt in slot[2]]
    return to_slots(slots)


class _Hit:
    __slots__ = ("antonym", "betray", "french", "value_index")

    def __init__(self, value_index: int, betray: bool, antonym: bool = False, french: bool = False) -> None:
        self.value_index = value_index
        self.betray = betray
        self.antonym = antonym
        self.french = french  # a bundled concept's French wording: not looked for in English sentences


def find_concept(name: str, lex: Lexicons) -> Concept | None:
    """The bundled concept a value name refers to, in either language.

    Several concepts may list the same word ("équité" is both fairness and inclusion): the concept whose names
    list it FIRST (its canonical name) wins, then the earliest position; inflected names ("Honnêtes") come last.
    """
    from brandjournal.analysis.inflect import expand

    norm = " ".join(normalise(name).split())
    if not norm:
        return None
    forms = expand(norm, None) if " " not in norm else {norm}
    best: tuple[int, int, Concept] | None = None
    for order, concept in enumerate(lex.concepts):
        if concept.id == slug(name):
            return concept
        for names in concept.names.values():
            for position, candidate in enumerate(names):
                if candidate in forms and (best is None or (position, order) < best[:2]):
                    best = (position, order, concept)
    if best:
        return best[2]
    for concept in lex.concepts:  # inflected concept names: "Honnêtes" -> "honnête"
        for names in concept.names.values():
            if any(norm in expand(n, None) for n in names if " " not in n):
                return concept
    words = re.findall(r"[^\W_]+", norm)
    if len(words) > 1:  # "Transparence radicale", "Écoute active", "L'écoute": the word that names a concept
        for word in sorted(words, key=len, reverse=True):
            if len(word) > 3:
                found = find_concept(word, lex)
                if found is not None:
                    return found
    return None


def find_concepts(name: str, lex: Lexicons) -> list[Concept]:
    """The concepts a value name refers to: one, or one per part of "Honnêteté et transparence", "Respect &
    kindness", "Écoute / empathie" (the first one gives the rule id)."""
    parts = [p for p in re.split(r"\s*(?:[&/+,;]|\b(?:et|and|ou|or)\b)\s*", normalise(name)) if p.strip()]
    if len(parts) > 1:
        found: list[Concept] = []
        for part in parts:
            concept = find_concept(part, lex)
            if concept is not None and concept not in found:
                found.append(concept)
        if found:
            return found
    concept = find_concept(name, lex)
    return [concept] if concept is not None else []


class ValueMatchers:
    """One matcher for the words that express and those that betray the values (payload ``_Hit.betray`` tells
    them apart): a sentence is read once for both."""

    __slots__ = ("keys", "matcher")

    def __init__(self, matcher: Matcher, keys: list[str]) -> None:
        self.matcher = matcher
        self.keys = keys  # rule-id key per value: the concept id, else a slug of the name


def _put(words: dict[str, str | None], word: str, word_lang: str | None) -> None:
    """Note that ``word`` is inflected in ``word_lang``; a word two languages claim gets None (both). The order of
    the claims does not matter: the build merges a concept's claims, the run adds the author's."""
    words[word] = word_lang if words.get(word, word_lang) == word_lang else None


def concept_words(
    names: dict[str, tuple[str, ...]] | dict[str, list[str]], ambiguous: frozenset[str]
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """What a bundled concept adds to a value that names it, each word with the language of its list (English
    "fair" must not become French "faire"), None when both lists claim it:
    - the words its opposites are made from: all its names, even ambiguous ones ("loyal" -> "disloyal", "juste" ->
      "injuste");
    - the words that express it: its names, except those in ``ambiguous`` (they mostly mean something else in
      running text: "just", "c'est vrai"), and the variants and adverbs of all its names, even ambiguous ones
      ("ouvert" -> "ouvertement").
    The author plays no part: the build stores this for each concept, with the words and their opposites compiled
    (``Concept.word_patterns``).
    """
    sources: dict[str, str | None] = {}
    words: dict[str, str | None] = {}
    for list_lang, list_names in names.items():
        for n in list_names:
            _put(sources, n, list_lang)
            if n not in ambiguous:
                _put(words, n, list_lang)
            for w in name_derivations(n, n in ambiguous):
                if w not in ambiguous:
                    _put(words, w, list_lang)
    return sources, words


def opposite_words(sources: dict[str, str | None]) -> set[tuple[str, str | None]]:
    """The opposites of the one-word ``sources`` but adverbs, each with its source's language."""
    from brandjournal.analysis.inflect import antonyms

    return {
        (a, word_lang)
        for w, word_lang in sources.items()
        if " " not in w and not w.endswith(("ment", "ly"))  # no opposites of adverbs
        for a in antonyms(w, word_lang) | more_antonyms(w, word_lang)
        if a not in _ANTONYM_STOP
    }


def value_word_lists(lex: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    """The words never inflected in an author's patterns (function words) and the ambiguous value names, both
    languages; the build computes the same from voice.toml (its compiled concept words depend on them)."""
    no_inflect = frozenset().union(*(ld.voice.function_words for ld in lex.langs.values()))
    ambiguous = frozenset().union(*(ld.voice.ambiguous_value_names for ld in lex.langs.values()))
    return no_inflect, ambiguous


def value_matchers(values: tuple[Value, ...], lex: Lexicons) -> ValueMatchers:
    """Matchers for a profile's values (cached on the lexicons: a profile changes rarely)."""
    cache_key = ("values", values)
    cached = lex.cache.get(cache_key)
    if cached is not None:
        return cached
    if len(lex.cache) > 64:
        lex.cache.clear()
    no_inflect, ambiguous = value_word_lists(lex)
    matcher = Matcher()  # one matcher for all values (see ValueMatchers)
    keys: list[str] = []
    for index, value in enumerate(values):
        concepts = find_concepts(value.name, lex)
        keys.append(concepts[0].id if concepts else slug(value.name))
        _add_value(matcher, index, value, concepts, ambiguous, no_inflect)
    result = ValueMatchers(matcher, keys)
    lex.cache[cache_key] = result
    return result


def _add_value(
    matcher: Matcher,
    index: int,
    value: Value,
    concepts: list[Concept],
    ambiguous: frozenset[str],
    no_inflect: frozenset[str],
) -> None:
    """Add the patterns of ``values[index]`` to ``matcher`` (payload: a ``_Hit``).

    A concept's words, their opposites, fits and betrays come compiled and indexed from the build (its
    blocks); only the author's own words, and the words whose language the author's name changes, are
    compiled here. The order of the patterns matters only between payloads that differ on one span: every opposite
    stays before every betray, as it always was.
    """
    expressed = betrayed = matcher  # two names keep the additions readable
    lang = value.language if value.language in ("fr", "en") else None
    hit_fit, hit_betray = _Hit(index, False), _Hit(index, True)
    hit_antonym = _Hit(index, True, True)
    # a concept's French wording is not matched in English sentences, where it would find English words once
    # accents are ignored ("salaries" is "salariés")
    hit_fit_fr, hit_betray_fr = _Hit(index, False, french=True), _Hit(index, True, french=True)
    hits = {"w": hit_fit, "f": hit_fit, "F": hit_fit_fr, "a": hit_antonym, "b": hit_betray, "B": hit_betray_fr}
    name = " ".join(normalise(value.name).split())
    # word -> the language to inflect it in: the author's words in the value's language, a concept's words in the
    # language of their list; None when both claim it (see concept_words)
    words: dict[str, str | None] = {}
    _put(words, name, lang)
    for w in name_derivations(name):
        if w not in ambiguous:
            _put(words, w, lang)
    opposite_sources: dict[str, str | None] = dict(words)
    for each in concepts:
        for w, word_lang in each.opposite_sources.items():
            _put(opposite_sources, w, word_lang)
        for w, word_lang in each.words.items():
            _put(words, w, word_lang)
    opposite_sources.update((w, words[w]) for w in words if w not in opposite_sources)
    wanted = {(w, word_lang, "w") for w, word_lang in words.items() if w != name}
    wanted |= {(w, word_lang, "a") for w, word_lang in opposite_words(opposite_sources)}
    # the words and opposites a concept's block holds are taken from it, the others compiled here
    excluded: list[frozenset[int]] = []
    for each in concepts:
        kinds = each.expressing_kinds
        left_out = set()
        for n, (w, word_lang) in enumerate(each.block_words):
            if (w, word_lang, kinds[n]) in wanted:
                wanted.discard((w, word_lang, kinds[n]))
            else:
                left_out.add(n)
        excluded.append(frozenset(left_out))

    expressed.add(author_slots(value.name, lang, no_inflect), hit_fit)
    for w, word_lang, _ in sorted(item for item in wanted if item[2] == "w"):
        expressed.add(author_slots(w, word_lang, no_inflect), hit_fit)
    for pattern in value.fits:
        if pattern.strip():
            expressed.add(author_slots(pattern, lang, no_inflect), hit_fit)
            for variant in sorted(_pattern_variants(pattern)):  # one-word patterns only
                expressed.add(author_slots(variant, lang, no_inflect), hit_fit)
    for w, word_lang, _ in sorted((item for item in wanted if item[2] == "a"), key=lambda o: (o[0], o[1] or "")):
        betrayed.add(author_slots(w, word_lang, no_inflect), hit_antonym)
    for each, left_out in zip(concepts, excluded, strict=True):
        matcher.add_block(each.expressing, [hits[k] for k in each.expressing_kinds], each.forms, left_out)
    for pattern in value.betrays:
        if pattern.strip():
            betrayed.add(author_slots(pattern, lang, no_inflect), hit_betray)
            for variant in sorted(_pattern_variants(pattern)):
                betrayed.add(author_slots(variant, lang, no_inflect), hit_betray)
            positive = negated_remainder(pattern)
            if positive:  # "ne pas tenir ses promesses": "je n'ai pas tenu mes promesses" is negated below
                expressed.add(author_slots(positive, lang, no_inflect), hit_fit)
    for each in concepts:
        matcher.add_block(each.betraying, [hits[k] for k in each.betraying_kinds], each.forms)


def value_flags(ctx: Context, values: tuple[Value, ...]) -> list[Flag]:
    if not values:
        return []
    vm = value_matchers(values, ctx.lex)
    voices = [ld.voice for ld in ctx.lex.langs.values()]
    flags: list[Flag] = []
    for sentence in ctx.doc.sentences:
        toks = sentence.tokens
        found = vm.matcher.find(toks, norms=sentence.norms)
        if sentence.lang == "en" and not sentence.mixed:
            found = [m for m in found if not m.payload.french]
        betrays = [m for m in found if m.payload.betray]
        fits = [m for m in found if not m.payload.betray]
        chosen: list[tuple[int, int, int, bool, int | None]] = []  # i, j, value, betrayed, negation token
        for m in sorted(betrays, key=lambda m: (-(m.end - m.start), m.start)):
            hit: _Hit = m.payload
            if any(v == hit.value_index and m.start < cj and ci < m.end for ci, cj, v, _, _ in chosen):
                continue
            if ctx.is_quoted(*ctx.span(toks, m.start, m.end)):
                continue  # quoting the phrase is not using it
            neg = negation_before(toks, m.start, voices)
            # "no longer works with fast fashion": still shown, as information only (see module docstring)
            if hit.antonym and neg is not None:
                continue  # "not unfair": a double negative is no betrayal
            state = 2 if hit.antonym else 1
            chosen.append((m.start, m.end, hit.value_index, state, None if neg is None else -1 - neg))
        for m in sorted(fits, key=lambda m: (-(m.end - m.start), m.start)):
            hit = m.payload
            if any(v == hit.value_index and m.start < cj and ci < m.end for ci, cj, v, _, _ in chosen):
                continue
            neg = negation_before(toks, m.start, voices)
            end = m.end
            if neg is None:  # "la transparence était absente": the denial comes after
                neg = negation_after(toks, m.end - 1, voices)
                end = m.end if neg is None else neg + 1
            chosen.append((m.start, end, hit.value_index, neg is not None, neg))
        for i, j, vi, is_betrayed, neg in sorted(chosen, key=lambda c: (c[0], c[2])):
            value = values[vi]
            key = vm.keys[vi]
            negated_betray = neg is not None and neg < 0  # encoded as -1 - index
            if negated_betray:
                neg = -1 - neg
            elif neg is not None and neg < i:
                i = neg  # the evidence includes the negation: "pas transparent"
            start, end = ctx.span(toks, i, j)
            evidence = ctx.doc.source[start:end]
            severity = Severity.WARNING if is_betrayed else Severity.INFO
            if negated_betray:
                neg_text = ctx.doc.source[toks[neg].start : toks[neg].end]
                message = msg(ctx.ui_lang, "value_betray_negated", ev=evidence, value=value.name, neg=neg_text)
                rule = f"value.betrayed.{key}.negated"
                severity = Severity.INFO
            elif neg is not None:
                neg_text = ctx.doc.source[toks[neg].start : toks[neg].end]
                message = msg(ctx.ui_lang, "value_negated", ev=evidence, value=value.name, neg=neg_text)
                rule = f"value.betrayed.{key}.negation"
            elif is_betrayed:
                message = msg(ctx.ui_lang, "value_betrayed", ev=evidence, value=value.name)
                rule = f"value.betrayed.{key}" + (".antonym" if is_betrayed == 2 else "")
            else:
                message = msg(ctx.ui_lang, "value_expressed", ev=evidence, value=value.name)
                rule = f"value.expressed.{key}"
            if is_betrayed and not negated_betray and value.meaning.strip():
                message += " " + msg(ctx.ui_lang, "value_meaning", meaning=value.meaning.strip().rstrip("."))
            flags.append(
                ctx.flag(
                    sentence,
                    start,
                    end,
                    FlagKind.VALUE_BETRAYED if is_betrayed else FlagKind.VALUE_EXPRESSED,
                    rule,
                    message,
                    severity=severity,
                    value=value.name,
                )
            )
    return flags
