"""Breadth of the bundled hedge lexicons on sentences written for this test (not taken from the corpus).

Each hedged sentence must carry a hedge flag on exactly the expected words, with the expected severity:
"warning" for wording that is almost always a dodge (unnamed consensus, evasive passive, conditional apology),
"info" for wording that is often fine but worth a second look (softener + adjective, vague crowd, "up to").
The plain sentences use the same words in their ordinary sense and must get no hedge flag at all.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import assert_flagged, surface_flags

W, INFO = "warning", "info"

HEDGED_EN = [
    ("It is widely thought that hybrid teams ship slower, but nobody has shown me the numbers.",
     "It is widely thought", W),
    ("Many argue that cover letters are dead; our last three hires all wrote one.", "Many argue", INFO),
    ("It was decided that the Friday demo would move to Monday.", "It was decided", W),
    ("Apologies if anyone felt left out of the planning session.", "Apologies if anyone", W),
    ("Our churn is somewhere in the region of last year's.", "somewhere in the region of", INFO),
    ("The new plan lets you cut hosting costs by as much as half.", "by as much as", INFO),
    ("The launch went kind of sideways on day two.", "kind of sideways", INFO),
    ("Honestly the results were a little disappointing for a first campaign.", "a little disappointing", INFO),
    ("The beta was mostly positive, apart from the login bug.", "mostly positive", INFO),
    ("Customers will likely notice the new checkout before the new logo.", "will likely", INFO),
    ("I might be off base here, but the pricing page needs fewer options.", "I might be off", INFO),
    ("Our agency is one of the leading studios in the north.", "one of the leading", INFO),
    ("The roadmap slipped, or so I'm told.", "or so I'm told", INFO),
    ("A lot of people in sales think cold calls still work.", "A lot of people in", INFO),
    ("The second survey was quite encouraging.", "quite encouraging", INFO),
    ("There's been some talk of a hiring freeze, nothing confirmed.", "There's been some talk", INFO),
    ("I wouldn't be surprised if we beat the target.", "I wouldn't be surprised", INFO),
    ("Any inconvenience is regretted.", "Any inconvenience is regretted", W),
    ("I'm sort of torn on this one.", "I'm sort of", W),
    # fourth pass: the same attributions and tentative frames in other tenses, persons and word orders
    ("Studies consistently show that feedback works best when it is immediate.", "Studies consistently show", W),
    ("Psychologists tell us that habits take two months to form.", "Psychologists tell us", W),
    ("Experts have long said that sleep matters more than hustle.", "Experts have long said", W),
    ("Industry watchers predict a hard landing for the sector.", "Industry watchers", W),
    ("It is well known that sleep affects focus.", "It is well known", W),
    ("I get the impression the board is nervous about the merger.", "I get the impression", INFO),
    ("From what I hear, the new manager is great.", "From what I hear", INFO),
    ("This ought to fix the sync problem for good.", "ought to fix", INFO),
    ("A Stanford study found that walking boosts creativity.", "A Stanford study", INFO),
    ("Research from Stanford shows that walking boosts creativity.", "Research from Stanford", INFO),
    ("I'd say it's probably not the right move for bigger teams.", "probably not the", INFO),
    ("Revenue is roughly flat this quarter.", "roughly flat", INFO),
    ("Some deadlines were missed in March.", "deadlines were missed", W),
    ("We're broadly in line with the plan.", "broadly in line", INFO),
    ("That must be why the churn went up in March.", "That must be why", INFO),
    ("It shouldn't be a problem for most teams.", "It shouldn't be", INFO),
    ("In most instances, the fix is simple.", "In most instances", INFO),
    ("There's some truth to the idea that meetings kill focus.", "some truth to", INFO),
    ("I'm told the new office opens in May.", "I'm told", INFO),
    ("I often feel like nobody reads the release notes.", "I often feel like", INFO),
    ("Remote work helps, to a limited extent.", "to a limited extent", INFO),
    ("I'm almost certain the venue will change again.", "I'm almost certain", INFO),
    ("I hear the new CEO wants to cut the training budget.", "I hear the", INFO),
]  # fmt: skip

HEDGED_FR = [
    ("Selon plusieurs études, le télétravail réduit le stress des équipes.", "Selon plusieurs études", W),
    ("On entend dire que le salon de Lyon sera annulé cette année.", "On entend dire", W),
    ("Il a été décidé de reporter le lancement à septembre.", "Il a été décidé", W),
    ("Si mes propos ont pu blesser certains collègues, j'en suis désolé.", "Si mes propos ont pu", W),
    ("Le budget a été calculé à la louche pour l'instant.", "à la louche", INFO),
    ("Les résultats sont raisonnablement bons pour un premier trimestre.", "raisonnablement bons", INFO),
    ("Tout porte à penser que le marché va se retourner.", "Tout porte à penser", INFO),
    ("Notre cabinet est l'un des leaders de la formation en région.", "l'un des leaders", INFO),
    ("La fonction a été en partie responsable de la panne de mardi.", "en partie responsable", INFO),
    ("Ce chiffre est à prendre avec des pincettes.", "à prendre avec des pincettes", INFO),
    ("Il est largement admis que la formation continue paie sur la durée.", "Il est largement admis", W),
    ("Des leçons ont été tirées de cet incident.", "Des leçons ont été tirées", W),
    ("Les données suggèrent une baisse des inscriptions en juin.", "Les données suggèrent", INFO),
    ("Notre offre fait gagner jusqu'à deux heures par semaine aux comptables.", "fait gagner jusqu'à", INFO),
    ("Toutes proportions gardées, notre lancement a mieux marché que le leur.", "Toutes proportions gardées", INFO),
    ("Il ne serait pas étonnant que les prix augmentent à la rentrée.", "Il ne serait pas étonnant", INFO),
    ("Sans trop m'avancer, le lancement est bien parti.", "Sans trop m'avancer", INFO),
    ("Des bruits de couloir annoncent une réorganisation.", "bruits de couloir", INFO),
    ("Comme disait l'autre, le mieux est l'ennemi du bien.", "Comme disait l'autre", W),
    # quatrième passe : mêmes précautions à d'autres temps, personnes et ordres des mots
    ("Les enquêtes montrent que les salariés veulent de la flexibilité.", "Les enquêtes montrent", W),
    ("Les psychologues nous disent qu'une habitude prend deux mois.", "Les psychologues nous disent", W),
    ("Il y a ceux qui disent que l'hybride est l'avenir.", "Il y a ceux qui disent", W),
    ("Il va de soi que les prix suivront.", "Il va de soi", W),
    ("J'ai dans l'idée qu'on atteindra l'objectif avant l'été.", "J'ai dans l'idée", INFO),
    ("La baisse est au moins en partie saisonnière.", "au moins en partie", INFO),
    ("Pas mal de clients se sont plaints du nouveau tarif.", "Pas mal de clients", INFO),
    ("C'est peut être notre meilleur trimestre.", "C'est peut être", INFO),
    ("Ce serait lié aux vacances scolaires.", "serait lié", INFO),
    ("Ça peut expliquer la baisse des inscriptions.", "peut expliquer", INFO),
    ("On est pas mal sûrs de nous pour juin.", "pas mal sûrs", INFO),
    ("La science nous dit qu'il faut faire des pauses.", "La science nous dit", W),
    ("Il y a de plus en plus d'études sur le sujet.", "de plus en plus d'études", W),
    ("Certaines échéances n'ont pas été tenues.", "échéances n'ont pas été tenues", INFO),
    ("Notre appli fait partie des plus fiables du marché.", "fait partie des plus", INFO),
    ("C'est probablement lié aux vacances scolaires.", "C'est probablement", INFO),
    ("Ça doit être lié au cache, comme la dernière fois.", "Ça doit être lié", INFO),
    ("Certains y voient un tournant pour le secteur.", "Certains y voient", INFO),
    ("Le lancement est prévu en mars. A priori.", "A priori", INFO),
    ("Le nouveau format a connu un certain succès auprès des équipes.", "un certain succès", INFO),
    ("Je suis à moitié convaincu par la nouvelle organisation.", "à moitié convaincu", INFO),
    ("Nous devrions atteindre l'objectif avant l'été.", "Nous devrions atteindre", INFO),
    ("Dans la majorité des cas, les clients reviennent.", "Dans la majorité des cas", INFO),
    ("Le marché repart, dirait-on.", "dirait-on", INFO),
    ("Il y a du vrai dans ce que disent les recruteurs.", "Il y a du vrai", INFO),
    ("J'ai parfois l'impression que personne ne lit les comptes rendus.", "J'ai parfois l'impression que", INFO),
    ("Certaines erreurs ont été commises pendant le déploiement.", "Certaines erreurs ont été commises", INFO),
    ("Je suis à peu près sûr que le salon sera reporté.", "à peu près sûr", INFO),
    ("Reste à savoir si les clients suivront.", "Reste à savoir", INFO),
    ("On observe une possible reprise au printemps.", "une possible", INFO),
    ("Ces chiffres montrent un lien possible entre sommeil et mémoire.", "un lien possible", INFO),
    ("Il n'est pas dit que les clients suivent la hausse des prix.", "Il n'est pas dit que", INFO),
]  # fmt: skip

PLAIN_EN = [
    "Forty people came to the street party on Saturday and we served 80 coffees.",
    "My son tends to wake up at six on Sundays, so I bake bread before breakfast.",
    "I read in the council minutes that the library opens on Sundays from January.",
    "What kind of bread do you like? I bake rye on Fridays.",
    "Prices are listed in euros and change with the exchange rate every Monday.",
    "I understand why you were upset, and I am sorry we missed your call.",
    "We sorted the donations into three piles: clothes, books and toys.",
    "The renovation is done; only the painting is left.",
    "I think the new bus timetable works better for night shifts.",
    "The doctors told us to wait a week before the next scan.",
    "Everyone thought I was joking when I signed up for the marathon.",
    "It was so kind of you to drive me home after the match.",
    "What kind of bread do you bake on Fridays?",
    "We'll probably go to Lyon in June to see my sister.",
    "We could have done better on the raffle, and we will next year.",
    "It would have been my dad's birthday today, so we baked his lemon cake.",
    "It must have been hard for you to move so far from home.",
    "You shouldn't be afraid to ask the nurses for help at night.",
    "We may have a spare room for the exchange student this summer.",
    "Some success stories from our food bank: 300 families fed in March.",
    "I don't feel like going to the gym today, so I'm walking the dog instead.",
    "I hear you, and I'm sorry we missed your call on Monday.",
    "Our canteen cut food waste by 30% this year; the figures are on the noticeboard.",
]

PLAIN_FR = [
    "On a roulé en troisième jusqu'à l'aire de repos, puis le dépanneur est arrivé.",  # "aire" is not "air"
    "Les enfants ont joué à l'air libre tout l'après-midi.",  # "à", not the verb "a"
    "Quarante personnes sont venues à la fête de quartier samedi et on a servi 80 cafés.",
    "Mon fils se réveille à six heures le dimanche, alors je fais le pain avant le petit-déjeuner.",
    "Cette recette est l'une des plus anciennes du carnet de ma grand-mère.",
    "Il y a des chances de pluie demain, alors la kermesse aura lieu sous le préau.",
    "Prends un parapluie : la météo annonce des averses en fin de journée.",
    "Le projet a été financé pour moitié par la région, pour moitié par la mairie.",
    "Je pense que le nouvel horaire du bus convient mieux aux équipes de nuit.",
    "Le chantier de la cantine est terminé ; il reste la peinture des murs.",
    "La cantine a réduit ses déchets de 30 % cette année ; les chiffres sont affichés à l'entrée.",
    "Une forme de soulagement nous a gagnés quand le médecin est sorti de la salle.",
    "Le formulaire peut être rempli en ligne avant vendredi.",
    "Beaucoup de bénévoles sont venus samedi pour repeindre l'école.",
    "Les médecins nous ont dit d'attendre une semaine avant le prochain examen.",
    "Ce n'est pas mal du tout, ce petit restaurant près de la gare.",
    "On doit être à la salle des fêtes à 18 h pour installer les chaises.",
    "Il y a un certain temps que je voulais raconter cette histoire.",
    "Il est possible de réserver sa place en ligne jusqu'à jeudi.",
    "Venez le plus tôt possible pour installer les tables.",
]


@pytest.mark.parametrize(("text", "evidence", "severity"), HEDGED_EN + HEDGED_FR)
def test_hedge_is_flagged_on_the_expected_words(text: str, evidence: str, severity: str) -> None:
    assert_flagged(text, evidence, kind="hedge", severity=severity)


@pytest.mark.parametrize("text", PLAIN_EN + PLAIN_FR)
def test_plain_sentence_gets_no_hedge(text: str) -> None:
    assert [f for f in surface_flags(text) if f.kind == "hedge"] == []


def test_the_flag_starts_and_ends_on_the_evidence() -> None:
    text = "Our churn is somewhere in the region of last year's."
    (flag,) = [f for f in analyze(text, Profile()).flags if f.kind.value == "hedge"]
    assert (flag.start, flag.end) == (13, 39)
    assert flag.rule == "hedge.en.approximators_more"
