"""Relay failures: a kind the surfaces word, a plain English sentence, the relay's own words."""

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
    """What kind of failure: the surfaces word it (the window in the user's language, the
    command line in English); the relay's own words travel separately as ``relay_text``."""

    AUTH = "auth"
    MODEL = "model"
    MODERATION = "moderation"
    INVALID = "invalid"
    WRONG_URL = "wrong_url"  # the relay has no such route: a Base URL without /v1, a typo
    RATE_LIMIT = "rate_limit"
    SERVER = "server"
    NETWORK = "network"  # the connection broke or could not be made (no finer reason known)
    DNS = "dns"  # the host name does not resolve
    REFUSED = "refused"  # nothing listens at that host and port
    TIMEOUT = "timeout"  # the relay did not answer in time
    TLS = "tls"  # the secure connection could not be set up
    GONE = "gone"
    MALFORMED = "malformed"


_MODERATION = re.compile(
    r"moderat|safety|content[_ ]?policy|sensitive|violat|inappropriate|审核|违规|敏感", re.I
)
_UNKNOWN_MODEL = re.compile(
    r"model_not_found|model[^.]{0,40}(not (found|exist|supported)|does not exist|invalid|unknown)"
    r"|(invalid|unknown|unsupported|no such) model|无可用渠道|模型不存在|不支持的模型",
    re.I,
)
_MODEL_CODE = re.compile(r"model_not_found|model_not_exist", re.I)
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}


class RelayError(Exception):
    """A failure: ``kind`` says what happened (for the surfaces to word), ``message`` is a
    plain English sentence for logs and the command line, ``relay_text`` what the relay
    itself said (empty when it said nothing readable) and ``detail`` the raw answer."""

    def __init__(
        self,
        message: str,
        kind: ErrorKind,
        *,
        status: int | None = None,
        detail: str = "",
        retry_after: float | None = None,
        relay_text: str = "",
    ) -> None:
        super().__init__(redact(message))
        self.message = redact(message)
        self.kind = kind
        self.status = status
        self.detail = redact(detail)
        self.retry_after = retry_after
        self.relay_text = redact(relay_text)


class TransientError(RelayError):
    """Worth retrying after a pause (``retry_after`` when the relay named one)."""


class SubmissionUncertain(RelayError):
    """A create request may have reached the relay; resending could charge twice."""

    def __init__(self, message: str, *, detail: str = "", relay_text: str = "") -> None:
        super().__init__(message, ErrorKind.NETWORK, detail=detail, relay_text=relay_text)


_DNS = re.compile(
    r"name or service not known|nodename nor servname|getaddrinfo|name resolution|"
    r"no address associated|could not resolve|11001",
    re.I,
)
_REFUSED = re.compile(r"connection refused|actively refused|errno 111|10061", re.I)


def _causes(exc: BaseException) -> list[BaseException]:
    """An exception and what caused it, in order (anyio hides the errno two levels down)."""
    chain: list[BaseException] = []
    node: BaseException | None = exc
    while node is not None and node not in chain and len(chain) < 10:
        chain.append(node)
        node = node.__cause__ or node.__context__
    return chain


def network_error(exc: httpx.HTTPError, url: httpx.URL | str, *, during: str) -> TransientError:
    """A transport failure as a retryable error naming the host and what went wrong: a name
    that does not resolve, a refused port, a timeout, TLS, or a broken connection."""
    url = httpx.URL(str(url))
    host = f"{url.host}:{url.port}" if url.port else url.host
    causes = _causes(exc)
    text = " | ".join(f"{type(c).__name__}: {c}" for c in causes)
    if not isinstance(exc, httpx.TransportError):
        return TransientError(
            f"The answer of {host} during {during} could not be read ({type(exc).__name__}).",
            ErrorKind.MALFORMED,
            detail=text,
        )
    if isinstance(exc, httpx.ConnectError) and _DNS.search(text):
        kind, what = ErrorKind.DNS, f"The host name {url.host} could not be found"
    elif isinstance(exc, httpx.ConnectError) and (
        _REFUSED.search(text) or any(isinstance(c, ConnectionRefusedError) for c in causes)
    ):
        kind, what = ErrorKind.REFUSED, f"{host} refused the connection"
    elif isinstance(exc, httpx.TimeoutException):
        kind, what = ErrorKind.TIMEOUT, f"{host} did not answer in time"
    elif "ssl" in text.lower() or "certificate" in text.lower():
        kind, what = ErrorKind.TLS, f"The secure connection to {host} failed"
    else:
        kind, what = ErrorKind.NETWORK, f"The connection to {host} broke"
    return TransientError(f"{what} during {during}.", kind, detail=text)


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


def error_from_response(
    response: httpx.Response, *, during: str, task_route: bool = False
) -> RelayError:
    """Classify a non-2xx response into a :class:`RelayError` with the right kind; a 404 on
    a task's own route (``task_route``) means the task is gone, elsewhere a wrong URL."""
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
    relay_text = summary if summary and not is_html else ""

    def refused(what: str, kind: ErrorKind) -> RelayError:
        return RelayError(
            f"{what}{said}.", kind, status=status, detail=detail, relay_text=relay_text
        )

    # new-api answers an unknown model with a 503 naming the model; a 500 that merely
    # mentions a model ("upstream model returned an unknown error") is a server error.
    if _UNKNOWN_MODEL.search(probe) and (status < 500 or status == 503 or _MODEL_CODE.search(code)):
        return refused("Unknown model", ErrorKind.MODEL)
    if status in _TRANSIENT_STATUS or (status >= 500):
        kind = ErrorKind.RATE_LIMIT if status == 429 else ErrorKind.SERVER
        what = "is rate-limiting requests" if status == 429 else f"had an error (HTTP {status})"
        return TransientError(
            f"The relay {what} during {during}{said}.",
            kind,
            status=status,
            detail=detail,
            retry_after=parse_retry_after(response.headers),
            relay_text=relay_text,
        )
    if status in (401, 403):
        return refused(f"The relay refused the token (HTTP {status})", ErrorKind.AUTH)
    if "task_not_exist" in probe or (status == 404 and task_route):
        return refused(f"The relay does not know the task (HTTP {status})", ErrorKind.GONE)
    if status in (404, 405):
        path = response.request.url.path
        return refused(f"The relay has no {path} (HTTP {status})", ErrorKind.WRONG_URL)
    if _MODERATION.search(probe):
        return refused("The relay refused the prompt", ErrorKind.MODERATION)
    return refused(f"The relay rejected the request (HTTP {status})", ErrorKind.INVALID)


def failure_kind(text: str | None) -> ErrorKind:
    """Best guess at why a task failed, from its failure text."""
    text = text or ""
    if _MODERATION.search(text):
        return ErrorKind.MODERATION
    if _UNKNOWN_MODEL.search(text):
        return ErrorKind.MODEL
    if re.search(r"token|group|分组|令牌|quota|额度|unauthori", text, re.I):
        return ErrorKind.AUTH
    return ErrorKind.INVALID
