"""English corporate-speak families mined from hand-marked posts (resources/lexicons/en/jargon.mined_a.toml, ids
``ma_*``).

Every sentence was written for this test (none comes from a corpus). Each flagged sentence must get a jargon flag
whose evidence is exactly the expected text, from the expected rule and severity. Each near-miss uses the same
words in their ordinary sense (a whale that surfaces, a house pre-wired for a charger, a play staged in the round,
carrots cut into bite-sized pieces) and must get no jargon, peacock or hedge flag at all. Context entries are
tested inside a sentence that also has firm buzzwords, since they are shown only in such posts.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule id without the "jargon.en." prefix, severity)
FLAGGED = [
    ("Please surface blockers in the Monday call so nobody is stuck.", "surface blockers", "ma_surface_issues", "info"),
    ("We will consolidate our UK manufacturing footprint into one plant.",
     "consolidate our UK manufacturing footprint", "ma_footprint", "info"),
    ("We transitioned 25 roles to the shared service centre.", "transitioned 25 roles", "ma_transition_roles",
     "info"),
    ("This decision is not a reflection on the dedication of our team.", "not a reflection on the dedication",
     "ma_layoff_euphemism", "info"),
    ("Some roles will be in scope of the review.", "roles will be in scope", "ma_layoff_euphemism", "info"),
    ("We're flattening layers and widening spans of control.", "flattening layers and widening spans",
     "ma_layoff_euphemism", "info"),
    ("From today we are evolving our pricing.", "evolving our pricing", "ma_price_rise", "info"),
    ("We take these allegations extremely seriously.", "take these allegations extremely seriously",
     "ma_take_seriously", "info"),
    ("We continue to invest behind our core brands.", "invest behind our", "ma_invest_behind", "info"),
    ("Despite a challenging trading environment, sales held up.", "challenging trading environment",
     "ma_trading_environment", "info"),
    ("Two chapter leads met the guild leads on Friday.", "guild leads", "ma_spotify_roles", "info"),
    ("Could you add some colour on the Q3 numbers?", "Could you add some colour", "ma_meeting_speak", "info"),
    ("Let's stop admiring the problem and fix the printer.", "admiring the problem", "ma_meeting_speak", "info"),
    ("Let's look at it in the round before deciding.", "in the round", "ma_meeting_speak", "info"),
    ("What does good look like for this team next year?", "What does good look like", "ma_meeting_speak", "info"),
    ("We spent a month mapping the as-is before the redesign.", "as-is", "ma_as_is", "info"),
    ("We stress-tested every assumption in the business case.", "stress-tested every assumption", "ma_stress_test",
     "info"),
    ("She will champion a customer-first culture across sales.", "champion a customer-first culture",
     "ma_champion_culture", "info"),
    ("The lighthouse plant will show the other plants how it is done.", "lighthouse plant", "ma_lighthouse", "info"),
    ("This is an opportunity to reset our people strategy.", "reset our people strategy", "ma_reset_strategy",
     "info"),
    ("Tuesday and Thursday are anchor days for everyone.", "anchor days", "ma_wellbeing_programme", "info"),
    ("Staff will get bite-sized modules instead of long courses.", "bite-sized modules", "ma_learning_speak", "info"),
    ("We had a zero-waste mindset at the festival.", "zero-waste mindset", "ma_mindset_compounds", "info"),
    ("We're moving from payer to partner.", "from payer to partner", "ma_transactional", "info"),
    ("Each week we deliver positive activities for young people.", "deliver positive activities",
     "ma_community_outputs", "info"),
    ("We agreed a performance trajectory for the ward.", "performance trajectory", "ma_nhs_speak", "info"),
    ("The aid debate is all about the localisation agenda.", "localisation agenda", "ma_aid_sector", "info"),
    ("The library will move to a community-managed model.", "community-managed model", "ma_library_closure",
     "info"),
    ("Our flex-on-core model gives occupiers more room.", "flex-on-core", "ma_property_speak", "info"),
    ("She advises on bet-the-company litigation.", "bet-the-company litigation", "ma_legal_speak", "info"),
    ("Every site manager bought into the vision.", "bought into the vision", "ma_land_well", "info"),
    ("Lunch was full of agripreneurs.", "agripreneurs", "ma_preneur", "info"),
    ("We hit our cost-out target.", "our cost-out", "ma_cost_speak", "info"),
    ("We are not complacent, and we know we have more to do.", "know we have more to do", "ma_take_seriously",
     "info"),
    ("Our insurtech squad rebuilt the claims form.", "insurtech squad", "ma_spotify_roles", "info"),
    ("The closure impacts 80 loyal colleagues in Leeds.", "impacts 80 loyal colleagues", "ma_layoff_euphemism",
     "info"),
    ("I'm copying you for visibility.", "for visibility", "ma_meeting_speak", "info"),
    ("We will consolidate our two warehouses next year.", "consolidate our two warehouses", "ma_footprint", "info"),
    ("The programme ran on cash-based programming in three districts.", "cash-based programming", "ma_aid_sector",
     "info"),
    # context entries, inside a post that already has firm buzzwords (shown as information)
    ("We leverage synergies across the portfolio, and the review surfaced two gaps.", "surfaced", "ma_surface_ctx",
     "info"),
    ("We leverage synergies across 14 tribes.", "tribes", "ma_spotify_ctx", "info"),
    ("We leverage synergies and need to reset before Q3.", "reset", "ma_reset_ctx", "info"),
    ("We leverage synergies with plenty of headroom.", "headroom", "ma_headroom_ctx", "info"),
    ("We leverage synergies, but we parked the people piece until after the reorg.", "the people piece", "ma_piece",
     "info"),
    ("We leverage synergies, and the rota landed well with the nurses.", "landed well with", "ma_land_well_ctx",
     "info"),
]

NOT_FLAGGED = [
    "The divers watched the whale surface near the boat.",
    "The role of the teacher changed over 40 years.",
    "His painting is a reflection on grief.",
    "We changed our prices on 1 March: the basic plan now costs 9 pounds.",
    "The castle was well positioned on the hill.",
    "The river tribes met in spring.",
    "We added some colour to the kitchen walls.",
    "The electrician will pre-wire the house for an EV charger.",
    "We watched a play in the round at the local theatre.",
    "I bought the old bike as-is from a neighbour.",
    "I bought a piece of cake.",
    "We walked to the lighthouse at dawn.",
    "I need to reset my router.",
    "The ship dropped anchor two days ago.",
    "Cut the carrots into bite-sized pieces.",
    "We sell to clients first, then to distributors.",
    "I give back to my village by running the food bank.",
    "The sky was blue all afternoon.",
    "The plane landed well in the wind.",
    "The cost of the bus fare rose again.",
    "The review surfaced two gaps in the fence.",
    "The roof had no headroom for a loft bed.",
    "Cyclists wear bright jackets for visibility at night.",
    "The farmer sold a steer at the market.",
    "The new road surface issues are being fixed by the council.",
    "The first chapter leads the reader into the forest.",
    "The airline uses a hub-and-spoke model of routes.",
    "The lighthouse keeper retired, and the lighthouse site is now a museum.",
    "I sold the car as-is, and the as-is price was fair.",
    "I read the learning piece in the Guardian.",
    "We take these complaints seriously and answer each one within a day.",
    "Positive activities like football help kids.",
    "The readiness programme for school starters runs in August.",
    "We want greater visibility across the junction for cyclists.",
    "There is more to do on the allotment before winter.",
    "Our squad trained hard for the cup final.",
    "I am committed to learning from my mistakes.",
    "The storm will impact travel across the north.",
    "The joke landed well with the nurses.",
    "Flatten layers in the editor before you export the image.",
    "Teachers build resilience in children by letting them try again.",
    "We take care of the future of our orchard.",
]


@pytest.mark.parametrize(("text", "evidence", "rule", "severity"), FLAGGED)
def test_mined_family_is_flagged(text: str, evidence: str, rule: str, severity: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.en.{rule}", severity=severity)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_literal_sense_is_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
