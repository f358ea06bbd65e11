"""English words inside French sentences: "le networking", "l'onboarding des talents", "mon inbox", "un deal".

French office-speak borrows English gerunds faster than any list can follow ("le nudging", "du scoping", "le
masterminding"), so they are found by rule: a word in "-ing" in a French sentence is borrowed English. The
borrowings French has made its own (parking, camping, jogging, marketing, planning…) are left alone, as are
capitalised names mid-sentence ("chez Boeing") and sentences that mix both languages (there English is English).
They are information: the author may well mean the word; the flag asks whether a French word says it better.

Other English words are borrowed too ("je te ping en off", "retour au bench", "mon inbox est ouverte"), but a
French post quotes an English title or says "sorry" as well, so these are context: shown only in a post already
dense with jargon. Which words are English is decided at build time from word frequencies (fr/loanwords.toml).
"""

from __future__ import annotations

from brandjournal.analysis.lexicons import Entry, WordList
from brandjournal.analysis.text import Sentence

# Established in everyday French (dictionaries list them) or technical terms without a jargon tone.
_EVERYDAY = frozenset(
    {
        "bowling", "brushing", "building", "camping", "casting", "curling", "dancing", "doping", "dumping",
        "footing", "holding", "jogging", "karting", "leasing", "lifting", "listing", "living", "lobbying",
        "mailing", "marketing", "merchandising", "meeting", "packaging", "parking", "piercing", "planning",
        "pressing", "pudding", "rafting", "relooking", "ring", "shampooing", "shopping", "skating", "smoking",
        "sponsoring", "standing", "surfing", "swing", "trekking", "yachting", "zapping", "string", "sterling",
        "king", "ping", "spring", "timing", "training", "streaming", "running", "clubbing", "catering",
        "dressing", "fooding", "coworking", "trading", "hacking", "phishing", "crowdfunding",
        "thing", "something", "nothing", "everything", "anything", "morning", "evening", "being", "during",
        "bring", "wing", "sing", "ming", "beijing", "nanjing", "viking", "kipling", "darling",
        "pending", "peeling", "paintball", "rolling", "feeling", "jumping", "karaoking", "lasting", "pooling",
        "scrolling", "roaming", "stretching", "cycling", "booking", "parenting", "blowing", "bashing",
        "briefing", "debriefing", "warning", "travelling", "kidnapping", "canyoning", "sparring", "forcing",
        "babysitting",
    }
)

_FRANGLAIS = Entry(
    "anglicisme_ing",
    "jargon.fr.anglicisme_ing",
    "jargon",
    "fr",
    "info",
    "(le mot français)",
    "Un anglicisme en « -ing » : un mot français dit-il la même chose plus simplement ?",
    (),
)


def franglais_matches(sentence: Sentence) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry) for each English "-ing" word in a French sentence."""
    if sentence.lang != "fr" or sentence.mixed:
        return []
    return [
        (i, i + 1, _FRANGLAIS)
        for i, tok in enumerate(sentence.tokens)
        if "ing" in tok.norm  # a substring test first: much cheaper than ``endswith``, and most words fail it
        and tok.norm.endswith("ing")
        and len(tok.norm) >= 6
        and tok.norm not in _EVERYDAY
        and not tok.digit
        and not (tok.upper and not tok.first)  # a name: "chez Boeing", "Kipling"
    ]


_BORROWED = Entry(
    "anglicisme",
    "jargon.fr.anglicisme",
    "jargon",
    "fr",
    "context",
    "(le mot français)",
    "Un mot anglais dans une phrase française : un mot français dit-il la même chose plus simplement ?",
    (),
)


def borrowed_english_matches(sentence: Sentence, english: WordList) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry) for each English word (``english``, see the module) in a French sentence."""
    if sentence.lang != "fr" or sentence.mixed or not english:
        return []
    return [
        (i, i + 1, _BORROWED)
        for i, tok in enumerate(sentence.tokens)
        if english[tok.norm] and not tok.accented and not tok.digit and not (tok.upper and not tok.first)
    ]
