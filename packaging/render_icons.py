"""Render the application icon PNGs (and the Windows .ico / macOS .icns) from ``resources/icons/brandjournal.svg``.

Qt draws the SVG offscreen (``QSvgRenderer`` into a transparent ``QImage``), so no display or extra tool is needed::

    .venv/bin/python packaging/render_icons.py            # write every icon
    .venv/bin/python packaging/render_icons.py --check    # exit 1 if a committed icon is missing or stale

Outputs (all committed):

* ``resources/icons/hicolor/<n>x<n>/apps/io.github.brandjournal.BrandJournal.png`` for the freedesktop sizes,
* ``resources/icons/io.github.brandjournal.BrandJournal.png`` (256 px, for the window and the bundle),
* ``resources/icons/io.github.brandjournal.BrandJournal.ico`` and ``.icns`` when Pillow is installed
  (packaging-only dependency: the app itself never needs it).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # the platform is chosen above, before Qt loads
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.brandjournal.BrandJournal"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size Windows reads from an .ico
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
MAIN_SIZE = 256
# Anti-aliasing may differ by a few levels between Qt versions: a stale icon differs by far more.
TOLERANCE = 8

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "brandjournal.svg"


def png_targets(icons: Path = ICONS) -> dict[Path, int]:
    """Every PNG this script owns, with its edge length in pixels."""
    targets = {icons / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png": n for n in SIZES}
    targets[icons / f"{APP_ID}.png"] = MAIN_SIZE
    return targets


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def differs(a: QImage, b: QImage, tolerance: int = TOLERANCE) -> bool:
    """True when sizes differ or any channel of any pixel differs by more than ``tolerance``."""
    if a.size() != b.size():
        return True
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    bytes_a = bytes(a.constBits())[: a.sizeInBytes()]
    bytes_b = bytes(b.constBits())[: b.sizeInBytes()]
    return any(abs(x - y) > tolerance for x, y in zip(bytes_a, bytes_b, strict=True))


def write_platform_icons(images: dict[int, QImage], icons: Path = ICONS) -> list[Path]:
    """Windows .ico and macOS .icns through Pillow; returns [] (with a note) when Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        print("render_icons: Pillow not installed, .ico/.icns left unchanged", file=sys.stderr)
        return []
    import io

    def to_pil(image: QImage) -> Image.Image:
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")

    ico = icons / f"{APP_ID}.ico"
    ico_images = [to_pil(images[n]) for n in ICO_SIZES]
    ico_images[-1].save(ico, format="ICO", sizes=[(n, n) for n in ICO_SIZES], append_images=ico_images[:-1])
    icns = icons / f"{APP_ID}.icns"
    icns_images = [to_pil(images[n]) for n in ICNS_SIZES]
    icns_images[-1].save(icns, format="ICNS", append_images=icns_images[:-1])
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only verify that the committed icons are current")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SOURCE}", file=sys.stderr)
        return 2
    images = {n: render(renderer, n) for n in sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})}

    stale = []
    for path, size in png_targets().items():
        if args.check:
            committed = QImage(str(path))
            if committed.isNull() or differs(committed, images[size]):
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not images[size].save(str(path), "PNG"):
            print(f"render_icons: could not write {path}", file=sys.stderr)
            return 2
        print(path.relative_to(ROOT))
    if args.check:
        for path in stale:
            print(f"stale or missing: {path.relative_to(ROOT)}", file=sys.stderr)
        if stale:
            print("run: .venv/bin/python packaging/render_icons.py", file=sys.stderr)
        return 1 if stale else 0
    for path in write_platform_icons(images):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
