"""export_post: exact output for every platform on a French and an English post."""

from __future__ import annotations

import datetime
import hashlib

import pytest

from brandjournal.domain import Platform
from brandjournal.export import THREAD_SEPARATOR, ExportFormat, ExportWarning, export_post
from tests.export.export_samples import (
    ENGLISH_FOOTER,
    ENGLISH_PLAIN,
    ENGLISH_POST,
    FRENCH_FOOTER,
    FRENCH_PLAIN,
    FRENCH_POST,
)

FRENCH_TITLE = "Comment savoir qu’on fait le bon choix ?"
ENGLISH_TITLE = "Shipping what nobody asked for"

FRENCH_PART_1 = """\
Ce matin, une stagiaire m’a demandé : « Comment tu sais que tu fais le bon choix ? »

Je n’ai pas de réponse magique. Mais j’ai trois repères 🧭 :

• écouter avant de décider ;
• dire ce que je ne sais pas ;
• revenir sur une décision quand les faits changent.

1/2"""
FRENCH_PART_2 = """\
«\u00a0On ne se trompe jamais en étant honnête sur ses doutes.\u00a0»

Et vous, quels sont vos repères ? 🙂

#leadership #management

Je partage ceci pour ouvrir le débat, pas pour donner des leçons.

2/2"""
ENGLISH_PART_1 = """\
Last week I shipped a feature nobody asked for. It failed.

Here is what I learned, in the open:

1. Talk to users before writing code.
2. Measure one thing, not ten.
3. Say "I was wrong" early.

1/2"""
ENGLISH_PART_2 = """\
The full write-up is on my blog (https://example.com/blog/shipped-nobody-asked). \
The talk that changed my mind: https://www.youtube.com/watch?v=dQw4w9WgXcQ

What's the feature you're proudest of killing?

Why I share this: to learn in public.

2/2"""


def _french(platform: Platform, fmt: ExportFormat = ExportFormat.TXT, **options):
    return export_post(FRENCH_TITLE, FRENCH_POST, platform, fmt, lang="fr", footer=FRENCH_FOOTER, **options)


def _english(platform: Platform, fmt: ExportFormat = ExportFormat.TXT, **options):
    return export_post(ENGLISH_TITLE, ENGLISH_POST, platform, fmt, lang="en", footer=ENGLISH_FOOTER, **options)


@pytest.mark.parametrize("platform", [Platform.LINKEDIN, Platform.MASTODON])
def test_french_fits_in_one_post(platform: Platform) -> None:
    result = _french(platform)
    assert result.parts == (f"{FRENCH_PLAIN}\n\n{FRENCH_FOOTER}",)
    assert result.text == result.parts[0]
    assert result.warnings == ()
    assert result.suggested_filename == f"comment-savoir-qu-on-fait-le-bon-choix-{platform.value}.txt"


def test_french_lengths_by_each_platform_rule() -> None:
    assert (_french(Platform.LINKEDIN).length, _french(Platform.LINKEDIN).limit) == (451, 3000)  # 🧭 🙂: 2 each
    assert (_french(Platform.MASTODON).length, _french(Platform.MASTODON).limit) == (449, 500)


@pytest.mark.parametrize(
    ("platform", "length", "whole"),
    [(Platform.X, 268, 454), (Platform.BLUESKY, 264, 449)],
)
def test_french_becomes_a_two_post_thread(platform: Platform, length: int, whole: int) -> None:
    result = _french(platform)
    assert result.parts == (FRENCH_PART_1, FRENCH_PART_2)
    assert result.text == FRENCH_PART_1 + "\n\n---\n\n" + FRENCH_PART_2
    assert result.length == length
    label = {Platform.X: "X", Platform.BLUESKY: "Bluesky"}[platform]
    assert result.warnings == (
        ExportWarning(
            "thread_split",
            f"Longer than {label} allows ({whole} of {result.limit}): split into a thread of 2 posts.",
        ),
    )


@pytest.mark.parametrize(("platform", "length"), [(Platform.LINKEDIN, 438), (Platform.MASTODON, 396)])
def test_english_fits_in_one_post(platform: Platform, length: int) -> None:
    result = _english(platform)
    assert result.parts == (f"{ENGLISH_PLAIN}\n\n{ENGLISH_FOOTER}",)
    assert result.length == length  # Mastodon: both URLs count 23
    assert result.warnings == ()


@pytest.mark.parametrize(("platform", "length"), [(Platform.X, 205), (Platform.BLUESKY, 247)])
def test_english_becomes_a_two_post_thread(platform: Platform, length: int) -> None:
    result = _english(platform)
    assert result.parts == (ENGLISH_PART_1, ENGLISH_PART_2)
    assert result.length == length  # X: the two URLs of part 2 count 23 each


def test_mastodon_markdown_keeps_the_source() -> None:
    result = _english(Platform.MASTODON, ExportFormat.MD)
    assert result.parts == (ENGLISH_POST.strip() + "\n\n" + ENGLISH_FOOTER,)
    assert result.suggested_filename == "shipping-what-nobody-asked-for-mastodon.md"


def test_blog_markdown() -> None:
    result = _french(Platform.BLOG, ExportFormat.MD, date=datetime.date(2026, 11, 25), tags=["leadership", "écoute"])
    assert result.text == (
        "---\n"
        'title: "Comment savoir qu’on fait le bon choix ?"\n'
        "date: 2026-11-25\n"
        'tags: ["leadership", "écoute"]\n'
        'lang: "fr"\n'
        "---\n\n" + FRENCH_POST + "\n" + FRENCH_FOOTER + "\n"
    )
    assert result.parts == (result.text,)
    assert result.limit is None
    assert result.suggested_filename == "2026-11-25-comment-savoir-qu-on-fait-le-bon-choix.md"


def test_blog_html() -> None:
    result = _english(Platform.BLOG, ExportFormat.HTML)
    article = result.text.split("<article>\n", 1)[1]
    assert result.text.startswith('<!DOCTYPE html>\n<html lang="en">\n')
    assert article == (
        "<h1>Shipping what nobody asked for</h1>\n"
        "<p>Last week I shipped a feature <strong>nobody asked for</strong>. It failed.</p>\n"
        "<p>Here is what I learned, in the open:</p>\n"
        "<ol>\n"
        "<li>Talk to users <em>before</em> writing code.</li>\n"
        "<li>Measure one thing, not ten.</li>\n"
        '<li>Say "I was wrong" early.</li>\n'
        "</ol>\n"
        '<p>The full write-up is on <a href="https://example.com/blog/shipped-nobody-asked" '
        'rel="noopener noreferrer">my blog</a>. The talk that changed my mind: '
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">'
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>\n"
        "<p>What's the feature you're proudest of <em>killing</em>?</p>\n"
        '<p class="intention">Why I share this: to learn in public.</p>\n'
        "</article>\n</body>\n</html>\n"
    )
    assert result.suggested_filename == "shipping-what-nobody-asked-for.html"


def test_content_hash_is_the_sha256_of_the_text() -> None:
    result = _french(Platform.X)
    assert result.content_hash == hashlib.sha256(result.text.encode("utf-8")).hexdigest()
    assert THREAD_SEPARATOR == "\n\n---\n\n"


def test_footer_counts_against_the_limit() -> None:
    body = "a" * 290  # fits Bluesky's 300 alone...
    assert export_post("T", body, Platform.BLUESKY, ExportFormat.TXT).parts == (body,)
    with_footer = export_post("T", body, Platform.BLUESKY, ExportFormat.TXT, footer="Pourquoi je partage.")
    assert with_footer.parts == (f"{body}\n\n1/2", "Pourquoi je partage.\n\n2/2")


def test_a_long_url_warning() -> None:
    url = "https://example.com/" + "x" * 400
    result = export_post("T", f"Lien : {url}", Platform.BLUESKY, ExportFormat.TXT)
    assert result.parts == ("Lien :\n\n1/2", f"{url}\n\n2/2")
    assert result.over_limit and result.length == 425
    assert result.warnings[-1] == ExportWarning(
        "url_too_long", f"A link is longer than a whole Bluesky post; it stands alone, over the limit: {url}"
    )


def test_images_are_reported() -> None:
    result = export_post("T", "Notre équipe ![photo](a.jpg) ![](b.jpg)", Platform.LINKEDIN, ExportFormat.TXT)
    assert result.parts == ("Notre équipe [image: photo] [image]",)
    assert result.warnings == (
        ExportWarning(
            "images_not_attached", "The post shows 2 image(s) as [image: …]: attach them on LinkedIn yourself."
        ),
    )


def test_empty_post_is_reported() -> None:
    result = export_post("", "  \n", Platform.X, ExportFormat.TXT)
    assert result.parts == ("",)
    assert result.suggested_filename == "post-x.txt"
    assert result.warnings == (ExportWarning("empty_post", "There is nothing to publish: the post is empty."),)


def test_carriage_returns_and_control_characters_are_cleaned() -> None:
    result = export_post("T", "Un\r\ndeux\x07\rtrois\x00", Platform.MASTODON, ExportFormat.TXT)
    assert result.parts == ("Un\ndeux\ntrois",)


@pytest.mark.parametrize(
    ("platform", "fmt", "message"),
    [
        (Platform.LINKEDIN, "md", "LinkedIn cannot be exported as 'md': use one of txt"),
        (Platform.X, "html", "X cannot be exported as 'html': use one of txt"),
        (Platform.BLUESKY, "md", "Bluesky cannot be exported as 'md': use one of txt"),
        (Platform.MASTODON, "html", "Mastodon cannot be exported as 'html': use one of txt, md"),
        (Platform.BLOG, "txt", "Blog cannot be exported as 'txt': use one of md, html"),
        (Platform.X, "pdf", "Unknown export format 'pdf' (known: md, html, txt)"),
        ("myspace", "txt", "Unknown platform 'myspace' (known: linkedin, mastodon, x, bluesky, blog)"),
    ],
)
def test_unsupported_combinations(platform, fmt, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        export_post("T", "Corps", platform, fmt)
    assert str(caught.value) == message


def test_language_tags() -> None:
    assert export_post("T", "x", Platform.BLOG, ExportFormat.HTML, lang="fr-CA").text.startswith(
        '<!DOCTYPE html>\n<html lang="fr-CA">'
    )
    assert export_post("T", "x", Platform.BLOG, ExportFormat.HTML, lang="mixed").text.startswith(
        '<!DOCTYPE html>\n<html lang="mul">'
    )
    with pytest.raises(ValueError, match="is not a language tag"):
        export_post("T", "x", Platform.BLOG, ExportFormat.HTML, lang='fr"><script>')


@pytest.mark.parametrize("platform", [Platform.X, Platform.BLUESKY])
def test_a_post_without_any_sentence_end_is_split_between_words(platform: Platform) -> None:
    phrase = "écouter sans juger 👨‍👩‍👧 puis agir ensemble"
    url = "https://example.com/notre-charte-des-valeurs-2026"
    accents = " ".join(["e\u0301coute"] * 20)  # é as e + combining accent, 20 times
    body = " ".join([phrase] * 6) + f" et surtout {url} {accents}"
    result = export_post("T", body, platform, ExportFormat.TXT)
    assert result.parts == (
        " ".join([phrase] * 6) + " et surtout\n\n1/2",  # the URL did not fit whole: it moved on, uncut
        f"{url} {accents}\n\n2/2",
    )
    assert result.length <= result.limit


def test_tags_are_single_line_and_empty_ones_dropped() -> None:
    result = export_post("T", "x", Platform.BLOG, ExportFormat.MD, tags=["  ", "deux\nlignes", "ok"])
    assert 'tags: ["deux lignes", "ok"]\n' in result.text


def test_markdown_nested_too_deep_is_exported_as_paragraphs() -> None:
    body = "Intro.\n\n" + "".join("    " * depth + "- x\n" for depth in range(300))
    result = export_post("T", body, Platform.BLOG, ExportFormat.HTML)
    assert result.text.split("<article>\n", 1)[1].startswith("<h1>T</h1>\n<p>Intro.</p>\n<p>- x<br>    - x<br>")
    assert result.warnings == (
        ExportWarning(
            "markdown_too_deep",
            "The Markdown is nested too deeply to lay out; its paragraphs were exported as plain text.",
        ),
    )


def test_html_nested_thousands_deep_still_exports() -> None:
    result = export_post("T", "<div>" * 3000 + "fin", Platform.MASTODON, ExportFormat.TXT)
    assert result.parts == ("fin",)
    quotes = export_post("T", "> " * 40 + "fin", Platform.MASTODON, ExportFormat.TXT, lang="en")
    assert quotes.parts == ("“" * 40 + "fin" + "”" * 40,)
    very_deep = export_post("T", "> " * 2000 + "fin", Platform.MASTODON, ExportFormat.TXT, lang="en")
    assert "fin" in very_deep.parts[-1]


def test_unsafe_html_is_reported_for_the_blog() -> None:
    body = "Bonjour <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
    page = export_post("T", body, Platform.BLOG, ExportFormat.HTML)
    assert page.warnings == (
        ExportWarning("unsafe_html_removed", "Removed from the page, as unsafe: <script>, javascript: URL, onerror=."),
    )
    markdown_file = export_post("T", body, Platform.BLOG, ExportFormat.MD)
    assert markdown_file.warnings == (
        ExportWarning(
            "unsafe_html_kept",
            "The Markdown holds HTML a blog engine could run (<script>, javascript: URL, onerror=): "
            "this file keeps it as written; the HTML export removes it.",
        ),
    )
    assert body in markdown_file.text


def test_harmless_html_is_not_reported() -> None:
    body = "Un <b>gras</b>, une <span>portée</span>, &eacute;t&eacute;, [lien](https://example.com), ![i](a.png)"
    assert export_post("T", body, Platform.BLOG, ExportFormat.HTML).warnings == ()


@pytest.mark.parametrize("fmt", [ExportFormat.HTML, ExportFormat.MD])
def test_marked_sections_do_not_break_the_html_inspection(fmt: ExportFormat) -> None:
    body = '<p style="x" onclick=alert(1)><![i](data:image/png;base64,AAAA) <![CDATA[x]]>'
    result = export_post("T", body, Platform.BLOG, fmt)
    assert [warning.code for warning in result.warnings] == [
        "unsafe_html_removed" if fmt is ExportFormat.HTML else "unsafe_html_kept"
    ]
    assert "onclick=, style=" in result.warnings[0].message


def test_default_formats() -> None:
    assert {platform: export_post("T", "x", platform, None).format for platform in Platform} == {
        Platform.LINKEDIN: ExportFormat.TXT,
        Platform.MASTODON: ExportFormat.TXT,
        Platform.X: ExportFormat.TXT,
        Platform.BLUESKY: ExportFormat.TXT,
        Platform.BLOG: ExportFormat.MD,
    }
