"""Pattern blocks (``Matcher.add_block``) and the value concepts' stored words and patterns: what the build stores
is what the engine would have compiled and indexed itself, and a matcher fed blocks finds what one fed the same
patterns one by one finds."""

from __future__ import annotations

import pytest

from brandjournal.analysis.lexicons import load
from brandjournal.analysis.patterns import (
    FormTable,
    FormTableBuilder,
    Matcher,
    PatternBlock,
    compile_pattern,
    decode_slots,
    encode_block,
    index_keys,
)
from brandjournal.analysis.rules.values import (
    author_slots,
    concept_words,
    opposite_words,
    value_matchers,
    value_word_lists,
)
from brandjournal.analysis.text import build_document
from brandjournal.domain import Value

from .test_patterns_store import PATTERNS, SENTENCES


def _found(matcher: Matcher, text: str) -> list[tuple[int, int, object]]:
    doc = build_document(text, frozenset())
    return [(m.start, m.end, m.payload) for s in doc.sentences for m in matcher.find(s.tokens)]


def _block_matcher(excluded: frozenset[int] = frozenset()) -> Matcher:
    """PATTERNS in two blocks around two patterns added one by one (payload = pattern number)."""
    forms = FormTableBuilder()
    compiled = [compile_pattern(p, None) for p in PATTERNS]
    first = PatternBlock(encode_block(compiled[:6], forms))
    second = PatternBlock(encode_block(compiled[8:], forms))
    table = FormTable(forms.dump())
    matcher = Matcher()
    matcher.add_block(first, list(range(6)), table, excluded)
    matcher.add(compiled[6], 6)
    matcher.add(compiled[7], 7)
    matcher.add_block(second, list(range(8, len(PATTERNS))), table)
    return matcher


@pytest.mark.parametrize("text", SENTENCES)
def test_a_matcher_of_blocks_finds_what_one_built_pattern_by_pattern_finds(text):
    built = Matcher()
    for n, pattern in enumerate(PATTERNS):
        built.add(compile_pattern(pattern, None), n)
    assert _found(_block_matcher(), text) == _found(built, text)


def test_excluded_block_patterns_are_never_found_and_the_others_keep_their_number():
    text = " ".join(SENTENCES)
    everything = _found(_block_matcher(), text)
    assert any(payload == 0 for _, _, payload in everything)  # "push the envelope"
    without_first = _found(_block_matcher(frozenset({0})), text)
    assert without_first == [m for m in everything if m[2] != 0]


def test_blocks_of_one_matcher_must_share_their_forms_table():
    block = PatternBlock(encode_block([compile_pattern("synergy", "en")], FormTableBuilder()))
    matcher = Matcher()
    matcher.add_block(block, [0], FormTable())
    with pytest.raises(ValueError):
        matcher.add_block(block, [1], FormTable())
    with pytest.raises(ValueError):
        matcher.add_block(block, [], matcher._table)  # one payload per pattern


CONCEPTS = ("honesty", "curiosity", "collaboration", "fairness", "humility")


@pytest.mark.parametrize("concept_id", CONCEPTS)
def test_a_concepts_stored_words_are_what_the_engine_would_compile(concept_id):
    lex = load()
    concept = next(c for c in lex.concepts if c.id == concept_id)
    no_inflect, ambiguous = value_word_lists(lex)
    sources, words = concept_words(concept.names, ambiguous)
    assert (concept.opposite_sources, concept.words) == (sources, words)
    opposites = opposite_words({**words, **sources})
    kinds = concept.expressing_kinds
    expected = {(w, lang, "w") for w, lang in words.items()} | {(w, lang, "a") for w, lang in opposites}
    assert {(w, lang, kinds[n]) for n, (w, lang) in enumerate(concept.block_words)} == expected
    block = concept.expressing
    keyed: dict[str, list[int]] = {}
    for n, text in enumerate(block.texts):
        slots = decode_slots(text.partition("=")[2], concept.forms)
        if n < len(concept.block_words):
            word, lang = concept.block_words[n]
            assert slots == list(author_slots(word, lang, no_inflect)), word
        for key in index_keys(slots)[0]:
            keyed.setdefault(key, []).append(n)
    assert {key: " ".join(map(str, ids)) for key, ids in keyed.items()} == block.index
    assert len(kinds) == len(block.texts) and len(concept.betraying_kinds) == len(concept.betraying.texts)


def test_only_the_concepts_a_profile_names_are_parsed():
    lex = load.__wrapped__()  # a fresh copy: the process-wide one is shared with other tests
    value_matchers((Value("Honesty", fits=("candidly",)),), lex)
    assert [c.id for c in lex.concepts if c._parsed] == ["honesty"]
    assert all(not isinstance(c._parts, dict) for c in lex.concepts if c.id != "honesty")  # still as stored
