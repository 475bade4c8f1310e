"""Turn any relay body into a :class:`TaskSnapshot`; never raises, whatever the JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from yzx_desktop.api.types import ModelInfo, RemoteState, TaskSnapshot

_STATUS_WORDS: dict[str, RemoteState] = {
    **dict.fromkeys(("queued", "pending", "submitted", "not_start"), RemoteState.WAITING),
    **dict.fromkeys(
        ("in_progress", "processing", "running", "generating", "preparing"), RemoteState.RUNNING
    ),
    **dict.fromkeys(
        ("completed", "succeeded", "success", "succeed", "complete", "finished"), RemoteState.DONE
    ),
    **dict.fromkeys(
        ("failed", "failure", "fail", "error", "cancelled", "canceled", "expired"),
        RemoteState.FAILED,
    ),
}

# Seed order first, then the places other relays were seen using.
_URL_PATHS: tuple[tuple[str | int, ...], ...] = (
    ("data", 0, "url"),
    ("data", "result_url"),
    ("result_url",),
    ("url",),
    ("video_url",),
    ("output_url",),
    ("download_url",),
    ("metadata", "url"),
    ("data", "url"),
    ("data", "video_url"),
    ("result", "url"),
    ("result", "video_url"),
)

_VIDEO_ENDPOINT = re.compile(r"video", re.IGNORECASE)
_VIDEO_NAME = re.compile(
    r"sora|veo|seedance|kling|wan[-_ ]?\d|wanx|hailuo|minimax-video|video|vidu|runway|gen-?[34]"
    r"|luma|ray-?\d|pika|hunyuan-video|cogvideo|mochi|ltx|pixverse|jimeng|doubao-seedance",
    re.IGNORECASE,
)


def status_to_state(status: Any) -> RemoteState:
    """Map a status string (any case, any padding) to a state."""
    if not isinstance(status, str):
        return RemoteState.UNKNOWN
    return _STATUS_WORDS.get(status.strip().lower(), RemoteState.UNKNOWN)


def _dig(body: Any, path: tuple[str | int, ...]) -> Any:
    node = body
    for key in path:
        if isinstance(key, int):
            if not isinstance(node, list) or len(node) <= key:
                return None
            node = node[key]
        elif isinstance(node, dict):
            node = node.get(key)
        else:
            return None
    return node


def _is_video_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    value = value.strip()
    lowered = value.lower()
    return (lowered.startswith(("http://", "https://")) and " " not in value) or lowered.startswith(
        "data:video/"
    )


def find_video_url(body: Any) -> str | None:
    """The first usable video URL in the seed's order; error texts in URL fields are skipped."""
    for path in _URL_PATHS:
        value = _dig(body, path)
        if _is_video_url(value):
            return value.strip()
    return None


def parse_progress(value: Any) -> int | None:
    """``30``, ``"30%"``, ``"30.5"`` → an int clamped to 0–100; anything else → ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        match = re.search(r"-?\d+(?:\.\d+)?", value)
        if not match:
            return None
        number = float(match.group())
    else:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return max(0, min(100, int(number)))


def _unwrap_message(text: str) -> str:
    """A ``message`` may itself be a JSON string holding another error; unwrap it."""
    for _ in range(5):
        stripped = text.strip()
        if not stripped.startswith("{"):
            break
        try:
            inner = json.loads(stripped)
        except ValueError:
            break
        found = error_text(inner)
        if not found or found == text:
            break
        text = found
    return text.strip()


def error_text(body: Any) -> str | None:
    """Failure text: ``error.message``, ``error`` (string), ``fail_reason``, ``message``."""
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    candidates: list[Any] = []
    if isinstance(error, dict):
        candidates.append(error.get("message"))
    candidates += [error, body.get("fail_reason"), body.get("message"), body.get("failure_reason")]
    data = body.get("data")
    if isinstance(data, dict):
        candidates += [data.get("fail_reason"), data.get("message")]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return _unwrap_message(candidate)
    return None


def _task_id(body: dict[str, Any]) -> str | None:
    for key in ("id", "task_id"):
        value = body.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    data = body.get("data")
    if isinstance(data, dict):
        value = data.get("task_id") or data.get("id")
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _status_value(body: dict[str, Any]) -> Any:
    status = body.get("status")
    if status is None and isinstance(body.get("data"), dict):
        status = body["data"].get("status")
    return status


def normalize_task(body: Any) -> TaskSnapshot:
    """Normalise a create or poll response. Applies the seed's ``unknown`` rule."""
    if not isinstance(body, dict):
        return TaskSnapshot(state=RemoteState.UNKNOWN, raw=body)
    raw_status = _status_value(body)
    state = status_to_state(raw_status)
    url = find_video_url(body)
    failure = None
    if state is RemoteState.UNKNOWN:
        if url:
            state = RemoteState.DONE
        elif raw_status is None and body.get("error") not in (None, "", {}):
            state = RemoteState.FAILED
    if state is RemoteState.FAILED:
        failure = error_text(body) or (f"the relay reported '{raw_status}'" if raw_status else None)
    progress = parse_progress(body.get("progress"))
    if progress is None and isinstance(body.get("data"), dict):
        progress = parse_progress(body["data"].get("progress"))
    if state is RemoteState.DONE:
        progress = 100
    return TaskSnapshot(
        state=state,
        task_id=_task_id(body),
        progress=progress,
        video_url=url,
        failure=failure,
        raw_status=raw_status if isinstance(raw_status, str) else None,
        raw=body,
    )


def normalize_models(
    body: Any, is_known_video: Callable[[str], bool] | None = None
) -> list[ModelInfo]:
    """Video models from a ``GET /models`` body: a model a profile knows, an endpoint type that
    names video, or (when the relay gives no types) a video-sounding name. new-api lists Kling,
    Seedance and Veo as ``["openai"]`` like chat models, so that field alone hides them."""
    items = body.get("data") if isinstance(body, dict) else body
    if not isinstance(items, list):
        return []
    models: list[ModelInfo] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        model_id = item["id"].strip()
        if not model_id or model_id in seen:
            continue
        endpoint_types = item.get("supported_endpoint_types")
        if is_known_video is not None and is_known_video(model_id):
            is_video = True
        elif isinstance(endpoint_types, list) and endpoint_types:
            is_video = any(isinstance(t, str) and _VIDEO_ENDPOINT.search(t) for t in endpoint_types)
        else:
            is_video = bool(_VIDEO_NAME.search(model_id))
        if is_video:
            seen.add(model_id)
            owner = item.get("owned_by")
            models.append(ModelInfo(model_id, owner if isinstance(owner, str) else ""))
    return sorted(models, key=lambda m: m.id)
