"""The demo relay's channel table, model listing and prices, as data."""

from __future__ import annotations

from typing import Any

PASS_THROUGH = "pass-through"

# One current model per provider family (the relay's own ids); what the demo lists by default.
DEFAULT_MODELS = (
    "doubao-seedance-1-0-pro",
    "veo_3_1-fast",
    "veo_3_1-fast-fl",
    "kling-v1-6",
    "MiniMax-Hailuo-02",
    "viduq1",
    "wan2.5-t2v-preview",
    "jimeng-video-3.0",
)

# Model id -> adaptor family, as a relay's channel settings decide it (not the name).
# A listed model with no entry here is served by the pass-through (Sora/OpenAI-type) adaptor.
CHANNELS: dict[str, str] = {
    "doubao-seedance-1-0-pro": "seedance",
    "doubao-seedance-1-5-pro": "seedance",
    "doubao-seedance-2-0": "seedance",
    "doubao-seedance-2-5": "seedance",
    "veo_3_1-fast": "veo",
    "veo_3_1-fast-hd": "veo",
    "veo_3_1-fast-fl": "veo-frames",
    "veo_3_1-fast-fl-hd": "veo-frames",
    "kling-v1-6": "kling",
    "kling-v2-master": "kling",
    "MiniMax-Hailuo-02": "hailuo",
    "MiniMax-Hailuo-2.3": "hailuo",
    "viduq1": "vidu",
    "viduq2": "vidu",
    "wan2.5-t2v-preview": "wan",
    "wan2.5-i2v-preview": "wan",
    "jimeng-video-3.0": "jimeng",
}

# Longest Seedance clip per model (1.x: 12 s); unknown Seedance ids get the 1.x limit.
SEEDANCE_MAX_SECONDS: dict[str, int] = {
    "doubao-seedance-2-0": 15,
    "doubao-seedance-2-5": 30,
}

# Families created only on POST /v1/video/generations (the relay's page: "not interchangeable").
GENERATIONS_ONLY = frozenset({"seedance"})

# Per family: owner shown in /v1/models and demo price in USD per 5-second call.
FAMILY_INFO: dict[str, tuple[str, float]] = {
    "seedance": ("volcengine", 0.25),
    "veo": ("vertex-ai", 0.40),
    "veo-frames": ("vertex-ai", 0.45),
    "kling": ("kling", 0.28),
    "hailuo": ("minimax", 0.30),
    "vidu": ("vidu", 0.20),
    "wan": ("ali", 0.35),
    "jimeng": ("jimeng", 0.26),
    PASS_THROUGH: ("openai", 0.30),
}

QUOTA_PER_USD = 500_000  # new-api: 500 000 quota units = 1 USD
DEMO_BALANCE_USD = 100.0  # what a demo token starts with
UNLIMITED_USD = 100_000_000  # new-api's hard_limit_usd for a token without a limit
USD_EXCHANGE_RATE = 7.3  # the site's CNY per USD (/api/status)

# Non-video models a relay lists alongside (new-api endpoint types by model kind).
OTHER_MODELS: tuple[tuple[str, str, str], ...] = (
    ("gpt-4o-mini", "openai", "openai"),
    ("text-embedding-3-small", "openai", "embeddings"),
    ("dall-e-3", "openai", "image-generation"),
    ("gpt-image-1", "openai", "image-generation"),
)


def family_of(model: str) -> str:
    """The adaptor family serving ``model`` (pass-through when the table has no entry)."""
    return CHANNELS.get(model, PASS_THROUGH)


def endpoint_types(model: str) -> list[str]:
    """new-api's ``supported_endpoint_types``: "openai-video" only for Sora-type channels."""
    return ["openai-video"] if family_of(model) == PASS_THROUGH else ["openai"]


def quota_for(model: str, seconds: int) -> int:
    """Quota units charged at submit: the per-call price scaled by length (other ratio)."""
    return round(FAMILY_INFO[family_of(model)][1] * QUOTA_PER_USD * seconds_ratio(seconds))


def seconds_ratio(seconds: int) -> float:
    """The ``seconds`` multiplier reported in ``X-New-Api-Other-Ratios``."""
    return round(seconds / 5, 4)


def pricing_listing(models: list[str]) -> dict[str, Any]:
    """The ``GET /api/pricing`` body: a per-call price (quota_type 1) for each video model."""
    data = [
        {
            "model_name": model,
            "quota_type": 1,
            "model_ratio": 0,
            "model_price": FAMILY_INFO[family_of(model)][1],
            "completion_ratio": 1,
            "enable_groups": ["default"],
        }
        for model in models
    ]
    return {"success": True, "data": data, "group_ratio": {"default": 1}, "usable_group": {}}


def models_listing(models: list[str]) -> dict[str, Any]:
    """The ``GET /v1/models`` body: the video models, then a few chat/embedding/image ones."""
    data = [
        {
            "id": model,
            "object": "model",
            "owned_by": FAMILY_INFO[family_of(model)][0],
            "supported_endpoint_types": endpoint_types(model),
        }
        for model in models
    ]
    data += [
        {"id": mid, "object": "model", "owned_by": owner, "supported_endpoint_types": [kind]}
        for mid, owner, kind in OTHER_MODELS
    ]
    return {"object": "list", "data": data, "success": True}
