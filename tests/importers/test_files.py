"""A folder of Markdown/text files: titles, dates, front matter, and the files that cannot be posts."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from brandjournal.importers import Rejected, files, parse
from tests.importers.samples import write_files

MTIME = datetime(2022, 9, 1, 12, 0, tzinfo=UTC)


def set_mtime(path, moment: datetime = MTIME) -> None:
    os.utime(path, (moment.timestamp(), moment.timestamp()))


def test_a_folder_of_posts(tmp_path):
    root = write_files(
        tmp_path / "blog",
        {
            "2023/retour-d-experience.md": (
                "---\n"
                "title: \"Ce que l'échec m'a appris\"\n"
                "date: 2023-03-14 10:00:00 +0100\n"
                "lang: fr-FR\n"
                "tags:\n"
                "  - carrière\n"
                "---\n"
                "\n"
                "# Un titre dans le texte\n"
                "\n"
                "J'ai raté mon premier projet.\r\n"
            ),
            "notes/first-heading.markdown": "\n\n## Hiring well\n\nWe hire for judgement, not for buzzwords.\n",
            "notes/plain.txt": "\ufeffJust a line of text\nand a second one",
            "hugo.md": '+++\ntitle = "TOML front matter"\ndate = 2021-01-02T03:04:05Z\n+++\nBody from Hugo.\n',
            "utc-naive.md": "---\ntitle: Sans fuseau\ndate: 2023-07-01\n---\nLe corps.\n",
            "ignored.docx": b"PK\x03\x04",
            ".obsidian/workspace.md": "hidden folder",
            ".hidden.md": "hidden file",
        },
    )
    for path in root.rglob("*"):
        if path.is_file():
            set_mtime(path)

    result = parse(root)

    assert result.rejected == []
    assert [(p.source_id, p.title, p.body, p.published_at, p.language) for p in result.posts] == [
        (
            "2023/retour-d-experience.md",
            "Ce que l'échec m'a appris",
            "# Un titre dans le texte\n\nJ'ai raté mon premier projet.",
            datetime(2023, 3, 14, 9, 0, tzinfo=UTC),
            "fr",
        ),
        ("hugo.md", "TOML front matter", "Body from Hugo.", datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC), None),
        (
            "notes/first-heading.markdown",
            "Hiring well",
            "## Hiring well\n\nWe hire for judgement, not for buzzwords.",
            MTIME,
            None,
        ),
        ("notes/plain.txt", "Just a line of text", "Just a line of text\nand a second one", MTIME, None),
        (
            "utc-naive.md",
            "Sans fuseau",
            "Le corps.",
            datetime(2023, 7, 1).astimezone().astimezone(UTC),  # a hand-written date is local time
            None,
        ),
    ]
    assert {p.source for p in result.posts} == {"files"}


def test_files_that_cannot_be_posts_are_rejected_by_name(tmp_path):
    root = write_files(
        tmp_path,
        {
            "latin1.md": "Café crème".encode("latin-1"),
            "empty.md": "---\ntitle: Only front matter\n---\n\n",
            "blank.txt": "   \n\n",
            "bad-date.md": "---\ndate: le 3 mars\n---\nTexte\n",
            "bad-toml.md": "+++\ntitle = \n+++\nTexte\n",
            "binary.txt": b"abc\x00def",
            "good.md": "Un vrai post.",
        },
    )
    result = parse(root)
    assert [p.source_id for p in result.posts] == ["good.md"]
    assert result.rejected == [
        Rejected("bad-date.md", "bad date 'le 3 mars' in the front matter", "file"),
        Rejected(
            "bad-toml.md",
            "unreadable front matter (Invalid value (at end of document))",
            "file",
        ),
        Rejected("binary.txt", "contains NUL bytes: a binary file, not a post", "file"),
        Rejected("blank.txt", "empty", "file"),
        Rejected("empty.md", "empty", "file"),
        Rejected("latin1.md", "not UTF-8 text (invalid byte at offset 3)", "file"),
    ]
    assert result.rejected[0].location == "bad-date.md"


def test_a_single_file_and_an_unclosed_front_matter(tmp_path):
    post = tmp_path / "post.md"
    post.write_text("---\nnot front matter after all\n\nStill the body.\n", encoding="utf-8")
    set_mtime(post)
    (imported,) = parse(post).posts
    assert (imported.source_id, imported.title, imported.body, imported.published_at) == (
        "post.md",
        "---",
        "---\nnot front matter after all\n\nStill the body.",
        MTIME,
    )


def test_symlinked_folders_are_not_followed(tmp_path):
    root = write_files(tmp_path / "notes", {"a.md": "A"})
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [p.source_id for p in files.parse_path(root).posts] == ["a.md"]
