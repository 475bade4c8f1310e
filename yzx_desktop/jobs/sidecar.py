"""The JSON file beside each video: enough to reproduce the job, never the token."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from yzx_desktop import __version__
from yzx_desktop.jobs.model import Job


def sidecar_path(video: Path) -> Path:
    return video.with_suffix(".json")


def _iso(moment: float | None) -> str | None:
    return datetime.fromtimestamp(moment, UTC).isoformat() if moment else None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


_REPORTED_KEYS = ("seconds", "duration", "size", "resolution", "ratio", "aspect_ratio")


def reported_by_relay(last_response: str | None) -> dict[str, Any]:
    """What the relay says the provider actually made (length, size), from its last answer:
    top level, ``metadata``, ``data`` or ``data.data``, first found wins."""
    try:
        body = json.loads(last_response or "null")
    except ValueError:
        return {}
    places = [body]
    if isinstance(body, dict):
        data = body.get("data")
        places += [body.get("metadata"), data, data.get("data") if isinstance(data, dict) else None]
    reported: dict[str, Any] = {}
    for place in places:
        if not isinstance(place, dict):
            continue
        for key in _REPORTED_KEYS:
            value = place.get(key)
            if key not in reported and isinstance(value, str | int | float) and value != "":
                reported[key] = value
    return reported


def write_sidecar(job: Job, video: Path, sha256: str) -> Path:
    """Write ``<video>.json`` atomically."""
    data = {
        "app": f"yzx-desktop {__version__}",
        "job_id": job.id,
        "task_id": job.task_id,
        "relay_base_url": job.base_url,
        "request": {
            "model": job.model,
            "prompt": job.prompt,
            "duration": job.duration,
            "size": job.size,
            "seed": job.seed,
            "resolution": job.resolution,
            "ratio": job.ratio,
            "options": job.options,
            "family": job.family,
            "endpoint": job.endpoint,
        },
        "inputs": [
            {k: image.get(k) for k in ("role", "sha256", "width", "height")}
            | {"file": Path(image.get("path", "")).name}
            for image in job.inputs
        ],
        "continues_job": job.parent_id,
        "take_set": job.take_set,
        "take_index": job.take_index,
        "sent_body": json.loads(job.sent_body) if job.sent_body else None,
        "relay_reported": reported_by_relay(job.last_response),
        "created_at": _iso(job.created_at),
        "submitted_at": _iso(job.submitted_at),
        "finished_at": _iso(job.finished_at),
        "file": video.name,
        "bytes": video.stat().st_size,
        "sha256": sha256,
    }
    path = sidecar_path(video)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return path
