"""Engine guards around lexicon matches (rules/lexical.py), with the bundled lexicons."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.build_lexicons import any_possessive
from brandjournal.analysis.patterns import compile_pattern
from brandjournal.domain import Profile


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze(text, Profile()).flags if f.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Hot take: Perhaps we hired too fast.", "Perhaps"),  # a capital after a colon is not a name
        ("Update (Apparently the build is green again).", "Apparently"),
        ("Il viendra peut-être demain.", "peut-être"),
        ("Peut être. On verra bien.", "Peut être"),  # the adverb without its hyphen, alone
    ],
)
def test_hedges_after_a_break_or_without_hyphen_are_found(text: str, evidence: str) -> None:
    assert evidence in _found(text, "hedge")


@pytest.mark.parametrize(
    "text",
    [
        "Le formulaire peut être rempli en ligne jusqu'à vendredi.",  # the verb pouvoir + être
        "Ce stage peut être une bonne porte d'entrée.",
    ],
)
def test_the_verb_peut_etre_is_not_the_adverb(text: str) -> None:
    assert not [e for e in _found(text, "hedge") if e.lower().startswith("peut")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On doit prendre action rapidement.", "fr"),  # no article: the conjugated verbs say French
        ("On va en parler demain.", "fr"),
        ("We met at the font shop on Monday.", "en"),  # "met" and "font" are English words too
        ("Quel moment incroyable.", "fr"),  # an exclamation alone, no article, no verb
        ("Quelle semaine !", "fr"),
    ],
)
def test_short_sentences_without_articles_get_their_language(text: str, language: str) -> None:
    assert analyze(text, Profile()).language == language


def test_a_phrase_written_with_commas_matches_across_commas() -> None:
    text = "We hire people who are humble, hungry, smart."
    assert "humble, hungry, smart" in _found(text, "jargon")
    assert _found("We push, the envelope is sealed.", "jargon") == []  # a comma still breaks other phrases


def test_context_words_are_flagged_only_among_other_buzzwords() -> None:
    dense = "We leverage synergies and unlock value for every stakeholder on our platform."
    flags = {dense[f.start : f.end]: f for f in analyze(dense, Profile()).flags}
    assert flags["platform"].rule == "jargon.en.ctx_platform_words"
    assert flags["platform"].severity.value == "info"
    assert "already dense with corporate wording" in flags["platform"].message
    plain = "I missed the train because the platform was closed for repairs."
    assert _found(plain, "jargon") == []
    assert _found("Le quai de la plateforme était fermé, j'ai raté le train.", "jargon") == []


def test_french_inclusive_writing_matches_and_keeps_its_whole_span() -> None:
    text = "Nos consultant·e·s sont passionné·es par la synergie."
    assert "passionné·es par" in _found(text, "peacock")
    assert "synergie" in _found(text, "jargon")


def test_an_acronym_in_mid_sentence_is_not_a_name() -> None:
    assert "OKRs" in _found("On a enfin posé nos OKRs pour le trimestre.", "jargon")


def test_a_context_hedge_counts_only_among_other_hedges() -> None:
    hedged = "It could be argued that, to some extent, the results are probably better."
    assert "probably" in _found(hedged, "hedge")
    assert _found("We will probably take the 8:10 train on Friday.", "hedge") == []
    dense_jargon = "We leverage synergies to unlock value and will probably ship in May."
    assert "probably" not in _found(dense_jargon, "hedge")  # buzzwords do not make a hedge family dense


def test_numero_with_a_degree_sign_is_one_phrase() -> None:
    """ "n°1" is "numéro 1": the degree sign joins the words as a hyphen would (puffery "le n°1 du marché")."""
    assert _found("Nous sommes le n°1 du marché.", "peacock") == ["le n°1 du"]
    assert _found("Nous sommes le n° 1 du marché.", "peacock") == ["le n° 1 du"]
    assert _found("Il fait 25°C dehors.", "peacock") == []


def test_english_contractions_are_not_french_elisions() -> None:
    """ "let's" holds an "s" after the apostrophe (English); French elides before it ("s'il"): an English
    sentence is not read as mixed, and the French lexicon stays out of it ("next" is French office slang)."""
    report = analyze("Let's circle back next week.", Profile())
    assert report.language == "en"
    assert [f.rule for f in report.flags] == ["jargon.en.circle_back"]
    assert analyze("S'il pleut, d'accord, on reste.", Profile()).language == "fr"


def test_context_buzzwords_need_other_buzzwords_not_puffery() -> None:
    """An effusive post is not a jargon post: "platform" shows among buzzwords, not among superlatives."""
    effusive = "Incredibly proud and deeply humbled: our world-class team built this platform."
    assert "platform" not in _found(effusive, "jargon")
    assert len(_found(effusive, "peacock")) == 3
    corporate = "We leverage synergies and unlock value for every stakeholder on our platform."
    assert "platform" in _found(corporate, "jargon")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Our three priorities:\n3️⃣ Reskilling our people", "Reskilling"),  # a keycap bullet
        ("What I learnt:\n🚀 Leverage your network early", "Leverage"),  # an emoji bullet
    ],
)
def test_a_capital_after_an_emoji_bullet_is_a_line_start_not_a_name(text: str, evidence: str) -> None:
    assert evidence in _found(text, "jargon")


def test_a_capitalised_name_in_mid_line_after_an_emoji_stays_a_name() -> None:
    assert _found("We had lunch with the founders 🙂 and Leverage Inc. paid.", "jargon") == []


def test_context_words_need_one_firm_match_of_their_kind_per_hundred_words() -> None:
    short = "We leverage our platform to reach new readers."
    assert _found(short, "jargon") == ["leverage", "platform"]
    # the same sentence at the end of a long, plain account: one buzzword in over a hundred words is not dense
    story = "I drove to the depot at six, loaded forty boxes of apples and pears, and went round the villages. " * 5
    assert _found(story + short, "jargon") == ["leverage"]


def test_a_possessive_in_a_jargon_pattern_stands_for_any_possessive() -> None:
    """The lexicon says "own your narrative" and "sortir de sa zone de confort"; whose it is does not matter."""
    assert _found("We want to own our narrative this year.", "jargon") == ["own our narrative"]
    assert _found("Ils ont dû sortir de leur zone de confort.", "jargon") == ["sortir de leur zone de confort"]


def test_only_unambiguous_possessives_widen_a_pattern() -> None:
    def widened(pattern: str, lang: str) -> list[str]:
        return [packed for slot in any_possessive(compile_pattern(pattern, lang), lang) for packed in slot[2][0]]

    assert widened("own your story", "en")[1] == "|her|his|its|my|our|their|your|"
    french = "|leur|leurs|ma|mes|mon|nos|notre|sa|ses|son|ta|tes|ton|vos|votre|"
    assert widened("libérer son potentiel", "fr")[1] == french
    assert widened("give her a voice", "en")[1].startswith("|her|hered|")  # "her" may be a pronoun: left as written
    assert "|ma|" not in widened("leur donner la parole", "fr")[0]  # "leur donner": a pronoun, left as written


def test_a_word_after_a_symbol_in_a_pattern_is_found() -> None:
    """ "test & learn": the "&" keeps the two words from forming an index pair, so the pattern is looked up by its
    first word."""
    assert _found("On avance en test & learn sur ce projet.", "jargon") == ["test & learn"]


def test_a_possessive_written_exact_stays_as_written() -> None:
    """ "make =your mark" is the hiring cliché; "make my mark" in wet cement is not."""
    assert _found("Come and make your mark in a fast-growing team.", "jargon") == ["make your mark"]
    assert _found("I wrote my name in the wet cement to make my mark on the new path.", "jargon") == []
