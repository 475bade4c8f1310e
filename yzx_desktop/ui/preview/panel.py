"""The preview panel: play a finished video with seek, loop, mute and volume."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
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
from yzx_desktop.ui.a11y import describe

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from yzx_desktop.ui.preview.scene_strip import SceneStrip, ThumbnailOf


def format_ms(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class PreviewPanel(QWidget):
    shotActivated = Signal(int)  # a shot of the scene strip was clicked: its job id
    exportSceneRequested = Signal()

    """Shows the selected job's video, or a sentence saying why there is none.

    The media player is made on first use: QtMultimedia is a noticeable part of start-up,
    and the window should paint first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self.video = QWidget()  # becomes a QVideoWidget with the player
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # click the video, Space plays
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.video)
        icon = self.style().standardIcon
        self.play_button = QToolButton()
        self.play_button.setIcon(icon(QStyle.StandardPixmap.SP_MediaPlay))
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.time_label = QLabel("0:00 / 0:00")
        self.loop_box = QCheckBox()
        self.loop_box.setChecked(True)
        self.mute_button = QToolButton(checkable=True)
        self.mute_button.setIcon(icon(QStyle.StandardPixmap.SP_MediaVolume))
        self.volume = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100, value=70)
        self.volume.setMaximumWidth(100)
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
        self.scene_strip: SceneStrip | None = None  # made for the first scene shown
        self._job_id: int | None = None
        self.play_button.clicked.connect(self.toggle_play)
        self.seek.sliderMoved.connect(lambda ms: self.player.setPosition(ms))
        self.loop_box.toggled.connect(self._apply_loop)
        self.mute_button.toggled.connect(lambda on: self.player.audioOutput().setMuted(on))
        self.volume.valueChanged.connect(lambda v: self.player.audioOutput().setVolume(v / 100))
        self.retranslate()
        self.show_message(self.tr("Select a finished job to preview it."))

    def retranslate(self) -> None:
        if self.scene_strip is not None:
            self.scene_strip.retranslate()
        self.loop_box.setText(self.tr("Loop"))
        describe(
            (self.play_button, self.tr("Play or pause"), self.tr("Play/pause (Space)")),
            (self.seek, self.tr("Position"), self.tr("Seek in the video")),
            (self.time_label, self.tr("Time"), self.tr("Current position / length")),
            (self.loop_box, self.tr("Loop"), self.tr("Play the video again when it ends")),
            (self.mute_button, self.tr("Mute"), self.tr("Mute the sound")),
            (self.volume, self.tr("Volume"), self.tr("Sound volume")),
            (self.video, self.tr("Video preview"), self.tr("The selected job's video")),
        )

    @property
    def player(self) -> QMediaPlayer:
        """The media player with its video widget and audio output, made on first use."""
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            from PySide6.QtMultimediaWidgets import QVideoWidget

            from yzx_desktop.ui.media_threads import safe_for_media_threads

            player = safe_for_media_threads(QMediaPlayer(self))
            audio = safe_for_media_threads(QAudioOutput(self))
            audio.setVolume(self.volume.value() / 100)
            audio.setMuted(self.mute_button.isChecked())
            player.setAudioOutput(audio)
            video = QVideoWidget()
            video.setMinimumSize(160, 90)
            video.setAccessibleName(self.video.accessibleName())
            video.setToolTip(self.video.toolTip())
            player.setVideoOutput(video)
            self.stack.removeWidget(self.video)
            self.video.deleteLater()
            self.video = video
            self.stack.addWidget(video)
            player.positionChanged.connect(self._position)
            player.durationChanged.connect(self._duration)
            player.playbackStateChanged.connect(self._playback_state)
            player.errorOccurred.connect(self._error)
            self._player = player
            self._apply_loop(self.loop_box.isChecked())
        return self._player

    def show_scene(self, shots: list[Job], current_id: int | None, thumbnail: ThumbnailOf) -> None:
        """The chain of shots under the video (hidden below two shots)."""
        if self.scene_strip is None:
            if len(shots) < 2:
                return
            from yzx_desktop.ui.preview.scene_strip import SceneStrip

            self.scene_strip = SceneStrip(self)
            self.scene_strip.shotActivated.connect(self.shotActivated)
            self.scene_strip.exportRequested.connect(self.exportSceneRequested)
            self.layout().addWidget(self.scene_strip)
        self.scene_strip.show_scene(shots, current_id, thumbnail)

    def set_scene_thumbnail(self, job_id: int, pixmap: QPixmap | None) -> None:
        if self.scene_strip is not None and self.scene_strip.isVisible():
            self.scene_strip.set_thumbnail(job_id, pixmap)

    @property
    def has_player(self) -> bool:
        return self._player is not None

    def current_frame(self) -> QImage | None:
        """The frame on screen, at the video's own size (None before one is shown)."""
        frame = self.video_sink.videoFrame()
        image = frame.toImage() if frame.isValid() else None
        return None if image is None or image.isNull() else image

    @property
    def video_sink(self) -> QVideoSink:
        return self.player.videoSink()

    @property
    def current_job_id(self) -> int | None:
        return self._job_id

    def show_message(self, text: str) -> None:
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.seek.setRange(0, 0)
        self.time_label.setText(f"{format_ms(0)} / {format_ms(0)}")  # not the last video's
        for widget in (self.play_button, self.seek, self.loop_box):
            widget.setEnabled(False)

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
        player = self.player
        self.stack.setCurrentWidget(self.video)
        for widget in (self.play_button, self.seek, self.loop_box):
            widget.setEnabled(True)
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()

    def toggle_play(self) -> None:
        if self.stack.currentWidget() is not self.video:
            return
        if self.player.isPlaying():
            self.player.pause()
        else:
            self.player.play()

    def _apply_loop(self, loop: bool) -> None:
        if self._player is not None:
            self._player.setLoops(-1 if loop else 1)  # -1 is QMediaPlayer.Loops.Infinite

    def _position(self, position: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(position)
        self.time_label.setText(f"{format_ms(position)} / {format_ms(self.player.duration())}")

    def _duration(self, duration: int) -> None:
        self.seek.setRange(0, duration)
        self._position(self.player.position())

    def _playback_state(self, _state: object) -> None:
        playing = self.player.isPlaying()
        pixmap = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(pixmap))

    def _error(self, error: object, text: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error == QMediaPlayer.Error.NoError:
            return
        self.show_message(self.tr("This video cannot be played: %1").replace("%1", text or "?"))
