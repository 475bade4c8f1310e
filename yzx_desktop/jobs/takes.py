"""Sets of takes: one prompt made N times (each with its own seed), or swept across up to four
models or durations. Planning is pure; the engine stores and sends the set."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import Job, JobState

MAX_TAKES = 8  # takes of each variant
MAX_VARIANTS = 4  # models or durations in one sweep
_SEED_LIMIT = 2**31 - 1  # seeds the relays accept everywhere


@dataclass(frozen=True)
class TakePlan:
    """How many takes, and what a sweep varies (empty: the request's own model or duration)."""

    count: int = 1
    models: tuple[str, ...] = ()
    durations: tuple[int, ...] = ()

    def variants(self, request: CreateRequest) -> list[tuple[str, int | None]]:
        models = self.models or (request.model,)
        durations = self.durations or (request.duration,)
        return [(m, d) for m in dict.fromkeys(models) for d in dict.fromkeys(durations)]

    def task_count(self, request: CreateRequest) -> int:
        return self.count * len(self.variants(request))

    def problem(self, request: CreateRequest) -> str | None:
        """Why the plan cannot be made, in English (the window words its own limits)."""
        if not 1 <= self.count <= MAX_TAKES:
            return f"takes must be between 1 and {MAX_TAKES}, not {self.count}"
        if len(self.variants(request)) > MAX_VARIANTS:
            return f"a sweep covers at most {MAX_VARIANTS} models or durations"
        return None


def plan_takes(
    request: CreateRequest,
    plan: TakePlan,
    *,
    takes_seed: Callable[[str], bool],
    rng: random.Random | None = None,
) -> list[CreateRequest]:
    """The requests of a set, take by take within each variant.

    Each take gets its own seed when its model takes one: the request's seed counting up, or
    random ones. Take *i* has the same seed in every variant, so a sweep compares like with
    like. A model without a seed gets none (the relay varies the takes itself)."""
    problem = plan.problem(request)
    if problem:
        raise ValueError(problem)
    rng = rng or random.Random()
    if request.seed is not None:
        seeds = [(request.seed + i) % (_SEED_LIMIT + 1) for i in range(plan.count)]
    else:
        seeds = rng.sample(range(_SEED_LIMIT), plan.count)
    if plan.count == 1 and request.seed is None:
        seeds = [None]  # a plain sweep keeps "random" as the user chose
    requests = []
    for model, duration in plan.variants(request):
        for seed in seeds:
            requests.append(
                replace(
                    request,
                    model=model,
                    duration=duration,
                    seed=seed if takes_seed(model) else None,
                )
            )
    return requests


@dataclass(frozen=True)
class SetProgress:
    """A set of takes as a whole: how many are done, failed or still running."""

    total: int
    done: int
    failed: int
    active: int
    percent: int  # of the whole set, finished takes counting 100

    @property
    def finished(self) -> bool:
        return self.active == 0


def set_progress(jobs: Iterable[Job]) -> SetProgress:
    jobs = list(jobs)
    done = sum(1 for j in jobs if j.state is JobState.DONE)
    active = sum(1 for j in jobs if j.active)
    failed = len(jobs) - done - active
    if not jobs:
        return SetProgress(0, 0, 0, 0, 0)
    points = sum(100 if not j.active else max(0, min(99, j.progress)) for j in jobs)
    return SetProgress(len(jobs), done, failed, active, points // len(jobs))
