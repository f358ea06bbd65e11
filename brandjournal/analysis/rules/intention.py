"""Intention: which kind of post the text actually is, and cues that contradict the declared kind.

Cues come from resources/lexicons/{en,fr}/intention.toml; each cue *signals* a kind and plays a *role*.

Compatibility matrix. A cue contradicts the declared kind when BOTH hold:
1. its role is in CONFLICTING_ROLES[declared], and
2. the kind it signals is not in COMPATIBLE_SIGNALS[declared] (so "what do you think?" - role call_to_action,
   signals ask - is fine in a post declared share).

| declared  | conflicting roles                                                | compatible signalled kinds        |
|-----------|------------------------------------------------------------------|-----------------------------------|
| share     | call_to_action, self_praise, announcement, sales, hiring         | share, ask, inform, celebrate     |
| ask       | call_to_action, self_praise, announcement, sales, hiring         | ask, share, inform                |
| inform    | call_to_action, self_praise, announcement, sales, hiring         | inform, share, ask                |
| celebrate | call_to_action, self_praise, sales, hiring                       | celebrate, share, inform, announce|
| announce  | call_to_action, question, sales                                  | announce, inform, share, celebrate|
| promote   | (none)                                                           | all                               |

Exception: in a post declared inform or announce, a cue that only points to a link ("link in the comments",
"lien en commentaire"; POINTER_CUES) is how such posts cite a source, not a contradiction.

Exception: in a post declared ask, a call to action in a sentence that invites an answer ("Reply here or DM me",
"Répondez ici, ou en MP") is how people answer, not a contradiction.

So an announcement ("thrilled to announce") contradicts a post declared share/ask/inform but not celebrate
("proud to announce that Ana won"); a request for advice contradicts an announcement; a hard sell contradicts
everything but promote.

A flag spans the whole sentence holding the contradicting cue(s); its message quotes the cue words, the declared
kind and the detected kind; its rule id is ``intention.<signalled kind>.<role>`` of the first cue.

Besides the cues of intention.toml, a built-in bait cue: a quoted keyword to comment ("Écrivez « FICHE » en
commentaire", 'Comment "PDF" below'), which patterns cannot spell across the quotes; in a post declared announce,
a question put to the reader (second person); and an offer cue: a sentence
that opens with an offer imperative followed by a determiner ("Shop our new collection", "Réservez la pose",
lists in voice.toml) signals promote / sales.

Detected kind: every cue adds ROLE_WEIGHT[role] to the kind it signals; the free-text intention adds 2 to each
kind its keywords name (intent_words in voice.toml); a question sentence adds 0.5 to "ask". The best score
of at least 1 wins
(ties: promote > announce > celebrate > ask > inform > share). Below that: "share" when the author
speaks in the first person, else "inform".
"""

from __future__ import annotations

from brandjournal.analysis.context import Context
from brandjournal.analysis.lexicons import Cue
from brandjournal.analysis.messages import msg
from brandjournal.analysis.patterns import Match
from brandjournal.analysis.text import Token
from brandjournal.domain import Flag, FlagKind, Intention, IntentionKind

_ALL = frozenset(k.value for k in IntentionKind)
_CONFLICT_SHARE = frozenset({"call_to_action", "self_praise", "announcement", "sales", "hiring"})
CONFLICTING_ROLES: dict[str, frozenset[str]] = {
    "share": _CONFLICT_SHARE,
    "ask": _CONFLICT_SHARE,
    "inform": _CONFLICT_SHARE,
    "celebrate": frozenset({"call_to_action", "self_praise", "sales", "hiring"}),
    "announce": frozenset({"call_to_action", "question", "sales"}),
    "promote": frozenset(),
}
COMPATIBLE_SIGNALS: dict[str, frozenset[str]] = {
    "share": frozenset({"share", "ask", "inform", "celebrate"}),
    "ask": frozenset({"ask", "share", "inform"}),
    "inform": frozenset({"inform", "share", "ask"}),
    "celebrate": frozenset({"celebrate", "share", "inform", "announce"}),
    "announce": frozenset({"announce", "inform", "share", "celebrate"}),
    "promote": _ALL,
}
ROLE_WEIGHT = {
    "call_to_action": 1.5,
    "sales": 2.0,
    "hiring": 2.0,
    "self_praise": 1.0,
    "announcement": 1.5,
    "question": 1.0,
    "gratitude": 1.5,
    "lesson": 1.0,
}
_TIE_ORDER = ("promote", "announce", "celebrate", "ask", "inform", "share")
# Cues that only point to a link ("link in the comments"): an inform or announce post cites its source that way,
# so they contradict neither; elsewhere they are the usual call to action.
POINTER_CUES = frozenset({"link_pointer", "lien_pointeur"})
_POINTER_OK = frozenset({"inform", "announce"})


def conflicts(declared: str, cue: Cue) -> bool:
    return cue.role in CONFLICTING_ROLES.get(declared, frozenset()) and cue.signals not in COMPATIBLE_SIGNALS.get(
        declared, _ALL
    )


def _intent_text_kinds(ctx: Context, text: str) -> dict[str, float]:
    from brandjournal.analysis.text import tokenize

    scores: dict[str, float] = {}
    toks: list[Token] = tokenize(text)  # (its first token is not joined; its tokens' pairs are linked)
    for ld in ctx.lex.langs.values():
        for m in ld.intent_words.find(toks):
            scores[m.payload] = scores.get(m.payload, 0.0) + 2.0
    return scores


def intention_flags(
    ctx: Context, intention: Intention, first_person_words: int
) -> tuple[list[Flag], IntentionKind | None]:
    declared = intention.kind.value if intention.kind else None
    scores: dict[str, float] = _intent_text_kinds(ctx, intention.text) if intention.text.strip() else {}
    flags: list[Flag] = []
    found: list[tuple[object, int, int, Cue]] = []
    for sentence in ctx.doc.sentences:
        if sentence.question:
            scores["ask"] = scores.get("ask", 0.0) + 0.5
        seen: set[tuple[str, str]] = set()
        # same words matched by two cues ("Des conseils pour..." is both "* conseils pour" and "des conseils
        # pour"): the one that contradicts the declared kind is kept, so a benign twin cannot hide it
        matches = sorted(
            ctx.lang_data(sentence).cues.find(sentence.tokens, norms=sentence.norms),
            key=lambda m: (m.start, -m.end, not (declared and conflicts(declared, m.payload))),
        )
        offer = _offer_imperative(ctx, sentence)
        if offer is not None and not (matches and matches[0].start == 0):  # the lexicon's own cue comes first
            matches.insert(0, offer)
        question = _reader_question(sentence, ctx.lang_data(sentence).lang, declared)
        if question is not None and not any(m.payload.role == "question" for m in matches):
            matches = sorted([*matches, question], key=lambda m: (m.start, -m.end))
        keyword = _comment_keyword(sentence, ctx.lang_data(sentence).lang, ctx.doc.source)
        if keyword is not None and not any(m.start < keyword.end and keyword.start < m.end for m in matches):
            matches = sorted([*matches, keyword], key=lambda m: (m.start, -m.end))
        taken_end = -1
        for m in matches:
            cue: Cue = m.payload
            if m.start < taken_end or (cue.signals, cue.role) in seen:
                continue  # one cue per overlapping words, one per kind+role per sentence
            seen.add((cue.signals, cue.role))
            taken_end = m.end
            scores[cue.signals] = scores.get(cue.signals, 0.0) + ROLE_WEIGHT.get(cue.role, 1.0)
            found.append((sentence, m.start, m.end, cue))
    detected = _detect(scores, first_person_words)
    if declared:
        # one flag per sentence, spanning the sentence; the message quotes the cue words
        by_sentence: dict[int, list[tuple[int, int, Cue]]] = {}
        reply_words = frozenset().union(*(ld.voice.reply_words for ld in ctx.lex.langs.values()))
        for sentence, i, j, cue in found:
            if declared == "ask" and cue.role == "call_to_action" and _invites_reply(sentence, reply_words):
                continue  # "Reply here or DM me": how people answer the question
            if declared in _POINTER_OK and cue.id in POINTER_CUES:
                continue  # "Le rapport est en lien dans les commentaires": citing a source
            if conflicts(declared, cue):
                by_sentence.setdefault(id(sentence), []).append((i, j, cue))
        for sentence in ctx.doc.sentences:
            cues = by_sentence.get(id(sentence))
            if not cues:
                continue
            _, _, cue = cues[0]
            words = ", ".join(f"« {ctx.doc.source[slice(*ctx.span(sentence.tokens, i, j))]} »" for i, j, _ in cues)
            message = msg(
                ctx.ui_lang,
                "intention",
                declared=msg(ctx.ui_lang, f"kind_{declared}"),
                cues=words,
                role=msg(ctx.ui_lang, f"role_{cue.role}") if cue.role in ROLE_WEIGHT else cue.role,
                signals=msg(ctx.ui_lang, f"kind_{cue.signals}") if cue.signals in _ALL else cue.signals,
                detected=msg(ctx.ui_lang, f"kind_{detected.value}") if detected else "?",
            )
            flags.append(
                ctx.flag(
                    sentence,
                    sentence.start,
                    sentence.end,
                    FlagKind.INTENTION_MISMATCH,
                    f"intention.{cue.signals}.{cue.role}",
                    message,
                )
            )
    return flags, detected


def _invites_reply(sentence, reply_words: frozenset[str]) -> bool:
    return sentence.question or any(t.norm in reply_words for t in sentence.tokens)


_OPEN_QUOTES = frozenset('«"“')
_CLOSE_QUOTES = frozenset('»"”')
_COMMENT_WORDS = {
    "fr": frozenset({"commentaire", "commentaires", "commentez", "commente", "com"}),  # "comment" = how
    "en": frozenset({"comment", "comments", "commenting"}),
}


def _comment_keyword(sentence, lang: str, source: str) -> Match | None:
    """Built-in bait cue: a quoted keyword to post as a comment ("Commentez « GUIDE »", 'Comment "PDF" below').

    The quotes break the word sequence patterns match on, so the lexicon cannot spell it; a short quoted word
    (one to three words) in a sentence that speaks of comments is the pattern.
    """
    toks = sentence.tokens
    words = _COMMENT_WORDS.get(lang, frozenset())
    if words.isdisjoint(sentence.norms):  # most sentences: one set test rather than a pass over the tokens
        return None
    comment = next((k for k, t in enumerate(toks) if t.norm in words), None)
    if comment is None or not _addresses_reader(toks, lang, source):
        return None  # "Un lecteur a laissé ce commentaire : « merci »" reports a comment, asks for none
    for k, tok in enumerate(toks):
        if tok.before in _OPEN_QUOTES:
            for j in range(k + 1, min(k + 4, len(toks) + 1)):
                if j == len(toks) or toks[j].before in _CLOSE_QUOTES:
                    start, end = min(k, comment), max(j, comment + 1)
                    return Match(start, end, Cue("comment_keyword", "promote", "call_to_action", ""))
    return None


_READER_FR = frozenset({"vous", "tu", "toi", "ecris", "mets", "reponds", "dis"})
_READER_FR_EXACT = frozenset({"commente", "tape", "laisse"})  # not "commenté", "tapé", "laissé"
_READER_EN = frozenset({"you", "your", "below"})
_IMPERATIVE_EN = frozenset({"comment", "type", "drop", "write", "leave", "reply", "say", "put", "just", "simply"})


def _addresses_reader(toks, lang: str, source: str) -> bool:
    """The sentence speaks to the reader: second person, or an imperative ("Commentez", "Comment below")."""
    if lang == "fr":
        return any(
            t.norm in _READER_FR
            or (len(t.norm) > 3 and t.norm.endswith("ez"))
            or source[t.start : t.end].casefold() in _READER_FR_EXACT
            for t in toks
        )
    return bool(toks) and (toks[0].norm in _IMPERATIVE_EN or any(t.norm in _READER_EN for t in toks))


_YOU = {
    "fr": frozenset({"vous", "tu", "toi", "te", "votre", "vos", "ton", "ta", "tes", "quelqu"}),
    "en": frozenset({"you", "your", "anyone", "anybody", "someone", "somebody"}),
}


def _reader_question(sentence, lang: str, declared: str | None) -> Match | None:
    """Built-in question cue, only for a post declared announce: a question put to the reader ("Vous auriez fait
    pareil ?", "How did you handle the first month?") asks for advice, which an announcement does not."""
    if declared != "announce" or not sentence.question:
        return None
    you = _YOU.get(lang, frozenset())
    for k, tok in enumerate(sentence.tokens):
        if tok.norm in you:
            return Match(k, k + 1, Cue("reader_question", "ask", "question", lang))
    return None


def _offer_imperative(ctx: Context, sentence) -> Match | None:
    """Built-in sales cue: the sentence opens with an offer imperative and a determiner ("Shop our...")."""
    toks = sentence.tokens
    if len(toks) < 2:
        return None
    for ld in ctx.lex.langs.values():
        voice = ld.voice
        if toks[0].norm in voice.offer_imperatives and toks[1].norm in voice.offer_followers:
            return Match(0, 2, Cue("offer_imperative", "promote", "sales", ld.lang))
    return None


def _detect(scores: dict[str, float], first_person_words: int) -> IntentionKind | None:
    scores = {k: v for k, v in scores.items() if k in _ALL and v >= 1.0}
    if not scores:
        return IntentionKind.SHARE if first_person_words else IntentionKind.INFORM
    best = max(scores.values())
    for kind in _TIE_ORDER:
        if scores.get(kind) == best:
            return IntentionKind(kind)
    return None
