"""English sector registers in the jargon lexicon (resources/lexicons/en/jargon.registers.toml, ids ``reg_*``).

The sentences were written for this test from knowledge of how each trade talks (none comes from a corpus): a
factory, an energy company, an insurer, a fintech, a drug maker, a hospital, a telecom operator, a newsroom, a
sports club, a developer, a hotel, a food brand, a university and a school, a council, a union, a charity, an
agency, a logistics firm, a defence prime. Each positive sentence must get a jargon flag whose evidence is exactly
the expected text, from the expected rule. Context entries (severity "context") fire only among other firm
buzzwords, so they are tested inside such a post and alone. The plain sentences use the same words literally (a
real heartbeat, a courier who delivers tomorrow, a real licence, a lock that gives peace of mind, a shift key):
they must get no jargon, peacock or hedge flag at all.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, flags_of_kind

R = "jargon.en."

# (sentence, evidence, rule id without the "jargon.en." prefix)
FLAGGED = [
    ("Our welders are the heartbeat of our company.", "the heartbeat of our company", "reg_body_metaphors"),
    (
        "Frontline colleagues are the backbone of everything we do.",
        "Frontline colleagues are the backbone",
        "reg_body_metaphors",
    ),
    ("Every day our teams are powering progress in the valley.", "powering progress", "reg_powering_slogans"),
    ("We fuel progress for small farms.", "fuel progress", "reg_powering_slogans"),
    ("For forty years we have kept the world moving.", "kept the world moving", "reg_powering_slogans"),
    ("Our cover protects what matters most to your family.", "protects what matters", "reg_protect_what_matters"),
    ("Fibre to every home: we connect what matters.", "connect what matters", "reg_protect_what_matters"),
    (
        "Our engineers tackle the world's biggest challenges.",
        "tackle the world's biggest challenges",
        "reg_big_challenges",
    ),
    (
        "We want to leave the planet better than we found it.",
        "leave the planet better than we found it",
        "reg_leave_world_better",
    ),
    ("On site, safety is our licence to operate.", "our licence to operate", "reg_industry"),
    ("Mining needs a social licence to operate.", "social licence to operate", "reg_industry"),
    ("The connected factory in Lyon opens in May.", "connected factory", "reg_industry"),
    ("The board approved a footprint optimisation across Europe.", "footprint optimisation", "reg_industry"),
    ("We want first-time-right welding on every frame.", "first-time-right", "reg_industry"),
    (
        "Proud to be accelerating the energy transition with our partners.",
        "accelerating the energy transition",
        "reg_energy_transition",
    ),
    ("From molecules to electrons, we are changing.", "From molecules to electrons", "reg_energy_transition"),
    ("Wind is a clean growth opportunity for the north.", "clean growth opportunity", "reg_energy_transition"),
    ("Our app helps unlock flexibility in every home.", "unlock flexibility", "reg_energy_transition"),
    ("We deliver peace of mind to small businesses.", "deliver peace of mind", "reg_insurance"),
    ("Our brokers want to close the protection gap.", "close the protection gap", "reg_insurance"),
    ("We are proud risk partners to the logistics trade.", "risk partners", "reg_insurance"),
    ("Our mission is to bank the unbanked.", "bank the unbanked", "reg_banking"),
    ("We put people in control of their finances.", "put people in control of their finances", "reg_banking"),
    ("Our card is money that works for you.", "money that works for you", "reg_banking"),
    ("This platform helps unlock working capital for growers.", "unlock working capital", "reg_banking"),
    ("We exist to transform patient outcomes in rare diseases.", "transform patient outcomes", "reg_pharma"),
    ("We keep patients at the centre of our research.", "patients at the centre of", "reg_pharma"),
    ("Our rich pipeline includes three new molecules.", "rich pipeline", "reg_pharma"),
    ("We translate science into medicines.", "translate science into medicines", "reg_pharma"),
    ("The trust will reduce unwarranted variation in surgery.", "reduce unwarranted variation", "reg_health"),
    ("We embed a culture of safety on every ward.", "embed a culture of safety", "reg_health"),
    ("Welcome to a hyperconnected world.", "hyperconnected world", "reg_telecoms"),
    ("Our newsroom tells stories that matter.", "tells stories that matter", "reg_media"),
    ("We super-serve our loyal readers.", "super-serve", "reg_media"),
    ("We put the reader first in everything.", "put the reader first", "reg_media"),
    ("Our fan engagement platform launches in May.", "fan engagement platform", "reg_sport"),
    ("We harness the power of sport for young people.", "harness the power of sport", "reg_sport"),
    ("We are creating places people love in Leeds.", "creating places people love", "reg_property"),
    ("The old docks become a mixed-use destination.", "mixed-use destination", "reg_property"),
    ("This landmark partnership brings a new campus.", "landmark partnership", "reg_property"),
    ("Every season we craft memorable experiences.", "craft memorable experiences", "reg_hospitality"),
    ("This is the art of hospitality.", "the art of hospitality", "reg_hospitality"),
    ("Our team will exceed guest expectations.", "exceed guest expectations", "reg_hospitality"),
    ("We are reinventing grocery for busy families.", "reinventing grocery", "reg_retail"),
    ("Our mission is to make healthy choices easier.", "make healthy choices easier", "reg_retail"),
    ("Join a vibrant research community in the heart of Leeds.", "vibrant research community", "reg_education"),
    ("Our teachers instil a love of learning.", "instil a love of learning", "reg_education"),
    ("We are raising aspirations across the county.", "raising aspirations", "reg_education"),
    ("The scheme gives value for the taxpayer.", "value for the taxpayer", "reg_government"),
    ("This budget backs hard-working families.", "hard-working families", "reg_government"),
    ("We are the voice of the industry in Brussels.", "the voice of the industry", "reg_associations"),
    ("Your donation makes a real difference to children.", "Your donation makes a real difference", "reg_charity"),
    ("Our plan will shift the power to communities.", "shift the power to communities", "reg_charity"),
    ("We built an integrated campaign for the launch.", "integrated campaign", "reg_agency"),
    ("Our work builds mental availability for the brand.", "mental availability", "reg_agency"),
    ("Brands must move at the speed of culture.", "move at the speed of culture", "reg_agency"),
    ("We are building an agile supply chain for Europe.", "agile supply chain", "reg_logistics"),
    ("The radar is battle-proven on three continents.", "battle-proven", "reg_defence"),
    ("Our sensors give commanders decision advantage.", "decision advantage", "reg_defence"),
    ("We are shaping the future of flight.", "shaping the future of flight", "reg_defence"),
    ("My sales team smashed targets again this quarter.", "smashed targets", "reg_generic_gaps"),
    ("Our work creates positive impact in the region.", "creates positive impact", "reg_generic_gaps"),
    # second pass
    ("Our bikes are engineered for tomorrow.", "engineered for tomorrow", "reg_industry_2"),
    ("Our safety journey started with one depot.", "safety journey", "reg_industry_2"),
    ("We built a zero-accident mindset in every depot.", "zero-accident mindset", "reg_industry_2"),
    ("Our app helps families take control of their energy.", "take control of their energy", "reg_energy_2"),
    ("Here is our path to net zero.", "our path to net zero", "reg_energy_2"),
    ("Claims excellence is our promise.", "Claims excellence", "reg_insurance_2"),
    ("We want to predict and prevent floods for our customers.", "predict and prevent", "reg_insurance_2"),
    ("Our bankers help businesses thrive.", "help businesses thrive", "reg_banking_2"),
    ("For 250 years we have been helping Britain prosper.", "helping Britain prosper", "reg_banking_2"),
    ("We fuel ambition in every town.", "fuel ambition", "reg_banking_2"),
    ("We bring medicines to patients faster.", "bring medicines to patients faster", "reg_pharma_2"),
    ("Speed to patients is everything for us.", "Speed to patients", "reg_pharma_2"),
    ("A warm welcome to our health and care family.", "health and care family", "reg_health_2"),
    ("Our mission is to connect the unconnected.", "connect the unconnected", "reg_telecoms_2"),
    ("We are building a full-fibre future for Wales.", "full-fibre future", "reg_telecoms_2"),
    ("Our podcast hosts conversations that matter.", "conversations that matter", "reg_media_2"),
    ("The series will engage new audiences.", "engage new audiences", "reg_media_2"),
    ("Welcome to the partner family, Acme Tyres!", "partner family", "reg_sport_2"),
    ("The council wants to accelerate housing delivery.", "accelerate housing delivery", "reg_property_2"),
    ("This is landmark legislation for renters.", "landmark legislation", "reg_property_2"),
    ("Our apprentices become industry-ready in a year.", "industry-ready", "reg_education_2"),
    ("We help every pupil achieve their full potential.", "achieve their full potential", "reg_education_2"),
    ("Our plan will turbocharge growth in the regions.", "turbocharge growth", "reg_government_2"),
    ("We help members influence decision-makers.", "influence decision-makers", "reg_associations_2"),
    ("We are the professional home for surveyors.", "professional home", "reg_associations_2"),
    ("Join the movement for fair food.", "Join the movement", "reg_charity_2"),
    ("Our job is to make brands famous.", "make brands famous", "reg_agency_2"),
    ("Global reach, local expertise.", "Global reach, local expertise", "reg_logistics_2"),
    ("We are a mission partner to the armed forces.", "mission partner", "reg_defence_2"),
    ("Our kit is defence-grade.", "defence-grade", "reg_defence_2"),
    ("Our lawyers are commercially astute.", "commercially astute", "reg_legal_2"),
    # third and fourth pass
    ("Our edge is operational alpha, not leverage.", "operational alpha", "reg_trade_jargon"),
    ("We orchestrate the network from one control room.", "orchestrate the network", "reg_trade_jargon"),
    ("Our new broker proposition launches in March.", "broker proposition", "reg_trade_jargon"),
    ("Leasing momentum stayed strong in the second half.", "Leasing momentum", "reg_trade_jargon"),
    ("The new app will transform the patient experience.", "transform the patient experience", "reg_sector_experience"),
    ("Our founders want to shake up the insurance market.", "shake up the insurance market", "reg_sector_experience"),
    ("We are building the newsroom of the future.", "the newsroom of the future", "reg_of_the_future"),
    ("Welcome to the law firm of tomorrow.", "the law firm of tomorrow", "reg_of_the_future"),
    ("We welcome boomerang hires back with open arms.", "boomerang hires", "reg_people_sales_tail"),
    ("Our SDR motion doubled the pipeline.", "SDR motion", "reg_people_sales_tail"),
    ("The review found value leakage in procurement.", "value leakage", "reg_consulting_tail"),
    ("We need executive alignment before the offsite.", "executive alignment", "reg_consulting_tail"),
    ("We hire missionaries, not mercenaries.", "missionaries, not mercenaries", "reg_startup_tail"),
    ("We are on our zero trust journey.", "zero trust journey", "reg_startup_tail"),
    ("Hold the vision even when nobody else does.", "Hold the vision", "reg_coaching_esg_tail"),
    # fifth pass
    ("Our new campaign will showcase the region to investors.", "showcase the region", "reg_places_events"),
    ("The county's offer for families keeps growing.", "The county's offer", "reg_places_events"),
    ("We put passengers first on every route.", "put passengers first", "reg_places_events"),
    ("We are your trusted business adviser.", "trusted business adviser", "reg_places_events"),
    ("We design spaces that inspire.", "spaces that inspire", "reg_places_events"),
    ("The summit has a content-rich agenda.", "content-rich agenda", "reg_places_events"),
    ("We need one message across the piece.", "across the piece", "reg_places_events"),
    ("We meet the best founders in the space.", "in the space", "reg_places_events"),
    # sixth pass
    ("We are now a digitally mature council.", "digitally mature", "reg_sector_adjectives"),
    ("We are a member-obsessed building society.", "member-obsessed", "reg_sector_adjectives"),
    ("The app offers mass personalisation.", "mass personalisation", "reg_sector_adjectives"),
    ("Join a dynamic company in the heart of Bristol.", "dynamic company", "reg_sector_adjectives"),
    # seventh pass
    ("Our serum helps you glow from within.", "glow from within", "reg_consumer_brands"),
    ("Make it your evening self-care ritual.", "self-care ritual", "reg_consumer_brands"),
    ("Our engineers drive the future of mobility.", "drive the future of mobility", "reg_consumer_brands"),
    ("We make theatre that matters.", "theatre that matters", "reg_consumer_brands"),
    ("This is our climate leadership moment.", "climate leadership", "reg_coaching_esg_tail"),
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FLAGGED)
def test_register_phrase_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=R + rule)


# Context entries: shown only in a post that already has two firm buzzwords; never on their own.
CONTEXT = [
    (
        "Our vision is to leverage synergies and drive growth as we lead the energy transition with "
        "energy solutions for every home.",
        "energy solutions",
        "reg_energy_context",
    ),
    (
        "We leverage synergies to drive growth, and our hotel is a home away from home.",
        "home away from home",
        "reg_hospitality_context",
    ),
    ("We leverage synergies to drive growth and bring the big idea to every brief.", "big idea", "reg_agency_context"),
    (
        "We leverage synergies to drive growth and level the playing field for every club.",
        "level the playing field",
        "reg_sport_context",
    ),
    (
        "We leverage synergies to drive growth, and we are bridging the digital divide.",
        "bridging the digital divide",
        "reg_telecoms_context",
    ),
    ("We leverage synergies to drive growth with a winning mentality.", "winning mentality", "reg_sport_context"),
    (
        "We leverage synergies to drive growth and stand shoulder to shoulder with nurses.",
        "stand shoulder to shoulder with",
        "reg_associations_context",
    ),
    (
        "We leverage synergies to drive growth, and this is a record investment.",
        "record investment",
        "reg_government_2_context",
    ),
    (
        "We leverage synergies to drive growth: we sell talkability and the stopping power of posters.",
        "stopping power",
        "reg_agency_2_context",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "rule"), CONTEXT)
def test_context_entry_fires_among_buzzwords(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=R + rule)


@pytest.mark.parametrize(
    "text",
    [
        "Energy solutions were on the agenda of the parish meeting.",
        "The cottage by the sea was a home away from home for my grandmother.",
        "Her big idea was to plant apple trees along the lane.",
        "The new turf will level the playing field behind the school.",
    ],
)
def test_context_entry_alone_is_silent(text: str) -> None:
    assert flags_of_kind(text, "jargon") == []


PLAIN = [
    "The monitor showed a steady heartbeat all night.",
    "The courier will deliver tomorrow morning.",
    "The solar panel on the shed powers the water pump.",
    "The driving school renewed its licence in March.",
    "Locking the shed gives me peace of mind when we travel.",
    "My thesis is about how the energy transition affects coal towns in Wales.",
    "The gas pipeline runs under the north field.",
    "The left shift key on my old laptop sticks.",
    "The claim for the flooded kitchen was paid in nine days.",
    "My grandfather told stories that made us laugh.",
    "The old market hall is a landmark building in our town.",
    "Our wedding was full of memorable moments.",
    "The greenhouse is a nurturing environment for young tomato plants.",
    "The bakery van delivers for residents of the old town on Fridays.",
    "Your gift made a real difference to my week, thank you.",
    "The choir needs a strong voice for the solo in the second hymn.",
    "We won the game in the last minute and the fans sang for an hour.",
    "The future of the old mill was decided at last night's meeting.",
    "The shop on the corner sells good food for all budgets.",
    "Farmers are the backbone of the village show.",
    "The builder is fixing the foundation of the old barn.",
    "We hiked the road to the summit and the path to the lake.",
    "The museum shop sells postcards made by local artists.",
    "My son joined a football club and loves matchday.",
    "The radio kept the whole village connected during the storm.",
    "Our apprentices learn to weld in the first month.",
    "The engine was engineered in 1962 and still runs.",
    "We started a conversation with the neighbours about the hedge.",
    "The new brakes have far more stopping power in the rain.",
    "He leaves a lasting legacy in our village: the orchard he planted.",
    "Iceland was a bucket-list trip for my father.",
    "My parents were hard-working people who ran a corner shop.",
    "We are a hard-working family business in the valley.",
    "She is a professional home cleaner and a fine gardener.",
    "Our little bakery got a new logo designed by my niece.",
    "The silver medallists waved from the podium.",
    "We stood shoulder to shoulder with our neighbours during the flood.",
    "The coach praised the squad's winning mentality after the cup match.",
    "The librarian helps older people bridge the digital divide on Tuesdays.",
    "A vibrant neighbourhood full of cafés and bookshops.",
    "The builder said we must fix the foundations before winter.",
    "The pawn sacrifice gave white a decisive advantage.",
    "We try to back local businesses by shopping at the market.",
    "The sign on the door said pull, not push.",
    "For complete peace of mind, I checked the gas twice.",
    "We did the whole walk in the space of an hour.",
    "My grandparents came here to build a better future for their children.",
    "The school fête has a jam-packed programme this year.",
    "The old bridge is the gateway to the region for walkers.",
    "Her lecture was on the dynamic organisation of the cell.",
    "The nurse gave us deep insights into how the ward works at night.",
    "Nursing is work that matters to me.",
    "The yoga class helped my back more than I expected.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_literal_use_is_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
