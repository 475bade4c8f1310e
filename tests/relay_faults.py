"""Test-only relay controls: injected faults, planned tasks and renders, one token, paced bodies."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from yzx_desktop.demo.adaptors import Understood
from yzx_desktop.demo.server import DEFAULT_MODELS, URL_LOCATIONS, RelayHandler, SimulatedRelay
from yzx_desktop.demo.simulation import TaskPlan

__all__ = ["DEFAULT_MODELS", "URL_LOCATIONS", "Fault", "FaultyRelay", "TaskPlan"]


@dataclass
class Fault:
    """One injected misbehaviour for the next matching request."""

    kind: str  # "status" | "html" | "drop" | "truncate" (downloads) | "no_id" (creates)
    #            | "slow" (the usual answer, after ``delay`` seconds)
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class FaultyHandler(RelayHandler):
    """Answers with the relay's injected faults; paces and cuts video bodies."""

    relay: FaultyRelay
    _cut = False  # this request's video body stops half-way
    _strip_id = False  # this request's create answer loses its task id

    def intercept(self, route: str) -> bool:
        self._cut = self._strip_id = False
        fault = self.relay.take_fault(route)
        if fault is None:
            return False
        if fault.kind == "slow":
            time.sleep(fault.delay)
            return False
        if fault.kind in ("truncate", "no_id"):
            self._cut, self._strip_id = fault.kind == "truncate", fault.kind == "no_id"
            return False
        self._answer(fault)
        return True

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        strip, self._strip_id = self._strip_id, False
        if strip and status == 200:
            body = {k: v for k, v in body.items() if k not in ("id", "task_id")}
        super().send_json(status, body, headers)

    def write_body(self, view: memoryview) -> None:
        cut, self._cut = self._cut, False
        if cut:
            view = view[: len(view) // 2]
        step, began, throttle = 1 << 18, time.monotonic(), self.relay.throttle
        for offset in range(0, len(view), step):
            self.wfile.write(view[offset : offset + step])
            ahead = (offset + step) / throttle - (time.monotonic() - began) if throttle else 0
            if ahead > 0:
                time.sleep(ahead)
        if cut:  # hang up mid-body
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(2)

    def _answer(self, fault: Fault) -> None:
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


class FaultyRelay(SimulatedRelay):
    """The demo relay with test controls: :meth:`inject`, :meth:`plan_next`, :meth:`render_next`.

    ``token``: only this Bearer token is accepted (any when None). ``models``: the listing.
    ``throttle`` (set it): video bodies go at most this many bytes per second (0: at once).
    """

    handler = FaultyHandler

    def __init__(
        self,
        *,
        token: str | None = None,
        models: tuple[str, ...] = DEFAULT_MODELS,
        **options: Any,
    ) -> None:
        self.token, self.throttle = token, 0
        self._controls = threading.Lock()
        self._faults: dict[str, deque[Fault]] = {}
        self._plans: deque[TaskPlan] = deque()
        self._renders: deque[Future[bytes]] = deque()
        super().__init__(**options)
        self.models = list(models)

    def inject(self, route: str, fault: Fault, times: int = 1) -> None:
        """Make the next ``times`` requests of ``route`` misbehave.

        Routes: create, poll, task (``GET /v1/video/generations/{id}``), download, models.
        """
        with self._controls:
            self._faults.setdefault(route, deque()).extend([fault] * times)

    def plan_next(self, plan: TaskPlan) -> None:
        """The next created task follows ``plan``."""
        with self._controls:
            self._plans.append(plan)

    def render_next(self, clip: Future[bytes]) -> None:
        """The next created task's clip is ``clip`` (pending, failed or done as the test likes)."""
        with self._controls:
            self._renders.append(clip)

    def take_fault(self, route: str) -> Fault | None:
        """The next injected fault for ``route``, if any."""
        with self._controls:
            queue = self._faults.get(route)
            return queue.popleft() if queue else None

    def next_plan(self) -> TaskPlan:
        with self._controls:
            if self._plans:
                return self._plans.popleft()
        return super().next_plan()

    def render(self, understood: Understood) -> Future[bytes]:
        with self._controls:
            if self._renders:
                return self._renders.popleft()
        return super().render(understood)

    def authorised(self, header: str | None) -> bool:
        if not super().authorised(header):
            return False
        return self.token is None or header[7:].strip() == self.token
