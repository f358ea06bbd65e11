"""Breadth and precision of the bundled peacock (puffery) lexicons, on sentences written for this test.

Puffery sentences: each must carry a peacock flag from the expected rule on exactly the expected words. The
families are the forms and combinations of empty polish: stacked ceremonial feelings ("honoured and delighted",
"ravie et émue"), intensifier + feeling or inflated feeling noun ("immeasurably proud", "fierté
incommensurable"), award boilerplate ("honoured to have been named", "honorée d'avoir été nommée"), superlatives
anchored to a public or professional frame ("the biggest intake in our history", "le salon le plus attendu de
l'année").

Plain sentences: the same words in their ordinary, sincere sense (a family event, the weather, a bus line, a
thank-you to volunteers, a personal superlative bounded by "I ever got") must get no jargon, peacock or hedge
flag at all. Some of that wording is listed with severity "context": it shows only in a post already dense with
puffery, which the last tests check.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, flags_of_kind

PUFFERY_EN = [
    ("Honoured and delighted to be named Volunteer Manager of the Year by the county council.",
     "Honoured and delighted", "stacked_feelings"),
    ("Immeasurably proud of what this team shipped in March.", "Immeasurably proud", "intensified_feelings_2"),
    ("We are so incredibly grateful to the 40 schools that piloted the app.", "so incredibly grateful",
     "intensified_feelings_2"),
    ("Absolutely overjoyed with how the first cohort went.", "Absolutely overjoyed", "intensified_feelings_2"),
    ("It is with immense pride that we open our second workshop in Leeds.", "immense pride",
     "feeling_nouns_inflated"),
    ("Honoured to have been named in the Top 50 Women in Engineering list.", "Honoured to have been named",
     "recognition_boilerplate"),
    ("It's an honour to be recognised alongside such inspiring founders.", "honour to be recognised",
     "recognition_boilerplate"),
    ("It's an honour to be recognised alongside such inspiring founders.", "alongside such inspiring",
     "recognition_boilerplate"),
    ("So well deserved, Priya: three years of night shifts on that ward.", "So well deserved",
     "well_deserved_inflated"),
    ("Surrounded by the brightest people at the summit this week.", "Surrounded by the brightest",
     "praise_frames_6"),
    ("One of the proudest moments of my career: our first paying customer.",
     "One of the proudest moments of my career", "praise_frames_6"),
    ("The best conference I've ever attended, hands on and no slides.", "The best conference I've ever attended",
     "hands_down"),
    ("Without a doubt the best hire we made this year.", "Without a doubt the best", "hands_down"),
    ("Proud of our 12 apprentices; this was the biggest intake in our history.",
     "biggest intake in our history", "superlatives_more"),
    ("The installers did a superbly tidy job on the roof.", "superbly", "praise_adverbs_6"),
    ("I couldn't have asked for a better team for our first launch.", "couldn't have asked for a better team",
     "praise_frames_6"),
]  # fmt: skip

PUFFERY_FR = [
    ("Honorée et émue de rejoindre le conseil de l'hôpital de Lyon.", "Honorée et émue", "emotions_empilees"),
    ("Immensément reconnaissant envers les 40 bénévoles du festival.", "Immensément reconnaissant", "intensifs"),
    ("Tellement fier·e de vous annoncer l'ouverture de notre deuxième atelier.", "Tellement fier·e", "intensifs"),
    ("Une fierté incommensurable pour toute l'équipe après ce lancement.", "fierté incommensurable",
     "emotions_noms_gonfles"),
    ("Honorée d'avoir été nommée parmi les 50 femmes de la tech.", "Honorée d'avoir été nommée",
     "distinction_formules"),
    ("Plus que jamais motivée pour cette nouvelle saison.", "Plus que jamais motivée", "intensifs_6"),
    ("Sacrément fiers de ce que l'équipe a livré en mars.", "Sacrément fiers", "intensifs_6"),
    ("Une pâte à tartiner ultra-gourmande, sans huile de palme.", "ultra-gourmande", "ultra_prefixes"),
    ("Sans aucun doute le défi le plus difficile de ma carrière.", "Sans aucun doute le défi le plus",
     "superlatifs_fr"),
    ("L'aventure la plus folle de ma vie commence lundi chez Acme.", "aventure la plus folle de ma vie",
     "superlatifs_fr"),
    ("Le salon le plus attendu de l'année ouvre ses portes à Lyon.", "salon le plus attendu de l'année",
     "superlatifs_fr"),
    ("Rejoignez la meilleure école de code de France.", "la meilleure école de code de France", "superlatifs_fr"),
    ("C'est de très loin le plus beau projet de l'agence.", "de très loin le plus", "superlatifs_fr"),
    ("Nous sommes le numéro 1 du recrutement tech en France.", "le numéro 1 du", "superlatifs_fr"),
    ("Surexcités de vous présenter notre nouvelle gamme.", "Surexcités de vous", "merci_bravo_gonfles_5"),
    ("Merci à la meilleure équipe qui soit !", "la meilleure équipe qui soit", "le_meilleur"),
    ("Un concert fabuleusement mis en scène par l'agence.", "fabuleusement", "eloges_6"),
    ("Notre meilleur trimestre à ce jour, porté par l'export.", "Notre meilleur trimestre", "eloges_6"),
    ("Une soirée de gala qui restera dans les annales du club.", "restera dans les annales", "eloges_6"),
    ("Pas peu fière de vous présenter notre nouveau site.", "Pas peu fière", "vantardise_et_promesse_6"),
    ("Honorée d'être nommée ambassadrice de la région.", "Honorée d'être nommée", "distinction_formules"),
    ("Fière d'être citée parmi tant de femmes inspirantes.", "parmi tant de femmes inspirantes",
     "distinction_formules"),
]  # fmt: skip

PLAIN_EN = [
    "The best advice I ever got was to write things down.",
    "The best advice I ever received came from my first manager: ask before you assume.",
    "The most I ever paid for a haircut was 30 euros.",
    "It's the best thing I've ever baked, and it took four attempts.",
    "Moving closer to my parents was the best decision I ever made.",
    "That was the first time in our history that the club had a female president.",
    "It's the number one bus that stops near the school.",
    "The number one question I get at the library desk is how to renew a book online.",
    "Without a doubt the rain will cancel the match on Sunday.",
    "What a day. The dog ate the birthday cake and the car would not start.",
    "My kids were jumping for joy when the snow came.",
    "Thank you to the whole team at the ward for looking after my father.",
    "Proud and grateful: my son passed his exams.",
    "I'm honoured to be invited to speak at my friend's wedding.",
    "The energy was low after the night shift, so we ordered pizza.",
    "He was the kindest man I've ever met.",
    "We're thrilled to have my sister home for Christmas.",
    "I couldn't have asked for a better dad.",
    "Nobody believed me when I said the bus would be late again.",
    "We're thrilled and grateful to announce the birth of our daughter, Maya.",
    "We caught the 1 o'clock bus; the 1 after that was full.",
    "I am blessed with patient neighbours.",
    "She finished top 1 in her age group.",
]

PLAIN_FR = [
    "Le meilleur conseil qu'on m'ait donné : tout noter.",
    "Merci à toute l'équipe de nuit qui a tenu le service pendant la grève.",
    "Merci et encore merci à tous les bénévoles de la brocante.",
    "Mille fois merci aux voisins qui ont gardé le chat.",
    "C'est le plus beau jour de ma vie : notre fille est née ce matin.",
    "C'était la semaine la plus dure de ma vie.",
    "La nuit la plus froide de l'année, le refuge était plein.",
    "C'est la plus grande marée de l'année, on a vu des phoques.",
    "La ligne numéro 1 du tram est en travaux jusqu'en mai.",
    "Les enfants étaient surexcités avant Noël.",
    "Mon fils a sauté de joie en voyant la neige.",
    "J'avais des papillons dans le ventre avant mon premier jour.",
    "On voit le clocher de très loin.",
    "Sans aucun doute, il va pleuvoir demain.",
    "C'est le meilleur restaurant du quartier et le moins cher.",
    "J'ai pris la meilleure offre des trois : la moins chère.",
    "Mon film préféré de tous les temps reste Le Roi Lion.",
    "Jour J pour le déménagement : les cartons sont prêts.",
    "Les bénévoles ont fait un travail de titan pour déblayer la boue.",
    "Quelle journée ! Le chien a mangé le gâteau d'anniversaire.",
    "Le plus beau cadeau, c'est que mon père soit là pour Noël.",
    "Ce fut la plus belle journée de l'été.",
    "C'est hyper important de bien dormir avant un examen.",
    "Fière et émue : ma fille a eu son bac ce matin.",
    "La tarte de ma voisine était tellement bonne que j'ai demandé la recette.",
    "Son soutien a tout changé pendant ma rééducation.",
    "Les enfants sont restés bouche bée devant le feu d'artifice.",
    "Après trois jours de laryngite, je suis sans voix.",
    "Je ne vous cache pas ma déception après ce match.",
    "Ravis et émus de vous présenter Léa, née ce matin.",
    "La boulangerie est à 200 mètres de la gare.",
    "Il est arrivé top 1 de sa classe en maths.",
    "Quel bonheur de dormir huit heures d'affilée.",
    "Ma voisine est une perle, elle arrose mes plantes tout l'été.",
]


@pytest.mark.parametrize(("text", "evidence", "entry"), PUFFERY_EN)
def test_english_puffery_is_flagged_on_the_expected_words(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="peacock", rule=f"peacock.en.{entry}")


@pytest.mark.parametrize(("text", "evidence", "entry"), PUFFERY_FR)
def test_french_puffery_is_flagged_on_the_expected_words(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="peacock", rule=f"peacock.fr.{entry}")


@pytest.mark.parametrize("text", PLAIN_EN + PLAIN_FR)
def test_sincere_sentence_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_a_stacked_pair_needs_a_ceremonial_word() -> None:
    assert flags_of_kind("Honoured and grateful to receive the county award.", "peacock") == [
        ("Honoured and grateful", "peacock.en.stacked_feelings")
    ]
    assert flags_of_kind("Tired and grateful after the night shift.", "peacock") == []
    assert flags_of_kind("Touchée et honorée par cette distinction.", "peacock") == [
        ("Touchée et honorée", "peacock.fr.emotions_empilees")
    ]


def test_a_percentage_needs_its_sign() -> None:
    assert flags_of_kind("I help the top 1% of founders.", "peacock") == [("top 1% of", "peacock.en.elite")]
    assert flags_of_kind("Une équipe motivée à 200 % pour ce lancement.", "peacock") == [
        ("motivée à 200", "peacock.fr.adjectifs_creux")
    ]


def test_a_life_superlative_is_puffery_only_with_a_career_noun() -> None:
    assert flags_of_kind("Le défi le plus difficile de ma vie : ma certification PMP.", "peacock") == [
        ("défi le plus difficile de ma vie", "peacock.fr.superlatifs_fr")
    ]
    assert flags_of_kind("Le jour le plus difficile de ma vie : l'enterrement de mon père.", "peacock") == []


def test_everyday_exclamation_shows_only_among_other_puffery() -> None:
    plain = "Quelle journée ! Le chien a mangé le gâteau d'anniversaire."
    dense = "Quelle journée ! Une équipe incroyable, des intervenants exceptionnels et un succès retentissant."
    assert flags_of_kind(plain, "peacock") == []
    assert flags_of_kind(dense, "peacock") == [
        ("Quelle journée", "peacock.fr.ctx_emphase_courante"),
        ("équipe incroyable", "peacock.fr.equipe_incroyable"),
        ("exceptionnels", "peacock.fr.exceptionnel"),
        ("succès retentissant", "peacock.fr.xxl"),
    ]
    severities = {f.text: f.severity.value for f in analyze(dense, Profile()).flags}
    assert (severities["Quelle journée"], severities["succès retentissant"]) == ("info", "warning")


def test_english_context_phrase_shows_only_among_other_puffery() -> None:
    plain = "It's the number one bus that stops near the school."
    dense = "The number one platform for teams: world-class, award-winning and truly revolutionary."
    assert flags_of_kind(plain, "peacock") == []
    assert ("The number one", "peacock.en.ctx_polish_en") in flags_of_kind(dense, "peacock")


@pytest.mark.parametrize(
    ("plain", "dense", "evidence", "rule"),
    [
        ("Un parapluie est indispensable en Bretagne, même en juillet.",
         "Une appli indispensable, une équipe incroyable et des résultats exceptionnels.",
         "indispensable", "peacock.fr.ctx_emphase"),
        ("It is rare to see snow in Seville.",
         "A rare, world-class team delivering award-winning, unparalleled results.",
         "rare", "peacock.en.ctx_polish_en"),
    ],
)  # fmt: skip
def test_claims_of_rarity_count_only_among_other_puffery(plain: str, dense: str, evidence: str, rule: str) -> None:
    assert flags_of_kind(plain, "peacock") == []
    assert (evidence, rule) in flags_of_kind(dense, "peacock")
