"""Realistic export content built in code: LinkedIn Shares.csv, Mastodon outbox.json, Markdown folders."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

SHARES_HEADER = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]

FR_POST = (
    "Ce matin, une stagiaire m’a demandé\u00a0: « Comment tu sais que tu fais le bon choix\u00a0? »\n"
    "\n"
    "Je n’ai pas de réponse magique. Mais j’ai trois repères\u00a0:\n"
    "- écouter avant de décider\u00a0;\n"
    "- dire ce que je ne sais pas."
)
EN_POST = 'Last week our team shipped the "boring" release.\n\nNo heroics, no late nights. That is the point.'


def share_link(n: int) -> str:
    return f"https://www.linkedin.com/feed/update/urn:li:share:{7000000000000000000 + n}"


def shares_csv(rows: list[list[str]]) -> bytes:
    """A Shares.csv as LinkedIn writes it: UTF-8 with BOM, CRLF, every field quoted when needed."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(SHARES_HEADER)
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def share(n: int, date: str, text: str, visibility: str = "PUBLIC") -> list[str]:
    return [date, share_link(n), text, "", "", visibility]


PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
ACTOR = "https://mastodon.example/users/alice"


def note(
    n: int,
    content: str,
    published: str = "2023-05-01T09:30:00Z",
    *,
    in_reply_to: str | None = None,
    summary: str | None = None,
    to: list[str] | None = None,
    cc: list[str] | None = None,
    language: str | None = "fr",
) -> dict:
    status = f"{ACTOR}/statuses/{110000000000000000 + n}"
    obj = {
        "id": status,
        "type": "Note",
        "summary": summary,
        "inReplyTo": in_reply_to,
        "published": published,
        "url": f"https://mastodon.example/@alice/{110000000000000000 + n}",
        "attributedTo": ACTOR,
        "to": to if to is not None else [PUBLIC],
        "cc": cc if cc is not None else [f"{ACTOR}/followers"],
        "sensitive": summary is not None,
        "content": content,
        "tag": [],
        "attachment": [],
    }
    if language:
        obj["contentMap"] = {language: content}
    return {
        "id": f"{status}/activity",
        "type": "Create",
        "actor": ACTOR,
        "published": published,
        "to": obj["to"],
        "cc": obj["cc"],
        "object": obj,
    }


def boost(n: int) -> dict:
    return {
        "id": f"{ACTOR}/statuses/{120000000000000000 + n}/activity",
        "type": "Announce",
        "actor": ACTOR,
        "published": "2023-05-02T10:00:00Z",
        "to": [PUBLIC],
        "cc": [f"{ACTOR}/followers"],
        "object": f"https://other.example/users/bob/statuses/{n}",
    }


def outbox(items: list) -> dict:
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }


def outbox_bytes(items: list) -> bytes:
    return json.dumps(outbox(items), ensure_ascii=False, indent=2).encode("utf-8")


def mastodon_zip(path: Path, items: list) -> Path:
    """An archive like Mastodon's: outbox.json, actor.json, likes and media files."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("actor.json", json.dumps({"type": "Person", "id": ACTOR}))
        archive.writestr("likes.json", json.dumps({"type": "OrderedCollection", "orderedItems": []}))
        archive.writestr("media_attachments/files/110/original/photo.png", b"\x89PNG\r\n\x1a\n")
        archive.writestr("outbox.json", outbox_bytes(items))
    return path


def write_files(root: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8", newline="")
        else:
            target.write_bytes(content)
    return root
