"""A standalone, safe HTML document from a Markdown post (for the blog).

The body goes through Python-Markdown (``extra`` + ``sane_lists``, SmartyPants off, see ``rendering``)
and then nh3, so nothing the author pasted can run script: no <script>, <iframe>, event handlers,
``javascript:`` or ``data:`` URLs, inline styles or forms survive. A Content-Security-Policy meta
forbids scripts as a second line of defence. Title and footer are text, escaped by us.
"""

from __future__ import annotations

import re
from html import escape

from brandjournal.export.rendering import markdown_to_safe_html

CSS = """\
body{margin:0 auto;max-width:42rem;padding:2rem 1rem;font:1.0625rem/1.6 system-ui,-apple-system,\
"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
h1,h2,h3{line-height:1.25}
img{max-width:100%;height:auto}
a{color:#0b5cad}
blockquote{margin:1rem 0;padding-left:1rem;border-left:.25rem solid #d0d7de;color:#4d5560}
pre{overflow:auto;padding:.75rem;background:#f4f6f8}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95em}
table{border-collapse:collapse}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem}
.intention{margin-top:2rem;font-style:italic;color:#4d5560}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#16181b}a{color:#7ab7ff}\
blockquote,.intention{color:#a9b1ba}pre{background:#23262b}}"""

_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")

CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' https: http:; style-src 'unsafe-inline'"


def html_document(title: str, body_markdown: str, *, lang: str, footer: str | None = None) -> str:
    """The whole page, UTF-8, ending with a newline."""
    # Tidy what the sanitiser left behind (empty paragraphs where raw HTML was): cosmetic only.
    body = _EMPTY_PARAGRAPH.sub("", markdown_to_safe_html(body_markdown)).strip()
    heading = f"<h1>{escape(title)}</h1>"
    if not title.strip() or body.startswith(heading):  # no title, or the body already opens with it
        heading = ""
    else:
        heading += "\n"
    intention = f'\n<p class="intention">{escape(footer)}</p>' if footer else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{CSS}\n</style>\n"
        "</head>\n"
        "<body>\n"
        "<article>\n"
        f"{heading}{body}{intention}\n"
        "</article>\n"
        "</body>\n"
        "</html>\n"
    )
