"""Scenes: the chains of continued shots that ``parent_id`` links make (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from yzx_desktop.jobs.model import Job, JobState


def scene_of(jobs: Iterable[Job], job_id: int) -> list[Job]:
    """The chain of shots containing ``job_id``, from the first shot to the last.

    Only jobs with their video on disk take part, so a shot whose file is gone ends the chain
    there. Going up, each shot's ``parent_id`` is followed; going down from ``job_id``, the most
    recently created child with a video. A cycle stops at the first shot seen twice. Empty when
    ``job_id`` itself has no video.
    """
    done = {job.id: job for job in jobs if job.id is not None and job.state is JobState.DONE}
    if job_id not in done or not done[job_id].has_video:
        return []
    # Files are looked at only along the chain: a library has thousands of jobs.
    children: dict[int, list[Job]] = {}
    for job in sorted(done.values(), key=lambda j: (j.created_at, j.id), reverse=True):
        if job.parent_id is not None:
            children.setdefault(job.parent_id, []).append(job)  # newest first
    seen = {job_id}
    before: list[Job] = []
    parent = done.get(done[job_id].parent_id)
    while parent is not None and parent.id not in seen and parent.has_video:
        seen.add(parent.id)
        before.append(parent)
        parent = done.get(parent.parent_id)
    after: list[Job] = []
    child = _newest_with_video(children.get(job_id, []))
    while child is not None and child.id not in seen:
        seen.add(child.id)
        after.append(child)
        child = _newest_with_video(children.get(child.id, []))
    return [*reversed(before), done[job_id], *after]


def _newest_with_video(candidates: list[Job]) -> Job | None:
    return next((job for job in candidates if job.has_video), None)
