"""The JSON file beside each video: enough to reproduce the job, never the token."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

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
        },
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
