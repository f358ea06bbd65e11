"""Hedges carried by grammar rather than by a fixed phrase: epistemic modal verbs and the French conditional.

"This could help", "results may vary", "ce changement permettrait de réduire", "le marché semble se stabiliser":
no word list can hold every verb that follows a modal or every conditional form, so these are found by rule.
Also found by rule, because their neighbours cannot all be listed:
- verbs of appearance with their complement ("seems fine", "la solution paraît simple", "a l'air solide");
- English "kind of" / "sort of" used as an adverb ("the meeting kind of dragged on", not "what kind of bread");
- the French oral fillers "genre", "mettons", "disons" ("c'était genre trois fois plus long", "…, mettons.");
- French "normalement" as "if all goes well" ("Normalement, on livre en mars", "Le produit est prêt. Normalement."),
  not as "usually": a sentence that names a habit ("le lundi", "l'hiver", "tous les jours", "chaque", "d'habitude":
  "Normalement le bac part à 6 h, mais l'hiver il part à 6 h 30") is left alone, unless the word comes last;
- "I think" / "je crois" tacked on after the claim ("It ships in June, I think."): in front of a claim it is an
  owned opinion, which is the voice the product wants, so only the afterthought position is reported, and only
  among other hedges (context): alone it is usually honest doubt about a fact ("until the 19th, I think"; the
  writers of every corpus set left it unmarked in plain posts and never marked it alone as a hedge);
- a ceiling given as the figure ("up to 40%", "jusqu'à 3 fois"), which promises the best case;
- a retraction tag in brackets or alone ("Unpopular opinion (or not):", "Ou pas."), not "whether or not".
They are information, not warnings (a modal is often honest uncertainty); what the author sees is where the
claim was softened, so that a post full of them reads as evasive to them before it does to a reader.

Deliberately left alone, because there the word is not softening a claim:
- questions ("Could you share…?", "Pourrait-on en parler ?"): a real question is not a hedge; nor is an
  indirect one ("she asked whether she could bring her baby", "he asked where he might park");
- negation ("could not", "ne pourrait pas"): a firm statement (but "ça ne devrait pas poser de problème" is a
  forecast, still soft);
- "May" the month; "might" the noun; English "would" (politeness: "I would love to");
- French plans in the first person with "peut-être" / "sans doute" ("on partira peut-être camper en août",
  "j'aurai sans doute quelques minutes de retard"), like the English "we may open a shop": the rule returns the
  whole phrase as a context match, longer than the listed adverb, so it is shown only among other hedges;
- an inability stated as fact or what was possible then ("which nobody could find", "neither side could touch it",
  "until the dealer could get a new one");
- what the author could have done and did not ("we baked 600 and could have sold 800", "I could have cried");
- a reported question ("il a demandé s'il pourrait venir"), a relative clause on a noun ("le prix qu'un acheteur
  aurait payé"), and a timetable ("les travaux devraient se terminer fin mars", "the ride home should be quicker");
- ability, plans and wishes in the first person ("I could finally breathe", "we may have a spare room",
  "I might be a few minutes late",
  "j'aimerais", "je voudrais", "je pourrais"); but "we may have underestimated" is doubt;
- French "falloir" ("il faudrait": advice, not doubt) and wishes (aimer, vouloir, souhaiter, plaire);
- what might have been, in a tribute or a thank-you: "ça aurait pu être bien pire", "it could have been much
  worse", "sans les bénévoles, la fête aurait été moins belle", "mon père aurait eu 80 ans", "il aurait adoré",
  "elle serait fière de vous", "on aurait dit un tableau"; and a capacity ("the hall could hold 200 people", "la
  salle pourrait accueillir 200 personnes") or a duration ("the results may take two to three weeks");
- the French conditional in a relative clause of a search ("je cherche des fermes qui accepteraient un stagiaire"),
  and after a conviction ("persuadée qu'elle le dépasserait");
- the French conditional used as a future in the past, after a past verb ("on espérait que ça se réglerait",
  "il a dit que ce serait prêt"); after a present verb it still softens ("certains pensent que cela réduirait");
- "kind of" / "sort of" naming a type (after a determiner or an adjective: "this kind of work", "a strange sort
  of calm"), "kind of you" (kindness), "Kind of Blue" (a title); "genre" as a noun (after a determiner or
  "de": "le genre humain", "les stéréotypes de genre", "Genre : comédie"); "mettons les choses au clair";
  "le livre paraît en mars" (is published); "up to 40 people", "jusqu'à 18 h" (a capacity, a time);
- forecasts about the weather, transport and nature, which nobody can promise: "it should rain on Saturday",
  "the bus might be late", "the storm may have damaged the fence", "il devrait pleuvoir", "le train devrait
  arriver à 9 h 40" (the subject is the weather "it"/"il" with a weather verb, or a vehicle, a timetable or a
  force of nature a few words before the modal, in the same clause); "this should help" or "le marché devrait
  rebondir" stay hedges, because there the author forecasts their own field.
"""

from __future__ import annotations

from collections.abc import Sequence

from brandjournal.analysis.lexicons import Entry
from brandjournal.analysis.text import MONTHS_AND_DAYS, Sentence, Token, is_count

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
        # forecasts of things that happen by themselves ("prices should stabilise", "demand should pick up")
        "recover",
        "stabilise",
        "stabilize",
        "settle",
        "ease",
        "resolve",
        "rebound",
        "bounce",
        "pick",
        "return",
        "calm",
        "clear",
        "normalise",
        "normalize",
        "level",
        "peak",
        "pass",
        "fade",
        "subside",
        "kick",
        "hit",
        "hold",
        "continue",
    }
)
_EN_SECOND_PERSON = frozenset({"you", "everyone", "everybody", "anyone", "anybody", "people", "u"})
_EN_NOBODY = frozenset({"nobody", "none", "nothing", "never", "neither"})
# "this month may" is the month only when written "May": lower-case "may" after these words is the modal.
_EN_MODAL_AFTER = frozenset({"this", "that", "each", "every"})
# "seems fine", "seemed unlikely": a verb of appearance with an adjective softens as much as "seems to be".
_EN_SEEM_FORMS = frozenset({"seem", "seems", "seemed"})
_EN_APPEAR = frozenset({"appear", "appears", "appeared"})
_EN_APPEAR_ADJECTIVES = frozenset(
    {
        "stable",
        "healthy",
        "solid",
        "fine",
        "likely",
        "unlikely",
        "promising",
        "positive",
        "ready",
        "strong",
        "weak",
        "clear",
        "obvious",
        "normal",
        "calm",
        "unchanged",
        "limited",
        "modest",
        "minor",
        "reasonable",
        "sound",
        "robust",
        "correct",
        "accurate",
        "consistent",
        "steady",
    }
)
# Words before "kind of" / "sort of" that make it a type ("what kind of", "the same sort of"), not a softener.
_EN_TYPE_BEFORE = frozenset(
    {
        "what",
        "which",
        "whatever",
        "whichever",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "any",
        "every",
        "each",
        "no",
        "one",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
        "some",
        "another",
        "other",
        "such",
        "same",
        "certain",
        "different",
        "new",
        "right",
        "wrong",
        "only",
        "best",
        "worst",
        "first",
        "last",
        "exact",
        "particular",
        "special",
        "similar",
        "usual",
        "perfect",
        "ideal",
        "all",
        "many",
        "most",
        "two",
        "three",
        "several",
        "various",
        "few",
        "good",
        "bad",
        "better",
        "worse",
        "strange",
        "weird",
        "rare",
        "odd",
        "whole",
        "real",
        "true",
        "favourite",
        "favorite",
        "own",
        "main",
        "specific",
        "common",
        "unique",
        "proper",
        "distinct",
        "human",
        "of",
    }
)
# "…, I think." / "…, je crois." — an opinion verb added after the claim, at the end or between commas.
_EN_AFTERTHOUGHT_VERBS = frozenset(
    {"think", "believe", "suppose", "reckon", "assume", "imagine", "feel", "suspect", "hope", "expect"}
)
_FR_AFTERTHOUGHT_VERBS = frozenset({"crois", "pense", "suppose", "imagine", "presume", "espere"})
_EN_OBJECT_PRONOUNS = frozenset({"you", "them", "him", "her", "us", "me", "everyone", "everybody"})

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
# "ça ne devrait pas…": a forecast, not advice (unlike "on ne devrait pas juger")
_FR_IMPERSONAL = frozenset({"ca", "cela", "il", "ce", "ceci", "tout", "rien"})
_FR_NEGATION_AFTER = frozenset({"pas", "jamais", "plus", "guere", "point"})
_FR_WISH_OR_ADVICE_STEMS = ("aime", "voud", "souhaite", "plai", "faud", "prefere", "ador", "desire")
# imperfect forms that end like a conditional: verbs in -irer ("il inspirait"), -urer ("il assurait")…
_FR_IRER_VERBS = frozenset({"tir", "attir", "retir", "etir", "soutir", "vir", "chavir", "mir"})
_FR_IRER_ENDINGS = ("spir", "admir", "expir", "desir", "soupir", "delir", "conspir", "empir")
_FR_NOT_CONDITIONAL = frozenset(
    {"portrait", "trait", "extrait", "retrait", "attrait", "abstrait", "distrait", "soustrait", "vrai"}
)
# "genre" is the noun after these words ("le genre humain", "ce genre de", "égalité de genre", "en son genre").
_FR_GENRE_NOUN_BEFORE = frozenset(
    {
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "ce",
        "cet",
        "cette",
        "du",
        "des",
        "de",
        "d",
        "son",
        "sa",
        "ses",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "quel",
        "quelle",
        "tout",
        "toute",
        "meme",
        "autre",
        "nouveau",
        "nouvel",
        "bon",
        "mauvais",
        "premier",
        "dernier",
        "seul",
        "au",
        "aux",
        "par",
        "en",
        "sans",
        "chaque",
        "quelque",
        "tel",
        "ancien",
        "vrai",
        "grand",
        "petit",
        "drole",
        "sorte",
        "et",
        "ou",
    }
)
# "la solution paraît simple" softens like "semble"; "le livre paraît en mars" (is published) does not.
_FR_PARAITRE = frozenset({"parait", "paraissent", "paraissait", "paraissaient"})
_FR_PARAITRE_NOT_NEXT = frozenset(
    {"en", "le", "la", "les", "l", "un", "une", "au", "aux", "dans", "chez", "a", "demain", "aujourd", "ce", "cette",
     "que", "qu", "il", "t", "sur", "chaque", "tous", "toutes", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "samedi", "dimanche", "bientot", "ici", "hier", "cet", "des", "du", "de", "d"}
)  # fmt: skip
# Oral fillers in the afterthought position: "On sort en juin, mettons." / "Disons, trois semaines."
_FR_FILLERS = frozenset({"mettons", "disons"})
_FR_GENRE_NOUN_AFTER = frozenset({"de", "d", "du", "des", "humain", "humaine", "litteraire", "musical", "et", "ou"})


# Forecasts nobody can promise: the subject of the modal is the weather, a vehicle or timetable, or nature.
_EN_FORECAST_SUBJECTS = frozenset(
    {"bus", "buses", "train", "trains", "ferry", "ferries", "flight", "flights", "plane", "planes", "tram", "trams",
     "boat", "boats", "tube", "metro", "shuttle", "taxi", "weather", "rain", "snow", "storm", "storms", "wind",
     "winds", "frost", "fog", "ice", "tide", "river", "temperature", "temperatures", "sun", "heatwave", "thaw",
     "bridge", "harvest", "crop", "crops", "baby", "parcel", "parcels", "ride", "commute", "drive", "crossing",
     "delivery", "deliveries"}
)  # fmt: skip
_EN_WEATHER_VERBS = frozenset(
    {"rain", "snow", "freeze", "drizzle", "pour", "thaw", "hail", "clear", "brighten", "warm", "cool", "turn"}
)
_EN_WEATHER_STATES = frozenset(
    {"cold", "colder", "warm", "warmer", "hot", "hotter", "wet", "wetter", "dry", "drier", "windy", "sunny",
     "cloudy", "icy", "frosty", "foggy", "stormy", "mild", "chilly", "freezing", "showery", "rainy", "snowy",
     "grey", "gray", "dull", "muggy", "humid", "breezy"}
)  # fmt: skip
_FR_FORECAST_SUBJECTS = frozenset(
    {"bus", "train", "trains", "car", "cars", "bateau", "bateaux", "avion", "avions", "vol", "vols", "ferry", "bac",
     "tram", "tramway", "metro", "navette", "rer", "ter", "tgv", "meteo", "pluie", "pluies", "neige", "vent",
     "vents", "tempete", "orage", "orages", "brouillard", "riviere", "crue", "maree", "temperature",
     "temperatures", "soleil", "canicule", "circulation", "pont", "recolte", "recoltes", "vendanges", "bebe",
     "colis", "commande", "commandes", "courrier"}
)  # fmt: skip
_FR_WEATHER_VERBS = frozenset({"pleuvoir", "neiger", "geler", "greler", "venter", "bruiner", "degeler"})
_FR_WEATHER_STATES = frozenset(
    {"beau", "chaud", "froid", "doux", "frais", "gris", "soleil", "meilleur", "mauvais", "humide", "sec", "lourd"}
)


def _forecast(toks: Sequence[Token], i: int, french: bool) -> bool:
    """The modal at ``i`` forecasts the weather, a timetable or nature ("it should rain", "the bus might be late",
    "il devrait pleuvoir", "le car partira à 7 h et devrait être de retour"): nobody promises those, so the modal
    is honest uncertainty, not a softened claim of the author's.

    The weather "it"/"il" right before the modal with a weather verb or state after it; or a vehicle, timetable or
    force of nature up to seven words before the modal, in the same clause (no comma, no "que"/"that" between).
    """
    prev = toks[i - 1].norm if i else ""
    after = [t.norm for t in toks[i + 1 : i + 4]]
    if prev in ("it", "il"):
        verbs, states = (_FR_WEATHER_VERBS, _FR_WEATHER_STATES) if french else (_EN_WEATHER_VERBS, _EN_WEATHER_STATES)
        if after and after[0] in verbs:
            return True
        link = "faire" if french else "be"
        if len(after) >= 2 and after[0] == link and (after[1] in states or (len(after) > 2 and after[2] in states)):
            return True
    if french and _fr_timetable(toks, i):
        return True
    subjects = _FR_FORECAST_SUBJECTS if french else _EN_FORECAST_SUBJECTS
    for k in range(i - 1, max(-1, i - 8), -1):
        if toks[k + 1].comma or not toks[k + 1].joined or toks[k].norm in ("que", "qu", "that", "which", "qui"):
            return False
        if toks[k].norm in subjects and (not french or (k and toks[k - 1].norm in _FR_DETERMINERS)):
            return True  # French wants its article: "le car", not the conjunction "car"
    return False


_FR_TIMETABLE_VERBS = frozenset(
    {"arriver", "partir", "terminer", "finir", "achever", "rouvrir", "ouvrir", "fermer", "durer", "commencer",
     "demarrer", "reprendre", "redemarrer", "revenir", "rentrer", "atterrir"}
)  # fmt: skip
_FR_DATE_WORDS = MONTHS_AND_DAYS | {"demain", "semaine", "week", "printemps", "ete", "automne", "hiver", "rentree", "h"}


def _fr_timetable(toks: Sequence[Token], i: int) -> bool:
    """ "les travaux devraient se terminer fin mars", "la livraison devrait arriver mardi": a verb of a timetable
    (arriving, ending, reopening…) and a date in the next words: a schedule, not a softened claim."""
    k = i + 1
    if k < len(toks) and toks[k].norm in ("se", "s"):
        k += 1
    if k >= len(toks) or toks[k].norm not in _FR_TIMETABLE_VERBS:
        return False
    return any(t.norm in _FR_DATE_WORDS or t.digit for t in toks[k + 1 : k + 5])


_FR_DETERMINERS = frozenset(
    {"le", "la", "l", "les", "un", "une", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma",
     "mes", "son", "sa", "ses", "leur", "leurs", "du", "des", "au", "aux", "premier", "dernier", "nouveau", "de", "d"}
)  # fmt: skip


def _entry(lang: str, rule_id: str, why: str, suggestion: str | None = None, severity: str = "info") -> Entry:
    return Entry(rule_id, f"hedge.{lang}.{rule_id}", "hedge", lang, severity, suggestion, why, ())


_EN_MODAL = _entry(
    "en",
    "modal",
    "A modal verb softens the claim; keep it if you are really unsure, say it plainly if you know.",
    "(say what you know)",
)
_EN_SEEM = _entry("en", "seem", "'Seems' puts distance between you and what you say: do you think it or not?")
_EN_KIND_OF = _entry(
    "en",
    "kind_of_softener",
    "'Kind of' / 'sort of' blurs the word that follows; say it plainly, or say how much.",
    "(cut it)",
)
_EN_AFTERTHOUGHT = _entry(
    "en",
    "afterthought_opinion",
    "An 'I think' added after the claim takes it back; put your opinion in front, or drop it.",
    "(state it, or start with 'I think')",
    "context",
)
_FR_AFTERTHOUGHT = _entry(
    "fr",
    "opinion_apres_coup",
    "Un « je crois » ajouté après coup reprend ce que vous venez d'affirmer : assumez-le en tête de phrase.",
    "(affirmez, ou commencez par « je pense que »)",
    "context",
)
_EN_CEILING = _entry(
    "en",
    "up_to_figure",
    "'Up to' gives the best case as if it were the result; give the typical figure.",
    "(give the typical figure)",
)
_FR_CEILING = _entry(
    "fr",
    "jusqu_a_chiffre",
    "« Jusqu'à » donne le meilleur cas comme s'il était le résultat : donnez le chiffre habituel.",
    "(donnez le chiffre habituel)",
)
_EN_RETRACTION = _entry(
    "en", "or_not_tag", "'(Or not)' takes back the claim before it is made; make it, or say what you doubt.", "(cut it)"
)
_FR_RETRACTION = _entry(
    "fr",
    "ou_pas_tag",
    "« (Ou pas) » retire l'affirmation avant de la faire : assumez-la, ou dites ce qui vous fait douter.",
    "(supprimez-le)",
)
_FR_GENRE = _entry(
    "fr",
    "genre_tic",
    "Un tic oral (« genre », « mettons », « disons ») brouille ce qui suit : dites-le directement.",
    "(supprimez-le)",
)
_FR_CONDITIONAL = _entry(
    "fr",
    "conditionnel",
    "Le conditionnel adoucit l'affirmation : gardez-le si vous n'êtes pas sûr, sinon dites-le au présent.",
    "(le présent)",
)
_FR_NORMALLY = _entry(
    "fr",
    "normalement",
    "« Normalement » (si tout va bien) reprend l'affirmation : dites ce qui pourrait l'empêcher, ou assumez-la.",
    "(supprimez-le, ou dites de quoi cela dépend)",
)
_FR_PLAN = Entry(
    "plan_incertain",
    "hedge.fr.plan_incertain",
    "hedge",
    "fr",
    "context",
    "(dites de quoi cela dépend)",
    "Un projet à soi, dit avec honnêteté ; au milieu d'autres précautions, une de plus.",
    (),
)
_FR_SEEM = _entry("fr", "sembler", "« Sembler » met de la distance entre vous et ce que vous dites : le pensez-vous ?")


def modal_matches(sentence: Sentence, source: str) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry) for each modal hedge in the sentence."""
    toks = sentence.tokens
    # "normalement" in any sentence: a French post's sentence may be taken for English
    normally = _normally(toks, sentence.question) if "normalement" in sentence.norms else []
    if sentence.question:
        return normally
    french = sentence.lang == "fr"
    # every rule looks only at the words it starts from: one pass over the sentence finds them all
    starts = _FR_ALL_STARTS if french else _EN_ALL_STARTS
    if starts.isdisjoint(sentence.norms) and (not french or "rai" not in " ".join(sentence.norms)):
        return normally  # no word a rule starts from (most sentences): set and substring tests, no pass over the tokens
    # ("rai" in the word first: a substring test is much cheaper than ``endswith``, and this runs for every word)
    candidates = [
        i for i, t in enumerate(toks) if t.norm in starts or (french and "rai" in t.norm and t.norm.endswith(_FR_RAIT))
    ]
    if not candidates:
        return normally
    found = normally + [
        (i, i + 2, _ceiling_entry(sentence.lang))
        for i in candidates
        if toks[i].norm in _CEILING_FIRST and _ceiling(toks, i, source)
    ]
    found += [
        (i, i + 2, _retraction_entry(sentence.lang))
        for i in candidates
        if toks[i].norm in _RETRACTION_FIRST and _retraction(toks, i, source)
    ]
    if french:
        return found + _french(toks, source, candidates)
    return found + _english(toks, candidates)


def _english(toks: Sequence[Token], candidates: Sequence[int]) -> list[tuple[int, int, Entry]]:
    found: list[tuple[int, int, Entry]] = []
    for i in candidates:
        if toks[i].norm not in _EN_STARTS:
            continue
        tok = toks[i]
        word = tok.norm
        prev = toks[i - 1].norm if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if word == "i" and _afterthought(toks, i, _EN_AFTERTHOUGHT_VERBS):
            found.append((i, i + 2, _EN_AFTERTHOUGHT))
            continue
        if word in ("kind", "sort"):
            if _softening_kind_of(toks, i):
                found.append((i, i + 2, _EN_KIND_OF))
            continue
        if word in _EN_SEEM_FORMS or word in _EN_APPEAR:
            if nxt is None or not nxt.joined or prev in _EN_FIRST_PERSON:
                continue
            if nxt.norm in ("to", "like") or (
                nxt.norm in _EN_APPEAR_ADJECTIVES if word in _EN_APPEAR else nxt.norm not in _EN_NOT_A_VERB_NEXT
            ):
                found.append((i, i + 1, _EN_SEEM))
            continue
        if word not in _EN_MODALS or nxt is None or not nxt.joined or nxt.comma:
            continue
        if nxt.norm in _EN_NOT_A_VERB_NEXT or nxt.digit or nxt.norm == "t":
            continue
        if word == "may" and (
            (tok.upper and not tok.first) or (prev in _EN_MONTH_BEFORE and (tok.upper or prev not in _EN_MODAL_AFTER))
        ):
            continue  # "in May", "since May", "this May" ("this may be why" is the modal)
        if any(t.norm == "if" for t in toks[max(0, i - 3) : i]):
            continue  # counterfactual or request: "if you could", "if we might"
        if _indirect_question(toks, i):
            continue  # "asked whether she could bring her baby", "wondered how we might help"
        if prev in _EN_FIRST_PERSON and nxt.norm == "be" and _own_timetable(toks, i + 2):
            continue  # "I might be a few minutes late", "we may be away next week": a plan, not a claim
        if (
            prev in _EN_FIRST_PERSON
            and nxt.norm not in _EN_AFTER_FIRST_PERSON
            and not (word in ("may", "might") and nxt.norm == "have" and _participle_after(toks, i + 2))
        ):
            continue  # ability or plan: "we could finally ship"; but "we may have underestimated" is doubt
        if word == "could" and nxt.norm == "have" and _participle_after(toks, i + 2) and _own_subject(toks, i):
            continue  # "we baked 600 and could have sold 800", "I could have cried": what we missed, not doubt
        if word == "should" and (nxt.norm not in _EN_SHOULD_OUTCOME or prev in _EN_SECOND_PERSON):
            continue
        if prev in _EN_SECOND_PERSON and word in ("could", "might"):
            continue  # "you might like", "anyone could ask for"
        if word == "could" and (prev in _EN_NOBODY or (i >= 2 and toks[i - 2].norm in ("no", "neither"))):
            continue  # "which nobody could find", "neither side could touch it": an inability, stated as fact
        if word == "could" and any(t.norm in ("until", "till", "before") for t in toks[max(0, i - 6) : i]):
            continue  # "until the dealer could get a new one": what was possible then, in a time clause
        if _forecast(toks, i, french=False):
            continue  # "it should rain", "the bus might be late"
        if _capacity(toks, i + 1, _EN_CAPACITY) or (
            nxt.norm == "have" and any(t.norm == "worse" for t in toks[i + 2 : i + 6])
        ):
            continue  # "the hall could hold 200 people"; "it could have been much worse"
        found.append((i, i + 1, _EN_MODAL))
    return found


def _french(toks: Sequence[Token], source: str, candidates: Sequence[int]) -> list[tuple[int, int, Entry]]:
    found: list[tuple[int, int, Entry]] = []
    for i in candidates:
        if toks[i].norm not in _FR_STARTS and not toks[i].norm.endswith(_FR_RAIT):
            continue
        tok = toks[i]
        word = tok.norm
        prev = toks[i - 1].norm if i else ""
        if word in ("je", "j") and _afterthought(toks, i, _FR_AFTERTHOUGHT_VERBS):
            found.append((i, i + 2, _FR_AFTERTHOUGHT))
            continue
        if word in _FR_PARAITRE and i + 1 < len(toks):
            nxt_tok = toks[i + 1]
            if (
                nxt_tok.joined
                and not nxt_tok.digit
                and nxt_tok.norm not in _FR_PARAITRE_NOT_NEXT
                and prev not in ("ne", "n")
            ):
                found.append((i, i + 1, _FR_SEEM))  # "la solution paraît simple"
            continue
        if word in ("peut", "sans"):
            if _own_plan(toks, i):
                found.append((i - 2, i + 2, _FR_PLAN))  # "on partira peut-être", "j'aurai sans doute"
            continue
        if word in _FR_FILLERS:
            at_end = i + 1 == len(toks) or toks[i + 1].comma
            if at_end and (tok.comma or i == 0):
                found.append((i, i + 1, _FR_GENRE))  # "…, mettons." / "Disons, trois semaines."
            continue
        if word == "genre":
            if _filler_genre(toks, i):
                found.append((i, i + 1, _FR_GENRE))
            continue
        if word not in _FR_ALWAYS and word != "air" and not word.endswith(("rait", "raient")):
            continue  # most words: nothing to look at
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if word in ("devrait", "devraient") and prev in ("ne", "n") and i >= 2 and toks[i - 2].norm in _FR_IMPERSONAL:
            found.append((i, i + 1, _FR_CONDITIONAL))  # "ça ne devrait pas poser de problème" is still a forecast
            continue
        if nxt in _FR_NEGATION_AFTER or prev in ("ne", "n"):
            continue
        if word == "air" and prev == "l" and i >= 2 and toks[i - 2].norm in ("a", "ont", "avait", "avaient"):
            if toks[i - 2].accented:
                continue  # "sécher à l'air libre": the preposition, not the verb (accents are ignored in norms)
            found.append((i - 2, i + 1, _FR_SEEM))  # "le projet a l'air solide"
            continue
        if word in _FR_ALWAYS:
            if word.startswith("aur") and not _participle_follows(toks, i):
                continue  # "il aurait 30 ans" is reported fact; "aurait permis" is the journalistic conditional
            if word.startswith("aur") and _regret(toks, i):
                continue  # "il aurait fallu partir plus tôt", "on aurait dû le voir": a regret, not a hedge
            if word.startswith("aur") and _relative_of_a_noun(toks, i):
                continue  # "le prix qu'un acheteur aurait payé": what would have been, describing the noun
            if word.startswith("aur") and _might_have_been(toks, i):
                continue  # "ça aurait pu être pire", "il aurait adoré", "sans vous, la fête aurait été moins belle"
            if _fr_indirect_question(toks, i):
                continue  # "le petit a demandé s'il pourrait apporter son ballon": a question reported
            if word.startswith("pourr") and _capacity(toks, i + 1, _FR_CAPACITY):
                continue  # "la salle pourrait accueillir 200 personnes"
            if _hypothetical(toks):
                continue
            if not word.startswith("sembl") and _forecast(toks, i, french=True):
                continue  # "il devrait pleuvoir samedi", "le train devrait arriver à 9 h 40"
            found.append((i, i + 1, _FR_SEEM if word.startswith("sembl") else _FR_CONDITIONAL))
            continue
        if word.endswith(("rait", "raient")) and _is_conditional(source[tok.start : tok.end].casefold(), word):
            if _future_in_the_past(toks, i):
                continue  # "en espérant que ça se réglerait", "il a dit que ce serait prêt"
            if _fr_indirect_question(toks, i):
                continue  # "le petit a demandé s'il pourrait apporter son ballon": a question reported
            if prev == "qui" and _seeking(toks, i):
                continue  # "je cherche des fermes qui accepteraient un stagiaire": who is sought, not a softened claim
            if _hypothetical(toks):
                continue  # "il y aurait des crêpes si quelqu'un apportait de la farine"
            if prev in ("je", "j", "nous", "tu", "vous") or (word == "serait" and prev in ("ce", "c", "ca", "cela")):
                continue  # wishes: "j'adorerais", "ce serait top de se revoir"
            if word in ("serait", "seraient") and i + 1 < len(toks) and toks[i + 1].norm in _FR_PROUD:
                continue  # "elle serait fière de vous": what an absent person would feel
            if _forecast(toks, i, french=True):
                continue  # "le bateau pourrait être annulé si le vent se lève"
            found.append((i, i + 1, _FR_CONDITIONAL))
    return found


_FR_HABIT_WORDS = frozenset({"chaque", "habitude", "habituellement", "souvent", "quotidien", "quotidiennement"})
_FR_HABIT_AFTER_TOUS = frozenset(
    {"jours", "matins", "soirs", "ans", "annees", "semaines", "mois", "lundis", "mardis", "mercredis", "jeudis",
     "vendredis", "samedis", "dimanches", "hivers", "etes", "printemps", "automnes", "nuits", "fois"}
)  # fmt: skip
_FR_HABIT_AFTER_ARTICLE = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hiver", "ete", "printemps", "automne",
     "matin", "soir", "midi", "week", "weekend", "nuit"}
)  # fmt: skip


_FR_SECOND_PERSON = frozenset({"vous", "tu", "te", "t", "votre", "vos", "ton", "ta", "tes"})


def _normally(toks: Sequence[Token], question: bool) -> list[tuple[int, int, Entry]]:
    """ "Normalement" as "if all goes well" ("Normalement, on livre en mars", "On est prêts. Normalement."), in any
    sentence (a French post's sentence may be taken for English); not as "usually" (a sentence naming a habit,
    unless the word comes last), nor in a question to the reader ("Normalement vous l'avez reçu ?")."""
    found: list[tuple[int, int, Entry]] = []
    to_reader = question and any(t.norm in _FR_SECOND_PERSON for t in toks)
    for i, tok in enumerate(toks):
        if tok.norm != "normalement" or (tok.upper and not tok.first and not _after_break(toks, i)):
            continue
        at_end = i + 1 == len(toks) or toks[i + 1].comma
        if not to_reader and ((at_end and (tok.comma or i == 0)) or not _habit(toks)):
            found.append((i, i + 1, _FR_NORMALLY))
    return found


def _after_break(toks: Sequence[Token], i: int) -> bool:
    return not toks[i].joined or toks[i].comma


def _own_plan(toks: Sequence[Token], i: int) -> bool:
    """ "peut-être" / "sans doute" right after a first-person future ("on partira", "j'aurai", "nous irons")."""
    if i < 2 or i + 1 >= len(toks) or (toks[i].norm, toks[i + 1].norm) not in (("peut", "etre"), ("sans", "doute")):
        return False
    verb, subject = toks[i - 1].norm, toks[i - 2].norm
    if subject in ("je", "j"):
        return len(verb) > 3 and verb.endswith("rai")
    if subject == "nous":
        return len(verb) > 4 and verb.endswith("rons")
    return subject == "on" and len(verb) > 3 and verb.endswith("ra")


def _habit(toks: Sequence[Token]) -> bool:
    """The sentence names a habit ("le lundi", "l'hiver", "tous les matins", "chaque année", "d'habitude"): its
    "normalement" means "usually", not "if all goes well"."""
    for k, t in enumerate(toks):
        if t.norm in _FR_HABIT_WORDS:
            return True
        if t.norm in _FR_HABIT_AFTER_TOUS and k >= 2 and toks[k - 2].norm in ("tous", "toutes"):
            return True
        if t.norm in _FR_HABIT_AFTER_ARTICLE and k and toks[k - 1].norm in ("le", "l"):
            return True
    return False


_RETRACTIONS = {("or", "not"), ("ou", "pas")}
_RETRACTION_FIRST = frozenset(first for first, _ in _RETRACTIONS)


def _retraction_entry(lang: str) -> Entry:
    return _FR_RETRACTION if lang == "fr" else _EN_RETRACTION


def _retraction(toks: Sequence[Token], i: int, source: str) -> bool:
    """ "Unpopular opinion (or not):", "Avis impopulaire (ou pas) :", "Or not." alone — not "whether or not"."""
    if i + 1 >= len(toks) or (toks[i].norm, toks[i + 1].norm) not in _RETRACTIONS or not toks[i + 1].joined:
        return False
    if i == 0 and len(toks) == 2:
        return True  # the whole sentence: "Or not." / "Ou pas."
    before = source[max(0, toks[i].start - 8) : toks[i].start].rstrip(" \u00a0")  # bounded: a 1 MB paste
    after = source[toks[i + 1].end : toks[i + 1].end + 8].lstrip(" \u00a0")
    return before.endswith("(") and after.startswith(")")


_CEILING_START = {("up", "to"), ("jusqu", "a")}
_CEILING_FIRST = frozenset(first for first, _ in _CEILING_START)
_CEILING_UNITS = frozenset({"times", "fold", "x", "fois"})


def _ceiling_entry(lang: str) -> Entry:
    return _FR_CEILING if lang == "fr" else _EN_CEILING


def _ceiling(toks: Sequence[Token], i: int, source: str) -> bool:
    """ "up to 40%", "up to 3x faster", "jusqu'à 40 %", "jusqu'à 3 fois plus" (not "up to 40 people")."""
    if i + 2 >= len(toks) or (toks[i].norm, toks[i + 1].norm) not in _CEILING_START:
        return False
    figure = toks[i + 2]
    if not figure.digit or not toks[i + 1].joined or not figure.joined:
        return False
    if source[figure.end : figure.end + 3].lstrip(" \u00a0\u202f").startswith("%") or figure.norm.endswith("x"):
        return True
    return i + 3 < len(toks) and toks[i + 3].norm in _CEILING_UNITS


def _afterthought(toks: Sequence[Token], i: int, verbs: frozenset[str]) -> bool:
    """ "…, I think." / "The contract, I believe, ends in June." / "Ça sort en juin, je crois." (not "I think…")."""
    if i + 1 >= len(toks) or toks[i + 1].norm not in verbs or not toks[i + 1].joined:
        return False
    at_end = i + 2 == len(toks) or toks[i + 2].comma
    after_claim = toks[i].comma or (i == 0 and i + 2 == len(toks))
    return at_end and after_claim


_EN_IRREGULAR_PARTICIPLES = frozenset(
    {"been", "done", "made", "found", "lost", "got", "gotten", "had", "seen", "known", "taken", "given", "gone",
     "left", "put", "set", "cut", "hit", "run", "won", "spent", "sent", "built", "brought", "bought", "thought",
     "caught", "taught", "felt", "kept", "meant", "paid", "said", "told", "sold", "held", "led", "read", "heard",
     "misread", "overlooked", "underestimated", "overestimated", "forgotten", "misunderstood"}
)  # fmt: skip


_EN_WHEREABOUTS = frozenset({"late", "away", "off", "offline", "unavailable", "around", "back", "home", "early"})


def _own_timetable(toks: Sequence[Token], k: int) -> bool:
    """ "(I might be) late / a few minutes late / away next week / back by six": where the author will be."""
    return any(t.norm in _EN_WHEREABOUTS and t.joined for t in toks[k : k + 4])


_EN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "which", "who"})


def _own_subject(toks: Sequence[Token], i: int) -> bool:
    """The nearest subject pronoun before the modal is "I" or "we" ("We baked 600 and could have sold 800")."""
    for tok in reversed(toks[max(0, i - 8) : i]):
        if tok.norm in _EN_SUBJECTS:
            return tok.norm in _EN_FIRST_PERSON
    return False


def _participle_after(toks: Sequence[Token], k: int) -> bool:
    """ "we may have underestimated" (a perfect: doubt), not "we may have a spare room" (possession)."""
    while k + 1 < len(toks) and toks[k].norm.endswith("ly") and toks[k].joined:
        k += 1  # "we may have slightly underestimated"
    if k >= len(toks) or not toks[k].joined:
        return False
    word = toks[k].norm
    return word in _EN_IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith(("ed", "en")))


# An indirect question reports what someone asked or weighed; its modal is theirs, not a softened claim.
_EN_WHETHER = frozenset({"whether"})
_EN_WH_WORDS = frozenset({"how", "what", "where", "when", "why", "who", "whom", "which"})
_EN_ASKING_VERBS = frozenset(
    {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "enquire", "enquired",
     "enquiring", "inquire", "inquired", "inquiring", "query", "queried", "check", "checked", "checking"}
)  # fmt: skip


def _indirect_question(toks: Sequence[Token], i: int) -> bool:
    """The modal at ``i`` sits in an indirect question, not in the author's own claim.

    "whether she could bring her baby", "whether or not the new rota might work": "whether" within six words
    before the modal, with no comma between (after "Whether we like it or not, AI could…" the modal is back in
    the main clause). "She asked me where she could sit", "we wondered how we might help": a wh-word right after
    a verb of asking, within six words before the modal.
    """
    for k in range(i - 1, max(-1, i - 7), -1):
        tok = toks[k]
        if toks[k + 1].comma or not toks[k + 1].joined:
            return False  # a comma or a dash between: the modal belongs to another clause
        if tok.norm in _EN_WHETHER:
            return True
        if tok.norm in _EN_WH_WORDS and any(t.norm in _EN_ASKING_VERBS for t in toks[max(0, k - 2) : k]):
            return True
    return False


def _softening_kind_of(toks: Sequence[Token], i: int) -> bool:
    """ "kind of" / "sort of" as an adverb ("it kind of works", "we sort of stumbled"), not a type or kindness.

    A type has a determiner or an adjective before it ("what kind of", "the same sort of", "a strange kind of");
    "kind of you" is kindness; "Kind of Blue" in mid-sentence is a title.
    """
    tok = toks[i]
    if i + 1 >= len(toks) or toks[i + 1].norm != "of" or not toks[i + 1].joined:
        return False
    if tok.upper and not tok.first:
        return False
    if i and (toks[i - 1].norm in _EN_TYPE_BEFORE or not (tok.joined or tok.comma)):
        return False
    if i >= 2 and toks[i - 2].norm in ("a", "an", "what", "which"):
        return False  # "a strange kind of", "what other sort of"
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and (not after.joined or (tok.norm == "kind" and after.norm in _EN_OBJECT_PRONOUNS)):
        return False  # "kind of you to come"
    return after is not None or i > 0


def _filler_genre(toks: Sequence[Token], i: int) -> bool:
    """The oral filler "genre" ("c'était genre trois fois plus long", "…ces temps-ci, genre."), not the noun."""
    prev = toks[i - 1].norm if i else ""
    if prev in _FR_GENRE_NOUN_BEFORE or (toks[i].upper and not toks[i].first):
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        return (nxt.joined or nxt.comma) and nxt.norm not in _FR_GENRE_NOUN_AFTER
    return i > 0  # at the end of the sentence: "…, genre."


_FR_PAST_BEFORE_QUE = ("ait", "ais", "aient", "ions", "iez")


_FR_IMPERFECT_ENDINGS = ("ait", "aient", "ais")


def _hypothetical(toks: Sequence[Token]) -> bool:
    """The sentence states a condition with "si" + imperfect ("si quelqu'un apportait", "s'il pleuvait"): its
    conditional is the consequence of a hypothesis, not a softened claim."""
    for k, t in enumerate(toks):
        starts = t.norm == "si" or (t.norm == "s" and k + 1 < len(toks) and toks[k + 1].norm in ("il", "ils"))
        if starts and any(_imperfect(u.norm) for u in toks[k + 1 : k + 5]):
            return True
    return False


def _imperfect(word: str) -> bool:
    """An imperfect form ("apportait", "avaient"); conditionals ("permettrait") end like one and are left out (so are
    the few imperfects of -rer verbs, "préparait": a missed hypothesis only keeps a flag)."""
    return len(word) > 4 and word.endswith(_FR_IMPERFECT_ENDINGS) and not word.endswith(("rait", "raient", "rais"))


_EN_CAPACITY = frozenset({"hold", "seat", "accommodate", "fit", "sleep", "carry", "take", "feed", "host", "last"})
_FR_CAPACITY = frozenset(
    {"accueillir", "contenir", "loger", "recevoir", "transporter", "nourrir", "asseoir", "prendre", "durer"}
)
_FR_PROUD = frozenset(
    {"fier", "fiere", "fiers", "fieres", "heureux", "heureuse", "heureuses", "ravi", "ravie", "ravis", "emu", "emue",
     "content", "contente", "contents", "contentes"}
)  # fmt: skip
_FR_ASKING_VERBS = frozenset(
    {"demande", "demandait", "demandaient", "demandent", "demander", "demandons", "demandez", "savoir", "sais", "sait",
     "voir", "verrons", "verra", "verifier", "ignore", "ignorait", "questionne"}
)  # fmt: skip


def _fr_indirect_question(toks: Sequence[Token], i: int) -> bool:
    """ "il a demandé s'il pourrait venir", "on verra si elle accepterait": "si" right after a verb of asking or
    knowing, within four words before the conditional, with no comma between."""
    for k in range(i - 1, max(0, i - 5), -1):
        if toks[k + 1].comma or not toks[k + 1].joined:
            return False
        if toks[k].norm in ("si", "s") and toks[k - 1].norm in _FR_ASKING_VERBS:
            return True
    return False
_FR_POSSESSIVES = frozenset({"sa", "ma", "ta", "votre", "notre", "leur"})
_FR_WISH_PARTICIPLES = ("aim", "ador", "voul", "souhait", "prefer", "rev", "deteste", "plu")


def _capacity(toks: Sequence[Token], k: int, verbs: frozenset[str]) -> bool:
    """ "(could) hold 200 people", "(pourrait) accueillir 200 personnes", "(may) take two to three weeks",
    "(pourraient) prendre deux à trois semaines": a capacity or a duration, not a softened claim."""
    return (
        k < len(toks) and toks[k].norm in verbs and any(is_count(t) for t in toks[k + 1 : k + 4])
    )


def _relative_of_a_noun(toks: Sequence[Token], i: int) -> bool:
    """ "le prix qu'un acheteur aurait payé", "la somme que nous aurions dû verser": a relative clause on a noun
    (determiner, noun, "que") says what would have been; after a verb ("on dit qu'il aurait menti") it is the
    journalistic conditional, a hedge."""
    for k in range(i - 1, max(1, i - 4), -1):
        if toks[k + 1].comma or not toks[k + 1].joined:
            return False
        if toks[k].norm in ("que", "qu"):
            return toks[k - 2].norm in _FR_DETERMINERS if k >= 2 else False
    return False


def _might_have_been(toks: Sequence[Token], i: int) -> bool:
    """The past conditional of what might have been, not the journalistic "aurait permis" (reported, unchecked).

    "ça aurait pu être bien pire", "on aurait pu faire mieux"; "il aurait adoré" (a wish); "mon père aurait eu 80
    ans"; "on aurait dit un tableau" (a likeness); "sans les bénévoles, la fête aurait été…", "à sa place,
    n'importe qui aurait paniqué" (a condition stated in the sentence).
    """
    after = [t.norm for t in toks[i + 1 : i + 5]]
    if not after:
        return False
    if after[0] == "pu" and any(w in ("pire", "mieux") for w in after[1:]):
        return True
    if after[0].startswith(_FR_WISH_PARTICIPLES):
        return True
    if after[0] == "ete" and len(after) > 1 and after[1] in _FR_PROUD:
        return True  # "Archimède aurait été content de nous": what an absent person would have felt
    if after[0] == "eu" and len(after) > 1 and is_count(toks[i + 2]):
        return True  # "mon père aurait eu 80 ans", "… cent ans aujourd'hui"
    if after[0] == "dit" and len(after) > 1 and after[1] in ("un", "une", "des", "du", "le", "la", "les"):
        return True
    before = [t.norm for t in toks[:i]]
    if any(w == "sans" and (k + 1 >= len(before) or before[k + 1] != "doute") for k, w in enumerate(before)):
        return True
    at_their_place = any(
        w == "place" and k >= 2 and before[k - 2] == "a" and before[k - 1] in _FR_POSSESSIVES
        for k, w in enumerate(before)
    )
    return at_their_place or ("importe" in before and "qui" in before)


def _regret(toks: Sequence[Token], i: int) -> bool:
    """ "aurait fallu", "aurais dû" (+ an infinitive): what should have happened, a regret rather than a hedge."""
    return any(t.norm in ("fallu", "du") for t in toks[i + 1 : i + 3])


def _future_in_the_past(toks: Sequence[Token], i: int) -> bool:
    """A conditional after "que" following a past verb ("on espérait que", "il a dit que") is a future in the past;
    after "persuadée que", "convaincu que" it is a conviction reported. Neither softens the writer's claim.

    After a present verb it keeps its softening ("on dit que ça permettrait", "certains pensent que cela réduirait").
    """
    q = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k].norm in ("que", "qu")), None)
    if q is None:
        return False
    before = toks[max(0, q - 3) : q]
    return (q > 0 and toks[q - 1].norm in _FR_CONVINCED) or any(
        t.norm in _FR_AVOIR_PAST or t.norm == "esperant" or (len(t.norm) > 4 and t.norm.endswith(_FR_PAST_BEFORE_QUE))
        for t in before
    )


# "persuadée qu'elle dépasserait son père": a conviction reported, not the writer softening a claim
_FR_CONVINCED = frozenset(
    {"persuade", "persuadee", "persuades", "persuadees", "convaincu", "convaincue", "convaincus", "convaincues"}
)

_FR_SEEKING = frozenset(
    {"cherche", "cherches", "cherchons", "cherchez", "cherchent", "recherche", "recherches", "recherchons",
     "recherchez", "recherchent", "chercher", "rechercher", "connait", "connaissez", "connais", "connaitrait"}
)  # fmt: skip


def _seeking(toks: Sequence[Token], i: int) -> bool:
    """The sentence looks for someone or something ("je cherche", "vous connaissez"): a conditional in the relative
    clause after it describes who is wanted ("des entreprises qui accueilleraient une classe")."""
    return any(t.norm in _FR_SEEKING for t in toks[:i])


_FR_AVOIR_PAST = frozenset({"ai", "as", "a", "avons", "avez", "ont", "avait", "avais", "avaient", "eu", "eut"})

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


# The words each language's rules start from (``_english``, ``_french``): every other word is skipped.
_EN_STARTS = frozenset({"i", "kind", "sort"}) | _EN_SEEM_FORMS | _EN_APPEAR | _EN_MODALS
_FR_STARTS = frozenset({"je", "j", "genre", "air", "peut", "sans"}) | _FR_PARAITRE | _FR_FILLERS | _FR_ALWAYS
_FR_RAIT = ("rait", "raient")  # third-person conditional endings (``_is_conditional`` decides); both hold "rai"
_EN_ALL_STARTS = _EN_STARTS | _CEILING_FIRST | _RETRACTION_FIRST
_FR_ALL_STARTS = _FR_STARTS | _CEILING_FIRST | _RETRACTION_FIRST
