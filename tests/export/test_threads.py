"""Thread splitting: exact parts, and never a cut inside a grapheme cluster or a URL."""

from __future__ import annotations

from brandjournal.export.counting import count_graphemes, count_mastodon, count_x
from brandjournal.export.threads import split_thread

FAMILY = "👨‍👩‍👧"


def test_text_within_the_limit_is_one_unnumbered_part() -> None:
    split = split_thread("Court et clair.", 280, count_x)
    assert split.parts == ("Court et clair.",)
    assert split.oversized == ()


def test_splits_at_sentence_ends_and_numbers_the_parts() -> None:
    text = " ".join(f"Phrase {number}." for number in range(1, 40))
    split = split_thread(text, 30, count_x)
    assert split.parts[:3] == (
        "Phrase 1. Phrase 2.\n\n1/20",
        "Phrase 3. Phrase 4.\n\n2/20",
        "Phrase 5. Phrase 6.\n\n3/20",
    )
    assert split.parts[-1] == "Phrase 39.\n\n20/20"
    assert len(split.parts) == 20
    assert max(count_x(part) for part in split.parts) <= 30  # two-digit numbering counted too


def test_french_punctuation_stays_with_its_sentence() -> None:
    text = "Vraiment ? Oui ! Elle a dit « non. » Puis elle est partie. Fin de l’histoire."
    assert split_thread(text, 30, count_graphemes).parts == (
        "Vraiment ? Oui !\n\n1/4",
        "Elle a dit « non. »\n\n2/4",
        "Puis elle est partie.\n\n3/4",
        "Fin de l’histoire.\n\n4/4",
    )


def test_a_sentence_too_long_is_split_between_words() -> None:
    text = (
        "Nous avons passé trois jours à écouter les équipes terrain sans ordre du jour précis et sans "
        "chercher à convaincre qui que ce soit de quoi que ce soit et cette écoute patiente a changé "
        "notre manière de décider en profondeur"
    )
    split = split_thread(text, 80, count_graphemes)
    assert split.parts == (
        "Nous avons passé trois jours à écouter les équipes terrain sans ordre du\n\n1/4",
        "jour précis et sans chercher à convaincre qui que ce soit de quoi que ce\n\n2/4",
        "soit et cette écoute patiente a changé notre manière de décider en\n\n3/4",
        "profondeur\n\n4/4",
    )


def test_prefers_a_paragraph_end_when_it_fills_the_post() -> None:
    text = "Premier paragraphe assez long pour compter.\n\nSecond paragraphe. Avec deux phrases."
    assert split_thread(text, 70, count_graphemes).parts == (
        "Premier paragraphe assez long pour compter.\n\n1/2",
        "Second paragraphe. Avec deux phrases.\n\n2/2",
    )


def test_an_endless_word_is_cut_between_grapheme_clusters_only() -> None:
    split = split_thread(FAMILY * 30, 20, count_graphemes)
    assert split.parts == (FAMILY * 15 + "\n\n1/2", FAMILY * 15 + "\n\n2/2")


def test_combining_accents_stay_on_their_letter() -> None:
    split = split_thread("e\u0301" * 30, 20, count_x)
    assert split.parts == ("e\u0301" * 15 + "\n\n1/2", "e\u0301" * 15 + "\n\n2/2")


def test_a_url_is_never_cut_it_moves_to_the_next_post() -> None:
    text = "Lisez ceci avant demain matin https://example.com/a/b/c/d et dites-moi."
    assert split_thread(text, 45, count_graphemes).parts == (
        "Lisez ceci avant demain matin\n\n1/3",
        "https://example.com/a/b/c/d et\n\n2/3",
        "dites-moi.\n\n3/3",
    )


def test_a_url_longer_than_a_post_stands_alone_and_is_reported() -> None:
    url = "https://example.com/rapports/2026/annuel/version-finale-relue-et-corrigee-par-toute-lequipe.pdf"
    split = split_thread(f"Le rapport complet est ici : {url} et il mérite lecture.", 60, count_graphemes)
    assert split.parts == (
        "Le rapport complet est ici :\n\n1/3",
        f"{url}\n\n2/3",
        "et il mérite lecture.\n\n3/3",
    )
    assert split.oversized == (url,)


def test_a_long_url_is_cheap_where_urls_count_23() -> None:
    url = "https://example.com/" + "x" * 600
    split = split_thread(f"Voir {url} pour les détails.", 500, count_mastodon)
    assert split.parts == (f"Voir {url} pour les détails.",)


def test_an_unbreakable_word_without_spaces_or_urls() -> None:
    split = split_thread("a" * 50, 20, count_graphemes)
    assert split.parts == ("a" * 15 + "\n\n1/4", "a" * 15 + "\n\n2/4", "a" * 15 + "\n\n3/4", "aaaaa\n\n4/4")


def test_an_oversized_url_keeps_its_brackets_and_punctuation() -> None:
    url = "https://example.com/" + "x" * 100
    split = split_thread(f"Voir ({url}). Merci.", 40, count_graphemes)
    assert split.parts == ("Voir\n\n1/3", f"({url}).\n\n2/3", "Merci.\n\n3/3")
    assert split.oversized == (f"({url}).",)
