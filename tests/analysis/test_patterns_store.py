"""The stored form of matchers and compiled files (patterns "stored form", build_lexicons, lexicons): what is read
back matches what was built, and only what a draft needs is decoded."""

from __future__ import annotations

import json
import re

import pytest

from brandjournal.analysis.build_lexicons import build, render, split
from brandjournal.analysis.lexicons import FORMAT_VERSION, from_data, load, read_compiled
from brandjournal.analysis.patterns import (
    FormTable,
    FormTableBuilder,
    LazyRecords,
    Matcher,
    PackedList,
    Stored,
    compile_pattern,
    context_trim,
    context_words,
    decode_slots,
    encode_slots,
    pack_strings,
    stored_text,
)
from brandjournal.analysis.text import build_document
from brandjournal.domain import Intention, Profile, Value

from .conftest import make_resources

PATTERNS = [
    "push the envelope",
    "move the ?proverbial needle",
    "our|your|the ecosystem",
    "drive * growth",
    "* followers",
    "% off",
    "?really excited",
    "=learnings",
    "game-changer",
    "j'ai hâte",
    "se tromper",
    "le mot de la fin",
    "le game changer",
    "la|le|les synergie",
]
SENTENCES = [
    "We need to push the envelope and move the proverbial needle in our ecosystem.",
    "They drive real growth, 20% off for 10k followers!",
    "Really excited about these learnings: a game changer, truly game-changers.",
    "J'ai hâte, il s'est trompé, le mot de la fin : le game changer et les synergies.",
    "the the the ecosystem ecosystems le le la",
    "",
]


def _matchers() -> tuple[Matcher, Matcher]:
    """The same patterns built in memory and read back from their stored form (payload = pattern number)."""
    built = Matcher()
    for n, pattern in enumerate(PATTERNS):
        built.add(compile_pattern(pattern, None), n)
    forms = FormTableBuilder()
    data = json.loads(json.dumps(built.to_json(list(range(len(PATTERNS))), forms)))
    stored = Matcher.from_json(data, list(range(len(PATTERNS))), FormTable(forms.dump()))
    return built, stored


def _found(matcher: Matcher, text: str) -> list[tuple[int, int, object]]:
    doc = build_document(text, frozenset())
    return [(m.start, m.end, m.payload) for s in doc.sentences for m in matcher.find(s.tokens)]


@pytest.mark.parametrize("text", SENTENCES)
def test_stored_matcher_finds_what_the_built_one_finds(text):
    built, stored = _matchers()
    assert _found(stored, text) == _found(built, text)
    assert _found(stored, text) == _found(stored, text)  # and again, from what it remembered


def test_stored_matcher_finds_the_expected_patterns():
    _, stored = _matchers()
    found = {PATTERNS[p] for _, _, p in _found(stored, " ".join(SENTENCES))}
    assert {"push the envelope", "move the ?proverbial needle", "drive * growth", "* followers", "% off"} <= found
    assert {"game-changer", "j'ai hâte", "se tromper", "le mot de la fin", "la|le|les synergie"} <= found


def test_stored_matcher_decodes_only_the_patterns_it_tries():
    _, stored = _matchers()
    assert all(p is None for p in stored.patterns)
    _found(stored, "Nothing to see here.")
    assert all(p is None for p in stored.patterns)
    _found(stored, "push the envelope")
    decoded = [PATTERNS[i] for i, p in enumerate(stored.patterns) if p is not None]
    assert decoded == ["push the envelope"]


def test_next_words_rule_candidates_out_without_decoding_them():
    """"le mot de la fin" and "le game changer" are both under "le"; "le game" rules the first out by its second
    word and "le mot du" by its third, from their stored references alone."""
    _, stored = _matchers()
    _found(stored, "le game")
    _found(stored, "le mot du jour")
    assert all(p is None for p in stored.patterns)
    _found(stored, "le mot de la fin")
    assert [PATTERNS[i] for i, p in enumerate(stored.patterns) if p is not None] == ["le mot de la fin"]


def test_payload_numbers_are_fixed_width():
    built, _ = _matchers()
    forms = FormTableBuilder()
    data = built.to_json([7, 12, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], forms)
    assert data["payload_width"] == 2 and data["payloads"].startswith("071203")
    renumbered = Matcher.from_json(data, list(range(13)), FormTable(forms.dump()))
    assert [p for _, _, p in _found(renumbered, SENTENCES[0])] == [7, 12, 3]


def test_stored_patterns_round_trip_through_the_forms_table():
    forms = FormTableBuilder()
    slots = [compile_pattern(p, "fr") for p in PATTERNS]
    encoded = [encode_slots(s, forms) for s in slots]
    dumped = forms.dump()
    table = FormTable(dumped)
    assert [decode_slots(e, table) for e in encoded] == slots
    assert dumped.count("\n") == len({t for s in slots for t in _tokens(s)})  # each form set once
    assert not any(c in dumped.replace("\n", "") for c in '"\\\n')
    assert forms.ref("|the|") == forms.ref("|the|")  # one entry per distinct form set


def _tokens(slots) -> list[str]:
    return [token for slot in slots for alt in slot[2] for token in alt]


def test_packed_lists_read_each_item_alone():
    items = ["a", "", "bé c", "déjà vu"]  # offsets are in bytes: non-ASCII items are found all the same
    packed = pack_strings(items)
    assert list(PackedList(packed)) == items and len(PackedList(packed)) == 4
    assert PackedList(packed)[3] == "déjà vu"
    assert len(PackedList(pack_strings([]))) == 0 and len(PackedList(None)) == 0
    with pytest.raises(IndexError):
        PackedList(packed)[4]


def test_lazy_records_parse_only_the_records_asked_for():
    made: list[str] = []

    def make(line: str) -> str:
        made.append(line)
        return line.upper()

    records = LazyRecords(pack_strings(["a", "b", "c"]), make)
    assert records[1] == "B" and records[1] == "B"
    assert made == ["b"]
    assert len(records) == 3 and list(records) == ["A", "B", "C"]
    assert len(LazyRecords(pack_strings([]), make)) == 0


@pytest.fixture(scope="module")
def compiled_files(tmp_path_factory) -> dict:
    """The fixture lexicons as ``split`` gives them (file name -> content)."""
    return split(build(make_resources(tmp_path_factory.mktemp("resources"))))


@pytest.fixture(scope="module")
def compiled(tmp_path_factory, compiled_files):
    """The fixture lexicons written as files, as the build script writes them."""
    out = tmp_path_factory.mktemp("compiled")
    for name, text in render(compiled_files).items():
        (out / name).write_bytes(text.encode("utf-8"))
    return out


def test_compiled_files_are_ascii_json_with_long_strings_in_a_text_file(compiled, compiled_files):
    for path in compiled.glob("*.txt"):  # ASCII: decoding is a copy, and strings take a byte per character
        assert path.read_bytes().isascii()
    for path in compiled.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text.isascii()
        assert json.loads(text)["version"] == FORMAT_VERSION
    assert (compiled / "lexicon.en.txt").is_file()  # the long strings
    for name, content in compiled_files.items():
        assert _decoded(read_compiled(str(compiled / name))) == content
    lexicon = read_compiled(str(compiled / "lexicon.en.json"))
    matcher = lexicon["matchers"]["lexicon"]
    assert "Stored(" in repr(lexicon)  # the long strings are left in the text file's bytes until a word needs them
    for packed in (lexicon["forms"], matcher["patterns"]["items"], matcher["index"]):
        assert not any(c in stored_text(packed).replace("\n", "") for c in '"\\\n\t')
    assert read_compiled(str(compiled / "missing.json")) == {}


def _decoded(node):
    """A compiled file as read, its ``Stored`` strings decoded: what ``build`` wrote."""
    if isinstance(node, dict):
        return {key: _decoded(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_decoded(value) for value in node]
    return stored_text(node) if isinstance(node, Stored) else node


def test_files_are_read_on_demand(compiled):
    load.cache_clear()
    try:
        lex = load(str(compiled / "common.json"))
        assert lex._concepts is None and lex.langs["fr"]._lexicon is None and lex.langs["en"]._lexicon is None
        from brandjournal.analysis import analyze

        report = analyze("We are leveraging synergies.", Profile(), Intention(), lexicons=lex)
        assert [f.rule for f in report.flags] == ["jargon.en.leverage", "jargon.en.synergy"]
        assert lex.langs["fr"]._lexicon is None  # an English post never reads the French file
        assert lex._concepts is None  # nor values.json without values
        report = analyze("We are honest.", Profile(values=(Value("Honesty"),)), lexicons=lex)
        assert lex._concepts is not None
        assert [f.kind.value for f in report.flags] == ["value_expressed"]
    finally:
        load.cache_clear()


def test_files_of_another_format_are_refused(compiled):
    data = json.loads((compiled / "common.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="build_lexicons"):
        from_data({**data, "version": FORMAT_VERSION - 1})


def _context_matcher(patterns: list[str]) -> tuple[Matcher, Matcher]:
    built = Matcher()
    for n, pattern in enumerate(patterns):
        text, lead, tail = context_words(pattern)
        slots = compile_pattern(text, "en")
        built.add(slots, n, context_trim(slots, lead, tail))
    forms = FormTableBuilder()
    data = json.loads(json.dumps(built.to_json(list(range(len(patterns))), forms)))
    return built, Matcher.from_json(data, list(range(len(patterns))), FormTable(forms.dump()))


def test_context_words_must_be_there_but_stay_out_of_the_evidence():
    patterns = ["(we|will) leverage", "(let's) leverage", "leverage (our|the)", "(we) leverage (the)"]
    built, stored = _context_matcher(patterns)
    text = "We will leverage our network. Let's leverage the data. Leverage matters."
    doc = build_document(text, frozenset())
    for matcher in (built, stored):
        spans = sorted(
            (text[s.tokens[m.start].start : s.tokens[m.end - 1].end], patterns[m.payload])
            for s in doc.sentences
            for m in matcher.find(s.tokens)
        )
        assert spans == [
            ("leverage", "(let's) leverage"),
            ("leverage", "(we|will) leverage"),
            ("leverage", "leverage (our|the)"),
            ("leverage", "leverage (our|the)"),
        ]
    assert context_words("(we|i) leverage (our)") == ("we|i leverage our", 1, 1)
    assert context_words("(alone)") == ("(alone)", 0, 0)  # a pattern is never all context


def test_a_context_word_of_uneven_length_is_refused():
    slots = compile_pattern("we|let's leverage", "en")
    with pytest.raises(ValueError, match="same number of words"):
        context_trim(slots, 1, 0)
    with pytest.raises(ValueError, match="required word"):
        context_trim(compile_pattern("?we leverage", "en"), 1, 0)
    with pytest.raises(ValueError, match="outside its context words"):
        context_trim(compile_pattern("we ?really leverage", "en"), 1, 1)  # the evidence could be empty


def test_context_words_are_refused_where_nothing_would_trim_them(tmp_path):
    """Value wordings keep no context: "(we) are open" there would flag "we are open" whole, so the build says so."""
    from brandjournal.analysis.build_lexicons import LexiconError

    from .conftest import FIXTURES

    values = '[[value]]\nid = "transparency"\nnames = { en = ["transparency"] }\nfits = { en = ["(we) are open"] }\n'
    root = make_resources(tmp_path, {**FIXTURES, "values.toml": values})
    with pytest.raises(LexiconError, match="context words in parentheses"):
        build(root)


_TOPIC = """[meta]
language = "en"
kind = "jargon"
sources = ["a", "b", "c"]

[[entry]]
id = "{id}"
patterns = ["circle the wagons"]
"""


def test_a_topic_file_adds_its_entries_to_the_list(tmp_path):
    """``en/jargon.<topic>.toml`` is read with ``en/jargon.toml``: its entries flag with the list's rule ids."""
    from brandjournal.analysis import analyze

    from .conftest import FIXTURES

    root = make_resources(tmp_path, {**FIXTURES, "en/jargon.sectors.toml": _TOPIC.format(id="wagons")})
    report = analyze("Time to circle the wagons again.", Profile(), lexicons=from_data(build(root)))
    assert [(f.rule, f.text) for f in report.flags] == [("jargon.en.wagons", "circle the wagons")]


def test_an_id_used_in_two_files_of_a_list_is_refused(tmp_path):
    from brandjournal.analysis.build_lexicons import LexiconError

    from .conftest import FIXTURES

    taken = re.search(r'id = "(\w+)"', FIXTURES["en/jargon.toml"]).group(1)
    root = make_resources(tmp_path, {**FIXTURES, "en/jargon.sectors.toml": _TOPIC.format(id=taken)})
    refusal = rf"en/jargon.sectors.toml: entry id '{taken}' is already used in en/jargon.toml"
    with pytest.raises(LexiconError, match=refusal):
        build(root)


def test_a_key_of_many_patterns_is_grouped_by_next_word_and_finds_the_same():
    """Past ``_GROUP_MIN`` patterns under one key, the stored index lists them by the word that may follow
    ("notre ADN", "notre ?vraie culture", "notre * mission"): found exactly as the built matcher finds them."""
    words = [f"mot{n}" for n in range(40)]
    patterns = [f"notre|nos {w}" for w in words] + ["notre ?vraie culture", "notre * mission", "notre adn", "nos"]
    built = Matcher()
    for n, pattern in enumerate(patterns):
        built.add(compile_pattern(pattern, "fr"), n)
    forms = FormTableBuilder()
    data = json.loads(json.dumps(built.to_json(list(range(len(patterns))), forms)))
    assert "|mot7=" in data["index"] and "|=" in data["index"]
    stored = Matcher.from_json(data, list(range(len(patterns))), FormTable(forms.dump()))
    text = "Notre mot7 et nos mot12. Notre vraie culture, notre belle mission, notre ADN. Nos. Notre inconnu mot3."
    assert _found(stored, text) == _found(built, text)
    assert {patterns[p] for _, _, p in _found(stored, text)} == {
        "notre|nos mot7",
        "notre|nos mot12",
        "notre ?vraie culture",
        "notre * mission",
        "notre adn",
        "nos",
    }
