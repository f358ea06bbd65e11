"""Importing into a real encrypted journal: drafts, revisions, duplicates, and all-or-nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from brandjournal.domain import DraftStatus, RevisionKind
from brandjournal.importers import ImportedPost, ParseResult, Rejected, import_into, linkedin
from brandjournal.storage.bulk import body_key
from tests.importers.samples import EN_POST, FR_POST, share, share_link, shares_csv

START = datetime(2022, 1, 3, 8, 0, tzinfo=UTC)


def generated(count: int, source: str = "linkedin") -> list[ImportedPost]:
    return [
        ImportedPost(
            source=source,
            source_id=f"urn:li:share:{n}",
            title=f"Post {n}",
            body=f"Post {n}: une leçon de la semaine {n}, en toute franchise.",
            published_at=START + timedelta(days=n),
        )
        for n in range(count)
    ]


def test_imported_posts_become_exported_drafts_with_one_imported_revision(journal):
    result = linkedin.parse_bytes(
        shares_csv([share(1, "2023-04-12 08:15:42", FR_POST), share(2, "2023-05-01 06:00:00", EN_POST)])
    )
    summary = import_into(journal, result)

    assert (summary.imported, summary.duplicates, summary.rejected, summary.skipped) == (2, 0, [], 0)
    drafts = [journal.get_draft(s.id) for s in journal.list_drafts(order="created")]
    assert [(d.title, d.body, d.status, d.platforms, d.source, d.published_at) for d in drafts] == [
        (
            'Last week our team shipped the "boring" release.',
            EN_POST,
            DraftStatus.EXPORTED,
            ("linkedin",),
            "linkedin",
            datetime(2023, 5, 1, 6, 0, tzinfo=UTC),
        ),
        (
            "Ce matin, une stagiaire m’a demandé\u00a0: « Comment tu sais que tu fais le bon…",
            FR_POST,
            DraftStatus.EXPORTED,
            ("linkedin",),
            "linkedin",
            datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC),
        ),
    ]
    # A past post takes its place in history: created and updated when it was published.
    assert [(d.created_at, d.updated_at) for d in drafts] == [(d.published_at, d.published_at) for d in drafts]
    revisions = journal.revisions(drafts[1].id)
    assert [(r.kind, r.title, r.body, r.label) for r in revisions] == [
        (RevisionKind.IMPORTED, drafts[1].title, FR_POST, share_link(1))
    ]
    assert [s.id for s in journal.search("stagiaire")] == [drafts[1].id]


def test_duplicates_within_the_archive_and_against_the_journal(journal):
    by_hand = journal.create_draft("Mine", "Déjà   écrit\nà la main.")
    posts = generated(3)
    posts += [
        replace(posts[0], title="same id, other text", body="Texte différent"),  # same source + source_id
        replace(
            posts[1], source_id="urn:li:share:other", body="  POST 1: une leçon de la SEMAINE 1, en toute franchise."
        ),
        ImportedPost("mastodon", "https://m.example/1", "x", "déjà écrit à la main.", START),  # same as by hand
    ]
    first = import_into(journal, ParseResult("linkedin", posts, [Rejected(9, "no date")]))
    assert (first.imported, first.duplicates, first.rejected) == (3, 3, [Rejected(9, "no date")])
    assert journal.count_drafts() == 4

    again = import_into(journal, ParseResult("linkedin", generated(4)))  # a newer export of the same account
    assert (again.imported, again.duplicates) == (1, 3)
    assert journal.count_drafts() == 5
    assert journal.get_draft(by_hand.id).status is DraftStatus.DRAFT


def test_an_edited_import_is_still_recognised_by_its_imported_text(journal):
    import_into(journal, ParseResult("files", [ImportedPost("files", "a.md", "A", "Texte d'origine", START)]))
    (draft,) = journal.list_drafts()
    journal.save_text(draft.id, "Texte retravaillé depuis")
    summary = import_into(
        journal, ParseResult("files", [ImportedPost("files", "moved/a.md", "A", "Texte d'origine", START)])
    )
    assert (summary.imported, summary.duplicates) == (0, 1)


def test_a_failure_midway_leaves_the_journal_untouched(journal):
    journal.create_draft("Before", "Already here.")
    posts = generated(1200)
    posts[700] = replace(posts[700], body=12345)  # a bug upstream: the body is not a str
    calls: list[tuple[int, int]] = []

    with pytest.raises(TypeError):
        import_into(journal, ParseResult("linkedin", posts), progress=lambda done, total: calls.append((done, total)))

    assert calls == [(250, 1200), (500, 1200)]  # the first batch of 500 had been written when it failed
    assert journal.count_drafts() == 1
    assert [s.title for s in journal.list_drafts()] == ["Before"]
    assert journal.search("franchise") == []
    # The journal is still usable, and the same import without the bug goes through.
    assert import_into(journal, ParseResult("linkedin", generated(1200))).imported == 1200


def test_a_progress_callback_can_cancel_the_whole_import(journal):
    class Cancelled(Exception):
        pass

    def cancel_at_half(done: int, total: int) -> None:
        if done >= total / 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_into(journal, ParseResult("linkedin", generated(1000)), progress=cancel_at_half)
    assert journal.count_drafts() == 0


def test_a_naive_timestamp_is_refused_and_nothing_is_written(journal):
    posts = [*generated(2), ImportedPost("files", "x.md", "x", "naive", datetime(2023, 1, 1))]
    with pytest.raises(ValueError, match="aware"):
        import_into(journal, ParseResult("files", posts))
    assert journal.count_drafts() == 0


def test_progress_reaches_the_total_once(journal):
    calls: list[tuple[int, int]] = []
    import_into(journal, ParseResult("linkedin", generated(600)), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(250, 600), (500, 600), (600, 600)]


def test_body_key_folds_case_whitespace_and_unicode_composition():
    assert body_key("Équipe  soudée\n") == body_key("e\u0301quipe soudée")
    assert body_key("Équipe") != body_key("Equipe")  # accents are meaning, not noise
