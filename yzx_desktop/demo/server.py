"""The simulated relay's HTTP side: routes on stdlib ``http.server`` threads, on real sockets.

It never shares an event loop with the client under test, and a fault can be placed
byte-exactly (a dropped connection after the request, a body cut in half).
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from yzx_desktop.demo.catalog import DEFAULT_MODELS, models_listing
from yzx_desktop.demo.clips import demo_clip_paths
from yzx_desktop.demo.simulation import (
    URL_LOCATIONS,
    Fault,
    RecordedRequest,
    Simulation,
    TaskPlan,
)

__all__ = [
    "DEFAULT_MODELS",
    "URL_LOCATIONS",
    "Fault",
    "RecordedRequest",
    "SimulatedRelay",
    "TaskPlan",
    "demo_clip_paths",
]

logger = logging.getLogger(__name__)

INVALID_TOKEN = {"error": {"message": "无效的令牌 (invalid token)", "type": "new_api_error"}}
CREATE_PATHS = {"/v1/videos": "videos", "/v1/video/generations": "generations"}
TASK_ID = r"([\w-]+)"
# (path pattern, handler method, fault route) for authorised GETs on the API origin.
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


class SimulatedRelay(Simulation):
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
        super().__init__(
            queue_seconds=queue_seconds,
            run_seconds=run_seconds,
            url_location=url_location,
            models=models,
            token=token,
            video_bytes=video_bytes,
            throttle_bytes_per_second=throttle_bytes_per_second,
        )
        self._api = ThreadingHTTPServer(("127.0.0.1", port), _handler(self, "api"))
        self._cdn = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, "cdn"))
        for server in (self._api, self._cdn):
            server.daemon_threads = True
        self.api_base, self.cdn_base = self.base_url, self.cdn_origin

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


def _handler(relay: SimulatedRelay, role: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "SimulatedRelay/1.0"

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("%s " + format, role, *args)

        def _record(self, method: str, body: bytes = b"") -> str:
            path = self.path.split("?", 1)[0]
            auth = self.headers.get("Authorization")
            relay.record(RecordedRequest(method, path, auth, time.monotonic(), role, body))
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

        # ---- routes ----------------------------------------------------------------------
        def do_POST(self) -> None:
            raw = self._read_body()
            path = self._record("POST", raw)
            endpoint = CREATE_PATHS.get(path.rstrip("/"))
            if role != "api" or endpoint is None:
                return self._send_json(404, {"error": {"message": "not found"}})
            if not relay.authorised(self.headers.get("Authorization")):
                return self._send_json(401, INVALID_TOKEN)
            fault = relay.take_fault("create")
            if fault and fault.kind != "no_id":
                return self._apply_fault(fault)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                return self._send_json(400, {"error": {"message": "invalid JSON body"}})
            status, answer, headers = relay.create(body if isinstance(body, dict) else {}, endpoint)
            if fault and fault.kind == "no_id" and status == 200:
                answer = {k: v for k, v in answer.items() if k not in ("id", "task_id")}
            self._send_json(status, answer, headers)

        def do_GET(self) -> None:
            path = self._record("GET")
            if role == "cdn":
                match = re.fullmatch(rf"/cdn/{TASK_ID}\.mp4", path)
                return self._serve_video(match.group(1) if match else "", "download")
            if self._route(path, PUBLIC_ROUTES):
                return
            if not relay.authorised(self.headers.get("Authorization")):
                return self._send_json(403 if path.startswith("/v1/files/") else 401, INVALID_TOKEN)
            if not self._route(path, GET_ROUTES):
                self._send_json(404, {"error": {"message": f"no route {path}"}})

        def _route(self, path: str, routes: tuple) -> bool:
            """Answer ``path`` from the first matching route (or its injected fault)."""
            for pattern, method, route in routes:
                if match := pattern.fullmatch(path):
                    fault = relay.take_fault(route) if route else None
                    if fault:
                        self._apply_fault(fault)
                    elif method in BILLING:
                        self._send_json(200, getattr(relay, method)())
                    else:
                        getattr(self, method)(*match.groups())
                    return True
            return False

        def _models(self) -> None:
            self._send_json(200, models_listing(relay.models))

        def _poll(self, task_id: str) -> None:
            self._send_json(*relay.video_status(task_id))

        def _task(self, task_id: str) -> None:
            self._send_json(*relay.task_status(task_id))

        def _content(self, task_id: str) -> None:
            self._serve_video(task_id, "download", needs_done=True)

        def _file(self, task_id: str) -> None:
            self._serve_video(task_id, "download")

        def _serve_video(self, task_id: str, route: str, needs_done: bool = False) -> None:
            task = relay._tasks.get(task_id)
            if task is None:
                return self._send_json(404, {"error": {"message": "task_not_exist"}})
            if needs_done and (phase := relay.phase(task)[0]) != "done":
                message = f"Task is not completed yet, current status: {phase}"
                return self._send_json(400, {"error": {"message": message}})
            fault = relay.take_fault(route)
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
