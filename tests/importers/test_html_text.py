"""Mastodon status HTML to text: exact output for what Mastodon really writes."""

from __future__ import annotations

import pytest

from brandjournal.importers.html_text import html_to_text

HASHTAG = (
    '<a href="https://mastodon.example/tags/accessibilit%C3%A9" class="mention hashtag" rel="tag">'
    "#<span>accessibilité</span></a>"
)
MENTION = (
    '<span class="h-card" translate="no"><a href="https://other.example/@bob" class="u-url mention">'
    "@<span>bob</span></a></span>"
)
LONG_LINK = (
    '<a href="https://www.example.org/articles/2023/05/accessibilite-numerique-guide" target="_blank" '
    'rel="nofollow noopener noreferrer" translate="no"><span class="invisible">https://www.</span>'
    '<span class="ellipsis">example.org/articles/2023/05/a</span>'
    '<span class="invisible">ccessibilite-numerique-guide</span></a>'
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            f"<p>Bonjour à toutes et à tous&nbsp;! Aujourd&#39;hui, on parle d&#39;{HASHTAG} avec {MENTION}.</p>"
            f"<p>Le guide&nbsp;: {LONG_LINK}</p>",
            "Bonjour à toutes et à tous\u00a0! Aujourd'hui, on parle d'#accessibilité avec @bob.\n\n"
            "Le guide\u00a0: https://www.example.org/articles/2023/05/accessibilite-numerique-guide",
        ),
        (
            "<p>Line one<br />Line two<br>Line three</p><p>&lt;script&gt; is text &amp; stays text</p>",
            "Line one\nLine two\nLine three\n\n<script> is text & stays text",
        ),
        ("<p>  Spaces   collapse\n here </p>\n<p></p><p> </p>", "Spaces collapse here"),
        (
            "<p>Trois repères :</p><ul><li>écouter</li><li>douter <b>vraiment</b></li></ul><ol><li>un</li>"
            "<li>deux</li></ol>",
            "Trois repères :\n\n- écouter\n- douter vraiment\n\n1. un\n2. deux",
        ),
        ("<p>Avant<br><br>après un saut</p>", "Avant\n\naprès un saut"),
        (
            '<p>A link with no text: <a href="https://example.com/x"></a></p>',
            "A link with no text: https://example.com/x",
        ),
        ("<p>Code:</p><pre><code>if x:\n    return  1</code></pre>", "Code:\n\nif x:\n    return  1"),
        ("<p>Emoji 🎉 and ZWJ 👩‍💻 stay; &#x1F600; &eacute;t&eacute;</p>", "Emoji 🎉 and ZWJ 👩‍💻 stay; 😀 été"),
        ("<p>No <script>alert(1)</script>scripts<style>p{}</style></p>", "No scripts"),
        ("plain text, no tags", "plain text, no tags"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<![CDATA[x]]> and <!-- a comment --> text", "<![CDATA[x]]> and text"),
    ],
)
def test_exact_text(html, text):
    assert html_to_text(html) == text
