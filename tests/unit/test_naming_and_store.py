"""File names safe on every desktop OS; the store's schema versioning; settings recovery."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.naming import render_filename, reserve_path, safe_component
from yzx_desktop.jobs.store import SCHEMA_VERSION, JobStore
from yzx_desktop.settings import Settings, load_settings, save_settings, settings_file

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@pytest.mark.parametrize(
    ("prompt", "expected_part"),
    [
        ("a cat / on a roof: at *night*?", "a-cat-on-a-roof-at"),
        ("一只猫在花园里散步", "一只猫在花园里散步"),
        ("CON", "CON"),
        ("   ", "video"),
    ],
)
def test_filenames_are_safe_and_readable(prompt: str, expected_part: str) -> None:
    job = Job("generic-video", prompt, 5, "1280x720", 42, task_id="video-task-abc12345", id=7)
    name = render_filename("{date}_{model}_{prompt}_{seed}_{task}", job)
    assert expected_part in name and name.endswith(".mp4")
    assert not set(name) & WINDOWS_FORBIDDEN
    assert "_s42_" in name and name.endswith("abc12345.mp4")


def test_reserved_windows_names_are_escaped() -> None:
    assert safe_component("con") == "_con"
    assert safe_component("lpt1.txt") == "_lpt1.txt"
    assert safe_component("name. ") == "name"


def test_bad_template_falls_back() -> None:
    job = Job("generic-video", "x", task_id="t1")
    assert render_filename("{nope}", job).endswith(".mp4")
    assert render_filename("{", job).endswith(".mp4")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=40))
def test_any_prompt_or_template_gives_a_safe_name(prompt: str, template: str) -> None:
    name = render_filename(template or "{prompt}", Job("m/../x", prompt, task_id="../../etc"))
    assert name.endswith(".mp4") and len(name) <= 124
    assert not set(name) & WINDOWS_FORBIDDEN and not name.startswith(".")


def test_reserve_path_never_overwrites(tmp_path) -> None:
    (tmp_path / "a.mp4").write_bytes(b"x")
    (tmp_path / ".a (2).mp4.part").write_bytes(b"x")
    assert reserve_path(tmp_path, "a.mp4").name == "a (3).mp4"


def test_store_is_versioned_and_refuses_a_newer_schema(tmp_path) -> None:
    path = tmp_path / "jobs.sqlite3"
    store = JobStore(path)
    job = store.add(Job("generic-video", "keep me", state=JobState.QUEUED, task_id="t-1"))
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.execute("PRAGMA user_version=0")  # as if written before the first migration
        for table in ("jobs", "prompts", "presets"):
            db.execute(f"DROP TABLE {table}")
    JobStore(path).close()  # version 0 is a fresh database: no backup needed
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer YZX Video Studio"):
        JobStore(path)
    assert job.id == 1


def test_damaged_settings_are_kept_aside(yzx_home) -> None:
    save_settings(Settings(last_model="veo_3_1-fast"))
    assert load_settings().last_model == "veo_3_1-fast"
    settings_file().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    assert settings_file().with_suffix(".damaged.json").exists()
