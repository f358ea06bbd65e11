"""English office idioms and metaphors in the jargon lexicon (resources/lexicons/en/jargon.idioms.toml, ids ``idm_*``).

Each positive sentence was written for this test (none comes from a corpus): figures of speech corporate English
borrows from sport, war, the sea, the farm, the kitchen, the body and money, the "X is the new Y" frame, tech-company
slogans, PR talk and meeting-speak. Each must get a jargon flag whose evidence is exactly the expected text, from the
expected rule. The plain sentences use the same words in their literal sense (a runner's muscle, a farmer's soil, a
table in a restaurant, a ship steadied in a storm, dividends paid to shareholders, a castle's moat, lunch eaten in
the park): they must get no jargon, peacock or hedge flag at all.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

# (sentence, evidence, rule); every expected flag is of kind "jargon" and severity "warning".
FLAGGED = [
    # sport
    ("The CFO called an audible on pricing the night before the launch.", "called an audible", "idm_sport_office"),
    ("We finally got the contract over the line in the last week of March.", "got the contract over the line",
     "idm_sport_office"),
    ("Two more weeks to get the migration over the finish line.", "get the migration over the finish line",
     "idm_sport_office"),
    # war
    ("We will war-game three scenarios with the board before the budget.", "war-game three scenarios",
     "idm_military_office"),
    ("After ten years as a road warrior, I now work from home.", "road warrior", "idm_military_office"),
    ("The app started as a skunkworks project of four people.", "skunkworks", "idm_military_office"),
    ("We are leaving command-and-control leadership behind.", "command-and-control leadership",
     "idm_military_office"),
    ("This year we are planting our flag in the German market.", "planting our flag in", "idm_military_office"),
    ("It is time to put a stake in the ground on pricing.", "put a stake in the ground", "idm_military_office"),
    # the sea
    ("Our new COO steadied the ship after a hard year.", "steadied the ship", "idm_nautical_office"),
    ("Changing a bank's culture is like turning a tanker.", "turning a tanker", "idm_nautical_office"),
    # the farm
    ("Print ads are still our cash cow.", "cash cow", "idm_farm_office"),
    ("After six years at the agency, I'm off to greener pastures.", "greener pastures", "idm_farm_office"),
    ("We nurture leads for six months before the first call.", "nurture leads", "idm_farm_office"),
    ("The board asked for a root-and-branch review of procurement.", "root-and-branch review", "idm_farm_office"),
    ("The product demo was a dog and pony show for the investors.", "dog and pony show", "idm_farm_office"),
    ("Amazon is the 800-pound gorilla in online retail.", "800-pound gorilla", "idm_farm_office"),
    # the kitchen
    ("We handle the whole process, soup to nuts.", "soup to nuts", "idm_kitchen_office"),
    ("Managers still rely on the feedback sandwich.", "feedback sandwich", "idm_kitchen_office"),
    ("Is the juice worth the squeeze on this rebrand?", "juice worth the squeeze", "idm_kitchen_office"),
    # the body
    ("Feedback is a muscle, and most teams never train it.", "Feedback is a muscle", "idm_body_office"),
    ("Hybrid is a muscle, not a policy.", "Hybrid is a muscle", "idm_body_office"),
    ("Trust is like a muscle: use it or lose it.", "Trust is like a muscle", "idm_body_office"),
    ("We are building the muscle to ship every week.", "building the muscle", "idm_body_office"),
    ("Our team has the collective muscle memory for hard launches.", "collective muscle memory", "idm_body_office"),
    ("Three failed launches gave us muscle memory for change.", "muscle memory for change", "idm_body_office"),
    ("Our ops room is the nerve centre of the company.", "nerve centre of", "idm_body_office"),
    ("We wanted one neck to wring on the contract.", "one neck to wring", "idm_body_office"),
    ("Can I pick your brain about pricing over coffee?", "pick your brain", "idm_body_office"),
    # money
    ("Without a sales process you are leaving money on the table.", "leaving money on the table",
     "idm_money_office"),
    ("We left money on the table in last year's renewals.", "left money on the table", "idm_money_office"),
    ("Trust is the currency of leadership.", "Trust is the currency of", "idm_money_office"),
    ("Kindness compounds, so say thank you today.", "Kindness compounds", "idm_money_office"),
    ("What is the return on kindness in a sales team?", "return on kindness", "idm_money_office"),
    ("We carry a lot of organisational debt from the merger.", "organisational debt", "idm_money_office"),
    ("Every status meeting is a coordination tax.", "coordination tax", "idm_money_office"),
    ("Every broken promise is a withdrawal from the emotional bank account.", "emotional bank account",
     "idm_money_office"),
    ("We only spend our innovation tokens on the checkout.", "innovation tokens", "idm_money_office"),
    # X is the new Y
    ("For growers, data is the new soil.", "data is the new soil", "idm_is_the_new"),
    ("Sitting is the new smoking.", "Sitting is the new smoking", "idm_is_the_new"),
    ("Community is the new moat for consumer brands.", "Community is the new moat", "idm_is_the_new"),
    ("For founders, LinkedIn is the new business card.", "is the new business card", "idm_is_the_new"),
    # tech slogans
    ("Our slow checkout is a feature, not a bug.", "a feature, not a bug", "idm_tech_slogans"),
    ("Simplicity is a feature.", "Simplicity is a feature", "idm_tech_slogans"),
    ("I started working out loud on LinkedIn last year.", "working out loud", "idm_tech_slogans"),
    ("We roll out every tool crawl, walk, run.", "crawl, walk, run", "idm_tech_slogans"),
    ("Founders should do things that don't scale.", "do things that don't scale", "idm_tech_slogans"),
    ("We rebuilt the pricing from first principles.", "from first principles", "idm_tech_slogans"),
    ("We are remote by default.", "remote by default", "idm_tech_slogans"),
    ("Most startups die in the valley of death.", "valley of death", "idm_tech_slogans"),
    ("We are crossing the chasm with enterprise clients.", "crossing the chasm", "idm_tech_slogans"),
    # PR and comms
    ("We got ahead of the story before the press did.", "got ahead of the story", "idm_pr_comms"),
    ("The team stayed on-brand throughout the crisis.", "on-brand", "idm_pr_comms"),
    ("The tagline felt off-brand for a bank.", "off-brand", "idm_pr_comms"),
    ("Our spokespeople stayed on message all week.", "stayed on message", "idm_pr_comms"),
    ("The CEO went off message on the podcast.", "went off message", "idm_pr_comms"),
    ("The press office wants more message discipline from the board.", "message discipline", "idm_pr_comms"),
    ("We want to be part of the conversation on AI.", "be part of the conversation", "idm_pr_comms"),
    ("The message didn't land with the frontline staff.", "message didn't land", "idm_pr_comms"),
    ("Every mistake is a teachable moment.", "teachable moment", "idm_pr_comms"),
    ("It was a real learning moment for me.", "learning moment", "idm_pr_comms"),
    ("We need a tighter narrative for investors.", "tighter narrative", "idm_pr_comms"),
    # meeting-speak
    ("Let's get into the weeds on pricing.", "get into the weeds", "idm_meeting_speak"),
    ("Let's try ten headlines and see what sticks.", "see what sticks", "idm_meeting_speak"),
    ("Let's put some meat on the bones of the plan.", "put some meat on the bones", "idm_meeting_speak"),
    ("We have 14 projects in flight this quarter.", "projects in flight", "idm_meeting_speak"),
    ("Let me wordsmith the email before it goes out.", "wordsmith", "idm_meeting_speak"),
    ("Compliance became a box-ticking exercise.", "box-ticking exercise", "idm_meeting_speak"),
    ("We need to sing from the same song sheet.", "sing from the same song sheet", "idm_meeting_speak"),
    ("The idea was kicked into the long grass.", "kicked into the long grass", "idm_meeting_speak"),
    # markets and sales
    ("There is white space in the market for a cheaper product.", "white space in the market",
     "idm_market_metaphors"),
    ("We need hunters, not farmers, in the sales team.", "hunters, not farmers", "idm_market_metaphors"),
    ("Funding is rocket fuel for growth.", "is rocket fuel", "idm_market_metaphors"),
    ("We are in the business of trust.", "in the business of trust", "idm_market_metaphors"),
    # second round: comms desks, sales floors, management styles, abstract-noun frames
    ("The campaign got real cut-through with young voters.", "real cut-through", "idm_comms_desk"),
    ("We are looking for a news hook for the launch.", "news hook", "idm_comms_desk"),
    ("Just bumping this to the top of your inbox.", "bumping this to the top", "idm_comms_desk"),
    ("Anna will hold the pen on the report.", "hold the pen", "idm_comms_desk"),
    ("She is across the detail of every contract.", "across the detail", "idm_comms_desk"),
    ("Let's take that away and come back next week.", "take that away and come back", "idm_comms_desk"),
    ("That was a bluebird deal from a referral.", "bluebird deal", "idm_sales_floor"),
    ("Good discovery calls uncover the pain before the demo.", "uncover the pain", "idm_sales_floor"),
    ("Always ask for the close.", "ask for the close", "idm_sales_floor"),
    ("We are riding the next S-curve in payments.", "next S-curve", "idm_sales_floor"),
    ("The deal doesn't pencil out at this interest rate.", "doesn't pencil out", "idm_sales_floor"),
    ("Our suppliers need to sharpen their pencils on price.", "sharpen their pencils", "idm_sales_floor"),
    ("We have built a lot of trust equity with clients.", "trust equity", "idm_sales_floor"),
    ("He is a classic seagull manager.", "seagull manager", "idm_management_styles"),
    ("We had mushroom management for years.", "mushroom management", "idm_management_styles"),
    ("She's a steady hand on the tiller.", "steady hand on the tiller", "idm_management_styles"),
    ("We're playing chess, not checkers.", "playing chess, not checkers", "idm_management_styles"),
    ("It's only a sticking plaster solution.", "sticking plaster solution", "idm_management_styles"),
    ("Let's triage the backlog on Monday.", "triage the backlog", "idm_management_styles"),
    ("It was a real lightbulb moment for the team.", "lightbulb moment", "idm_management_styles"),
    ("That is a load-bearing assumption in the model.", "load-bearing assumption", "idm_management_styles"),
    ("Community is king in B2B.", "Community is king", "idm_abstract_frames"),
    ("Hope is not a strategy.", "Hope is not a strategy", "idm_abstract_frames"),
    ("Culture is the glue that holds us together.", "Culture is the glue", "idm_abstract_frames"),
    ("Curiosity is the fuel for innovation.", "Curiosity is the fuel", "idm_abstract_frames"),
    ("The regulatory horizon is getting busier.", "regulatory horizon", "idm_abstract_frames"),
    # third round: spreading thin, management-book folklore
    ("We peanut-buttered the budget across every team.", "peanut-buttered the budget", "idm_peanut_butter"),
    ("Stop peanut-buttering resources and pick two bets.", "peanut-buttering", "idm_peanut_butter"),
    ("A peanut-butter approach to investment helps no one.", "peanut-butter approach", "idm_peanut_butter"),
    ("We spread the budget like peanut butter.", "budget like peanut butter", "idm_peanut_butter"),
    ("From the boardroom to the shop floor, everyone owns safety.", "From the boardroom to the shop floor",
     "idm_management_books"),
    ("We turned the ship around in a year.", "turned the ship around", "idm_management_books"),
    ("We are sticking to our knitting.", "sticking to our knitting", "idm_management_books"),
    ("Find your hedgehog concept before you hire.", "hedgehog concept", "idm_management_books"),
    # fourth round: slogan pairs and variants
    ("Clarity over cleverness, every time.", "Clarity over cleverness", "idm_slogan_pairs"),
    ("Our rule is simple: systems over willpower.", "systems over willpower", "idm_slogan_pairs"),
    ("We want to be a partner, not a vendor.", "a partner, not a vendor", "idm_slogan_pairs"),
    ("Be a thermostat, not a thermometer.", "a thermostat, not a thermometer", "idm_slogan_pairs"),
    ("We were leaving revenue on the table for years.", "leaving revenue on the table", "idm_money_office"),
    ("We got in front of the narrative early.", "got in front of the narrative", "idm_pr_comms"),
    ("The board punted the decision to next quarter.", "punted the decision", "idm_sport_office"),
    ("They keep moving the goal posts.", "moving the goal posts", "idm_sport_office"),
    ("Kindness really compounds.", "Kindness really compounds", "idm_money_office"),
    # fifth round: more sport
    ("I'm on the back nine of my career and still learning.", "back nine of my career", "idm_sport_office_2"),
    ("Everyone is a Monday morning quarterback after a bad quarter.", "Monday morning quarterback",
     "idm_sport_office_2"),
    ("The sales team did an end run around procurement.", "end run around procurement", "idm_sport_office_2"),
    ("We have no bench of successors for the finance team.", "bench of successors", "idm_sport_office_2"),
    # sixth round: change-management folklore and quote-slogans
    ("Think copilot, not autopilot.", "copilot, not autopilot", "idm_change_folklore"),
    ("The frozen middle is blocking the new rota.", "The frozen middle", "idm_change_folklore"),
    ("Move from ego-system to eco-system thinking.", "ego-system to eco-system", "idm_change_folklore"),
    ("Be the CEO of your own career.", "CEO of your own career", "idm_change_folklore"),
    ("Hire character, train skill.", "Hire character, train skill", "idm_change_folklore"),
]  # fmt: skip

# The same words in their literal sense, or ordinary sentences next to an idiom's frame.
PLAIN = [
    "The physio said my calf is a muscle that needs two weeks of rest.",
    "The heart is a muscle that pumps about five litres a minute.",
    "She trains the muscle in her left leg every morning before her run.",
    "He still has the muscle memory for the guitar solo he learned at school.",
    "The farmer tested the soil in the top field before planting barley.",
    "Our neighbour says compost is the new soil for his raised beds.",
    "We booked a table in the restaurant by the harbour for eight people.",
    "She left her phone on the table at the cafe and went back for it.",
    "The crew steadied the boat when the wind picked up off the headland.",
    "The oil tanker took an hour to turn in the estuary.",
    "The company pays dividends to shareholders every March.",
    "The castle has a moat and a drawbridge.",
    "We ate our lunch in the park because the sun was out.",
    "The cows moved to the new pastures by the river in May.",
    "The sheep are grazing in greener fields this year after the rain.",
    "Grandma's cash box is still in the kitchen drawer.",
    "He runs a butcher's shop and sells lamb with plenty of meat on the bones.",
    "The euro is the currency of twenty countries.",
    "The interest compounds monthly on this savings account.",
    "We paid the council tax and the water bill on Monday.",
    "The rugby player got the ball over the line for a try.",
    "She crossed the finish line in just under four hours.",
    "The baby sleeps in a crib next to our bed.",
    "The kids played a board game about pirates who steer a ship to an island.",
    "I bought a new brand of coffee at the market on Saturday.",
    "We spent the afternoon pulling weeds in the vegetable garden.",
    "The pilot announced that the in-flight meals would be served after take-off.",
    "The learning centre opens at nine, and the moment it opens the queue disappears.",
    "The message from my sister arrived late because of the storm.",
    "The lanes at the swimming pool are closed on Sunday morning.",
    "My brother plays in a brass band and they sing from the same hymn book at church.",
    "Our cat loves lying in the long grass at the end of the garden.",
    "The elephant at the zoo is thirty years old.",
    "We went hunting for mushrooms in the woods with the children.",
    "The rocket fuel is stored in tanks far from the launch pad.",
    "We are in the business district until six, then we take the train home.",
    "Our son's school sends the key messages for parents by text.",
    "Please stay in your lane on the motorway.",
    "The nurse will triage the patients in the waiting room first.",
    "I need to sharpen my pencils before the drawing class.",
    "A seagull stole my chips on the beach at Whitby.",
    "The helicopter landed on the hospital roof at midnight.",
    "We picked mushrooms in the forest with my grandfather.",
    "She held the pen in her left hand and signed the card.",
    "The cornerstone of the church was laid in 1850.",
    "The bluebirds came back to the garden in spring.",
    "The lightbulb in the kitchen blew again last night.",
    "The load-bearing wall between the kitchen and the dining room has to stay.",
    "Oxygen is the gas our lungs need most.",
    "The road makes an S-curve down to the river.",
    "I made peanut-butter sandwiches for the kids' lunch.",
    "She spread peanut butter on the toast and sat down.",
    "The kids peanut-buttered their toast before school.",
    "My gran was knitting a scarf by the fire.",
    "The ferry turned around in the harbour and went back to the island.",
    "We have no control over the weather on the day of the fete.",
    "The kicker punted the ball downfield in the last minute.",
    "She keeps the thermostat at nineteen degrees all winter.",
    "The goal posts on the school field were painted white in the summer.",
    "The golfer took a mulligan on the first tee, which his friends allowed.",
    "We sat on a bench of old oak by the river.",
    "The two horses were neck and neck down to the wire at Ascot.",
    "The pond has a frozen middle and thin edges in January.",
    "The clay layer under the topsoil holds water all winter.",
    "She is the CEO of a small bakery in York.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FLAGGED)
def test_office_idioms_are_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.en.{rule}", severity="warning")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_idioms_need_other_buzzwords() -> None:
    """A context-only idiom (a figure of speech many people use sincerely) is silent alone and shown among firm
    jargon of the same post."""
    alone = "We decided to stay the course and keep the shop open on Sundays."
    assert [f.rule for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    busy = (
        "We will stay the course, leave no money on the table and get ahead of the story, because feedback is a muscle."
    )
    rules = [(f.text, f.rule) for f in analyze(busy, Profile()).flags if f.kind in SURFACE]
    assert ("stay the course", "jargon.en.idm_nautical_ctx") in rules
    assert ("get ahead of the story", "jargon.en.idm_pr_comms") in rules


def test_on_brand_needs_a_verb_or_degree_word() -> None:
    """'on-brand' is flagged after a verb or degree word, not when 'on brand' is a budget line."""
    spend = "We spent more on brand than on search this year."
    assert [f.rule for f in analyze(spend, Profile()).flags if f.kind in SURFACE] == []
    style = "The new ad is very on-brand."
    assert [(f.text, f.rule) for f in analyze(style, Profile()).flags if f.kind in SURFACE] == [
        ("on-brand", "jargon.en.idm_pr_comms")
    ]
