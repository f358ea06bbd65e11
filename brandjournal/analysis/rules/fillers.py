"""Set phrases with a filler word pushed inside: "move the proverbial needle", "créer de la vraie valeur".

People decorate idioms with intensifiers and adverbs ("think really outside the box", "sortir vraiment de sa
zone de confort"); a lexicon cannot list every decoration. Around each filler word, the sentence is matched again
without it, and only the matches that span the filler are kept (the others were found already). Fillers are
adverbs and intensifiers only, and only phrases of three words or more are kept: around an adverb, two words
are often a different construction ("customers absolutely love it" is not "customer love").
"""

from __future__ import annotations

from collections.abc import Iterable

from brandjournal.analysis.patterns import Matcher
from brandjournal.analysis.text import Sentence, Token, link_pairs

FILLERS = {
    "en": frozenset(
        {
            "really", "truly", "very", "so", "just", "actually", "totally", "completely", "fully", "proverbial",
            "real", "whole", "entire", "even", "further", "deeply", "massively", "radically", "seriously",
            "literally", "absolutely", "definitely", "genuinely", "incredibly", "super", "much", "way", "freaking",
            "bloody", "always", "constantly", "finally", "hugely", "meaningfully", "strategically",
        }
    ),
    "fr": frozenset(
        {
            "vraiment", "bien", "tres", "tout", "completement", "totalement", "reellement", "encore", "aussi",
            "davantage", "pleinement", "resolument", "veritablement", "vrai", "vraie", "vrais", "vraies",
            "veritable", "veritables", "reel", "reelle", "reels", "reelles", "enorme", "enormes", "hyper", "super",
            "ultra", "toujours", "enfin", "profondement", "fortement", "concretement",
        }
    ),
}
_WINDOW = 6  # words kept on each side of the filler (longest useful phrase around it)


def _copy(tok: Token, joined: bool) -> Token:
    clone = Token(
        tok.start, tok.end, tok.norm, tok.first, joined, tok.upper, tok.digit, tok.key, tok.comma, tok.accented
    )
    clone.before = tok.before
    return clone


def filler_gap_matches(sentence: Sentence, matchers: Iterable[Matcher]) -> list[tuple[int, int, object]]:
    """(token start, token end, payload) of phrases found only once a filler word is left out."""
    toks = sentence.tokens
    fillers = FILLERS.get(sentence.lang, frozenset())
    if fillers.isdisjoint(sentence.norms):
        return []  # no filler word (most sentences): one set test, no pass over the tokens
    spots = [
        k
        for k in range(1, len(toks) - 1)
        if toks[k].norm in fillers and toks[k].joined and toks[k + 1].joined and toks[k + 1].norm not in fillers
    ]
    if not spots:
        return []
    matchers = list(matchers)
    found: list[tuple[int, int, object]] = []
    for k in spots:
        index = [i for i in range(max(0, k - _WINDOW), min(len(toks), k + _WINDOW + 1)) if i != k]
        window = [_copy(toks[i], toks[i].joined or i == k + 1) for i in index]  # the word after joins the one before
        link_pairs(window)
        for matcher in matchers:
            for m in matcher.find(window):
                start, end = index[m.start], index[m.end - 1] + 1
                if start < k < end and m.end - m.start >= 3:  # two words around an adverb can be a verb phrase
                    found.append((start, end, m.payload))
    return found
