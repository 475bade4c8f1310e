"""Typed values the relay client hands to the rest of the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class RemoteState(Enum):
    """A relay task's state after normalising every spelling relays use."""

    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TaskSnapshot:
    """One normalised create or poll response."""

    state: RemoteState
    task_id: str | None = None
    progress: int | None = None
    video_url: str | None = None
    failure: str | None = None
    raw_status: str | None = None
    raw: Any = None


@dataclass(frozen=True)
class ImageInput:
    """An image the user gave for one role; ``sha256`` is set once it is in the library."""

    role: str  # first | last | reference
    path: str
    sha256: str = ""
    width: int = 0
    height: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "path": self.path,
            "sha256": self.sha256,
            "width": self.width,
            "height": self.height,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageInput:
        return cls(
            str(data.get("role", "")),
            str(data.get("path", "")),
            str(data.get("sha256", "")),
            int(data.get("width") or 0),
            int(data.get("height") or 0),
        )


@dataclass(frozen=True)
class CreateRequest:
    """What the user asked for. The model's profile decides how it becomes a request body;
    ``size`` is a free ``WxH``, ``resolution`` and ``ratio`` what the size pickers chose."""

    model: str
    prompt: str
    duration: int | None = None  # None: the family's default (the seed's 5 s when unknown)
    size: str | None = None
    seed: int | None = None
    resolution: str | None = None
    ratio: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    images: tuple[ImageInput, ...] = ()
    parent_id: int | None = None  # the job whose shot this continues

    def images_for(self, role: str) -> list[ImageInput]:
        return [image for image in self.images if image.role == role]


@dataclass(frozen=True)
class ModelInfo:
    id: str
    owned_by: str = ""
