"""Intention mismatches (compatibility matrix) and the detected kind (fixture lexicons)."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.lexicons import Cue
from brandjournal.analysis.rules.intention import conflicts
from brandjournal.domain import FlagKind, Intention, IntentionKind, Profile

K = IntentionKind


def mismatches(report):
    return [(f.text, f.rule) for f in report.flags if f.kind is FlagKind.INTENTION_MISMATCH]


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (
            K.SHARE,
            "I learned a lot this week. DM me for details.",
            [("DM me for details.", "intention.promote.call_to_action")],
        ),
        (
            K.ASK,
            "How do you plan sprints? Book a call with me.",
            [("Book a call with me.", "intention.promote.call_to_action")],
        ),
        (
            K.SHARE,
            "Thrilled to announce my new role.",
            [("Thrilled to announce my new role.", "intention.announce.announcement")],
        ),
        (
            K.CELEBRATE,
            "Bravo to Ana! 20% discount this week.",
            [("20% discount this week.", "intention.promote.sales")],
        ),
        (
            K.SHARE,
            "J'ai appris beaucoup. Lien en commentaire.",
            [("Lien en commentaire.", "intention.promote.call_to_action")],
        ),
        (
            K.ASK,
            "Fier d'annoncer notre levée. Des conseils ?",
            [("Fier d'annoncer notre levée.", "intention.announce.self_praise")],
        ),
        (K.SHARE, "What a week. What do you think?", []),  # an "ask" cue is compatible with share
        (K.PROMOTE, "DM me for a discount.", []),  # everything is compatible with promote
        (K.ANNOUNCE, "Proud to announce our launch. DM me!", [("DM me!", "intention.promote.call_to_action")]),
        (
            K.INFORM,
            "Thrilled to announce the new rules.",
            [("Thrilled to announce the new rules.", "intention.announce.announcement")],
        ),
        (K.CELEBRATE, "Proud to announce that Ana won. Thank you!", []),
        (K.ANNOUNCE, "Proud to announce our launch. Limited offer!", [("Limited offer!", "intention.promote.sales")]),
        (K.CELEBRATE, "Huge thanks to the whole team.", []),
        (None, "DM me for details.", []),  # nothing declared, nothing contradicted
        (K.ASK, "Which tool do you use? Reply here or DM me.", []),  # an invitation to answer
        (
            K.ASK,
            "Which tool do you use? DM me for a discount.",
            [("DM me for a discount.", "intention.promote.call_to_action")],
        ),
    ],
)
def test_mismatch(lex, kind, text, expected):
    report = analyze(text, Profile(), Intention("", kind), lexicons=lex)
    assert mismatches(report) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get 20% off today.", ["« 20% off »"]),
        ("We switched it off.", []),  # "% off" needs the percent sign
        ("Sign up now.", ["« Sign up »"]),
        ("I signed up 12 volunteers.", []),  # cues are formulas: no verb inflection
    ],
)
def test_cue_symbols_and_no_verb_forms(lex, text, expected):
    report = analyze(text, Profile(), Intention("", K.SHARE), lexicons=lex)
    assert [f.message.split(" reads as")[0].split("but ")[1] for f in report.flags] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bravo Tom! Shop our new collection today.", ["Shop our new collection today."]),
        ("Bravo Léa ! Réservez la pose de votre cuisine.", ["Réservez la pose de votre cuisine."]),
        ("Book club was fun tonight.", []),  # "Book" without a determiner is not an offer
        ("Thanks to everyone who came to shop our stand.", []),  # only at the start of a sentence
    ],
)
def test_builtin_offer_imperative(lex, text, expected):
    report = analyze(text, Profile(), Intention("", K.CELEBRATE), lexicons=lex)
    assert [f.text for f in report.flags] == expected
    assert all(f.rule == "intention.promote.sales" for f in report.flags)


def test_message_names_declared_and_detected_kind(lex):
    report = analyze("DM me for a discount.", Profile(), Intention("", K.SHARE), lexicons=lex)
    assert report.detected_kind is K.PROMOTE
    assert report.flags[0].message == (
        "You declared a « share » post, but « DM me », « discount » reads as a call to action (a « promote » post); "
        "this post reads as « promote »."
    )
    fr = analyze("DM me for a discount.", Profile(), Intention("", K.SHARE), lexicons=lex, ui_lang="fr")
    assert fr.flags[0].message == (
        "Vous avez déclaré un post « partage », mais « DM me », « discount » relève de l'appel à l'action "
        "(post « promotion ») ; ce post se lit comme « promotion »."
    )


@pytest.mark.parametrize(
    ("text", "intention", "detected"),
    [
        ("Huge thanks to Maya and Tom for the launch.", "", K.CELEBRATE),
        ("Thrilled to announce that I am joining Acme.", "", K.ANNOUNCE),
        ("DM me. Book a call. Limited offer.", "", K.PROMOTE),
        ("I failed my first audit last year.", "", K.SHARE),  # first person, no cue
        ("The new law applies from May.", "", K.INFORM),  # no cue, no first person
        ("Quick one today.", "ask my network for advice", K.ASK),  # free-text intention
        ("Une journée comme les autres.", "remercier l'équipe", K.CELEBRATE),
        ("Which tool? Which vendor? Which budget?", "", K.ASK),  # several questions
    ],
)
def test_detected_kind(lex, text, intention, detected):
    assert analyze(text, Profile(), Intention(intention), lexicons=lex).detected_kind is detected


def test_matrix_rules():
    cta_promote = Cue("dm", "promote", "call_to_action", "en")
    cta_ask = Cue("wdyt", "ask", "call_to_action", "en")
    assert conflicts("share", cta_promote)
    assert not conflicts("share", cta_ask)
    assert not conflicts("promote", cta_promote)
    assert conflicts("inform", Cue("x", "promote", "sales", "en"))
    assert not conflicts("announce", Cue("x", "announce", "announcement", "en"))
    assert conflicts("announce", Cue("x", "ask", "question", "en"))
    assert not conflicts("celebrate", Cue("x", "announce", "announcement", "en"))
