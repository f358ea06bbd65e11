"""Starting the app: no display, --self-test, first start with the demo, translations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brandjournal.app import NO_DISPLAY, display_missing
from brandjournal.domain import FlagKind
from tests.ui.conftest import wait_report

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_without_a_display_one_line_and_exit_1(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "brandjournal", "--journal", str(tmp_path / "j.db")],
        env=_env(BRANDJOURNAL_DATA_DIR=str(tmp_path)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    output = (result.stdout + result.stderr).strip()
    assert output == NO_DISPLAY
    assert not (tmp_path / "j.db").exists()


def test_display_detection():
    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "darwin")
    assert not display_missing({}, "win32")


def test_importing_the_app_module_does_not_load_qt():
    code = "import sys, brandjournal.app; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False"


@pytest.mark.gui
def test_self_test_runs_one_analysis_offscreen(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "brandjournal", "--self-test", "--lang", "en"],
        env=_env(BRANDJOURNAL_DATA_DIR=str(tmp_path)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("BrandJournal self-test: OK (offscreen, en):")
    assert result.stderr == ""


@pytest.mark.gui
def test_first_start_demo_journal_shows_all_seven_kinds(qtbot, make_window, ui_journal):
    from brandjournal.ui.application import seed_if_empty

    seed_if_empty(ui_journal, "en")
    window = make_window()
    kinds = set()
    model = window.journal_panel.model
    assert model.rowCount() == 3
    for row in range(3):
        window.journal_panel.select_row(row)
        report = wait_report(qtbot, window)
        kinds |= {flag.kind for flag in report.flags}
        assert window.filter.warnings_model.rowCount() == len(report.flags)
    assert kinds == set(FlagKind)


@pytest.mark.gui
def test_french_interface(qtbot, make_window):
    from brandjournal.ui import i18n

    i18n.build()
    try:
        assert i18n.install_translators("fr")
        window = make_window(ui_lang="fr")
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "&Fichier"
        assert window.journal_panel.new_button.text() == "&Nouveau brouillon"
        from datetime import date

        from brandjournal.ui.coherence_charts import month_label

        assert month_label(date(2026, 2, 1)) == "févr. 2026"  # dates follow the chosen language
        from brandjournal.storage import NeedPassphrase
        from brandjournal.ui.key_dialogs import passphrase_reason

        locked = NeedPassphrase(Path("j.db"), "The system keychain is locked.", new=True, cause="keychain_locked")
        assert passphrase_reason(locked) == (
            "Le trousseau système est verrouillé ou n'a pas pu être déverrouillé. "
            "Votre journal sera protégé par une phrase secrète à la place."
        )
    finally:
        i18n.install_translators("en")
