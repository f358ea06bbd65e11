"""Every location the app uses, resolved in one place (and overridable for tests and scripts).

Pure Python (platformdirs), so the CLI and storage never need Qt to find the journal.
"""

from __future__ import annotations

import os
from pathlib import Path

JOURNAL_ENV = "BRANDJOURNAL_JOURNAL"
DATA_DIR_ENV = "BRANDJOURNAL_DATA_DIR"  # redirects every default location (tests, portable use)


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("BrandJournal", appauthor=False, roaming=True))


def default_journal() -> Path:
    """The journal to open: ``$BRANDJOURNAL_JOURNAL`` if set, else ``journal.db`` in the data dir."""
    env = os.environ.get(JOURNAL_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "journal.db"


def backup_dir(journal: Path) -> Path:
    return journal.parent / f"{journal.stem}-backups"


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (lexicons, demo, translations, icons).

    In a source checkout it is the top-level ``resources/``; in an installed wheel it is
    shipped as the ``brandjournal/resources`` package data.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "lexicons").is_dir():
            return candidate
    raise FileNotFoundError("BrandJournal resources are missing: reinstall the application")
