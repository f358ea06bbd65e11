"""Write ``python3-deps.json``: the Flatpak module that installs BrandJournal's Python dependencies offline.

Flatpak builds have no network, so every wheel is listed with its URL and sha256. pip resolves the dependencies
of ``pyproject.toml`` for the runtime's Python (3.12, x86_64, manylinux) without installing anything::

    .venv/bin/python packaging/flatpak/pin_python_deps.py

Re-run it when ``[project] dependencies`` change or the runtime's Python version does (``--python-version``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Build-time only: pip builds BrandJournal's own wheel inside the sandbox without build isolation.
BUILD_REQUIREMENTS = ["setuptools>=68", "wheel"]
GLIBC_MINORS = range(17, 40)  # accept every manylinux wheel the runtime's glibc (2.39+) can load


def pypi_url(url: str, filename: str, name: str) -> str:
    """Wheels found on a local mirror get PyPI's stable per-file URL instead."""
    if url.startswith("https://"):
        return url
    return f"https://files.pythonhosted.org/packages/py3/{name[0].lower()}/{name}/{filename}"


def resolve(requirements: list[str], python_version: str) -> list[dict]:
    platforms = [arg for minor in GLIBC_MINORS for arg in ("--platform", f"manylinux_2_{minor}_x86_64")]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            # --isolated and --index-url: real PyPI URLs even where pip is configured with a local mirror.
            [sys.executable, "-m", "pip", "--isolated", "install", "--index-url", "https://pypi.org/simple",
             "--dry-run", "--ignore-installed", "--quiet",
             "--only-binary=:all:", *platforms, "--platform", "linux_x86_64",
             "--python-version", python_version, "--implementation", "cp",
             "--report", str(report), *requirements],
            check=True,
        )  # fmt: skip
        return json.loads(report.read_text(encoding="utf-8"))["install"]


def module(installs: list[dict]) -> dict:
    sources, names = [], []
    for item in sorted(installs, key=lambda i: i["metadata"]["name"].lower()):
        name = item["metadata"]["name"]
        url = item["download_info"]["url"]
        filename = url.rsplit("/", 1)[-1]
        sha256 = item["download_info"]["archive_info"]["hashes"]["sha256"]
        sources.append({"type": "file", "url": pypi_url(url, filename, name), "sha256": sha256})
        names.append(name)
    install = (
        'pip3 install --no-index --find-links="file://${PWD}" --prefix=${FLATPAK_DEST} --no-build-isolation '
        + " ".join(f'"{n}"' for n in names)
    )
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
        "only-arches": ["x86_64"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python-version", default="3.12", help="the Flatpak runtime's Python (default 3.12)")
    args = parser.parse_args(argv)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installs = resolve([*project["dependencies"], *BUILD_REQUIREMENTS], args.python_version)
    out = HERE / "python3-deps.json"
    out.write_text(json.dumps(module(installs), indent=2) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(installs)} wheels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
