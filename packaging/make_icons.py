"""Render resources/icons/yzx-desktop.svg into the PNG sizes, .ico and .icns the app ships.

Run after editing the SVG: ``python packaging/make_icons.py`` (needs Pillow, a build tool
only). The outputs are committed so neither the app nor the bundle build needs it.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = ICONS / f"yzx-desktop-{size}.png"
    image.save(str(path))
    return path


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(ICONS / "yzx-desktop.svg"))
    pngs = {size: render(renderer, size) for size in SIZES}
    largest = Image.open(pngs[512])
    largest.save(ICONS / "yzx-desktop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "yzx-desktop.icns")
    print("wrote", ", ".join(p.name for p in sorted(ICONS.iterdir())))


if __name__ == "__main__":
    main()
