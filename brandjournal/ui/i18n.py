"""Interface language: choose it, load the compiled Qt Linguist catalogues, and build them.

The sources are ``resources/translations/brandjournal_<lang>.ts`` (Qt Linguist); the ``.qm`` files are built,
not committed::

    python -m brandjournal.ui.i18n --build     # .ts -> .qm (pyside6-lrelease)
    python -m brandjournal.ui.i18n --update    # refresh the .ts from the sources (pyside6-lupdate)

When a ``.qm`` is missing at start-up the app tries to build it into the cache folder, and otherwise falls back
to the English source strings: a missing catalogue never stops the app.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from brandjournal.paths import data_dir, resources_dir

LANGUAGES = ("en", "fr")
CATALOGUE = "brandjournal"
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def choose_language(cli_lang: str | None, saved: str | None) -> str:
    """``--lang`` wins, then the language chosen in View > Language, then the system locale."""
    for lang in (cli_lang, saved):
        if lang in LANGUAGES:
            return lang
    return system_language()


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    import shutil  # building translations is a developer task: these imports stay off the start-up path

    return shutil.which(name)


def build(target_dir: Path | None = None, *, quiet: bool = True) -> list[Path]:
    """Compile every ``.ts`` into a ``.qm`` (in ``target_dir``, default next to the sources)."""
    import subprocess

    lrelease = _tool("pyside6-lrelease") or _tool("lrelease")
    if lrelease is None:
        raise RuntimeError("pyside6-lrelease was not found: install PySide6")
    built = []
    for ts in sorted(translations_dir().glob(f"{CATALOGUE}_*.ts")):
        out_dir = target_dir or ts.parent
        out_dir.mkdir(parents=True, exist_ok=True)
        qm = out_dir / ts.with_suffix(".qm").name
        args = [lrelease, *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)]
        subprocess.run(args, check=True, capture_output=quiet)
        built.append(qm)
    return built


def update() -> None:
    """Refresh the ``.ts`` sources from every ``tr()`` in the UI code (keeps existing translations)."""
    import subprocess

    lupdate = _tool("pyside6-lupdate") or _tool("lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate was not found: install PySide6")
    package = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in package.glob("*.py"))
    for lang in LANGUAGES:
        ts = translations_dir() / f"{CATALOGUE}_{lang}.ts"
        subprocess.run(
            [lupdate, *sources, "-no-obsolete", "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
            check=True,
        )


def _catalogue(lang: str) -> Path | None:
    name = f"{CATALOGUE}_{lang}.qm"
    for folder in (translations_dir(), data_dir() / "cache" / "translations"):
        if (folder / name).exists():
            return folder / name
    if not (translations_dir() / f"{CATALOGUE}_{lang}.ts").exists():
        return None
    cache = data_dir() / "cache" / "translations"
    import subprocess

    try:
        build(cache)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        log.warning("could not build the %s translations (%s); the interface stays in English", lang, exc)
        return None
    return cache / name if (cache / name).exists() else None


def install_translators(lang: str) -> bool:
    """Install the BrandJournal and Qt catalogues for ``lang``; False if ours could not be loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Dates and numbers follow the chosen language too (month names in the charts), keeping the system's country
    # when it speaks that language (fr_CA stays fr_CA).
    system = QLocale.system()
    QLocale.setDefault(system if system.name().lower().startswith(lang) else QLocale(lang))
    # English is the source language, but its catalogue still carries the plural forms ("%n warning(s)").
    ok = lang == "en"
    qm = _catalogue(lang)
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
            ok = True
    if lang == "en":
        return True
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m brandjournal.ui.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("--build", action="store_true", help="compile the .ts catalogues into .qm")
    parser.add_argument("--update", action="store_true", help="refresh the .ts catalogues from the sources")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.build or not args.update:
        for qm in build(quiet=True):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
