"""Writing exports: portable names, never a silent overwrite, private files, atomic replacement."""

from __future__ import annotations

import datetime
import os
import stat
import sys
from pathlib import Path

import pytest

from brandjournal.export.files import ExportExistsError, slugify, suggested_filename, write_export


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ce que j’ai appris cette année", "ce-que-j-ai-appris-cette-annee"),
        ("Été à Paris : œuvres & cœurs", "ete-a-paris-oeuvres-coeurs"),
        ("Straße, Øresund, Łódź", "strasse-oresund-lodz"),
        ("🚀🚀🚀", "post"),
        ("   ", "post"),
        ("CON", "con-post"),
        ("../../etc/passwd", "etc-passwd"),
        ("Une leçon très longue " * 10, "une-lecon-tres-longue-une-lecon-tres-longue-une-lecon-tres"),
    ],
)
def test_slugify(title: str, expected: str) -> None:
    assert slugify(title) == expected


def test_suggested_filenames() -> None:
    assert suggested_filename("Dire non", "linkedin", "txt") == "dire-non-linkedin.txt"
    assert suggested_filename("Dire non", "blog", "md", date=datetime.date(2026, 11, 25), blog=True) == (
        "2026-11-25-dire-non.md"
    )
    assert suggested_filename("Dire non", "blog", "html", blog=True) == "dire-non.html"


def test_writes_utf8_with_private_permissions(tmp_path: Path) -> None:
    path = write_export(tmp_path, "post.md", "Été 🙂\n")
    assert path == tmp_path / "post.md"
    assert path.read_bytes() == "Été 🙂\n".encode()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["post.md"]  # no temporary file left behind


def test_never_overwrites_by_default(tmp_path: Path) -> None:
    write_export(tmp_path, "post.md", "premier")
    with pytest.raises(ExportExistsError, match=r"An export named 'post\.md' already exists") as caught:
        write_export(tmp_path, "post.md", "second")
    assert caught.value.path == tmp_path / "post.md"
    assert isinstance(caught.value, FileExistsError)
    assert (tmp_path / "post.md").read_text(encoding="utf-8") == "premier"
    assert sorted(os.listdir(tmp_path)) == ["post.md"]


def test_rename_on_conflict(tmp_path: Path) -> None:
    first = write_export(tmp_path, "post.md", "un", on_conflict="rename")
    second = write_export(tmp_path, "post.md", "deux", on_conflict="rename")
    third = write_export(tmp_path, "post.md", "trois", on_conflict="rename")
    assert [first.name, second.name, third.name] == ["post.md", "post-2.md", "post-3.md"]
    assert [p.read_text(encoding="utf-8") for p in (first, second, third)] == ["un", "deux", "trois"]
    assert sorted(os.listdir(tmp_path)) == ["post-2.md", "post-3.md", "post.md"]


def test_rename_without_extension(tmp_path: Path) -> None:
    write_export(tmp_path, "notes", "un")
    assert write_export(tmp_path, "notes", "deux", on_conflict="rename").name == "notes-2"


def test_overwrite_replaces_atomically(tmp_path: Path) -> None:
    path = write_export(tmp_path, "post.txt", "ancienne version")
    with path.open(encoding="utf-8") as reader:  # a reader holding the old file...
        write_export(tmp_path, "post.txt", "nouvelle version", overwrite=True)
        assert reader.read() == "ancienne version"  # ...still sees it whole: the file was replaced, not rewritten
    assert path.read_text(encoding="utf-8") == "nouvelle version"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["post.txt"]


def test_a_failed_write_leaves_no_trace(tmp_path: Path) -> None:
    with pytest.raises(UnicodeEncodeError):
        write_export(tmp_path, "post.txt", "bad \udc80 surrogate")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name", ["", ".", "..", "a/b.md", "a\\b.md", "con.txt", "x?.md", "dot.", "nul\x00"])
def test_rejects_unsafe_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="Cannot use"):
        write_export(tmp_path, name, "x")
    assert os.listdir(tmp_path) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_export(tmp_path / "absent", "post.md", "x")


def test_bad_conflict_policy(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="on_conflict"):
        write_export(tmp_path, "post.md", "x", on_conflict="replace")  # type: ignore[arg-type]


def test_a_failed_replace_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "post.md").mkdir()  # something that cannot be replaced by a file
    with pytest.raises(OSError):
        write_export(tmp_path, "post.md", "x", overwrite=True)
    assert os.listdir(tmp_path) == ["post.md"]
    assert (tmp_path / "post.md").is_dir()
