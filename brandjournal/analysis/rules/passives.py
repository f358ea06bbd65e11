"""Agentless passives that hide who decided: "Des choix ont dû être faits", "Certain changes were deemed necessary",
"Des difficultés ont été rencontrées", "Des solutions seront recherchées".

The lists hold the fixed ones ("mistakes were made", "il a été décidé"); this rule finds the family: an abstract
noun of decision or trouble (choices, adjustments, difficulties, measures…), a form of "be" / "être" and a
participle, with no "by" / "par" naming who. Concrete passives ("des arbres ont été plantés", "three bins were
emptied") are left alone: the noun must be one of those abstract ones. Information, like the modal hedges: the
author may have good reasons, the flag asks whether the reader can tell who did what.
"""

from __future__ import annotations

from brandjournal.analysis.lexicons import Entry
from brandjournal.analysis.text import Sentence

_EN_NOUNS = frozenset(
    {"choices", "adjustments", "difficulties", "decisions", "changes", "measures", "solutions", "mistakes", "errors",
     "efforts", "tradeoffs", "savings", "cuts", "sacrifices", "compromises", "lessons", "arrangements",
     "reductions"}
)  # fmt: skip
_FR_NOUNS = frozenset(
    {"choix", "ajustements", "difficultes", "decisions", "changements", "mesures", "solutions", "erreurs", "efforts",
     "arbitrages", "adaptations", "evolutions", "modifications", "economies", "reorganisations", "dysfonctionnements",
     "retards", "sacrifices", "compromis", "actions", "amenagements", "reductions", "suppressions", "lecons"}
)  # fmt: skip
_EN_BE = frozenset({"were", "was", "been", "be", "are", "is", "being"})
_FR_BE = frozenset({"ete", "etre", "seront", "sera", "sont", "est", "etaient", "etait", "furent", "fut"})
_EN_IRREGULAR = frozenset(
    {"made", "taken", "done", "felt", "found", "seen", "put", "set", "held", "met", "given", "cut", "learnt"}
)
_EN_PARTICIPLE_ENDS = ("ed", "en")
_FR_PARTICIPLE_ENDS = ("e", "es", "ee", "ees", "is", "it", "its", "u", "us", "ue", "ues", "te", "tes", "ts")
_AGENT = frozenset({"by", "par"})

_ENTRIES = {
    "en": Entry(
        "agentless_passive",
        "hedge.en.agentless_passive",
        "hedge",
        "en",
        "info",
        "(say who decided)",
        "A passive with no one doing it hides who decided; the reader cannot tell who is responsible.",
        (),
    ),
    "fr": Entry(
        "passif_sans_agent",
        "hedge.fr.passif_sans_agent",
        "hedge",
        "fr",
        "info",
        "(dites qui a décidé)",
        "Le passif sans auteur cache qui a décidé ou qui a fait : le lecteur ne sait pas à qui s'adresser.",
        (),
    ),
}


def agentless_passive_matches(sentence: Sentence) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry): from the abstract noun to its participle, when no agent follows."""
    french = sentence.lang == "fr"
    nouns = _FR_NOUNS if french else _EN_NOUNS
    if nouns.isdisjoint(sentence.norms):
        return []
    be = _FR_BE if french else _EN_BE
    toks = sentence.tokens
    found: list[tuple[int, int, Entry]] = []
    for i, tok in enumerate(toks):
        if tok.norm not in nouns:
            continue
        end = _passive_after(toks, i + 1, be, french)
        if end:
            found.append((i, end, _ENTRIES[sentence.lang]))
    return found


def _passive_after(toks, k: int, be: frozenset[str], french: bool) -> int:
    """End (exclusive) of "(up to six words) be-form (up to two words) participle" after the noun, or 0."""
    for j in range(k, min(len(toks), k + 7)):
        if toks[j].comma or not toks[j].joined:
            return 0  # another clause
        if toks[j].norm not in be:
            continue
        for p in range(j + 1, min(len(toks), j + 3)):
            if not toks[p].joined or toks[p].comma:
                return 0
            if _participle(toks[p].norm, french):
                agent = p + 1 < len(toks) and toks[p + 1].norm in _AGENT
                return 0 if agent else p + 1
        return 0
    return 0


def _participle(word: str, french: bool) -> bool:
    if french:
        return len(word) > 3 and word.endswith(_FR_PARTICIPLE_ENDS) and word not in _FR_NOT_PARTICIPLES
    return word in _EN_IRREGULAR or (len(word) > 4 and word.endswith(_EN_PARTICIPLE_ENDS))


# Words after "être" that end like a participle but are not one: "sont trop", "est toujours", adjectives of state.
_FR_NOT_PARTICIPLES = frozenset(
    {"toujours", "tres", "trop", "encore", "aussi", "bien", "plus", "moins", "tous", "toutes", "partout", "souvent",
     "possible", "possibles", "necessaire", "necessaires", "importante", "importantes", "utile", "utiles", "claire",
     "claires", "simple", "simples", "rapide", "rapides", "difficile", "difficiles"}
)  # fmt: skip
