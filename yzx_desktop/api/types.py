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
class CreateRequest:
    """What the user asked for; ``to_json`` follows the seed (``duration`` as an integer)."""

    model: str
    prompt: str
    duration: int | None = 5
    size: str | None = None
    seed: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "prompt": self.prompt}
        if self.duration is not None:
            body["duration"] = int(self.duration)
        if self.size:
            body["size"] = self.size
        if self.seed is not None:
            body["seed"] = int(self.seed)
        body.update(self.extra)
        return body


@dataclass(frozen=True)
class ModelInfo:
    id: str
    owned_by: str = ""
