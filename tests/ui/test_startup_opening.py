"""Start-up on a journal still being opened: the list shows at once, nothing can change until the journal is open,
and an error while finishing the opening is shown like any opening error."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtWidgets import QMessageBox

from brandjournal.storage import JournalLockedError, open_journal, unlock_journal
from brandjournal.ui import settings as app_settings
from brandjournal.ui.draft_list_model import PAGE_SIZE
from tests.ui.conftest import PASSPHRASE, answer_modal, wait_report

ROOT = Path(__file__).resolve().parents[2]


def _fill(path: Path, count: int) -> list[int]:
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        return [journal.create_draft(f"Draft {n}", f"Body of draft {n}.").id for n in range(count)]


@pytest.mark.gui
def test_the_list_shows_first_and_the_window_is_usable_once_open(qtbot, journal_path):
    from brandjournal.ui.main_window import MainWindow

    ids = _fill(journal_path, PAGE_SIZE + 20)
    app_settings.set_last_draft(journal_path.absolute(), ids[-3])  # on the first page (newest first)
    unlocked = unlock_journal(journal_path, passphrase=PASSPHRASE)
    try:
        window = MainWindow(unlocked)
        qtbot.addWidget(window)
        # Built, not yet shown: the first page comes from the light reader; nothing can read or write the journal.
        assert window.journal is None
        model = window.journal_panel.model
        assert model.rowCount() == PAGE_SIZE
        assert model.index(0, 0).data() == f"Draft {PAGE_SIZE + 19}"
        assert not model.canFetchMore()
        assert window.journal_panel.current_draft_id() == ids[-3]
        assert not window.editor.isEnabled()
        assert not window.journal_panel.search.isEnabled()
        assert not window.journal_panel.new_button.isEnabled()
        for action in (window.new_action, window.values_action, window.backup_action, window.save_action):
            assert not action.isEnabled()
        window.open_draft(ids[-2])  # a click in the list while opening: remembered, opened once ready
        window.journal_panel.select_draft(ids[-2], emit=False)

        with qtbot.waitSignal(window.journalOpened, timeout=15000):
            window.show()
        assert window.journal is unlocked.journal is not None
        assert window.draft is not None and window.draft.id == ids[-2]
        assert window.editor.isEnabled() and window.editor.body() == f"Body of draft {len(ids) - 2}."
        assert window.new_action.isEnabled() and window.save_action.isEnabled()
        assert window.journal_panel.search.isEnabled()
        assert model.canFetchMore()
        model.fetchMore()
        assert model.rowCount() == PAGE_SIZE + 20
        wait_report(qtbot, window)
        window.editor.source.setPlainText("Written once the journal is open.")
        window.save_now()
        window.close()
    finally:
        unlocked.close()
    with open_journal(journal_path, passphrase=PASSPHRASE) as journal:
        assert journal.get_draft(ids[-2]).body == "Written once the journal is open."


@pytest.mark.gui
def test_an_error_while_finishing_the_opening_is_shown_and_the_window_closes(qtbot, journal_path):
    from brandjournal.ui.main_window import MainWindow

    _fill(journal_path, 3)
    unlocked = unlock_journal(journal_path, passphrase=PASSPHRASE)
    try:
        window = MainWindow(unlocked)
        qtbot.addWidget(window)
        assert window.journal_panel.model.rowCount() == 3
        # Before the journal is opened in full, a newer BrandJournal rewrites the schema version.
        other = sqlcipher.connect(str(journal_path))
        other.execute(f"PRAGMA key = '{PASSPHRASE}'")
        other.execute("UPDATE alembic_version SET version_num = '9999'")
        other.commit()
        other.close()

        shown: list[tuple[str, str]] = []

        def read_and_close(dialog) -> None:
            assert isinstance(dialog, QMessageBox)
            shown.append((dialog.text(), dialog.informativeText()))
            dialog.accept()

        answer_modal(qtbot, read_and_close)
        with qtbot.waitSignal(window.journalFailed, timeout=15000):
            window.show()
        assert shown[0][0] == "This journal was written by a newer version of BrandJournal."
        assert "schema 9999" in shown[0][1]
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.journal is None and unlocked.journal is None
    finally:
        unlocked.close()
    again = unlock_journal(journal_path, passphrase=PASSPHRASE)  # the lock was released
    again.close()


@pytest.mark.gui
def test_closing_the_window_while_it_opens_loses_nothing_and_frees_the_journal(qtbot, journal_path):
    from brandjournal.ui.main_window import MainWindow

    ids = _fill(journal_path, 2)
    unlocked = unlock_journal(journal_path, passphrase=PASSPHRASE)
    window = MainWindow(unlocked)
    qtbot.addWidget(window)
    window.show()
    window.close()  # waits for the opening in flight, if any; saves nothing (nothing was editable)
    with pytest.raises(JournalLockedError):
        open_journal(journal_path, passphrase=PASSPHRASE)
    unlocked.close()
    with open_journal(journal_path, passphrase=PASSPHRASE) as journal:
        assert [d.id for d in journal.list_drafts()] == ids[::-1]


def test_the_window_modules_do_not_import_the_orm():
    code = textwrap.dedent(
        """
        import sys
        import brandjournal.ui.application, brandjournal.ui.main_window
        print(sorted(m for m in ("sqlalchemy", "sqlmodel", "pydantic", "markdown") if m in sys.modules))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.gui
def test_unlocking_started_before_qt_gives_the_same_journal_and_the_same_dialogs(qtbot, tmp_path, journal_path):
    from brandjournal.storage import UnlockInBackground
    from brandjournal.ui.key_dialogs import unlock_interactively

    ids = _fill(journal_path, 3)
    good = tmp_path / "passphrase"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    unlocked = unlock_interactively(
        journal_path, str(good), started=UnlockInBackground(journal_path, passphrase_file=str(good))
    )
    assert unlocked is not None and unlocked.journal is None  # not finished: the window does that
    try:
        assert [d.id for d in unlocked.list_drafts(limit=10)] == ids[::-1]
        # Meanwhile the journal is locked: a second start gets the usual dialog.
        messages: list[str] = []

        def read_and_close(box) -> None:
            messages.append(box.text())
            box.accept()

        answer_modal(qtbot, read_and_close)
        second = UnlockInBackground(journal_path, passphrase_file=str(good))
        assert unlock_interactively(journal_path, str(good), started=second) is None
        assert messages == ["This journal is already open in another BrandJournal window or command."]
    finally:
        unlocked.close()

    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    messages = []
    answer_modal(qtbot, read_and_close)
    started = UnlockInBackground(journal_path, passphrase_file=str(wrong))
    assert unlock_interactively(journal_path, str(wrong), started=started) is None
    assert messages == ["The journal could not be unlocked."]
    open_journal(journal_path, passphrase=PASSPHRASE).close()  # nothing was left locked


def test_the_app_unlocks_an_existing_journal_early_and_only_that(tmp_path):
    from argparse import Namespace

    from brandjournal.app import unlock_early

    path = tmp_path / "j.db"
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    assert unlock_early(Namespace(journal=str(path), passphrase_file=str(secret), self_test=False)) is None  # new
    open_journal(path, passphrase=PASSPHRASE).close()
    assert unlock_early(Namespace(journal=str(path), passphrase_file=str(secret), self_test=True)) is None
    assert unlock_early(Namespace(journal=str(path), passphrase_file=None, self_test=False)) is None  # keychain
    started = unlock_early(Namespace(journal=str(path), passphrase_file=str(secret), self_test=False))
    unlocked = started.result()
    try:
        assert unlocked.readable and unlocked.count_drafts() == 0
    finally:
        unlocked.close()


def test_the_error_log_is_written_and_kept_small(tmp_path):
    import logging

    from brandjournal.paths import data_dir
    from brandjournal.ui.errors import LOG_MAX_BYTES, rotate, setup_logging

    logger = logging.getLogger("brandjournal")
    before = list(logger.handlers)
    log_file = data_dir() / "logs" / "brandjournal.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("old\n" * (LOG_MAX_BYTES // 4 + 1), encoding="utf-8")
    try:
        setup_logging()  # the full log of a previous run is kept aside as .1
        logging.getLogger("brandjournal.ui").error("unexpected error: %s", "ValueError")
        for handler in logger.handlers:
            handler.flush()
        assert log_file.read_text(encoding="utf-8").endswith("ERROR brandjournal.ui: unexpected error: ValueError\n")
        assert log_file.with_name("brandjournal.log.1").stat().st_size > LOG_MAX_BYTES
    finally:
        for handler in set(logger.handlers) - set(before):
            logger.removeHandler(handler)
            handler.close()
    small = tmp_path / "small.log"
    small.write_text("a few lines\n", encoding="utf-8")
    rotate(small)
    assert [p.name for p in tmp_path.iterdir()] == ["small.log"]
