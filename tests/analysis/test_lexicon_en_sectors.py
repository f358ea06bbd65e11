"""English sector vocabularies in the jargon lexicon (resources/lexicons/en/jargon.sectors.toml, ids ``sec_*``).

Each positive sentence was written for this test (none comes from a corpus) and uses the trade talk of one sector:
councils and the public sector, the NHS, schools and universities, research funding, charities and funders, law
and professional firms, shops, restaurants and hotels, sales and bid teams, HR, marketing and comms agencies,
investors, property and construction, museums, logistics, tech and coaching. Each must get a jargon flag whose
evidence is exactly the expected text, from the expected rule. The plain sentences use the literal sense of the
words these entries are built from (pea pods, a builder, a waterfall that cascades, a food offer at the
supermarket, members who experience delays, staff who voice concerns): they must get no jargon, peacock or hedge
flag at all.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule); every expected flag is of kind "jargon" and severity "info".
FLAGGED = [
    ("Our task and finish group will report back to cabinet in March.", "task and finish group",
     "jargon.en.sec_public_idioms"),
    ("Wraparound support for care leavers starts in every district from April.", "Wraparound support",
     "jargon.en.sec_public_idioms"),
    ("Next year the council will launch a new cultural offer for families in the north of the borough.",
     "cultural offer", "jargon.en.sec_public_offer"),
    ("We are putting residents at the heart of our new housing plan.", "residents at the heart of",
     "jargon.en.sec_public_idioms"),
    ("The children's services team will deliver the skills agenda with three colleges.", "skills agenda",
     "jargon.en.sec_public_agenda"),
    ("Every ward now runs a just culture review after an incident.", "just culture", "jargon.en.sec_health_system"),
    ("We want care closer to home for people with long-term conditions.", "care closer to home",
     "jargon.en.sec_health_system"),
    ("We listened to the patient voice before changing visiting hours.", "patient voice",
     "jargon.en.sec_health_system"),
    ("Our apprentices become work-ready graduates in two years.", "work-ready graduates", "jargon.en.sec_education"),
    ("We moved from bench to bedside in four years.", "bench to bedside", "jargon.en.sec_research_impact"),
    ("We believe in trust-based philanthropy and multi-year grants.", "trust-based philanthropy",
     "jargon.en.sec_charity_funding"),
    ("Our lawyers are trusted advisers to family businesses.", "trusted advisers",
     "jargon.en.sec_professional_services"),
    ("We offer pragmatic, commercial advice to founders.", "pragmatic, commercial advice",
     "jargon.en.sec_professional_services"),
    ("Think of us as an extension of your team.", "an extension of your team", "jargon.en.sec_professional_services"),
    ("We need to value-engineer the cladding to stay on budget.", "value-engineer", "jargon.en.sec_consulting_moves"),
    ("The new store is an experiential flagship with a coffee bar.", "experiential flagship",
     "jargon.en.sec_retail_hospitality"),
    ("Our curated moments for members include a wine tasting each month.", "curated moments",
     "jargon.en.sec_retail_hospitality"),
    ("I manage a book of named accounts in the north.", "book of named accounts", "jargon.en.sec_sales_revops"),
    ("Our new talent marketplace matches nurses to short projects.", "talent marketplace",
     "jargon.en.sec_people_culture"),
    ("We need brand affinity before we spend on search.", "brand affinity", "jargon.en.sec_marketing_brand"),
    ("Our hero video for the launch goes live on Monday.", "hero video", "jargon.en.sec_marketing_brand"),
    ("The new fund will deploy capital into seed-stage climate startups.", "deploy capital",
     "jargon.en.sec_finance_vc"),
    ("Consistency compounds, so post every day.", "Consistency compounds", "jargon.en.sec_finance_vc"),
    ("The scheme is a culture-led regeneration of the old docks.", "culture-led regeneration",
     "jargon.en.sec_property_construction"),
    ("Our contractor has a zero harm culture on every site.", "zero harm culture",
     "jargon.en.sec_property_construction"),
    ("The museum is a cultural anchor for the high street.", "cultural anchor", "jargon.en.sec_arts_culture"),
    ("Touchless fulfilment cut our picking errors by half.", "Touchless fulfilment", "jargon.en.sec_logistics"),
    ("This migration lays the foundation for our next product.", "lays the foundation for our",
     "jargon.en.sec_tech_product"),
    ("We moved our whole tech estate to the cloud in 18 months.", "tech estate", "jargon.en.sec_tech_product"),
    ("Self-care isn't selfish, so I take Fridays off.", "Self-care isn't selfish", "jargon.en.sec_coach_selfhelp"),
    ("We mapped the whole donor journey from first gift to legacy.", "donor journey",
     "jargon.en.sec_journeys_and_experiences"),
    ("Our tenant experience team answers every call within a day.", "tenant experience",
     "jargon.en.sec_journeys_and_experiences"),
    ("Our new hotel is a destination restaurant with rooms.", "destination restaurant",
     "jargon.en.sec_journeys_and_experiences"),
    ("Our farm-to-table menu changes every week.", "farm-to-table", "jargon.en.sec_journeys_and_experiences"),
    ("Hospitality is a people business, and our new rota shows it.", "is a people business",
     "jargon.en.sec_sector_slogans"),
    ("The council wants a one council approach to customer service.", "one council approach",
     "jargon.en.sec_sector_slogans"),
    ("Our coach helped me go from surviving to thriving.", "from surviving to thriving",
     "jargon.en.sec_sector_slogans"),
    ("Our borough will be a great place to live, work and visit.", "live, work and visit",
     "jargon.en.sec_place_and_people"),
    ("We are building an inclusive economy with local suppliers.", "inclusive economy",
     "jargon.en.sec_place_and_people"),
    ("Our new office is designed to earn the commute.", "earn the commute", "jargon.en.sec_place_and_people"),
    ("Our trust is moving to patient-centricity in every team.", "patient-centricity",
     "jargon.en.sec_pharma_health_industry"),
    ("Our new packaging boosts our ESG credentials.", "ESG credentials", "jargon.en.sec_sustainability_talk"),
    ("The bid team agreed three win themes for the tender.", "win themes", "jargon.en.sec_bids_and_sales_more"),
    ("Our agency looks for a human truth before any idea.", "human truth", "jargon.en.sec_agency_and_comms"),
    ("We reduced regrettable attrition to 4 percent this year.", "regrettable attrition", "jargon.en.sec_hr_more"),
    ("Our benefits realisation plan goes to the board in June.", "benefits realisation",
     "jargon.en.sec_civil_service"),
    ("The service will follow a no wrong door principle from April.", "no wrong door",
     "jargon.en.sec_trade_talk_public"),
    ("We celebrated with our NHS family at the awards on Friday.", "our NHS family", "jargon.en.sec_trade_talk_health"),
    ("We take decisions from ward to board in one week.", "ward to board", "jargon.en.sec_trade_talk_health"),
    ("Our enrichment offer now includes chess and climbing.", "enrichment offer", "jargon.en.sec_trade_talk_education"),
    ("We are a donor-centred charity with 40 staff.", "donor-centred", "jargon.en.sec_trade_talk_charity"),
    ("The new CFO brought real cost discipline to the business.", "cost discipline",
     "jargon.en.sec_trade_talk_commercial"),
    ("Our kaizen culture started with one shelf in the warehouse.", "kaizen culture", "jargon.en.sec_org_journeys"),
    ("Our new menu is plant-forward and cheaper than last year.", "plant-forward", "jargon.en.sec_consumer_trends"),
    ("We spent the summer on our bleisure packages for conference guests.", "bleisure",
     "jargon.en.sec_consumer_trends"),
    ("Every client gets proactive advice from a named partner.", "proactive advice",
     "jargon.en.sec_client_service_claims"),
    ("We work with ambitious brands in food and drink.", "ambitious brands", "jargon.en.sec_client_service_claims"),
    ("Our product team runs rapid experimentation on the checkout every week.", "rapid experimentation",
     "jargon.en.sec_product_team_idioms"),
    ("Good managers show above the line behaviours even on bad days.", "above the line behaviours",
     "jargon.en.sec_product_team_idioms"),
]  # fmt: skip

PLAIN = [
    "The peas were still in their pods when we picked them this morning.",
    "The builder who fixed our roof left his ladder behind.",
    "If you're a builder, you need a card to work on most sites.",
    "The waterfall cascades down to the river below the mill.",
    "The food offer at the supermarket ends on Sunday.",
    "She received a job offer from the hospital in Leeds.",
    "The support offered by the hospice made the last weeks easier.",
    "Our members experience delays at the gate on match days.",
    "Tenants experience damp every winter in the old flats.",
    "Staff voice concerns about the new rota every month.",
    "The patient's voice was weak after the operation.",
    "The electrician will hardwire the smoke alarm into the mains.",
    "We laid the foundations for the new garage before the rain.",
    "The fishermen move upstream every autumn to follow the salmon.",
    "The crowd in the square cheered when the band appeared.",
    "I got the recipe right first time, which never happens.",
    "The family gathered around the patient to sing happy birthday.",
    "We saw a whale off the coast of Cornwall on Sunday.",
    "The castle has a deep moat and a drawbridge.",
    "Every child has the right to play outside after school.",
    "The brewery changed its logos twice in ten years and nobody noticed.",
    "We refill your cup for free at the station cafe.",
    "The orchestra played in the old church on Friday.",
    "The catalytic converter on my car was stolen last night.",
    "The school improvement plan was agreed by governors in May.",
    "She still has the muscle memory for the piano pieces she learned as a child.",
    "He goes to the gym to build the muscle in his legs after the operation.",
    "Swimming is one of the skills for life every child needs.",
    "The families gathered in the learning community room after the assembly.",
    "It was a meaningful evening with old friends and their children.",
    "The chicks hatched in the incubator in the school library.",
    "We used a lens from the camera shop to photograph the moths.",
    "The pilot had to land the plane in a field near Swindon.",
    "The ball landed just above the line, so the referee gave the try.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FLAGGED)
def test_sector_vocabulary_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=rule, severity="info")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_words_need_other_buzzwords() -> None:
    """A context-only sector word is silent alone and shown among firm jargon of the same post."""
    alone = "We convene the parish council twice a year in the village hall."
    assert [f.rule for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    busy = (
        "Our task and finish group will convene partners to deliver the skills agenda "
        "and a new cultural offer for residents."
    )
    rules = [(f.text, f.rule) for f in analyze(busy, Profile()).flags if f.kind in SURFACE]
    assert ("convene", "jargon.en.sec_ctx_sector_words") in rules
