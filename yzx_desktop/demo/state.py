"""Demo tasks kept across restarts: one JSON file written atomically, clips and images beside it."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from yzx_desktop.demo.adaptors import ImageInput, Understood

logger = logging.getLogger(__name__)

KEEP_SECONDS = 7 * 24 * 3600  # a saved task older than this is dropped at the next start
MAX_TASKS = 200  # the newest tasks kept in the file
VERSION = 1


def _atomic_write(path: Path, data: bytes) -> None:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _blobs_of(record: dict[str, Any]) -> set[str]:
    understood = record["understood"]
    images = (understood["first"], understood["last"])
    names = {record["clip"], *(image["sha256"] for image in images if image)}
    return {name for name in names if name}


class TaskFile:
    """``path`` holds the task records; ``<stem>-files/`` holds, by SHA-256, each finished
    task's clip and, until its clip is made, an unfinished task's input images (so the folder
    stays small: clips are a few dozen kilobytes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.blobs = path.with_name(f"{path.stem}-files")
        self._lock = threading.Lock()

    def load(self, now: float) -> list[dict[str, Any]]:
        """The saved records created within :data:`KEEP_SECONDS`, oldest first; files no kept
        record uses are deleted. A missing or unreadable file holds none."""
        try:
            saved = json.loads(self.path.read_bytes())
            records = [r for r in saved["tasks"] if now - float(r["created"]) < KEEP_SECONDS]
            used = set().union(*(_blobs_of(record) for record in records))
        except FileNotFoundError:
            records, used = [], set()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("demo tasks in %s are unreadable (%s); starting empty", self.path, exc)
            records, used = [], set()
        if self.blobs.is_dir():
            for blob in self.blobs.iterdir():
                if blob.name not in used:
                    blob.unlink(missing_ok=True)
        return records

    def save(self, snapshot: Callable[[], list[dict[str, Any]]]) -> None:
        """Replace the file with the newest :data:`MAX_TASKS` records ``snapshot()`` returns,
        taken under the file's lock so saves land in order."""
        with self._lock:
            records = snapshot()[-MAX_TASKS:]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"version": VERSION, "tasks": records}, ensure_ascii=False)
            _atomic_write(self.path, data.encode())

    def put(self, data: bytes) -> str:
        """Keep ``data`` beside the file; its name (SHA-256) is returned."""
        name = hashlib.sha256(data).hexdigest()
        target = self.blobs / name
        if not target.exists():
            self.blobs.mkdir(parents=True, exist_ok=True)
            _atomic_write(target, data)
        return name

    def read(self, name: str) -> bytes:
        """The bytes :meth:`put` kept as ``name`` (``OSError`` when they are gone)."""
        return (self.blobs / name).read_bytes()

    def understood_record(self, understood: Understood, with_images: bool) -> dict[str, Any]:
        """What the provider used, as JSON; ``with_images`` keeps the decoded input images
        too, enough to render the same clip again."""

        def image(given: ImageInput | None) -> dict[str, Any] | None:
            if given is None:
                return None
            keep = with_images and given.data is not None
            return {"kind": given.kind, "sha256": self.put(given.data) if keep else None}

        return {
            "family": understood.family,
            "model": understood.model,
            "prompt": understood.prompt,
            "seconds": understood.seconds,
            "resolution": understood.resolution,
            "ratio": understood.ratio,
            "size": understood.size,
            "first": image(understood.first),
            "last": image(understood.last),
            "references": understood.references,
            "options": understood.options,
        }

    def understood_from(self, record: dict[str, Any]) -> Understood:
        """The :class:`Understood` a record describes (``OSError`` when an image is gone)."""

        def image(saved: dict[str, Any] | None) -> ImageInput | None:
            if saved is None:
                return None
            name = saved["sha256"]
            return ImageInput(saved["kind"], self.read(name) if name else None)

        return Understood(
            family=record["family"],
            model=record["model"],
            prompt=record["prompt"],
            seconds=int(record["seconds"]),
            resolution=record["resolution"],
            ratio=record["ratio"],
            size=record["size"],
            first=image(record["first"]),
            last=image(record["last"]),
            references=int(record["references"]),
            options=dict(record["options"]),
        )
