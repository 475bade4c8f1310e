"""Still pictures of a video with PyAV, no Qt: a poster (its first frame) and a strip of frames
from across it, each fitted into a box. Slow work: call it from a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
from av.video.frame import VideoFrame
from av.video.stream import VideoStream

_SEEK_AHEAD = 2.0  # seconds: farther than this, seeking beats decoding on


@dataclass(frozen=True)
class Still:
    """One RGB picture: ``stride`` bytes per line, ``height`` lines."""

    width: int
    height: int
    stride: int
    rgb: bytes


class StillError(Exception):
    """The video has no picture that can be decoded."""


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` scaled to fit in ``box`` keeping its shape, both sides even and at least 2."""
    width, height = size
    scale = min(box[0] / max(width, 1), box[1] / max(height, 1))
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def _still(frame: VideoFrame, box: tuple[int, int]) -> Still:
    width, height = fit((frame.width, frame.height), box)
    rgb = frame.reformat(width=width, height=height, format="rgb24", interpolation="AREA")
    plane = rgb.planes[0]
    return Still(width, height, plane.line_size, bytes(plane))


def _open_video(path: Path) -> tuple[av.container.InputContainer, VideoStream]:
    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError) as error:
        raise StillError(f"cannot open {path.name}: {error}") from error
    if not container.streams.video:
        container.close()
        raise StillError(f"{path.name} has no video stream")
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    return container, stream


def poster(path: Path, box: tuple[int, int]) -> Still:
    """The first frame of ``path``, fitted into ``box``."""
    container, stream = _open_video(path)
    with container:
        try:
            for frame in container.decode(stream):
                return _still(frame, box)
        except av.FFmpegError as error:
            raise StillError(f"cannot decode {path.name}: {error}") from error
    raise StillError(f"{path.name} has no frame")


def _seconds(container: av.container.InputContainer, stream: VideoStream) -> float:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return 0.0


def strip(path: Path, count: int, box: tuple[int, int]) -> list[Still]:
    """``count`` frames from across ``path`` (at the middle of each of ``count`` equal parts),
    each fitted into ``box``. A short video repeats frames rather than giving fewer."""
    container, stream = _open_video(path)
    with container:
        seconds = _seconds(container, stream)
        start = float(stream.start_time * stream.time_base) if stream.start_time else 0.0
        stills: list[Still] = []
        last: VideoFrame | None = None
        try:
            for part in range(count):
                target = start + seconds * (part + 0.5) / count
                behind = last is None or (last.time or 0.0) > target
                if behind or target - (last.time or 0.0) > _SEEK_AHEAD:
                    container.seek(int(target / stream.time_base), stream=stream, backward=True)
                picked = None
                for frame in container.decode(stream):
                    last = frame
                    if frame.time is None or frame.time >= target - 1e-3:
                        picked = frame
                        break
                picked = picked or last
                if picked is None:
                    raise StillError(f"{path.name} has no frame")
                stills.append(_still(picked, box))
        except av.FFmpegError as error:
            raise StillError(f"cannot decode {path.name}: {error}") from error
    return stills
