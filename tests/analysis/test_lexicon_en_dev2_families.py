"""English jargon families found in the dev2 development set (the ``d2_`` entries of resources/lexicons/en/jargon.toml).

Each dev2 miss was taken as a sample of a family (the champion network, cascading, hardwiring into the culture,
sales-hiring slang, the noun "ask" and "learning", "-led" labels, demand "engines", pods, line of sight,
research-impact and funders' vocabulary, "activating" a collection, "lays the foundation"...). The positive
sentences were written for this test, not copied from a corpus: each must get a jargon flag from the expected
rule with exactly the expected evidence. The plain sentences use the same words in their literal sense (a dive
on a wreck, the North Star in the sky, a pond ecosystem, hard-wired smoke alarms, a pivot hinge, a washing
machine, pods of dolphins, league champions, firefighters): they must get no jargon, peacock or hedge flag.
Sense-dependent words ("deep dive", "north star", "firefighting", "coachable") are shown, as context, only in a
post that already has other buzzwords.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag, check_offsets

# (sentence, evidence, entry id); every expected flag is a jargon warning from rule "jargon.en.<entry id>".
FLAGGED = [
    (
        "The direction of travel for the county is clear from the budget.",
        "direction of travel",
        "d2_direction_of_travel",
    ),
    ("Next week we land the recommendations with the executive committee.", "land the recommendations", "d2_land_the"),
    (
        "We need someone hungry, coachable and organised for the London territory.",
        "hungry, coachable",
        "d2_sales_hiring",
    ),
    ("She manages a book of enterprise logos across the north.", "book of enterprise logos", "d2_sales_hiring"),
    ("He has sold into hospital trusts for ten years.", "sold into hospital", "d2_sales_hiring"),
    ("Thanks to the wellbeing champions on every floor.", "wellbeing champions", "d2_champions"),
    ("Our digital champions trained 300 colleagues in March.", "digital champions", "d2_champions"),
    ("The ward sisters championed it from day one.", "championed it from day one", "d2_champions"),
    ("We plan to scale the pilot across all six sites in spring.", "scale the pilot across", "d2_scale_spread"),
    ("Our full-service team handles wills and probate.", "full-service team", "d2_full_service"),
    ("Front-load the difficult conversations with the landlord.", "Front-load the difficult", "d2_front_load"),
    (
        "We mapped the journey and identified four moments that matter.",
        "identified four moments that matter",
        "d2_moments_that_matter",
    ),
    ("My biggest learning this year: write things down.", "My biggest learning", "d2_learning_noun"),
    ("You can't pour from an empty cup, so I now take Fridays off.", "You can't pour from", "d2_self_care_cliches"),
    ("I spent a year in constant firefighting.", "constant firefighting", "d2_firefighting"),
    ("I said yes to every ask that came in.", "yes to every ask", "d2_the_ask"),
    ("We want to amplify the voices of young carers.", "amplify the voices of", "d2_amplify"),
    ("The grant is catalytic funding that will crowd in other donors.", "catalytic funding", "d2_philanthropy_finance"),
    ("Our head talked about learner agency for an hour.", "learner agency", "d2_learner_agency"),
    ("The project needs executive sponsorship from the CFO.", "executive sponsorship", "d2_exec_sponsorship"),
    ("We will support every impacted colleague.", "every impacted colleague", "d2_impacted_euphemism"),
    ("Managers should be coaches, not bosses.", "coaches, not bosses", "d2_not_slogans"),
    ("Culture is not a values deck.", "values deck", "d2_not_slogans"),
    (
        "The project will feed the impact agenda and knowledge exchange with councils.",
        "impact agenda",
        "d2_research_impact",
    ),
    ("It was a huge change management effort for the whole trust.", "change management effort", "d2_change_management"),
    ("We will move money towards front-line delivery.", "front-line delivery", "d2_frontline_budget"),
    ("Our platform orchestrates bookings and invoices in one place.", "orchestrates bookings", "d2_orchestrate"),
    (
        "I spend my days bridging the gap between clinicians and engineers.",
        "bridging the gap between clinicians",
        "d2_bridge_gap",
    ),
    (
        "The support team is pivoting from reactive tickets to account reviews.",
        "pivoting from reactive",
        "d2_pivot_reactive",
    ),
    ("Every account now has a success plan and a named executive sponsor.", "success plan", "d2_customer_success"),
    ("Forget the loyalty ecosystem and learn your regulars' names.", "loyalty ecosystem", "d2_ecosystem_compounds"),
    ("There are golden threads running through the whole plan.", "golden threads running", "d2_golden_thread"),
    ("I help founders nail their positioning in six weeks.", "nail their positioning", "d2_positioning"),
    ("We built a demand engine that books 40 calls a month.", "demand engine", "d2_engines"),
    ("Our packages are now advisory-led.", "advisory-led", "d2_led_compounds"),
    ("We split the sales org into pods of three.", "org into pods", "d2_pods_structure"),
    ("Now we have better line of sight on renewals.", "better line of sight on", "d2_line_of_sight"),
    ("The museum is activating its collections for teenagers.", "activating its collections", "d2_activate"),
    ("We want to become a third space for the town.", "third space for the town", "d2_activate"),
    ("Our firm is known for client excellence.", "client excellence", "d2_excellence"),
    ("Her course helped me step into my power.", "step into my power", "coach_speak_more"),
    ("We did a deep dive into the churn data.", "deep dive", "deep_dive"),
    ("Retention is our north star for next year.", "our north star", "north_star"),
    ("Let's action that before Friday.", "action", "d2_office_verbing"),
    ("She was transitioned out of her role last month.", "transitioned out of her role", "d2_transition_out"),
    ("The new app gives teachers superpowers in the marking pile.", "gives teachers superpowers", "d2_superpowers"),
    ("The aim is to hardwire it into our daily huddles.", "hardwire it into our daily", "d2_hardwire_embed"),
    ("Site leads will cascade the key messages to every team.", "cascade the key messages", "d2_cascade"),
    ("This partnership lays the foundation for future growth.", "lays the foundation for future", "d2_lay_foundation"),
    ("We help our clients sell into the NHS.", "sell into the NHS", "d2_sales_hiring"),
    ("Our sales org now has one pod model per region.", "pod model", "d2_pods_structure"),
    ("She joined a team that runs a mutual action plan with every buyer.", "mutual action plan", "d2_customer_success"),
    ("Executive buy-in came after the second pilot.", "Executive buy-in", "d2_exec_sponsorship"),
    ("Our digital maturity journey started in 2021.", "digital maturity", "d2_change_management"),
    ("The research has policy-relevant findings for two councils.", "policy-relevant", "d2_research_impact"),
    ("We are building a champion network across the trust.", "champion network", "d2_champions"),
    ("Reactive to proactive is the theme of next year.", "Reactive to proactive", "d2_pivot_reactive"),
    ("We help you get clear on your positioning.", "get clear on your positioning", "d2_positioning"),
    ("Pre-wire the decision with the finance director.", "Pre-wire the decision", "d2_front_load"),
    ("I've learned to fill my own cup before Monday.", "fill my own cup", "d2_self_care_cliches"),
    ("They had an incredibly coachable mindset from day one.", "coachable mindset", "d2_sales_hiring"),
    ("The consultants want to size the prize before the board meeting.", "size the prize", "d2_office_verbing"),
    ("It's directionally correct, so ship it.", "directionally correct", "d2_office_verbing"),
    ("Let's whiteboard it on Monday.", "Let's whiteboard", "d2_office_verbing"),
    ("We need to baseline the metrics first.", "baseline the metrics", "d2_office_verbing"),
]

# Wider register around the same families, reported as info (a second look, not a firm verdict).
FLAGGED_INFO = [
    ("We are building commercial muscle in the new sales team.", "commercial muscle", "d2_strategy_idioms"),
    ("We will recalibrate our approach after the pilot.", "recalibrate our approach", "d2_strategy_idioms"),
    ("We rewrote the rulebook for onboarding.", "rewrote the rulebook", "d2_strategy_idioms"),
    ("Our aim is to challenge the status quo in pensions.", "challenge the status quo", "d2_strategy_idioms"),
    ("We need to punch through the noise on social media.", "punch through the noise", "d2_market_position"),
    ("We are growing our international footprint this year.", "international footprint", "d2_market_position"),
    ("We are moving up the value chain with advisory work.", "up the value chain", "d2_market_position"),
    ("We will outpace the competition with faster delivery.", "outpace the competition", "d2_market_position"),
    ("Stop playing small and send the invoice.", "Stop playing small", "d2_feed_slogans"),
    ("Vulnerability is a strength, they said at the summit.", "Vulnerability is a strength", "d2_feed_slogans"),
    ("Rejection is redirection, so I applied again.", "Rejection is redirection", "d2_feed_slogans"),
    ("Our product is sticky, and churn is down.", "product is sticky", "d2_startup_metrics_talk"),
    ("We closed an oversubscribed round in March.", "oversubscribed round", "d2_startup_metrics_talk"),
    (
        "We are relational, not transactional, with our tenants.",
        "relational, not transactional",
        "d2_public_service_register",
    ),
    (
        "We listen to the voice of the patient in every review.",
        "listen to the voice of the patient",
        "d2_public_service_register",
    ),
    ("We are making every contact count at the pharmacy.", "making every contact count", "d2_public_service_register"),
    ("We are working upstream on prevention with the schools.", "working upstream on", "d2_public_service_register"),
    ("We want to be a destination employer for engineers.", "destination employer", "d2_purpose_values"),
    ("Our values guide everything we do at the depot.", "Our values guide everything", "d2_purpose_values"),
    ("We are human-centred leadership people.", "human-centred leadership", "d2_purpose_values"),
    ("We run a no-ego culture in the workshop.", "no-ego culture", "d2_hiring_culture_labels"),
    ("We work async by default across three time zones.", "async by default", "d2_hiring_culture_labels"),
    ("You will partner closely with the finance team.", "partner closely with", "d2_hiring_culture_labels"),
    ("The chain needs managers who run the P&L and know their food costs.", "run the P&L", "d2_pnl_ownership"),
    ("She has full P&L responsibility for Europe.", "P&L responsibility", "d2_pnl_ownership"),
]

PLAIN = [
    "I did my first deep dive on the wreck off Plymouth Sound today: 32 metres.",
    "Our deep dive to forty metres took twenty minutes.",
    "The whole ecosystem lives in a pond the size of a parking bay.",
    "Nutrients move across the ecosystem when the river floods.",
    "Last night I showed my boys how to find the North Star from the Plough.",
    "Polaris is the North Star and it barely moves.",
    "Sailors used the north star to find their way home.",
    "I fitted hardwired smoke alarms in fourteen flats this week.",
    "The doorbell is hardwired into the mains.",
    "We replaced the pivot hinge on the barn door.",
    "The door pivots from the top hinge.",
    "Nadia rebuilt the pivot table we use for supplier payments.",
    "The water cascaded down the rocks into the pool.",
    "Her hair cascaded down her back.",
    "The builder laid the foundations for the extension in May.",
    "The kids are hungry after swimming, so we stop for chips.",
    "The charity feeds hungry families every weekend.",
    "My son's coach says he is very coachable.",
    "Liverpool are league champions again.",
    "She is the county champion at chess.",
    "The dolphins swam past in pods of five.",
    "We bought coffee pods for the office machine.",
    "The firefighters spent the whole night firefighting on the moors.",
    "He has thirty years of experience in firefighting.",
    "They each ask a question at the end of the lesson.",
    "The band used a speaker to amplify the sound.",
    "The conductor orchestrated the piece for strings.",
    "The new footbridge will bridge the gap between the two villages.",
    "We have a clear line of sight to the junction from the new window.",
    "Cut back the hedge so drivers have a line of sight over the bend.",
    "My steepest learning curve this year was the tax return.",
    "My daughter is learning to swim.",
    "She came third place in the 10k.",
    "Sew it with golden thread for the wedding dress.",
    "Press the button to activate the alarm.",
    "We front-loaded the washing machine and left for work.",
    "The immersive theatre show in the old warehouse was fun.",
    "I scaled the recipe up for forty people.",
    "We landed at Gatwick at six and took the train home.",
    "Our logos were printed on the new van.",
    "The full-service petrol station on the A1 has closed.",
    "Please check the deck of the boat for cracks.",
    "The ecosystem of the chalk stream is fragile after the dry summer.",
    "He was transitioned to the cardiac ward after surgery.",
    "I go to the gym to build muscle for the rugby season.",
    "We sat on the bench by the river.",
    "Please stay in your lane on the motorway.",
    "The farm has a strong footprint of old buildings.",
    "The river flows downstream to the sea.",
    "The Victorians blazed a trail across the moor for the railway.",
    "Press reset on the router if the light is red.",
    "We started a conversation with the neighbours about the hedge.",
    "She recalibrated the scales before weighing the flour.",
    "The floor of the cinema is sticky.",
    "The salmon swim upstream to spawn.",
    "The voice of the child on the phone was shaking.",
    "My son gets better every day at reading.",
    "Please normalise the data before plotting.",
    "Come and build with us at the allotment this Saturday.",
]

# A sense-dependent word alone is not flagged; among other buzzwords it is shown (a context entry, reported as info).
CONTEXT_ALONE = "We did a deep dive on the wreck near the harbour wall."
CONTEXT_AMONG = (
    "We leveraged synergies with our partners, moved the needle on retention "
    "and did a deep dive on the wreck of last year's roadmap."
)


@pytest.mark.parametrize(("text", "evidence", "entry"), FLAGGED)
def test_dev2_families_are_flagged(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.en.{entry}", severity="warning")


@pytest.mark.parametrize(("text", "evidence", "entry"), FLAGGED_INFO)
def test_wider_register_is_flagged_as_info(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.en.{entry}", severity="info")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


def test_sense_dependent_word_is_context_only() -> None:
    assert [f.text for f in analyze(CONTEXT_ALONE, Profile()).flags if f.kind in SURFACE] == []
    report = analyze(CONTEXT_AMONG, Profile())
    check_offsets(CONTEXT_AMONG, report.flags)
    found = [(f.text, f.rule, f.severity.value) for f in report.flags if f.kind in SURFACE]
    assert ("deep dive", "jargon.en.d2_ctx_metaphors", "info") in found
