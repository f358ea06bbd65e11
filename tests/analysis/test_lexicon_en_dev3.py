"""English jargon families added after the dev3 round (resources/lexicons/en/jargon.sectors.toml, ids ``d3_*``).

Each positive sentence was written for this test (none comes from a corpus): consulting verbs (stand up, pre-wire),
kitchen metaphors (bake into), self-serve and "centre" talk, hospitality and arts marketing (elevated, curated,
activations), research-impact formulas, restructuring euphemisms, sales shorthand (logos), office capacity idioms
(cycles, ping, action the points), fintech bundling, HR reward programmes, brand-agency talk, IT estate words and
career-coach formulas. Each must get a jargon flag whose evidence is exactly the expected text, from the expected
rule. The plain sentences use the same words literally (a cake baked at home, raised blood levels, a logo on a van,
a washing machine cycle, wheels spinning in mud, a property estate) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule); every expected flag is of kind "jargon".
FLAGGED = [
    ("We stood up a taskforce to look at winter pressures.", "stood up a", "jargon.en.d3_stand_up_and_prewire"),
    ("Please pre-wire the steering group before Thursday's vote.", "pre-wire the steering",
     "jargon.en.d3_stand_up_and_prewire"),
    ("We have baked that into every induction since March.", "baked that into", "jargon.en.d3_bake_in"),
    ("The new tool lets managers self-serve reporting on absence.", "self-serve reporting",
     "jargon.en.d3_self_serve_and_centre"),
    ("Our trustees centre lived experience in every grant decision.", "centre lived experience",
     "jargon.en.d3_self_serve_and_centre"),
    ("The pub reopens with an elevated brunch on Sundays.", "elevated brunch", "jargon.en.d3_hospitality_elevated"),
    ("Our guest experience team now answers every review.", "guest experience",
     "jargon.en.d3_hospitality_elevated"),
    ("We will run pop-up activations at three stations in May.", "pop-up activations",
     "jargon.en.d3_hospitality_elevated"),
    ("Our chef is proud of the hyper-local sourcing behind the new menu.", "hyper-local sourcing",
     "jargon.en.d3_hospitality_elevated"),
    ("The grant will fund translational outcomes for dairy farmers.", "translational outcomes",
     "jargon.en.d3_research_translation"),
    ("We are reshaping the organisation around three regions.", "reshaping the organisation",
     "jargon.en.d3_restructure_speak"),
    ("We will support everyone impacted by these changes.", "impacted by these changes",
     "jargon.en.d3_restructure_speak"),
    ("We right-sized the workforce after the merger.", "right-sized the workforce",
     "jargon.en.d3_restructure_speak"),
    ("Our reps run a discovery-led process with every buyer.", "discovery-led", "jargon.en.d3_sales_motion"),
    ("We stopped chasing logos and started helping small firms.", "chasing logos", "jargon.en.d3_sales_motion"),
    ("Sorry, I don't have the cycles for a new project this month.", "don't have the cycles",
     "jargon.en.d3_capacity_idioms"),
    ("Without a plan you'll keep spinning your wheels.", "spinning your wheels", "jargon.en.d3_capacity_idioms"),
    ("The team will action the recommendations by Friday.", "action the recommendations",
     "jargon.en.d3_capacity_idioms"),
    ("Retail banking is being rebundled around the app.", "rebundled", "jargon.en.d3_fintech_bundling"),
    ("Our embedded payments product launches in Spain next year.", "embedded payments",
     "jargon.en.d3_fintech_bundling"),
    ("We rewrote our total rewards statement for every employee.", "total rewards statement",
     "jargon.en.d3_reward_and_people"),
    ("Our agency helped the bakery find its why.", "find its why", "jargon.en.mission_vision"),
    ("The council is moving its legacy estate to new servers.", "legacy estate", "jargon.en.d3_legacy_estate"),
    ("We rationalised 40 applications in the first year.", "rationalised 40 applications",
     "jargon.en.d3_legacy_estate"),
    ("Most graduates network their way into their first job.", "network their way into",
     "jargon.en.d3_career_coach"),
    ("The board approved an operating model redesign in June.", "operating model redesign",
     "jargon.en.d3_restructure_more"),
    ("Our gallery wants to diversify its audiences next year.", "diversify its audiences",
     "jargon.en.d3_arts_audiences"),
    ("The project promises evidence-informed practice in every ward.", "evidence-informed practice",
     "jargon.en.d3_research_more"),
    ("We back venture-backable founders in Leeds.", "venture-backable", "jargon.en.d3_vc_terms"),
    ("Our new people analytics tool reports absence by team.", "people analytics",
     "jargon.en.d3_people_culture_more"),
    ("Can we get something on the calendar for next week?", "get something on the calendar",
     "jargon.en.d3_capacity_more"),
    ("Our deal desk approves every discount above 10 percent.", "deal desk", "jargon.en.d3_sales_more"),
    ("The council is moving to outcome-based commissioning for home care.", "outcome-based commissioning",
     "jargon.en.d3_public_health_more"),
    ("Our new hotel is a provenance-led dining destination.", "provenance-led", "jargon.en.d3_hospitality_more"),
]  # fmt: skip

PLAIN = [
    "We baked a lemon cake for her birthday and ate it in the garden.",
    "The doctor said his blood pressure was elevated after the long drive.",
    "The van still has the old bakery logo painted on the side.",
    "The washing machine ran three cycles before the towels came out clean.",
    "The car was stuck in the mud with its wheels spinning for an hour.",
    "The old estate behind the church has a walled garden open on Sundays.",
    "She stood up and walked to the window to watch the snow.",
    "The hotel guest left a book in room 12, and we posted it back to her.",
    "The electrician will wire the new kitchen before the plasterer comes.",
    "The film was shot in the centre of Glasgow over six weeks.",
    "My son told me he had a headache and went to bed early.",
    "We paid the plumber and he fixed the boiler in an hour.",
    "The band played to new audiences in three towns this summer.",
    "I press the left shift key twice by mistake when I type fast.",
    "The automatic door opener at the surgery is broken again.",
    "He hit a lovely wedge onto the green at the last hole.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FLAGGED)
def test_dev3_family_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=rule)


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
