"""Desktop integration files: the .desktop entry, the AppStream metainfo and the rendered icons.

The validators come from Debian's ``desktop-file-utils`` (desktop-file-validate) and ``appstream`` (appstreamcli);
a test that needs one is skipped, saying which package to install, when it is missing.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

import brandjournal

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{brandjournal.APP_ID}.desktop"
METAINFO = LINUX / f"{brandjournal.APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} not installed (Debian/Ubuntu package: {package})")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


# --- validators ---------------------------------------------------------------------------------------------


def test_desktop_file_validates():
    tool = need("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Only hints are tolerated (the spec suggests Utility next to TextEditor; we keep Office;TextEditor;).
    problems = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert problems == []


# The metainfo carries both <developer> (AppStream 1.0) and <developer_name> (what 0.16 understands): each
# validator version reports the other one with an info-level notice, and only those are tolerated.
TOLERATED_NOTICES = {"unknown-tag developer", "developer-name-tag-deprecated"}


def appstream_problems(output: str) -> list[str]:
    """Every error/warning/info line of appstreamcli's report, minus the tolerated version notices."""
    problems = []
    for line in output.splitlines():
        severity, _, rest = line.partition(": ")
        if severity in {"E", "W", "I"}:
            tag = rest.split(": ", 1)[-1].strip()
            if tag not in TOLERATED_NOTICES:
                problems.append(line)
    return problems


def test_metainfo_validates_without_network():
    tool = need("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert appstream_problems(result.stdout) == []


def test_installed_tree_validates(tmp_path):
    """The files as a distribution package installs them: desktop entry, metainfo and hicolor icons together."""
    tool = need("appstreamcli", "appstream")
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    result = subprocess.run(
        [tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert appstream_problems(result.stdout) == []


# --- consistency with the code --------------------------------------------------------------------------------


def test_desktop_entry_launches_the_installed_command_with_the_app_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == brandjournal.APP_ID
    assert entry["Categories"] == "Office;TextEditor;"
    assert entry["Terminal"] == "false"
    assert entry["Comment[fr]"]


def test_metainfo_matches_the_app():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == brandjournal.APP_ID
    assert root.findtext("name") == brandjournal.APP_NAME
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert [binary.text for binary in root.iterfind("provides/binary")] == list(scripts)
    assert [c.text for c in root.iterfind("categories/category")] == ["Office", "TextEditor"]
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_metainfo_newest_release_is_the_package_version():
    releases = metainfo().findall("releases/release")
    assert releases[0].get("version") == brandjournal.__version__
    assert releases[0].get("date") == "2026-11-25"


def test_metainfo_is_translated_to_french():
    root = metainfo()
    for path in ("summary", "description/p", "description/ul/li", "releases/release/description/p"):
        langs = [element.get(XML_LANG) for element in root.iterfind(path)]
        assert langs.count(None) == langs.count("fr") > 0, path
    # AppStream 1.0: a list is never translated as a whole, only its items.
    assert all(ul.get(XML_LANG) is None for ul in root.iterfind("description/ul"))


def test_screenshot_points_at_the_release_tag():
    urls = [image.text for image in metainfo().iterfind("screenshots/screenshot/image")]
    assert urls == [
        f"https://raw.githubusercontent.com/brandjournal/brandjournal/v{brandjournal.__version__}/docs/screenshot.png"
    ]


# --- icons ----------------------------------------------------------------------------------------------------


def decode_png(path: Path) -> tuple[int, int]:
    """Fully decode a PNG without Pillow: chunk CRCs, IHDR, and inflated image data of the right length."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    offset, idat, header = 8, b"", None
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"{path}: bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
        if kind == b"IEND":
            break
    assert header is not None, path
    width, height, depth, colour, *_ = header
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    row = 1 + (width * channels * depth + 7) // 8
    assert len(zlib.decompress(idat)) == height * row, path
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_icon_has_its_size_and_decodes(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{brandjournal.APP_ID}.png"
    assert decode_png(path) == (size, size)


def test_main_icon_is_256_pixels():
    assert decode_png(ICONS / f"{brandjournal.APP_ID}.png") == (256, 256)


def test_platform_icons_exist():
    assert (ICONS / f"{brandjournal.APP_ID}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / f"{brandjournal.APP_ID}.icns").read_bytes()[:4] == b"icns"


def test_icons_are_rendered_from_the_current_svg():
    """Re-renders the SVG and compares pixels: fails when someone edits the SVG and forgets render_icons.py."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
