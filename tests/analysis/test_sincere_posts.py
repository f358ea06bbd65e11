"""Plain, sincere posts must produce NO jargon / peacock / hedge flag with the bundled lexicons."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE

EN = [
    "Yesterday our bakery ran out of flour at 10am. I drove to the wholesaler, came back soaked, and we still "
    "opened the afternoon batch on time. Thank you Marco for covering the counter alone.",
    "I failed my driving theory test twice before passing it last week. The third time I read the questions "
    "out loud. Slow, but it worked.",
    "Thank you to the nurses on ward 6 who looked after my dad in March. You were patient with him and with me.",
    "Question for other freelance translators: how do you price rush jobs? I charge 30% more but I am not sure "
    "it covers the lost weekend.",
    "Today I handed over the keys of the workshop I ran for eleven years. I cried in the car. Then I bought "
    "croissants for the new owners.",
    "We moved our weekly meeting from Monday 9am to Tuesday 11am. People talk more now. Small change.",
    "I made a mistake in last month's invoice run and charged 14 clients twice. We refunded everyone within two "
    "days and I called each of them.",
    "My first week as a teacher: 28 kids, one broken projector, and a boy who asked if I was new. Yes, I am.",
    "Lesson from my garden this year: the tomatoes I ignored did better than the ones I watered every day.",
    "Does anyone know a good accountant in Leeds who works with small charities? Ours is retiring in June.",
    "After 6 years at the library I am leaving in May. I will miss the Saturday chess club most.",
    "I spent the morning fixing a printer with our intern Sam. We read the manual together. It was the paper tray.",
    "Our football club raised 2,400 pounds for new kits. Thank you to every parent who baked a cake.",
    "I asked my manager for feedback on my presentation. She said I spoke too fast. I timed myself today: better.",
    "Last night the server went down at 2am. I was on call, I was scared, and I called Priya. We fixed it by 4.",
    "My grandmother turned 90 and still does the crossword in pen. I asked her secret. She said: pencils are "
    "for cowards.",
    "I started volunteering at the food bank on Thursdays. Mostly I carry boxes and listen. It helps me too.",
]

FR = [
    "Hier, la boulangerie a manqué de farine à 10 h. Je suis allée chez le grossiste sous la pluie et on a quand "
    "même ouvert à l'heure. Merci Marco d'avoir tenu la caisse seul.",
    "J'ai raté mon code deux fois avant de le réussir la semaine dernière. La troisième fois, j'ai lu les "
    "questions à voix haute.",
    "Merci aux infirmières du service 6 qui se sont occupées de mon père en mars. Vous avez été patientes avec "
    "lui et avec moi.",
    "Question aux traducteurs indépendants : comment facturez-vous les urgences ? Je prends 30 % de plus mais je "
    "ne suis pas sûre que ça compense le week-end perdu.",
    "Aujourd'hui, j'ai rendu les clés de l'atelier que je tenais depuis onze ans. J'ai pleuré dans la voiture. "
    "Puis j'ai acheté des croissants pour les nouveaux propriétaires.",
    "On a déplacé la réunion du lundi 9 h au mardi 11 h. Les gens parlent davantage. Petit changement.",
    "J'ai fait une erreur dans la facturation du mois dernier : 14 clients ont payé deux fois. On a remboursé "
    "tout le monde en deux jours et je les ai appelés un par un.",
    "Ma première semaine comme enseignante : 28 élèves, un projecteur en panne et un garçon qui m'a demandé si "
    "j'étais nouvelle. Oui.",
    "Leçon du potager cette année : les tomates que j'ai oubliées ont mieux poussé que celles que j'arrosais "
    "tous les jours.",
    "Quelqu'un connaît un bon comptable à Lille qui travaille avec des petites associations ? Le nôtre part à "
    "la retraite en juin.",
    "Après six ans à la médiathèque, je pars en mai. C'est le club d'échecs du samedi qui va le plus me manquer.",
    "J'ai passé la matinée à réparer l'imprimante avec Sam, notre stagiaire. On a lu la notice ensemble. "
    "C'était le bac à papier.",
    "Notre club de foot a récolté 2 400 euros pour de nouveaux maillots. Merci à chaque parent qui a fait un gâteau.",
    "J'ai demandé à ma responsable un retour sur ma présentation. Elle m'a dit que je parlais trop vite. Je me "
    "suis chronométrée aujourd'hui : c'est mieux.",
    "Cette nuit, le serveur est tombé à 2 h. J'étais d'astreinte, j'ai eu peur et j'ai appelé Priya. On a "
    "réparé vers 4 h.",
    "Ma grand-mère a eu 90 ans et fait toujours ses mots croisés au stylo. Je lui ai demandé son secret. "
    "Elle m'a répondu : le crayon, c'est pour les lâches.",
    "J'ai commencé à aider à la banque alimentaire le jeudi. Surtout, je porte des cartons et j'écoute. "
    "Ça me fait du bien aussi.",
]


@pytest.mark.parametrize("text", EN + FR)
def test_sincere_post_has_no_surface_flag(text):
    report = analyze(text, Profile())
    assert [(f.rule, f.text) for f in report.flags if f.kind in SURFACE] == []
    assert report.score == 100


def test_enough_sincere_posts():
    assert len(EN) >= 15 and len(FR) >= 15
