"""Fetch a finished video: temporary name, ``Range`` resume, MP4 and length checks, rename."""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.errors import ErrorKind, RelayError, TransientError, error_from_response
from yzx_desktop.jobs.naming import part_path

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]


def looks_like_mp4(head: bytes) -> bool:
    """An ISO-BMFF file starts with a box whose type, at byte 4, is ``ftyp``."""
    return len(head) >= 8 and head[4:8] == b"ftyp"


def is_valid_video(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return looks_like_mp4(handle.read(8))
    except OSError:
        return False


def _total_from(response_headers, status: int, offset: int) -> int:
    if status == 206:
        match = re.search(r"/(\d+)\s*$", response_headers.get("content-range", ""))
        if match:
            return int(match.group(1))
    length = response_headers.get("content-length")
    if length and length.isdigit():
        return int(length) + (offset if status == 206 else 0)
    return 0


def _empty(part: Path) -> None:
    """Start a part file over. It is truncated, never deleted: it reserves the video's name."""
    part.open("wb").close()


def _range_start(response_headers) -> int | None:
    match = re.match(r"\s*bytes\s+(\d+)-", response_headers.get("content-range", ""))
    return int(match.group(1)) if match else None


async def _fetch(client: RelayClient, url: str, part: Path, on_progress: ProgressCallback) -> int:
    """Stream ``url`` into ``part``: appended when the server continues exactly where the part
    file ends (``206`` from that byte), rewritten from byte 0 when it sends the whole file."""
    offset = part.stat().st_size if part.exists() else 0
    async with client.stream(url, offset=offset) as response:
        if response.status_code == 416:  # our partial file is stale or already complete
            _empty(part)
            raise TransientError("The partial download was stale; starting over.", ErrorKind.SERVER)
        if not response.is_success:
            await response.aread()
            raise error_from_response(response, during="downloading the video")
        content_type = response.headers.get("content-type", "").lower()
        if "json" in content_type or "html" in content_type:
            await response.aread()
            raise TransientError(
                f"The relay sent {content_type.split(';')[0]} instead of the video "
                "(it may not be ready yet).",
                ErrorKind.MALFORMED,
                detail=response.text[:2000],
            )
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        compressed = encoding not in ("", "identity")  # asked for identity, but servers vary
        resumed = response.status_code == 206 and offset > 0
        if resumed and (compressed or _range_start(response.headers) != offset):
            _empty(part)
            raise TransientError(
                "The server sent a piece of the video that does not continue the partial "
                "download; starting over.",
                ErrorKind.SERVER,
            )
        if not resumed:  # no Range sent, or it was ignored (200): the body is the whole file
            offset = 0
        total = 0 if compressed else _total_from(response.headers, response.status_code, offset)
        done = offset
        chunks = response.aiter_bytes() if compressed else response.aiter_raw()
        with part.open("ab" if resumed else "wb") as handle:
            async for chunk in chunks:
                handle.write(chunk)
                done += len(chunk)
                on_progress(done, total)
            handle.flush()
            await asyncio.to_thread(os.fsync, handle.fileno())  # can take long: off the loop
    if total and done != total:
        raise TransientError(f"The download stopped at {done} of {total} bytes.", ErrorKind.NETWORK)
    return done


def _write_data_url(url: str, part: Path) -> int:
    try:
        payload = base64.b64decode(url.split(",", 1)[1], validate=False)
    except (IndexError, binascii.Error) as exc:
        raise RelayError(
            "The relay's inline video could not be decoded.", ErrorKind.MALFORMED
        ) from exc
    part.write_bytes(payload)
    return len(payload)


async def download_video(
    client: RelayClient,
    task_id: str,
    video_url: str | None,
    target: Path,
    on_progress: ProgressCallback,
) -> int:
    """Save the task's video at ``target``; returns its size.

    Tries the URL from the poll response first (without the token when it is on another
    origin), then ``/videos/{id}/content`` on the API origin. A broken transfer leaves the
    partial file for the next call to resume; nothing appears at ``target`` until it is whole.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(target)
    sources = [u for u in (video_url, client.content_url(task_id)) if u]
    sources = list(dict.fromkeys(sources))
    error: RelayError | None = None
    for source in sources:
        try:
            if source.startswith("data:"):
                size = _write_data_url(source, part)
            else:
                size = await _fetch(client, source, part, on_progress)
        except RelayError as exc:
            logger.warning("download of task %s from %s failed: %s", task_id, _where(source), exc)
            error = exc
            if isinstance(exc, TransientError) and part.exists() and part.stat().st_size:
                raise  # keep the partial file and resume from the same source
            continue
        if not is_valid_video(part):
            head = part.read_bytes()[:200]
            _empty(part)
            error = TransientError(
                "The downloaded file is not an MP4 video.",
                ErrorKind.MALFORMED,
                detail=head.decode("utf-8", "replace"),
            )
            continue
        os.replace(part, target)
        return size
    assert error is not None
    raise error


def _where(url: str) -> str:
    return url if not url.startswith("data:") else "inline data URL"
