"""The artist's library: search over results, every prompt ever sent, and saved presets.

Stars and tags live on the jobs themselves (``Job.starred``, ``Job.tags``; written only by
``JobStore.mark``); prompts and presets have tables of their own in the same store.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.store import JobStore

STAR_TERMS = frozenset({"★", "*", "is:starred", "is:star", "starred", "收藏", "已收藏"})


@dataclass(frozen=True)
class PromptUse:
    """A prompt as sent, when it was last sent and how often."""

    prompt: str
    last_used: float
    uses: int


@dataclass(frozen=True)
class Preset:
    """A named prompt (or style text) with the compose settings to apply with it."""

    name: str
    prompt: str = ""
    settings: dict[str, Any] = field(default_factory=dict)  # model, duration, ratio, ...


def normalize_tags(text: str | list[str]) -> list[str]:
    """Tags from ``"night, Rain  #city"`` or a list: trimmed, without ``#``, unique, in order."""
    if isinstance(text, list):
        parts = text
    else:
        for separator in ("，", "、", ";", "；"):
            text = text.replace(separator, ",")
        parts = text.replace(",", " ").split()
    tags: list[str] = []
    for part in parts:
        tag = part.strip().lstrip("#").strip()
        if tag and tag.casefold() not in (t.casefold() for t in tags):
            tags.append(tag)
    return tags


def matches(job: Job, query: str) -> bool:
    """Whether ``job`` answers every term of ``query`` (case-insensitive).

    A plain term matches the prompt, the model, a tag, the task id or the file name; ``#term``
    matches tags only; ``★``, ``*``, ``starred`` or ``收藏`` keep starred results."""
    for term in query.casefold().split():
        if term in STAR_TERMS:
            if not job.starred:
                return False
        elif term.startswith("#") and len(term) > 1:
            if not any(term[1:] in tag.casefold() for tag in job.tags):
                return False
        else:
            haystack = "\n".join(
                (job.prompt, job.model, job.task_id or "", job.file_path or "", *job.tags)
            )
            if term not in haystack.casefold():
                return False
    return True


class PromptHistory:
    """Every prompt ever sent, newest first, kept even when its jobs are forgotten."""

    def __init__(self, store: JobStore) -> None:
        self._store = store

    def record(self, prompt: str, when: float | None = None) -> None:
        prompt = prompt.strip()
        if not prompt:
            return
        self._store.execute(
            "INSERT INTO prompts (prompt, last_used, uses) VALUES (?, ?, 1) "
            "ON CONFLICT(prompt) DO UPDATE SET last_used=excluded.last_used, uses=uses+1",
            (prompt, when or time.time()),
        )

    def search(self, query: str = "", limit: int = 500) -> list[PromptUse]:
        """Prompts containing every word of ``query``, most recently used first."""
        terms = query.casefold().split()
        rows = self._store.execute(
            "SELECT prompt, last_used, uses FROM prompts ORDER BY last_used DESC"
        )
        found = []
        for prompt, last_used, uses in rows:
            if all(term in prompt.casefold() for term in terms):
                found.append(PromptUse(prompt, last_used, uses))
                if len(found) >= limit:
                    break
        return found

    def forget(self, prompt: str) -> None:
        self._store.execute("DELETE FROM prompts WHERE prompt=?", (prompt,))


class Presets:
    """Saved prompts or styles with their settings, by unique name."""

    def __init__(self, store: JobStore) -> None:
        self._store = store

    def all(self) -> list[Preset]:
        rows = self._store.execute(
            "SELECT name, prompt, settings FROM presets ORDER BY name COLLATE NOCASE"
        )
        return [
            Preset(name, prompt, json.loads(settings or "{}")) for name, prompt, settings in rows
        ]

    def get(self, name: str) -> Preset | None:
        return next((p for p in self.all() if p.name == name), None)

    def save(self, preset: Preset) -> None:
        """Add ``preset``, or replace the one with its name."""
        name = preset.name.strip()
        if not name:
            raise ValueError("a preset needs a name")
        self._store.execute(
            "INSERT INTO presets (name, prompt, settings, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET prompt=excluded.prompt, "
            "settings=excluded.settings, updated_at=excluded.updated_at",
            (name, preset.prompt, json.dumps(preset.settings, ensure_ascii=False), time.time()),
        )

    def delete(self, name: str) -> None:
        self._store.execute("DELETE FROM presets WHERE name=?", (name,))
