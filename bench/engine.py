"""Engine benchmark: event-loop stall, download speed against curl, poll rate, peak RSS.

Run: ``.venv/bin/python bench/engine.py`` (about 90 s). Prints one line per figure.
The relays run in child processes so their threads never share the measured loop's GIL.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.jobs.download import download_video
from yzx_desktop.jobs.engine import EngineConfig, JobEngine
from yzx_desktop.jobs.store import JobStore

VIDEO_BYTES = 100 * 1024 * 1024
POLLING_JOBS = 200
DOWNLOADS = 4
WINDOW = 60.0  # seconds of steady polling measured
TOKEN = "bench-token"

RELAY_SCRIPT = """
import sys, time
from yzx_desktop.demo.server import SimulatedRelay
relay = SimulatedRelay(queue_seconds=float(sys.argv[1]), run_seconds=float(sys.argv[2]),
                       video_bytes=int(sys.argv[3]))
print(relay.port, flush=True)
relay.serve_forever()
"""


def start_relay(queue: float, run: float, video_bytes: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", RELAY_SCRIPT, str(queue), str(run), str(video_bytes)],
        stdout=subprocess.PIPE,
        text=True,
    )
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/v1"


class CountingTransport(httpx.AsyncHTTPTransport):
    """Counts polls (``GET /videos/{id}``) per task id."""

    def __init__(self) -> None:
        super().__init__()
        self.polls: dict[str, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        parts = request.url.path.rstrip("/").split("/")
        if request.method == "GET" and len(parts) >= 2 and parts[-2] == "videos":
            self.polls[parts[-1]] = self.polls.get(parts[-1], 0) + 1
        return await super().handle_async_request(request)


async def heartbeat(samples: list[float], stop: asyncio.Event, period: float = 0.005) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        start = loop.time()
        await asyncio.sleep(period)
        samples.append((loop.time() - start - period) * 1000)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def curl_speed(url: str, dest: Path) -> float:
    out = subprocess.run(
        [
            "curl",
            "-s",
            "-o",
            str(dest),
            "-w",
            "%{speed_download}",
            "-H",
            f"Authorization: Bearer {TOKEN}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out) / 1e6


async def our_speed(client: RelayClient, task_id: str, dest: Path) -> float:
    dest.unlink(missing_ok=True)
    began = time.perf_counter()
    size = await download_video(client, task_id, None, dest, lambda d, t: None)
    return size / (time.perf_counter() - began) / 1e6


async def finished_task(client: RelayClient) -> str:
    snapshot = await client.create(
        {"model": "kling-v1-6", "prompt": "bench download", "duration": 5}
    )
    while (await client.poll(snapshot.task_id)).state.value != "done":
        await asyncio.sleep(0.05)
    return snapshot.task_id


async def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="yzx-bench-"))
    os.environ["YZX_HOME"] = str(work / "home")
    fast_proc, fast_base = start_relay(0.0, 0.0, VIDEO_BYTES)
    slow_proc, slow_base = start_relay(1e6, 0.0, 0)  # tasks that queue for ever: pure polling
    try:
        async with RelayClient(fast_base, TOKEN) as dl_client:
            # 1. single-stream speed, ours against curl, interleaved, median of 3
            task_id = await finished_task(dl_client)
            url = dl_client.content_url(task_id)
            curl_runs, our_runs = [], []
            for _ in range(3):
                curl_runs.append(curl_speed(url, work / "curl.mp4"))
                our_runs.append(await our_speed(dl_client, task_id, work / "ours.mp4"))
            curl_mbs, our_mbs = statistics.median(curl_runs), statistics.median(our_runs)
            print(
                f"download single 100MB: ours {our_mbs:.0f} MB/s, curl {curl_mbs:.0f} MB/s, "
                f"ratio {our_mbs / curl_mbs:.2f}x (median of 3; budget >= 0.5x)"
            )

            # 2. 200 jobs polling at the seed cadence + 4 downloads of 100 MB, one loop
            transport = CountingTransport()
            store = JobStore(work / "jobs.sqlite3")
            poll_client = RelayClient(slow_base, TOKEN, transport=transport, max_connections=64)
            engine = JobEngine(
                store,
                poll_client,
                EngineConfig(
                    library_dir=work / "poll-videos",
                    cadence=PollCadence(),
                    max_concurrent_creates=8,
                ),
                rng=random.Random(1),
            )
            samples: list[float] = []
            stop = asyncio.Event()
            beat = asyncio.create_task(heartbeat(samples, stop))
            for i in range(POLLING_JOBS):
                engine.submit(CreateRequest("kling-v1-6", f"bench job {i}", 5))
            began = time.perf_counter()
            dl_tasks = [await finished_task(dl_client) for _ in range(DOWNLOADS)]
            dl_began = time.perf_counter()
            sizes = await asyncio.gather(
                *(
                    download_video(dl_client, t, None, work / f"dl-{i}.mp4", lambda d, t: None)
                    for i, t in enumerate(dl_tasks)
                )
            )
            dl_seconds = time.perf_counter() - dl_began
            await asyncio.sleep(max(0.0, WINDOW - (time.perf_counter() - began)))
            elapsed = time.perf_counter() - began
            stop.set()
            await beat
            await engine.shutdown()
            await poll_client.aclose()
            store.close()

            polls = list(transport.polls.values())
            per_min = [p / (elapsed / 60) for p in polls]
            # seed: first poll >= 8 s after creation, then >= 8 s apart
            allowed = 1 + int((elapsed - 8) // 8)
            print(
                f"concurrent {DOWNLOADS} x 100MB under {POLLING_JOBS} polling jobs: "
                f"{sum(sizes) / dl_seconds / 1e6:.0f} MB/s aggregate in {dl_seconds:.1f} s"
            )
            print(
                f"event-loop stall (5 ms heartbeat, {len(samples)} beats): "
                f"p99 {percentile(samples, 0.99):.2f} ms, max {max(samples):.2f} ms, "
                f"median {statistics.median(samples):.2f} ms (budget p99 < 16, max < 50)"
            )
            print(
                f"polls per job per minute over {elapsed:.0f} s: median "
                f"{statistics.median(per_min):.2f}, max {max(per_min):.2f}; most polls of one "
                f"job {max(polls)} (seed cadence allows {allowed}); jobs polled {len(polls)}"
            )
    finally:
        for proc in (fast_proc, slow_proc):
            proc.terminate()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the benchmark process: {rss:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
