"""What a screen reader announces for a control, and what hovering over it shows."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def describe(*controls: tuple[QWidget, str, str]) -> None:
    """Give each ``(widget, accessible name, tooltip)`` its name and tooltip."""
    for widget, name, tip in controls:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)


def name_actions(texts: dict[QAction, tuple[str, str]]) -> None:
    """Each action's text, and its tip as tooltip and status tip."""
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
