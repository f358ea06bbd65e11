"""English hedges and puffery added after the dev2 set (resources/lexicons/en/hedge.toml, peacock.toml, d2_*).

Hedge families: passive findings ("concerns were raised", "shortcomings were identified"), institutional
commitments with no date or owner ("will seek to", "at the earliest opportunity", "kept under review"), resource
caveats ("where possible", "subject to available funding", "for reasons beyond our control"), vague quantities
tied to an institutional noun ("certain aspects", "a number of customer records"), uncertainty tags ("not 100%
sure", "who's to say", "there's a chance the…") and hearsay frames ("the thinking goes").

Puffery families: borrowed grades ("studio-grade"), slogans ("audio, perfected"), timeless/luxury formulas,
product and food sensory copy, estate-agent copy, event atmosphere, superiority without a rival ("second to no
one", "in a league of his own"), praise and inflated gratitude, the glorious future ("the future is bright").

Plain sentences use the same words literally (a chance of rain, certain parts of the garden, bees buzzing, a
luxury hotel stay, a perfected sourdough, a silky soup) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, flags_of_kind

HEDGES = [
    ("After the inspection, concerns were raised about the night rota.", "concerns were raised", "passive_consensus"),
    ("Shortcomings were identified in how referrals are logged.", "Shortcomings were identified",
     "d2_passive_findings"),
    ("Concerns have been flagged about the new booking system.", "Concerns have been flagged", "d2_passive_findings"),
    ("Some roles will be impacted by the new structure.", "Some roles will be impacted", "d2_passive_findings"),
    ("Card details may have been exposed during the outage.", "may have been exposed", "d2_passive_findings"),
    ("Where possible, the council will seek to shift spending towards prevention.", "will seek to",
     "d2_institutional_commitments"),
    ("We will update customers at the earliest opportunity.", "at the earliest opportunity",
     "d2_institutional_commitments"),
    ("The policy will be kept under review.", "will be kept under review", "d2_institutional_commitments"),
    ("We take these concerns very seriously.", "We take these concerns very seriously",
     "d2_institutional_commitments"),
    ("There is no evidence to suggest that payment data was taken.", "There is no evidence to suggest",
     "d2_institutional_commitments"),
    ("Options are being explored for the Saturday service.", "Options are being explored",
     "d2_institutional_commitments"),
    ("Where possible, we will publish the minutes within a week.", "Where possible", "d2_resource_caveats"),
    ("Extra clinics will open, subject to available funding.", "subject to available funding",
     "d2_resource_caveats"),
    ("The launch moved for reasons beyond our control.", "for reasons beyond our control", "d2_resource_caveats"),
    ("The bridge opens in spring, depending on the weather and other factors.", "and other factors",
     "d2_resource_caveats"),
    ("The event was cancelled due to unforeseen circumstances.", "unforeseen circumstances",
     "d2_resource_caveats"),
    ("Inspectors looked at certain aspects of medicines management.", "certain aspects", "d2_vague_quantifiers"),
    ("A number of customer records were affected.", "A number of", "d2_vague_quantifiers"),
    ("In many ways, it's been the best year of my career.", "In many ways", "d2_vague_quantifiers"),
    ("Income has been steady. Savings, in other ways, not so much.", "in other ways, not so much",
     "d2_vague_quantifiers"),
    ("Not 100% sure, but the pilot looked positive.", "Not 100% sure", "d2_uncertainty_tags"),
    ("There's a chance customers were waiting for the new features.", "There's a chance", "d2_uncertainty_tags"),
    ("Supposedly it's about culture. Who's to say.", "Who's to say", "d2_uncertainty_tags"),
    ("It's too early to tell whether the trial worked.", "It's too early to tell", "d2_uncertainty_tags"),
    ("It's unclear whether the new rota helped.", "It's unclear whether", "d2_uncertainty_tags"),
    ("The thinking goes that smaller classes lift results.", "The thinking goes", "d2_hearsay_frames"),
    ("Reports have emerged of a second round of cuts.", "Reports have emerged", "d2_hearsay_frames"),
    ("Improvements are under way on both wards.", "Improvements are under way", "d2_passive_changes"),
    ("The evidence is mixed on four-day weeks.", "The evidence is mixed", "d2_mixed_verdicts"),
    ("Opinions differ on whether the scheme works.", "Opinions differ", "d2_mixed_verdicts"),
    ("Good progress has been made on the new wing.", "progress has been made", "d2_mixed_verdicts"),
    ("Discussions are ongoing with two suppliers.", "Discussions are ongoing", "d2_mixed_verdicts"),
    ("These figures are provisional and unaudited.", "figures are provisional", "d2_mixed_verdicts"),
    ("It is not inconceivable that rents fall next year.", "not inconceivable", "d2_litotes_and_guesses"),
    ("I wouldn't say it was a failure.", "I wouldn't say it", "d2_litotes_and_guesses"),
    ("The pilot was not without merit.", "not without merit", "d2_litotes_and_guesses"),
    ("Sales are forecast to rise in spring.", "are forecast to", "d2_litotes_and_guesses"),
    ("According to a friend at the bank, rates will drop.", "According to a friend", "d2_litotes_and_guesses"),
    ("I suspect most managers would agree.", "I suspect", "d2_epistemic_frames"),
    ("If true, this changes the picture for renters.", "If true", "d2_epistemic_frames"),
    ("The outcome is uncertain until the vote.", "The outcome is uncertain", "d2_epistemic_frames"),
    ("We remain hopeful that talks resume in spring.", "remain hopeful that", "d2_epistemic_frames"),
    ("It feels like the market is turning.", "It feels like", "d2_epistemic_frames"),
    ("There is no evidence that any data was taken.", "There is no evidence that", "d2_institutional_commitments"),
    ("Customers tend to churn in January.", "tend to", "d2_tend_to"),
]  # fmt: skip

PUFFERY = [
    ("Introducing the X5 headphones: studio-grade sound for your commute.", "studio-grade", "d2_grade_claims"),
    ("Salon-quality colour at home in twenty minutes.", "Salon-quality", "d2_grade_claims"),
    ("This is audio, perfected.", "audio, perfected", "d2_slogan_perfected"),
    ("Comfort, redefined.", "Comfort, redefined", "d2_slogan_perfected"),
    ("A sleek, timeless design in brushed steel.", "timeless design", "d2_timeless_design"),
    ("The epitome of luxury, right on the seafront.", "The epitome of luxury", "d2_luxury_frames"),
    ("Pure indulgence in every spoonful.", "Pure indulgence", "d2_luxury_frames"),
    ("Whisper-quiet motors and all-day comfort.", "Whisper-quiet", "d2_product_sensory"),
    ("Our finest vintage yet. Allocation opens Friday.", "Our finest vintage yet", "d2_product_sensory"),
    ("Unrivalled craftsmanship in every stitch.", "Unrivalled craftsmanship", "d2_product_sensory"),
    ("Designed to be lived in, made to be admired.", "Designed to be lived in", "d2_made_to_be"),
    ("Designed to be lived in, made to be admired.", "made to be admired", "d2_made_to_be"),
    ("Light-filled classrooms and a new science block.", "Light-filled", "d2_real_estate"),
    ("An immaculately presented three-bedroom home.", "immaculately presented", "d2_real_estate"),
    ("A feast for the senses, from the first course to the last.", "A feast for the senses", "d2_food_wine"),
    ("Mouth-watering burgers, every Friday night.", "Mouth-watering", "d2_food_wine"),
    ("Bespoke walnut cabinetry and Italian marble.", "Bespoke", "d2_bespoke_crafted"),
    ("A lovingly curated selection of natural wines.", "lovingly curated", "d2_bespoke_crafted"),
    ("Eternally grateful to every guest. The journey has only just begun.", "journey has only just begun",
     "d2_journey_begun"),
    ("These kids are the future, and the future is bright!", "the future is bright", "d2_journey_begun"),
    ("Our booth was buzzing from day one.", "booth was buzzing", "d2_event_atmosphere"),
    ("A young soloist who left the whole hall speechless.", "left the whole hall speechless",
     "d2_event_atmosphere"),
    ("A night to remember for the whole club.", "A night to remember", "d2_event_atmosphere"),
    ("A team that is second to no one.", "second to no one", "d2_without_equal"),
    ("I've worked with a lot of coaches. Marcus is in a league of his own.", "in a league of his own",
     "superlatives_more"),
    ("Huge credit to our sales team for the quarter.", "Huge credit to", "d2_praise_credit"),
    ("Thank you to our rockstar volunteers.", "rockstar volunteers", "d2_praise_credit"),
    ("Overwhelmed with gratitude this morning.", "Overwhelmed with gratitude", "d2_gratitude_overflow"),
    ("A week with the brightest young minds in the country.", "brightest young minds", "d2_bright_minds"),
    ("Loved by families across the county since 1982.", "Loved by families", "d2_popularity_claims"),
    ("The new range is flying off the shelves.", "flying off the shelves", "d2_popularity_claims"),
    ("Beloved by generations of home bakers.", "Beloved by generations", "d2_popularity_claims"),
    ("The launch was an absolute triumph.", "an absolute triumph", "d2_popularity_claims"),
    ("Where luxury meets comfort, on the banks of the Wye.", "Where luxury meets", "d2_brand_slogans"),
    ("Crafted for those who demand the best.", "for those who demand the best", "d2_brand_slogans"),
    ("The new stand is the jewel in the crown of the stadium.", "the jewel in the crown", "d2_landmark_moments"),
    ("A momentous day for the whole trust.", "A momentous day", "d2_landmark_moments"),
    ("The bridge is an engineering marvel.", "an engineering marvel", "d2_landmark_moments"),
    ("Results are 100% guaranteed.", "100% guaranteed", "proven_claims"),
    ("The law firm of choice for ambitious founders.", "firm of choice for", "d2_pitch_superlatives"),
    ("Trusted by over 500 brands.", "Trusted by over 500 brands", "d2_popularity_claims"),
    ("This programme will blow your mind.", "will blow your mind", "d2_pitch_superlatives"),
    ("A masterful piece of storytelling.", "masterful", "d2_praise_words_rare"),
    ("Our new office manager has been a dream hire.", "dream hire", "d2_dream_labels"),
    ("Meet the dream team behind our new app.", "the dream team", "d2_dream_labels"),
    ("The new espresso machine works like a dream.", "works like a dream", "d2_dream_labels"),
]  # fmt: skip

PLAIN = [
    "There's a chance of rain on Saturday, so bring a coat.",
    "Certain parts of the garden flood every winter.",
    "A number of neighbours stopped to help when the van broke down.",
    "The bees were buzzing in the lavender all afternoon.",
    "My phone was buzzing all night with messages from my sister.",
    "We booked a luxury hotel stay for my parents' anniversary.",
    "I finally perfected my sourdough after six months of flat loaves.",
    "Grandad was a bespoke tailor in Leeds for forty years.",
    "Blend the soup until silky, about two full minutes.",
    "The timeless story of the tortoise and the hare still works at bedtime.",
    "We went out for a breath of fresh air after the long meeting.",
    "The new glasses made a world of difference to my reading.",
    "The fireworks lit up the night over the harbour.",
    "Our cottage sits in the valley, two miles from the nearest shop.",
    "Happy 40th, Tom, and here's to many more!",
    "The kids are going places this summer: Wales, then Cornwall.",
    "The odds were one in a million, and we still won the raffle.",
    "She asked whether she could bring her baby to the session.",
    "After the game I was too tired to talk.",
    "The future of the high street was the topic at the parish meeting.",
    "The choir sang in perfect harmony at the carol service.",
    "The results were in: our son passed his driving test.",
    "Our office is in the heart of Leeds, next to the station.",
    "The nurses on the ward knew every patient by name.",
    "We ran out of scones by ten, so we will bake more next week.",
    "I wouldn't say no to a cup of tea after that walk.",
    "I'm not saying it was easy, but we got there.",
    "My dad was a true craftsman, a joiner for forty years.",
    "The trip of a lifetime: my gran's first flight, at 80.",
    "Happy anniversary, love. Here's to the next 20 years.",
    "We hit 100% of our fundraising target for the hospice.",
    "It feels like spring at last in the allotment.",
    "I doubt you'll find a better bakery in town, and the bread is 2 pounds.",
    "The excellent bus driver waited for my mum at the stop.",
    "The nurses tend to the wounded long after their shift ends.",
    "I had a strange dream last night about the old school.",
]


@pytest.mark.parametrize(("text", "evidence", "entry"), HEDGES)
def test_english_hedge_is_flagged_on_the_expected_words(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="hedge", rule=f"hedge.en.{entry}")


@pytest.mark.parametrize(("text", "evidence", "entry"), PUFFERY)
def test_english_puffery_is_flagged_on_the_expected_words(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="peacock", rule=f"peacock.en.{entry}")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_use_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_luxury_alone_names_a_sector_and_its_puff_frames_are_flagged() -> None:
    assert flags_of_kind("Our luxury hotel group opens a site in York.", "peacock") == []
    assert flags_of_kind("Sheer luxury, from check-in to checkout.", "peacock") == [
        ("Sheer luxury", "peacock.en.d2_luxury_frames")
    ]


def test_a_sensory_word_is_puffery_only_among_other_puffery() -> None:
    assert flags_of_kind("Whisk the sauce until silky and glossy.", "peacock") == []
    text = "Nothing short of spectacular: silky, seductive and utterly unforgettable. Truly exceptional."
    flagged = flags_of_kind(text, "peacock")
    assert ("silky", "peacock.en.d2_sensory_context") in flagged
    assert ("seductive", "peacock.en.d2_sensory_context") in flagged


def test_a_slogan_needs_its_comma_and_a_product_word() -> None:
    assert flags_of_kind("Coffee, perfected.", "peacock") == [("Coffee, perfected", "peacock.en.d2_slogan_perfected")]
    assert flags_of_kind("We perfected the recipe over three winters.", "peacock") == []


def test_there_is_a_chance_is_a_hedge_before_a_clause_not_before_weather() -> None:
    assert flags_of_kind("There's a chance we were simply early.", "hedge") == [
        ("There's a chance", "hedge.en.d2_uncertainty_tags")
    ]
    assert flags_of_kind("There's a chance of snow on the hills.", "hedge") == []
