"""The scene strip: the chain of continued shots the previewed video belongs to, one button
per shot, with "Export Scene…" to join them into one MP4."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.a11y import describe

ThumbnailOf = Callable[[Job], QPixmap | None]
ICON = QSize(64, 36)


class SceneStrip(QWidget):
    """Hidden unless the shot shown has been continued, or continues another."""

    shotActivated = Signal(int)  # job id
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self._row = QWidget()
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(4)
        self._row_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self._row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(ICON.height() + 34)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.exportRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.export_button)
        self.buttons: list[QToolButton] = []
        self._shots: list[Job] = []
        self._current: int | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport Scene…"))
        describe(
            (
                self.export_button,
                self.tr("Export scene"),
                self.tr("Join the shots of this scene into one MP4"),
            ),
        )
        self._update_summary()

    def show_scene(
        self, shots: list[Job], current_id: int | None, thumbnail: ThumbnailOf | None = None
    ) -> None:
        """Show ``shots`` (first to last) with ``current_id`` marked; hidden below two."""
        self._current = current_id
        if [s.id for s in shots] != [s.id for s in self._shots]:
            self._rebuild(shots, thumbnail)
        self._shots = list(shots)
        for button, shot in zip(self.buttons, shots, strict=True):
            button.setChecked(shot.id == current_id)
        self._update_summary()
        self.setVisible(len(shots) >= 2)

    def _rebuild(self, shots: list[Job], thumbnail: ThumbnailOf | None) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for number, shot in enumerate(shots, 1):
            button = QToolButton(checkable=True, autoRaise=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(ICON)
            pixmap = thumbnail(shot) if thumbnail else None
            if pixmap is not None and not pixmap.isNull():
                button.setIcon(pixmap)
            seconds = self.tr("%1 s").replace("%1", str(shot.duration)) if shot.duration else ""
            button.setText(f"{number} · {seconds}" if seconds else str(number))
            button.setAccessibleName(
                self.tr("Shot %1 of %2").replace("%1", str(number)).replace("%2", str(len(shots)))
            )
            button.setToolTip(shot.prompt)
            button.clicked.connect(lambda _=False, job_id=shot.id: self._activate(job_id))
            self._row_layout.insertWidget(self._row_layout.count() - 1, button)
            self.buttons.append(button)

    def _activate(self, job_id: int) -> None:
        for button, shot in zip(self.buttons, self._shots, strict=True):
            button.setChecked(shot.id == job_id)
        self.shotActivated.emit(job_id)

    def _update_summary(self) -> None:
        seconds = sum(shot.duration or 0 for shot in self._shots)
        self.summary.setText(
            self.tr("Scene: %n shot(s)", "", len(self._shots))
            + " · "
            + self.tr("%1 s").replace("%1", str(seconds))
        )

    def set_thumbnail(self, job_id: int, pixmap: QPixmap | None) -> None:
        """A still that arrived after the strip was built."""
        for button, shot in zip(self.buttons, self._shots, strict=True):
            if shot.id == job_id and pixmap is not None and not pixmap.isNull():
                button.setIcon(pixmap)
