"""Sincere sentences whose ordinary words have a corporate, puffery or hedging sense (seventh-session plain sets)."""

from __future__ import annotations

import pytest

from brandjournal.analysis.engine import load, parse
from tests.analysis.helpers import assert_flagged, assert_no_surface_flag


@pytest.mark.parametrize(
    "text",
    [
        # "for good" is "for ever"; "better" is one of its inflections
        "The bakery on Mill Lane has closed for good. We bought our last loaf there on Saturday.",
        "The garage fitted wider tyres for better grip on the farm track.",
        # "in a way (that)…" says how something is done
        "Our maths teacher explained fractions in a way that my son finally understood.",
        "Old oak floors creak in a way the new ones never do.",
        # the literal domain is named in the sentence or next to it
        "We chased three outstanding invoices this week; one client still owes us £1,400.",
        "Frost formed on the leading edge of the wing, so we de-iced before take-off.",
        "The trail circles back past the lake to the car park after eight miles.",
        "I did the heavy lifting with a wheelbarrow while my daughter planted the bulbs.",
        "The vet called our beagle 'robust', which is a kind way to say he needs a diet.",
        "Our tenants' association held an extraordinary general meeting about the rent rise.",
        "The telescope picked up stellar flares from a young red dwarf.",
        # stock that ran out is a fact, not a boast
        "We sold out of hot cross buns by half past ten and baked another tray.",
        # the doubt is said outright: an honest admission, not evasion
        "The scores went up after the new worksheets. It might be the pizza, I can't tell yet.",
        "I suspect water in the cable joints, but I'm not sure.",
        "Ça pourrait venir du gel, je ne sais pas encore.",
        # an estimate of a count, honestly rounded
        "I'd say 30 people came to the first session.",
        "Le mildiou de juin a fait baisser le rendement : je dirais 30 hectolitres à l'hectare.",
        # a goat is an animal; "couldn't make the numbers work" is a shop that closed
        "A customer described the noise as a goat in a tin.",
        "The rent went up by 40% and we couldn't make the numbers work.",
        # doubt about a date, and a timetable, are not a softened claim
        "On livre la serre peut-être début avril, selon la météo.",
        "The plumber comes maybe Tuesday.",
        "Les travaux de la gare devraient se terminer fin mars.",
        "La livraison des plants devrait arriver mardi.",
        "Le débriefing de l'exercice incendie a duré vingt minutes.",
        # a commute with the wind behind; a valuation's definition; TV series to order
        "The ride home tonight should be quicker with the wind behind me.",
        "C'est le prix qu'un acheteur aurait payé au jour du décès.",
        "Un lecteur nous a laissé une liste de séries à commander.",
        # concrete passives, and passives that name who did it
        "Des arbres ont été plantés dans la cour de l'école.",
        "Three bins were emptied before the market opened.",
        "Des décisions importantes ont été prises par le conseil municipal hier soir.",
        # valuables, not a ranking of work
        "Les objets à forte valeur sont au coffre de la mairie.",
        # a clothing size; a child's unicorns
        "Le chef d'atelier m'a donné une combinaison taille XXL et un carnet.",
        "Ma fille a choisi le gâteau avec des licornes pour son anniversaire.",
        # a figure with its unit ends the sentence: the next one stays English
        "The well reached water at 34 m. The pumping test next week will tell us the yield.",
    ],
)
def test_sincere_sentence_has_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


@pytest.mark.parametrize(
    ("text", "evidence", "kind"),
    [
        ("We believe in tech for good and in data for good.", "tech for good", "jargon"),
        ("Our people are a force for good in the sector.", "force for good", "jargon"),
        ("In a way, the merger was the best thing that happened to us.", "In a way", "hedge"),
        ("The launch was, in a way, a relief for everyone.", "in a way", "hedge"),
        ("It was in a way the best quarter we ever had.", "in a way", "hedge"),
        ("Our team is outstanding, and so are our clients.", "outstanding", "peacock"),
        ("We build leading-edge platforms for retailers.", "leading-edge", "peacock"),
        ("Let's circle back on the pricing deck next week.", "circle back", "jargon"),
        ("Our data team did the heavy lifting on the migration.", "heavy lifting", "jargon"),
        ("A stellar quarter for the whole sales floor.", "stellar", "peacock"),
        ("Our masterclass is sold out, thank you all!", "sold out", "peacock"),
        ("It might be the best quarter we ever had.", "might", "hedge"),
        ("Some would say the market is fine, I'm not sure.", "Some would say", "hedge"),
        ("Il n'est pas certain que la réforme passe.", "Il n'est pas certain que", "hedge"),
        ("It is not certain that the reform could pass.", "could", "hedge"),
        ("Honestly, Messi is the GOAT.", "the GOAT", "peacock"),
        ("Cette réforme devrait transformer le secteur.", "devrait", "hedge"),
        ("La nouvelle version pourrait sortir en mars.", "pourrait", "hedge"),
        ("Notre centre d'excellence accompagne vos équipes.", "centre d'excellence", "jargon"),
        ("Un service premium pour nos clients.", "premium", "peacock"),
        ("Un succès XXL pour notre salon !", "XXL", "peacock"),
        ("Notre start-up vise le statut de licorne.", "licorne", "jargon"),
        ("Créez du contenu à haute valeur et boostez votre personal branding.", "à haute valeur", "jargon"),
        ("Certains postes seront amenés à évoluer.", "amenés à évoluer", "hedge"),
        ("Le fournisseur aurait modifié ses tarifs.", "aurait", "hedge"),
        ("Nous avons bouclé notre série A de 12 M€.", "série A", "jargon"),
        ("Des choix ont dû être faits dans le budget 2027.", "choix ont dû être faits", "hedge"),
        ("Des difficultés ont été rencontrées lors de la migration.", "difficultés ont été rencontrées", "hedge"),
        ("Certain changes to the scheme were deemed necessary.", "changes to the scheme were deemed", "hedge"),
        ("Après une levée de série B, on recrute.", "série B", "jargon"),
        ("Après six belles années, place à de nouvelles aventures !", "place à de nouvelles aventures", "jargon"),
        ("Another sold-out masterclass in Leeds.", "sold-out masterclass", "peacock"),
    ],
)
def test_corporate_counterpart_is_still_flagged(text: str, evidence: str, kind: str) -> None:
    assert_flagged(text, evidence, kind=kind)


@pytest.mark.parametrize(
    ("text", "sentences", "langs"),
    [
        ("Water at 34 m. The test is next week.", ["Water at 34 m.", "The test is next week."], ["en", "en"]),
        ("Rendez-vous à 14 h. Puis on part.", ["Rendez-vous à 14 h.", "Puis on part."], ["fr", "fr"]),
        ("M. Dupont arrive. Il parle.", ["M. Dupont arrive.", "Il parle."], ["fr", "fr"]),
        # "on a", "il y a": the French verb, not the English article that would make the sentence mixed
        (
            "On a enchaîné les rendez-vous avec des investisseurs, et on a senti la hype.",
            ["On a enchaîné les rendez-vous avec des investisseurs, et on a senti la hype."],
            ["fr"],
        ),
        ("Il y a un deal en cours.", ["Il y a un deal en cours."], ["fr"]),
        ("I had a call with a client on a Friday.", ["I had a call with a client on a Friday."], ["en"]),
    ],
)
def test_sentences_and_their_language(text: str, sentences: list[str], langs: list[str]) -> None:
    doc, _ = parse(text, load())
    assert [text[s.start : s.end] for s in doc.sentences] == sentences
    assert [s.lang for s in doc.sentences] == langs
    assert not any(s.mixed for s in doc.sentences)
