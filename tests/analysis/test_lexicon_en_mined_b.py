"""English corporate-speak mined from the mining sets, second share (resources/lexicons/en/jargon.mined_b.toml, ids
``mb_*``).

Every sentence was written for this test (none comes from a corpus). Each flagged sentence must get a jargon flag
whose evidence is exactly the expected text, from the expected rule and severity. Entries of severity "context"
are tested inside a post that already carries firm buzzwords ("leverage synergies", "move the needle"), since the
engine shows them only there. Each near-miss uses the same words in their literal or ordinary sense (a whale at
sea, a pilot's co-pilot, a castle's moat, a car park, the muscles of a runner) and must get no jargon, peacock or
hedge flag at all.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

DENSE = "We leverage synergies to move the needle this quarter. "

# (sentence, evidence, rule id, severity); a "context" entry, once shown, is reported with severity "info".
FLAGGED = [
    ("Our new hires get talk tracks and battle cards on day one.", "talk tracks", "mb_sales_enablement", "info"),
    ("Every rep had to smile and dial for two hours each morning.", "smile and dial", "mb_sales_slang", "info"),
    ("Our sellers are coin-operated, so the comp plan decides everything.", "are coin-operated", "mb_sales_slang",
     "info"),
    ("We stopped rewarding pulled-forward deals in December.", "pulled-forward deals", "mb_sales_slang", "info"),
    ("After a big quarter, it is time to rebuild the pipeline.", "rebuild the pipeline", "mb_sales_slang", "info"),
    ("They bagged another whale in March, a five-year deal.", "bagged another whale", "mb_whale_hunt", "info"),
    ("Every investor keeps asking about our AI play.", "AI play", "mb_strategic_play", "info"),
    ("We back founders with earned secrets about logistics.", "earned secrets", "mb_vc_talk", "info"),
    ("We pay top-of-market salaries and offer four-day weeks.", "pay top-of-market", "mb_top_of_market", "info"),
    ("Engineers here get radical autonomy over their roadmap.", "radical autonomy", "mb_radical_x", "info"),
    ("My big rock for Q3 is the billing migration.", "big rock for Q3", "mb_big_rocks", "info"),
    ("Our retro had become pure alignment theatre.", "alignment theatre", "mb_theatre", "info"),
    ("The plan is to ship a thin slice by Friday.", "ship a thin slice", "mb_thin_slice", "info"),
    ("Fixing onboarding was the highest-leverage work we did all year.", "highest-leverage work",
     "mb_highest_leverage", "info"),
    ("These are the levers we pulled to grow margin.", "levers we pulled", "mb_levers", "info"),
    ("Referrals became our retention engine.", "retention engine", "mb_engines", "info"),
    ("Keep shipping small fixes; the compounding does the rest.", "compounding does the rest", "mb_compounding",
     "info"),
    ("The agency rewrote our brand essence in one afternoon.", "brand essence", "mb_brand_talk", "info"),
    ("We redesigned the moments that matter for new joiners.", "redesigned the moments that matter",
     "mb_moments_that_matter", "info"),
    ("Before you build, ask: is this a painkiller or a vitamin?", "painkiller or a vitamin", "mb_painkiller",
     "info"),
    ("Our managers are coached to show up with intention in one-to-ones.", "show up with intention", "mb_show_up",
     "info"),
    ("We want to build curiosity into our DNA.", "into our DNA", "mb_dna", "info"),
    ("This year we built real hiring muscle.", "hiring muscle", "mb_muscle", "info"),
    ("Join us: a family, not just a team.", "a family, not just a team", "mb_family_not_team", "info"),
    ("Our motto: work hard, play hard.", "work hard, play hard", "mb_work_hard_play_hard", "info"),
    ("Most banks bolt on new tools and change nothing else.", "bolt on new tools", "mb_bolt_on", "info"),
    ("The money will help us double our engineering footprint.", "double our engineering footprint",
     "mb_footprint", "info"),
    ("The bridge shows what collaborative delivery can achieve.", "collaborative delivery", "mb_collab_delivery",
     "info"),
    ("The rationalisation programme closed two of our sites.", "rationalisation programme", "mb_rationalise",
     "info"),
    ("The pilot showed a 12% productivity uplift.", "productivity uplift", "mb_productivity_uplift", "info"),
    ("Fourteen months, nine stakeholders aligned, two procurement rounds.", "stakeholders aligned",
     "mb_stakeholders_aligned", "info"),
    ("In this role you will own the customer relationship.", "own the customer relationship", "mb_own_the_x",
     "info"),
    ("We lost the client, and we are calling it a learning opportunity.", "calling it a learning opportunity",
     "mb_learning_opportunity", "info"),
    ("A chatbot on top of a CRUD app is not a moat.", "not a moat", "mb_moat", "info"),
    ("I need to get out of the weeds and hire a second manager.", "get out of the weeds", "mb_weeds", "info"),
    ("We launched an AI sales co-pilot for small agencies.", "sales co-pilot", "mb_co_pilot", "info"),
    # context entries, inside a post that is already dense with jargon
    (DENSE + "Quality conversations matter more than volume.", "Quality conversations", "mb_sales_ctx", "info"),
    (DENSE + "Feedback? It's a muscle.", "It's a muscle", "mb_muscle_ctx", "info"),
    (DENSE + "Anything else goes to the parking lot.", "goes to the parking lot", "mb_parking_lot_ctx", "info"),
    (DENSE + "Our brand is the real moat.", "is the real moat", "mb_moat_ctx", "info"),
    (DENSE + "It was a real whale: three years, two regions.", "real whale", "mb_moat_ctx", "info"),
    (DENSE + "Culture is how you show up when nobody is watching.", "how you show up", "mb_show_up_ctx", "info"),
    (DENSE + "Engaged employees stay longer.", "Engaged employees", "mb_engaged_employees_ctx", "info"),
    (DENSE + "The macro picture is hard, but we're built for this.", "we're built for this", "mb_built_for_this_ctx",
     "info"),
]

# Literal or ordinary uses of the same words: no surface flag at all.
PLAIN = [
    "Off the coast of Skye we watched a whale surface twice.",
    "The co-pilot took over when the captain felt unwell.",
    "The castle still has a moat, full of ducks.",
    "I left the car in the parking lot behind the library.",
    "Sprinters train every muscle in the leg, not just the calf.",
    "We sat in the theatre for three hours and loved every minute.",
    "Cut me a thin slice of the lemon cake, please.",
    "The signal box has six levers and one of them is stuck.",
    "Interest on the savings account compounds monthly.",
    "We are a family of four and we live near the river.",
    "The gardener spent the morning pulling out the weeds.",
    "The mechanic had to bolt on a new exhaust bracket.",
    "Our big dog sleeps by the big rock at the end of the garden.",
    "The hospital lab sequenced the DNA of the virus.",
    "The trip to the museum was a learning opportunity for the children.",
    "The paper shows how viruses insert genes into their DNA.",
    "The data play a small part in the final model.",
    "The engine of the old van finally gave up on the motorway.",
    "He likes to show up early at the bakery on Saturdays.",
    "My daughter plays in the school play next week.",
    "We bought the house at the top of the market, sadly.",
    "The guide told us to follow the path past the long tail of the lake.",
]


@pytest.mark.parametrize(("text", "evidence", "rule", "severity"), FLAGGED)
def test_mined_b_phrase_is_flagged(text: str, evidence: str, rule: str, severity: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.en.{rule}", severity=severity)


@pytest.mark.parametrize("text", PLAIN)
def test_literal_near_miss_is_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_entry_stays_silent_in_a_plain_post() -> None:
    """A context entry on its own, in a sincere post, shows nothing."""
    assert_no_surface_flag("Engaged employees stay longer, and our nurses told us why.")
