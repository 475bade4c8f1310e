"""The preview panel: play a finished video with seek, loop, mute and volume."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.model import Job, JobState


def format_ms(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class PreviewPanel(QWidget):
    """Shows the selected job's video, or a sentence saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget()
        self.video.setMinimumSize(160, 90)
        self.player.setVideoOutput(self.video)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.video)
        style = self.style()
        self.play_button = QToolButton()
        self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.time_label = QLabel("0:00 / 0:00")
        self.loop_box = QCheckBox()
        self.loop_box.setChecked(True)
        self.mute_button = QToolButton(checkable=True)
        self.mute_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.volume = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100, value=70)
        self.volume.setMaximumWidth(100)
        self.audio.setVolume(0.7)
        controls = QHBoxLayout()
        for widget in (
            self.play_button,
            self.seek,
            self.time_label,
            self.loop_box,
            self.mute_button,
            self.volume,
        ):
            controls.addWidget(widget, 1 if widget is self.seek else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(controls)
        self._job_id: int | None = None
        self._connect()
        self.retranslate()
        self.show_message(self.tr("Select a finished job to preview it."))

    def _connect(self) -> None:
        self.play_button.clicked.connect(self.toggle_play)
        self.seek.sliderMoved.connect(self.player.setPosition)
        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(self._playback_state)
        self.player.errorOccurred.connect(self._error)
        self.loop_box.toggled.connect(self._apply_loop)
        self.mute_button.toggled.connect(self.audio.setMuted)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self._apply_loop(True)

    def retranslate(self) -> None:
        self.loop_box.setText(self.tr("Loop"))
        widgets = {
            self.play_button: (self.tr("Play or pause"), self.tr("Play/pause (Space)")),
            self.seek: (self.tr("Position"), self.tr("Seek in the video")),
            self.time_label: (self.tr("Time"), self.tr("Current position / length")),
            self.loop_box: (self.tr("Loop"), self.tr("Play the video again when it ends")),
            self.mute_button: (self.tr("Mute"), self.tr("Mute the sound")),
            self.volume: (self.tr("Volume"), self.tr("Sound volume")),
            self.video: (self.tr("Video preview"), self.tr("The selected job's video")),
        }
        for widget, (name, tip) in widgets.items():
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

    @property
    def video_sink(self) -> QVideoSink:
        return self.video.videoSink()

    @property
    def current_job_id(self) -> int | None:
        return self._job_id

    def show_message(self, text: str) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._set_controls(False)

    def _set_controls(self, enabled: bool) -> None:
        for widget in (self.play_button, self.seek, self.loop_box):
            widget.setEnabled(enabled)

    def show_job(self, job: Job | None) -> None:
        """Preview ``job``: its video when finished, otherwise why there is none yet."""
        if job is not None and job.id == self._job_id and self.stack.currentWidget() is self.video:
            return
        self._job_id = job.id if job else None
        if job is None:
            self.show_message(self.tr("Select a finished job to preview it."))
        elif job.state is not JobState.DONE:
            self.show_message(self.tr("The preview appears here when the video is ready."))
        elif not job.file_path or not Path(job.file_path).is_file():
            self.show_message(
                self.tr(
                    "The video file is missing:\n%1\nIt may have been moved or deleted."
                ).replace("%1", job.file_path or "?")
            )
        else:
            self.play_file(Path(job.file_path))

    def play_file(self, path: Path) -> None:
        self.stack.setCurrentWidget(self.video)
        self._set_controls(True)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def toggle_play(self) -> None:
        if self.stack.currentWidget() is not self.video:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _apply_loop(self, loop: bool) -> None:
        self.player.setLoops(QMediaPlayer.Loops.Infinite if loop else 1)

    def _position(self, position: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(position)
        self.time_label.setText(f"{format_ms(position)} / {format_ms(self.player.duration())}")

    def _duration(self, duration: int) -> None:
        self.seek.setRange(0, duration)
        self._position(self.player.position())

    def _playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if state == QMediaPlayer.PlaybackState.PlayingState
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        self.show_message(self.tr("This video cannot be played: %1").replace("%1", text or "?"))
