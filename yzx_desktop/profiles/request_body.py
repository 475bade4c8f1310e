"""From what the user asked to the body a family's adaptor reads, refusing what it cannot."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from math import gcd
from typing import Any

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.profiles.profile import (
    ImageEncoding,
    ImageRole,
    ModelProfile,
    Placement,
)

_WXH = re.compile(r"^\s*(\d{2,5})\s*[xX×*]\s*(\d{2,5})\s*$")
IMAGE_MARK = "{image}"


class RequestRefused(ValueError):
    """The request cannot be sent as asked; ``problems`` are sentences naming what is allowed."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class EncodedImage:
    """One image as it goes into the body, plus a short description for the record."""

    role: ImageRole
    value: str
    summary: str


def parse_wxh(text: str | None) -> tuple[int, int] | None:
    """``"1280 x 720"`` → ``(1280, 720)``; ``None`` when it is not WIDTHxHEIGHT."""
    match = _WXH.match(text or "")
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    return (width, height) if 16 <= width <= 8192 and 16 <= height <= 8192 else None


def size_to_pickers(profile: ModelProfile, size: str) -> tuple[str | None, str | None]:
    """Map a ``WxH`` onto the profile's resolution and ratio (``None`` where it has no match)."""
    parsed = parse_wxh(size)
    if parsed is None:
        return None, None
    width, height = parsed
    divisor = gcd(width, height)
    exact = f"{width // divisor}:{height // divisor}"
    ratio = None
    for candidate in profile.ratios:
        w, h = (int(p) for p in candidate.split(":"))
        if candidate == exact or abs(w / h - width / height) < 0.02:
            ratio = candidate
            break
    short = str(min(width, height))
    resolution = next(
        (r for r in profile.resolutions if re.sub(r"\D", "", r) == short),
        None,
    )
    return resolution, ratio


SEED_DEFAULT_DURATION = 5  # the relay's documented default for its generic body


def effective_duration(request: CreateRequest, profile: ModelProfile | None) -> int:
    """The length asked for, else the family's default, else the seed page's 5 s."""
    if request.duration is not None:
        return int(request.duration)
    return profile.duration_default if profile else SEED_DEFAULT_DURATION


class Refusal(str):
    """One reason a request cannot go out: English text (the CLI's), with ``kind`` and
    ``params`` so the window can word it in the user's language."""

    kind: str
    params: dict[str, str]

    def __new__(cls, kind: str, **params: object) -> Refusal:
        text = {k: str(v) for k, v in params.items()}
        refusal = super().__new__(cls, REFUSALS[kind].format(**text))
        refusal.kind, refusal.params = kind, text
        return refusal


REFUSALS: dict[str, str] = {
    "no_prompt": "Type a prompt.",
    "no_model": "Pick a model.",
    "unknown_model_images": "{model} is not a model the app knows, so it does not know where "
    "its relay reads images: pin it to a family in Settings, or remove the images.",
    "unknown_model_pickers": "{model} is sent as typed: give the size as WxH.",
    "bad_size": "Size must look like 1280x720.",
    "duration": "{family} makes videos of {allowed} seconds, not {value}.",
    "size": "{family} cannot make {size}: pick {allowed}.",
    "resolution": "{family} offers resolution {allowed}, not {value}.",
    "ratio": "{family} offers ratio {allowed}, not {value}.",
    "option": "{family} has no option '{option}' (offered: {allowed}).",
    "links_only": "{family} takes images only as web links; local images cannot be sent.",
    "first_not_read": "{family} does not read a first frame.",
    "last_not_read": "{family} does not read a last frame.",
    "one_per_role": "Give one {role} frame, not {count}.",
    "references_not_read": "{family} does not read reference images.",
    "too_many_references": "{family} reads at most {allowed} reference image(s), not {count}.",
    "last_needs_first": "{family} reads a last frame only together with a first frame.",
    "frames_or_references": "{family} cannot mix a first or last frame with reference images: "
    "use frames or references.",
    "unknown_roles": "Unknown image role(s): {roles}.",
    "image": "{detail}",
}


def resolve_size(
    request: CreateRequest, profile: ModelProfile
) -> tuple[str | None, str | None, list[Refusal]]:
    """The resolution and ratio to send, from the pickers or a ``WxH``; plus problems."""
    resolution, ratio, problems = request.resolution, request.ratio, []
    if request.size and not (resolution or ratio) and profile.picks_size:
        resolution, ratio = size_to_pickers(profile, request.size)
        if (profile.resolutions and resolution is None) or (profile.ratios and ratio is None):
            problems.append(
                Refusal("size", family=profile.name, size=request.size, allowed=_sizes(profile))
            )
    if profile.resolutions and not resolution:
        resolution = profile.resolutions[0] if not problems else None
    if profile.ratios and not ratio:
        ratio = profile.ratios[0] if not problems else None
    if resolution and profile.resolutions and resolution not in profile.resolutions:
        allowed = ", ".join(profile.resolutions)
        problems.append(
            Refusal("resolution", family=profile.name, allowed=allowed, value=resolution)
        )
    if ratio and profile.ratios and ratio not in profile.ratios:
        allowed = ", ".join(profile.ratios)
        problems.append(Refusal("ratio", family=profile.name, allowed=allowed, value=ratio))
    return resolution, ratio, problems


def _sizes(profile: ModelProfile) -> str:
    parts = []
    if profile.resolutions:
        parts.append("resolution " + "/".join(profile.resolutions))
    if profile.ratios:
        parts.append("ratio " + "/".join(profile.ratios))
    return " and ".join(parts)


def check(request: CreateRequest, profile: ModelProfile | None) -> list[Refusal]:
    """Every reason the request cannot go out as asked (empty when it can)."""
    problems: list[Refusal] = []
    if not request.prompt.strip():
        problems.append(Refusal("no_prompt"))
    if not request.model.strip():
        problems.append(Refusal("no_model"))
    if profile is None:
        if request.images:
            problems.append(Refusal("unknown_model_images", model=request.model))
        if (request.resolution or request.ratio) and not request.size:
            problems.append(Refusal("unknown_model_pickers", model=request.model))
        if request.size and parse_wxh(request.size) is None:
            problems.append(Refusal("bad_size"))
        return problems
    duration = effective_duration(request, profile)
    if not profile.allows_duration(duration):
        allowed = profile.allowed_durations_text()
        problems.append(Refusal("duration", family=profile.name, allowed=allowed, value=duration))
    problems += resolve_size(request, profile)[2]
    for option_id in request.options:
        if profile.option(option_id) is None:
            offered = ", ".join(o.id for o in profile.options) or "none"
            problems.append(
                Refusal("option", family=profile.name, option=option_id, allowed=offered)
            )
    problems += check_images(request, profile)
    return problems


def check_images(request: CreateRequest, profile: ModelProfile) -> list[Refusal]:
    """Image roles, counts and the family's conflicts."""
    rules, name, problems = profile.images, profile.name, []
    if not request.images:
        return problems
    if rules.encoding is ImageEncoding.URL:
        return [Refusal("links_only", family=name)]
    first = request.images_for(ImageRole.FIRST)
    last = request.images_for(ImageRole.LAST)
    references = request.images_for(ImageRole.REFERENCE)
    for role, given in ((ImageRole.FIRST, first), (ImageRole.LAST, last)):
        if given and not rules.capacity(role):
            problems.append(Refusal(f"{role.value}_not_read", family=name))
        elif len(given) > 1:
            problems.append(Refusal("one_per_role", role=role.value, count=len(given)))
    if references and not rules.capacity(ImageRole.REFERENCE):
        problems.append(Refusal("references_not_read", family=name))
    elif len(references) > rules.max_references:
        problems.append(
            Refusal(
                "too_many_references",
                family=name,
                allowed=rules.max_references,
                count=len(references),
            )
        )
    if last and not first and rules.last and rules.first and rules.last.path == rules.first.path:
        problems.append(Refusal("last_needs_first", family=name))
    if rules.frames_or_references and references and (first or last):
        problems.append(Refusal("frames_or_references", family=name))
    unknown = {image.role for image in request.images} - {role.value for role in ImageRole}
    if unknown:
        problems.append(Refusal("unknown_roles", roles=", ".join(sorted(unknown))))
    return problems


def put(body: dict[str, Any], placement: Placement | str, value: Any) -> None:
    """Place ``value`` at a dotted path; ``[]`` appends; an ``item`` template wraps it."""
    if isinstance(placement, str):
        placement = Placement(placement)
    if placement.item is not None:
        value = _fill(copy.deepcopy(placement.item), value)
    keys = placement.path.split(".")
    node = body
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    last = keys[-1]
    if last.endswith("[]"):
        node.setdefault(last[:-2], []).append(value)
    else:
        node[last] = value


def _fill(template: Any, value: Any) -> Any:
    if template == IMAGE_MARK:
        return value
    if isinstance(template, dict):
        return {k: _fill(v, value) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, value) for v in template]
    return template


def generic_body(request: CreateRequest) -> dict[str, Any]:
    """The seed page's body, unchanged: for models no profile knows."""
    body: dict[str, Any] = {"model": request.model, "prompt": request.prompt}
    body["duration"] = effective_duration(request, None)
    if request.size:
        width, height = parse_wxh(request.size) or (0, 0)
        body["size"] = f"{width}x{height}" if width else request.size
    if request.seed is not None:
        body["seed"] = int(request.seed)
    return body


def build_body(
    request: CreateRequest,
    profile: ModelProfile | None,
    images: Sequence[EncodedImage] = (),
) -> dict[str, Any]:
    """The create body ``profile``'s adaptor reads; ``images`` are already encoded."""
    problems = check(request, profile)
    if problems:
        raise RequestRefused(problems)
    if profile is None:
        return generic_body(request)
    body: dict[str, Any] = {"model": request.model, "prompt": request.prompt}
    duration = effective_duration(request, profile)
    put(
        body,
        profile.duration_field,
        str(duration) if profile.duration_type == "string" else duration,
    )
    resolution, ratio, _ = resolve_size(request, profile)
    if profile.size_field and (size := profile.size_for(resolution, ratio)):
        put(body, profile.size_field, size)
    if profile.resolution_field and resolution:
        put(body, profile.resolution_field, resolution)
    if profile.ratio_field and ratio:
        put(body, profile.ratio_field, ratio)
    if request.seed is not None and profile.seed_field:
        put(body, profile.seed_field, int(request.seed))
    for spec in profile.options:
        value = request.options.get(spec.id, spec.default)
        if value is not None and value != "":
            put(body, spec.field, value)
    order = {ImageRole.FIRST: 0, ImageRole.LAST: 1, ImageRole.REFERENCE: 2}
    for image in sorted(images, key=lambda i: order[i.role]):
        placement = profile.images.placement(image.role)
        if placement is not None:
            put(body, placement, image.value)
    return body


def summarize_body(body: dict[str, Any], images: Sequence[EncodedImage]) -> dict[str, Any]:
    """``body`` with each image replaced by its short description, for the job's record."""
    replacements = {image.value: image.summary for image in images}

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str) and node in replacements:
            return replacements[node]
        return node

    return walk(body)


def exact_image_size(request: CreateRequest, profile: ModelProfile) -> tuple[int, int] | None:
    """The pixel size an image must have when the family needs the video's size."""
    if not profile.images.match_size:
        return None
    resolution, ratio, _ = resolve_size(request, profile)
    return parse_wxh(profile.size_for(resolution, ratio) or request.size or "")
