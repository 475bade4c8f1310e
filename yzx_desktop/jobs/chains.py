"""Scenes: the chains of continued shots that ``parent_id`` links make (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable

from yzx_desktop.jobs.model import Job


def scene_of(jobs: Iterable[Job], job_id: int) -> list[Job]:
    """The chain of shots containing ``job_id``, from the first shot to the last.

    Only jobs with their video on disk take part, so a shot whose file is gone ends the chain
    there. Going up, each shot's ``parent_id`` is followed; going down from ``job_id``, the most
    recently created child with a video. A cycle stops at the first shot seen twice. Empty when
    ``job_id`` itself has no video.
    """
    shots = {job.id: job for job in jobs if job.id is not None and job.has_video}
    if job_id not in shots:
        return []
    children: dict[int, Job] = {}
    for job in sorted(shots.values(), key=lambda j: (j.created_at, j.id)):
        if job.parent_id is not None:
            children[job.parent_id] = job  # the newest child wins
    seen = {job_id}
    before: list[Job] = []
    parent_id = shots[job_id].parent_id
    while parent_id in shots and parent_id not in seen:
        seen.add(parent_id)
        before.append(shots[parent_id])
        parent_id = shots[parent_id].parent_id
    after: list[Job] = []
    child = children.get(job_id)
    while child is not None and child.id not in seen:
        seen.add(child.id)
        after.append(child)
        child = children.get(child.id)
    return [*reversed(before), shots[job_id], *after]
