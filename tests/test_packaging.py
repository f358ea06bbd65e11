"""The wheel and sdist: built with ``python -m build`` from a copy of the sources, installed with
``pip install --no-deps --target DIR`` and run from a folder outside the repository.

Proves that the installed package finds its resources (lexicons, translations, icons, demo) and its alembic
migrations inside the install folder, never through the source tree. Needs ``build`` (test extra); building
uses the PyPI index (or pip's cache) for the isolated build environment. About 20 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import brandjournal

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "brandjournal"
RESOURCES = ROOT / "resources"
DRAFT = "# Lancement\n\nNous proposons une solution innovante et disruptive pour nos clients.\n"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


def source_files(folder: Path, pattern: str = "*") -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob(pattern)
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    }


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, check=False, timeout=300, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """sdist and wheel, built the way packaging/Makefile does (the wheel is built from the sdist)."""
    work = tmp_path_factory.mktemp("dist")
    # .qm catalogues are built, not committed: build them into the tree first, as ./dev and the Makefile do.
    run(
        [sys.executable, "-m", "brandjournal.ui.i18n", "--build"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # A private copy: no build/ or .egg-info race with other runs in the shared working tree.
    src = work / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("brandjournal", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=IGNORED)
    out = work / "out"
    run([sys.executable, "-m", "build", "--outdir", str(out), str(src)])
    (wheel,) = out.glob("brandjournal-*.whl")
    (sdist,) = out.glob("brandjournal-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(dists["wheel"])])
    return target


@pytest.fixture
def outside(installed, tmp_path) -> dict:
    """Environment for running the installed copy from a folder outside the repository."""
    env = {
        **os.environ,
        "PYTHONPATH": str(installed),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return {"cwd": tmp_path, "env": env}


def test_every_subpackage_is_listed_in_pyproject():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(listed) == on_disk | {"brandjournal.resources"}


def test_wheel_ships_every_module_resource_and_migration(dists):
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    modules = {f"brandjournal/{name}" for name in source_files(PACKAGE, "*.py")}
    assert modules <= names, sorted(modules - names)
    resources = {f"brandjournal/resources/{name}" for name in source_files(RESOURCES)}
    assert resources <= names, sorted(resources - names)
    for name in ("env.py", "script.py.mako", "versions/0001_initial.py"):
        assert f"brandjournal/storage/migrations/{name}" in names
    assert any(name.startswith("brandjournal/resources/lexicons/compiled/") for name in names)
    assert f"brandjournal/resources/icons/{brandjournal.APP_ID}.png" in names
    catalogues = {name for name in names if name.startswith("brandjournal/resources/translations/")}
    assert {n.replace(".ts", ".qm") for n in catalogues if n.endswith(".ts")} <= catalogues


def test_sdist_keeps_the_top_level_resources_folder(dists):
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert "pyproject.toml" in names
    compiled = {f"resources/lexicons/compiled/{name}" for name in source_files(RESOURCES / "lexicons" / "compiled")}
    assert compiled and compiled <= names
    assert "brandjournal/storage/migrations/script.py.mako" in names


def test_installed_package_finds_its_resources_inside_the_install_folder(installed, outside):
    probe = (
        "import brandjournal, brandjournal.paths as p, brandjournal.storage.database as d;"
        "print(brandjournal.__file__); print(p.resources_dir()); print(d.MIGRATIONS)"
    )
    lines = run([sys.executable, "-c", probe], **outside).stdout.splitlines()
    assert lines == [
        str(installed / "brandjournal" / "__init__.py"),
        str(installed / "brandjournal" / "resources"),
        str(installed / "brandjournal" / "storage" / "migrations"),
    ]
    compiled = installed / "brandjournal" / "resources" / "lexicons" / "compiled"
    assert sorted(p.name for p in compiled.iterdir()) == sorted(source_files(RESOURCES / "lexicons" / "compiled"))


def test_installed_command_checks_a_draft(installed, outside, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    command = installed / "bin" / "brandjournal"
    result = subprocess.run([str(command), "check", str(draft)], capture_output=True, text=True, check=False, **outside)
    assert result.returncode == 1, result.stderr  # 1: the draft has warnings
    assert "« disruptive » is jargon" in result.stdout
    version = run([str(command), "--version"], **outside).stdout
    assert version.strip() == f"brandjournal {brandjournal.__version__}"


def test_installed_package_migrates_a_new_journal(outside, tmp_path):
    """alembic loads env.py and versions/*.py by file path: this fails if they are not in the wheel."""
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    journal = ["--journal", str(tmp_path / "journal.db"), "--passphrase-file", str(secret)]
    run([sys.executable, "-m", "brandjournal", *journal, "add", str(draft)], **outside)
    listed = run([sys.executable, "-m", "brandjournal", *journal, "list"], **outside).stdout
    assert "Lancement" in listed


@pytest.mark.slow
def test_pyinstaller_bundle_passes_its_smoke_test():
    """Builds dist/brandjournal/ and runs packaging/check_bundle.sh on it (minutes: run with -m slow)."""
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (packaging-only tool)")
    env = {**os.environ, "PY": sys.executable, "RUNS": "1"}
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "check_bundle.sh")],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "check_bundle: OK" in result.stderr
