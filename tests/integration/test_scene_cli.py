"""`export-scene` as a real process, on a store of finished jobs with real MP4s."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.clips import decode, make_clip
from tests.integration.test_cli import run_cli
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.store import JobStore

COLOURS = {"red": (255, 0, 0), "green": (0, 255, 0), "blue": (0, 0, 255), "grey": (128, 128, 128)}


@pytest.fixture
def env(yzx_home: Path) -> dict[str, str]:
    return {**os.environ, "YZX_HOME": str(yzx_home), "YZX_NO_KEYRING": "1"}


@pytest.fixture
def shots(yzx_home: Path, tmp_path: Path) -> dict[str, int]:
    """red → green → blue, continued shots; grey alone; a failed continuation of blue."""
    store = JobStore()
    ids: dict[str, int] = {}
    for name, parent in (("red", None), ("green", "red"), ("blue", "green"), ("grey", None)):
        video = make_clip(tmp_path / f"{name}.mp4", COLOURS[name])
        job = Job("kling-v1-6", name, state=JobState.DONE, file_path=str(video))
        job.parent_id = ids[parent] if parent else None
        ids[name] = store.add(job).id
    failed = Job("kling-v1-6", "after blue", state=JobState.FAILED, parent_id=ids["blue"])
    ids["failed"] = store.add(failed).id
    store.close()
    return ids


def test_export_scene_joins_the_chain_and_prints_the_path_last(
    shots: dict[str, int], env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "scene.mp4"
    result = run_cli("export-scene", str(shots["green"]), "--out", str(out), env=env)

    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip().splitlines()[-1]) == out
    ids = ", ".join(str(shots[n]) for n in ("red", "green", "blue"))
    assert f"joining 3 shots: jobs {ids}" in result.stderr and "100%" in result.stderr
    joined = decode(out)
    assert joined.seconds == pytest.approx(3.0, abs=0.05) and len(joined.frame_times) == 30
    strongest = [max(range(3), key=joined.centres[i].__getitem__) for i in (9, 10, 19, 20)]
    assert strongest == [0, 1, 1, 2]  # red, then green, then blue


@pytest.mark.parametrize(
    ("who", "reason"),
    [
        ("grey", "is a single shot (it continues no finished shot and none continues it): "),
        ("failed", "has no video on disk (failed): "),
    ],
)
def test_nothing_to_join_exits_with_one_line(
    shots: dict[str, int], env: dict[str, str], tmp_path: Path, who: str, reason: str
) -> None:
    out = tmp_path / "scene.mp4"
    result = run_cli("export-scene", str(shots[who]), "--out", str(out), env=env)

    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == f"error: job {shots[who]} {reason}nothing to join"
    assert not out.exists()


def test_an_unknown_job_or_an_unwritable_target_say_so(
    shots: dict[str, int], env: dict[str, str], tmp_path: Path
) -> None:
    unknown = run_cli("export-scene", "999", "--out", str(tmp_path / "x.mp4"), env=env)
    assert unknown.returncode == 1 and unknown.stderr.strip() == "error: there is no job 999"

    nowhere = tmp_path / "missing" / "scene.mp4"
    result = run_cli("export-scene", str(shots["red"]), "--out", str(nowhere), env=env)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: scene.mp4 could not be written in {nowhere.parent}: No such file or directory."
    )
