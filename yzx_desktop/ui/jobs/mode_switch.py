"""The jobs view's switch between the table and the grid: two checkable actions (Ctrl+1,
Ctrl+2) that a window menu may show too, and two tool buttons side by side over them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from yzx_desktop.ui.icons import view_mode_icon


class ModeSwitch(QWidget):
    """``requested(mode)`` when the user picks "table" or "gallery"."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.act_table = QAction(self, checkable=True, checked=True)
        self.act_gallery = QAction(self, checkable=True)
        self.table_button = QToolButton()
        self.gallery_button = QToolButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for action, button, key, mode in (
            (self.act_table, self.table_button, "Ctrl+1", "table"),
            (self.act_gallery, self.gallery_button, "Ctrl+2", "gallery"),
        ):
            group.addAction(action)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _on=False, m=mode: self.requested.emit(m))
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            layout.addWidget(button)
        self._paint_icons()

    def show_mode(self, mode: str) -> None:
        (self.act_gallery if mode == "gallery" else self.act_table).setChecked(True)

    def retranslate(self) -> None:
        for action, button, text, tip in (
            (
                self.act_table,
                self.table_button,
                self.tr("&Table"),
                self.tr("Show the jobs as a table (Ctrl+1)"),
            ),
            (
                self.act_gallery,
                self.gallery_button,
                self.tr("&Grid"),
                self.tr("Show the results as a grid of pictures (Ctrl+2)"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            button.setAccessibleName(text.replace("&", ""))

    def _paint_icons(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.act_table.setIcon(view_mode_icon("table", colour))
        self.act_gallery.setIcon(view_mode_icon("gallery", colour))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
