"""Stills of finished videos for the table and the gallery: a poster (first frame) and a strip
of frames for hover scrubbing. Views ask while they paint; a miss queues the still for a worker
thread (PyAV, see ``still_files``) and ``ready`` says when it is there. The newest request is
served first, and requests for jobs scrolled out of view can be dropped (``retain``). Pixmaps
are kept in two LRUs bounded in bytes; the JPEGs on disk outlive the process."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPixmap

from yzx_desktop import paths
from yzx_desktop.ui.jobs.still_files import (
    Signature,
    StillRequest,
    StillResult,
    load_or_make,
    prune,
    remove_files,
    signature,
)

logger = logging.getLogger(__name__)

THUMB_SIZE = (96, 54)  # the table's column, logical pixels
POSTER_SIZE = (192, 108)  # a gallery tile's picture, logical pixels
STRIP_FRAMES = 8
WORKERS = 2  # threads decoding at once (the machine may have two cores)
MAX_PENDING = 256  # older requests beyond this are dropped (their tiles are long gone)
REVALIDATE_SECONDS = 2.0  # how often a shown still checks that its file was not replaced
POSTER_BUDGET = 64 * 2**20  # bytes of poster pixmaps kept in memory
STRIP_BUDGET = 32 * 2**20  # bytes of strip pixmaps kept in memory


@dataclass
class _Entry:
    video: str
    signature: Signature | None
    pixmaps: list[QPixmap]  # empty: the video has no picture
    checked: float = field(default_factory=time.monotonic)

    @property
    def cost(self) -> int:
        return sum(p.width() * p.height() * 4 for p in self.pixmaps) or 64


class _Lru:
    """Entries by job id, least recently used dropped first past a byte budget."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self._items: OrderedDict[int, _Entry] = OrderedDict()

    def get(self, job_id: int) -> _Entry | None:
        entry = self._items.get(job_id)
        if entry is not None:
            self._items.move_to_end(job_id)
        return entry

    def peek(self, job_id: int) -> _Entry | None:
        return self._items.get(job_id)

    def put(self, job_id: int, entry: _Entry) -> None:
        self.pop(job_id)
        self._items[job_id] = entry
        self.used += entry.cost
        while self.used > self.budget and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self.used -= old.cost

    def pop(self, job_id: int) -> _Entry | None:
        entry = self._items.pop(job_id, None)
        if entry is not None:
            self.used -= entry.cost
        return entry

    def __len__(self) -> int:
        return len(self._items)


class _Queue:
    """Requests waiting for a worker, newest last; shared with the worker threads, which
    sleep on ``ready`` while it is empty (an idle app does not wake up for them)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready = threading.Condition(self.lock)
        self.wanted: OrderedDict[tuple[int, str], StillRequest] = OrderedDict()
        self.running: set[tuple[int, str]] = set()
        self.workers = 0
        self.closed = False

    def close(self) -> None:
        with self.lock:
            self.closed = True
            self.wanted.clear()
            self.ready.notify_all()


class _Mailbox(QObject):
    """Carries results from the workers to the UI thread. A child of the provider, so a
    worker dropping its reference never deletes a QObject on the wrong thread."""

    finished = Signal(object)  # StillResult


def _work(queue: _Queue, folder: Path, mailbox: _Mailbox) -> None:
    """A worker thread: newest request first; sleeps while there is none. Started once and
    kept: starting a thread per burst made the painting thread wait for it."""
    while True:
        with queue.lock:
            while not queue.wanted and not queue.closed:
                queue.ready.wait()
            if queue.closed:
                queue.workers -= 1
                return
            key, request = queue.wanted.popitem(last=True)
            queue.running.add(key)
        try:
            result = load_or_make(request, folder)
        except Exception:  # never let a worker die with its request marked running
            logger.exception("still for %s", request.video)
            result = StillResult(request, None, None, [])
        with queue.lock:
            queue.running.discard(key)
            if queue.closed:
                queue.workers -= 1
                return
        try:
            mailbox.finished.emit(result)
        except RuntimeError:  # the provider was deleted meanwhile
            return


class ThumbnailProvider(QObject):
    """``pixmap``/``poster``/``strip`` return a cached still or queue one; ``ready`` says when."""

    ready = Signal(int)  # job id

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = cache_dir or paths.data_dir() / "thumbnails"
        screen = QGuiApplication.primaryScreen()
        self.scale = 2 if screen is not None and screen.devicePixelRatio() > 1 else 1
        self._posters = _Lru(POSTER_BUDGET)
        self._strips = _Lru(STRIP_BUDGET)
        self._digests: dict[int, str] = {}
        self._queue = queue = _Queue()
        self.decoded = 0  # stills made from a video (not read from the disk cache): for tests
        self._mailbox = _Mailbox(self)
        self._mailbox.finished.connect(self._store)  # queued: emitted on a worker thread
        self.destroyed.connect(lambda *_: queue.close())  # workers stop; nothing more is emitted

    # ---- what views ask while painting -----------------------------------------------------
    def pixmap(self, job_id: int, video: str) -> QPixmap | None:
        """The table's thumbnail (``THUMB_SIZE``)."""
        entry = self._lookup(self._posters, job_id, video, "poster")
        return entry.pixmaps[1] if entry is not None and entry.pixmaps else None

    def poster(self, job_id: int, video: str) -> QPixmap | None:
        """A gallery tile's picture (``POSTER_SIZE``, the video's shape inside it)."""
        entry = self._lookup(self._posters, job_id, video, "poster")
        return entry.pixmaps[0] if entry is not None and entry.pixmaps else None

    def strip(self, job_id: int, video: str) -> QPixmap | None:
        """``STRIP_FRAMES`` frames from across the video side by side, each ``POSTER_SIZE``."""
        entry = self._lookup(self._strips, job_id, video, "strip")
        return entry.pixmaps[0] if entry is not None and entry.pixmaps else None

    def cached(self, job_id: int) -> QPixmap | None:
        """The poster if it is in memory; never queues anything."""
        entry = self._posters.peek(job_id)
        return entry.pixmaps[0] if entry is not None and entry.pixmaps else None

    def failed(self, job_id: int) -> bool:
        """Whether the job's video gave no picture (missing or broken file)."""
        entry = self._posters.peek(job_id)
        return entry is not None and not entry.pixmaps

    def _lookup(self, lru: _Lru, job_id: int, video: str, kind: str) -> _Entry | None:
        entry = lru.get(job_id)
        if entry is not None and entry.video == video:
            now = time.monotonic()
            if now - entry.checked < REVALIDATE_SECONDS:
                return entry
            entry.checked = now
            if signature(video) == entry.signature:
                return entry
            lru.pop(job_id)  # replaced (or gone): decode again, show the old one meanwhile
            self._request(job_id, video, kind)
            return entry
        self._request(job_id, video, kind)
        return None

    # ---- scheduling ------------------------------------------------------------------------
    def _make_request(self, job_id: int, video: str, kind: str) -> StillRequest:
        s = self.scale
        box = (POSTER_SIZE[0] * s, POSTER_SIZE[1] * s)
        if kind == "strip":
            return StillRequest(job_id, video, "strip", box, frames=STRIP_FRAMES)
        return StillRequest(job_id, video, "poster", box, (THUMB_SIZE[0] * s, THUMB_SIZE[1] * s))

    def _request(self, job_id: int, video: str, kind: str) -> None:
        key, queue = (job_id, kind), self._queue
        with queue.lock:
            if queue.closed or key in queue.running:
                return
            if key in queue.wanted:
                queue.wanted.move_to_end(key)  # painted again: still in view, serve it sooner
                return
            queue.wanted[key] = self._make_request(job_id, video, kind)
            while len(queue.wanted) > MAX_PENDING:
                queue.wanted.popitem(last=False)
            if queue.workers < min(WORKERS, len(queue.wanted) + len(queue.running)):
                queue.workers += 1
                args = (queue, self._dir, self._mailbox)
                threading.Thread(target=_work, args=args, name="yzx-stills", daemon=True).start()
            else:
                queue.ready.notify()

    def retain(self, job_ids: Iterable[int]) -> None:
        """Drop queued requests of jobs other than these (the ones a view still shows)."""
        keep, queue = set(job_ids), self._queue
        with queue.lock:
            for key in [k for k in queue.wanted if k[0] not in keep]:
                del queue.wanted[key]

    def pending(self) -> int:
        """Requests queued or being made."""
        with self._queue.lock:
            return len(self._queue.wanted) + len(self._queue.running)

    def _store(self, result: StillResult) -> None:
        """On the UI thread: keep the pixmaps and tell the views."""
        request = result.request
        pixmaps = []
        for image in result.images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.scale)
            pixmaps.append(pixmap)
        lru = self._strips if request.kind == "strip" else self._posters
        lru.put(request.job_id, _Entry(request.video, result.signature, pixmaps))
        if result.digest:
            self._digests[request.job_id] = result.digest
        if result.decoded:
            self.decoded += 1
        if pixmaps:
            self.ready.emit(request.job_id)

    # ---- housekeeping ----------------------------------------------------------------------
    def forget(self, job_id: int) -> None:
        """A removed job: its stills leave memory and disk."""
        self._posters.pop(job_id)
        self._strips.pop(job_id)
        with self._queue.lock:
            self._queue.wanted.pop((job_id, "poster"), None)
            self._queue.wanted.pop((job_id, "strip"), None)
        video_digest = self._digests.pop(job_id, None)
        if video_digest:
            remove_files(self._dir, video_digest)

    def prune_disk(self) -> threading.Thread:
        """Keep the stills on disk under their budget, on a thread of its own."""
        thread = threading.Thread(
            target=_prune_and_log, args=(self._dir,), name="yzx-stills-prune", daemon=True
        )
        thread.start()
        return thread

    def cache_dir(self) -> Path:
        return self._dir


def _prune_and_log(folder: Path) -> None:
    removed = prune(folder)
    if removed:
        logger.info("stills cache: %.1f MiB of old stills removed", removed / 2**20)
