"""The application icon, from the PNG sizes in resources (SVG as the fallback)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from yzx_desktop.paths import resources_dir


def app_icon() -> QIcon:
    folder = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("yzx-desktop-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(folder / "yzx-desktop.svg"))
    return icon


def view_mode_icon(mode: str, colour: QColor, size: int = 16, scale: float = 2.0) -> QIcon:
    """Drawn icons for the jobs view's switch: rows ("table") or tiles ("gallery")."""
    pixmap = QPixmap(round(size * scale), round(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if mode == "gallery":
        for x in (2, 9):
            for y in (2, 9):
                painter.drawRoundedRect(QRectF(x, y, 5, 5), 1, 1)
    else:
        for y in (2.5, 7, 11.5):
            painter.drawRoundedRect(QRectF(2, y, 3, 2.5), 0.5, 0.5)
            painter.drawRoundedRect(QRectF(6.5, y, 7.5, 2.5), 0.5, 0.5)
    painter.end()
    return QIcon(pixmap)
