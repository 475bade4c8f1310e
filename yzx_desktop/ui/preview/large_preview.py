"""The large preview: one result filling most of the screen, for a closer look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.preview.panel import PreviewPanel


class LargePreview(QDialog):
    """Plays ``job`` large with the usual controls. Space plays, F11 fills the screen, Esc
    closes; the players are freed with the dialog."""

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(job.prompt if len(job.prompt) <= 60 else job.prompt[:59] + "…")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = PreviewPanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        for keys, slot in (
            (Qt.Key.Key_Space, self.panel.toggle_play),
            (Qt.Key.Key_F11, self.toggle_full_screen),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        available = (
            parent.screen() if parent else QGuiApplication.primaryScreen()
        ).availableGeometry()
        self.resize(available.width() * 4 // 5, available.height() * 4 // 5)
        self.panel.show_job(job)
        self.panel.stack.setFocus()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def done(self, result: int) -> None:
        self.panel.show_message("")  # stops the player before the dialog goes
        super().done(result)
