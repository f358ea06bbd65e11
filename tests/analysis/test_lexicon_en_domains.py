"""English sector vocabularies in the jargon lexicon (the ``dom_`` entries of resources/lexicons/en/jargon.toml).

Each positive sentence was written for this test (none comes from a corpus) and uses the buzzwords of one
sector: tech and AI hype, start-up and investor talk, sales, marketing, HR and culture, consulting and finance,
coach talk, ESG and corporate comms. Each must get a jargon flag whose evidence is exactly the expected text,
from the expected rule, with the expected severity. The plain sentences use the literal sense of the words
these entries are built from (a train platform, an oil pipeline, a lever, a landscape, a copilot in a
cockpit): they must get no jargon, peacock or hedge flag at all.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule, severity); every expected flag is of kind "jargon".
FLAGGED = [
    ("Our release velocity doubled once we cut the review queue in half.", "release velocity",
     "jargon.en.dom_velocity", "info"),
    ("Every CFO will have a copilot for month-end close by 2027.", "a copilot for", "jargon.en.dom_ai_hype", "info"),
    ("We finally killed tool sprawl: three dashboards instead of eleven.", "tool sprawl",
     "jargon.en.dom_tech_buzz", "info"),
    ("Most seed decks still promise a massive TAM and nothing else.", "massive TAM",
     "jargon.en.dom_startup_metaphors", "info"),
    ("We are backing the best founders in Lisbon this year.", "backing the best founders",
     "jargon.en.dom_startup_metaphors", "info"),
    ("The team landed 14 new logos in Q2 without discounting.", "landed 14 new logos",
     "jargon.en.dom_sales_speak", "info"),
    ("She crushed her quota for the third quarter in a row.", "crushed her quota", "jargon.en.dom_sales_speak", "info"),
    ("Stop trying to capture demand with gated PDFs.", "capture demand", "jargon.en.dom_sales_speak", "info"),
    ("Stop trying to beat the algorithm and write for one reader.", "beat the algorithm",
     "jargon.en.dom_marketing_speak", "info"),
    ("We are seeing more coffee badging since the office mandate.", "coffee badging",
     "jargon.en.dom_hr_trends", "info"),
    ("He was managed out after the reorganisation in March.", "managed out", "jargon.en.dom_hr_trends", "info"),
    ("Our leaders build a culture of candour, one retro at a time.", "culture of candour",
     "jargon.en.dom_culture_slogans", "info"),
    ("We will pull every lever to protect margin this year.", "pull every lever",
     "jargon.en.dom_consulting_speak", "info"),
    ("The new CFO wants to sweat our assets before buying more trucks.", "sweat our assets",
     "jargon.en.dom_consulting_speak", "info"),
    ("We will refocus on the core next year.", "refocus on the core", "jargon.en.dom_consulting_speak", "info"),
    ("The fintech landscape changed twice in eighteen months.", "fintech landscape", "jargon.en.dom_landscape", "info"),
    ("We closed the branch out of an abundance of caution.", "out of an abundance of caution",
     "jargon.en.dom_layoff_euphemisms", "info"),
    ("We take your privacy seriously and never sell your data.", "We take your privacy seriously",
     "jargon.en.dom_layoff_euphemisms", "info"),
    ("My client went from burnout to time freedom in six months.", "time freedom", "jargon.en.dom_coach_speak", "info"),
    ("Stop waiting for the right moment: take massive action today.", "take massive action",
     "jargon.en.dom_coach_speak", "info"),
    ("Our new range is climate positive from the first bottle.", "climate positive", "jargon.en.dom_esg_speak", "info"),
    ("Our data team still spends Fridays dashboarding for the board.", "dashboarding",
     "jargon.en.dom_ops_verbs", "info"),
    ("We need a step-function change in how we onboard new stores.", "step-function change",
     "jargon.en.dom_product_slogans", "info"),
    ("We upsold 30 customers to the annual plan in March.", "upsold", "jargon.en.dom_sector_misc", "info"),
    ("Our founders want to bring our vision to life in every store.", "bring our vision to life",
     "jargon.en.dom_sector_misc", "info"),
    ("Join our growing team and help us rebuild the checkout.", "Join our growing team",
     "jargon.en.dom_hiring_cliches", "info"),
    ("Our tentpole campaign for the summer launches on 1 June.", "tentpole campaign",
     "jargon.en.dom_customer_speak", "info"),
    ("Regulators will ask for a net-zero pathway from every supplier.", "net-zero pathway",
     "jargon.en.dom_variants", "info"),
    ("We are a wartime CEO kind of company now.", "wartime CEO", "jargon.en.dom_founder_war_talk", "info"),
    ("You have to earn the right to ask for the meeting.", "earn the right to",
     "jargon.en.dom_founder_war_talk", "info"),
    ("In an increasingly complex world, our clinic now opens at 7.", "In an increasingly complex world",
     "jargon.en.dom_opener_formulas", "info"),
    ("The council wants more partnership working with the two hospitals.", "partnership working",
     "jargon.en.dom_public_agency", "info"),
    ("Every SaaS tool is now infused with AI, and my invoices still arrive late.", "infused with AI",
     "jargon.en.dom_ai_slogans", "info"),
]  # fmt: skip

PLAIN = [
    "The train platform was packed because the 8:10 to Bristol was cancelled.",
    "The oil pipeline under the estuary will be inspected in May.",
    "My son found a fish scale stuck to the chopping board.",
    "We landed in Oslo at midnight and the new logos on the airport signs were everywhere.",
    "I pulled the lever on the old fruit machine at the seaside and won nothing.",
    "The river landscape around the mill changed after the floods.",
    "The nurse took his blood pressure and asked about his morning routine.",
    "We had a great stay at the cottage, the kids loved the beach.",
    "Our allotment grew more beans with less water this year.",
    "The pilot and copilot waved at the children from the cockpit.",
    "The referee blew the whistle and the crowd went quiet.",
    "We unpacked the boxes and set up the new desks.",
    "Grandad taught me to whittle a wedge for the shed door.",
    "I wrote my name in the wet cement to make my mark on the new path.",
    "The orchestra's new conductor stood at the centre of the stage.",
    "The kids eat their lunch on the beach when it is sunny.",
    "We left behind the old car at the garage.",
]


@pytest.mark.parametrize(("text", "evidence", "rule", "severity"), FLAGGED)
def test_sector_buzzwords_are_flagged(text: str, evidence: str, rule: str, severity: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=rule, severity=severity)


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
