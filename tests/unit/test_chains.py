"""Scenes: which shots a chain of continued jobs holds, and in what order."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzx_desktop.jobs.chains import scene_of
from yzx_desktop.jobs.model import Job, JobState


@pytest.fixture
def shot(tmp_path: Path):
    """``shot(id, parent, created=…, state=…, video=True)``: a job, its file on disk if asked."""

    def make(
        job_id: int,
        parent_id: int | None = None,
        *,
        created: float | None = None,
        state: JobState = JobState.DONE,
        video: bool = True,
    ) -> Job:
        path = tmp_path / f"shot-{job_id}.mp4"
        if video:
            path.write_bytes(b"\0\0\0\x18ftypisom")
        return Job(
            "kling-v1-6",
            f"shot {job_id}",
            id=job_id,
            parent_id=parent_id,
            state=state,
            file_path=str(path),
            created_at=created if created is not None else float(job_id),
        )

    return make


def ids(jobs: list[Job]) -> list[int | None]:
    return [job.id for job in jobs]


def test_a_chain_is_found_from_any_of_its_shots_first_to_last(shot) -> None:
    jobs = [shot(3, 2), shot(1), shot(9), shot(2, 1), shot(4, 3)]
    for member in (1, 2, 3, 4):
        assert ids(scene_of(jobs, member)) == [1, 2, 3, 4]
    assert ids(scene_of(jobs, 9)) == [9]


def test_below_the_job_the_newest_finished_child_is_followed(shot) -> None:
    jobs = [
        shot(1),
        shot(2, 1, created=10),
        shot(3, 1, created=30),  # the newest child of 1
        shot(4, 1, created=40, state=JobState.FAILED, video=False),  # newer, but no video
        shot(5, 1, created=50, state=JobState.RUNNING, video=False),
        shot(6, 2, created=60),
    ]
    assert ids(scene_of(jobs, 1)) == [1, 3]
    assert ids(scene_of(jobs, 2)) == [1, 2, 6]  # the asked job stays in its own chain
    assert ids(scene_of(jobs, 6)) == [1, 2, 6]


def test_a_shot_without_its_video_ends_the_chain(shot, tmp_path: Path) -> None:
    jobs = [shot(1), shot(2, 1), shot(3, 2), shot(4, 3)]
    (tmp_path / "shot-2.mp4").unlink()
    assert ids(scene_of(jobs, 3)) == [3, 4]
    assert ids(scene_of(jobs, 1)) == [1]
    assert scene_of(jobs, 2) == []
    assert scene_of(jobs, 99) == []


def test_a_done_job_whose_file_is_elsewhere_is_not_a_shot(shot) -> None:
    jobs = [shot(1), shot(2, 1, state=JobState.DOWNLOADING)]
    assert ids(scene_of(jobs, 1)) == [1]
    assert scene_of(jobs, 2) == []


@pytest.mark.parametrize("start", [1, 2, 3])
def test_cycles_end(shot, start: int) -> None:
    jobs = [shot(1, 3), shot(2, 1), shot(3, 2)]
    chain = ids(scene_of(jobs, start))
    assert sorted(chain) == [1, 2, 3] and start in chain


def test_a_job_that_is_its_own_parent_is_a_chain_of_one(shot) -> None:
    assert ids(scene_of([shot(1, 1)], 1)) == [1]
