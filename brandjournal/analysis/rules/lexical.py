"""Jargon, hedge and peacock flags from the bundled lexicons.

Each sentence is matched against its own language's lexicons; French sentences also against the ENGLISH ones
(French posts borrow English: "un vrai game changer", "I guess"), except one-word English entries that are also
French words ("unique", "pivot"); never the reverse (French jargon lists anglicisms such as "update" that are plain
words in English). A sentence that mixes both languages gets both lexicons.

Engine-side guards against false positives, all general:
- a match wrapped in quotes is probably a mention ('I banned the word "synergy"') or a quotation: still shown (the
  words will be published), but as information, not as a warning;
- a one-word match written with a capital in mid-sentence is a proper noun ("Leverage Inc."), unless the whole
  line is in Title Case ("Leverage Your Synergies Now");
- a hedge in a question addressed to the reader is a genuine question ("Do you think it works?");
- overlapping matches of the same kind keep the longest; on the same words, the sentence's own language wins
  ("premium" in a French sentence is French puffery, not English context jargon);
- an entry's ``literal`` cue words in the sentence or a neighbour mean the literal sense ("the goat is more agile");
- a head count or a date is not a hedged claim ("maybe 60 households", "peut-être début avril", "I'd say 30"), nor
  a comparison ("more often than you'd think"), and puffery played down is not puffery ("rien de spectaculaire");
- a sentence that admits the doubt outright ("I'm not sure", "je ne sais pas") shows none of its softer hedges,
  and "in a way (that) kids understand" after a verb is a manner, not a hedge.
"""

from __future__ import annotations

from brandjournal.analysis.context import Context
from brandjournal.analysis.lexicons import Entry
from brandjournal.analysis.messages import msg
from brandjournal.analysis.rules.compounds import compound_matches
from brandjournal.analysis.rules.fillers import filler_gap_matches
from brandjournal.analysis.rules.franglais import borrowed_english_matches, franglais_matches
from brandjournal.analysis.rules.modality import modal_matches
from brandjournal.analysis.rules.passives import agentless_passive_matches
from brandjournal.analysis.text import MONTHS_AND_DAYS, is_count
from brandjournal.domain import Flag, FlagKind, Severity

_KINDS = {"jargon": FlagKind.JARGON, "hedge": FlagKind.HEDGE, "peacock": FlagKind.PEACOCK}
_KIND_ORDER = {"jargon": 0, "peacock": 1, "hedge": 2}


def lexical_matches(ctx: Context) -> list[tuple[int, int, int, Entry]]:
    """(sentence index, token start, token end, entry) of every kept lexicon match."""
    kept: list[tuple[int, int, int, Entry]] = []
    langs = ctx.lex.langs
    second_person = frozenset().union(*(ld.voice.second_person for ld in langs.values()))
    for si, sentence in enumerate(ctx.doc.sentences):
        toks = sentence.tokens
        own = langs[sentence.lang]
        matchers = [own.lexicon]
        candidates = [(m.start, m.end, m.payload) for m in own.lexicon.find(toks, norms=sentence.norms)]
        # A mixed sentence gets the other lexicon in full ("Des rencontres incroyables and truly iconic moments");
        # a French one the English lexicon too, as French borrows English ("un vrai game changer", "I guess on
        # est fatigués"), except one-word entries that are French words as well ("utilise", "pivot", "unique").
        if sentence.mixed or sentence.lang == "fr":
            other = langs["fr" if sentence.lang == "en" else "en"]
            matchers.append(other.lexicon)
            known = frozenset() if sentence.mixed else other.known_in_other
            candidates += [
                (m.start, m.end, m.payload)
                for m in other.lexicon.find(toks, norms=sentence.norms)
                if not (m.end - m.start == 1 and toks[m.start].norm in known)
            ]
        candidates += filler_gap_matches(sentence, matchers)  # "move the proverbial needle"
        candidates += modal_matches(sentence, ctx.doc.source)
        candidates += franglais_matches(sentence)
        # Rules for words no list holds ("AI-native", "people-first"; "mon inbox", "un deal") take only the words no
        # list has claimed: "studio-grade" stays puffery, "Or maybe" a hedge.
        unclaimed = compound_matches(sentence, ctx.doc.source) + agentless_passive_matches(sentence)
        if sentence.lang == "fr":
            unclaimed += borrowed_english_matches(sentence, own.borrowed_english)
        if unclaimed:
            claimed = {k for i, j, _ in candidates for k in range(i, j)}
            candidates += [m for m in unclaimed if claimed.isdisjoint(range(m[0], m[1]))]
        chosen: list[tuple[int, int, Entry]] = []
        covered: dict[str, set[int]] = {}  # token positions already flagged, per kind
        spans: set[tuple[int, int]] = set()
        titled: bool | None = None
        # longest first, then leftmost, then the sentence's own language ("premium" in a French sentence is the
        # French puffery entry, not the English jargon one), then kind order: a shorter overlapping match loses
        lang = sentence.lang
        for i, j, entry in sorted(
            candidates, key=lambda c: (-(c[1] - c[0]), c[0], c[2].lang != lang, _KIND_ORDER[c[2].kind])
        ):
            taken = covered.setdefault(entry.kind, set())
            if (i, j) in spans or any(k in taken for k in range(i, j)):
                continue  # overlaps a longer match of its kind, or the same words under another kind
            start, end = ctx.span(toks, i, j)
            if (
                j - i == 1
                and toks[i].upper
                and not toks[i].first
                and not _all_caps(ctx, start, end)
                and not _opens_a_clause(ctx.doc.source, start)  # "Hot take: Perhaps…", "(Arguably)"
            ):
                if titled is None:
                    titled = _title_case(toks)
                if not titled:
                    continue  # a proper noun ("Leverage Inc."), unless the whole line is in Title Case
            if entry.kind != "hedge" and any(t.comma for t in toks[i + 1 : j]) and not _has_comma(entry):
                continue  # only hedges run over a comma ("je me trompe peut-être, mais"); "push, the envelope" no
            if entry.kind == "hedge" and sentence.question and _asks_reader(toks, i, j, second_person):
                continue
            if _verb_peut_etre(ctx.doc.source, toks, i, j):
                continue  # "le formulaire peut être rempli" is the verb, not the adverb "peut-être"
            if entry.kind == "hedge" and _relative_who(toks, i):
                continue  # "someone who knows mixed models", "quelqu'un qui sait coder": not "who knows?"
            if entry.literal and _literal_sense(ctx.doc.sentences, si, entry.literal):
                continue  # "the goat is more agile than…", "synergie entre deux molécules": the literal sense
            if entry.kind == "hedge" and _rounded_count(toks, i, j):
                continue  # "maybe 60 households", "peut-être deux cents personnes": a head count, honestly rounded
            if entry.kind == "hedge" and i and toks[i - 1].norm == "than":
                continue  # "it works more often than you'd think": a comparison, not a claim held at arm's length
            if entry.kind == "hedge" and entry.severity != "warning" and _admits_doubt(sentence.norms):
                continue  # "It might be the pizza, I can't tell yet": the doubt is said openly, not hidden
            if entry.kind == "hedge" and _manner_way(toks, i, j):
                continue  # "explain it in a way (that) kids understand": how it is done, not a nuance withheld
            if entry.kind == "peacock" and _understated(toks, i):
                continue  # "rien de spectaculaire", "nothing fancy": the author plays it down
            chosen.append((i, j, entry))
            spans.add((i, j))
            taken.update(range(i, j))
        kept.extend((si, i, j, e) for i, j, e in sorted(chosen, key=lambda c: c[0]))
    return _in_context(ctx, kept)


def _in_context(ctx: Context, kept: list[tuple[int, int, int, Entry]]) -> list[tuple[int, int, int, Entry]]:
    """Keep context-only entries ("platform", "probably") only in a post dense with firm matches of their kind.

    Such words are ordinary on their own; among other buzzwords, other puffery or other hedges they are part of
    it. Dense means at least one firm match of the same kind per hundred words: a short post with one buzzword,
    a long one with several. (Requiring two firm matches as well missed context words in short posts that had one
    firm buzzword: jargon recall was 1-2 points lower on the blind sets, at the same precision and with no plain
    post flagged more. Counting jargon and puffery together flagged "passion" or "talent" as jargon in a post that
    was only effusive: jargon precision was a point lower on every corpus set, at the same recall.)
    """
    if not any(e.severity == "context" for *_, e in kept):
        return kept
    words = sum(len(s.tokens) for s in ctx.doc.sentences)
    firm = {"jargon": 0, "peacock": 0, "hedge": 0}
    for *_, e in kept:
        if e.severity != "context":
            firm[e.kind] += 1
    dense = {family: n * 100 >= words for family, n in firm.items()}  # (words > 0: there are matches)
    return [k for k in kept if k[3].severity != "context" or dense[k[3].kind]]


# The words of a hedge that may round a count: "maybe 60", "peut-être deux cents", "I'd say 30", "je dirais 30".
_MAYBE = frozenset(
    {"maybe", "perhaps", "possibly", "probably", "peut", "etre", "je", "dirais", "i", "d", "say", "would"}
)
# Words a hedge's evidence may carry before its adverb ("il y avait peut-être", "there were maybe").
_BEFORE_MAYBE = frozenset({"il", "y", "avait", "had", "there", "were"})


def _rounded_count(toks, i: int, j: int) -> bool:
    """ "maybe 60", "peut-être deux cents", "peut-être début avril": doubt about a count or a date, not about a
    claim (approximators such as "up to 40 %" or "grosso modo deux fois" stay hedges)."""
    words = {t.norm for t in toks[i:j]} - _BEFORE_MAYBE
    return j < len(toks) and words <= _MAYBE and (is_count(toks[j]) or _a_date(toks, j))


_DATE_LEADS = frozenset({"early", "late", "mid", "debut", "fin", "mi", "en", "le", "in", "on", "next", "this"})


def _a_date(toks, j: int) -> bool:
    """ "maybe Tuesday", "peut-être début avril", "sans doute en février": doubt about a date, like a count."""
    if toks[j].norm in MONTHS_AND_DAYS:
        return True
    return toks[j].norm in _DATE_LEADS and j + 1 < len(toks) and toks[j + 1].norm in MONTHS_AND_DAYS


def _literal_sense(sentences, si: int, cues: frozenset[str]) -> bool:
    """A cue of the entry's literal sense in the sentence or a neighbour ("the high jump. They raised the bar to
    1.25 m"): the words mean what they say there."""
    return any(not cues.isdisjoint(s.norms) for s in sentences[max(0, si - 1) : si + 2])


# Words in a row that say "I don't know" outright, in the first person: "I'm not sure", "can't tell", "je ne sais
# pas", "je ne suis pas sûre". The impersonal "it is not certain that" / "il n'est pas certain que" is a hedge.
_DOUBT_ADMITTED = frozenset(
    {("m", "not", "sure"), ("re", "not", "sure"), ("are", "not", "sure"), ("m", "not", "certain"),
     ("not", "sure", "yet"), ("can", "t", "tell"), ("couldn", "t", "tell"), ("cannot", "tell"), ("don", "t", "know"),
     ("didn", "t", "know"), ("no", "idea"), ("ne", "sais", "pas"), ("ne", "savons", "pas"), ("suis", "pas", "sur"),
     ("suis", "pas", "sure"), ("suis", "pas", "certain"), ("suis", "pas", "certaine"), ("aucune", "idee")}
)  # fmt: skip
_DOUBT_WORDS = frozenset(phrase[-1] for phrase in _DOUBT_ADMITTED)


def _admits_doubt(norms: list[str]) -> bool:
    """The sentence says outright that the author does not know ("I'm not sure", "I can't tell yet", "je ne sais
    pas", or "Not sure" at its start): an honest admission, which the hedge lexicon leaves to the humility and
    honesty values, so the softer hedges of that sentence (modals, "I suspect") are not shown as evasion."""
    if norms[:2] == ["not", "sure"]:
        return True
    if _DOUBT_WORDS.isdisjoint(norms):
        return False
    return any(
        norms[k] in _DOUBT_WORDS
        and ((norms[k - 1], norms[k]) in _DOUBT_ADMITTED or tuple(norms[max(0, k - 2) : k + 1]) in _DOUBT_ADMITTED)
        for k in range(1, len(norms))
    )


_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "s", "seems", "seemed", "felt", "feels"})
# Words that open the clause of "in a way (that)…": a subject, a relative, a determiner of the subject.
_MANNER_OPENERS = frozenset(
    {"that", "which", "you", "we", "they", "i", "he", "she", "it", "the", "our", "my", "your", "their", "his", "her",
     "people", "nobody", "no", "only", "few", "most", "everyone", "anyone", "someone", "kids", "children"}
)  # fmt: skip


def _manner_way(toks, i: int, j: int) -> bool:
    """ "in a way" that opens a clause after a verb or its object ("explain it in a way kids understand", "throws
    light in a way the new ones don't") says how something is done. The hedge stands apart: at the start, between
    commas, at the end, or after "is"/"was" ("it was, in a way, a relief"; "it is in a way the best")."""
    if j - i != 3 or toks[i + 2].norm != "way" or toks[i + 1].norm != "a" or i == 0 or toks[i].comma:
        return False
    if toks[i - 1].norm in _COPULAS or j >= len(toks) or not toks[j].joined or toks[j].comma:
        return False
    return toks[j].norm in _MANNER_OPENERS


def _understated(toks, i: int) -> bool:
    """Puffery played down: "rien de spectaculaire", "nothing (too) fancy", "nothing extraordinary"."""
    before = [t.norm for t in toks[max(0, i - 2) : i]]
    return before[-1:] == ["nothing"] or before == ["rien", "de"] or (
        len(before) == 2 and before[0] == "nothing" and before[1] in ("too", "very", "that", "so")
    )


def _asks_reader(toks, i: int, j: int, second_person: frozenset[str]) -> bool:
    """A hedge in a question addressed to the reader is a real question ("Do you think...?", "pensez-vous")."""
    return any(t.norm in second_person for t in toks[max(0, i - 2) : j + 1])


def _has_comma(entry: Entry) -> bool:
    """The entry's own wording has a comma ("humble, hungry, smart"): a comma in the text is then expected."""
    return any("," in base for base in entry.bases)


_CLAUSE_BREAKS = frozenset(":;([{\"'«“‘•*>|/–—-")


def _opens_a_clause(source: str, start: int) -> bool:
    """The word follows a colon, dash, bracket, quote or bullet: a capital there does not mark a name."""
    k = start - 1
    while k >= 0 and source[k] in " \t\u00a0\u202f":
        k -= 1
    return k >= 0 and source[k] in _CLAUSE_BREAKS


def _verb_peut_etre(source: str, toks, i: int, j: int) -> bool:
    """ "peut être" written without its hyphen and followed by a word is the verb: "il peut être utile"."""
    if j - i != 2 or toks[i].norm != "peut" or toks[i + 1].norm != "etre":
        return False
    if "-" in source[toks[i].end : toks[i + 1].start]:
        return False
    return j < len(toks) and toks[j].joined


_CLAUSE_LINKS = frozenset({"and", "but", "so", "or", "yet", "well", "et", "mais", "donc", "ou", "alors", "enfin"})


def _relative_who(toks, i: int) -> bool:
    """A hedge that opens with "who"/"qui" ("who knows", "qui sait") right after a word of its clause is a relative
    clause about that word ("anyone who knows R"), not the shrug "Who knows?"."""
    return toks[i].norm in ("who", "qui") and i > 0 and toks[i].joined and toks[i - 1].norm not in _CLAUSE_LINKS


def _title_case(toks) -> bool:
    """A headline or a list line In Title Case: capitals there do not mark proper nouns."""
    long_words = [t for t in toks if len(t.norm) > 3 and not t.digit]
    return len(long_words) >= 3 and sum(t.upper for t in long_words) >= 0.75 * len(long_words)


def _all_caps(ctx: Context, start: int, end: int) -> bool:
    """Shouted or an acronym ("SYNERGY", "OKRs", "KPIs"): not a capitalised name."""
    word = ctx.doc.source[start:end]
    return len(word) > 1 and (word.isupper() or sum(c.isupper() for c in word) >= 2)


def lexical_flags(ctx: Context, matches: list[tuple[int, int, int, Entry]]) -> list[Flag]:
    flags: list[Flag] = []
    for si, i, j, entry in matches:
        sentence = ctx.doc.sentences[si]
        start, end = ctx.span(sentence.tokens, i, j)
        evidence = ctx.doc.source[start:end]
        message = msg(ctx.ui_lang, entry.kind, ev=evidence)
        if entry.why and entry.lang == ("fr" if ctx.ui_lang.startswith("fr") else "en"):
            message += " " + entry.why.strip()
        if entry.suggestion:
            message += msg(ctx.ui_lang, "try", s=entry.suggestion)
        quoted = ctx.is_quoted(start, end)
        if quoted:
            message += msg(ctx.ui_lang, "quoted")
        if entry.severity == "context":
            message += msg(ctx.ui_lang, "in_context")
        flags.append(
            ctx.flag(
                sentence,
                start,
                end,
                _KINDS[entry.kind],
                entry.rule,
                message,
                severity=Severity.WARNING if entry.severity == "warning" and not quoted else Severity.INFO,
                suggestion=entry.suggestion,
            )
        )
    return flags
