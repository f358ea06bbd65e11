"""Is the word at a given token negated? A small window to the left, both languages.

A word is negated when one of the few tokens before it (same clause: no punctuation, no "but/mais") is a negation:
not, never, no, without, hardly, lack..., "...n't" (split as "isn" + "t"); ne/n', pas, jamais, sans, aucun(e),
rien, guère, nullement, manque... A breaker between the negation and the word cancels it: "not only", "not just",
"ne ... que" (restrictive), "pas seulement". Two-word negations (PAIRS): "less than", "far from", "anything but",
"failed to", "refused to", "devoid of", "the opposite of", "loin d'être", "refuse de", "cesse de", "dénué de",
"dépourvu de", "faute de", "tout sauf", "le contraire de"; and French "peu" ("peu transparent", not
"un peu"). French "plus/point/personne" negate only with "ne", which is itself
a negation, so they are not needed on their own ("plus transparent" means "more transparent").
"""

from __future__ import annotations

from collections.abc import Sequence

from brandjournal.analysis.lexicons import Voice
from brandjournal.analysis.text import Token

WINDOW = 4
_LESS = frozenset({"moins", "less"})
_NOT_LESS = frozenset({"au", "pas", "non", "rien", "not", "no", "nothing", "none", "neither", "nor", "ni"})

# Two-word negations: (first word, second word). Checked on the second word, before clause breakers
# ("anything but honest" is a negation even though "but" usually starts a new clause).
PAIRS = frozenset(
    {
        ("less", "than"),
        ("far", "from"),
        ("anything", "but"),
        ("failed", "to"),
        ("fails", "to"),
        ("refused", "to"),
        ("refuses", "to"),
        ("stopped", "being"),
        ("loin", "d"),
        ("loin", "de"),
        ("refuse", "de"),
        ("refuse", "d"),
        ("refusent", "de"),
        ("cesse", "de"),
        ("cesse", "d"),
        ("arrete", "de"),
        ("arrete", "d"),
        # "dénué de toute transparence", "dépourvu d'empathie", "faute d'écoute", "tout sauf humble",
        # "le contraire de la bienveillance", "devoid of empathy", "the opposite of humble"
        ("denue", "de"),
        ("denuee", "de"),
        ("denues", "de"),
        ("denuees", "de"),
        ("denue", "d"),
        ("denuee", "d"),
        ("depourvu", "de"),
        ("depourvue", "de"),
        ("depourvus", "de"),
        ("depourvues", "de"),
        ("depourvu", "d"),
        ("depourvue", "d"),
        ("faute", "de"),
        ("faute", "d"),
        ("tout", "sauf"),
        ("contraire", "de"),
        ("contraire", "d"),
        ("oppose", "de"),
        ("devoid", "of"),
        ("opposite", "of"),
        ("short", "on"),
        ("instead", "of"),
        # "plus du tout transparent" (oral, without "ne"), "à peine honnête", "un déficit d'écoute",
        # "une carence en bienveillance", "a dearth of empathy"
        ("du", "tout"),
        ("a", "peine"),
        ("deficit", "de"),
        ("deficit", "d"),
        ("deficit", "of"),
        ("carence", "de"),
        ("carence", "d"),
        ("carence", "en"),
        ("defaut", "de"),
        ("defaut", "d"),
        ("dearth", "of"),
    }
)


def negation_before(toks: Sequence[Token], i: int, voices: Sequence[Voice]) -> int | None:
    """Index of the token negating ``toks[i]``, or None."""
    negations = frozenset().union(*(v.negations - v.weak_negations for v in voices))
    breakers = frozenset().union(*(v.negation_breakers for v in voices))
    clause = frozenset().union(*(v.clause_breakers for v in voices))
    seen_breaker = False
    j = i - 1
    steps = 0
    while j >= 0 and steps < WINDOW + 2:
        if not toks[j + 1].joined:
            return None  # punctuation between: another clause
        norm = toks[j].norm
        if j > 0 and (toks[j - 1].norm, norm) in PAIRS and toks[j].joined:
            return None if seen_breaker else j - 1
        if norm == "peu" and not (j > 0 and toks[j - 1].norm in ("un", "a")):
            return None if seen_breaker else j  # "peu transparent" (but "un peu", "à peu près" are not)
        if norm in _LESS and j == i - 1 and not (j > 0 and toks[j - 1].norm in _NOT_LESS):
            return j  # right before the word: "moins transparent que", "less honest" (not "au moins", "no less")
        if norm in clause:
            return None
        if norm == "t" and j > 0 and toks[j - 1].norm.endswith("n") and toks[j].joined:
            return None if seen_breaker else j - 1
        if norm in negations:
            return None if seen_breaker else _widen(toks, j, negations)
        if norm in breakers:
            seen_breaker = True
        elif len(norm) > 2 or norm.isdigit():
            steps += 1  # elided articles (l', d') and tiny words do not use up the window
            if steps > WINDOW:
                return None
        j -= 1
    return None


def _widen(toks: Sequence[Token], j: int, negations: frozenset[str]) -> int:
    """Start the evidence at the first word of a two-part negation: "ne suis pas" rather than "pas"."""
    k, first = j - 1, j
    while k >= 0 and j - k <= 3 and toks[k + 1].joined:
        if toks[k].norm in negations:
            first = k
        k -= 1
    return first


# Words AFTER a value word that deny it: "la transparence était totalement absente", "empathy was missing",
# "la bienveillance a disparu", "l'écoute faisait défaut". Normalised forms.
AFTER = frozenset(
    {
        "absent",
        "absente",
        "absents",
        "absentes",
        "inexistant",
        "inexistante",
        "inexistants",
        "inexistantes",
        "manque",
        "manquait",
        "manquaient",
        "manquent",
        "disparu",
        "disparue",
        "disparus",
        "disparues",
        "missing",
        "lacking",
        "nowhere",
        "nonexistent",
        "non-existent",
    }
)
_DEFAUT_VERBS = frozenset({"fait", "faisait", "font", "faisaient"})


# "la transparence n'a jamais été notre point fort", "listening was never our strength": a negation, then a word
# for a strength or a priority after a possessive (or "point", "strong"). Without it ("L'intégrité, ce n'est pas
# une slide"), a negation after the value word denies something else.
_STRENGTHS = frozenset(
    {"fort", "force", "forte", "priorite", "truc", "specialite", "strength", "suit", "priority", "thing"}
)
_OWNERS = frozenset(
    {
        "notre",
        "mon",
        "ma",
        "leur",
        "son",
        "sa",
        "votre",
        "ton",
        "ta",
        "point",
        "our",
        "my",
        "their",
        "his",
        "her",
        "your",
        "strong",
        "top",
        "la",
        "le",
    }
)


def negation_after(toks: Sequence[Token], j: int, voices: Sequence[Voice]) -> int | None:
    """Index of a word after ``toks[j]`` (same clause, a few words on) that denies it, or None.

    A negation in between cancels it ("la bienveillance ne manque pas"), as does a clause breaker; but a negation
    followed by "our strength" denies the value ("la transparence n'a jamais été notre fort").
    """
    negations = frozenset().union(*(v.negations for v in voices))
    clause = frozenset().union(*(v.clause_breakers for v in voices))
    steps = 0
    k = j + 1
    negated = False
    while k < len(toks) and steps <= WINDOW + 2:
        if not toks[k].joined and (negated or not toks[k].comma):
            return None  # punctuation: another clause ("L'humilité, ce n'est pas mon truc" keeps its comma)
        norm = toks[k].norm
        if norm in clause:
            return None
        if norm in negations or (norm == "t" and toks[k - 1].norm.endswith("n")):
            negated = True
        elif negated:
            if norm in _STRENGTHS and toks[k - 1].norm in _OWNERS:
                return k
        elif norm in AFTER or (norm == "defaut" and any(t.norm in _DEFAUT_VERBS for t in toks[max(j + 1, k - 2) : k])):
            return k  # "a disparu", "faisait (cruellement) défaut"
        if len(norm) > 2:
            steps += 1
            if steps > WINDOW and not negated:
                return None
        k += 1
    return None
