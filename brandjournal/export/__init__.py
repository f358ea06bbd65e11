"""Export layer: approved posts → text for LinkedIn, Mastodon, X, Bluesky, or a blog file.

Pure Python (no Qt, no database). The entry point is ``export_post``; ``write_export`` saves a result.

    result = export_post("Ce que j’ai appris", body, Platform.X, ExportFormat.TXT, lang="fr")
    for post in result.parts: ...           # a thread when the text is longer than the platform allows
    write_export(folder, result.suggested_filename, result.text)

One job per module: ``platforms`` (limits, formats), ``counting`` (each platform's length rule),
``rendering`` (Markdown → sanitised HTML, shared by all formats), ``plaintext`` (that HTML laid out
as text), ``threads`` (numbered splitting), ``html`` (blog page), ``blog`` (front matter),
``files`` (names and safe writing), ``result`` (what an export returns).
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Sequence

from brandjournal.domain import Platform
from brandjournal.export.blog import blog_markdown
from brandjournal.export.counting import url_spans
from brandjournal.export.files import ExportExistsError, slugify, suggested_filename, write_export
from brandjournal.export.html import html_document
from brandjournal.export.plaintext import markdown_to_plain_text
from brandjournal.export.platforms import SPECS, ExportFormat, PlatformSpec, check_format, spec_for
from brandjournal.export.rendering import render, unsafe_markup
from brandjournal.export.result import THREAD_SEPARATOR, ExportResult, ExportWarning
from brandjournal.export.threads import split_thread

__all__ = [
    "SPECS",
    "THREAD_SEPARATOR",
    "ExportExistsError",
    "ExportFormat",
    "ExportResult",
    "ExportWarning",
    "PlatformSpec",
    "export_post",
    "slugify",
    "spec_for",
    "write_export",
]

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
# C0 controls (but tab and newline) and DEL: nothing a post needs, and Python-Markdown uses \x02/\x03
# as internal placeholders.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """Valid Unicode, ``\\n`` line ends, no control characters."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # lone surrogates → U+FFFD
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _language(lang: str) -> str:
    if lang == "mixed":  # what the analysis reports for a bilingual post: "mul" in BCP 47
        return "mul"
    if not _LANGUAGE_TAG.match(lang):
        raise ValueError(f"{lang!r} is not a language tag such as 'fr', 'en' or 'fr-CA'")
    return lang


def _social_text(body: str, fmt: ExportFormat, lang: str, footer: str | None) -> str:
    text = markdown_to_plain_text(body, lang) if fmt is ExportFormat.TXT else body.strip()
    if footer:
        text = f"{text}\n\n{footer}" if text else footer
    return text


def _oversized_warning(piece: str, spec: PlatformSpec) -> ExportWarning:
    if any(url_spans(piece)):
        return ExportWarning(
            "url_too_long",
            f"A link is longer than a whole {spec.label} post; it stands alone, over the limit: {piece}",
        )
    return ExportWarning(
        "unbreakable_too_long",
        f"A sequence of characters that cannot be cut is longer than a whole {spec.label} post; "
        "it stands alone, over the limit.",
    )


def export_post(
    title: str,
    body_markdown: str,
    platform: Platform,
    fmt: ExportFormat | None,
    *,
    lang: str = "en",
    date: datetime.date | None = None,
    tags: Sequence[str] = (),
    footer: str | None = None,
) -> ExportResult:
    """Export one post for ``platform`` in ``fmt`` (``None``: the platform's default format).

    * ``txt`` (LinkedIn, Mastodon, X, Bluesky): Markdown laid out as plain text (see ``plaintext``);
      ``md`` (Mastodon only): the Markdown source as is. Both are split into a numbered thread when
      longer than the platform allows. The title is not part of the post (it names the file).
    * ``md`` (blog): YAML front matter (title, date, tags, lang) + the Markdown body.
    * ``html`` (blog): a standalone, sanitised HTML page.

    ``footer`` (the post's "why I share this" line, plain text) ends the last part and counts
    against the limit. ``lang`` picks quotation marks and the HTML ``lang``; ``"mixed"`` is accepted.
    Raises ``ValueError`` for an unknown platform/format, a combination the platform does not take,
    or a malformed language tag. Any Unicode text is accepted.
    """
    spec, export_format = check_format(platform, fmt)
    lang = _language(lang)
    title = _clean(title)
    body = _clean(body_markdown)
    footer = " ".join(_clean(footer or "").split()) or None  # one line, or nothing
    tags = tuple(tag for tag in (" ".join(_clean(str(tag)).split()) for tag in tags) if tag)
    warnings: list[ExportWarning] = []

    if export_format is not ExportFormat.MD and render(body).fallback:
        warnings.append(
            ExportWarning(
                "markdown_too_deep",
                "The Markdown is nested too deeply to lay out; its paragraphs were exported as plain text.",
            )
        )
    if spec.platform is Platform.BLOG and (risky := unsafe_markup(body)):
        found = ", ".join(risky)
        if export_format is ExportFormat.HTML:
            warnings.append(ExportWarning("unsafe_html_removed", f"Removed from the page, as unsafe: {found}."))
        else:
            warnings.append(
                ExportWarning(
                    "unsafe_html_kept",
                    f"The Markdown holds HTML a blog engine could run ({found}): "
                    "this file keeps it as written; the HTML export removes it.",
                )
            )
    if spec.platform is Platform.BLOG:
        if export_format is ExportFormat.HTML:
            document = html_document(title, body, lang=lang, footer=footer)
        else:
            document = blog_markdown(title, body, date=date, tags=tags, lang=lang, footer=footer)
        parts: tuple[str, ...] = (document,)
        length = spec.count(document)
    else:
        text = _social_text(body, export_format, lang, footer)
        split = split_thread(text, spec.limit or len(text), spec.count)
        parts = split.parts
        length = max(split.lengths)
        if len(parts) > 1:
            warnings.append(
                ExportWarning(
                    "thread_split",
                    f"Longer than {spec.label} allows ({split.whole} of {spec.limit}): "
                    f"split into a thread of {len(parts)} posts.",
                )
            )
        for piece in split.oversized:
            warnings.append(_oversized_warning(piece, spec))
        images = render(body).html.count("<img") if export_format is ExportFormat.TXT else 0
        if images:
            warnings.append(
                ExportWarning(
                    "images_not_attached",
                    f"The post shows {images} image(s) as [image: …]: attach them on {spec.label} yourself.",
                )
            )
        if not text.strip():
            warnings.append(ExportWarning("empty_post", "There is nothing to publish: the post is empty."))

    joined = THREAD_SEPARATOR.join(parts)
    return ExportResult(
        platform=spec.platform,
        format=export_format,
        parts=parts,
        text=joined,
        length=length,
        limit=spec.limit,
        warnings=tuple(warnings),
        content_hash=hashlib.sha256(joined.encode("utf-8")).hexdigest(),
        suggested_filename=suggested_filename(
            title,
            spec.platform.value,
            export_format.value,
            date=date,
            blog=spec.platform is Platform.BLOG,
        ),
    )
