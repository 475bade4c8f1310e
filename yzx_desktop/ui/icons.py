"""The application icon, from the PNG sizes in resources (SVG as the fallback)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from yzx_desktop.paths import resources_dir


def app_icon() -> QIcon:
    folder = resources_dir() / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("yzx-desktop-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(folder / "yzx-desktop.svg"))
    return icon
