"""Hedges carried by grammar rather than by a fixed phrase: epistemic modal verbs and the French conditional.

"This could help", "results may vary", "ce changement permettrait de réduire", "le marché semble se stabiliser":
no word list can hold every verb that follows a modal or every conditional form, so these are found by rule.
They are information, not warnings (a modal is often honest uncertainty); what the author sees is where the
claim was softened, so that a post full of them reads as evasive to them before it does to a reader.

Deliberately left alone, because there the modal is not softening a claim:
- questions ("Could you share…?", "Pourrait-on en parler ?"): a real question is not a hedge;
- negation ("could not", "ne pourrait pas"): a firm statement;
- "May" the month; "might" the noun; English "would" (politeness: "I would love to");
- ability and wishes in the first person ("I could finally breathe", "j'aimerais", "je voudrais", "je pourrais");
- French "falloir" ("il faudrait": advice, not doubt) and wishes (aimer, vouloir, souhaiter, plaire);
- the French conditional used as a future in the past ("en espérant que ça se réglerait").
"""

from __future__ import annotations

from collections.abc import Sequence

from brandjournal.analysis.lexicons import Entry
from brandjournal.analysis.text import Sentence, Token

_EN_MODALS = frozenset({"could", "might", "may", "should"})
_EN_FIRST_PERSON = frozenset({"i", "we"})
_EN_AFTER_FIRST_PERSON = frozenset({"be", "possibly", "potentially", "perhaps", "maybe", "probably"})
_EN_NOT_A_VERB_NEXT = frozenset(
    {
        "not",
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "it",
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
    }
)
_EN_MONTH_BEFORE = frozenset(
    {
        "in",
        "of",
        "since",
        "until",
        "till",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "each",
        "every",
        "from",
        "through",
        "by",
        "before",
        "after",
        "during",
        "end",
    }
)
# "should" is advice far more often than doubt; it hedges only with verbs of outcome ("this should help").
_EN_SHOULD_OUTCOME = frozenset(
    {
        "be",
        "have",
        "help",
        "work",
        "see",
        "land",
        "reach",
        "improve",
        "reduce",
        "increase",
        "arrive",
        "get",
        "allow",
        "enable",
        "bring",
        "lead",
        "result",
        "pay",
        "come",
        "happen",
        "become",
        "remain",
        "stay",
        "start",
        "begin",
        "follow",
        "deliver",
        "make",
        "cut",
        "save",
        "double",
        "grow",
        "drop",
        "fall",
        "rise",
        "go",
        "last",
        "probably",
        "likely",
        "hopefully",
        "ideally",
        "normally",
        "theoretically",
        "in",
    }
)
_EN_SECOND_PERSON = frozenset({"you", "everyone", "everybody", "anyone", "anybody", "people", "u"})

# French: verbs whose every use softens a claim, third person (and "on"), present and conditional.
_FR_ALWAYS = frozenset(
    {
        "pourrait",
        "pourraient",
        "devrait",
        "devraient",
        "semble",
        "semblent",
        "semblait",
        "semblaient",
        "semblerait",
        "sembleraient",
        "paraitrait",
        "paraitraient",
        "aurait",
        "auraient",
    }
)
_FR_NEGATION_AFTER = frozenset({"pas", "jamais", "plus", "guere", "point"})
_FR_WISH_OR_ADVICE_STEMS = ("aime", "voud", "souhaite", "plai", "faud", "prefere", "ador", "desire")
# imperfect forms that end like a conditional: verbs in -irer ("il inspirait"), -urer ("il assurait")…
_FR_IRER_VERBS = frozenset({"tir", "attir", "retir", "etir", "soutir", "vir", "chavir", "mir"})
_FR_IRER_ENDINGS = ("spir", "admir", "expir", "desir", "soupir", "delir", "conspir", "empir")
_FR_NOT_CONDITIONAL = frozenset(
    {"portrait", "trait", "extrait", "retrait", "attrait", "abstrait", "distrait", "soustrait", "vrai"}
)


def _entry(lang: str, rule_id: str, why: str, suggestion: str | None = None) -> Entry:
    return Entry(rule_id, f"hedge.{lang}.{rule_id}", "hedge", lang, "info", suggestion, why, ())


_EN_MODAL = _entry(
    "en",
    "modal",
    "A modal verb softens the claim; keep it if you are really unsure, say it plainly if you know.",
    "(say what you know)",
)
_EN_SEEM = _entry("en", "seem", "'Seems' puts distance between you and what you say: do you think it or not?")
_FR_CONDITIONAL = _entry(
    "fr",
    "conditionnel",
    "Le conditionnel adoucit l'affirmation : gardez-le si vous n'êtes pas sûr, sinon dites-le au présent.",
    "(le présent)",
)
_FR_SEEM = _entry("fr", "sembler", "« Sembler » met de la distance entre vous et ce que vous dites : le pensez-vous ?")


def modal_matches(sentence: Sentence, source: str) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry) for each modal hedge in the sentence."""
    if sentence.question:
        return []
    toks = sentence.tokens
    if sentence.lang == "fr":
        return _french(toks, source)
    return _english(toks)


def _english(toks: Sequence[Token]) -> list[tuple[int, int, Entry]]:
    found: list[tuple[int, int, Entry]] = []
    for i, tok in enumerate(toks):
        word = tok.norm
        prev = toks[i - 1].norm if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if word in ("seem", "seems", "seemed", "appear", "appears", "appeared"):
            if nxt is not None and nxt.joined and nxt.norm in ("to", "like") and prev not in _EN_FIRST_PERSON:
                found.append((i, i + 1, _EN_SEEM))
            continue
        if word not in _EN_MODALS or nxt is None or not nxt.joined or nxt.comma:
            continue
        if nxt.norm in _EN_NOT_A_VERB_NEXT or nxt.digit or nxt.norm == "t":
            continue
        if word == "may" and ((tok.upper and not tok.first) or prev in _EN_MONTH_BEFORE):
            continue  # "in May", "since May"
        if any(t.norm == "if" for t in toks[max(0, i - 3) : i]):
            continue  # counterfactual or request: "if you could", "if we might"
        if prev in _EN_FIRST_PERSON and nxt.norm not in _EN_AFTER_FIRST_PERSON:
            continue  # ability or plan: "we could finally ship", "I might write about it"
        if word == "should" and (nxt.norm not in _EN_SHOULD_OUTCOME or prev in _EN_SECOND_PERSON):
            continue
        if prev in _EN_SECOND_PERSON and word in ("could", "might"):
            continue  # "you might like", "anyone could ask for"
        found.append((i, i + 1, _EN_MODAL))
    return found


def _french(toks: Sequence[Token], source: str) -> list[tuple[int, int, Entry]]:
    found: list[tuple[int, int, Entry]] = []
    for i, tok in enumerate(toks):
        word = tok.norm
        prev = toks[i - 1].norm if i else ""
        if word not in _FR_ALWAYS and word != "air" and not word.endswith(("rait", "raient")):
            continue  # most words: nothing to look at
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if nxt in _FR_NEGATION_AFTER or prev in ("ne", "n"):
            continue
        if word == "air" and prev == "l" and i >= 2 and toks[i - 2].norm in ("a", "ont", "avait", "avaient"):
            found.append((i - 2, i + 1, _FR_SEEM))  # "le projet a l'air solide"
            continue
        if word in _FR_ALWAYS:
            if word.startswith("aur") and not _participle_follows(toks, i):
                continue  # "il aurait 30 ans" is reported fact; "aurait permis" is the journalistic conditional
            found.append((i, i + 1, _FR_SEEM if word.startswith("sembl") else _FR_CONDITIONAL))
            continue
        if word.endswith(("rait", "raient")) and _is_conditional(source[tok.start : tok.end].casefold(), word):
            if any(t.norm in ("que", "qu") for t in toks[max(0, i - 4) : i]):
                continue  # future in the past: "en espérant que ça se réglerait"
            if prev in ("je", "j", "nous", "tu", "vous") or (word == "serait" and prev in ("ce", "c", "ca", "cela")):
                continue  # wishes: "j'adorerais", "ce serait top de se revoir"
            found.append((i, i + 1, _FR_CONDITIONAL))
    return found


_FR_SHORT_PARTICIPLES = frozenset({"ete", "pu", "du", "eu", "su", "vu", "dit", "fait", "mis", "pris", "fallu"})


def _participle_follows(toks: Sequence[Token], i: int) -> bool:
    """ "aurait permis", "auraient été", "aurait sans doute pu" (the journalistic conditional)."""
    for t in toks[i + 1 : i + 4]:
        if t.norm in _FR_SHORT_PARTICIPLES or (len(t.norm) > 3 and t.norm.endswith(("e", "es", "i", "is", "u", "us"))):
            return True
    return False


def _is_conditional(raw: str, norm: str) -> bool:
    """Third-person conditional of a verb ("permettrait", "réduiraient"), from its written form.

    The raw form keeps accents: "espérait" (imperfect) ends in "érait", "changerait" (conditional) in "erait".
    """
    if norm.endswith("raient"):
        stem = norm[:-6]
        raw_stem = raw[:-6]
    elif norm.endswith("rait"):
        stem = norm[:-4]
        raw_stem = raw[:-4]
    else:
        return False
    if len(stem) < 2 or norm in _FR_NOT_CONDITIONAL or stem.startswith(_FR_WISH_OR_ADVICE_STEMS):
        return False
    if raw_stem.endswith("e") and not raw_stem.endswith(("é", "è", "ê")):
        return True  # changerait, serait, ferait
    if stem.endswith("i"):
        verb = stem + "r"  # "inspirait" is the imperfect of inspirer; "finirait", "servirait" are conditionals
        return verb not in _FR_IRER_VERBS and not verb.endswith(_FR_IRER_ENDINGS)
    if stem.endswith("r"):
        return True  # pourrait, verrait, enverrait
    if stem.endswith("d"):
        return not stem.endswith("ad")  # prendrait, viendrait; not "encadrait"
    if stem.endswith("tt") or stem.endswith(("ait", "oit")):
        return True  # mettrait, permettrait, connaîtrait, paraîtrait
    if stem.endswith(("ev", "uiv", "viv")):
        return True  # devrait, recevrait, suivrait, vivrait
    return stem.endswith(("au", "clu", "oi", "ainc"))  # aurait, saurait, conclurait, croirait, vaincrait
