"""The relay client: list models, create, poll and stream downloads over httpx."""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import quote

import httpcore
import httpx

from yzx_desktop import __version__
from yzx_desktop.api.errors import (
    ErrorKind,
    RelayError,
    SubmissionUncertain,
    TransientError,
    body_of,
    error_from_response,
    network_error,
)
from yzx_desktop.api.normalize import normalize_models, normalize_task
from yzx_desktop.api.types import ModelInfo, TaskSnapshot
from yzx_desktop.logs import register_secret

logger = logging.getLogger(__name__)

# httpcore reads sockets 64 KiB at a time and offers no option for it. Reading 1 MiB at a
# time took a 100 MB download from 0.42x to 0.90x of curl's speed (bench/engine.py); small
# responses are unaffected, a read returns what has arrived.
httpcore.AsyncHTTP11Connection.READ_NUM_BYTES = max(
    httpcore.AsyncHTTP11Connection.READ_NUM_BYTES, 1 << 20
)

OTHER_RATIOS_HEADER = "X-New-Api-Other-Ratios"  # new-api's price multipliers of a create

# Errors raised before any byte of the request left this machine: safe to retry a create.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

# A JSON answer (models, poll, create) is a few KB; more than this once decoded is not one.
MAX_JSON_BYTES = 4 << 20
# The encodings a JSON answer may come in: the ones the bounded reader inflates itself
# (zlib's window bits + 32 accept both the gzip and the zlib header).
_JSON_ENCODINGS = ("gzip", "deflate")
_GZIP_OR_ZLIB = zlib.MAX_WBITS | 32


def task_path(endpoint: str, task_id: str, *tail: str) -> str:
    """``<endpoint>/<id>[/tail]`` with the id as one percent-encoded path segment: ids with
    ``/``, spaces or non-ASCII (Veo operation names) must not change the route."""
    segment = quote(task_id, safe="")
    if segment in (".", ".."):
        segment = segment.replace(".", "%2E")
    return "/".join((endpoint.strip("/"), segment, *tail))


def origin_of(url: httpx.URL | str) -> tuple[str, str, int | None]:
    url = httpx.URL(url)
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, port)


class AnswerTooLarge(Exception):
    """A JSON answer grew past :data:`MAX_JSON_BYTES` (compressed or decoded)."""


async def read_bounded(response: httpx.Response, limit: int = MAX_JSON_BYTES) -> httpx.Response:
    """The streamed ``response`` read into memory, decoded, refusing more than ``limit`` bytes.

    Inflating is done here with an output cap, so a small compressed body that would expand
    to gigabytes stops after ``limit`` bytes instead of after the whole bomb.
    """
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity", *_JSON_ENCODINGS):
        raise httpx.DecodingError(f"unsupported content encoding {encoding!r}")
    inflater = zlib.decompressobj(_GZIP_OR_ZLIB) if encoding in _JSON_ENCODINGS else None
    parts: list[bytes] = []
    received = size = 0
    try:
        async for raw in response.aiter_raw():
            received += len(raw)
            data = inflater.decompress(raw, limit - size + 1) if inflater else raw
            size += len(data)
            if size > limit or received > limit:
                raise AnswerTooLarge(f"more than {limit} bytes")
            parts.append(data)
    except zlib.error as exc:
        raise httpx.DecodingError(f"the {encoding} body is corrupt: {exc}") from exc
    headers = [
        (key, value)
        for key, value in response.headers.multi_items()
        if key.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=b"".join(parts), request=response.request
    )


def _too_large(during: str) -> TransientError:
    return TransientError(
        f"The relay's answer during {during} was larger than {MAX_JSON_BYTES >> 20} MiB, which "
        "is not a real answer.",
        ErrorKind.MALFORMED,
    )


class OriginBearerAuth(httpx.Auth):
    """Adds the Bearer token only to requests for the API's own origin."""

    def __init__(self, token: str | None, origin: tuple[str, str, int | None]) -> None:
        self._token = token
        self._origin = origin

    def auth_flow(self, request: httpx.Request):
        if self._token and origin_of(request.url) == self._origin:
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class RelayClient:
    """One relay, one token. ``transport`` lets tests and benches inject the network."""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        *,
        proxy: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = 32,
        identity: str | None = None,
    ) -> None:
        register_secret(token)
        self.base_url = base_url.rstrip("/")
        # What jobs record as their relay: the base URL, or a stable name for a relay whose
        # address changes (the demo relay takes a free port at each start).
        self.identity = (identity or self.base_url).rstrip("/")
        self.origin = origin_of(self.base_url)
        self._other_ratios: dict[str, str] = {}
        self._http = httpx.AsyncClient(
            auth=OriginBearerAuth(token, self.origin),
            proxy=proxy or None,
            transport=transport,
            timeout=httpx.Timeout(30.0, connect=15.0),
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=16),
            headers={"User-Agent": f"yzx-desktop/{__version__}"},
            follow_redirects=True,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> RelayClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def content_url(self, task_id: str) -> str:
        return self.url(task_path("videos", task_id, "content"))

    def is_api_origin(self, url: str) -> bool:
        return origin_of(url) == self.origin

    async def _request_bounded(self, method: str, path: str, **options: Any) -> httpx.Response:
        """One JSON call, its answer read whole but never past :data:`MAX_JSON_BYTES`."""
        headers = {"Accept-Encoding": ", ".join(_JSON_ENCODINGS)}
        url = path if path.startswith(("http://", "https://")) else self.url(path)
        async with self._http.stream(method, url, headers=headers, **options) as answer:
            return await read_bounded(answer)

    def origin_url(self, path: str) -> str:
        """``path`` at the relay's origin (new-api's ``/api/...`` routes are not under /v1)."""
        return str(httpx.URL(self.base_url).copy_with(path="/" + path.lstrip("/"), query=None))

    async def get_json(
        self, path: str, *, during: str, at_origin: bool = False, task_route: bool = False
    ) -> Any:
        """``GET`` a JSON document under the API base (or at the origin), read with a bound;
        the token goes along because both are the API origin. Failures raise
        :class:`RelayError`."""
        url = self.origin_url(path) if at_origin else self.url(path)
        try:
            response = await self._request_bounded("GET", url)
        except httpx.HTTPError as exc:
            raise network_error(exc, url, during=during) from exc
        except AnswerTooLarge as exc:
            raise _too_large(during) from exc
        if not response.is_success:
            raise error_from_response(response, during=during, task_route=task_route)
        body = body_of(response)
        if not isinstance(body, dict | list):
            raise TransientError(
                f"The relay answered {during} with something that is not JSON.",
                ErrorKind.MALFORMED,
                status=response.status_code,
                detail=str(body)[:2000],
            )
        return body

    async def list_models(
        self, is_known_video: Callable[[str], bool] | None = None
    ) -> list[ModelInfo]:
        """The relay's video models (``GET /models``); ``is_known_video`` keeps models that a
        profile knows even when the relay lists them like chat models."""
        body = await self.get_json("models", during="listing models")
        return normalize_models(body, is_known_video)

    async def poll(self, task_id: str, endpoint: str = "videos") -> TaskSnapshot:
        """``GET /<endpoint>/{id}`` normalised; transient trouble raises
        :class:`TransientError`."""
        path = task_path(endpoint, task_id)
        snapshot = normalize_task(await self.get_json(path, during="polling", task_route=True))
        if snapshot.task_id is None:
            snapshot = TaskSnapshot(**{**snapshot.__dict__, "task_id": task_id})
        return snapshot

    async def create(self, body: dict[str, Any], endpoint: str = "videos") -> TaskSnapshot:
        """``POST /<endpoint>`` with ``body``. Never retried here: what may have reached the
        relay is reported as :class:`SubmissionUncertain`, what surely did not as
        :class:`TransientError`."""
        try:
            response = await self._request_bounded(
                "POST", endpoint, json=body, timeout=httpx.Timeout(60.0, connect=15)
            )
        except _NOT_SENT as exc:
            error = network_error(exc, self.url(endpoint), during="creating the task")
            error.message += " Nothing was sent."
            raise error from exc
        except httpx.TransportError as exc:
            raise SubmissionUncertain(
                f"The connection to {httpx.URL(self.base_url).host} broke after the request "
                f"was sent ({type(exc).__name__}).",
                detail=str(exc),
            ) from exc
        except (httpx.HTTPError, AnswerTooLarge) as exc:  # the relay took it, then answered oddly
            raise SubmissionUncertain(
                f"The relay's answer to the request could not be read ({type(exc).__name__}).",
                detail=str(exc),
            ) from exc
        if response.status_code == 429:
            raise error_from_response(response, during="creating the task")
        if response.status_code >= 500:
            error = error_from_response(response, during="creating the task")
            if isinstance(error, TransientError):  # a 5xx may come after the relay took it
                raise SubmissionUncertain(
                    error.message, detail=error.detail, relay_text=error.relay_text
                )
            raise error  # an explicit refusal (unknown model, ...): nothing was charged
        if not response.is_success:
            raise error_from_response(response, during="creating the task")
        body = body_of(response)
        snapshot = normalize_task(body)
        if not snapshot.task_id:
            text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
            logger.error(
                "create response without a task id (HTTP %s): %s", response.status_code, text
            )
            raise SubmissionUncertain(
                "The relay accepted the request but returned no task id "
                f"(HTTP {response.status_code}); the full response is in the log.",
                detail=text[:4000],
            )
        if ratios := response.headers.get(OTHER_RATIOS_HEADER):
            self._other_ratios[snapshot.task_id] = ratios
        return snapshot

    def take_other_ratios(self, task_id: str) -> str | None:
        """The ``X-New-Api-Other-Ratios`` header (price multipliers as JSON) of the create
        that returned ``task_id``, handed out once (``billing.parse_other_ratios`` reads it)."""
        return self._other_ratios.pop(task_id, None)

    @asynccontextmanager
    async def stream(self, url: str, *, offset: int = 0) -> AsyncIterator[httpx.Response]:
        """Open a streamed GET; the token goes along only when ``url`` is on the API origin.

        The video is asked for uncompressed: ``Range`` offsets and the length check are then
        about the file's own bytes (a server that compresses anyway is decoded by the caller).
        """
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        try:
            async with self._http.stream(
                "GET", url, headers=headers, timeout=httpx.Timeout(60.0, connect=15)
            ) as response:
                yield response
        except httpx.HTTPError as exc:
            raise network_error(exc, url, during="downloading the video") from exc


__all__ = ["RelayClient", "RelayError", "SubmissionUncertain", "TransientError"]
