"""Window settings (geometry, splitters, last draft, language) through QSettings.

QSettings is pointed at an INI file so that ``BRANDJOURNAL_DATA_DIR`` (tests, portable use) also redirects it:
tests never write the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from brandjournal.paths import DATA_DIR_ENV

ORGANIZATION = "BrandJournal"
APPLICATION = "BrandJournal"
SETTINGS_DIR_ENV = "BRANDJOURNAL_SETTINGS_DIR"


def configure_settings(directory: Path | str | None = None) -> None:
    """Name the application and choose where QSettings writes. Call once before any ``settings()``."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    target = directory or os.environ.get(SETTINGS_DIR_ENV) or os.environ.get(DATA_DIR_ENV)
    if target:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(target))


def settings() -> QSettings:
    return QSettings()


def language_setting() -> str | None:
    value = settings().value("language", "")
    return value if value in ("fr", "en") else None


def set_language_setting(lang: str | None) -> None:
    settings().setValue("language", lang or "")


def journal_key(journal_path: Path | str) -> str:
    """A settings group name for per-journal values (the last open draft)."""
    import hashlib

    return "journal_" + hashlib.sha1(str(journal_path).encode("utf-8")).hexdigest()[:12]


def last_draft(journal_path: Path | str) -> int | None:
    value = settings().value(f"{journal_key(journal_path)}/last_draft", None)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def set_last_draft(journal_path: Path | str, draft_id: int | None) -> None:
    settings().setValue(f"{journal_key(journal_path)}/last_draft", draft_id if draft_id is not None else "")
