"""The journal API: drafts, revisions, search, values, acknowledgements, exports, locking, migrations."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta

import pytest
from sqlalchemy import text

from brandjournal.domain import (
    DraftStatus,
    Flag,
    FlagKind,
    Intention,
    IntentionKind,
    RevisionKind,
    Severity,
    Value,
)
from brandjournal.storage import JournalLockedError, StorageError, database, open_journal
from brandjournal.storage import journal as journal_module
from brandjournal.storage.errors import DraftNotFound
from brandjournal.storage.keys import JournalKey
from tests.conftest import PASSPHRASE


def test_draft_round_trip(journal):
    draft = journal.create_draft(
        "Ce que j'ai appris",
        "J'ai appris **beaucoup**.",
        intention=Intention("Partager une leçon", IntentionKind.SHARE),
        platforms=["linkedin", "mastodon"],
        language="fr",
    )
    again = journal.get_draft(draft.id)
    assert again.title == "Ce que j'ai appris"
    assert again.body == "J'ai appris **beaucoup**."
    assert again.intention == Intention("Partager une leçon", IntentionKind.SHARE)
    assert again.platforms == ("linkedin", "mastodon")
    assert again.status is DraftStatus.DRAFT
    assert again.language == "fr"
    assert again.created_at.tzinfo is not None

    updated = journal.update_draft(draft.id, status=DraftStatus.REVIEW, tags=["carrière"], share_footer=True)
    assert (updated.status, updated.tags, updated.share_footer) == (DraftStatus.REVIEW, ("carrière",), True)
    with pytest.raises(DraftNotFound):
        journal.get_draft(999)


def test_first_draft_is_kept_whole_and_manual_saves_make_revisions(journal):
    draft = journal.create_draft("t", "Version one, in my words.")
    journal.save_text(draft.id, "Version one, in my words. Still the first sitting.")
    revisions = journal.revisions(draft.id)
    assert [(r.kind, r.body) for r in revisions] == [
        (RevisionKind.FIRST, "Version one, in my words. Still the first sitting.")
    ]

    journal.save_text(draft.id, "Polished version.", revision=RevisionKind.MANUAL, label="Ctrl+S")
    journal.save_text(draft.id, "Polished version, again.")  # small autosave: no new revision
    kinds = [(r.kind, r.body, r.label) for r in journal.revisions(draft.id)]
    assert kinds == [
        (RevisionKind.FIRST, "Version one, in my words. Still the first sitting.", ""),
        (RevisionKind.MANUAL, "Polished version.", "Ctrl+S"),
    ]
    assert journal.get_draft(draft.id).body == "Polished version, again."
    assert journal.first_revision(draft.id).body == "Version one, in my words. Still the first sitting."


def test_first_draft_freezes_after_the_first_session(journal, monkeypatch):
    draft = journal.create_draft("t", "First words.")
    later = journal_module.utcnow() + journal_module.FIRST_DRAFT_SESSION + timedelta(minutes=1)
    monkeypatch.setattr(journal_module, "utcnow", lambda: later)
    journal.save_text(draft.id, "First words, then much later something else entirely." + "x" * 250)
    revisions = journal.revisions(draft.id)
    assert revisions[0].kind is RevisionKind.FIRST and revisions[0].body == "First words."
    assert revisions[-1].kind is RevisionKind.AUTOSAVE


def test_large_autosave_change_becomes_a_revision(journal):
    draft = journal.create_draft("t", "Short.")
    journal.save_text(draft.id, "Short.", revision=RevisionKind.MANUAL)  # now the last revision is not the first
    journal.save_text(draft.id, "Short." + " More words." * 30)
    assert [r.kind for r in journal.revisions(draft.id)] == [
        RevisionKind.FIRST,
        RevisionKind.MANUAL,
        RevisionKind.AUTOSAVE,
    ]


def test_restore_keeps_the_current_text(journal):
    draft = journal.create_draft("t", "Original voice.")
    first = journal.first_revision(draft.id)
    journal.save_text(draft.id, "Corporate rewrite.", revision=RevisionKind.MANUAL)
    restored = journal.restore_revision(draft.id, first.id)
    assert restored.body == "Original voice."
    bodies = [(r.kind, r.body) for r in journal.revisions(draft.id)]
    assert (RevisionKind.MANUAL, "Corporate rewrite.") in bodies
    assert bodies[0] == (RevisionKind.FIRST, "Original voice.")


def test_editing_an_approved_post_sends_it_back_to_draft(journal):
    draft = journal.create_draft("t", "Approved text.")
    journal.set_status(draft.id, DraftStatus.APPROVED)
    assert journal.save_text(draft.id, "Approved text.").status is DraftStatus.APPROVED  # unchanged text
    assert journal.save_text(draft.id, "Edited text.").status is DraftStatus.DRAFT


def test_search_is_ranked_accent_and_case_insensitive(journal):
    body_only = journal.create_draft("Réunion", "Nous avons parlé de l'équipe de nuit.")
    in_title = journal.create_draft("Équipe", "Une équipe soudée à l'hôpital.")
    journal.create_draft("Other", "Nothing to see here.")
    assert [d.id for d in journal.search("EQUIPE")] == [in_title.id, body_only.id]
    assert [d.id for d in journal.search("hopital")] == [in_title.id]
    assert [d.id for d in journal.search("equ")] == [in_title.id, body_only.id]  # prefix while typing
    assert "[équipe]" in journal.search("equipe nuit")[0].snippet
    for hostile in ['"', "AND", "c'est", "NEAR(", "*", "title:x", "-", "()"]:
        assert isinstance(journal.search(hostile), list)


def test_search_follows_edits_and_deletes(journal):
    draft = journal.create_draft("t", "ancienne formulation")
    journal.save_text(draft.id, "nouvelle formulation")
    assert journal.search("ancienne") == []
    assert [d.id for d in journal.search("nouvelle")] == [draft.id]
    journal.delete_draft(draft.id)
    assert journal.search("nouvelle") == []


def test_list_pages_and_counts(journal):
    for i in range(25):
        journal.create_draft(f"Draft {i:02}", "body", status=DraftStatus.IDEA if i % 5 == 0 else DraftStatus.DRAFT)
    page = journal.list_drafts(limit=10, offset=0)
    assert [d.title for d in page] == [f"Draft {i:02}" for i in range(24, 14, -1)]
    assert journal.count_drafts() == 25
    assert journal.count_drafts(status=DraftStatus.IDEA) == 5
    assert {d.status for d in journal.list_drafts(status=DraftStatus.IDEA)} == {DraftStatus.IDEA}
    assert [d.title for d in journal.list_drafts(order="title", limit=2)] == ["Draft 00", "Draft 01"]


def test_values_intentions_settings_and_profile(journal):
    values = [
        Value("Transparence", "Dire ce qui se passe", ("coulisses", "chiffres"), ("sans commentaire",), "fr"),
        Value("Humility", fits=("I was wrong",)),
    ]
    journal.set_values(values)
    assert journal.values() == values
    journal.set_values(list(reversed(values)))
    assert [v.name for v in journal.values()] == ["Humility", "Transparence"]
    journal.set_presence_intentions(["Montrer mon métier tel qu'il est", "  ", "Learn in public"])
    assert journal.presence_intentions() == ["Montrer mon métier tel qu'il est", "Learn in public"]
    journal.set_setting("accepted_words", ["scrum"])
    profile = journal.profile()
    assert profile.accepted_words == frozenset({"scrum"})
    assert profile.intentions == ("Montrer mon métier tel qu'il est", "Learn in public")


def _flag(evidence: str = "synergies") -> Flag:
    return Flag(
        FlagKind.JARGON,
        10,
        19,
        evidence,
        Severity.WARNING,
        "jargon.en.synergy",
        "Buzzword.",
        sentence="We found synergies.",
    )


def test_acknowledgements_need_a_reason_and_become_dismissals(journal):
    draft = journal.create_draft("t", "We found synergies.")
    with pytest.raises(StorageError):
        journal.acknowledge(draft.id, _flag(), "   ")
    ack = journal.acknowledge(draft.id, _flag(), "It is the client's own word.")
    assert (ack.reason, ack.rule, ack.evidence) == ("It is the client's own word.", "jargon.en.synergy", "synergies")
    assert journal.profile(draft.id).dismissed == frozenset({_flag().fingerprint})
    assert journal.profile().dismissed == frozenset()
    journal.remove_acknowledgement(ack.id)
    assert journal.acknowledgements(draft.id) == []


def test_exports_are_recorded_and_mark_the_draft(journal):
    draft = journal.create_draft("t", "Text.")
    record = journal.record_export(draft.id, "linkedin", "txt", "ab" * 32)
    assert (record.platform, record.format, record.content_hash) == ("linkedin", "txt", "ab" * 32)
    assert journal.get_draft(draft.id).status is DraftStatus.EXPORTED
    assert [e.id for e in journal.exports(draft.id)] == [record.id]


def test_a_second_writer_is_refused_until_the_first_closes(tmp_path):
    path = tmp_path / "journal.db"
    first = open_journal(path, passphrase=PASSPHRASE)
    with pytest.raises(JournalLockedError) as raised:
        open_journal(path, passphrase=PASSPHRASE)
    assert "already open" in str(raised.value)
    first.close()
    open_journal(path, passphrase=PASSPHRASE).close()


WRITER = textwrap.dedent(
    """
    import sys
    from brandjournal.domain import RevisionKind
    from brandjournal.storage import open_journal
    journal = open_journal(sys.argv[1], passphrase=sys.argv[2])
    draft = journal.create_draft("crash", "start")
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        journal.save_text(draft.id, f"body {i} " + "x" * 2000, revision=RevisionKind.MANUAL)
    """
)


def test_killed_writer_leaves_a_consistent_journal_and_no_stale_lock(tmp_path):
    """Short version of benchmarks/crash_test.py: SIGKILL mid-write, then everything is whole."""
    path = tmp_path / "journal.db"
    for attempt in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), PASSPHRASE], stdout=subprocess.PIPE, text=True, cwd=os.getcwd()
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(0.2 + attempt * 0.15)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        with open_journal(path, passphrase=PASSPHRASE) as journal:  # the dead process's lock is gone
            assert journal.integrity_check() == "ok"
            for draft in journal.list_drafts():
                body = journal.get_draft(draft.id).body
                revisions = journal.revisions(draft.id)
                for revision in revisions[1:]:
                    number = revision.body.split()[1]
                    assert revision.body == f"body {number} " + "x" * 2000  # never half-written
                if len(revisions) > 1:
                    assert body == revisions[-1].body  # draft and its revision were saved together


def _old_journal(path) -> None:
    """A journal as the first released schema (0001) wrote it, with data in it."""
    conn = database.connect(path, JournalKey(passphrase=PASSPHRASE), create=True)
    engine = database.make_engine(conn)
    database.migrate(engine, path, target="0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO draft (id, title, body, intention_text, platforms, status, created_at, updated_at) "
                "VALUES (1, 'Ancien brouillon', 'Écrit avant la mise à jour', 'partager', '[\"linkedin\"]', "
                "'review', '2026-01-02 03:04:05', '2026-01-02 03:04:05')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO revision (draft_id, kind, title, body, label, created_at) "
                "VALUES (1, 'first', 'Ancien brouillon', 'Écrit avant la mise à jour', '', '2026-01-02 03:04:05')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO value (name, meaning, fits, betrays, position, created_at, updated_at) "
                "VALUES ('Rigueur', '', '[\"vérifier\"]', '[]', 0, '2026-01-02 03:04:05', '2026-01-02 03:04:05')"
            )
        )
    assert database.current_revision(engine) == "0001"
    engine.dispose()
    conn.close()


def test_an_older_journal_is_migrated_on_open_with_its_data(tmp_path):
    path = tmp_path / "old.db"
    _old_journal(path)
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert journal.schema_revision() == database.head_revision() == "0003"
        draft = journal.get_draft(1)
        assert (draft.title, draft.body, draft.status) == (
            "Ancien brouillon",
            "Écrit avant la mise à jour",
            DraftStatus.REVIEW,
        )
        assert (draft.tags, draft.share_footer, draft.score) == ((), False, None)
        assert journal.values() == [Value("Rigueur", fits=("vérifier",))]
        assert [d.id for d in journal.search("ecrit")] == [1]  # FTS rows written by 0001 triggers survive
        journal.update_draft(1, score=80, tags=["migration"])
        assert journal.revisions(1)[0].kind is RevisionKind.FIRST
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert journal.get_draft(1).score == 80


def test_a_journal_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal, journal._session() as session:
        session.connection().execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = path.read_bytes()
    with pytest.raises(StorageError) as raised:
        open_journal(path, passphrase=PASSPHRASE)
    assert "newer BrandJournal" in str(raised.value)
    assert path.read_bytes() == before


def test_the_fast_path_head_matches_alembic():
    assert database.head_revision() == database.HEAD_REVISION
