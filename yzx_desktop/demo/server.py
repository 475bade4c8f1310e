"""A simulated relay with realistic timing and injectable faults, on real sockets.

It runs on stdlib ``http.server`` threads so it never shares an event loop with the
client under test, and so a fault can be placed byte-exactly (a dropped connection after the
request, a body cut in half).
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import threading
import time
import uuid
import zlib
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from yzx_desktop import paths

logger = logging.getLogger(__name__)

DEFAULT_MODELS = (
    "sora-2",
    "sora-2-pro",
    "veo_3_1-fast",
    "veo_3_1-fast-hd",
    "veo_3_1-fast-fl",
    "veo_3_1-fast-fl-hd",
)
# Where a finished task's URL can sit (see PROTOCOL.md), plus "content" (no URL at all).
URL_LOCATIONS = (
    "data[0].url",
    "data.result_url",
    "result_url",
    "url",
    "video_url",
    "output_url",
    "download_url",
    "metadata.url",
    "data.url",
    "data.video_url",
    "result.url",
    "result.video_url",
    "content",
    "foreign",
    "bad_result_url",
)


@dataclass
class TaskPlan:
    """How one task behaves. Unset fields take the relay's defaults."""

    queue_seconds: float | None = None
    run_seconds: float | None = None
    statuses: tuple[str, str, str] | None = None  # waiting, running, done spellings
    url_location: str | None = None
    fail_message: str | None = None
    vanish: bool = False
    progress_as_text: bool = False


@dataclass
class Fault:
    """One injected misbehaviour for the next matching request."""

    kind: str  # "status" | "html" | "drop" | "truncate" | "no_id"
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    authorization: str | None
    at: float  # time.monotonic()
    origin: str  # "api" or "cdn"
    body: bytes = b""


@dataclass
class _Task:
    id: str
    model: str
    prompt: str
    created: float
    plan: TaskPlan
    clip: bytes


class SimulatedRelay:
    """Start with :meth:`start`; ``base_url`` is then ``http://127.0.0.1:PORT/v1``."""

    def __init__(
        self,
        *,
        queue_seconds: float = 2.0,
        run_seconds: float = 6.0,
        url_location: str = "data[0].url",
        models: tuple[str, ...] = DEFAULT_MODELS,
        token: str | None = None,
        video_bytes: int = 0,
        throttle_bytes_per_second: int = 0,
        port: int = 0,
    ) -> None:
        self.default_plan = TaskPlan(
            queue_seconds, run_seconds, ("queued", "in_progress", "completed"), url_location
        )
        self.models = list(models)
        self.token = token
        self.video_bytes = video_bytes
        self.throttle = throttle_bytes_per_second
        self.requests: list[RecordedRequest] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._plans: deque[TaskPlan] = deque()
        self._tasks: dict[str, _Task] = {}
        self._lock = threading.Lock()
        self._clips = [path.read_bytes() for path in demo_clip_paths()]
        self._padded: dict[tuple[int, int], bytes] = {}
        self._api = ThreadingHTTPServer(("127.0.0.1", port), _handler(self, "api"))
        self._cdn = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, "cdn"))
        for server in (self._api, self._cdn):
            server.daemon_threads = True

    # ---- lifecycle -------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._api.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def cdn_origin(self) -> str:
        return f"http://127.0.0.1:{self._cdn.server_address[1]}"

    def start(self) -> SimulatedRelay:
        for server in (self._api, self._cdn):
            thread = threading.Thread(
                target=server.serve_forever,
                args=(0.05,),
                daemon=True,
                name=f"relay-{server.server_address[1]}",
            )
            thread.start()
        return self

    def serve_forever(self) -> None:
        """Foreground mode for ``yzx-desktop demo-server``."""
        cdn = threading.Thread(target=self._cdn.serve_forever, daemon=True)
        cdn.start()
        try:
            self._api.serve_forever()
        finally:
            self._cdn.shutdown()

    def stop(self) -> None:
        for server in (self._api, self._cdn):
            server.shutdown()
            server.server_close()

    def __enter__(self) -> SimulatedRelay:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- test controls ---------------------------------------------------------------------
    def inject(self, route: str, fault: Fault, times: int = 1) -> None:
        """Make the next ``times`` requests of ``route`` (create, poll, download, models) fail."""
        with self._lock:
            self._faults.setdefault(route, deque()).extend([fault] * times)

    def plan_next(self, plan: TaskPlan) -> None:
        """The next created task follows ``plan``."""
        with self._lock:
            self._plans.append(plan)

    def count(self, method: str, pattern: str) -> int:
        return len(self.matching(method, pattern))

    def matching(self, method: str, pattern: str) -> list[RecordedRequest]:
        """Requests seen so far whose method and path match (``pattern`` is a regex)."""
        with self._lock:
            return [
                r for r in self.requests if r.method == method and re.fullmatch(pattern, r.path)
            ]

    # ---- behaviour -------------------------------------------------------------------------
    def _take_fault(self, route: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(route)
            return queue.popleft() if queue else None

    def _video_for(self, task: _Task) -> bytes:
        if not self.video_bytes or self.video_bytes <= len(task.clip) + 8:
            return task.clip
        key = (id(task.clip), self.video_bytes)
        with self._lock:
            if key not in self._padded:  # a trailing 'free' box keeps it a valid MP4
                pad = self.video_bytes - len(task.clip)
                self._padded[key] = task.clip + pad.to_bytes(4, "big") + b"free" + bytes(pad - 8)
            return self._padded[key]

    def _create(self, body: dict[str, Any]) -> tuple[int, Any]:
        model, prompt = body.get("model"), body.get("prompt")
        if not isinstance(model, str) or not isinstance(prompt, str) or not prompt.strip():
            return 400, {
                "error": {
                    "message": "model and prompt are required",
                    "type": "invalid_request_error",
                }
            }
        if model not in self.models:
            return 503, {
                "error": {
                    "message": f"当前分组 video 下对于模型 {model} 无可用渠道",
                    "type": "new_api_error",
                    "code": "model_not_found",
                }
            }
        if "#reject" in prompt:
            return 400, {
                "error": {
                    "message": "Your prompt was rejected by content moderation (内容审核未通过)",
                    "code": "content_policy_violation",
                }
            }
        with self._lock:
            plan = self._plans.popleft() if self._plans else TaskPlan()
        if "#fail" in prompt and plan.fail_message is None:
            plan.fail_message = "The video was blocked by the safety system (内容审核未通过)."
        task_id = f"video-task-{uuid.uuid4().hex[:12]}"
        clip = self._clips[zlib.crc32(prompt.encode()) % len(self._clips)]
        task = _Task(task_id, model, prompt, time.monotonic(), plan, clip)
        with self._lock:
            self._tasks[task_id] = task
        return 200, {
            "id": task_id,
            "task_id": task_id,
            "object": "video",
            "model": model,
            "status": self._plan(task).statuses[0],
            "created": int(time.time()),
        }

    def _plan(self, task: _Task) -> TaskPlan:
        d, p = self.default_plan, task.plan
        return TaskPlan(
            p.queue_seconds if p.queue_seconds is not None else d.queue_seconds,
            p.run_seconds if p.run_seconds is not None else d.run_seconds,
            p.statuses or d.statuses,
            p.url_location or d.url_location,
            p.fail_message,
            p.vanish,
            p.progress_as_text,
        )

    def _phase(self, task: _Task) -> tuple[str, int]:
        plan = self._plan(task)
        elapsed = time.monotonic() - task.created
        if elapsed < plan.queue_seconds:
            return "waiting", 0
        if elapsed < plan.queue_seconds + plan.run_seconds:
            return "running", int(
                100 * (elapsed - plan.queue_seconds) / max(plan.run_seconds, 1e-6)
            )
        return ("failed", 100) if plan.fail_message else ("done", 100)

    def _status(self, task_id: str) -> tuple[int, Any]:
        task = self._tasks.get(task_id)
        if task is None or task.plan.vanish:
            return 404, {"error": {"message": "task_not_exist", "code": "task_not_exist"}}
        plan = self._plan(task)
        phase, progress = self._phase(task)
        body: dict[str, Any] = {
            "id": task.id,
            "object": "video",
            "model": task.model,
            "created_at": int(time.time()),
        }
        if phase == "failed":
            body.update(
                status="failed",
                error={"message": plan.fail_message, "code": "content_policy_violation"},
            )
            return 200, body
        waiting, running, done = plan.statuses
        status = {"waiting": waiting, "running": running, "done": done}[phase]
        body["status"] = status
        body["progress"] = f"{progress}%" if plan.progress_as_text else progress
        if phase == "done":
            self._place_url(body, task, plan.url_location)
        return 200, body

    def _place_url(self, body: dict[str, Any], task: _Task, location: str) -> None:
        url = f"{self.base_url}/files/{task.id}.mp4"
        if location == "content":
            return
        if location == "foreign":
            body["data"] = [{"url": f"{self.cdn_origin}/cdn/{task.id}.mp4?sig=demo"}]
        elif location == "bad_result_url":
            body["result_url"] = "Error: upstream returned no file"
        elif location == "data[0].url":
            body["data"] = [{"url": url, "duration": 5}]
        elif "." in location:
            outer, inner = location.split(".")
            body.setdefault(outer, {})[inner] = url
        else:
            body[location] = url

    def _authorised(self, header: str | None) -> bool:
        if not header or not header.startswith("Bearer ") or not header[7:].strip():
            return False
        return self.token is None or header[7:].strip() == self.token


def _handler(relay: SimulatedRelay, role: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "SimulatedRelay/1.0"

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("%s " + format, role, *args)

        def _record(self, method: str, body: bytes = b"") -> str:
            path = self.path.split("?", 1)[0]
            record = RecordedRequest(
                method, path, self.headers.get("Authorization"), time.monotonic(), role, body
            )
            with relay._lock:
                relay.requests.append(record)
            return path

        def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _apply_fault(self, fault: Fault) -> None:
            if fault.kind == "drop":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            if fault.kind == "html":
                page = (
                    f"<html><head><title>{fault.status} Bad Gateway</title></head><body>"
                    f"<center><h1>{fault.status} Bad Gateway</h1></center><hr>"
                    "<center>nginx</center></body></html>"
                ).encode()
                self.send_response(fault.status)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return
            body = fault.body
            if body is None:
                data = b""
            elif isinstance(body, bytes):
                data = body
            else:
                data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(fault.status)
            if body is not None and not isinstance(body, bytes):
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in fault.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def _read_body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def do_POST(self) -> None:
            raw = self._read_body()
            path = self._record("POST", raw)
            if role != "api" or path.rstrip("/") != "/v1/videos":
                return self._send_json(404, {"error": {"message": "not found"}})
            if not relay._authorised(self.headers.get("Authorization")):
                return self._send_json(
                    401,
                    {"error": {"message": "无效的令牌 (invalid token)", "type": "new_api_error"}},
                )
            fault = relay._take_fault("create")
            if fault and fault.kind != "no_id":
                return self._apply_fault(fault)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                return self._send_json(400, {"error": {"message": "invalid JSON body"}})
            status, answer = relay._create(body if isinstance(body, dict) else {})
            if fault and fault.kind == "no_id" and status == 200:
                answer = {k: v for k, v in answer.items() if k not in ("id", "task_id")}
            self._send_json(status, answer)

        def do_GET(self) -> None:
            path = self._record("GET")
            if role == "cdn":
                match = re.fullmatch(r"/cdn/([\w-]+)\.mp4", path)
                return self._serve_video(match.group(1) if match else "", "download")
            if not relay._authorised(self.headers.get("Authorization")):
                status = 403 if path.startswith("/v1/files/") else 401
                return self._send_json(
                    status,
                    {"error": {"message": "无效的令牌 (invalid token)", "type": "new_api_error"}},
                )
            if path == "/v1/models":
                fault = relay._take_fault("models")
                if fault:
                    return self._apply_fault(fault)
                extra = [
                    {
                        "id": "gpt-4o-mini",
                        "object": "model",
                        "owned_by": "openai",
                        "supported_endpoint_types": ["openai"],
                    },
                    {"id": "dall-e-3", "object": "model", "owned_by": "openai"},
                ]
                models = [
                    {
                        "id": m,
                        "object": "model",
                        "owned_by": "relay",
                        "supported_endpoint_types": ["openai-video"],
                    }
                    for m in relay.models
                ]
                return self._send_json(200, {"object": "list", "data": models + extra})
            if match := re.fullmatch(r"/v1/videos/([\w-]+)/content", path):
                return self._serve_video(match.group(1), "download", needs_done=True)
            if match := re.fullmatch(r"/v1/files/([\w-]+)\.mp4", path):
                return self._serve_video(match.group(1), "download")
            if match := re.fullmatch(r"/v1/videos/([\w-]+)", path):
                fault = relay._take_fault("poll")
                if fault:
                    return self._apply_fault(fault)
                return self._send_json(*relay._status(match.group(1)))
            self._send_json(404, {"error": {"message": f"no route {path}"}})

        def _serve_video(self, task_id: str, route: str, needs_done: bool = False) -> None:
            task = relay._tasks.get(task_id)
            if task is None:
                return self._send_json(404, {"error": {"message": "task_not_exist"}})
            if needs_done and relay._phase(task)[0] != "done":
                return self._send_json(400, {"error": {"message": "task is not completed yet"}})
            fault = relay._take_fault(route)
            if fault and fault.kind != "truncate":
                return self._apply_fault(fault)
            data = relay._video_for(task)
            start, status = 0, 200
            match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range", ""))
            if match:
                start = int(match.group(1))
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    return self.end_headers()
                status = 206
            self.send_response(status)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(len(data) - start))
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.end_headers()
            stop = len(data) if not fault else start + (len(data) - start) // 2
            self._write_paced(memoryview(data)[start:stop])
            if fault:  # truncated: hang up mid-body
                self.close_connection = True
                self.wfile.flush()
                self.connection.shutdown(2)

        def _write_paced(self, view: memoryview) -> None:
            step = 1 << 18
            began = time.monotonic()
            for offset in itertools.count(0, step):
                if offset >= len(view):
                    break
                self.wfile.write(view[offset : offset + step])
                if relay.throttle:
                    ahead = (offset + step) / relay.throttle - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)

    return Handler


def demo_clip_paths() -> list[Path]:
    return sorted((paths.resources_dir() / "demo").glob("*.mp4"))
