"""A job: one user request and everything that happened to it."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from yzx_desktop.api.types import CreateRequest, ImageInput
from yzx_desktop.jobs.problems import Problem


class JobState(StrEnum):
    PENDING = "pending"  # saved; the create request has not been sent
    SUBMITTING = "submitting"  # the create request is on the wire
    QUEUED = "queued"  # the relay holds the task, waiting
    RUNNING = "running"  # the relay is generating
    DOWNLOADING = "downloading"  # the video is being fetched
    DONE = "done"
    FAILED = "failed"
    UNCERTAIN = "uncertain"  # the create may have reached the relay; never resent by itself
    STOPPED = "stopped"  # the user stopped tracking it


_RETRACKABLE = frozenset(
    {Problem.DOWNLOAD, Problem.DISK, Problem.INTERNAL, Problem.STOPPED, Problem.MALFORMED, None}
)

ACTIVE_STATES = frozenset(
    {JobState.PENDING, JobState.SUBMITTING, JobState.QUEUED, JobState.RUNNING, JobState.DOWNLOADING}
)
NEEDS_ATTENTION = frozenset({JobState.FAILED, JobState.UNCERTAIN, JobState.STOPPED})  # the user's


@dataclass
class Job:
    model: str
    prompt: str
    duration: int | None = 5
    size: str | None = None
    seed: int | None = None
    base_url: str = ""
    id: int | None = None
    state: JobState = JobState.PENDING
    task_id: str | None = None
    progress: int = 0
    video_url: str | None = None
    file_path: str | None = None
    error: str | None = None  # what the relay (or the system) said, in its own words
    error_kind: Problem | None = None  # why the job needs attention; the surfaces word it
    error_detail: str | None = None  # the technical sentence and raw answer, for Details
    last_response: str | None = None
    created_at: float = field(default_factory=time.time)
    updated_at: float = field(default_factory=time.time)
    submitted_at: float | None = None
    finished_at: float | None = None
    bytes_done: int = 0
    bytes_total: int = 0
    family: str | None = None  # the profile the body was built with (None: sent as typed)
    endpoint: str = "videos"  # create route; the task is polled at <endpoint>/<task id>
    resolution: str | None = None
    ratio: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    inputs: list[dict[str, Any]] = field(default_factory=list)  # ImageInput.to_dict()
    parent_id: int | None = None  # the job whose shot this one continues
    output_dir: str | None = None  # where the video goes (None: the library)
    sent_body: str | None = None  # the create body as sent, images replaced by descriptions
    estimate_usd: float | None = None  # the price expected at submit (None: unknown)
    cost_usd: float | None = None  # the relay's final charge (None: not known, 0: refunded)
    take_set: str | None = None  # the set of takes made by one Generate ×N or sweep
    take_index: int | None = None  # 1-based place in its set
    starred: bool = False  # the user's favourite (library)
    tags: list[str] = field(default_factory=list)  # the user's free tags (library)

    @property
    def size_text(self) -> str:
        """The size as asked: ``1280x720``, or resolution and ratio such as ``720p · 16:9``."""
        return self.size or " · ".join(p for p in (self.resolution, self.ratio) if p)

    # ---- policy: what can be done with the job, decided here rather than in each view ----
    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    def belongs_to(self, relay: str) -> bool:
        """Whether the job was sent to ``relay`` (an identity such as its base URL); jobs of
        another relay wait for it. A job that recorded no relay belongs to any."""
        return not self.base_url or self.base_url.rstrip("/") == relay.rstrip("/")

    @property
    def has_video(self) -> bool:
        """Finished, and its file is where the app put it."""
        return (
            self.state is JobState.DONE and bool(self.file_path) and Path(self.file_path).is_file()
        )

    @property
    def may_have_been_charged(self) -> bool:
        """The relay may hold (and have billed) a task for it: a task id, or an uncertain or
        in-flight create. A job refused before any task existed was not charged."""
        return bool(self.task_id) or self.state in (JobState.UNCERTAIN, JobState.SUBMITTING)

    @property
    def can_track_again(self) -> bool:
        """A task on the relay whose tracking ended without the video: stopped, a failed
        download or disk, a vanished answer or an internal error."""
        return bool(self.task_id) and (
            self.state is JobState.STOPPED
            or (self.state is JobState.FAILED and self.error_kind in _RETRACKABLE)
        )

    @property
    def can_adopt_task_id(self) -> bool:
        """An uncertain create, or a task id the relay does not know (a typo to correct)."""
        return self.state is JobState.UNCERTAIN or (
            self.state is JobState.FAILED and self.error_kind is Problem.GONE
        )

    def request(self) -> CreateRequest:
        """The user's request again: for "Submit again", "Reuse settings" and the body."""
        return CreateRequest(
            self.model,
            self.prompt,
            self.duration,
            self.size,
            self.seed,
            resolution=self.resolution,
            ratio=self.ratio,
            options=dict(self.options),
            images=tuple(ImageInput.from_dict(i) for i in self.inputs),
            parent_id=self.parent_id,
        )

    def elapsed(self, now: float | None = None) -> float:
        end = self.finished_at if self.finished_at and not self.active else (now or time.time())
        return max(0.0, end - self.created_at)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        return data
