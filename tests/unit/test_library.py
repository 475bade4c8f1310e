"""The library on a real SQLite store: marks, search, prompt history, presets, migration."""

from __future__ import annotations

import sqlite3

from yzx_desktop.jobs.library import Preset, Presets, PromptHistory, matches, normalize_tags
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.store import MIGRATIONS, SCHEMA_VERSION, JobStore


def test_tags_are_trimmed_unique_and_keep_their_order() -> None:
    assert normalize_tags("night, Rain  #city，rain") == ["night", "Rain", "city"]
    assert normalize_tags(["#a", " a ", "b"]) == ["a", "b"]
    assert normalize_tags("") == []
    assert normalize_tags("精选、湖；夜") == ["精选", "湖", "夜"]


def test_search_terms_must_all_match_prompt_model_or_tags() -> None:
    job = Job("veo_3_1-fast", "A fox in the snow", starred=True, tags=["winter", "hero shot"])
    assert matches(job, "fox veo")
    assert matches(job, "#wint")
    assert matches(job, "HERO ★")
    assert not matches(job, "fox kling")
    assert not matches(job, "#fox")  # a tag term looks at tags only
    assert not matches(Job("m", "A fox"), "fox is:starred")
    assert matches(job, "starred fox") and matches(job, "收藏")
    assert not matches(Job("m", "A fox"), "starred")


def test_marks_survive_a_save_of_the_job(tmp_path) -> None:
    store = JobStore(tmp_path / "jobs.sqlite3")
    job = store.add(Job("m", "p", state=JobState.RUNNING))
    store.mark(job.id, starred=True, tags=["keep"])
    job.progress = 80  # the engine's copy still has no marks
    store.save(job)
    again = store.get(job.id)
    assert again.starred is True and again.tags == ["keep"] and again.progress == 80
    store.mark(job.id, starred=False)
    assert store.get(job.id).starred is False and store.get(job.id).tags == ["keep"]


def test_prompt_history_counts_uses_and_searches_newest_first(tmp_path) -> None:
    history = PromptHistory(JobStore(tmp_path / "jobs.sqlite3"))
    history.record("a fox in snow", when=1.0)
    history.record("a cat on a roof", when=2.0)
    history.record("a fox in snow", when=3.0)
    history.record("   ")
    uses = history.search()
    assert [(u.prompt, u.uses) for u in uses] == [("a fox in snow", 2), ("a cat on a roof", 1)]
    assert [u.prompt for u in history.search("ROOF cat")] == ["a cat on a roof"]
    history.forget("a fox in snow")
    assert [u.prompt for u in history.search()] == ["a cat on a roof"]


def test_presets_are_saved_replaced_and_deleted_by_name(tmp_path) -> None:
    presets = Presets(JobStore(tmp_path / "jobs.sqlite3"))
    presets.save(Preset("Noir", "black and white, hard light", {"model": "veo_3_1-fast"}))
    presets.save(Preset("anime", "cel shaded"))
    presets.save(Preset("Noir", "film noir", {"duration": 8}))
    assert [p.name for p in presets.all()] == ["anime", "Noir"]
    assert presets.get("Noir") == Preset("Noir", "film noir", {"duration": 8})
    presets.delete("anime")
    assert [p.name for p in presets.all()] == ["Noir"]


def test_a_v3_store_gains_the_library_with_its_prompts_and_a_backup(tmp_path) -> None:
    path = tmp_path / "jobs.sqlite3"
    with sqlite3.connect(path) as db:
        for version, migration in enumerate(MIGRATIONS[:3], 1):
            db.executescript(migration)
            db.execute(f"PRAGMA user_version={version}")
        for prompt, created in (("old fox", 5.0), ("old fox", 9.0), ("a boat", 7.0)):
            db.execute(
                "INSERT INTO jobs (model, prompt, state, created_at, updated_at) "
                "VALUES ('m', ?, 'done', ?, ?)",
                (prompt, created, created),
            )
    store = JobStore(path)
    assert store.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (tmp_path / "jobs.sqlite3.v3.bak").exists()
    uses = PromptHistory(store).search()
    assert [(u.prompt, u.uses, u.last_used) for u in uses] == [
        ("old fox", 2, 9.0),
        ("a boat", 1, 7.0),
    ]
    job = store.all()[0]
    assert job.starred is False and job.tags == [] and job.take_set is None
