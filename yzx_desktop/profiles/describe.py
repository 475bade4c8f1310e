"""A profile's capabilities as plain data, for `models --json` and the app's model notes."""

from __future__ import annotations

from typing import Any

from yzx_desktop.profiles.profile import ImageRole, ModelProfile


def capabilities(profile: ModelProfile | None) -> dict[str, Any]:
    """What a model takes; an unknown model is sent as typed."""
    if profile is None:
        return {"family": None, "sent_as_typed": True}
    return {
        "family": profile.id,
        "family_name": profile.name,
        "endpoint": profile.endpoint,
        "durations": list(profile.durations)
        if profile.durations
        else {"min": profile.duration_range[0], "max": profile.duration_range[1]}
        if profile.duration_range
        else None,
        "duration_default": profile.duration_default,
        "resolutions": list(profile.resolutions),
        "ratios": list(profile.ratios),
        "seed": profile.supports_seed,
        "images": {
            role.value: profile.images.capacity(role)
            for role in ImageRole
            if profile.images.capacity(role)
        },
        "image_encoding": profile.images.encoding.value,
        "image_max_bytes": profile.images.max_bytes,
        "frames_or_references": profile.images.frames_or_references,
        "options": [
            {"id": o.id, "kind": o.kind, "default": o.default, "choices": list(o.choices)}
            for o in profile.options
        ],
        "note": profile.note,
    }
