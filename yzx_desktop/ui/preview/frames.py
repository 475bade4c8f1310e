"""Frames from finished videos, decoded locally with QtMultimedia: "use this frame" and
"continue this shot" (its last frame becomes the next job's first frame)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage


class FrameUnavailable(RuntimeError):
    """The video gave no frame (missing file, unsupported codec, timeout)."""


async def last_frame(video: Path, *, timeout: float = 15.0) -> QImage:
    """The last frame of ``video``: play its final moments without sound, keep the last frame."""
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from yzx_desktop.ui.media_threads import safe_for_media_threads

    if not video.is_file():
        raise FrameUnavailable(f"{video} does not exist")
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    # Parented, so Qt frees them on this thread; the callbacks below form reference cycles
    # that Python's collector could otherwise free on any thread.
    owner = QCoreApplication.instance()
    player = safe_for_media_threads(QMediaPlayer(owner))
    sink = safe_for_media_threads(QVideoSink(owner))
    player.setVideoOutput(sink)
    latest: list[QImage] = []
    final_states = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
    sought = False

    def on_frame(frame) -> None:
        if frame.isValid() and sought:
            image = frame.toImage()
            if not image.isNull():
                latest[:] = [image]

    def on_status(status) -> None:
        nonlocal sought
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not sought:
            sought = True
            player.setPosition(max(0, player.duration() - 400))
            player.play()
        elif status in final_states and not done.done():
            done.set_result(None)

    def on_error(error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError and not done.done():
            done.set_exception(FrameUnavailable(text or str(error)))

    sink.videoFrameChanged.connect(on_frame)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    player.setSource(QUrl.fromLocalFile(str(video)))
    try:
        await asyncio.wait_for(done, timeout)
    except TimeoutError as exc:
        if not latest:
            raise FrameUnavailable(f"no frame from {video.name} within {timeout:g} s") from exc
    finally:
        player.stop()
        player.setSource(QUrl())
        player.deleteLater()
        sink.deleteLater()
    if not latest:
        raise FrameUnavailable(f"{video.name} gave no frame")
    return latest[0].copy()
