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

    Installed from a wheel it is the package data ``brandjournal.resources``, found with ``importlib.resources``
    (the wheel maps the top-level ``resources/`` folder to that package). In a PyInstaller bundle it sits next to
    the package as ``brandjournal/resources``; in a source checkout or an editable install it is the top-level
    ``resources/`` of the repository.
    """
    from importlib import resources

    try:
        lexicons = resources.files("brandjournal.resources") / "lexicons"
    except ModuleNotFoundError:  # source checkout: no such package
        lexicons = None
    if isinstance(lexicons, Path) and lexicons.is_dir():  # a real folder (not a zip), as pip installs it
        return lexicons.parent
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "lexicons").is_dir():
            return candidate
    raise FileNotFoundError("BrandJournal resources are missing: reinstall the application")
