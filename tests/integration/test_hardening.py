"""Hostile answers over real HTTP: oversized and compressed bodies, odd errors, video servers
that compress, ignore Range or cut every transfer, names claimed by two jobs at once."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import multiprocessing
import re
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import TOKEN, fast_config
from tests.integration.test_cli import cli_env, run_cli
from tests.relay_faults import Fault, TaskPlan
from yzx_desktop.api.client import MAX_JSON_BYTES, RelayClient
from yzx_desktop.api.errors import ErrorKind, TransientError
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.demo.server import SimulatedRelay, demo_clip_paths
from yzx_desktop.jobs.download import download_video
from yzx_desktop.jobs.engine import JobEngine
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.naming import part_path, reserve_path
from yzx_desktop.jobs.store import JobStore
from yzx_desktop.profiles.request_body import generic_body

REQUEST = CreateRequest("generic-video", "a lighthouse in a storm", 5, "1280x720", 3)
CLIP = demo_clip_paths()[-1].read_bytes()


def gzip_bomb(document: dict, padding: int) -> bytes:
    """A small gzip body that inflates to ``padding`` bytes more than ``document``'s JSON."""
    text = json.dumps({**document, "padding": ""})
    head, tail = text[:-2].encode(), text[-2:].encode()  # the padding goes inside the quotes
    return gzip.compress(head + b" " * padding + tail, compresslevel=9)


def gzip_fault(body: bytes) -> Fault:
    return Fault(
        "status",
        200,
        body,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )


# ---- 2: JSON answers are bounded ------------------------------------------------------------
async def test_gzip_bomb_poll_answer_is_refused_early(relay, client) -> None:
    task = await client.create(generic_body(REQUEST))
    bomb = gzip_bomb({"id": task.task_id, "status": "queued"}, 400 << 20)
    assert len(bomb) < 1 << 20  # under a megabyte on the wire
    relay.inject("poll", gzip_fault(bomb))
    tracemalloc.start()
    try:
        with pytest.raises(TransientError) as caught:
            await client.poll(task.task_id)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.kind is ErrorKind.MALFORMED
    assert "larger than 4 MiB" in caught.value.message
    assert peak < 32 << 20  # stopped after a few MiB, not after 400
    assert (await client.poll(task.task_id)).task_id == task.task_id  # the next poll is fine


async def test_plain_oversized_models_answer_is_a_retryable_error(relay, client) -> None:
    huge = {"object": "list", "data": [{"id": "generic-video", "pad": "x" * (MAX_JSON_BYTES + 10)}]}
    relay.inject("models", Fault("status", 200, huge))
    with pytest.raises(TransientError, match="larger than"):
        await client.list_models()
    assert [m.id for m in await client.list_models()][:1] == ["generic-video"]


async def test_oversized_create_answer_is_submission_uncertain(engine, relay) -> None:
    bomb = gzip_bomb({"id": "video-task-huge", "status": "queued"}, MAX_JSON_BYTES)
    relay.inject("create", gzip_fault(bomb))
    job = engine.submit(REQUEST)
    final = await asyncio.wait_for(engine.wait(job.id), 10)
    assert final.state is JobState.UNCERTAIN and final.task_id is None
    assert relay.count("POST", "/v1/videos") == 1


async def test_a_compressed_answer_under_the_limit_is_read(relay, client) -> None:
    task = await client.create(generic_body(REQUEST))
    body = gzip_bomb({"id": task.task_id, "status": "in_progress", "progress": 40}, 1 << 20)
    relay.inject("poll", gzip_fault(body))
    snapshot = await client.poll(task.task_id)
    assert snapshot.progress == 40


# ---- 6: no odd answer stops a job for good ----------------------------------------------------
async def test_corrupt_compressed_poll_answers_are_retried(engine, relay) -> None:
    relay.inject("poll", gzip_fault(b"\x1f\x8b\x08\x00 this is not gzip at all"), times=3)
    job = engine.submit(REQUEST)
    final = await asyncio.wait_for(engine.wait(job.id), 20)
    assert final.state is JobState.DONE, final.error
    assert relay.count("POST", "/v1/videos") == 1


async def test_redirect_loop_on_poll_is_a_retryable_error(relay, client) -> None:
    task = await client.create(generic_body(REQUEST))
    loop = Fault("status", 302, b"", headers={"Location": f"/v1/videos/{task.task_id}"})
    relay.inject("poll", loop, times=25)
    with pytest.raises(TransientError) as caught:
        await client.poll(task.task_id)
    assert "TooManyRedirects" in caught.value.message
    assert TOKEN not in caught.value.message + caught.value.relay_text + caught.value.detail


def _stopped_job(relay: SimulatedRelay, db: Path, task_id: str) -> Job:
    store = JobStore(db)
    try:
        job = Job("generic-video", "stopped after an odd answer", base_url=relay.base_url)
        job.state, job.task_id, job.error_kind = JobState.STOPPED, task_id, "internal"
        job.submitted_at = job.created_at
        return store.add(job)
    finally:
        store.close()


def test_resume_stopped_tracks_stopped_jobs_without_creating(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    created = run_cli("generate", "--prompt", "seed a task", "--model", "generic-video", env=env)
    assert created.returncode == 0, created.stderr
    task_id = json.loads(run_cli("jobs", "--json", env=env).stdout)[0]["task_id"]
    _stopped_job(relay, yzx_home / "data" / "jobs.sqlite3", task_id)
    _stopped_job(relay, yzx_home / "data" / "jobs.sqlite3", None)  # no task id: left alone
    plain = run_cli("resume", "--poll-interval", "0.1", env=env)
    assert "nothing to resume" in plain.stdout
    result = run_cli("resume", "--stopped", "--poll-interval", "0.1", env=env)
    assert result.returncode == 0, result.stderr
    jobs = json.loads(run_cli("jobs", "--json", env=env).stdout)
    assert [j["state"] for j in jobs] == ["done", "done", "stopped"]
    assert Path(jobs[1]["file_path"]).read_bytes() == relay.served_video(task_id)
    assert relay.count("POST", "/v1/videos") == 1


# ---- 3 and 8: a video server that compresses, ignores Range, cuts transfers ------------------
class VideoServer:
    """``/v1/videos/{id}/content`` serving :data:`CLIP` the way misbehaving proxies do."""

    def __init__(
        self,
        *,
        gzip_when_asked: bool = False,
        gzip_always: bool = False,
        ignore_range: bool = False,
        range_from_zero: bool = False,
        cut_first: int = 0,
    ) -> None:
        self.gzip_when_asked, self.gzip_always = gzip_when_asked, gzip_always
        self.ignore_range, self.range_from_zero = ignore_range, range_from_zero
        self.cuts_left = cut_first
        self.requests: list[dict[str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(dict(self.headers))
                accepted = self.headers.get("Accept-Encoding", "")
                compress = server.gzip_always or (server.gzip_when_asked and "gzip" in accepted)
                body, status, headers = CLIP, 200, {"Content-Type": "video/mp4"}
                wanted = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
                if compress:
                    body = gzip.compress(CLIP)
                    headers["Content-Encoding"] = "gzip"
                elif wanted and server.range_from_zero:
                    status = 206
                    headers["Content-Range"] = f"bytes 0-{len(CLIP) - 1}/{len(CLIP)}"
                elif wanted and not server.ignore_range:
                    start = int(wanted.group(1))
                    body, status = CLIP[start:], 206
                    headers["Content-Range"] = f"bytes {start}-{len(CLIP) - 1}/{len(CLIP)}"
                headers["Content-Length"] = str(len(body))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if server.cuts_left > 0:
                    server.cuts_left -= 1
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.wfile.write(body)

        return Handler


@pytest.fixture
def video_server(request) -> Iterator[VideoServer]:
    server = VideoServer(**getattr(request, "param", {}))
    yield server
    server.close()


async def _download_until_whole(server: VideoServer, target: Path, attempts: int = 6) -> int:
    async with RelayClient(server.base_url, TOKEN) as client:
        for _ in range(attempts):
            try:
                return await download_video(client, "task-1", None, target, lambda d, t: None)
            except TransientError:
                continue
    raise AssertionError(f"no whole video after {attempts} attempts")


@pytest.mark.parametrize("video_server", [{"gzip_when_asked": True}], indirect=True)
async def test_video_is_asked_for_uncompressed(video_server, tmp_path) -> None:
    target = tmp_path / "v.mp4"
    await _download_until_whole(video_server, target)
    assert target.read_bytes() == CLIP
    assert all(r["Accept-Encoding"] == "identity" for r in video_server.requests)


@pytest.mark.parametrize("video_server", [{"gzip_always": True}], indirect=True)
async def test_video_compressed_anyway_is_saved_decoded_with_its_sha256(
    video_server, relay, store, yzx_home
) -> None:
    job = Job(
        "generic-video", "compressed anyway", base_url=relay.base_url, state=JobState.DOWNLOADING
    )
    job.task_id, job.progress = "video-task-gz", 100
    job.video_url = f"{video_server.base_url}/videos/task-1/content"
    store.add(job)
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
        engine.resume_all()
        final = await asyncio.wait_for(engine.wait(job.id), 10)
        await engine.shutdown()
    assert final.state is JobState.DONE, final.error
    video = Path(final.file_path)
    assert video.read_bytes() == CLIP
    sidecar = json.loads(video.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["sha256"] == hashlib.sha256(CLIP).hexdigest()


@pytest.mark.parametrize(
    "video_server",
    [
        {"ignore_range": True, "cut_first": 2},
        {"range_from_zero": True, "cut_first": 1},
        {"gzip_always": True, "cut_first": 2},
    ],
    indirect=True,
)
async def test_a_body_that_does_not_continue_the_part_file_is_never_appended(
    video_server, tmp_path
) -> None:
    target = tmp_path / "v.mp4"
    size = await _download_until_whole(video_server, target)
    assert size == len(CLIP) and target.read_bytes() == CLIP
    assert not part_path(target).exists()


async def test_download_survives_more_cuts_than_attempts(store, relay, yzx_home) -> None:
    """new-api's /content ends every transfer after 60 s; each cut must still bring progress."""
    relay.video_bytes, relay.throttle = 3_000_000, 30_000_000
    relay.plan_next(TaskPlan(url_location="content"))
    relay.inject("download", Fault("truncate"), times=12)
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos", download_attempts=4))
        job = engine.submit(REQUEST)
        final = await asyncio.wait_for(engine.wait(job.id), 30)
        await engine.shutdown()
    assert final.state is JobState.DONE, final.error
    assert Path(final.file_path).read_bytes() == relay.served_video(final.task_id)
    assert len(relay.matching("GET", r"/v1/videos/[\w-]+/content")) == 13


# ---- 4: two jobs never share a file name ------------------------------------------------------
async def test_two_jobs_finishing_together_get_different_names(store, relay, yzx_home) -> None:
    relay.plan_next(TaskPlan(url_location="content"))
    relay.plan_next(TaskPlan(url_location="content"))
    not_ready = Fault("status", 400, {"error": {"message": "task is not completed yet"}})
    relay.inject("download", not_ready, times=2)
    config = fast_config(yzx_home / "videos", filename_template="{model}_{prompt}")
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, config)
        jobs = [engine.submit(REQUEST), engine.submit(REQUEST)]
        finals = [await asyncio.wait_for(engine.wait(job.id), 20) for job in jobs]
        await engine.shutdown()
    assert all(job.state is JobState.DONE for job in finals), [j.error for j in finals]
    paths = sorted(Path(job.file_path).name for job in finals)
    assert paths == [
        "generic-video_a-lighthouse-in-a-storm (2).mp4",
        "generic-video_a-lighthouse-in-a-storm.mp4",
    ]
    for job in finals:
        assert Path(job.file_path).read_bytes() == relay.served_video(job.task_id)


NAMERS, NAMES_EACH = 6, 25


def _reserve_and_finish(folder: str, worker: int, barrier, names) -> None:
    """In a child process: reserve a name, write the video and rename it in, again and again."""
    barrier.wait()
    for number in range(NAMES_EACH):
        target = reserve_path(Path(folder), "same.mp4")
        part_path(target).write_bytes(f"{worker}-{number}".encode())
        part_path(target).replace(target)
        names.put(target.name)


def test_processes_never_pick_the_same_name(tmp_path) -> None:
    spawn = multiprocessing.get_context("spawn")
    barrier, names = spawn.Barrier(NAMERS), spawn.Queue()
    workers = [
        spawn.Process(target=_reserve_and_finish, args=(str(tmp_path), n, barrier, names))
        for n in range(NAMERS)
    ]
    for worker in workers:
        worker.start()
    taken = [names.get(timeout=60) for _ in range(NAMERS * NAMES_EACH)]
    for worker in workers:
        worker.join(60)
    assert len(set(taken)) == len(taken)
    written = {path.read_text() for path in tmp_path.glob("*.mp4")}
    assert written == {f"{w}-{n}" for w in range(NAMERS) for n in range(NAMES_EACH)}


async def test_a_reserved_name_is_downloaded_on_resume(store, relay, client, yzx_home) -> None:
    """After a crash between reserving a name and the first byte, the download still runs."""
    task = await client.create(generic_body(REQUEST))
    target = reserve_path(yzx_home / "videos", "reserved.mp4")
    assert part_path(target).exists() and not target.exists()
    assert reserve_path(yzx_home / "videos", "reserved.mp4").name == "reserved (2).mp4"
    job = Job("generic-video", REQUEST.prompt, base_url=relay.base_url, state=JobState.DOWNLOADING)
    job.task_id, job.progress, job.file_path = task.task_id, 100, str(target)
    store.add(job)
    await asyncio.sleep(0.6)  # the relay finishes the task
    engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
    engine.resume_all()
    final = await asyncio.wait_for(engine.wait(job.id), 10)
    await engine.shutdown()
    assert final.state is JobState.DONE and final.file_path == str(target)
    assert target.read_bytes() == relay.served_video(task.task_id)
