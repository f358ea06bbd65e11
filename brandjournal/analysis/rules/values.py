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

from brandjournal.analysis.context import Context
from brandjournal.analysis.lexicons import Concept, Lexicons, compile_author_pattern, slug
from brandjournal.analysis.messages import msg
from brandjournal.analysis.negation import negation_before
from brandjournal.analysis.patterns import Matcher
from brandjournal.analysis.text import normalise
from brandjournal.domain import Flag, FlagKind, Severity, Value


class _Hit:
    __slots__ = ("antonym", "betray", "value_index")

    def __init__(self, value_index: int, betray: bool, antonym: bool = False) -> None:
        self.value_index = value_index
        self.betray = betray
        self.antonym = antonym


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
    return None


class ValueMatchers:
    __slots__ = ("betrayed", "expressed", "keys")

    def __init__(self, expressed: Matcher, betrayed: Matcher, keys: list[str]) -> None:
        self.expressed = expressed
        self.betrayed = betrayed
        self.keys = keys  # rule-id key per value: the concept id, else a slug of the name


def value_matchers(values: tuple[Value, ...], lex: Lexicons) -> ValueMatchers:
    """Matchers for a profile's values (cached on the lexicons: a profile changes rarely)."""
    from brandjournal.analysis.inflect import antonyms, derive

    cache_key = ("values", values)
    cached = lex.cache.get(cache_key)
    if cached is not None:
        return cached
    if len(lex.cache) > 64:
        lex.cache.clear()
    no_inflect = frozenset().union(*(ld.voice.function_words for ld in lex.langs.values()))
    expressed, betrayed = Matcher(), Matcher()
    keys: list[str] = []
    for index, value in enumerate(values):
        concept = find_concept(value.name, lex)
        keys.append(concept.id if concept else slug(value.name))
        lang = value.language if value.language in ("fr", "en") else None
        hit_fit, hit_betray = _Hit(index, False), _Hit(index, True)
        name = " ".join(normalise(value.name).split())
        # the name, its noun/adjective variants and the concept's other names, except words that mostly mean
        # something else in running text ("just", "kind of", "c'est vrai") unless the author chose that very name
        ambiguous = frozenset().union(*(ld.voice.ambiguous_value_names for ld in lex.langs.values()))
        name_words = {name} | {w for w in derive(name) if w not in ambiguous}
        if concept:
            name_words |= {n for names in concept.names.values() for n in names if n not in ambiguous}
        for pattern in (value.name, *sorted(name_words - {name}), *value.fits):
            if pattern.strip():
                expressed.add(compile_author_pattern(pattern, lang, no_inflect), hit_fit)
        hit_antonym = _Hit(index, True, True)
        for word in sorted({a for w in name_words if " " not in w for a in antonyms(w, lang)}):
            betrayed.add(compile_author_pattern(word, lang, no_inflect), hit_antonym)
        for pattern in value.betrays:
            if pattern.strip():
                betrayed.add(compile_author_pattern(pattern, lang, no_inflect), hit_betray)
        if concept:  # its names are in name_words above
            for slots in concept.fits:
                expressed.add(slots, hit_fit)
            for slots in concept.betrays:
                betrayed.add(slots, hit_betray)
    result = ValueMatchers(expressed, betrayed, keys)
    lex.cache[cache_key] = result
    return result


def value_flags(ctx: Context, values: tuple[Value, ...]) -> list[Flag]:
    if not values:
        return []
    vm = value_matchers(values, ctx.lex)
    voices = [ld.voice for ld in ctx.lex.langs.values()]
    flags: list[Flag] = []
    for sentence in ctx.doc.sentences:
        toks = sentence.tokens
        betrays = [m for m in vm.betrayed.find(toks)]
        fits = [m for m in vm.expressed.find(toks)]
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
            chosen.append((m.start, m.end, hit.value_index, neg is not None, neg))
        for i, j, vi, is_betrayed, neg in sorted(chosen, key=lambda c: (c[0], c[2])):
            value = values[vi]
            key = vm.keys[vi]
            negated_betray = neg is not None and neg < 0  # encoded as -1 - index
            if negated_betray:
                neg = -1 - neg
            elif neg is not None:
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
