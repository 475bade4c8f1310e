"""File names for finished videos: from a template, safe on Windows, macOS and Linux."""

from __future__ import annotations

import os
import re
import time
import unicodedata
from pathlib import Path

from yzx_desktop.jobs.model import Job

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_STEM = 120
PLACEHOLDERS = ("date", "time", "model", "prompt", "seed", "task", "id", "size", "duration")


def safe_component(text: str, limit: int = MAX_STEM) -> str:
    """One path component any desktop OS accepts, keeping letters of every script."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub(" ", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"-{2,}", "-", text)
    text = text[:limit].strip(" .-")
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text


def prompt_words(prompt: str, max_words: int = 6, max_chars: int = 40) -> str:
    """The first words of a prompt (CJK prompts have no spaces: the first characters)."""
    words = re.findall(r"\w+", prompt)
    return "-".join(words[:max_words])[:max_chars] or "video"


def render_filename(template: str, job: Job) -> str:
    """``template`` with its ``{placeholders}`` filled, made safe, plus ``.mp4``."""
    moment = time.localtime(job.submitted_at or job.created_at)
    values = {
        "date": time.strftime("%Y-%m-%d", moment),
        "time": time.strftime("%H%M%S", moment),
        "model": job.model,
        "prompt": prompt_words(job.prompt),
        "seed": f"s{job.seed}" if job.seed is not None else "",
        "task": (job.task_id or "")[-8:],
        "id": str(job.id or ""),
        "size": job.size or "",
        "duration": f"{job.duration}s" if job.duration else "",
    }
    try:
        stem = template.format_map(values)
    except (KeyError, ValueError, IndexError):
        stem = "{date}_{time}_{model}_{prompt}_{task}".format_map(values)
    stem = re.sub(r"_{2,}", "_", stem)
    return (safe_component(stem.strip("_")) or f"video-{job.id}") + ".mp4"


def reserve_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).mp4`` and so on, reserved for one download.

    The reservation is the hidden ``.part`` file, created exclusively (``O_EXCL``), so two
    jobs finishing together, in one process or in two, never get the same name. The part
    file is created before the final name is checked: once a download is renamed into
    place its name stays taken by the video, and until then by its part file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, counter = folder / name, 1
    while True:
        part = part_path(candidate)
        try:
            os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            pass
        else:
            if not candidate.exists():
                return candidate
            part.unlink()
        counter += 1
        candidate = folder / f"{stem} ({counter}){suffix}"


def part_path(target: Path) -> Path:
    """The hidden temporary name a download is written under before the rename."""
    return target.with_name(f".{target.name}.part")
