"""Blog HTML: a standalone document, and nothing hostile survives the sanitiser."""

from __future__ import annotations

import pytest

from brandjournal.export.html import html_document

HOSTILE = """\
Texte sûr avant.

<script>alert(1)</script>

<img src=x onerror=alert(1)>

[x](javascript:alert(1)) et [y](JaVaScRiPt:alert(5)) et [z](  javascript:alert(6))

<a href="data:text/html,<script>alert(2)</script>">data</a>

<iframe src="https://evil.example">cadre</iframe>

<p onclick="alert(3)" style="position:fixed">Cliquez</p>

<svg onload=alert(4)><circle r=1></circle></svg>

![img](data:image/svg+xml;base64,PHN2Zz4=) <form action=https://evil.example><input name=pw></form>

[lien sûr](https://example.com "titre")

Texte sûr après.
"""


def _article(document: str) -> str:
    return document.split("<article>\n", 1)[1].split("\n</article>", 1)[0]


def test_hostile_markdown_leaves_only_harmless_text() -> None:
    article = _article(html_document("Essai", HOSTILE, lang="fr"))
    assert article == (
        "<h1>Essai</h1>\n"
        "<p>Texte sûr avant.</p>\n\n\n"
        '<p><img src="x"></p>\n'
        '<p><a rel="noopener noreferrer">x</a> et <a rel="noopener noreferrer">y</a> et '
        '<a rel="noopener noreferrer">z</a></p>\n'
        '<p><a rel="noopener noreferrer">data</a></p>\n\n\n'
        "<p>Cliquez</p>\n\n\n"
        '<p><img alt="img"> </p>\n'
        '<p><a href="https://example.com" title="titre" rel="noopener noreferrer">lien sûr</a></p>\n'
        "<p>Texte sûr après.</p>"
    )


@pytest.mark.parametrize(
    "forbidden",
    ["<script", "alert(", "onerror", "onclick", "onload", "javascript:", "data:", "<iframe", "cadre", "<svg",
     "<form", "<input", "style=", "evil.example"],
)  # fmt: skip
def test_hostile_markdown_forbidden_fragments_are_absent(forbidden: str) -> None:
    assert forbidden not in _article(html_document("Essai", HOSTILE, lang="fr")).lower()


def test_document_shape_language_charset_and_escaped_title() -> None:
    document = html_document(
        "Titre : « <b>gras</b> » & co",
        "Un **paragraphe** avec un [lien](https://example.com).",
        lang="fr",
        footer="Je partage ceci <pour> apprendre.",
    )
    assert document.startswith(
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src 'self' https: http:; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Titre : « &lt;b&gt;gras&lt;/b&gt; » &amp; co</title>\n<style>\n"
    )
    assert document.endswith(
        "<article>\n"
        "<h1>Titre : « &lt;b&gt;gras&lt;/b&gt; » &amp; co</h1>\n"
        "<p>Un <strong>paragraphe</strong> avec un "
        '<a href="https://example.com" rel="noopener noreferrer">lien</a>.</p>\n'
        '<p class="intention">Je partage ceci &lt;pour&gt; apprendre.</p>\n'
        "</article>\n</body>\n</html>\n"
    )


def test_bare_urls_become_links_but_not_inside_code() -> None:
    article = _article(html_document("", "Voir https://example.com/a. Et `https://example.org`.", lang="en"))
    assert article == (
        '<p>Voir <a href="https://example.com/a" rel="noopener noreferrer">https://example.com/a</a>. '
        "Et <code>https://example.org</code>.</p>"
    )


def test_code_blocks_keep_their_blank_lines() -> None:
    article = _article(html_document("", "```\nun\n\ndeux <b>\n```", lang="fr"))
    assert article == "<pre><code>un\n\ndeux &lt;b&gt;\n</code></pre>"


def test_title_is_not_repeated_when_the_body_opens_with_it() -> None:
    assert _article(html_document("Dire non", "# Dire non\n\nTexte.", lang="fr")) == (
        "<h1>Dire non</h1>\n<p>Texte.</p>"
    )
    assert _article(html_document("Dire non", "# Autre chose", lang="fr")) == (
        "<h1>Dire non</h1>\n<h1>Autre chose</h1>"
    )


def test_nothing_leaks_from_one_post_to_the_next() -> None:
    first = "Un fait[^1] HTML.\n\n[^1]: Source.\n\n*[HTML]: Hyper Text\n\n[ref]: https://a.fr"
    assert "<abbr" in _article(html_document("", first, lang="fr"))
    assert _article(html_document("", "Autre HTML [x][ref] sans note.", lang="fr")) == (
        "<p>Autre HTML [x][ref] sans note.</p>"
    )
