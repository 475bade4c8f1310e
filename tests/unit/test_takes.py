"""Planning sets of takes: counts, seeds and sweeps."""

from __future__ import annotations

import random

import pytest

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.takes import TakePlan, plan_takes, set_progress

REQUEST = CreateRequest("veo_3_1-fast", "a red fox in snow", 6, seed=None)


def seeded(model: str) -> bool:
    return model != "kling-v1-6"


def test_each_take_gets_its_own_random_seed() -> None:
    takes = plan_takes(REQUEST, TakePlan(count=4), takes_seed=seeded, rng=random.Random(1))
    assert len(takes) == 4
    seeds = [t.seed for t in takes]
    assert None not in seeds and len(set(seeds)) == 4
    assert {t.prompt for t in takes} == {REQUEST.prompt}


def test_a_chosen_seed_counts_up_so_the_set_can_be_made_again() -> None:
    request = CreateRequest("veo_3_1-fast", "p", 6, seed=41)
    takes = plan_takes(request, TakePlan(count=3), takes_seed=seeded)
    assert [t.seed for t in takes] == [41, 42, 43]


def test_a_sweep_gives_take_i_the_same_seed_in_every_model() -> None:
    plan = TakePlan(count=2, models=("veo_3_1-fast", "doubao-seedance-1-0-pro", "kling-v1-6"))
    takes = plan_takes(REQUEST, plan, takes_seed=seeded, rng=random.Random(2))
    assert plan.task_count(REQUEST) == len(takes) == 6
    assert [t.model for t in takes] == [m for m in plan.models for _ in range(2)]
    veo, seedance, kling = takes[0:2], takes[2:4], takes[4:6]
    assert [t.seed for t in veo] == [t.seed for t in seedance]
    assert [t.seed for t in kling] == [None, None]  # Kling takes no seed


def test_a_duration_sweep_keeps_the_model() -> None:
    takes = plan_takes(REQUEST, TakePlan(durations=(4, 6, 8)), takes_seed=seeded)
    assert [(t.model, t.duration, t.seed) for t in takes] == [
        ("veo_3_1-fast", 4, None),
        ("veo_3_1-fast", 6, None),
        ("veo_3_1-fast", 8, None),
    ]


@pytest.mark.parametrize(
    "plan",
    [TakePlan(count=0), TakePlan(count=9), TakePlan(models=("a", "b", "c", "d", "e"))],
)
def test_plans_beyond_the_limits_are_refused(plan: TakePlan) -> None:
    assert plan.problem(REQUEST)
    with pytest.raises(ValueError):
        plan_takes(REQUEST, plan, takes_seed=seeded)


def test_a_set_reports_its_progress_as_a_whole() -> None:
    jobs = [
        Job("m", "p", state=JobState.DONE),
        Job("m", "p", state=JobState.RUNNING, progress=50),
        Job("m", "p", state=JobState.FAILED),
        Job("m", "p", state=JobState.QUEUED),
    ]
    progress = set_progress(jobs)
    assert (progress.total, progress.done, progress.failed, progress.active) == (4, 1, 1, 2)
    assert progress.percent == (100 + 50 + 100 + 0) // 4
    assert not progress.finished
    assert set_progress(jobs[:1]).finished
