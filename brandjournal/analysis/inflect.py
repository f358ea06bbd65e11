"""Suffix rules that expand a base form into its inflections (English and French), pure Python.

Used at BUILD time for the bundled lexicons (with an extra simplemma filter, see build_lexicons) and at RUN time
for the author's own value words (cheap: a few dozen string operations per word). Words are normalised
(lower-case, no accents) before expansion, so "accélérer/accélère" needs no special case. Over-generation is
harmless (a non-word never appears in a post); generating a *different real word* is what the guards avoid
(no -er/-ly derivations, function words are never inflected).
"""

from __future__ import annotations

_VOWELS = set("aeiou")

_EN_IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("am", "is", "are", "was", "were", "been", "being"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "go": ("goes", "went", "gone", "going"),
    "think": ("thinks", "thought", "thinking"),
    "take": ("takes", "took", "taken", "taking"),
    "bring": ("brings", "brought", "bringing"),
    "make": ("makes", "made", "making"),
    "drive": ("drives", "drove", "driven", "driving"),
    "lead": ("leads", "led", "leading"),
    "grow": ("grows", "grew", "grown", "growing"),
    "build": ("builds", "built", "building"),
    "get": ("gets", "got", "gotten", "getting"),
    "give": ("gives", "gave", "given", "giving"),
    "see": ("sees", "saw", "seen", "seeing"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "feel": ("feels", "felt", "feeling"),
    "find": ("finds", "found", "finding"),
    "hold": ("holds", "held", "holding"),
    "keep": ("keeps", "kept", "keeping"),
    "know": ("knows", "knew", "known", "knowing"),
    "mean": ("means", "meant", "meaning"),
    "meet": ("meets", "met", "meeting"),
    "pay": ("pays", "paid", "paying"),
    "put": ("puts", "putting"),
    "say": ("says", "said", "saying"),
    "sell": ("sells", "sold", "selling"),
    "send": ("sends", "sent", "sending"),
    "set": ("sets", "setting"),
    "show": ("shows", "showed", "shown", "showing"),
    "stand": ("stands", "stood", "standing"),
    "teach": ("teaches", "taught", "teaching"),
    "tell": ("tells", "told", "telling"),
    "win": ("wins", "won", "winning"),
    "write": ("writes", "wrote", "written", "writing"),
    "become": ("becomes", "became", "becoming"),
    "come": ("comes", "came", "coming"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "lose": ("loses", "lost", "losing"),
    "run": ("runs", "ran", "running"),
    "hit": ("hits", "hitting"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "rise": ("rises", "rose", "risen", "rising"),
    "learn": ("learns", "learned", "learnt", "learning"),
    "spend": ("spends", "spent", "spending"),
    "understand": ("understands", "understood", "understanding"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "begin": ("begins", "began", "begun", "beginning"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "leave": ("leaves", "left", "leaving"),
    "deal": ("deals", "dealt", "dealing"),
    "child": ("children",),
    "person": ("people", "persons"),
    "man": ("men",),
    "woman": ("women",),
    "good": ("better", "best"),
}

_FR_IRREGULAR: dict[str, tuple[str, ...]] = {
    "etre": (
        "suis",
        "es",
        "est",
        "sommes",
        "etes",
        "sont",
        "etais",
        "etait",
        "etions",
        "etiez",
        "etaient",
        "ete",
        "serai",
        "sera",
        "serons",
        "serez",
        "seront",
        "serait",
        "seraient",
        "soit",
        "soient",
        "fut",
    ),
    "avoir": (
        "ai",
        "as",
        "a",
        "avons",
        "avez",
        "ont",
        "avais",
        "avait",
        "avions",
        "aviez",
        "avaient",
        "eu",
        "eue",
        "aurai",
        "aura",
        "aurons",
        "aurez",
        "auront",
        "aurait",
        "auraient",
        "ait",
        "aient",
    ),
    "faire": (
        "fais",
        "fait",
        "faisons",
        "faites",
        "font",
        "faisais",
        "faisait",
        "faisions",
        "faisaient",
        "ferai",
        "fera",
        "ferons",
        "ferez",
        "feront",
        "ferait",
        "feraient",
        "faits",
        "faite",
        "faisant",
        "fasse",
        "fassent",
    ),
    "aller": (
        "vais",
        "vas",
        "va",
        "allons",
        "allez",
        "vont",
        "allais",
        "allait",
        "allions",
        "allaient",
        "alle",
        "allee",
        "irai",
        "ira",
        "irons",
        "iront",
        "irait",
    ),
    "prendre": (
        "prends",
        "prend",
        "prenons",
        "prenez",
        "prennent",
        "prenais",
        "prenait",
        "prenaient",
        "pris",
        "prise",
        "prises",
        "prendrai",
        "prendra",
        "prendrons",
        "prendront",
        "prendrait",
        "prenant",
    ),
    "mettre": (
        "mets",
        "met",
        "mettons",
        "mettez",
        "mettent",
        "mettais",
        "mettait",
        "mis",
        "mise",
        "mises",
        "mettrai",
        "mettra",
        "mettrons",
        "mettront",
        "mettrait",
        "mettant",
    ),
    "dire": (
        "dis",
        "dit",
        "disons",
        "dites",
        "disent",
        "disais",
        "disait",
        "dite",
        "dits",
        "dites",
        "dirai",
        "dira",
        "dirons",
        "diront",
        "dirait",
        "disant",
    ),
    "voir": (
        "vois",
        "voit",
        "voyons",
        "voyez",
        "voient",
        "voyais",
        "voyait",
        "vu",
        "vue",
        "vus",
        "vues",
        "verrai",
        "verra",
        "verrons",
        "verront",
        "verrait",
        "voyant",
    ),
    "pouvoir": (
        "peux",
        "peut",
        "pouvons",
        "pouvez",
        "peuvent",
        "pouvais",
        "pouvait",
        "pu",
        "pourrai",
        "pourra",
        "pourrons",
        "pourront",
        "pourrait",
        "puisse",
    ),
    "vouloir": (
        "veux",
        "veut",
        "voulons",
        "voulez",
        "veulent",
        "voulais",
        "voulait",
        "voulu",
        "voudrai",
        "voudra",
        "voudrait",
        "veuille",
    ),
    "savoir": (
        "sais",
        "sait",
        "savons",
        "savez",
        "savent",
        "savais",
        "savait",
        "su",
        "saurai",
        "saura",
        "saurait",
        "sache",
    ),
    "devoir": ("dois", "doit", "devons", "devez", "doivent", "devais", "devait", "du", "devrai", "devra", "devrait"),
    "venir": (
        "viens",
        "vient",
        "venons",
        "venez",
        "viennent",
        "venais",
        "venait",
        "venu",
        "venue",
        "venus",
        "viendrai",
        "viendra",
        "viendrait",
        "venant",
    ),
    "tenir": (
        "tiens",
        "tient",
        "tenons",
        "tenez",
        "tiennent",
        "tenais",
        "tenait",
        "tenu",
        "tenue",
        "tiendrai",
        "tiendra",
        "tiendrait",
        "tenant",
    ),
    "apprendre": (
        "apprends",
        "apprend",
        "apprenons",
        "apprenez",
        "apprennent",
        "appris",
        "apprise",
        "apprenais",
        "apprenait",
        "apprendrai",
        "apprendra",
        "apprenant",
    ),
    "comprendre": (
        "comprends",
        "comprend",
        "comprenons",
        "comprenez",
        "comprennent",
        "compris",
        "comprise",
        "comprenais",
        "comprenait",
        "comprendra",
        "comprenant",
    ),
    "ouvrir": (
        "ouvre",
        "ouvres",
        "ouvrons",
        "ouvrez",
        "ouvrent",
        "ouvert",
        "ouverte",
        "ouverts",
        "ouvertes",
        "ouvrait",
        "ouvrira",
        "ouvrant",
    ),
    "offrir": ("offre", "offres", "offrons", "offrez", "offrent", "offert", "offerte", "offrait", "offrira"),
    "reussir": ("reussis", "reussit", "reussissons", "reussissez", "reussissent", "reussi", "reussie"),
}


def has_irregular(word: str) -> bool:
    """Irregular verbs are inflected even when they are also function words ("faire", "be")."""
    return word in _EN_IRREGULAR or word in _FR_IRREGULAR


def _en_cvc(word: str) -> bool:
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def en_forms(word: str) -> set[str]:
    forms = {word}
    if word in _EN_IRREGULAR:
        forms.update(_EN_IRREGULAR[word])
    if len(word) < 3:
        return forms
    # plural / third person
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    # past tense / participle
    if word.endswith("e"):
        forms.add(word + "d")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ied")
    else:
        forms.add(word + "ed")
        if _en_cvc(word):
            forms.add(word + word[-1] + "ed")
    # gerund
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        forms.add(word[:-1] + "ing")
    else:
        forms.add(word + "ing")
        if _en_cvc(word):
            forms.add(word + word[-1] + "ing")
    return forms


_FR_ER_ENDINGS = (
    "e",
    "es",
    "ent",
    "ons",
    "ez",
    "ais",
    "ait",
    "ions",
    "iez",
    "aient",
    "e",
    "ee",
    "es",
    "ees",
    "er",
    "ant",
    "erai",
    "eras",
    "era",
    "erons",
    "erez",
    "eront",
    "erais",
    "erait",
    "erions",
    "eriez",
    "eraient",
    "a",
    "as",
    "ai",
    "erent",
    "asse",
)
_FR_IR_ENDINGS = (
    "is",
    "it",
    "issons",
    "issez",
    "issent",
    "issais",
    "issait",
    "issions",
    "issiez",
    "issaient",
    "i",
    "ie",
    "ies",
    "ir",
    "irai",
    "ira",
    "irons",
    "irez",
    "iront",
    "irais",
    "irait",
    "iraient",
    "issant",
    "isse",
)
_FR_RE_ENDINGS = (
    "s",
    "",
    "ons",
    "ez",
    "ent",
    "ais",
    "ait",
    "aient",
    "u",
    "ue",
    "us",
    "ues",
    "ant",
    "rai",
    "ra",
    "rons",
    "ront",
    "rait",
)


def _fr_adjective_noun(word: str) -> set[str]:
    forms = {word}
    if word.endswith(("s", "x", "z")):
        forms.update({word + "e", word + "es"})
    elif word.endswith(("eau", "au", "eu")):
        forms.update({word + "x", word + "s"})
    else:
        forms.add(word + "s")
    if word.endswith("al"):
        forms.update({word[:-2] + "aux", word + "e", word + "es"})
    elif word.endswith("ail"):
        forms.add(word[:-3] + "aux")
    elif word.endswith("if"):
        forms.update({word[:-1] + "ve", word[:-1] + "ves"})
    elif word.endswith("eux"):
        forms.update({word[:-1] + "se", word[:-1] + "ses"})
    elif word.endswith("eur"):
        forms.update({word[:-1] + "se", word[:-1] + "ses"})
        if word.endswith("teur"):
            forms.update({word[:-3] + "rice", word[:-3] + "rices"})
    elif word.endswith(("el", "eil", "ien", "on", "et")):
        forms.update({word + word[-1] + "e", word + word[-1] + "es"})
    elif word.endswith("er") and len(word) > 4:
        forms.update({word[:-2] + "ere", word[:-2] + "eres"})
    elif word.endswith("c") and word.endswith(("blanc", "franc")):
        forms.update({word + "he", word + "hes"})
    if not word.endswith(("x", "eau")):
        forms.update({word + "e", word + "es"})  # "trompé" -> "trompée" (accents are gone by now)
    return forms


# Irregular verbs whose compounds conjugate like them: "remettre" like "mettre", "maintenir" like "tenir". A base
# with None takes any prefix; "voir", "faire" and "dire" only the prefixes listed, as other words end in them
# ("devoir", "affaire").
_FR_COMPOUND_BASES: dict[str, tuple[str, ...] | None] = {
    "prendre": None,
    "mettre": None,
    "venir": None,
    "tenir": None,
    "ouvrir": None,
    "offrir": None,
    "voir": ("pre", "re", "entre"),
    "faire": ("re", "de", "satis", "contre"),
    "dire": ("re", "inter", "pre", "contre"),
}
_FR_OTHER_WORDS = frozenset({"maintenant"})  # a compound's form that is another word ("now", not "maintaining")

_FR_NDRE = ("ns", "nt", "gnons", "gnez", "gnent", "gnais", "gnait", "gnions", "gnaient", "nte", "nts", "ntes", "gnant",
            "ndrai", "ndra", "ndrons", "ndront", "ndrait", "ndraient", "gne")  # fmt: skip

# Third-group patterns by ending: (ending, the stem's endings). The stem is the word without the ending.
_FR_THIRD_GROUP: tuple[tuple[str, tuple[str, ...]], ...] = (
    # construire, produire, conduire, réduire, traduire, introduire, détruire, instruire, séduire
    ("uire", ("uis", "uit", "uisons", "uisez", "uisent", "uisais", "uisait", "uisions", "uisaient", "uite", "uits",
              "uites", "uisant", "uirai", "uira", "uirons", "uiront", "uirait", "uiraient", "uise")),
    # atteindre, peindre, éteindre, restreindre; craindre, contraindre, plaindre; joindre, rejoindre (not rendre,
    # vendre, entendre, répondre: they keep their "d", "rendons", like perdre, below)
    *((vowel + "ndre", tuple(vowel + ending for ending in _FR_NDRE)) for vowel in ("ei", "ai", "oi")),
    # connaître, reconnaître, paraître, apparaître, disparaître (accents are gone: "aitre")
    ("aitre", ("ais", "ait", "aissons", "aissez", "aissent", "aissais", "aissait", "aissaient", "u", "ue", "us",
               "ues", "aissant", "aitrai", "aitra", "aitrons", "aitront", "aitrait", "aisse")),
    # écrire, décrire, inscrire, prescrire, souscrire, retranscrire
    ("crire", ("cris", "crit", "crivons", "crivez", "crivent", "crivais", "crivait", "crivaient", "crite", "crits",
               "crites", "crivant", "crirai", "crira", "crirons", "criront", "crirait", "crive")),
    # vivre, revivre, survivre
    ("vivre", ("vis", "vit", "vivons", "vivez", "vivent", "vivais", "vivait", "vivaient", "vecu", "vecue", "vecus",
               "vecues", "vivant", "vivrai", "vivra", "vivrons", "vivront", "vivrait", "vive")),
    # accueillir, cueillir, recueillir
    ("ueillir", ("ueille", "ueilles", "ueillons", "ueillez", "ueillent", "ueillais", "ueillait", "ueillaient", "ueilli",
                 "ueillie", "ueillis", "ueillies", "ueillant", "ueillerai", "ueillera", "ueillerons", "ueilleront",
                 "ueillerait")),
    # souffrir, couvrir, découvrir, recouvrir (ouvrir and offrir are in _FR_IRREGULAR)
    ("frir", ("fre", "fres", "frons", "frez", "frent", "frais", "frait", "fraient", "fert", "ferte", "ferts", "fertes",
              "frant", "frirai", "frira", "frirons", "friront", "frirait")),
    ("vrir", ("vre", "vres", "vrons", "vrez", "vrent", "vrais", "vrait", "vraient", "vert", "verte", "verts", "vertes",
              "vrant", "vrirai", "vrira", "vrirons", "vriront", "vrirait")),
    # sentir, ressentir, consentir, pressentir; servir, desservir ("partir", "sortir", "mentir" are left out: their
    # present forms are other words, "part", "sort", "ment")
    ("sentir", ("sens", "sent", "sentons", "sentez", "sentent", "sentais", "sentait", "sentaient", "senti", "sentie",
                "sentis", "senties", "sentant", "sentirai", "sentira", "sentirons", "sentiront", "sentirait")),
    ("servir", ("sers", "sert", "servons", "servez", "servent", "servais", "servait", "servaient", "servi", "servie",
                "servis", "servies", "servant", "servirai", "servira", "servirons", "serviront", "servirait")),
)  # fmt: skip


def _fr_compound_or_third_group(word: str) -> set[str] | None:
    """Forms of a compound of an irregular verb, or of a third-group verb by its ending; None for other words."""
    for base, prefixes in _FR_COMPOUND_BASES.items():
        prefix = word[: -len(base)]
        if word.endswith(base) and prefix and (prefixes is None or prefix in prefixes):
            return {prefix + form for form in _FR_IRREGULAR[base]} - _FR_OTHER_WORDS
    for ending, endings in _FR_THIRD_GROUP:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return {stem + form for form in endings}
    return None


def fr_forms(word: str) -> set[str]:
    forms = _fr_adjective_noun(word)
    if word in _FR_IRREGULAR:
        forms.update(_FR_IRREGULAR[word])
        return forms
    if len(word) < 4:
        return forms
    conjugated = _fr_compound_or_third_group(word)
    if conjugated is not None:
        return forms | conjugated
    if word.endswith("er") and len(word) >= 5:
        stem = word[:-2]
        for ending in _FR_ER_ENDINGS:
            if ending[:1] in ("a", "o") and stem.endswith("c"):
                forms.add(stem[:-1] + "c" + ending)  # normalised ç == c
            elif ending[:1] in ("a", "o") and stem.endswith("g"):
                forms.add(stem + "e" + ending)
            forms.add(stem + ending)
        if stem.endswith("y"):  # employer -> emploie
            forms.update({stem[:-1] + "ie", stem[:-1] + "ies", stem[:-1] + "ient"})
        if stem.endswith(("el", "et")):  # appeler -> appelle, projeter -> projette
            forms.update({stem + stem[-1] + "e", stem + stem[-1] + "es", stem + stem[-1] + "ent"})
    elif word.endswith("ir") and len(word) >= 4:  # "agir", "unir"
        stem = word[:-2]
        forms.update(stem + ending for ending in _FR_IR_ENDINGS)
    elif word.endswith(("dre", "ttre")) and len(word) >= 6:
        stem = word[:-2]
        forms.update(stem + ending for ending in _FR_RE_ENDINGS)
    return forms


def nominal_forms(word: str, lang: str | None) -> set[str]:
    """Number and gender only (no verb forms): English plural, French adjective/noun forms."""
    forms = {word}
    if lang in (None, "en") and len(word) >= 3:
        if word.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(word + "es")
        elif word.endswith("y") and word[-2] not in _VOWELS:
            forms.add(word[:-1] + "ies")
        else:
            forms.add(word + "s")
    if lang in (None, "fr"):
        forms |= _fr_adjective_noun(word)
    return forms


def expand(word: str, lang: str | None) -> set[str]:
    """All inflections of a normalised base ``word`` (``lang`` None: both languages)."""
    if lang == "en":
        return en_forms(word)
    if lang == "fr":
        return fr_forms(word)
    return en_forms(word) | fr_forms(word)


# Derivations between a value's noun and adjective ("transparency" <-> "transparent"), used for value NAMES only:
# an author who names a value "Transparence" expresses it when writing "transparente".
_DERIVATIONS: tuple[tuple[str, str], ...] = (
    # English
    ("ency", "ent"),
    ("ence", "ent"),
    ("ancy", "ant"),
    ("ance", "ant"),
    ("osity", "ous"),
    ("ivity", "ive"),
    ("icity", "ic"),
    ("bility", "ble"),
    ("esty", "est"),
    ("ness", ""),
    ("ful", "fulness"),
    # French
    ("ence", "ente"),
    ("ance", "ante"),
    ("osite", "eux"),
    ("osite", "euse"),
    ("ivite", "if"),
    ("ivite", "ive"),
    ("icite", "ique"),
    ("abilite", "able"),
    ("ibilite", "ible"),
    ("etete", "ete"),
    ("ilite", "ile"),
)


def derive(word: str) -> set[str]:
    """Noun <-> adjective variants of a one-word value name (normalised)."""
    out: set[str] = set()
    if len(word) < 5 or " " in word:
        return out
    for noun, adjective in _DERIVATIONS:
        if noun and word.endswith(noun) and len(word) - len(noun) >= 3:
            out.add(word[: len(word) - len(noun)] + adjective)
        if adjective and word.endswith(adjective) and len(word) - len(adjective) >= 3:
            out.add(word[: len(word) - len(adjective)] + noun)
    out.discard(word)
    return out


def antonyms(word: str, lang: str | None) -> set[str]:
    """Prefixed opposites of a one-word value name: honest -> dishonest, juste -> injuste, fair -> unfair.

    Generated blindly (a non-word never occurs in a post); only for words of 4+ letters.
    """
    if len(word) < 4 or not word.isalpha():
        return set()
    out: set[str] = set()
    if lang in (None, "en"):
        out |= {"un" + word, "dis" + word, "non" + word, "non " + word, "mis" + word}
    if lang in (None, "fr"):
        out |= {"mal" + word, "des" + word, "non " + word}
    # in-/im-/ir-/il- in both languages, assimilated to the first letter
    first = word[0]
    prefix = "im" if first in "pbm" else "ir" if first == "r" else "il" if first == "l" else "in"
    out.add(prefix + word)
    return out
