"""The compare window's one transport: play, frame steps, seek, time, loop and layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from yzx_desktop.ui.a11y import describe

_STYLE = (
    "QToolButton:focus, QSlider:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
)


def format_time(ms: int) -> str:
    """``m:ss.cc``: precise enough to tell 25 fps frames apart."""
    ms = max(0, ms)
    minutes, rest = divmod(ms, 60_000)
    return f"{minutes}:{rest // 1000:02d}.{rest % 1000 // 10:02d}"


class TransportBar(QWidget):
    """Controls only: it asks (signals) and is told (``show_*``); the window wires it to
    the players. ``seekRequested`` carries ms; ``stepRequested`` a number of frames."""

    playToggled = Signal()
    stepRequested = Signal(int)
    seekRequested = Signal(int)
    loopToggled = Signal(bool)
    gridToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        icon = self.style().standardIcon
        self.play_button = QToolButton()
        self.play_button.setIcon(icon(QStyle.StandardPixmap.SP_MediaPlay))
        self.back_button = QToolButton()
        self.back_button.setIcon(icon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.forward_button = QToolButton()
        self.forward_button.setIcon(icon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setRange(0, 0)
        self.seek.setPageStep(1000)
        self.time_label = QLabel(f"{format_time(0)} / {format_time(0)}")
        self.loop_box = QCheckBox(checked=True)
        self.grid_box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.seek,
            self.time_label,
            self.loop_box,
            self.grid_box,
        ):
            layout.addWidget(widget, 1 if widget is self.seek else 0)
        self._duration = 0
        self.play_button.clicked.connect(self.playToggled)
        self.back_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.forward_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.seek.sliderMoved.connect(self.seekRequested)
        self.seek.actionTriggered.connect(self._slider_action)
        self.loop_box.toggled.connect(self.loopToggled)
        self.grid_box.toggled.connect(self.gridToggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.loop_box.setText(self.tr("Loop"))
        self.grid_box.setText(self.tr("Grid"))
        describe(
            (
                self.play_button,
                self.tr("Play or pause"),
                self.tr("Play or pause all takes (Space, K)"),
            ),
            (
                self.back_button,
                self.tr("Previous frame"),
                self.tr("One frame back (Left); one second back: Shift+Left"),
            ),
            (
                self.forward_button,
                self.tr("Next frame"),
                self.tr("One frame forward (Right); one second forward: Shift+Right"),
            ),
            (self.seek, self.tr("Position"), self.tr("Seek in all takes (Home: start, End: end)")),
            (self.time_label, self.tr("Time"), self.tr("Position / length of the longest take")),
            (self.loop_box, self.tr("Loop"), self.tr("Play again from the start at the end (L)")),
            (
                self.grid_box,
                self.tr("Grid"),
                self.tr("Arrange the takes in a grid or in a row (G)"),
            ),
        )

    def show_position(self, ms: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(ms)
        self.time_label.setText(f"{format_time(ms)} / {format_time(self._duration)}")

    def show_duration(self, ms: int) -> None:
        self._duration = ms
        self.seek.setRange(0, ms)
        self.show_position(self.seek.value())

    def show_playing(self, playing: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(pixmap))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _slider_action(self, action: int) -> None:
        """Page Up/Down and clicks in the groove move the slider: seek there too."""
        if action != QSlider.SliderAction.SliderMove.value:
            self.seekRequested.emit(self.seek.sliderPosition())
