"""Simulated relay state: tasks, timing, plans and the answers they produce (no HTTP)."""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid
from concurrent.futures import Future
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from yzx_desktop.demo import catalog
from yzx_desktop.demo.adaptors import Refused, Understood, read_request
from yzx_desktop.demo.clips import ClipMaker
from yzx_desktop.demo.state import TaskFile

logger = logging.getLogger(__name__)

# Where a finished task's URL can sit (see docs/protocol.md), plus "content" (no URL at all).
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
MODERATION_FAILURE = "The video was blocked by the safety system (内容审核未通过)."


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


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the relay received it."""

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
    created: float  # time.time(): a saved task's timeline goes on across restarts
    plan: TaskPlan
    understood: Understood
    render: Future[bytes] | None  # None until a task loaded from the state file is asked for
    quota: int
    submitted: int  # unix time
    finished: int = 0
    saved_clip: str | None = None  # the clip's name in the state file's folder, once kept


def _error(message: str, kind: str = "invalid_request_error", **extra: Any) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, **extra}}


# new-api task statuses by phase (the waiting phase spends its first half SUBMITTED).
TASK_STATUS = {"running": "IN_PROGRESS", "done": "SUCCESS", "failed": "FAILURE"}


class Simulation:
    """Everything the relay knows and decides; the HTTP layer only routes to it."""

    api_base: str = ""  # set by the server once its port is known
    cdn_base: str = ""

    def __init__(
        self,
        *,
        queue_seconds: float,
        run_seconds: float,
        video_bytes: int,
        state_file: Path | None,
    ) -> None:
        self.default_plan = TaskPlan(
            queue_seconds, run_seconds, ("queued", "in_progress", "completed"), "data[0].url"
        )
        self.models = list(catalog.DEFAULT_MODELS)
        self.video_bytes = video_bytes
        self.requests: list[RecordedRequest] = []
        self._tasks: dict[str, _Task] = {}
        self._lock = threading.Lock()
        self._clip_maker = ClipMaker()
        self._padded: dict[tuple[int, int], bytes] = {}
        self.balance_usd: float | None = catalog.DEMO_BALANCE_USD  # granted; None: unlimited
        self.display_type = "USD"  # /api/status quota_display_type
        self._file = TaskFile(state_file) if state_file else None
        if self._file:
            self._load(self._file)

    # ---- hooks a subclass may replace (the tests' FaultyRelay does) --------------------------
    def next_plan(self) -> TaskPlan:
        """How the task being created behaves: the relay's defaults."""
        return TaskPlan()

    def render(self, understood: Understood) -> Future[bytes]:
        """Start making a task's clip."""
        return self._clip_maker.submit(understood)

    def authorised(self, header: str | None) -> bool:
        """A Bearer token is present (the demo takes any token)."""
        return bool(header and header.startswith("Bearer ") and header[7:].strip())

    # ---- reading -----------------------------------------------------------------------------
    def task_ids(self) -> list[str]:
        """Every task this relay knows, oldest first (vanished ones too)."""
        with self._lock:
            return list(self._tasks)

    def served_video(self, task_id: str) -> bytes:
        """The exact bytes a download of the task serves (waits for its clip; ``KeyError`` when
        the task is unknown)."""
        return self._video_for(self._tasks[task_id])

    def count(self, method: str, pattern: str) -> int:
        """How many requests :meth:`matching` finds."""
        return len(self.matching(method, pattern))

    def matching(self, method: str, pattern: str) -> list[RecordedRequest]:
        """Requests seen so far whose method and path match (``pattern`` is a regex)."""
        with self._lock:
            return [
                r for r in self.requests if r.method == method and re.fullmatch(pattern, r.path)
            ]

    def record(self, request: RecordedRequest) -> None:
        """Keep one received request."""
        with self._lock:
            self.requests.append(request)

    def close(self) -> None:
        """Stop rendering clips."""
        self._clip_maker.close()

    # ---- create ----------------------------------------------------------------------------
    def create(self, body: dict[str, Any], endpoint: str) -> tuple[int, Any, dict[str, str]]:
        """Answer a create on ``endpoint`` ("videos" or "generations"): status, body, headers."""
        model, prompt = body.get("model"), body.get("prompt")
        if not isinstance(model, str) or not isinstance(prompt, str) or not prompt.strip():
            return 400, _error("model and prompt are required"), {}
        if model not in self.models:
            message = f"当前分组 video 下对于模型 {model} 无可用渠道"
            return 503, _error(message, "new_api_error", code="model_not_found"), {}
        family = catalog.family_of(model)
        if endpoint == "videos" and family in catalog.GENERATIONS_ONLY:
            message = (
                f"model {model} is created on POST /v1/video/generations (not /v1/videos); "
                "poll it on GET /v1/video/generations/{task_id}"
            )
            return 400, _error(message), {}
        if "#reject" in prompt:
            message = "Your prompt was rejected by content moderation (内容审核未通过)"
            return 400, {"error": {"message": message, "code": "content_policy_violation"}}, {}
        try:
            understood = read_request(family, body)
        except Refused as exc:
            return 400, _error(str(exc)), {}
        plan = self.next_plan()
        if "#fail" in prompt and plan.fail_message is None:
            plan.fail_message = MODERATION_FAILURE
        task = _Task(
            id=f"video-task-{uuid.uuid4().hex[:12]}",
            model=model,
            prompt=prompt,
            created=time.time(),
            plan=plan,
            understood=understood,
            render=self.render(understood),
            quota=catalog.quota_for(model, understood.seconds),
            submitted=int(time.time()),
        )
        with self._lock:
            self._tasks[task.id] = task
        self._save()
        answer = {
            "id": task.id,
            "task_id": task.id,
            "object": "video",
            "model": model,
            "status": self._plan(task).statuses[0],
            "created": task.submitted,
        }
        ratios = f'{{"seconds": {catalog.seconds_ratio(understood.seconds)}}}'
        return 200, answer, {"X-New-Api-Other-Ratios": ratios}

    # ---- timing ----------------------------------------------------------------------------
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

    def phase(self, task: _Task) -> tuple[str, int]:
        """("waiting" | "running" | "done" | "failed", progress 0-100) at this moment."""
        plan = self._plan(task)
        elapsed = time.time() - task.created
        if elapsed < plan.queue_seconds:
            return "waiting", 0
        if elapsed < plan.queue_seconds + plan.run_seconds:
            share = (elapsed - plan.queue_seconds) / max(plan.run_seconds, 1e-6)
            return "running", int(100 * share)
        if plan.fail_message:
            return self._finish(task, "failed")
        render = self._rendering(task)
        if not render.done():  # the clip is still encoding: keep running at 99 %
            return "running", 99
        if render.exception() is not None:
            task.plan.fail_message = f"the provider failed to render: {render.exception()}"
            return self._finish(task, "failed")
        return self._finish(task, "done")

    def _finish(self, task: _Task, phase: str) -> tuple[str, int]:
        if not task.finished:
            task.finished = int(time.time())
            if phase == "failed":
                task.quota = 0  # new-api refunds a failed task
            self._save()
        return phase, 100

    def _rendering(self, task: _Task) -> Future[bytes]:
        with self._lock:
            if task.render is None and task.saved_clip and self._file:
                task.render = Future()
                task.render.set_result(self._file.read(task.saved_clip))
            elif task.render is None:
                task.render = self.render(task.understood)
            return task.render

    def task(self, task_id: str) -> _Task | None:
        """A live task (None when unknown or planned to vanish)."""
        task = self._tasks.get(task_id)
        return None if task is None or task.plan.vanish else task

    # ---- polls -----------------------------------------------------------------------------
    def video_status(self, task_id: str) -> tuple[int, Any]:
        """``GET /v1/videos/{id}``: an OpenAI video object with what was understood."""
        task = self.task(task_id)
        if task is None:
            return 404, {"error": {"message": "task_not_exist", "code": "task_not_exist"}}
        phase, progress = self.phase(task)  # first: a failing render sets the fail message
        plan = self._plan(task)
        understood = task.understood
        body: dict[str, Any] = {
            "id": task.id,
            "object": "video",
            "model": task.model,
            "created_at": int(time.time()),
            "seconds": str(understood.seconds),
            "size": understood.size,
            "metadata": understood.metadata(),
        }
        if phase == "failed":
            body.update(
                status="failed",
                error={"message": plan.fail_message, "code": "content_policy_violation"},
            )
            return 200, body
        waiting, running, done = plan.statuses
        body["status"] = {"waiting": waiting, "running": running, "done": done}[phase]
        body["progress"] = f"{progress}%" if plan.progress_as_text else progress
        if phase == "done":
            self._place_url(body, task, plan.url_location)
        return 200, body

    def task_status(self, task_id: str) -> tuple[int, Any]:
        """``GET /v1/video/generations/{id}``: new-api's task shape, for any task."""
        task = self.task(task_id)
        if task is None:
            return 400, {"code": "task_not_exist", "message": "task_not_exist", "data": None}
        phase, progress = self.phase(task)
        status = TASK_STATUS.get(phase)
        if status is None:  # waiting
            half = (self._plan(task).queue_seconds or 0) / 2
            status = "SUBMITTED" if time.time() - task.created < half else "QUEUED"
        understood = task.understood
        data = {
            "task_id": task.id,
            "action": _action(understood),
            "status": status,
            "progress": f"{progress}%",
            "result_url": self._cdn_url(task) if phase == "done" else "",
            "fail_reason": (task.plan.fail_message or "") if phase == "failed" else "",
            "quota": task.quota,
            "submit_time": task.submitted,
            "finish_time": task.finished,
            "data": {"model": task.model, **understood.metadata()},
        }
        return 200, {"code": "success", "message": "", "data": data}

    def _cdn_url(self, task: _Task) -> str:
        return f"{self.cdn_base}/cdn/{task.id}.mp4?sig=demo"

    def _place_url(self, body: dict[str, Any], task: _Task, location: str) -> None:
        url = f"{self.api_base}/files/{task.id}.mp4"
        if location == "content":
            return
        if location == "foreign":
            body["data"] = [{"url": self._cdn_url(task)}]
        elif location == "bad_result_url":
            body["result_url"] = "Error: upstream returned no file"
        elif location == "data[0].url":
            body["data"] = [{"url": url, "duration": task.understood.seconds}]
        elif "." in location:
            outer, inner = location.split(".")
            body.setdefault(outer, {})[inner] = url
        else:
            body[location] = url

    # ---- billing ---------------------------------------------------------------------------
    def used_quota(self) -> int:
        """Quota charged so far: each task's price at submit, back to 0 once it failed."""
        with self._lock:
            tasks = list(self._tasks.values())
        for task in tasks:
            self.phase(task)  # settles finished tasks, as the relay's own poller does
        return sum(task.quota for task in tasks)

    def subscription(self) -> dict[str, Any]:
        """``GET /v1/dashboard/billing/subscription``: hard_limit_usd = remaining + used."""
        limit = catalog.UNLIMITED_USD if self.balance_usd is None else self.balance_usd
        return {
            "object": "billing_subscription",
            "has_payment_method": True,
            "soft_limit_usd": limit,
            "hard_limit_usd": limit,
            "system_hard_limit_usd": limit,
            "access_until": 0,
        }

    def usage(self) -> dict[str, Any]:
        """``GET /v1/dashboard/billing/usage``: total_usage in hundredths of a USD."""
        return {"object": "list", "total_usage": self.used_quota() / catalog.QUOTA_PER_USD * 100}

    def token_usage(self) -> dict[str, Any]:
        """``GET /api/usage/token/``: this token's quota units."""
        used = self.used_quota()
        granted = round((self.balance_usd or 0) * catalog.QUOTA_PER_USD)
        data = {
            "object": "token_usage",
            "name": "demo",
            "total_granted": granted,
            "total_used": used,
            "total_available": granted - used,
            "unlimited_quota": self.balance_usd is None,
            "model_limits": {},
            "model_limits_enabled": False,
            "expires_at": 0,
        }
        return {"code": True, "message": "ok", "data": data}

    def site_status(self) -> dict[str, Any]:
        """``GET /api/status`` (public): units and display currency."""
        data = {
            "system_name": "Simulated Relay",
            "quota_per_unit": catalog.QUOTA_PER_USD,
            "display_in_currency": self.display_type != "TOKENS",
            "quota_display_type": self.display_type,
            "usd_exchange_rate": catalog.USD_EXCHANGE_RATE,
        }
        return {"success": True, "message": "", "data": data}

    def pricing(self) -> dict[str, Any]:
        """``GET /api/pricing`` (public): per-call prices of the listed models."""
        return catalog.pricing_listing(self.models)

    # ---- downloads -------------------------------------------------------------------------
    def _video_for(self, task: _Task) -> bytes:
        """The task's MP4, padded to ``video_bytes`` with a trailing 'free' box when asked."""
        clip = self._rendering(task).result()
        if not self.video_bytes or self.video_bytes <= len(clip) + 8:
            return clip
        key = (id(clip), self.video_bytes)
        with self._lock:
            if key not in self._padded:
                pad = self.video_bytes - len(clip)
                self._padded[key] = clip + pad.to_bytes(4, "big") + b"free" + bytes(pad - 8)
            return self._padded[key]

    # ---- the state file ----------------------------------------------------------------------
    def _save(self) -> None:
        file = self._file
        if file is None:
            return
        try:
            file.save(lambda: self._records(file))
        except OSError as exc:
            logger.warning("could not save the demo tasks to %s: %s", file.path, exc)

    def _records(self, file: TaskFile) -> list[dict[str, Any]]:
        with self._lock:
            tasks = list(self._tasks.values())
        return [self._record(task, file) for task in tasks]

    def _record(self, task: _Task, file: TaskFile) -> dict[str, Any]:
        render = task.render
        if not task.saved_clip and render and render.done() and not render.exception():
            task.saved_clip = file.put(render.result())
        # Input images are kept only while the clip may still have to be made from them.
        with_images = not task.saved_clip and not task.finished
        return {
            "id": task.id,
            "model": task.model,
            "prompt": task.prompt,
            "created": task.created,
            "submitted": task.submitted,
            "finished": task.finished,
            "quota": task.quota,
            "plan": asdict(self._plan(task)),
            "understood": file.understood_record(task.understood, with_images),
            "clip": task.saved_clip,
        }

    def _load(self, file: TaskFile) -> None:
        for record in file.load(time.time()):
            try:
                plan = TaskPlan(**{**record["plan"], "statuses": tuple(record["plan"]["statuses"])})
                task = _Task(
                    id=record["id"],
                    model=record["model"],
                    prompt=record["prompt"],
                    created=float(record["created"]),
                    plan=plan,
                    understood=file.understood_from(record["understood"]),
                    render=None,
                    quota=int(record["quota"]),
                    submitted=int(record["submitted"]),
                    finished=int(record["finished"]),
                    saved_clip=record["clip"],
                )
                if task.saved_clip and not (file.blobs / task.saved_clip).is_file():
                    raise FileNotFoundError(task.saved_clip)
            except (OSError, KeyError, TypeError, ValueError) as exc:
                logger.warning("skipping saved demo task %s: %s", record.get("id"), exc)
                continue
            self._tasks[task.id] = task


# new-api task actions by what the provider was given.
def _action(understood: Understood) -> str:
    if understood.references:
        return "referenceGenerate"
    if understood.first and understood.last:
        return "firstTailGenerate"
    return "generate" if understood.first else "textGenerate"
