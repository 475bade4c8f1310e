"""The engine against the simulated relay over real HTTP: every path a paid task can take."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from pathlib import Path

import pytest

from tests.conftest import TOKEN, fast_config
from tests.relay_faults import URL_LOCATIONS, Fault, TaskPlan
from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.demo.server import SimulatedRelay
from yzx_desktop.jobs.cadence import Backoff
from yzx_desktop.jobs.download import is_valid_video
from yzx_desktop.jobs.engine import JobEngine
from yzx_desktop.jobs.model import JobState
from yzx_desktop.jobs.naming import part_path
from yzx_desktop.jobs.problems import Problem, describe
from yzx_desktop.jobs.store import JobStore

REQUEST = CreateRequest("generic-video", "a cat walking through a sunlit garden", 5, "1280x720", 42)


async def run_one(engine: JobEngine, request: CreateRequest = REQUEST, timeout: float = 20):
    job = engine.submit(request)
    return await asyncio.wait_for(engine.wait(job.id), timeout)


def served_clip(relay: SimulatedRelay, task_id: str) -> bytes:
    return relay.served_video(task_id)


async def test_happy_path_saves_video_and_sidecar(engine, relay, store) -> None:
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    video = Path(job.file_path)
    assert video.read_bytes() == served_clip(relay, job.task_id)
    assert not part_path(video).exists()
    sidecar = json.loads(video.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["task_id"] == job.task_id
    assert (
        sidecar["request"]
        | {
            "model": "generic-video",
            "prompt": REQUEST.prompt,
            "duration": 5,
            "size": "1280x720",
            "seed": 42,
            "family": None,
            "endpoint": "videos",
        }
        == sidecar["request"]
    )
    assert sidecar["relay_base_url"] == relay.base_url
    assert relay.count("POST", "/v1/videos") == 1
    sent = json.loads(relay.matching("POST", "/v1/videos")[0].body)
    assert sent == {
        "model": "generic-video",
        "prompt": REQUEST.prompt,
        "duration": 5,
        "size": "1280x720",
        "seed": 42,
    }


@pytest.mark.parametrize("location", URL_LOCATIONS)
async def test_every_url_location_downloads(engine, relay, location) -> None:
    relay.plan_next(TaskPlan(url_location=location))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    assert Path(job.file_path).read_bytes() == served_clip(relay, job.task_id)
    used_content = relay.count("GET", rf"/v1/videos/{job.task_id}/content") == 1
    assert used_content == (location in ("content", "bad_result_url"))


@pytest.mark.parametrize(
    "statuses",
    [
        ("pending", "processing", "succeeded"),
        ("submitted", "running", "success"),
        ("not_start", "generating", "succeed"),
        ("QUEUED", "Preparing", "complete"),
        ("queued", "in_progress", "finished"),
        ("queued", "in_progress", "unknown"),
    ],
)
async def test_status_spellings_end_to_end(engine, relay, statuses) -> None:
    relay.plan_next(TaskPlan(statuses=statuses, progress_as_text=True))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error


async def test_foreign_origin_url_gets_no_token(engine, relay) -> None:
    relay.plan_next(TaskPlan(url_location="foreign"))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    cdn = [r for r in relay.requests if r.origin == "cdn"]
    assert cdn and all(r.authorization is None for r in cdn)
    api = [r for r in relay.requests if r.origin == "api"]
    assert all(r.authorization == f"Bearer {TOKEN}" for r in api)


async def test_foreign_origin_failure_falls_back_to_content(engine, relay) -> None:
    relay.plan_next(TaskPlan(url_location="foreign"))
    relay.inject("download", Fault("status", 403, {"error": {"message": "link expired"}}))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    assert relay.count("GET", rf"/v1/videos/{job.task_id}/content") == 1


async def test_truncated_download_resumes_to_identical_file(engine, relay) -> None:
    relay.video_bytes = 3_000_000
    relay.inject("download", Fault("truncate"), times=2)
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    video = Path(job.file_path)
    assert video.read_bytes() == served_clip(relay, job.task_id)
    ranges = relay.matching("GET", r"/v1/files/.*")
    assert len(ranges) == 3  # two truncated transfers, then the rest
    assert not any(p.name.endswith(".part") for p in video.parent.iterdir())


async def test_truncated_download_leaves_no_file_at_final_name(make_engine, relay) -> None:
    relay.video_bytes = 2_000_000
    relay.inject("download", Fault("truncate"), times=50)
    job = await run_one(make_engine(download_attempts=2))
    assert job.state is JobState.FAILED and job.error_kind is Problem.DOWNLOAD
    assert "Track again" in describe(job.error_kind) and job.can_track_again
    assert job.file_path and not Path(job.file_path).exists()
    assert part_path(Path(job.file_path)).exists()  # kept for the next attempt


async def test_content_not_ready_is_retried(engine, relay) -> None:
    relay.plan_next(TaskPlan(url_location="content"))
    relay.inject("download", Fault("status", 400, {"error": {"message": "not completed yet"}}), 2)
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error


async def test_json_instead_of_video_is_not_saved(engine, relay) -> None:
    relay.inject("download", Fault("status", 200, {"error": {"message": "processing"}}), 2)
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    assert is_valid_video(Path(job.file_path))


async def test_moderation_failure_surfaces_reason_and_hint(engine, relay) -> None:
    relay.plan_next(TaskPlan(fail_message="Prompt violates our content policy"))
    job = await run_one(engine)
    assert job.state is JobState.FAILED
    assert job.error == "Prompt violates our content policy"  # the relay's own words
    assert job.error_kind is Problem.MODERATION and "Rewrite" in describe(job.error_kind)


async def test_create_rejected_by_moderation(engine, relay) -> None:
    job = await run_one(engine, CreateRequest("generic-video", "something #reject"))
    assert job.state is JobState.FAILED and job.error_kind is Problem.MODERATION
    assert "内容审核未通过" in job.error


async def test_bad_token_hint(make_engine, relay) -> None:
    async with RelayClient(relay.base_url, "wrong-token") as client:
        job = await run_one(make_engine(client))
    assert job.state is JobState.FAILED and job.error_kind is Problem.AUTH
    assert job.error == "无效的令牌 (invalid token)" and "HTTP 401" in job.error_detail


async def test_unknown_model_hint_and_no_charge(engine, relay) -> None:
    job = await run_one(engine, CreateRequest("sora-9", "a cat"))
    assert job.state is JobState.FAILED and job.error_kind is Problem.MODEL
    assert "无可用渠道" in job.error and "model list" in describe(job.error_kind)
    assert relay.count("POST", "/v1/videos") == 1


async def test_429_retry_after_is_respected(engine, relay) -> None:
    relay.inject("poll", Fault("status", 429, None, {"Retry-After": "1"}))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    polls = relay.matching("GET", r"/v1/videos/[\w-]+")
    assert polls[1].at - polls[0].at >= 0.95  # cadence and backoff alone would be ~0.05 s


async def test_429_without_retry_after_backs_off(make_engine, relay) -> None:
    engine = make_engine(backoff=Backoff(base=0.2, cap=1.0))
    relay.inject("poll", Fault("status", 429, None), times=3)
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    polls = relay.matching("GET", rf"/v1/videos/{job.task_id}")
    gaps = [b.at - a.at for a, b in itertools.pairwise(polls)]
    # the cadence alone is 0.05 s; each failure doubles the wait (jitter takes at most half)
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2 and gaps[2] >= 0.4


async def test_5xx_and_html_bursts_are_survived(engine, relay) -> None:
    relay.inject("poll", Fault("status", 500, {"error": {"message": "upstream"}}), times=3)
    relay.inject("poll", Fault("html", 502), times=3)
    relay.inject("poll", Fault("status", 503, b""), times=2)
    relay.inject("download", Fault("html", 504), times=2)
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error


async def test_create_dropped_after_send_is_not_resent(engine, relay) -> None:
    relay.inject("create", Fault("drop"))
    job = await run_one(engine)
    assert job.state is JobState.UNCERTAIN and job.error_kind is Problem.UNCERTAIN
    assert "Submit again" in describe(job.error_kind) and job.may_have_been_charged
    await asyncio.sleep(0.3)
    assert relay.count("POST", "/v1/videos") == 1


async def test_create_5xx_is_uncertain(engine, relay) -> None:
    relay.inject("create", Fault("html", 502))
    job = await run_one(engine)
    assert job.state is JobState.UNCERTAIN
    assert relay.count("POST", "/v1/videos") == 1


async def test_create_429_is_retried_safely(engine, relay) -> None:
    relay.inject("create", Fault("status", 429, None, {"Retry-After": "0.2"}))
    job = await run_one(engine)
    assert job.state is JobState.DONE, job.error
    assert relay.count("POST", "/v1/videos") == 2  # the first one was refused, not charged


async def test_connection_refused_sends_nothing_and_says_so(make_engine) -> None:
    async with RelayClient("http://127.0.0.1:9/v1", TOKEN) as client:
        job = await run_one(make_engine(client, create_attempts=2))
    assert job.state is JobState.FAILED and job.error_kind is Problem.REFUSED
    assert "Nothing was sent" in job.error_detail and not job.may_have_been_charged
    assert "127.0.0.1:9 refused the connection" in describe(job.error_kind, job.base_url)


async def test_create_without_task_id_is_logged_whole(engine, relay, yzx_home) -> None:
    from yzx_desktop.logs import setup_logging

    log = setup_logging()
    relay.inject("create", Fault("no_id"))
    job = await run_one(engine)
    assert job.state is JobState.UNCERTAIN
    assert "no task id" in job.error_detail
    text = log.read_text(encoding="utf-8")
    assert "create response without a task id" in text and '"object": "video"' in text
    assert TOKEN not in text


async def test_vanished_task_fails_and_keeps_record(engine, relay, store) -> None:
    relay.plan_next(TaskPlan(vanish=True))
    job = await run_one(engine)
    assert job.state is JobState.FAILED and job.error_kind is Problem.GONE
    assert job.can_adopt_task_id  # a correct id can still be entered
    assert store.get(job.id).task_id == job.task_id


async def test_each_transition_is_persisted(engine, relay, store) -> None:
    seen: list[tuple[JobState, str | None]] = []
    engine.subscribe(lambda j: seen.append((store.get(j.id).state, store.get(j.id).task_id)))
    job = await run_one(engine)
    states = [s for s, _ in seen]
    assert states[:2] == [JobState.PENDING, JobState.SUBMITTING]
    assert JobState.QUEUED in states and JobState.RUNNING in states
    assert states[-1] is JobState.DONE
    first_with_id = next(i for i, (_, tid) in enumerate(seen) if tid)
    assert seen[first_with_id] == (JobState.QUEUED, job.task_id)


async def test_resume_after_crash_finishes_same_task(store, relay, yzx_home) -> None:
    relay.plan_next(TaskPlan(queue_seconds=0.5))
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
        job = engine.submit(REQUEST)
        while not store.get(job.id).task_id:
            await asyncio.sleep(0.01)
        job = store.get(job.id)
        await engine.shutdown()  # what a crash leaves: the job persisted as polling
    assert store.get(job.id).state is JobState.QUEUED
    reopened = JobStore(store.path)
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(reopened, client, fast_config(yzx_home / "videos"))
        assert [j.id for j in engine.resume_all()] == [job.id]
        final = await asyncio.wait_for(engine.wait(job.id), 10)
    reopened.close()
    assert final.state is JobState.DONE and final.task_id == job.task_id
    assert relay.count("POST", "/v1/videos") == 1


async def test_crash_during_submit_becomes_uncertain_on_resume(store, relay, yzx_home) -> None:
    from yzx_desktop.jobs.model import Job

    job = store.add(Job("generic-video", "x", state=JobState.SUBMITTING))
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
        assert engine.resume_all() == []
    assert store.get(job.id).state is JobState.UNCERTAIN
    assert relay.count("POST", "/v1/videos") == 0


async def test_crash_after_rename_does_not_download_twice(engine, relay, store) -> None:
    job = await run_one(engine)
    job.state = JobState.DOWNLOADING  # as if the app died between the rename and the update
    store.save(job)
    before = relay.count("GET", r"/v1/files/.*")
    engine.resume_all()
    final = await asyncio.wait_for(engine.wait(job.id), 5)
    assert final.state is JobState.DONE and final.file_path == job.file_path
    assert relay.count("GET", r"/v1/files/.*") == before


async def test_pending_job_is_claimed_once_by_two_engines(store, relay, yzx_home) -> None:
    from yzx_desktop.jobs.model import Job

    job = store.add(Job("generic-video", "shared", base_url=relay.base_url))
    other_store = JobStore(store.path)
    async with RelayClient(relay.base_url, TOKEN) as c1, RelayClient(relay.base_url, TOKEN) as c2:
        first = JobEngine(store, c1, fast_config(yzx_home / "videos"))
        second = JobEngine(other_store, c2, fast_config(yzx_home / "videos"))
        first.resume_all()
        second.resume_all()
        await asyncio.wait_for(first.wait(job.id), 10)
        await second.shutdown()
    other_store.close()
    assert relay.count("POST", "/v1/videos") == 1


async def test_disk_error_is_explained_and_retried(engine, relay, yzx_home, monkeypatch) -> None:
    from yzx_desktop.jobs import download

    real_fetch, failures = download._fetch, []

    async def full_disk_once(*args, **kwargs):
        if not failures:
            failures.append(1)
            raise OSError(28, "No space left on device")
        return await real_fetch(*args, **kwargs)

    notes: list[tuple] = []
    engine.subscribe(lambda j: j.error_kind and notes.append((j.error_kind, j.error)))
    monkeypatch.setattr(download, "_fetch", full_disk_once)
    job = await run_one(engine)
    assert job.state is JobState.DONE and job.error_kind is None
    assert (Problem.DISK, "No space left on device") in notes
    assert "Free some space" in describe(Problem.DISK)


async def test_stop_tracking_and_track_again_without_new_post(engine, relay, store) -> None:
    relay.plan_next(TaskPlan(queue_seconds=0.4))
    job = engine.submit(REQUEST)
    while not store.get(job.id).task_id:
        await asyncio.sleep(0.01)
    engine.stop_tracking(job.id)
    assert store.get(job.id).state is JobState.STOPPED
    assert engine.track_again(job.id)
    final = await asyncio.wait_for(engine.wait(job.id), 10)
    assert final.state is JobState.DONE
    assert relay.count("POST", "/v1/videos") == 1


async def test_poll_cadence_is_respected_with_default_settings(store, relay, yzx_home) -> None:
    from yzx_desktop.jobs.cadence import PollCadence

    cadence = PollCadence(first=(0.3, 0.4), interval=(0.2, 0.3))
    relay.plan_next(TaskPlan(queue_seconds=1.0, run_seconds=0.5))
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(
            store, client, fast_config(yzx_home / "videos", cadence=cadence), rng=random.Random(1)
        )
        job = await run_one(engine)
    polls = relay.matching("GET", rf"/v1/videos/{job.task_id}")
    post = relay.matching("POST", "/v1/videos")[0]
    assert polls[0].at - post.at >= 0.29
    gaps = [b.at - a.at for a, b in itertools.pairwise(polls)]
    assert gaps and min(gaps) >= 0.19


async def test_uncertain_job_can_adopt_a_task_id(engine, relay, store) -> None:
    relay.inject("create", Fault("drop"))
    job = await run_one(engine)
    assert job.state is JobState.UNCERTAIN
    other = await run_one(engine)  # a task that exists on the relay, as if from the dashboard
    await engine.adopt_task_id(job.id, other.task_id)
    final = await asyncio.wait_for(engine.wait(job.id), 10)
    assert final.state is JobState.DONE and final.task_id == other.task_id
    assert relay.count("POST", "/v1/videos") == 2


async def test_jobs_of_another_relay_are_not_resumed(store, relay, yzx_home) -> None:
    from yzx_desktop.jobs.model import Job

    store.add(
        Job(
            "generic-video",
            "elsewhere",
            base_url="https://other.example/v1",
            state=JobState.QUEUED,
            task_id="t-1",
        )
    )
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
        assert engine.resume_all() == []
    assert relay.count("GET", r".*") == 0


async def test_a_job_is_tracked_by_one_engine_at_a_time(store, relay, yzx_home) -> None:
    """Two processes on one store (a second window, `resume`) must not both download a job."""
    relay.plan_next(TaskPlan(queue_seconds=0.6))
    other_store = JobStore(store.path)
    async with RelayClient(relay.base_url, TOKEN) as c1, RelayClient(relay.base_url, TOKEN) as c2:
        first = JobEngine(store, c1, fast_config(yzx_home / "videos"))
        second = JobEngine(other_store, c2, fast_config(yzx_home / "videos"))
        job = first.submit(REQUEST)
        while not store.get(job.id).task_id:
            await asyncio.sleep(0.01)
        assert second.resume_all() == []  # the first engine holds the job's lock
        final = await asyncio.wait_for(first.wait(job.id), 10)
        assert final.state is JobState.DONE
        assert relay.count("GET", r"/v1/files/.*") == 1
        first.stop_tracking(final.id)
    other_store.close()


async def test_lock_is_free_again_after_stop_and_after_shutdown(store, relay, yzx_home) -> None:
    relay.plan_next(TaskPlan(queue_seconds=5))
    other_store = JobStore(store.path)
    async with RelayClient(relay.base_url, TOKEN) as c1, RelayClient(relay.base_url, TOKEN) as c2:
        first = JobEngine(store, c1, fast_config(yzx_home / "videos"))
        job = first.submit(REQUEST)
        while not store.get(job.id).task_id:
            await asyncio.sleep(0.01)
        await first.shutdown()  # as when a window closes: the job stays "queued"
        second = JobEngine(other_store, c2, fast_config(yzx_home / "videos"))
        assert [j.id for j in second.resume_all()] == [job.id]
        second.stop_tracking(job.id)
        await second.shutdown()
    other_store.close()
