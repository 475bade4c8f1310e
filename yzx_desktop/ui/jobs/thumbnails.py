"""Thumbnails of finished videos: one frame each, grabbed off-screen and cached as PNG."""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap

from yzx_desktop import paths

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

logger = logging.getLogger(__name__)

THUMB_SIZE = (96, 54)  # logical pixels; stored at 2x so High-DPI screens stay sharp
THUMB_SCALE = 2


class ThumbnailProvider(QObject):
    """``pixmap(job_id, file)`` returns a cached frame or queues one; ``ready`` says when."""

    ready = Signal(int)  # job id

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        # Give it a parent: a media player freed by Python's garbage collector on another
        # thread (a server or worker thread that happened to trigger a collection) crashes.
        super().__init__(parent)
        self._dir = cache_dir or paths.data_dir() / "thumbnails"
        self._dir.mkdir(parents=True, exist_ok=True)
        self._memory: dict[int, QPixmap | None] = {}
        self._queue: deque[tuple[int, str]] = deque()
        self._current: tuple[int, str] | None = None
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._timeout = QTimer(self, singleShot=True, interval=5000)
        self._timeout.timeout.connect(self._give_up)

    def _path(self, job_id: int) -> Path:
        return self._dir / f"{job_id}.png"

    def pixmap(self, job_id: int, video: str) -> QPixmap | None:
        if job_id in self._memory:
            return self._memory[job_id]
        cached = self._path(job_id)
        if cached.exists():
            pixmap = QPixmap(str(cached))
            pixmap.setDevicePixelRatio(THUMB_SCALE)
            self._memory[job_id] = pixmap
            return pixmap
        if Path(video).is_file() and (job_id, video) not in self._queue:
            self._memory[job_id] = None  # queued; do not queue twice
            self._queue.append((job_id, video))
            if self._current is None:
                QTimer.singleShot(0, self._next)
        return None

    def forget(self, job_id: int) -> None:
        self._memory.pop(job_id, None)
        self._path(job_id).unlink(missing_ok=True)

    def _ensure_player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

            self._player = QMediaPlayer(self)
            self._sink = QVideoSink(self)
            self._player.setVideoSink(self._sink)
            self._sink.videoFrameChanged.connect(self._frame)
            self._player.errorOccurred.connect(lambda *_: self._give_up())
        return self._player

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        self._current = self._queue.popleft()
        player = self._ensure_player()
        player.setSource(QUrl.fromLocalFile(self._current[1]))
        player.play()
        self._timeout.start()

    def _frame(self, frame: QVideoFrame) -> None:
        if self._current is None or not frame.isValid():
            return
        image: QImage = frame.toImage()
        if image.isNull():
            return
        job_id, _ = self._current
        thumb = image.scaled(
            THUMB_SIZE[0] * THUMB_SCALE,
            THUMB_SIZE[1] * THUMB_SCALE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        thumb.save(str(self._path(job_id)), "PNG")
        pixmap = QPixmap.fromImage(thumb)
        pixmap.setDevicePixelRatio(THUMB_SCALE)
        self._memory[job_id] = pixmap
        self._finish()
        self.ready.emit(job_id)

    def _give_up(self) -> None:
        if self._current is not None:
            logger.info("no thumbnail for %s", self._current[1])
        self._finish()

    def _finish(self) -> None:
        self._timeout.stop()
        if self._player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        self._current = None
        QTimer.singleShot(0, self._next)
