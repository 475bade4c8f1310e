"""The demo relay across restarts: a preferred port, and tasks kept in a state file."""

from __future__ import annotations

import base64
import io
import json
import socket
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import av
import httpx
from PIL import Image

from tests.relay_faults import FaultyRelay
from yzx_desktop.demo.server import SimulatedRelay


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_identity_is_cheap_to_import_and_no_address() -> None:
    code = (
        "import sys; from yzx_desktop.demo import DEMO_BASE_URL_IDENTITY as i; "
        "print(i, 'yzx_desktop.demo.server' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["demo://simulated-relay/v1", "False"], result.stderr


def test_preferred_port_when_free_else_any() -> None:
    port = free_port()
    with SimulatedRelay.preferred(port=port) as first:
        assert first.port == port and first.base_url == f"http://127.0.0.1:{port}/v1"
        with SimulatedRelay.preferred(port=port, queue_seconds=1.0) as second:
            assert second.port not in (0, port)
            assert second.default_plan.queue_seconds == 1.0


def relay_at(state: Path, **options: float) -> SimulatedRelay:
    return SimulatedRelay(state_file=state, **options).start()


def http_for(relay: SimulatedRelay) -> httpx.Client:
    headers = {"Authorization": "Bearer demo-token"}
    return httpx.Client(base_url=relay.base_url, headers=headers, timeout=30)


def finished(http: httpx.Client, task_id: str, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while (video := http.get(f"/videos/{task_id}").json())["status"] != "completed":
        assert "error" not in video and time.monotonic() < deadline, video
        time.sleep(0.05)
    return video


def first_frame(data: bytes) -> Image.Image:
    with av.open(io.BytesIO(data)) as container:
        return next(container.decode(container.streams.video[0])).to_image()


FIRST = Image.new("RGB", (640, 360), (250, 200, 0))


def png_base64(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_a_task_goes_on_after_a_restart_and_downloads(tmp_path: Path) -> None:
    """Its clip still to be made when the relay stops: the next relay makes it from the saved
    image, on the saved timeline (not the new relay's), and serves it over HTTP."""
    state = tmp_path / "demo" / "tasks.json"
    first = FaultyRelay(state_file=state, queue_seconds=0.6, run_seconds=0.6).start()
    first.render_next(Future())  # never made by this relay
    with http_for(first) as http:
        body = {"model": "kling-v1-6", "prompt": "kept", "image": png_base64(FIRST)}
        created = http.post("/videos", json=body)
        assert created.status_code == 200, created.text
        task_id = created.json()["id"]
        before = http.get(f"/video/generations/{task_id}").json()["data"]
    first.stop()
    assert len(list((tmp_path / "demo" / "tasks-files").iterdir())) == 1  # the image

    second = relay_at(state, queue_seconds=300, run_seconds=300)
    try:
        assert second.port != first.port and second.task_ids() == [task_id]
        with http_for(second) as http:
            video = finished(http, task_id)
            assert video["metadata"]["images"]["first"] is True
            after = http.get(f"/video/generations/{task_id}").json()["data"]
            assert after["submit_time"] == before["submit_time"] and after["quota"] > 0
            download = http.get(video["data"][0]["url"].removeprefix(second.base_url))
        assert download.status_code == 200 and download.content[4:8] == b"ftyp"
        assert download.content == second.served_video(task_id)
        frame = first_frame(download.content).resize((1, 1)).getpixel((0, 0))
        assert all(abs(a - b) < 40 for a, b in zip(frame, (250, 200, 0), strict=True)), frame
    finally:
        second.stop()


def test_a_finished_task_serves_the_same_bytes_after_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "tasks.json"
    first = relay_at(state, queue_seconds=0.1, run_seconds=0.1)
    with http_for(first) as http:
        body = {"model": "veo_3_1-fast", "prompt": "kept", "duration": 4, "size": "720x1280"}
        task_id = http.post("/videos", json=body).json()["id"]
        finished(http, task_id)
        served = http.get(f"/videos/{task_id}/content").content
    first.stop()
    second = relay_at(state)
    try:
        with http_for(second) as http:
            assert http.get(f"/videos/{task_id}").json()["status"] == "completed"
            assert http.get(f"/videos/{task_id}/content").content == served
    finally:
        second.stop()


def test_tasks_older_than_a_week_are_dropped_with_their_files(tmp_path: Path) -> None:
    state = tmp_path / "tasks.json"
    first = relay_at(state, queue_seconds=0.1, run_seconds=0.1)
    with http_for(first) as http:
        old, new = (http.post("/videos", json={"model": "viduq1", "prompt": p}) for p in "ab")
        old_id, new_id = old.json()["id"], new.json()["id"]
        for task_id in (old_id, new_id):
            finished(http, task_id)
    first.stop()
    saved = json.loads(state.read_text())
    saved["tasks"][0]["created"] -= 8 * 24 * 3600
    state.write_text(json.dumps(saved))
    second = relay_at(state)
    try:
        assert second.task_ids() == [new_id]
        kept = {p.name for p in (tmp_path / "tasks-files").iterdir()}
        assert kept == {saved["tasks"][1]["clip"]}
    finally:
        second.stop()


def test_an_unreadable_state_file_starts_empty(tmp_path: Path) -> None:
    state = tmp_path / "tasks.json"
    state.write_text("{not json")
    relay = relay_at(state)
    try:
        assert relay.task_ids() == []
    finally:
        relay.stop()
