"""The disk cache of video stills: a poster and a strip per video, as JPEG files named after the
video's path, size and modification time, so a replaced file is decoded again. The folder is
kept under ``DISK_BUDGET`` (:func:`prune`), least recently used first. Everything here runs on
worker threads: QImage (not QPixmap) is safe there."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter

logger = logging.getLogger(__name__)

Signature = tuple[int, int]  # the video's size in bytes and modification time in ns
JPEG_QUALITY = 85
DISK_BUDGET = 512 * 2**20  # bytes of stills on disk: about 3000 videos' poster and strip
STALE_PART_SECONDS = 3600  # a part file this old was left by a write that never finished


def signature(video: str) -> Signature | None:
    """What identifies this version of the file, or None when it is not there."""
    try:
        stat = os.stat(video)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def digest(video: str, sig: Signature) -> str:
    import hashlib  # OpenSSL's start (2 ms) is not for the window's first paint

    text = f"{os.path.abspath(video)}\0{sig[0]}\0{sig[1]}"
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:24]


@dataclass(frozen=True)
class StillRequest:
    """What to make: the poster (first frame, and a smaller copy) or a strip of ``frames``."""

    job_id: int
    video: str
    kind: str  # "poster" or "strip"
    box: tuple[int, int]  # pixels of the poster, or of each strip frame
    small: tuple[int, int] = (0, 0)  # pixels of the poster's smaller copy
    frames: int = 8


@dataclass
class StillResult:
    request: StillRequest
    signature: Signature | None
    digest: str | None
    images: list[QImage]  # poster: [poster, small]; strip: [strip]; empty: no picture
    decoded: bool = False  # made from the video now, not read from the cache


def file_name(request: StillRequest, video_digest: str) -> str:
    width, height = request.box
    if request.kind == "strip":
        return f"{video_digest}-strip{request.frames}-{width}x{height}.jpg"
    return f"{video_digest}-poster-{width}x{height}.jpg"


def _image(still) -> QImage:
    image = QImage(still.rgb, still.width, still.height, still.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``still.rgb`` goes away


def _decode(request: StillRequest) -> QImage:
    from yzx_desktop.media import stills  # PyAV is imported on first use, off the UI thread

    video = Path(request.video)
    if request.kind == "poster":
        return _image(stills.poster(video, request.box))
    frames = [_image(s) for s in stills.strip(video, request.frames, request.box)]
    width = max(f.width() for f in frames)
    height = max(f.height() for f in frames)
    sheet = QImage(width * len(frames), height, QImage.Format.Format_RGB888)
    sheet.fill(Qt.GlobalColor.black)
    painter = QPainter(sheet)
    for i, frame in enumerate(frames):
        painter.drawImage(
            i * width + (width - frame.width()) // 2, (height - frame.height()) // 2, frame
        )
    painter.end()
    return sheet


def _save(image: QImage, target: Path) -> None:
    part = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    if image.save(str(part), "JPG", JPEG_QUALITY):
        os.replace(part, target)
    else:
        part.unlink(missing_ok=True)


def load_or_make(request: StillRequest, folder: Path) -> StillResult:
    """The cached still of this version of the video, or a new one decoded and cached."""
    sig = signature(request.video)
    if sig is None:
        return StillResult(request, None, None, [])
    name = digest(request.video, sig)
    target = folder / file_name(request, name)
    image = QImage(str(target)) if target.exists() else QImage()
    decoded = image.isNull()
    if decoded:
        try:
            image = _decode(request)
        except Exception as error:  # a broken or odd file: no picture, never a crash
            logger.info("no still for %s: %s", request.video, error)
            return StillResult(request, sig, name, [])
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _save(image, target)
        except OSError as error:
            logger.info("cannot cache %s: %s", target, error)
    else:
        _touch(target)  # used: the last to go when the folder is pruned
    images = [image]
    if request.kind == "poster":
        images.append(
            image.scaled(
                QSize(*request.small),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
    return StillResult(request, sig, name, images, decoded)


def remove_files(folder: Path, video_digest: str) -> None:
    for path in folder.glob(f"{video_digest}-*.jpg"):
        path.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    # Pruned meanwhile, or a read-only cache: only the order of pruning suffers.
    with contextlib.suppress(OSError):
        os.utime(path)


def prune(folder: Path, budget: int = DISK_BUDGET) -> int:
    """Keep ``folder`` under ``budget`` bytes of stills, least recently used removed first, and
    remove what no version reads: part files of writes that never finished, and the
    ``<job id>.png`` thumbnails of versions before the stills. Returns the bytes removed."""
    stills, removed = [], 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0  # no cache yet
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        stale_part = entry.name.endswith(".part") and now - info.st_mtime > STALE_PART_SECONDS
        if stale_part or (entry.name.endswith(".png") and entry.name[:-4].isdigit()):
            removed += _remove(entry.path, info.st_size)
        elif entry.name.endswith(".jpg") and entry.is_file(follow_symlinks=False):
            stills.append((info.st_mtime, info.st_size, entry.path))
    total = sum(size for _, size, _ in stills)
    for _, size, path in sorted(stills):  # oldest use first
        if total <= budget:
            break
        total -= size
        removed += _remove(path, size)
    return removed


def _remove(path: str, size: int) -> int:
    try:
        os.unlink(path)
    except OSError as error:
        logger.info("cannot remove %s: %s", path, error)
        return 0
    return size
