"""English jargon families of the fourth lexicon round (ids ``r4_*`` in resources/lexicons/en/jargon.toml and
resources/lexicons/en/jargon.sectors.toml).

Each positive sentence was written for this test (none comes from a corpus). The families: spinning up teams,
follow-up shorthand (circle round), metric talk, "baked into" and wiring metaphors, focus shorthand (go deep),
pitch-deck words (why now, unicorns), "whole-X" service labels, resourcing verbs, consultant positioning,
fractional roles, capacity building, culture-deck "default to" slogans, and the sector registers of the round.
Each must get a jargon flag whose evidence is exactly the expected text, from the expected rule. The plain sentences
use the same words literally (a flywheel in a car, traction on ice, a unicorn cake, a deep pool, a whole family at a
table) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule); every expected flag is of kind "jargon".
FLAGGED = [
    # blind4 round (end of session): office verbs and layoff euphemisms
    ("I ring-fenced a day for the investigation.", "ring-fenced a day", "jargon.en.b4_office_moves"),
    ("If that resonates, my DMs are open.", "If that resonates", "jargon.en.b4_office_moves"),
    ("The depot can flex up capacity at 24 hours' notice.", "flex up", "jargon.en.b4_office_moves"),
    ("Today we made the hard decision to part ways with 23 colleagues.", "decision to part ways with",
     "jargon.en.b4_office_moves"),
    ("We spun up a small squad to rebuild the checkout.", "spun up a small squad", "jargon.en.r4_spin_up"),
    ("Finance will spin up a pilot in two branches.", "spin up a pilot", "jargon.en.r4_spin_up"),
    ("Let's circle round once the lawyers have read it.", "circle round", "jargon.en.r4_follow_up_idioms"),
    ("Stop reporting vanity metrics to the board.", "vanity metrics", "jargon.en.r4_metrics_talk"),
    ("Accessibility is baked into every sprint we run.", "baked into every", "jargon.en.r4_baked_in"),
    ("We will go deep on three accounts this year.", "go deep on", "jargon.en.r4_focus_spread"),
    ("Your deck has to show investors why now.", "show investors why now", "jargon.en.r4_pitch_talk"),
    ("Recruiters keep asking me for unicorns.", "asking me for unicorns", "jargon.en.r4_pitch_talk"),
    ("The council wants whole-family services by 2027.", "whole-family services", "jargon.en.r4_whole_x"),
    ("If it is not on the roadmap it never gets resourced.", "gets resourced", "jargon.en.r4_resourcing"),
    ("Pick a niche you can own and say no to the rest.", "a niche you can own", "jargon.en.r4_positioning_coach"),
    ("After twenty years I went fractional.", "went fractional", "jargon.en.r4_fractional"),
    ("She now works as a fractional CMO for two brands.", "fractional CMO", "jargon.en.r4_fractional"),
    ("The fund will build capacity in small charities.", "build capacity in", "jargon.en.r4_capacity_build"),
    ("Our handbook says we default to async.", "default to async", "jargon.en.r4_default_to"),
    ("Our growth flywheel starts with referrals.", "growth flywheel", "jargon.en.flywheel"),
    ("Our insurer moved to a photo-first claims process.", "photo-first claims", "jargon.en.r4_x_first_compounds"),
    ("The exchange is now gigabit-ready.", "gigabit-ready", "jargon.en.r4_x_ready_aligned"),
    ("We mapped the as-is processes before the merger.", "as-is processes", "jargon.en.r4_transformation_consulting"),
    ("We stood up a data hub in two weeks.", "stood up a data hub", "jargon.en.r4_transformation_consulting"),
    ("I ask my directs one question every Monday.", "my directs", "jargon.en.r4_leadership_manager_talk"),
    ("The leadership offsite is in Leeds this year.", "leadership offsite", "jargon.en.r4_leadership_manager_talk"),
    ("We run pulse surveys every quarter.", "pulse surveys", "jargon.en.r4_people_culture"),
    ("We will keep engaging constructively with the trust.", "engaging constructively",
     "jargon.en.r4_union_workforce_talk"),
    ("We are building out the platform team in Manchester.", "building out the platform team",
     "jargon.en.r4_startup_ops"),
    ("The trust launched a patient flow programme.", "patient flow", "jargon.en.r4_health_ops"),
    ("The plan promises upstream interventions on obesity.", "upstream interventions", "jargon.en.r4_health_ops"),
    ("The county council praised user-centred design.", "user-centred design", "jargon.en.r4_service_design_talk"),
    ("The trial strengthens our oncology franchise.", "oncology franchise", "jargon.en.r4_market_sector_terms"),
    ("Next year we fund real-world evidence generation.", "real-world evidence generation",
     "jargon.en.r4_market_sector_terms"),
    ("The fund will recycle capital into new warehouses.", "recycle capital", "jargon.en.r4_market_sector_terms"),
    ("Shops should work as brand theatres.", "brand theatres", "jargon.en.r4_market_sector_terms"),
    ("Our total rewards refresh lands in May.", "total rewards", "jargon.en.r4_market_sector_terms"),
    ("Public health is about behaviour change at scale.", "behaviour change at", "jargon.en.r4_health_ops"),
    ("The productisation of our advice took a year.", "productisation", "jargon.en.r4_derived_forms"),
    ("We measure the investment readiness of every charity.", "investment readiness", "jargon.en.r4_derived_forms"),
    ("Package your expertise into one clear offer.", "Package your expertise", "jargon.en.r4_work_verbs_in_frames"),
    ("Our desk will surface stories from budgets.", "surface stories", "jargon.en.r4_work_verbs_in_frames"),
    ("AI should augment judgement in the control room.", "augment judgement", "jargon.en.r4_work_verbs_in_frames"),
    ("Shop-floor huddles start at seven.", "Shop-floor huddles", "jargon.en.r4_work_verbs_in_frames"),
]  # fmt: skip

PLAIN = [
    "The farmer ring-fenced the lambs in the lower field.",
    "We parted ways at the station and I took the bus home.",
    "The mechanic apprentice replaced her first flywheel today.",
    "Last winter I lost all traction on the hill up to the care home.",
    "My daughter asked for a unicorn cake for her sixth birthday.",
    "The children always go deep into the woods behind the school.",
    "The whole family sat at one table for the first time since March.",
    "The doorbell is hardwired into the mains.",
    "We baked a loaf and shared it with the neighbours.",
    "The swallows circle around the barn every evening in June.",
    "The plane waited at the end of the runway for twenty minutes.",
    "The pool is narrow and deep at the far end, so keep the little ones close.",
    "I took the photo first and then measured the wall.",
    "The front door sticks in wet weather.",
    "The builders are building out the back of the house this summer.",
    "The doctor told him to stop smoking and walk more.",
    "The fishermen move upstream every autumn to follow the salmon.",
    "We rent a van every summer to move the festival stage.",
    "The recycling centre takes glass, paper and garden waste.",
    "The theatre was full for the school play on Friday.",
    "She translated the letter into French for her grandmother.",
    "The penguins huddle together against the wind.",
    "We packaged the jam jars in old newspaper for the fair.",
    "The whale came to the surface twice before it dived.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FLAGGED)
def test_round4_family_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=rule)


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
