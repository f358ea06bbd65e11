"""Fuzzing across layers, with every odd character class a post can hold (see ``chars.py``).

What tests/analysis, tests/export and tests/importers already fuzz layer by layer is not repeated here; these
properties follow one text through several layers:

* analysis: flags point at the exact evidence in the text (also after ``max_chars`` truncation, as the window
  and ``check --max-chars`` use it), and a report always serialises (fingerprints, JSON, ``check`` lines);
* export: every platform and format takes text holding RTL, bidi overrides, emoji ZWJ sequences, flags,
  combining marks, controls and lone surrogates; emoji, flags and accented letters are never cut in half by a
  thread split, and nothing the reader should see is dropped;
* importers → journal: whatever a LinkedIn CSV, a Mastodon outbox (including JSON ``\\ud800`` escapes) or a
  folder of files holds, each imported post is valid Unicode that the journal can store, analyse and export.

The normal run tries ~150 examples per test; ``pytest -m slow tests/reliability`` tries 10,000 each.
"""

from __future__ import annotations

import datetime
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandjournal.analysis import analyze
from brandjournal.commands.check import format_text
from brandjournal.domain import Intention, IntentionKind, Platform, Profile, Value
from brandjournal.export import SPECS, export_post
from brandjournal.importers import ImportFormatError, parse
from brandjournal.storage.bulk import body_key
from tests.reliability.chars import ALL_PIECES, ODD, odd_texts

PROFILE = Profile(
    values=(
        Value("Transparence", fits=("coulisses",), betrays=("sans commentaire",), language="fr"),
        Value("Honest", fits=("admit",), betrays=("spin",)),
        Value("שקיפות"),  # a value named in Hebrew: the profile is the author's own words
    )
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- analysis ---------------------------------------------------------------------------------------------


def check_analysis(text: str, max_chars: int | None, kind: IntentionKind | None, ui_lang: str) -> None:
    report = analyze(text, PROFILE, Intention("", kind), ui_lang=ui_lang, max_chars=max_chars)
    shown = text[:max_chars] if max_chars is not None else text
    for flag in report.flags:
        assert 0 <= flag.start < flag.end <= len(shown), flag
        assert shown[flag.start : flag.end] == flag.text, flag
    if max_chars is not None and len(text) > max_chars:
        assert report.notices, "a truncated analysis must say so"
    # What the CLI and the window do with a report must work on any text that reached the engine:
    # the CLI reads strict UTF-8, the editor never holds a lone surrogate, so check only valid text.
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
        lines = format_text(report, shown, "draft.md", ui_lang)
        assert lines.endswith("\n")


analysis_args = {
    "text": odd_texts(),
    "max_chars": st.one_of(st.none(), st.integers(1, 120)),
    "kind": st.sampled_from([None, *IntentionKind]),
    "ui_lang": st.sampled_from(["fr", "en"]),
}


@FAST
@given(**analysis_args)
def test_analysis_spans_and_reports_hold_on_odd_text(text, max_chars, kind, ui_lang):
    check_analysis(text, max_chars, kind, ui_lang)


@pytest.mark.slow
@LONG
@given(**analysis_args)
def test_analysis_spans_and_reports_hold_on_odd_text_long(text, max_chars, kind, ui_lang):
    check_analysis(text, max_chars, kind, ui_lang)


# --- export -----------------------------------------------------------------------------------------------

# Whole grapheme clusters a split must never cut, and that must reach the reader.
CLUSTERS = [p for p in ODD["emoji"] + ODD["combining"] + ["مرحبا", "שלום", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"] if len(p) > 1 and " " not in p]
FORMATS = [(platform, fmt) for platform in Platform for fmt in SPECS[platform].formats]


def check_export(body: str, title: str, lang: str, clusters: list[str]) -> None:
    for platform, fmt in FORMATS:
        result = export_post(title, body, platform, fmt, lang=lang, date=datetime.date(2026, 1, 2))
        assert result.parts
        result.text.encode("utf-8")  # storable, writable: no lone surrogate survives
        assert result.suggested_filename.endswith("." + fmt.value)
        assert not any(c in result.text for c in "\x00\x01\x1f\x7f")
        if platform is not Platform.BLOG and fmt.value == "txt":
            for cluster in clusters:
                assert any(cluster in part for part in result.parts), (platform, cluster, result.parts)


@st.composite
def export_cases(draw):
    """A body of words, odd pieces and whole clusters separated by spaces (so each cluster must survive)."""
    clusters = draw(st.lists(st.sampled_from(CLUSTERS), max_size=8))
    noise = draw(st.lists(st.one_of(st.sampled_from(ALL_PIECES), st.text(max_size=6)), max_size=30))
    pieces = [f" {c} " for c in clusters] + noise
    order = draw(st.permutations(range(len(pieces)))) if pieces else []
    body = "".join(pieces[i] for i in order)
    # a long run of the same word makes a thread on X / Bluesky / Mastodon: splits must respect clusters
    body += " ".join(draw(st.sampled_from(["mot", "word", "🇫🇷", "é"])) for _ in range(draw(st.integers(0, 120))))
    # markup around a cluster may legitimately change it (code, links): check only clusters in plain runs
    plain = [c for c in clusters if not any(m in body for m in ("`", "<", "&", "[", "\\"))]
    title = draw(odd_texts(max_pieces=5))
    return body, title, draw(st.sampled_from(["fr", "en", "mixed"])), plain


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=export_cases())
def test_export_keeps_every_character_class_whole(case):
    check_export(*case)


@pytest.mark.slow
@LONG
@given(case=export_cases())
def test_export_keeps_every_character_class_whole_long(case):
    check_export(*case)


# --- importers -> journal -> analysis -> export -----------------------------------------------------------


def outbox_json(posts: list[tuple[str, str | None]]) -> bytes:
    """A real-shaped outbox.json. ``json.dumps`` writes a lone surrogate as an escape (``"\\ud800"``): valid
    JSON, as a broken exporter may write half of an emoji."""
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    items = [
        {
            "type": "Create",
            "id": f"https://m.example/s/{n}/activity",
            "actor": "https://m.example/users/a",
            "published": f"2024-01-0{n + 1}T10:00:00Z",
            "to": public,
            "object": {
                "type": "Note",
                "id": f"https://m.example/s/{n}",
                "url": f"https://m.example/@a/{n}",
                "content": f"<p>Post {n}: {content}</p>",
                "summary": summary,
                "published": f"2024-01-0{n + 1}T10:00:00Z",
            },
        }
        for n, (content, summary) in enumerate(posts)
    ]
    return json.dumps({"type": "OrderedCollection", "orderedItems": items}).encode("utf-8")


mastodon_outbox = st.lists(
    st.tuples(odd_texts(max_pieces=10), st.sampled_from([None, "\ud800", "CW ⚠️", "\udfff\ud83d"])),
    min_size=1,
    max_size=4,
).map(outbox_json)


@st.composite
def linkedin_csv(draw) -> bytes:
    rows = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"]
    for n in range(draw(st.integers(1, 4))):
        text = draw(odd_texts(max_pieces=10)).replace('"', '""')
        rows.append(f'2024-01-0{n + 1} 10:00:00,https://www.linkedin.com/feed/update/{n},"{text}",,,MEMBER_NETWORK')
    raw = "\r\n".join(rows).encode("utf-8", "surrogatepass")
    return raw if draw(st.booleans()) else raw.replace(b"\xc3\xa9", b"\xe9")  # sometimes Latin-1 bytes


@st.composite
def markdown_folder(draw) -> dict[str, bytes]:
    files = {}
    for n in range(draw(st.integers(1, 4))):
        body = draw(odd_texts(max_pieces=12))
        front = draw(st.sampled_from(["", "---\ntitle: «Titre» 🎉\ndate: 2024-02-03\n---\n", "---\ntitle: [\n---\n"]))
        data = (front + body).encode("utf-8", "surrogatepass")
        stem = draw(st.sampled_from(["post", "مقال", "🎉", "e\u0301te"]))
        files[f"{n}-{stem}.md"] = data
    return files


def check_import(name: str, payload: bytes | dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if isinstance(payload, dict):
            path.mkdir()
            for file_name, data in payload.items():
                (path / file_name).write_bytes(data)
        else:
            path.write_bytes(payload)
        try:
            result = parse(path)
        except ImportFormatError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
    for rejected in result.rejected:
        assert rejected.reason and "\n" not in rejected.reason
    for post in result.posts:
        for field in (post.body, post.title, post.source_id, post.url or ""):
            field.encode("utf-8")  # the journal stores UTF-8: a lone surrogate here crashes the import
        body_key(post.body)  # what the bulk import computes for every post
        report = analyze(post.body, PROFILE)
        json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
        for flag in report.flags:
            assert post.body[flag.start : flag.end] == flag.text
        export_post(post.title, post.body, Platform.MASTODON, None, lang=report.language)


IMPORT_CASES = {
    "mastodon outbox.json": (mastodon_outbox, "outbox.json"),
    "linkedin Shares.csv": (linkedin_csv(), "Shares.csv"),
    "folder of Markdown files": (markdown_folder(), "posts"),
}


@pytest.mark.parametrize("case", IMPORT_CASES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_imported_posts_can_be_stored_analysed_and_exported(case, data):
    strategy, name = IMPORT_CASES[case]
    check_import(name, data.draw(strategy))


@pytest.mark.slow
@pytest.mark.parametrize("case", IMPORT_CASES)
@LONG
@given(data=st.data())
def test_imported_posts_can_be_stored_analysed_and_exported_long(case, data):
    strategy, name = IMPORT_CASES[case]
    check_import(name, data.draw(strategy))


def test_a_mastodon_post_with_an_escaped_lone_surrogate_is_rejected_alone(tmp_path):
    """Found by the fuzzer above: ``"\\ud800"`` is valid JSON but not text; it crashed the whole import with a
    UnicodeEncodeError traceback (storage/bulk.py body_key) and imported nothing."""
    outbox = tmp_path / "outbox.json"
    outbox.write_bytes(outbox_json([("We leverage synergies \ud800 today.", None), ("Un post normal.", None)]))
    assert b"\\ud800" in outbox.read_bytes()
    result = parse(outbox)
    assert [post.body for post in result.posts] == ["Post 1: Un post normal."]
    assert [(r.line_or_index, r.unit) for r in result.rejected] == [(0, "item")]
    assert "not valid Unicode" in result.rejected[0].reason
