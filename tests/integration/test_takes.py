"""Sets of takes through the engine against the simulated relay over real HTTP."""

from __future__ import annotations

import asyncio
import json
import random

import pytest

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.engine import RequestRefused
from yzx_desktop.jobs.library import PromptHistory
from yzx_desktop.jobs.model import JobState
from yzx_desktop.jobs.takes import TakePlan, plan_takes

PROMPT = "a paper boat on a rainy street"


def takes_seed(engine):
    return lambda model: bool((p := engine.catalog.resolve(model)) and p.supports_seed)


async def test_four_takes_are_one_set_with_four_seeds(engine, relay, store) -> None:
    request = CreateRequest("veo_3_1-fast", PROMPT, 6)
    requests = plan_takes(request, TakePlan(count=4), takes_seed=takes_seed(engine))
    jobs = engine.submit_takes(requests, estimates=[0.4] * 4)
    done = await asyncio.wait_for(asyncio.gather(*(engine.wait(j.id) for j in jobs)), 30)
    assert [j.state for j in done] == [JobState.DONE] * 4
    assert len({j.take_set for j in done}) == 1 and done[0].take_set
    assert [j.take_index for j in done] == [1, 2, 3, 4]
    assert [j.estimate_usd for j in done] == [0.4] * 4
    bodies = [json.loads(r.body) for r in relay.matching("POST", r"/v1/videos")]
    assert len(bodies) == 4
    assert len({b["metadata"]["seed"] for b in bodies}) == 4
    assert {j.seed for j in done} == {b["metadata"]["seed"] for b in bodies}
    assert [u.uses for u in PromptHistory(store).search(PROMPT)] == [1]  # one set, one use


async def test_a_sweep_with_one_refused_variant_sends_nothing(engine, relay, store) -> None:
    request = CreateRequest("veo_3_1-fast", PROMPT, 6)
    requests = plan_takes(
        request, TakePlan(count=2, durations=(4, 5)), takes_seed=takes_seed(engine)
    )
    with pytest.raises(RequestRefused):
        engine.submit_takes(requests)  # Veo makes 4, 6 or 8 seconds, not 5
    assert store.all() == []
    assert relay.count("POST", r"/v1/.*") == 0


async def test_a_star_given_while_running_is_kept_when_the_job_finishes(engine, store) -> None:
    seen = []
    engine.subscribe(seen.append)
    job = engine.submit(CreateRequest("veo_3_1-fast", PROMPT, 6, seed=random.randrange(99)))
    engine.mark(job.id, starred=True, tags=["keeper"])
    assert seen[-1].starred is True
    finished = await asyncio.wait_for(engine.wait(job.id), 20)
    assert finished.state is JobState.DONE
    assert seen[-1].starred is True and seen[-1].tags == ["keeper"]
    assert store.get(job.id).starred is True and store.get(job.id).tags == ["keeper"]
