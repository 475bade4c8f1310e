"""What can be done with a job is decided by the job: charge, track again, enter a task id."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.problems import Problem, describe, host_of


def job(state: JobState, **fields) -> Job:
    return Job("veo_3_1-fast", "a prompt", state=state, **fields)


@pytest.mark.parametrize(
    ("state", "task_id", "charged"),
    [
        (JobState.PENDING, None, False),
        (JobState.SUBMITTING, None, True),  # the create is on the wire
        (JobState.UNCERTAIN, None, True),
        (JobState.FAILED, None, False),  # refused before any task existed
        (JobState.FAILED, "t-1", True),  # the relay held a task
        (JobState.DONE, "t-1", True),
    ],
)
def test_may_have_been_charged(state, task_id, charged) -> None:
    assert job(state, task_id=task_id).may_have_been_charged is charged


@pytest.mark.parametrize(
    ("state", "problem", "task_id", "trackable"),
    [
        (JobState.STOPPED, Problem.STOPPED, "t", True),
        (JobState.FAILED, Problem.DOWNLOAD, "t", True),
        (JobState.FAILED, Problem.DISK, "t", True),
        (JobState.FAILED, Problem.INTERNAL, "t", True),
        (JobState.FAILED, Problem.MODERATION, "t", False),  # the relay failed the task
        (JobState.FAILED, Problem.AUTH, None, False),
        (JobState.STOPPED, Problem.STOPPED, None, False),  # nothing to track
        (JobState.QUEUED, None, "t", False),  # already tracked
    ],
)
def test_can_track_again(state, problem, task_id, trackable) -> None:
    assert job(state, error_kind=problem, task_id=task_id).can_track_again is trackable


def test_a_task_id_can_be_entered_for_uncertain_and_vanished_tasks_only() -> None:
    assert job(JobState.UNCERTAIN).can_adopt_task_id
    assert job(JobState.FAILED, error_kind=Problem.GONE, task_id="typo").can_adopt_task_id
    assert not job(JobState.FAILED, error_kind=Problem.AUTH).can_adopt_task_id
    assert not job(JobState.DONE, task_id="t").can_adopt_task_id


def test_has_video_needs_the_file(tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    finished = job(JobState.DONE, file_path=str(video))
    assert not finished.has_video
    video.write_bytes(b"x")
    assert finished.has_video
    assert not job(JobState.DOWNLOADING, file_path=str(video)).has_video


def test_problems_are_worded_once_with_the_host_and_the_relays_words() -> None:
    text = describe(Problem.REFUSED, "http://127.0.0.1:9/v1", "no")
    assert text.startswith("127.0.0.1:9 refused the connection")
    assert text.endswith("The relay said: no") and text.count("refused") == 1
    assert host_of("https://user:pw@relay.example/v1") == "relay.example"
    assert Problem.parse("from-a-newer-app") is Problem.INTERNAL
    assert Problem.parse(None) is None
