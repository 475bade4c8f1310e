"""Relay failures as sentences with a hint, plus the detail one click away."""

from __future__ import annotations

import email.utils
import json
import re
import time
from enum import Enum
from typing import Any

import httpx

from yzx_desktop.api.normalize import error_text
from yzx_desktop.logs import redact


class ErrorKind(Enum):
    AUTH = "auth"
    MODEL = "model"
    MODERATION = "moderation"
    INVALID = "invalid"
    RATE_LIMIT = "rate_limit"
    SERVER = "server"
    NETWORK = "network"
    GONE = "gone"
    MALFORMED = "malformed"
    NO_TASK_ID = "no_task_id"


HINTS: dict[ErrorKind, str] = {
    ErrorKind.AUTH: "Check the token in Settings, and that it belongs to the relay's video group "
    "(令牌分组: 视频) and has quota.",
    ErrorKind.MODEL: "The relay does not know this model id. Refresh the model list and pick one "
    "of its video models.",
    ErrorKind.MODERATION: "The prompt was probably refused by content moderation: rewrite it and "
    "try again.",
    ErrorKind.INVALID: "The relay refused the request; check duration and size for this model.",
    ErrorKind.RATE_LIMIT: "The relay asks us to slow down; the app waits and retries.",
    ErrorKind.SERVER: "The relay or its upstream is having trouble; the app retries.",
    ErrorKind.NETWORK: "The relay could not be reached; check the network or proxy.",
    ErrorKind.GONE: "The relay no longer knows this task.",
    ErrorKind.MALFORMED: "The relay answered with something that is not the expected JSON.",
    ErrorKind.NO_TASK_ID: "The relay accepted the request but returned no task id; the response "
    "is in the log. Check the relay's dashboard before submitting again.",
}

_MODERATION = re.compile(
    r"moderat|safety|content[_ ]?policy|sensitive|violat|inappropriate|审核|违规|敏感", re.I
)
_UNKNOWN_MODEL = re.compile(
    r"model_not_found|model[^.]{0,40}(not (found|exist|supported)|does not exist|invalid|unknown)"
    r"|(invalid|unknown|unsupported|no such) model|无可用渠道|模型不存在|不支持的模型",
    re.I,
)
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}


class RelayError(Exception):
    """A failure the user can read: ``message`` is a sentence, ``hint`` says what to do."""

    def __init__(
        self,
        message: str,
        kind: ErrorKind,
        *,
        status: int | None = None,
        detail: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(redact(message))
        self.message = redact(message)
        self.kind = kind
        self.status = status
        self.detail = redact(detail)
        self.retry_after = retry_after

    @property
    def hint(self) -> str:
        return HINTS[self.kind]

    def user_text(self) -> str:
        return f"{self.message} {self.hint}"


class TransientError(RelayError):
    """Worth retrying after a pause (``retry_after`` when the relay named one)."""


class SubmissionUncertain(RelayError):
    """A create request may have reached the relay; resending could charge twice."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message, ErrorKind.NETWORK, detail=detail)

    @property
    def hint(self) -> str:
        return (
            "The app did not resend it, so you are never charged twice. Check the relay's "
            "dashboard: if the task is there, wait for it; otherwise submit again."
        )


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def body_of(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        try:
            return response.text
        except UnicodeDecodeError:
            return ""


def _summary(body: Any) -> str:
    if isinstance(body, str):
        text = re.sub(r"<[^>]+>", " ", body)
        text = re.sub(r"\s+", " ", text).strip()
        return text[:200]
    return error_text(body) or ""


def error_from_response(response: httpx.Response, *, during: str) -> RelayError:
    """Classify a non-2xx response into a :class:`RelayError` with the right kind."""
    status = response.status_code
    body = body_of(response)
    summary = _summary(body)
    detail = f"HTTP {status} during {during}: " + (
        json.dumps(body, ensure_ascii=False)[:2000] if not isinstance(body, str) else body[:2000]
    )
    is_html = isinstance(body, str) and "<html" in body.lower()
    said = f": {summary}" if summary and not is_html else ""
    code = ""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        code = str(body["error"].get("code") or body["error"].get("type") or "")
    probe = f"{summary} {code}"
    if _UNKNOWN_MODEL.search(probe):  # new-api answers an unknown model with a 503
        return RelayError(f"Unknown model{said}.", ErrorKind.MODEL, status=status, detail=detail)
    if status in _TRANSIENT_STATUS or (status >= 500):
        kind = ErrorKind.RATE_LIMIT if status == 429 else ErrorKind.SERVER
        what = "is rate-limiting requests" if status == 429 else f"had an error (HTTP {status})"
        return TransientError(
            f"The relay {what} during {during}{said}.",
            kind,
            status=status,
            detail=detail,
            retry_after=parse_retry_after(response.headers),
        )
    if status in (401, 403):
        return RelayError(
            f"The relay refused the token (HTTP {status}){said}.",
            ErrorKind.AUTH,
            status=status,
            detail=detail,
        )
    if status == 404 or "task_not_exist" in probe:
        return RelayError(
            f"Not found during {during}{said}.", ErrorKind.GONE, status=status, detail=detail
        )
    if _MODERATION.search(probe):
        return RelayError(
            f"The relay refused the prompt{said}.",
            ErrorKind.MODERATION,
            status=status,
            detail=detail,
        )
    return RelayError(
        f"The relay rejected the request (HTTP {status}){said}.",
        ErrorKind.INVALID,
        status=status,
        detail=detail,
    )


def failure_kind(text: str | None) -> ErrorKind:
    """Best guess at why a task failed, from its failure text (for the hint)."""
    text = text or ""
    if _MODERATION.search(text):
        return ErrorKind.MODERATION
    if _UNKNOWN_MODEL.search(text):
        return ErrorKind.MODEL
    if re.search(r"token|group|分组|令牌|quota|额度|unauthori", text, re.I):
        return ErrorKind.AUTH
    return ErrorKind.INVALID
