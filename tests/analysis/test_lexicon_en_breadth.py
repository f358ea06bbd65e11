"""English breadth of the bundled jargon and peacock lexicons: variants real posts use, and near misses.

The positive sentences were written for this test (they are not corpus sentences): each must get a flag of the
expected kind whose evidence is exactly the expected text. The plain sentences use the literal sense of words
that are jargon only in business frames (drive, key, scale, pivot, sunset, unlock, socialise, platform...):
they must get no jargon, peacock or hedge flag at all.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

FLAGGED = [
    ("Sadly, 40 impacted employees will receive support during the transition.", "jargon", "impacted employees"),
    ("My key ask for next quarter: fewer status meetings.", "jargon", "key ask"),
    ("We pivoted our business model twice before the seed round.", "jargon", "pivoted our business"),
    ("As we scale the business into Germany, support stays in Lyon.", "jargon", "As we scale"),
    ("Our new pricing engine unlocks hidden revenue for independent hotels.", "jargon", "unlocks hidden revenue"),
    ("Please socialize the draft with the finance team before Friday.", "jargon", "socialize the draft"),
    ("We plan to sunset the legacy app in March.", "jargon", "plan to sunset"),
    ("Founders should own their growth metrics from day one.", "jargon", "own their growth"),
    ("Our partner motion is still too slow for mid-market deals.", "jargon", "partner motion"),
    ("We are optimizing our go-to-market for the Nordics this year.", "jargon", "optimizing our go-to-market"),
    ("Stop chasing growth at all costs.", "jargon", "growth at all costs"),
    ("Our customers are at the heart of everything we do.", "jargon", "at the heart of everything we do"),
    ("We are building the operating system for modern clinics.", "jargon", "the operating system for"),
    ("AI won't replace you, but someone using AI will.", "jargon", "AI won't replace you"),
    ("We co-innovate with three retailers on the checkout flow.", "jargon", "co-innovate"),
    ("We added tons of value for the sales team with one dashboard.", "jargon", "tons of value"),
    ("This tool helps teams drive better decision-making across the org.", "jargon", "drive better decision-making"),
    ("Our two-pizza teams ship on Fridays.", "jargon", "two-pizza teams"),
    ("We levelled up our onboarding this quarter.", "jargon", "levelled up"),
    ("We deep-dived into the churn data with finance.", "jargon", "deep-dived"),
    ("We were humbled beyond words by the response to our launch.", "peacock", "humbled beyond words"),
    ("The results were astonishing for a first release.", "peacock", "astonishing"),
    ("We are ushering in a new era of accounting.", "peacock", "ushering in a new era"),
    ("Join the best coding school in Europe.", "peacock", "the best coding school in Europe"),
    ("What a massive achievement for the whole crew.", "peacock", "massive achievement"),
    ("Our proven system gets results in 30 days.", "peacock", "proven system"),
    ("So pumped to see this crew grow.", "peacock", "So pumped"),
    ("Let's stress-test the plan with finance before Friday.", "jargon", "stress-test the plan"),
    ("Honestly, pricing is above my pay grade.", "jargon", "above my pay grade"),
    ("We are a design-led studio in Bristol.", "jargon", "design-led"),
    ("These are no-regret moves for any retailer.", "jargon", "no-regret moves"),
    ("The new app was built from the ground up for nurses.", "jargon", "built from the ground up"),
    # buzz verbs with the business objects they take (breadth pass 2)
    ("This hire will catalyze growth across the Nordics.", "jargon", "catalyze growth"),
    ("The partnership will fuel our next phase of growth.", "jargon", "fuel our next phase of growth"),
    ("Our data team is powering faster decision-making for every store.", "jargon", "powering faster decision-making"),
    (
        "We want to foster cross-functional collaboration between sales and product.",
        "jargon",
        "foster cross-functional collaboration",
    ),
    ("The tool helps enable operational efficiency for small lenders.", "jargon", "enable operational efficiency"),
    ("Founders need to ensure full alignment with the board before the raise.", "jargon", "ensure full alignment"),
    ("The merger lets us capture cost synergies within a year.", "jargon", "capture cost synergies"),
    # hyphenated compounds
    ("We are a hypothesis-driven, people-oriented studio.", "jargon", "hypothesis-driven"),
    ("We are a hypothesis-driven, people-oriented studio.", "jargon", "people-oriented"),
    ("Our AI-backed scoring is vendor-agnostic and always-on.", "jargon", "vendor-agnostic"),
    ("We need an org-wide plan before we become exit-ready.", "jargon", "exit-ready"),
    ("Let's co-build the pilot with two clinics.", "jargon", "co-build"),
    # office metaphors and meeting nouns
    ("Marketing ran a full-court press on the launch.", "jargon", "full-court press"),
    ("Please send the pre-read before Thursday's steering meeting.", "jargon", "pre-read"),
    ("This project ladders up to our 2026 strategy.", "jargon", "ladders up to"),
    ("We are solving for retention this quarter, not acquisition.", "jargon", "solving for retention"),
    ("Meet the bank of the future: no branches, no queues.", "jargon", "bank of the future"),
    ("Let that marinate before the offsite.", "jargon", "Let that marinate"),
    # office idioms, founder slang and slogans
    ("Honestly, we were building the plane while flying it all year.", "jargon", "building the plane while flying it"),
    ("Small team, but we punch above our weight in enterprise deals.", "jargon", "punch above our weight"),
    ("There is no silver bullet for churn.", "jargon", "There is no silver bullet"),
    ("Our new VP will operate like a startup inside the group.", "jargon", "operate like a startup"),
    ("Feedback is a gift, so here is mine.", "jargon", "Feedback is a gift"),
    ("Let's map the economic buyer before the demo.", "jargon", "economic buyer"),
    ("Clarity is everything when you scale a sales team.", "jargon", "Clarity is everything"),
    # 'leverage' as a verb or a business metaphor (the physical noun stays out)
    ("We leverage our partner network to reach new buyers.", "jargon", "leverage"),
    ("Teams that leverage AI ship faster.", "jargon", "leverage"),
    ("AI gives small teams massive leverage.", "jargon", "massive leverage"),
    ("We built a moat our competitors can't cross.", "jargon", "built a moat"),
    ("Unicorn status is not a business model.", "jargon", "Unicorn status"),
    ("Macro headwinds hit every market this year.", "jargon", "Macro headwinds"),
    ("We need to stay nimble as we grow.", "jargon", "stay nimble"),
    ("Misaligned incentives kill more startups than competitors.", "jargon", "Misaligned incentives"),
    # slogans and contrast formulas
    ("Our agency takes brands from insight to action in six weeks.", "jargon", "from insight to action"),
    ("We turn data into insights your board can use.", "jargon", "turn data into insights"),
    ("Community over competition, always.", "jargon", "Community over competition"),
    ("Leaders need to meet the moment.", "jargon", "meet the moment"),
    ("We placed a big bet on AI this year.", "jargon", "placed a big bet on"),
    # office words shown only among other buzzwords
    (
        "Q3 recap: we leveraged our partner ecosystem, but alignment across regions and sales velocity were the"
        " real unlocks, and our motion upmarket finally has traction.",
        "jargon",
        "motion",
    ),
]

PLAIN = [
    "We drove to Lyon on Sunday to see my aunt.",
    "The key was under the mat, as usual.",
    "Our team shipped the fix on Tuesday.",
    "There were fish scales all over the sink after my son cleaned the trout.",
    "I finally understood pivot tables this week.",
    "The bus journey to Leeds took three hours.",
    "Our broadband bandwidth drops every evening at eight.",
    "We watched the sunset from the harbour wall.",
    "My phone would not unlock after the update, so I restarted it.",
    "The puppy needs to socialise with other dogs before she is six months old.",
    "The river ecosystem recovered two years after the dam was removed.",
    "We took the website offline for an hour to move the servers.",
    "My daughter scaled the climbing wall at the leisure centre in four minutes.",
    "The train platform was closed, so we walked to the next station.",
    "The takeaways on our street all close at 11pm.",
    "How to scale a fish without making a mess: use a spoon.",
    "We have bandwidth problems at the office every Monday morning.",
    "The spin class is at capacity this month, so I'm on the waiting list.",
    "Tremendous support from the neighbours after the flood.",
    "She was a pioneer in cardiac surgery in the 1970s.",
    "The first-ever bus route to our village opened today.",
    "Our daughter's school offers blended learning for pupils who are ill.",
    "We said goodbye to Grandad today at the church in Leith.",
    "One day you'll own a home of your own, my dad said.",
    "After the diagnosis we were in survival mode for a month.",
    "My mum's bread is made with love and too much butter.",
    "This is a foolproof recipe for scones.",
    "It's absolutely vital to call 999 if someone stops breathing.",
    "I couldn't ask for a better neighbour than Ruth.",
    "Three months after surgery, I feel stronger than ever.",
    "We scaled Ben Nevis in the rain last Saturday.",
    "It was such a privilege to nurse him in his last week.",
    # literal senses of the verbs and compounds of breadth pass 2
    "We drove to the performance of Hamlet in Stratford on Saturday.",
    "Solar panels now power our house and the garden shed.",
    "We foster kittens for the local shelter every spring.",
    "The nurse will deliver the results of the scan on Monday.",
    "I fuel up the car every Friday on the way home.",
    "Grandma's trick: let it marinate overnight in yoghurt.",
    "My son made his first slam dunk at practice today.",
    "The heart monitor readout showed a steady rhythm all night.",
    "We learned to steer the ship on our sailing course in Oban.",
    "Solve for x, then check your answer by substitution.",
    "The cycle lane was purpose-built after the accident on our road.",
    "The frozen yoghurt shop is self-serve, so the kids loved it.",
    "My physics homework was about friction and gravity.",
    "I used a long crowbar for leverage to lift the old paving slab.",
    "Mind the gap between the train and the platform.",
    "It's the small moments that matter most with the grandchildren.",
    "She learns from her mistakes faster than I ever did.",
    "My brother and I co-own a caravan in Wales.",
    "Our list of jobs to be done this weekend: gutters, shed, lawn.",
    "Hold the pose and maintain alignment of your knees over your ankles.",
    "The nurses showed up every day for my dad.",
    "He wore a buttoned-up shirt to the wedding.",
    "We walked the dog to the bridge over the river.",
    "We're like a family on the ward: we cover each other's shifts.",
    "We are a family of five and we love camping.",
    "My work family threw me a leaving party on Friday.",
    "Sleep is non-negotiable for me since the baby arrived.",
    "Be proactive about your health: book the screening.",
    "My dentist said my front teeth are misaligned.",
    "We are downsizing to a bungalow near my sister.",
    "Our scrappy little terrier chased the postman again.",
    "I love watching the A-Team reruns with my dad.",
    "We cycled into strong headwinds all the way to Whitby.",
    "Our cycling club rode with a tailwind the whole way home.",
    "The kids want a unicorn cake for the party on Saturday.",
    "Our yoga teacher's old guru lived in Rishikesh.",
    "We visited a castle with a real moat and a drawbridge.",
    "She has nimble fingers and finished the quilt in a week.",
    "My son orchestrated a surprise party for his mum.",
    "The fence posts are galvanized steel, so they won't rust.",
    "We incubated twelve eggs and nine chicks hatched.",
    "The doctor said my blood pressure was elevated, so I'm walking more.",
    "Scaling fish is easier with a spoon than a knife.",
    "My daughter curated a small exhibition of her school's paintings.",
    "I watched the motion of the waves for an hour.",
    "We bought a new pillar drill for the workshop.",
    "Our choir's ownership of the old hall ended in May.",
]


@pytest.mark.parametrize(("text", "kind", "evidence"), FLAGGED)
def test_breadth_variants_are_flagged(text: str, kind: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind=kind)


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
