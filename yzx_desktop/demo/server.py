"""The simulated relay's HTTP side: routes on stdlib ``http.server`` threads, on real sockets.

It never shares an event loop with the client under test, and a fault can be placed
byte-exactly (a dropped connection after the request, a body cut in half).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from yzx_desktop.demo.catalog import DEFAULT_MODELS, models_listing
from yzx_desktop.demo.clips import demo_clip_paths
from yzx_desktop.demo.simulation import URL_LOCATIONS, RecordedRequest, Simulation, TaskPlan

__all__ = [
    "DEFAULT_MODELS",
    "DEMO_PORT",
    "URL_LOCATIONS",
    "RecordedRequest",
    "RelayHandler",
    "SimulatedRelay",
    "TaskPlan",
    "demo_clip_paths",
]

logger = logging.getLogger(__name__)

DEMO_PORT = 47613  # where :meth:`SimulatedRelay.preferred` listens when it can
INVALID_TOKEN = {"error": {"message": "无效的令牌 (invalid token)", "type": "new_api_error"}}
CREATE_PATHS = {"/v1/videos": "videos", "/v1/video/generations": "generations"}
TASK_ID = r"([\w-]+)"
# (path pattern, handler method, route) for authorised GETs on the API origin.
GET_ROUTES = (
    (re.compile(r"/v1/models"), "_models", "models"),
    (re.compile(rf"/v1/videos/{TASK_ID}/content"), "_content", None),
    (re.compile(rf"/v1/files/{TASK_ID}\.mp4"), "_file", None),
    (re.compile(rf"/v1/videos/{TASK_ID}"), "_poll", "poll"),
    (re.compile(rf"/v1/video/generations/{TASK_ID}"), "_task", "task"),
    (re.compile(r"/v1/dashboard/billing/subscription"), "subscription", "subscription"),
    (re.compile(r"/v1/dashboard/billing/usage"), "usage", "usage"),
    (re.compile(r"/api/usage/token/?"), "token_usage", "token_usage"),
)
# Routes new-api serves without a token: (path pattern, Simulation method, fault route).
PUBLIC_ROUTES = (
    (re.compile(r"/api/status"), "site_status", "status"),
    (re.compile(r"/api/pricing"), "pricing", "pricing"),
)
BILLING = frozenset({"subscription", "usage", "token_usage", "site_status", "pricing"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # On Windows SO_REUSEADDR would let a second app bind the same port as the first.
    allow_reuse_address = sys.platform != "win32"


class RelayHandler(BaseHTTPRequestHandler):
    """One connection to the relay's API or CDN origin (``role``).

    A subclass may misbehave through three hooks (the tests' fault injection does; the product
    never does): :meth:`intercept` answers a route in place of the relay, every JSON answer
    goes through :meth:`send_json` and every video body through :meth:`write_body`.
    """

    protocol_version = "HTTP/1.1"
    server_version = "SimulatedRelay/1.0"
    relay: SimulatedRelay
    role: str  # "api" | "cdn"

    def intercept(self, route: str) -> bool:
        """Answer ``route`` (create, poll, task, download, models, or a billing route:
        subscription, usage, token_usage, status, pricing) some other way; True when
        this has answered. Called once the request is authorised and, for a download, its task
        found."""
        return False

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        """Send a JSON answer."""
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def write_body(self, view: memoryview) -> None:
        """Write a video body whose headers are sent."""
        self.wfile.write(view)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.role, *args)

    def _record(self, method: str, body: bytes = b"") -> str:
        path = self.path.split("?", 1)[0]
        auth = self.headers.get("Authorization")
        self.relay.record(RecordedRequest(method, path, auth, time.monotonic(), self.role, body))
        return path

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # ---- routes ----------------------------------------------------------------------------
    def do_POST(self) -> None:
        raw = self._read_body()
        path = self._record("POST", raw)
        endpoint = CREATE_PATHS.get(path.rstrip("/"))
        if self.role != "api" or endpoint is None:
            return self.send_json(404, {"error": {"message": "not found"}})
        if not self.relay.authorised(self.headers.get("Authorization")):
            return self.send_json(401, INVALID_TOKEN)
        if self.intercept("create"):
            return None
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return self.send_json(400, {"error": {"message": "invalid JSON body"}})
        create = self.relay.create(body if isinstance(body, dict) else {}, endpoint)
        return self.send_json(*create)

    def do_GET(self) -> None:
        path = self._record("GET")
        if self.role == "cdn":
            match = re.fullmatch(rf"/cdn/{TASK_ID}\.mp4", path)
            return self._serve_video(match.group(1) if match else "")
        if self._route(path, PUBLIC_ROUTES):
            return None
        if not self.relay.authorised(self.headers.get("Authorization")):
            return self.send_json(403 if path.startswith("/v1/files/") else 401, INVALID_TOKEN)
        if not self._route(path, GET_ROUTES):
            self.send_json(404, {"error": {"message": f"no route {path}"}})
        return None

    def _route(self, path: str, routes: tuple) -> bool:
        """Answer ``path`` from the first matching route; billing routes are the relay's."""
        for pattern, method, route in routes:
            if match := pattern.fullmatch(path):
                if route and self.intercept(route):
                    return True
                if method in BILLING:
                    self.send_json(200, getattr(self.relay, method)())
                else:
                    getattr(self, method)(*match.groups())
                return True
        return False

    def _models(self) -> None:
        self.send_json(200, models_listing(self.relay.models))

    def _poll(self, task_id: str) -> None:
        self.send_json(*self.relay.video_status(task_id))

    def _task(self, task_id: str) -> None:
        self.send_json(*self.relay.task_status(task_id))

    def _content(self, task_id: str) -> None:
        self._serve_video(task_id, needs_done=True)

    def _file(self, task_id: str) -> None:
        self._serve_video(task_id)

    def _serve_video(self, task_id: str, needs_done: bool = False) -> None:
        task = self.relay._tasks.get(task_id)
        if task is None:
            return self.send_json(404, {"error": {"message": "task_not_exist"}})
        if needs_done and (phase := self.relay.phase(task)[0]) != "done":
            message = f"Task is not completed yet, current status: {phase}"
            return self.send_json(400, {"error": {"message": message}})
        if self.intercept("download"):
            return None
        data = self.relay._video_for(task)
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
        return self.write_body(memoryview(data)[start:])


class SimulatedRelay(Simulation):
    """Start with :meth:`start`; ``base_url`` is then ``http://127.0.0.1:PORT/v1``.

    ``state_file``: keep every task in this JSON file (its clip, or until then its input images,
    in a folder beside it) and take up the saved ones, so a task created before a restart goes
    on along its timeline, finishes and downloads; tasks older than seven days are dropped.
    ``video_bytes``: pad every video to this size (for download benchmarks).
    """

    handler: type[RelayHandler] = RelayHandler  # a subclass may serve through its own

    def __init__(
        self,
        *,
        queue_seconds: float = 2.0,
        run_seconds: float = 6.0,
        video_bytes: int = 0,
        port: int = 0,
        state_file: Path | None = None,
    ) -> None:
        self._api = _Server(("127.0.0.1", port), self._handler_for("api"))
        try:
            self._cdn = _Server(("127.0.0.1", 0), self._handler_for("cdn"))
        except OSError:
            self._api.server_close()
            raise
        super().__init__(
            queue_seconds=queue_seconds,
            run_seconds=run_seconds,
            video_bytes=video_bytes,
            state_file=state_file,
        )
        self.api_base, self.cdn_base = self.base_url, self.cdn_origin

    @classmethod
    def preferred(cls, port: int = DEMO_PORT, **options: Any) -> SimulatedRelay:
        """A relay on ``port`` when it is free, else on any free port: the demo's URLs then
        usually stay the same from one launch to the next. ``options`` as for the constructor."""
        try:
            return cls(port=port, **options)
        except OSError as exc:
            logger.info("demo port %d is taken (%s); using any free port", port, exc)
            return cls(port=0, **options)

    def _handler_for(self, role: str) -> type[RelayHandler]:
        return type(f"{role.title()}Handler", (self.handler,), {"relay": self, "role": role})

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
            self.close()

    def stop(self) -> None:
        for server in (self._api, self._cdn):
            server.shutdown()
            server.server_close()
        self.close()

    def __enter__(self) -> SimulatedRelay:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
