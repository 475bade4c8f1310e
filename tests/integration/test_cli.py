"""The headless command line, run as a user would: real processes, real relay, real files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import TOKEN
from tests.relay_faults import Fault, TaskPlan
from yzx_desktop.demo.server import SimulatedRelay


def cli_env(relay: SimulatedRelay, home: Path, token: str | None = TOKEN) -> dict[str, str]:
    env = {
        **os.environ,
        "YZX_HOME": str(home),
        "YZX_API_BASE": relay.base_url,
        "YZX_NO_KEYRING": "1",
    }
    env.pop("YZX_API_KEY", None)
    if token:
        env["YZX_API_KEY"] = token
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "yzx_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_generate_prints_path_last_and_jobs_lists_it(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    result = run_cli(
        "generate",
        "--prompt",
        "a cat",
        "--model",
        "generic-video",
        "--size",
        "720x1280",
        "--seed",
        "7",
        "--poll-interval",
        "0.1",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_file() and path.read_bytes()[4:8] == b"ftyp"
    listed = json.loads(run_cli("jobs", "--json", env=env).stdout)
    assert listed[0]["file_path"] == str(path) and listed[0]["state"] == "done"
    assert listed[0]["task_id"] and listed[0]["model"] == "generic-video"
    sent = json.loads(relay.matching("POST", "/v1/videos")[0].body)
    assert sent["size"] == "720x1280" and sent["seed"] == 7 and sent["duration"] == 5


def test_generate_out_folder(relay, yzx_home, tmp_path) -> None:
    out = tmp_path / "renders"
    result = run_cli(
        "generate",
        "--prompt",
        "x",
        "--model",
        "generic-video",
        "--out",
        str(out),
        "--poll-interval",
        "0.1",
        env=cli_env(relay, yzx_home),
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip().splitlines()[-1]).parent == out


def test_generate_failure_is_one_line_and_nonzero(relay, yzx_home) -> None:
    result = run_cli(
        "generate",
        "--prompt",
        "x",
        "--model",
        "generic-video",
        "--poll-interval",
        "0.1",
        env=cli_env(relay, yzx_home, token="bad"),
    )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: failed: The relay refused the token") and "video group" in last
    assert "The relay said: 无效的令牌" in last


def test_generate_uncertain_exits_nonzero(relay, yzx_home) -> None:
    relay.inject("create", Fault("drop"))
    result = run_cli(
        "generate",
        "--prompt",
        "x",
        "--model",
        "generic-video",
        "--poll-interval",
        "0.1",
        env=cli_env(relay, yzx_home),
    )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: uncertain: ") and "never charged twice" in last
    assert relay.count("POST", "/v1/videos") == 1


def test_generate_without_token_explains(relay, yzx_home) -> None:
    result = run_cli(
        "generate",
        "--prompt",
        "x",
        "--model",
        "generic-video",
        env=cli_env(relay, yzx_home, token=None),
    )
    assert result.returncode != 0 and "YZX_API_KEY" in result.stderr
    assert relay.count("POST", "/v1/videos") == 0


def test_timeout_keeps_job_for_resume(relay, yzx_home) -> None:
    relay.plan_next(TaskPlan(queue_seconds=4))
    env = cli_env(relay, yzx_home)
    result = run_cli(
        "generate",
        "--prompt",
        "x",
        "--model",
        "generic-video",
        "--poll-interval",
        "0.2",
        "--timeout",
        "1",
        env=env,
    )
    assert result.returncode != 0 and "resume" in result.stderr
    resumed = run_cli("resume", "--poll-interval", "0.2", env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert relay.count("POST", "/v1/videos") == 1


def _job_row(db: Path) -> tuple | None:
    if not db.exists():
        return None
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT state, task_id FROM jobs").fetchone()
    except sqlite3.Error:
        return None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_poll_then_resume_finishes_same_task(relay, yzx_home) -> None:
    relay.plan_next(TaskPlan(queue_seconds=3, run_seconds=0.5))
    env = cli_env(relay, yzx_home)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "yzx_desktop",
            "generate",
            "--prompt",
            "killed",
            "--model",
            "generic-video",
            "--poll-interval",
            "0.2",
            "--out",
            str(yzx_home / "chosen"),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    db = yzx_home / "data" / "jobs.sqlite3"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        row = _job_row(db)
        if row and row[1] and relay.count("GET", r"/v1/videos/[\w-]+") >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    state, task_id = _job_row(db)
    assert state in ("queued", "running") and task_id
    result = run_cli("resume", "--poll-interval", "0.2", env=env)
    assert result.returncode == 0, result.stderr
    job = json.loads(run_cli("jobs", "--json", env=env).stdout)[0]
    assert job["state"] == "done" and job["task_id"] == task_id
    assert Path(job["file_path"]).parent == yzx_home / "chosen"  # resume keeps --out
    assert Path(job["file_path"]).read_bytes() == relay.served_video(task_id)
    assert relay.count("POST", "/v1/videos") == 1


def test_models_lists_video_models_only(relay, yzx_home) -> None:
    result = run_cli("models", env=cli_env(relay, yzx_home))
    assert result.returncode == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == sorted(set(relay.models))
    assert "gpt-4o-mini" not in result.stdout


def test_models_json_gives_family_and_capabilities(relay, yzx_home) -> None:
    result = run_cli("models", "--json", env=cli_env(relay, yzx_home))
    assert result.returncode == 0, result.stderr
    by_id = {m["id"]: m for m in json.loads(result.stdout)}
    assert by_id["veo_3_1-fast"]["family"] == "veo"
    assert by_id["veo_3_1-fast"]["durations"] == [4, 6, 8]
    assert by_id["veo_3_1-fast-fl"]["images"] == {"first": 1, "last": 1}
    assert by_id["generic-video"] == {
        "id": "generic-video",
        "owned_by": by_id["generic-video"]["owned_by"],
        "family": None,
        "sent_as_typed": True,
    }


def test_impossible_request_exits_before_any_post_naming_the_allowed_values(
    relay, yzx_home
) -> None:
    env = cli_env(relay, yzx_home)
    result = run_cli(
        "generate", "--prompt", "x", "--model", "veo_3_1-fast", "--duration", "5", env=env
    )
    assert result.returncode != 0
    assert "4, 6, 8 seconds, not 5" in result.stderr and "Nothing was sent" in result.stderr
    result = run_cli(
        "generate", "--prompt", "x", "--model", "veo_3_1-fast", "--size", "1000x1000", env=env
    )
    assert result.returncode != 0 and "ratio 16:9/9:16" in result.stderr
    result = run_cli(
        "generate", "--prompt", "x", "--model", "veo_3_1-fast", "--image", "x", env=env
    )
    assert result.returncode != 0 and "first=PATH" in result.stderr
    assert relay.count("POST", r"/v1/videos?") == 0
    assert json.loads(run_cli("jobs", "--json", env=env).stdout) == []


def test_generate_with_first_and_last_frame_sends_them_where_the_family_reads_them(
    relay, yzx_home, tmp_path
) -> None:
    from PIL import Image

    Image.new("RGB", (640, 360), (250, 40, 40)).save(tmp_path / "first.png")
    Image.new("RGB", (640, 360), (40, 40, 250)).save(tmp_path / "last.jpg")
    env = cli_env(relay, yzx_home)
    result = run_cli(
        "generate",
        "--prompt",
        "a red door opens onto the sea",
        "--model",
        "veo_3_1-fast-fl",
        "--duration",
        "4",
        "--aspect",
        "9:16",
        "--resolution",
        "720p",
        "--image",
        f"first={tmp_path / 'first.png'}",
        "--image",
        f"last={tmp_path / 'last.jpg'}",
        "--poll-interval",
        "0.1",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    sent = json.loads(relay.matching("POST", "/v1/videos")[0].body)
    assert sent["duration"] == 4 and sent["size"] == "720x1280"
    assert [_pixel(url) for url in sent["images"]] == [(250, 40, 40), (40, 40, 250)]
    job = json.loads(run_cli("jobs", "--json", env=env).stdout)[0]
    sidecar = json.loads(Path(job["file_path"]).with_suffix(".json").read_text("utf-8"))
    assert [i["role"] for i in sidecar["inputs"]] == ["first", "last"]
    for image in sidecar["inputs"]:
        stored = yzx_home / "videos" / "inputs" / image["file"]
        assert stored.name.startswith(image["sha256"])
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == image["sha256"]
    assert sidecar["sent_body"]["images"][0].startswith("<first image sha256:")
    # what the "provider" understood, as the relay reported it
    assert sidecar["relay_reported"]["seconds"] == "4"
    assert sidecar["relay_reported"]["size"] == "720x1280"


def _pixel(data_url: str) -> tuple[int, int, int]:
    from PIL import Image

    from yzx_desktop.media.images import decode_data_url

    mime, data = decode_data_url(data_url)
    assert mime in ("image/png", "image/jpeg")
    return Image.open(io.BytesIO(data)).convert("RGB").getpixel((10, 10))


def test_token_never_written_anywhere(relay, yzx_home) -> None:
    """Run success and failure paths, including a relay that echoes the key, then grep."""
    env = cli_env(relay, yzx_home)
    echo = {"error": {"message": f"Incorrect API key provided: {TOKEN}", "code": "invalid_key"}}
    relay.inject("create", Fault("status", 401, echo))
    run_cli("generate", "--prompt", "a", "--model", "generic-video", env=env)
    relay.inject("poll", Fault("status", 500, {"error": {"message": f"Bearer {TOKEN} bad"}}))
    ok = run_cli(
        "generate", "--prompt", "b", "--model", "generic-video", "--poll-interval", "0.1", env=env
    )
    assert ok.returncode == 0, ok.stderr
    files = [p for p in yzx_home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".json" for p in files) and any(p.suffix == ".log" for p in files)
    for path in files:
        assert TOKEN.encode() not in path.read_bytes(), path
    assert TOKEN not in ok.stdout + ok.stderr


def test_demo_server_command_serves_a_generation(yzx_home, tmp_path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "yzx_desktop",
            "demo-server",
            "--port",
            str(port),
            "--queue-seconds",
            "0.2",
            "--run-seconds",
            "0.3",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "YZX_HOME": str(yzx_home)},
    )
    try:
        assert "simulated relay" in server.stdout.readline()
        env = {
            **os.environ,
            "YZX_HOME": str(yzx_home),
            "YZX_API_KEY": "anything",
            "YZX_API_BASE": f"http://127.0.0.1:{port}/v1",
        }
        result = run_cli(
            "generate",
            "--prompt",
            "a cat",
            "--model",
            "veo_3_1-fast",
            "--poll-interval",
            "0.1",
            env=env,
        )
        assert result.returncode == 0, result.stderr
        assert Path(result.stdout.strip().splitlines()[-1]).stat().st_size > 1000
    finally:
        server.terminate()
        server.wait(10)


async def test_resume_leaves_jobs_another_process_is_tracking(relay, yzx_home) -> None:
    """A window (here: an engine in this process) holds its job; `resume` must not touch it."""
    import asyncio

    from tests.conftest import fast_config
    from yzx_desktop.api.client import RelayClient
    from yzx_desktop.api.types import CreateRequest
    from yzx_desktop.jobs.engine import JobEngine
    from yzx_desktop.jobs.store import JobStore

    relay.plan_next(TaskPlan(queue_seconds=30))
    store = JobStore()
    async with RelayClient(relay.base_url, TOKEN) as client:
        engine = JobEngine(store, client, fast_config(yzx_home / "videos"))
        job = engine.submit(CreateRequest("generic-video", "held by the window"))
        while not store.get(job.id).task_id:
            await asyncio.sleep(0.01)
        result = await asyncio.to_thread(
            run_cli, "resume", "--poll-interval", "0.1", env=cli_env(relay, yzx_home)
        )
        await engine.shutdown()
    store.close()
    assert result.returncode == 0, result.stderr
    assert "tracked by another running YZX Video Studio" in result.stdout
    assert relay.count("POST", "/v1/videos") == 1


def test_generate_takes_and_a_sweep_make_one_set(relay, yzx_home) -> None:
    env = cli_env(relay, yzx_home)
    common = ("--prompt", "a kite", "--model", "veo_3_1-fast", "--duration", "6")
    result = run_cli(
        "generate", *common, "--takes", "2", "--sweep-model", "doubao-seedance-1-0-pro",
        "--poll-interval", "0.1", env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.split()]
    assert len(paths) == 4 and all(p.is_file() for p in paths)
    listed = json.loads(run_cli("jobs", "--json", env=env).stdout)
    assert len({j["take_set"] for j in listed}) == 1
    assert (
        sorted(j["model"] for j in listed) == ["doubao-seedance-1-0-pro"] * 2 + ["veo_3_1-fast"] * 2
    )
    by_model = {m: {j["seed"] for j in listed if j["model"] == m} for m in ("veo_3_1-fast",)}
    assert len(by_model["veo_3_1-fast"]) == 2
    refused = run_cli("generate", *common, "--takes", "9", env=env)
    assert refused.returncode != 0 and "between 1 and 8" in refused.stderr
    assert relay.count("POST", r"/v1/.*") == 4
