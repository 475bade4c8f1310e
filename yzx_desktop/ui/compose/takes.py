"""A set of takes as the window makes it: planned by :func:`yzx_desktop.jobs.takes.plan_takes`,
then each request said the way its own model reads it. Qt-free: the panel and the job
commands share it, so the price on Generate and the confirmation count the same tasks."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.takes import TakePlan, plan_takes
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.profiles.profile import ModelProfile
from yzx_desktop.profiles.request_body import Refusal, check


@dataclass(frozen=True)
class Take:
    """One planned task of a set, and the options of another family it leaves out."""

    request: CreateRequest
    dropped_options: tuple[str, ...] = ()


def takes_seed(catalog: Catalog) -> Callable[[str], bool]:
    """Whether a model's body carries a seed: its profile says; an unknown model is sent with
    the generic body, which does."""

    def carries(model: str) -> bool:
        profile = catalog.resolve(model)
        return profile is None or profile.supports_seed

    return carries


def fit_to_model(
    request: CreateRequest, base: ModelProfile | None, profile: ModelProfile | None
) -> Take:
    """``request``, made with ``base``'s pickers, as ``profile`` reads it.

    Only lossless changes: a ratio and resolution become the same ``WxH`` (which the other
    family maps onto its own pickers, or refuses naming what it offers), and options that only
    ``base``'s family has are left out (named in :attr:`Take.dropped_options`). The length and
    the images are never changed: a model that cannot take them refuses."""
    same_family = (base is None and profile is None) or (
        base is not None and profile is not None and base.id == profile.id
    )
    if same_family:
        return Take(request)
    if base is not None and base.picks_size and request.resolution and request.ratio:
        size = base.size_for(request.resolution, request.ratio)
        if size:
            request = replace(request, size=size.replace("*", "x"), resolution=None, ratio=None)
    kept = {k: v for k, v in request.options.items() if profile and profile.option(k)}
    dropped = tuple(k for k in request.options if k not in kept)
    return Take(replace(request, options=kept), dropped)


def plan_set(
    request: CreateRequest, plan: TakePlan, catalog: Catalog, rng: random.Random | None = None
) -> list[Take]:
    """Every task of the set, take by take within each variant (see ``plan_takes``)."""
    base = catalog.resolve(request.model)
    planned = plan_takes(request, plan, takes_seed=takes_seed(catalog), rng=rng)
    return [fit_to_model(r, base, catalog.resolve(r.model)) for r in planned]


def variants(request: CreateRequest, plan: TakePlan, catalog: Catalog) -> list[Take]:
    """One take of each variant (model or length), fitted: what the prices and checks need."""
    return plan_set(request, TakePlan(1, plan.models, plan.durations), catalog, random.Random(0))


def first_refusal(
    takes: list[Take], catalog: Catalog
) -> tuple[CreateRequest, ModelProfile | None, Refusal] | None:
    """The first variant its model would refuse, with the profile and the reason."""
    seen: set[tuple[str, int | None]] = set()
    for take in takes:
        key = (take.request.model, take.request.duration)
        if key in seen:
            continue
        seen.add(key)
        profile = catalog.resolve(take.request.model)
        problems = check(take.request, profile)
        if problems:
            return take.request, profile, problems[0]
    return None
